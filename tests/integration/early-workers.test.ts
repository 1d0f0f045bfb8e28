/**
 * A check run through scripts/run.cjs, with its page worker started early (a cold run) or not,
 * reports the same; and a run that reads no pages ends the waiting worker and exits as usual.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateSite } from '../../scripts/bench/generate-site.ts';
import { OUTPUT_DIR, SITE_DIR } from '../helpers/paths.ts';
import { clearCheckCache } from '../../scripts/content/load/check-cache.ts';

const SITE = path.join(OUTPUT_DIR, 'early-workers-check');

function check(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['scripts/run.cjs', 'scripts/check.ts', '--site', SITE, '--format', 'json', '--threads', '2', ...args], {
    cwd: SITE_DIR, encoding: 'utf8', env: { ...process.env, FAQ_CHECK_TRACE: '1', ...env }, timeout: 120_000,
  });
  assert.equal(run.status, 1, run.stderr);
  return { problems: JSON.parse(run.stdout).problems as Array<{ file: string; rule: string }>, taken: run.stderr.includes('page-records worker taken from those started early') };
}

test('the page worker started early: the same report, and only in runs that read pages', { timeout: 300_000 }, () => {
  fs.rmSync(SITE, { recursive: true, force: true });
  generateSite(SITE, { pagesPerVersion: 120, versions: 2, seed: 7 });
  fs.appendFileSync(path.join(SITE, 'docs', 'index.md'), '\nA mistake: [gone](./gone.md).\n');
  clearCheckCache(SITE);

  const without = check(['--no-cache'], { FAQ_CHECK_WITHOUT: 'early-workers' });
  assert.ok(without.problems.some(({ file, rule }) => file === 'docs/index.md' && rule === 'broken-link'), 'the mistake is found');
  assert.equal(without.taken, false, 'switched off: none started');

  const cold = check(['--no-cache']);
  assert.equal(cold.taken, true, 'a cold run takes the worker started early');
  assert.deepEqual(cold.problems, without.problems);

  const first = check([]); // no cache yet: reads every page, and writes the cache
  assert.equal(first.taken, true);
  assert.deepEqual(first.problems, without.problems);

  const warm = check([]); // reads no page: none started, or ended unused
  assert.equal(warm.taken, false);
  assert.deepEqual(warm.problems, without.problems);
});
