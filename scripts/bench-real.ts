/**
 * `npm run bench:real -- SITE_DIR…`: the check on real sites against the floor (issue 12). For
 * each site, in one run and alternating so that load hits both alike: the floor process
 * (scripts/bench/floor.cjs: read every page, regex-scan it) and the check cold (`--no-cache`),
 * each timed from process start. Prints medians, each site's ratio and the ratio of the sums,
 * which the goal holds at 5× or less.
 *
 * Real sites are not part of this repository: fetch one (e.g. rancher/fleet-docs), copy its
 * files out, and point this at the folder. A site whose config needs packages that are not
 * installed here can get stand-ins through NODE_PATH, which is passed on to the check.
 *
 *   npm run bench:real -- [--runs 3] [--threads N] DIR [DIR…]
 */
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from './project.ts';
import { median } from './bench/median.ts';
import { checkNodeArgs } from './v8-flags.cjs';
import { bundleDirOf, removeCodeCaches } from './code-cache-files.cjs';

interface Timed {
  seconds: number;
  last: string;
}

function timeProcess(args: string[]): Timed {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  return { seconds, last: (result.stdout || result.stderr).trim().split('\n').at(-1)?.slice(0, 100) ?? '' };
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '3' }, threads: { type: 'string' } },
  });
  if (positionals.length === 0) throw new Error('usage: npm run bench:real -- [--runs 3] [--threads N] SITE_DIR [SITE_DIR…]');
  const runs = Number(values.runs);
  const threads = values.threads ? ['--threads', values.threads] : [];
  // Bundle the check once, and let one whole check write its V8 code caches (scripts/run.cjs),
  // as any earlier check on this machine has: both outside the timed runs. The caches are made
  // anew: the run that wrote them decides which functions they hold, and caches a small site or
  // `--help` wrote left a real site's check 3-8% slower (BENCHMARKS.md, sixty-fourth round).
  timeProcess(['scripts/run.cjs', 'scripts/check.ts', '--help']);
  removeCodeCaches(bundleDirOf(PROJECT_ROOT, 'scripts/check.ts'));
  timeProcess([...checkNodeArgs(), '--site', path.resolve(positionals[0]), '--no-cache', ...threads]);
  console.log(`machine: ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  let floorSum = 0;
  let checkSum = 0;
  for (const dir of positionals.map((site) => path.resolve(site))) {
    const floor: number[] = [];
    const check: number[] = [];
    let floorLast = '';
    let checkLast = '';
    for (let i = 0; i < runs; i++) {
      const f = timeProcess(['scripts/bench/floor.cjs', dir]);
      const c = timeProcess([...checkNodeArgs(), '--site', dir, '--no-cache', ...threads]);
      floor.push(f.seconds);
      check.push(c.seconds);
      floorLast = f.last;
      checkLast = c.last;
    }
    const [f, c] = [median(floor), median(check)];
    floorSum += f;
    checkSum += c;
    console.log(`${path.basename(dir)}`);
    console.log(`  floor ${f.toFixed(2)} s (${floor.map((s) => s.toFixed(2)).join(', ')})   ${floorLast}`);
    console.log(`  check ${c.toFixed(2)} s (${check.map((s) => s.toFixed(2)).join(', ')})   ${checkLast}`);
    console.log(`  ratio ${(c / f).toFixed(1)}×`);
  }
  console.log(`sum: check ${checkSum.toFixed(2)} s, floor ${floorSum.toFixed(2)} s, ratio ${(checkSum / floorSum).toFixed(1)}× (goal ≤ 5×); load average now ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
}

main();
