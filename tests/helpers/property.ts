/**
 * Seeds and run counts for property tests (fast-check). `npm test` runs every property with one
 * fixed seed, so a suite that passed passes again; `npm run fuzz` (tests/fuzz.ts) sets a random
 * seed and many runs through the environment. A failure names the seed, fast-check's path and
 * counterexample, and the command that replays it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';

export const SEED_VARIABLE = 'FAQ_FUZZ_SEED';
export const RUNS_VARIABLE = 'FAQ_FUZZ_RUNS';
/** Where a failing property appends its report (set by tests/fuzz.ts, for CI to upload). */
export const FAILURE_FILE_VARIABLE = 'FAQ_FUZZ_FAILURE_FILE';
/** Where `npm run fuzz` writes its seed (seed.txt) and failing properties' reports (failures.txt), for CI to upload. */
export const FUZZ_OUTPUT_DIR = 'tests/output/fuzz';
/** The seed `npm test` uses. Any fixed number would do; changing it is changing the tests. */
export const DEFAULT_SEED = 1_302_013;

export interface PropertyRun {
  seed: number;
  numRuns: number;
}

/** A property's seed and run count: the environment's, else the fixed seed and the test's own count. */
export function propertyRun(defaultRuns: number, env: NodeJS.ProcessEnv = process.env): PropertyRun {
  return { seed: wholeNumber(env, SEED_VARIABLE) ?? DEFAULT_SEED, numRuns: wholeNumber(env, RUNS_VARIABLE) ?? defaultRuns };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name]?.trim();
  if (!text) return undefined;
  // fast-check seeds are 32-bit integers; anything else would be silently truncated.
  if (!/^-?\d+$/.test(text) || Math.abs(Number(text)) > 0xffff_ffff) throw new Error(`${name} must be a whole number below 2^32, not "${text}"`);
  return Number(text);
}

/** Checks `property` with the run's seed and count; throws fast-check's report and a replay command when it fails. */
export function assertProperty<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, run: PropertyRun): void {
  const details = fc.check(property, { seed: run.seed, numRuns: run.numRuns });
  if (details.failed) throw failureOf(details, run);
}

/** The same for a property whose runs are asynchronous (fc.asyncProperty). */
export async function assertAsyncProperty<Ts extends [unknown, ...unknown[]]>(property: fc.IAsyncProperty<Ts>, run: PropertyRun): Promise<void> {
  const details = await fc.check(property, { seed: run.seed, numRuns: run.numRuns });
  if (details.failed) throw failureOf(details, run);
}

function failureOf<Ts>(details: fc.RunDetails<Ts>, run: PropertyRun): Error {
  const file = process.argv.slice(1).find((arg) => arg.endsWith('.test.ts')) ?? '<test file>';
  const report = [
    fc.defaultReportMessage(details) ?? `property failed with seed ${run.seed}`,
    // fast-check v4 keeps the error as the report's cause; the message alone is what a reader needs.
    `Got: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`,
    `Replay: ${SEED_VARIABLE}=${run.seed} ${RUNS_VARIABLE}=${run.numRuns} node --import tsx --test ${path.relative(process.cwd(), file)}`,
  ].join('\n');
  const failureFile = process.env[FAILURE_FILE_VARIABLE];
  if (failureFile) fs.appendFileSync(failureFile, `${report}\n\n`);
  return new Error(report, { cause: details.errorInstance });
}

/**
 * A node:test test around property checks. Its timeout grows with the run count, so that
 * `npm run fuzz -- --runs 200000` is not cut short by a limit meant for `npm test`.
 */
export function propertyTest(name: string, options: { runs: number; timeoutMs: number }, body: (run: PropertyRun) => void | Promise<void>): void {
  const run = propertyRun(options.runs);
  test(name, { timeout: options.timeoutMs * Math.max(1, run.numRuns / options.runs) }, () => body(run));
}
