/**
 * What the check knows of each page file: its front matter and its links and headings.
 * Records come from the check cache when the file is unchanged; the rest are computed, on worker
 * threads too when there are many, with the fast extractor where it answers and the reference
 * (micromark) where it does not.
 */
import fs from 'node:fs';
import os from 'node:os';
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { PageRecord } from '../model/site.ts';
import { recordOf } from '../extract/page-record.ts';
import { recordsFromJson } from '../model/front-matter.ts';
import type { CheckCache } from './check-cache.ts';
import { contentHash } from './content-hash.ts';
import { releaseWaitingWorkers, startWorker } from './threads.ts';
import { trace } from './trace.ts';

/**
 * Pages per thread below which starting another costs more than it saves. Counted in pages, not
 * bytes: a real page (nested lists, JSX) costs far more per byte than a generated one.
 */
const WORKER_MIN_PAGES = 400;
/** Pages a thread claims at a time: small enough to even out the threads' shares. */
const CHUNK_PAGES = 64;

/**
 * Files to compute, shared by the threads: each claims the next chunk of `paths` by bumping the
 * counter in `claims` (shared memory), so a thread slowed by other work simply takes fewer chunks.
 */
export interface PageQueue {
  paths: string[];
  claims: SharedArrayBuffer;
}

/**
 * One computed chunk: per page its position in the queue, file size and time, and content hash;
 * then the records of the texts this thread had not computed before (a copy of a page in
 * another version is usually in the same chunk, or in one this thread sent earlier), with their
 * hashes, as JSON.
 */
export interface ChunkResult {
  indexes: number[];
  sizes: number[];
  mtimes: number[];
  hashes: string[];
  /** The hashes of the records in `json`, in order. */
  newHashes: string[];
  json: string;
}

/**
 * Claim chunks of the queue until none is left; hand each computed chunk to `done` with the
 * records new to this thread, and their JSON text (the form workers send them in and the cache
 * stores them in). Each text is sent once: its copies would be parsed, held, validated and
 * written again. `between` runs after each chunk: the main thread takes in the workers' chunks
 * there.
 */
export function computeClaimedPages(queue: PageQueue, done: (chunk: ChunkResult, newRecords: PageRecord[]) => void, between = () => {}): void {
  trace(`claiming pages from a queue of ${queue.paths.length}`);
  const counter = new Int32Array(queue.claims);
  // Versioned sites hold many byte-identical copies of a page (an older version keeps what did
  // not change): compute each text once per thread. The queue puts copies side by side.
  const seen = new Set<string>();
  let computed = 0;
  for (let chunk = Atomics.add(counter, 0, 1); chunk * CHUNK_PAGES < queue.paths.length; chunk = Atomics.add(counter, 0, 1)) {
    const result: ChunkResult = { indexes: [], sizes: [], mtimes: [], hashes: [], newHashes: [], json: '' };
    const newRecords: PageRecord[] = [];
    for (let index = chunk * CHUNK_PAGES; index < Math.min((chunk + 1) * CHUNK_PAGES, queue.paths.length); index++) {
      const { content, size, mtimeMs } = readPageFile(queue.paths[index]);
      result.sizes.push(size);
      result.mtimes.push(mtimeMs);
      const hash = contentHash(content);
      if (!seen.has(hash)) {
        seen.add(hash);
        result.newHashes.push(hash);
        newRecords.push(recordOf(content));
      }
      result.indexes.push(index);
      result.hashes.push(hash);
    }
    result.json = JSON.stringify(newRecords);
    done(result, newRecords);
    computed += result.indexes.length;
    between();
  }
  trace(`computed ${computed} pages, ${seen.size} distinct texts`);
}

/** A file's text with its size and time, taken from the open file: the caller need not stat it beforehand. */
export function readPageFile(absolutePath: string): { content: string; size: number; mtimeMs: number } {
  const fd = fs.openSync(absolutePath, 'r');
  try {
    const { size, mtimeMs } = fs.fstatSync(fd);
    return { content: fs.readFileSync(fd, 'utf8'), size, mtimeMs };
  } finally {
    fs.closeSync(fd);
  }
}

/** A page file as the caller knows it: where it is, and (once known) its size and time. */
export interface PageFile {
  /** Relative to the site dir, with `/`: the cache's key. */
  file: string;
  absolutePath: string;
  size?: number;
  mtimeMs?: number;
}

/**
 * Records for `files`, in order: unchanged files from `cache`, the others computed (and added
 * to the cache). Files without a size and time are read whatever the cache holds, and get them.
 * `onRecords` sees each chunk of computed records on this thread as it arrives.
 */
export async function readPageRecords(files: PageFile[], cache: CheckCache, threads?: number, onRecords?: (records: PageRecord[]) => void): Promise<PageRecord[]> {
  const hashes: string[] = new Array(files.length);
  const unknown: number[] = [];
  files.forEach((page, index) => {
    // Unchanged size and modification time: trust the hash recorded last time, skip the read.
    const known = page.size === undefined ? undefined : cache.fileHash(page.file, page.size, page.mtimeMs!);
    if (known && cache.record(known)) hashes[index] = known;
    else unknown.push(index);
  });
  await computePages(unknown.map((index) => files[index].absolutePath), threads, (chunk, newRecords) => {
    // Every page's record is in the cache by now: this chunk's new ones, or an earlier chunk's
    // of the same thread (a thread's chunks arrive in order).
    cache.addRecords(chunk.newHashes, newRecords, chunk.json);
    onRecords?.(newRecords);
    chunk.indexes.forEach((position, i) => {
      const index = unknown[position];
      const page = files[index];
      page.size = chunk.sizes[i];
      page.mtimeMs = chunk.mtimes[i];
      hashes[index] = chunk.hashes[i];
      cache.setFile(page.file, page.size, page.mtimeMs, hashes[index]);
    });
  });
  return hashes.map((hash) => cache.record(hash)!);
}

/**
 * Many pages: worker threads and this thread all claim chunks from one queue. Each worker sends
 * every chunk as soon as it is computed, on a port of its own; this thread takes them in between
 * its own chunks (receiveMessageOnPort reads without waiting), so parsing them is shared out by
 * the queue like any other work.
 */
async function computePages(paths: string[], wanted: number | undefined, done: (chunk: ChunkResult, newRecords: PageRecord[]) => void): Promise<void> {
  if (paths.length === 0) {
    releaseWaitingWorkers();
    return;
  }
  // Never more threads than chunks: a thread without a chunk to claim only costs its start.
  const threads = Math.min(wanted ?? Math.min(os.availableParallelism(), Math.ceil(paths.length / WORKER_MIN_PAGES)), Math.ceil(paths.length / CHUNK_PAGES));
  // Copies of one page in different versions end with the same folders and name: ordered by
  // their path read backwards, they land in the same chunk, where the thread computes them once.
  const order = paths.map((_, index) => index);
  const backwards = paths.map((file) => file.split(/[\\/]/).reverse().join('/'));
  order.sort((a, b) => (backwards[a] < backwards[b] ? -1 : backwards[a] > backwards[b] ? 1 : 0));
  const queue: PageQueue = { paths: order.map((index) => paths[index]), claims: new SharedArrayBuffer(4) };
  const inPathOrder = (chunk: ChunkResult, newRecords: PageRecord[]) => done({ ...chunk, indexes: chunk.indexes.map((position) => order[position]) }, newRecords);
  const workers = Array.from({ length: Math.max(threads - 1, 0) }, () => runWorker(queue));
  releaseWaitingWorkers(); // one started early and not taken: too few pages for it
  const takeIn = (port: MessagePort) => {
    for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
      const chunk = message.message as ChunkResult;
      inPathOrder(chunk, recordsFromJson(JSON.parse(chunk.json) as PageRecord[]));
    }
  };
  computeClaimedPages(queue, inPathOrder, () => workers.forEach(({ port }) => takeIn(port)));
  await Promise.all(workers.map(({ finished }) => finished));
  // Every chunk was posted before its worker finished: they are all waiting on the ports.
  workers.forEach(({ port }) => {
    takeIn(port);
    port.close();
  });
}

function runWorker(queue: PageQueue): { port: MessagePort; finished: Promise<void> } {
  const { port1, port2 } = new MessageChannel();
  const worker = startWorker('page-records', { queue, port: port2 }, [port2]);
  const finished = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`page worker exited with code ${code}`))));
  });
  return { port: port1, finished };
}
