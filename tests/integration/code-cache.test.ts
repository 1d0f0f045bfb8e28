/**
 * scripts/run.cjs runs the check's bundles, in the main thread and in each worker thread, from V8
 * code caches kept next to them; the third-party modules the check requires at run time (Joi,
 * the config's imports) come from caches of their own (scripts/module-code-cache.ts). A cache may
 * only ever make a run faster: a run with or without one, with a broken one or with one of an
 * older bundle, reports exactly the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateSite } from '../../scripts/bench/generate-site.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';

const ROOT = path.join(__dirname, '..', '..');
// Bundles of its own (run.cjs's FAQ_SCRIPTS_CACHE): other tests' checks write the project's caches meanwhile.
const SCRIPTS_CACHE = path.join(OUTPUT_DIR, 'code-cache-bundles');
const BUNDLE_DIR = path.join(SCRIPTS_CACHE, 'scripts__check');
const SITE = path.join(OUTPUT_DIR, 'code-cache');

/** The problems a whole check of the site finds (no stored report to reuse), on two threads: every bundle runs. */
function check(env: Record<string, string> = {}): unknown {
  const run = spawnSync(process.execPath, ['scripts/run.cjs', 'scripts/check.ts', '--site', SITE, '--format', 'json', '--no-cache', '--threads', '2'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, FAQ_SCRIPTS_CACHE: SCRIPTS_CACHE, ...env },
  });
  assert.equal(run.status, 1, run.stderr);
  return JSON.parse(run.stdout).problems;
}

/** The code caches next to the bundles: file name, size and modification time. */
function caches(): Map<string, string> {
  return new Map(fs.readdirSync(BUNDLE_DIR).filter((file) => file.endsWith('.v8cache')).map((file) => {
    const { size, mtimeMs } = fs.statSync(path.join(BUNDLE_DIR, file));
    return [file, `${size}@${mtimeMs}`];
  }));
}

const bundleOf = (cache: string) => cache.replace(/\.\d+-\d+(\.[\w-]+)?\.v8cache$/, '');

test('each thread\'s bundle gets a code cache from a whole check, later runs use it, and none changes the report', { timeout: 180_000 }, () => {
  fs.rmSync(SITE, { recursive: true, force: true });
  generateSite(SITE, { pagesPerVersion: 120, versions: 2, seed: 5 });
  fs.appendFileSync(path.join(SITE, 'docs', 'index.md'), '\nA mistake: [gone](./gone.md).\n');
  fs.rmSync(SCRIPTS_CACHE, { recursive: true, force: true });
  spawnSync(process.execPath, ['scripts/run.cjs', 'scripts/check.ts', '--help'], { cwd: ROOT, env: { ...process.env, FAQ_SCRIPTS_CACHE: SCRIPTS_CACHE } }); // the bundles, made now
  for (const file of caches().keys()) fs.rmSync(path.join(BUNDLE_DIR, file));

  const withoutCaches = check({ FAQ_CHECK_WITHOUT: 'code-cache' });
  assert.equal(caches().size, 0, 'switched off, no cache is written');

  assert.deepEqual(check(), withoutCaches);
  const written = caches();
  // The page worker loads the config too (load/load-site.ts): the config's own worker runs only without one.
  assert.deepEqual([...written.keys()].map(bundleOf).sort(), ['main.cjs', 'page-records.worker.cjs'], 'the main thread\'s bundle and the worker\'s');

  assert.deepEqual(check(), withoutCaches);
  assert.deepEqual(caches(), written, 'accepted: nothing written again');

  // Other V8 flags (the JIT budget switched off): caches of their own, and the others stay.
  assert.deepEqual(check({ FAQ_CHECK_WITHOUT: 'jit-budget' }), withoutCaches);
  assert.equal(caches().size, 4);
  for (const [file, stamp] of written) assert.equal(caches().get(file), stamp, file);
  for (const file of caches().keys()) if (!written.has(file)) fs.rmSync(path.join(BUNDLE_DIR, file));

  // A cache V8 refuses (here, not a cache at all) is compiled past and written anew.
  const main = [...written.keys()].find((file) => bundleOf(file) === 'main.cjs')!;
  fs.writeFileSync(path.join(BUNDLE_DIR, main), 'not a code cache');
  assert.deepEqual(check(), withoutCaches);
  assert.ok(fs.statSync(path.join(BUNDLE_DIR, main)).size > 100_000, 'written again');

  // A cache that can be neither read nor written (here, a folder in its place) only costs time.
  fs.rmSync(path.join(BUNDLE_DIR, main));
  fs.mkdirSync(path.join(BUNDLE_DIR, main, 'in-the-way'), { recursive: true });
  try {
    assert.deepEqual(check(), withoutCaches);
    assert.deepEqual(fs.readdirSync(BUNDLE_DIR).filter((file) => file.startsWith(`${main}.`)), [], 'no file half-written');
  } finally {
    fs.rmSync(path.join(BUNDLE_DIR, main), { recursive: true });
  }

  // A bundle made again (same text, new time) never reads the caches of the one before.
  const bundle = path.join(BUNDLE_DIR, 'main.cjs');
  const { atime, mtime } = fs.statSync(bundle);
  const later = new Date(mtime.getTime() + 5_000);
  fs.utimesSync(bundle, later, later);
  try {
    assert.deepEqual(check(), withoutCaches);
    assert.deepEqual([...caches().keys()].filter((file) => bundleOf(file) === 'main.cjs' && file !== main).length, 1, 'a cache of its own, by its size and time');
  } finally {
    fs.utimesSync(bundle, atime, mtime);
  }
});

const MODULE_CACHES = path.join(BUNDLE_DIR, 'module-caches');
const moduleCaches = (): Map<string, number> => new Map((fs.existsSync(MODULE_CACHES) ? fs.readdirSync(MODULE_CACHES) : []).map((file) => [file, fs.statSync(path.join(MODULE_CACHES, file)).mtimeMs]));

test('the modules required at run time get code caches from a whole check, later runs use them, and none changes the report', { timeout: 180_000 }, () => {
  if (!fs.existsSync(SITE)) generateSite(SITE, { pagesPerVersion: 120, versions: 2, seed: 5 });
  fs.rmSync(MODULE_CACHES, { recursive: true, force: true });
  const without = check({ FAQ_CHECK_WITHOUT: 'module-cache' });
  assert.equal(moduleCaches().size, 0, 'switched off, no cache is written');

  assert.deepEqual(check(), without);
  const written = moduleCaches();
  assert.ok(written.size > 20, `Joi's files and the config's imports: ${written.size}`);
  assert.deepEqual(check(), without);
  assert.deepEqual(moduleCaches(), written, 'accepted: nothing written again');

  // A cache V8 refuses is compiled past and written anew, in place of the bad one.
  const [first] = written.keys();
  fs.writeFileSync(path.join(MODULE_CACHES, first), 'not a code cache');
  assert.deepEqual(check(), without);
  assert.ok(fs.statSync(path.join(MODULE_CACHES, first)).size > 100, 'written again');
  assert.equal(moduleCaches().size, written.size);
});
