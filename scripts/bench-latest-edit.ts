/**
 * Latest-edit time at N versions against N + 1, side by side (not a test). Takes a site already
 * built by units (a warm store, e.g. the 12 × 200 site of `npm run bench:build`), copies it with
 * its store, adds a version to the copy and builds both (untimed), then alternates rounds: one Latest
 * page edited and built in the N-version site, then the same in the N + 1 one. Alternating puts
 * both under the same slice of the machine's load; each figure comes with the 1-minute load
 * average at its start, and the medians close the report.
 *
 *   tsx scripts/bench-latest-edit.ts --site bench-out/units-12/12x200/site [--rounds 5]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addVersion, editLatestPage } from './bench/site-edits.ts';
import { median } from './bench/median.ts';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

interface Run {
  seconds: number;
  load: number;
  steps: string;
}

function build(site: string, log: string): Run {
  const load = os.loadavg()[0];
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [TSX, path.join(ROOT, 'scripts', 'build.ts'), '--site', site], { cwd: site, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  fs.writeFileSync(log, result.stdout + result.stderr);
  if (result.status !== 0) throw new Error(`build of ${site} failed, see ${log}`);
  const steps = [...result.stderr.matchAll(/^build: (check|stage|unit current|stitch|verify|replace build\/) done in ([\d.]+) s/gm)].map((m) => `${m[1]} ${m[2]}`).join(', ');
  const rebuilt = [...result.stderr.matchAll(/^build: unit (\S+): building/gm)].map((m) => m[1]);
  if (rebuilt.join() !== 'current') throw new Error(`expected only Latest rebuilt, got ${rebuilt.join(', ')} (${log})`);
  return { seconds, load, steps };
}

function main(): void {
  const { values } = parseArgs({ options: { site: { type: 'string' }, rounds: { type: 'string', default: '5' } } });
  if (!values.site) throw new Error('--site DIR: a site built by units');
  const small = path.resolve(values.site);
  const large = `${small}-plus-one`;
  const logs = path.join(path.dirname(small), 'latest-edit-logs');
  fs.mkdirSync(logs, { recursive: true });
  fs.rmSync(large, { recursive: true, force: true });
  fs.cpSync(small, large, { recursive: true, preserveTimestamps: true });
  addVersion(large, '3.0');
  const versions = (site: string) => 1 + (JSON.parse(fs.readFileSync(path.join(site, 'versions.json'), 'utf8')) as string[]).length;
  console.log(`machine: ${os.cpus().length} cores, Node ${process.version}; ${versions(small)} versions against ${versions(large)}`);
  // Untimed: the copy builds Latest and the new version; both sites then check every stored
  // unit once, so that the timed rounds start from the same warm state.
  for (const site of [large, small, large]) spawnSync(process.execPath, [TSX, path.join(ROOT, 'scripts', 'build.ts'), '--site', site], { cwd: site, stdio: 'ignore' });
  const times: Record<string, number[]> = { small: [], large: [] };
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const [label, site] of [['small', small], ['large', large]] as const) {
      editLatestPage(site, 100 + round);
      const run = build(site, path.join(logs, `${label}-${round}.log`));
      times[label].push(run.seconds);
      console.log(`round ${round}, ${versions(site)} versions: ${run.seconds.toFixed(1)} s (load ${run.load.toFixed(1)}): ${run.steps}`);
    }
  }
  const [a, b] = [median(times.small), median(times.large)];
  console.log(`median Latest edit: ${versions(small)} versions ${a.toFixed(1)} s, ${versions(large)} versions ${b.toFixed(1)} s: ${(((b - a) / a) * 100).toFixed(1)}% change`);
}

main();
