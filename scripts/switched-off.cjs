/**
 * The check's speed mechanisms switched off for a run (FAQ_CHECK_WITHOUT=prefetch,link-reuse),
 * read in one place. Plain CommonJS: scripts/run.cjs reads it before any bundle runs;
 * scripts/mechanisms.ts lists the mechanisms.
 */
function switchedOff(name, env = process.env) {
  return (env.FAQ_CHECK_WITHOUT ?? '').split(',').map((item) => item.trim()).includes(name);
}

module.exports = { switchedOff };
