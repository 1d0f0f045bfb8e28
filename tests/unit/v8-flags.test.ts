/**
 * The check's V8 flags (scripts/v8-flags.cjs). The young generation's size is fixed when a
 * thread's heap is made: set at run time it reaches the worker threads started after, and the
 * main thread has it only from Node's command line, which `npm run check` gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkNodeArgs, checkNodeFlags, setCheckFlags } from '../../scripts/v8-flags.cjs';
import { SITE_DIR } from '../helpers/paths.ts';

// Allocates short-lived objects until V8 would have grown its young generation to the most it
// may (16 MB a semi-space by default on this machine), then reports the size it reached, in MB.
const YOUNG_GENERATION_PROBE = `
  const v8 = require('node:v8');
  let keep = [];
  for (let i = 0; i < 3e6; i++) { keep.push({ i, text: 'x' + i }); if (keep.length > 60000) keep = []; }
  const newSpace = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  const report = newSpace.space_size / 2 ** 20;
  if (require('node:worker_threads').parentPort) require('node:worker_threads').parentPort.postMessage(report);
  else console.log(report);
`;

// Keeps about 35 MB of objects alive while it makes short-lived ones, as a check does, then
// reports how many times V8 collected the old generation whole meanwhile.
const OLD_GENERATION_PROBE = `
  const { PerformanceObserver, constants } = require('node:perf_hooks');
  let whole = 0;
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) whole++; });
  observer.observe({ entryTypes: ['gc'] });
  const keep = [];
  let churn = [];
  for (let i = 0; i < 3e5; i++) { keep.push({ i, text: 'x' + i }); for (let j = 0; j < 8; j++) churn.push({ j }); if (churn.length > 5000) churn = []; }
  setTimeout(() => {
    observer.disconnect();
    const report = keep.length > 0 ? whole : -1;
    if (require('node:worker_threads').parentPort) require('node:worker_threads').parentPort.postMessage(report);
    else console.log(report);
  }, 20);
`;

test('npm run check starts Node with the flags that size the main thread\'s heap', () => {
  const scripts = JSON.parse(fs.readFileSync(path.join(SITE_DIR, 'package.json'), 'utf8')).scripts as Record<string, string>;
  assert.equal(scripts.check, ['node', ...checkNodeArgs({})].join(' '));
  assert.deepEqual(checkNodeArgs({}).slice(0, -2), checkNodeFlags({}));
});

test('each flag is left out when its mechanism is switched off (FAQ_CHECK_WITHOUT)', () => {
  assert.deepEqual(checkNodeFlags({ FAQ_CHECK_WITHOUT: 'young-gen' }), ['--initial-old-space-size=64', '--single-threaded-gc']);
  assert.deepEqual(checkNodeFlags({ FAQ_CHECK_WITHOUT: 'old-gen' }), ['--max-semi-space-size=4', '--single-threaded-gc']);
  assert.deepEqual(checkNodeFlags({ FAQ_CHECK_WITHOUT: 'single-threaded-gc' }), ['--max-semi-space-size=4', '--initial-old-space-size=64']);
  assert.equal(setCheckFlags({ FAQ_CHECK_WITHOUT: 'young-gen,old-gen' }), '--interrupt-budget=600000');
  assert.equal(setCheckFlags({ FAQ_CHECK_WITHOUT: 'young-gen,old-gen,jit-budget' }), '');
});

test('a main thread started with the flags keeps a young generation of at most 2 semi-spaces of 4 MB; without them it grows past that', () => {
  const sizeWith = (flags: string[]) => {
    const run = spawnSync(process.execPath, [...flags, '-e', YOUNG_GENERATION_PROBE], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return Number(run.stdout.trim());
  };
  assert.ok(sizeWith(checkNodeFlags({})) <= 8, 'with the flags');
  assert.ok(sizeWith([]) > 8, 'without them: the probe is able to tell');
});

test('a main thread started with the flags keeps 35 MB without collecting its old generation whole; with only the young generation\'s flag it collects it', () => {
  const collectionsWith = (flags: string[]) => {
    const run = spawnSync(process.execPath, [...flags, '-e', OLD_GENERATION_PROBE], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return Number(run.stdout.trim());
  };
  assert.equal(collectionsWith(checkNodeFlags({})), 0, 'with the flags');
  assert.ok(collectionsWith(checkNodeFlags({ FAQ_CHECK_WITHOUT: 'old-gen' })) > 0, 'without old-gen: the probe is able to tell');
});

test('set at run time, the flags reach the worker threads started after', async () => {
  const sizeInWorker = () => new Promise<number>((resolve, reject) => {
    const worker = new Worker(YOUNG_GENERATION_PROBE, { eval: true });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const collectionsInWorker = () => new Promise<number>((resolve, reject) => {
    const worker = new Worker(OLD_GENERATION_PROBE, { eval: true });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  assert.ok(await sizeInWorker() > 8, 'before: V8\'s own sizes');
  assert.ok(await collectionsInWorker() > 0, 'before: the old generation collected whole');
  assert.match(setCheckFlags({}), /--max-semi-space-size=4 --initial-old-space-size=64/);
  assert.ok(await sizeInWorker() <= 8, 'after');
  assert.equal(await collectionsInWorker(), 0, 'after: the old generation is not');
});

test('the collector\'s threads are never switched off at run time, under a running heap', () => {
  assert.doesNotMatch(setCheckFlags({}), /gc/);
});
