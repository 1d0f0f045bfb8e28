/**
 * Whether a run of the check will read its pages: with `--no-cache`, or when its site has no
 * check cache yet (a first run, a fresh clone, a cleared cache). scripts/run.cjs asks before the
 * check's bundle loads, to start the page worker early for such runs only (the mechanism
 * early-workers): in a run that reads no pages, a thread starting beside the main one slows it
 * by 10 to 20 ms. A guess from the arguments as check.ts reads them: a wrong one costs only time.
 */
const fs = require('node:fs');
const { checkCacheBase } = require('./content/load/check-cache-place.cjs');

function checkReadsPages(args, projectRoot) {
  if (args.includes('--no-cache')) return true;
  const at = args.findIndex((arg) => arg === '--site' || arg.startsWith('--site='));
  const site = at === -1 ? '.' : args[at] === '--site' ? args[at + 1] ?? '.' : args[at].slice('--site='.length);
  return !fs.existsSync(`${checkCacheBase(projectRoot, site)}.index.json`);
}

module.exports = { checkReadsPages };
