/**
 * How many units build at once. One unit keeps about one core busy on average (its JavaScript
 * phases, MDX compilation, search indexing, are single-threaded; rspack and the SSG threads fill
 * the rest in bursts), so a second unit can use the idle core (BENCHMARKS.md, "Build by version
 * units", run 3). Bounded by cores and by memory (each unit may reach its heap limit).
 * `FAQ_UNIT_JOBS=N` overrides it (1: one after the other, as before).
 */
import os from 'node:os';
import { UNIT_HEAP_MB } from './build-unit.ts';

/** Resident memory a unit may take beyond its heap (rspack's native memory, SSG threads). */
const UNIT_NATIVE_MB = 1024;

export function unitJobs(env: NodeJS.ProcessEnv = process.env, cores = os.availableParallelism(), freeMb = os.freemem() / 2 ** 20): number {
  const asked = Number(env.FAQ_UNIT_JOBS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  const byMemory = Math.floor(freeMb / (UNIT_HEAP_MB + UNIT_NATIVE_MB));
  return Math.max(1, Math.min(cores, byMemory));
}
