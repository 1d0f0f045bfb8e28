/**
 * The V8 flags the writers' check runs under. A check lives a second or two, and about a third
 * of a cold one's CPU time went to V8 optimizing hot functions, in every thread anew. A budget
 * nine times V8's default (66 KB) has fewer of them optimized: a cold check of the bench site
 * took 9% less time (BENCHMARKS.md). The flags are the process's: worker threads get them too.
 *
 * scripts/run.cjs sets them before it compiles the check's bundle, because V8 takes a code cache
 * only under the flags it was made under; scripts/check.ts sets them when it runs from source.
 * FAQ_CHECK_WITHOUT=jit-budget leaves them out (scripts/mechanisms.ts).
 */
const v8 = require('node:v8');
const { switchedOff } = require('./switched-off.cjs');

/** Set the check's flags; returns them, as one string ('' for none). */
function setCheckFlags(env = process.env) {
  const flags = switchedOff('jit-budget', env) ? '' : '--interrupt-budget=600000';
  if (flags) v8.setFlagsFromString(flags);
  return flags;
}

module.exports = { setCheckFlags };
