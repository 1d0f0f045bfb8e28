/**
 * `npm run bench:mechanisms`: what each of the check's speed mechanisms buys (issue 12). On the
 * bench site (`npm run bench` makes it), the check runs cold (no cache), warm (nothing changed)
 * and after one page is edited (a sentence added, then a heading) and after a partial is edited, as shipped and with each mechanism off in turn
 * (FAQ_CHECK_WITHOUT, scripts/mechanisms.ts). The variants alternate within each round, each
 * round starting with another one, so that load hits all of them alike. Prints the median of each, and how much slower each variant is than
 * the check as shipped: a mechanism stays only if it buys at least 10% of the cold, warm or edit
 * time.
 *
 *   npm run bench:mechanisms -- [--rounds 3] [--site bench-out/check-10000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { clearCheckCache } from './content/load/check-cache.ts';
import { MECHANISMS } from './mechanisms.ts';
import { checkNodeArgs } from './v8-flags.cjs';
import { PROJECT_ROOT } from './project.ts';
import { median } from './bench/median.ts';
import { benchEdits } from './bench/site-edits.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, site: { type: 'string', default: path.join('bench-out', 'check-10000') } } });
const siteDir = path.resolve(PROJECT_ROOT, values.site!);
if (!fs.existsSync(path.join(siteDir, 'versions.json'))) throw new Error(`no bench site in ${siteDir}: run npm run bench first`);

// Two edits of one page, a sentence (others see the same page) and a heading (a new anchor), and
// one of a partial many pages render (every page is read again).
const CASES = ['cold', 'warm', 'edit', 'heading', 'partial'] as const;
type Case = (typeof CASES)[number];

function checkSeconds(without: string): number {
  const started = performance.now();
  const env = { ...process.env, FAQ_CHECK_WITHOUT: without };
  const result = spawnSync(process.execPath, [...checkNodeArgs(env), '--site', siteDir], {
    cwd: PROJECT_ROOT, encoding: 'utf8', env,
  });
  if (result.status !== 0) throw new Error(`the check failed (FAQ_CHECK_WITHOUT=${without}):\n${result.stdout}${result.stderr}`);
  return (performance.now() - started) / 1000;
}

const edits = benchEdits(siteDir);

/** One cold, warm and edited run with `without` off. */
function measure(without: string): Record<Case, number> {
  edits.restore(); // each variant starts from the same files
  clearCheckCache(siteDir);
  const cold = checkSeconds(without);
  const warm = checkSeconds(without);
  edits.sentence();
  const edit = checkSeconds(without);
  edits.heading();
  const heading = checkSeconds(without);
  edits.restore();
  edits.partial();
  const partial = checkSeconds(without);
  edits.restore();
  return { cold, warm, edit, heading, partial };
}

function main(): void {
  console.log(`machine: ${os.availableParallelism()} cores, Node ${process.version}, load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  spawnSync(process.execPath, ['scripts/run.cjs', 'scripts/check.ts', '--help'], { cwd: PROJECT_ROOT }); // the bundle, made outside the timings
  const variants = ['', ...MECHANISMS];
  const times = new Map(variants.map((variant) => [variant, [] as Array<Record<Case, number>>]));
  try {
    for (let round = 0; round < Number(values.rounds); round++) {
      // A different variant goes first in each round: no variant always follows the same one.
      const order = [...variants.slice(round % variants.length), ...variants.slice(0, round % variants.length)];
      for (const variant of order) times.get(variant)!.push(measure(variant));
    }
  } finally {
    edits.restore();
  }
  const medians = new Map(variants.map((variant) => [variant, Object.fromEntries(CASES.map((name) => [name, median(times.get(variant)!.map((run) => run[name]))])) as Record<Case, number>]));
  const shipped = medians.get('')!;
  console.log(`${'mechanism off'.padEnd(16)}${CASES.map((name) => name.padStart(22)).join('')}`);
  for (const variant of variants) {
    const row = CASES.map((name) => {
      const seconds = medians.get(variant)![name];
      const change = variant === '' ? '' : ` (${seconds >= shipped[name] ? '+' : ''}${(((seconds - shipped[name]) / shipped[name]) * 100).toFixed(0)}%)`;
      return `${seconds.toFixed(2)} s${change}`.padStart(22);
    });
    console.log(`${(variant || 'none (shipped)').padEnd(16)}${row.join('')}`);
  }
  console.log(`runs per variant: ${values.rounds}; load average now ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
}

main();
