/**
 * scripts/run.cjs starts the check's page worker before the check's bundle is compiled, for runs
 * that will read pages (scripts/check-reads-pages.cjs). The worker waits for its input in a
 * message; content/load/threads.ts hands it its work instead of starting a thread, or ends it
 * when the run will not need it. Here the same happens from source, as run.cjs does it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { releaseWaitingWorkers, startWorker } from '../../scripts/content/load/threads.ts';
import type { ChunkRead } from '../../scripts/content/load/page-records.ts';
import { pageQueue } from '../../scripts/content/load/page-queue.ts';
import { checkReadsPages } from '../../scripts/check-reads-pages.cjs';
import { checkCacheBase } from '../../scripts/content/load/check-cache-place.cjs';
import { outputPath, SITE_DIR } from '../helpers/paths.ts';

const LOAD_DIR = path.join(SITE_DIR, 'scripts', 'content', 'load');
const PAGE_WORKER = path.join(LOAD_DIR, 'page-records.worker.ts');
const WAITING_WORKERS = Symbol.for('faq.waiting-workers');

/** A page worker started as run.cjs starts one: no input yet, kept by its entry until taken. */
function startEarly(): Map<string, Worker> {
  const worker = new Worker(path.join(LOAD_DIR, 'ts-worker.cjs'), { workerData: { entry: PAGE_WORKER } });
  const waiting = new Map([[PAGE_WORKER, worker]]);
  (globalThis as { [WAITING_WORKERS]?: Map<string, Worker> })[WAITING_WORKERS] = waiting;
  return waiting;
}

test('a page worker started early is handed its pages instead of a new thread, and computes them', { timeout: 60_000 }, async () => {
  const dir = outputPath('early-workers');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const paths = ['a', 'b', 'c'].map((name) => {
    const file = path.join(dir, `${name}.md`);
    fs.writeFileSync(file, `# Page ${name}\n\n## Part ${name}\n\nSee [the next](./next-${name}.md).\n`);
    return file;
  });
  const waiting = startEarly();
  const early = waiting.get(PAGE_WORKER)!;
  const { port1, port2 } = new MessageChannel();
  const worker = startWorker('page-records', { queue: pageQueue(paths), port: port2 }, [port2]);
  assert.equal(worker, early, 'the waiting worker, not a new one');
  assert.equal(waiting.size, 0, 'taken: no longer waiting');
  const [done] = await once(worker, 'message');
  assert.equal(done, 'done');
  const chunks: ChunkRead[] = [];
  for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1)) {
    if ('extract' in message.message) chunks.push(message.message as ChunkRead);
  }
  port1.close();
  assert.deepEqual(chunks.flatMap((chunk) => chunk.indexes).sort(), [0, 1, 2]);
  const records = chunks.flatMap((chunk) => chunk.extract.map((json) => JSON.parse(json) as { extract: { links: Array<{ url: string }> } }));
  assert.deepEqual(records.map((record) => record.extract.links[0].url).sort(), ['./next-a.md', './next-b.md', './next-c.md']);
  // Done, it waits for another queue (the main thread keeps it for the partials the pages import).
  const next = new MessageChannel();
  worker.postMessage({ queue: pageQueue(paths.slice(0, 1)), port: next.port2 }, [next.port2]);
  assert.equal((await once(worker, 'message'))[0], 'done', 'a second queue, read by the same thread');
  const second = receiveMessageOnPort(next.port1)?.message as ChunkRead | undefined;
  next.port1.close();
  assert.deepEqual(second?.indexes, [0]);
  await worker.terminate();
});

test('a worker nobody takes is ended, and a later start gets a thread of its own', { timeout: 60_000 }, async () => {
  const waiting = startEarly();
  const early = waiting.get(PAGE_WORKER)!;
  const exited = once(early, 'exit');
  releaseWaitingWorkers();
  assert.equal(waiting.size, 0);
  await exited;
  const { port1, port2 } = new MessageChannel();
  const worker = startWorker('page-records', { queue: pageQueue([]), port: port2 }, [port2]);
  assert.notEqual(worker, early);
  assert.equal((await once(worker, 'message'))[0], 'done', 'given its input as it started');
  port1.close();
  await worker.terminate();
});

test('the page worker is started early only for a run that will read pages', () => {
  const site = outputPath('early-workers-site');
  fs.mkdirSync(site, { recursive: true });
  const index = `${checkCacheBase(SITE_DIR, site)}.index.json`;
  fs.rmSync(index, { force: true });
  assert.equal(checkReadsPages(['--site', site], SITE_DIR), true, 'no cache yet: a cold run');
  fs.mkdirSync(path.dirname(index), { recursive: true });
  fs.writeFileSync(index, '{"files":{}}');
  try {
    assert.equal(checkReadsPages(['--site', site], SITE_DIR), false, 'a cache: a warm run');
    assert.equal(checkReadsPages([`--site=${site}`, '--format', 'json'], SITE_DIR), false);
    assert.equal(checkReadsPages(['--site', site, '--no-cache'], SITE_DIR), true, 'the cache ignored: cold');
    assert.equal(checkReadsPages(['--format', 'json'], SITE_DIR), !fs.existsSync(`${checkCacheBase(SITE_DIR, '.')}.index.json`), 'the current folder by default');
  } finally {
    fs.rmSync(index, { force: true });
  }
});
