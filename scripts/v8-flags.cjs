/**
 * The V8 flags the writers' check runs under. The flags are the process's: worker threads get
 * them too. FAQ_CHECK_WITHOUT=<mechanism> leaves one out (scripts/mechanisms.ts).
 *
 * - jit-budget: a check lives a second or two, and about a third of a cold one's CPU time went
 *   to V8 optimizing hot functions, in every thread anew. A budget nine times V8's default
 *   (66 KB) has fewer of them optimized: a cold check of the bench site took 9% less time.
 * - young-gen: V8 grows each thread's young generation up to 16 MB a semi-space, and on this
 *   machine's virtual memory each page it touches first costs a fault (a third of a cold check's
 *   system time). Semi-spaces of at most 4 MB had cold checks of real sites take 9-15% less time
 *   and left the bench site's within the noise. V8 sizes a heap when its thread starts: set here,
 *   the flag reaches the worker threads; the main thread has it only from Node's command line.
 * - old-gen: V8 starts each thread's old generation small and collects it whole (marking every
 *   live object) as soon as it passes about 20 MB, which a cold check of a real site does once in
 *   each thread, halfway through. Started at 64 MB, no thread of such a check collects it whole:
 *   cold checks of the three real sites took 3.7% less time, summed. A site large enough to fill
 *   it is collected as before. Sized when a thread starts, like the young generation.
 * - single-threaded-gc: V8's garbage collector helps itself with threads of its own, which on two
 *   cores take them from the check's own two threads. Without them, cold checks of real sites
 *   took 2-8% less time, the bench site's 2.5%. Only from Node's command line: switching the
 *   collector's threads off under a running heap is not something V8 promises to survive.
 * `npm run check` starts Node with the command line's flags (package.json, held to
 * checkNodeArgs by a test), and so do the benches; a check started without them runs as before,
 * its workers' young generations small and old ones large. FAQ_CHECK_WITHOUT reaches the command line's flags only
 * where the command line is built here (`npm run bench:mechanisms`), not through npm.
 *
 * BENCHMARKS.md has the measurements. scripts/run.cjs sets the flags before it compiles the
 * check's bundle, because V8 takes a code cache only under the flags it was made under;
 * scripts/check.ts sets them when it runs from source.
 */
const v8 = require('node:v8');
const { switchedOff } = require('./switched-off.cjs');

const YOUNG_GENERATION = '--max-semi-space-size=4';
const OLD_GENERATION = '--initial-old-space-size=64';

/** The flags for Node's command line, where the main thread's heap gets them. */
function checkNodeFlags(env = process.env) {
  return [
    ...(switchedOff('young-gen', env) ? [] : [YOUNG_GENERATION]),
    ...(switchedOff('old-gen', env) ? [] : [OLD_GENERATION]),
    ...(switchedOff('single-threaded-gc', env) ? [] : ['--single-threaded-gc']),
  ];
}

/** Set the flags that are safe to set at run time; returns them, as one string ('' for none). */
function setCheckFlags(env = process.env) {
  const flags = [
    ...(switchedOff('jit-budget', env) ? [] : ['--interrupt-budget=600000']),
    ...(switchedOff('young-gen', env) ? [] : [YOUNG_GENERATION]),
    ...(switchedOff('old-gen', env) ? [] : [OLD_GENERATION]),
  ].join(' ');
  if (flags) v8.setFlagsFromString(flags);
  return flags;
}

/** Node's arguments for the check, from the project's root, as `npm run check` gives them. */
function checkNodeArgs(env = process.env) {
  return [...checkNodeFlags(env), 'scripts/run.cjs', 'scripts/check.ts'];
}

module.exports = { checkNodeArgs, checkNodeFlags, setCheckFlags };
