/**
 * `npm run fuzz [-- --runs N] [--seed S]`: every property test (the test files that use
 * tests/helpers/property.ts) with a random seed and many runs, for local use and the nightly
 * workflow. `npm test` runs the same properties with a fixed seed and few runs.
 *
 * The seed is printed first and written to tests/output/fuzz/seed.txt before anything runs;
 * failing properties append their reports (seed, path, counterexample) to
 * tests/output/fuzz/failures.txt. The exit code is the test runner's.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FAILURE_FILE_VARIABLE, FUZZ_OUTPUT_DIR, RUNS_VARIABLE, SEED_VARIABLE } from './helpers/property.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, FUZZ_OUTPUT_DIR);
const DEFAULT_RUNS = 50_000;
const USAGE = 'usage: npm run fuzz -- [--runs N] [--seed S]';

/** Test files with properties run through the helper: a new one joins by using it. */
function propertyTestFiles(): string[] {
  return ['unit', 'integration']
    .flatMap((tier) => fs.readdirSync(path.join(ROOT, 'tests', tier)).filter((name) => name.endsWith('.test.ts')).map((name) => `tests/${tier}/${name}`))
    .filter((file) => /\b(propertyTest|assertProperty)\b/.test(fs.readFileSync(path.join(ROOT, file), 'utf8')))
    .sort();
}

function wholeNumber(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) {
    process.stderr.write(`fuzz: --${name} takes a whole number, not "${text}"\n${USAGE}\n`);
    process.exit(2);
  }
  return Number(text);
}

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' } }, strict: true }));
  } catch (error) {
    process.stderr.write(`fuzz: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const runs = wholeNumber(values.runs, 'runs', DEFAULT_RUNS);
  // fast-check seeds are 32-bit; a non-negative 31-bit one prints the same everywhere.
  const seed = wholeNumber(values.seed, 'seed', randomInt(0, 2 ** 31));
  const files = propertyTestFiles();

  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const failures = path.join(OUT, 'failures.txt');
  const replay = `npm run fuzz -- --seed ${seed} --runs ${runs}`;
  fs.writeFileSync(path.join(OUT, 'seed.txt'), `${SEED_VARIABLE}=${seed}\n${RUNS_VARIABLE}=${runs}\nreplay: ${replay}\n`);
  process.stdout.write(`fuzz: seed ${seed}, ${runs} runs per property, in ${files.join(', ')}\n`);

  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, [SEED_VARIABLE]: String(seed), [RUNS_VARIABLE]: String(runs), [FAILURE_FILE_VARIABLE]: failures },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const status = result.status ?? 1;
  process.stdout.write(status === 0
    ? `fuzz: passed with seed ${seed}, ${runs} runs per property, in ${seconds} s\n`
    : `fuzz: FAILED with seed ${seed} (${runs} runs per property, ${seconds} s); replay with: ${replay}\n` +
      `      reports in ${path.relative(ROOT, failures)}\n`);
  return status;
}

process.exitCode = main();
