/**
 * What the check knows of each page file: its front matter and its links and headings.
 * Records come from the check cache when the file is unchanged; the rest are computed, on worker
 * threads too when there are many, with the fast extractor where it answers and the reference
 * (micromark) where it does not.
 */
import fs from 'node:fs';
import os from 'node:os';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import type { PageRecord } from '../model/site.ts';
import { extractPartOf, restPartOf, type ExtractPart, type RestPart } from '../extract/page-record.ts';
import { chunkCount, chunkPositions, claimChunk, claimRest, notePosted, pageQueue, postedCount, whenPosted, type PageQueue } from './page-queue.ts';
import { mechanismOff } from '../../mechanisms.ts';
import { recordsFromJson } from '../model/front-matter.ts';
import type { CheckCache } from './check-cache.ts';
import { contentHash } from './content-hash.ts';
import { endWorker, releaseWaitingWorkers, startWorker, workersEnded } from './threads.ts';
import { trace } from './trace.ts';
import type { PageWorkerInput } from './page-records.worker.ts';

/**
 * Pages per thread below which starting another costs more than it saves. Counted in pages, not
 * bytes: a real page (nested lists, JSX) costs far more per byte than a generated one.
 */
const WORKER_MIN_PAGES = 400;

/**
 * A chunk's first stage, as a worker posts it: per page its position in the queue, file size and
 * time, and content hash; then, for the texts this thread had not computed before (a copy of a
 * page in another version is usually in the same chunk, or in one this thread sent earlier),
 * their hashes and their links and headings, as JSON (far cheaper to pass between threads than
 * cloned objects, and the form the cache stores); with the texts themselves, when the rest of
 * their records is left to whichever thread claims it, or that rest.
 */
export interface ChunkRead {
  chunk: number;
  indexes: number[];
  sizes: number[];
  mtimes: number[];
  hashes: string[];
  newHashes: string[];
  /** Per new text, the JSON of its ExtractPart. */
  extract: string[];
  texts?: string[];
  /** Per new text, the JSON of its RestPart, when the worker made them with the first stage. */
  rest?: string[];
}

/** The rest of a chunk's records, made by the worker that read it (the RestParts of ChunkRead's new texts, as JSON). */
export interface ChunkRest {
  chunk: number;
  rest: string[];
}

/** A whole chunk, as readPageRecords takes it in: ChunkRead's pages, and the full records of its new texts (`json`: the same as JSON). */
export interface ChunkResult {
  indexes: number[];
  sizes: number[];
  mtimes: number[];
  hashes: string[];
  newHashes: string[];
  json: string;
}

type ChunkPages = Omit<ChunkRead, 'extract' | 'texts' | 'rest'>;

/** The first stage of a chunk: read its files, and extract the links and headings of the texts not in `seen`. */
function readChunk(queue: PageQueue, chunk: number, seen: Set<string>): { read: ChunkPages; texts: string[]; extracts: ExtractPart[] } {
  const read: ChunkPages = { chunk, indexes: [], sizes: [], mtimes: [], hashes: [], newHashes: [] };
  const texts: string[] = [];
  const extracts: ExtractPart[] = [];
  for (const index of chunkPositions(queue, chunk)) {
    const { content, size, mtimeMs, hash } = readPageFile(queue.paths[index]);
    read.sizes.push(size);
    read.mtimes.push(mtimeMs);
    if (!seen.has(hash)) {
      seen.add(hash);
      read.newHashes.push(hash);
      texts.push(content);
      extracts.push(extractPartOf(content));
    }
    read.indexes.push(index);
    read.hashes.push(hash);
  }
  return { read, texts, extracts };
}

/**
 * A worker's part: claim chunks until none is left, and post the first stage of each as soon as
 * it is made, with its texts, for the main thread to make the rest. Then make the rest of its
 * own chunks the main thread has not claimed yet, from the last back (the main thread takes
 * them from the first on). Versioned sites hold many byte-identical copies of a page (an older
 * version keeps what did not change): each text is computed once per thread, and the queue
 * puts copies side by side. With the split switched off, the worker makes whole chunks.
 */
export function workOnQueue(queue: PageQueue, port: MessagePort): void {
  trace(`claiming pages from a queue of ${queue.paths.length}`);
  const seen = new Set<string>();
  const split = !mechanismOff('stage-split');
  const own: Array<{ chunk: number; texts: string[] }> = [];
  let computed = 0;
  for (let chunk = claimChunk(queue); chunk !== undefined; chunk = claimChunk(queue)) {
    const { read, texts, extracts } = readChunk(queue, chunk, seen);
    const extract = extracts.map((part) => JSON.stringify(part));
    if (split) {
      port.postMessage({ ...read, extract, texts } satisfies ChunkRead);
      own.push({ chunk, texts });
    } else {
      claimRest(queue, chunk);
      port.postMessage({ ...read, extract, rest: texts.map(restJsonOf) } satisfies ChunkRead);
    }
    notePosted(queue);
    computed += read.indexes.length;
  }
  let rests = 0;
  for (const { chunk, texts } of own.reverse()) {
    if (!claimRest(queue, chunk)) continue;
    port.postMessage({ chunk, rest: texts.map(restJsonOf) } satisfies ChunkRest);
    notePosted(queue);
    rests++;
  }
  trace(`computed ${computed} pages, ${seen.size} distinct texts, and the rest of ${rests} of its ${own.length} chunks`);
}

const restJsonOf = (text: string) => JSON.stringify(restPartOf(text));

/**
 * A file's text with its size and time, taken from the open file (the caller need not stat it
 * beforehand), and the content hash of its bytes: hashing them spares encoding the text again,
 * and one read into a buffer of the size the file has spares readFileSync's own stat and its
 * read to the end (BENCHMARKS.md, twenty-eighth round). A file that grew since its stat is read
 * to its end.
 */
export function readPageFile(absolutePath: string): { content: string; size: number; mtimeMs: number; hash: string } {
  const fd = fs.openSync(absolutePath, 'r');
  try {
    const { size, mtimeMs } = fs.fstatSync(fd);
    if (readBuffer.length <= size) readBuffer = Buffer.allocUnsafe(Math.max(2 * readBuffer.length, size + 1));
    // Reads from the file's position: a read may return less than asked, and readFileSync goes on from there.
    let read = 0;
    for (let got = -1; got !== 0 && read <= size; read += got) got = fs.readSync(fd, readBuffer, read, size + 1 - read, null);
    const bytes = read <= size ? readBuffer.subarray(0, read) : Buffer.concat([readBuffer.subarray(0, read), fs.readFileSync(fd)]);
    return { content: bytes.toString('utf8'), size, mtimeMs, hash: contentHash(bytes) };
  } finally {
    fs.closeSync(fd);
  }
}

/** One buffer per thread for readPageFile, grown to the largest page read. */
let readBuffer = Buffer.allocUnsafe(1 << 16);

/** How often this thread lets the settings in while it reads pages and they are on their way (ms). */
const SETTINGS_POLL_MS = 20;

/** A page file as the caller knows it: where it is, and (once known) its size and time. */
export interface PageFile {
  /** Relative to the site dir, with `/`: the cache's key. */
  file: string;
  absolutePath: string;
  size?: number;
  mtimeMs?: number;
}

/**
 * A page worker already started, that loads the site's settings before it reads pages
 * (load/load-site.ts): the reading takes it as its first worker, or ends it once the settings
 * are read.
 */
export interface StartedPageWorker {
  worker: Worker;
  /**
   * Resolves once the worker has posted the settings and what follows them (Docusaurus's verdict
   * on the config, site-config.ts): until then it is kept referenced, so that the process waits
   * for them.
   */
  settingsRead: Promise<unknown>;
}

/**
 * Page workers between two readings of one check: the pages, then the partials they import, then
 * the partials those import, are read one after the other, and a worker kept from one to the next
 * has its start and its JIT warm-up behind it. Unreferenced, they never keep the process alive;
 * endPageWorkers ends them once the check has read what it reads.
 */
const parked: Worker[] = [];
const watched = new WeakSet<Worker>();

function park(worker: Worker): void {
  worker.unref();
  parked.push(worker);
  if (watched.has(worker)) return;
  // One that fails while parked (what a config loaded in it may run) ends, and is never handed
  // a queue it would not answer; the failure is not the check's.
  watched.add(worker);
  worker.on('error', () => {});
  worker.once('exit', () => {
    const at = parked.indexOf(worker);
    if (at !== -1) parked.splice(at, 1);
  });
}

/** End the page workers kept for another reading: the check has read every page it needs. */
export function endPageWorkers(): void {
  for (const worker of parked.splice(0)) endWorker(worker);
}

/**
 * What the main thread tells a worker started early that gets no queue this time (too few pages,
 * or none to read): a worker that holds Docusaurus's verdict on the config for after its pages
 * gives it now (page-records.worker.ts).
 */
export const NO_QUEUE = 'no-queue';

/** Keep a started page worker the reading did not need, once it has posted the settings: a later reading takes it. */
export function endUnneeded(started: StartedPageWorker | undefined): void {
  if (!started) return;
  // It may hold Docusaurus's verdict for after a queue (page-records.worker.ts); one that had its queue lets the word pass.
  started.worker.postMessage(NO_QUEUE);
  void started.settingsRead.then(() => park(started.worker), () => endWorker(started.worker));
}

/**
 * Records for `files`, in order: unchanged files from `cache`, the others computed (and added
 * to the cache). Files without a size and time are read whatever the cache holds, and get them.
 * `onRecords` sees each chunk of computed records on this thread as it arrives.
 */
export async function readPageRecords(files: PageFile[], cache: CheckCache, threads?: number, onRecords?: (records: PageRecord[]) => void, started?: StartedPageWorker): Promise<PageRecord[]> {
  const hashes: string[] = new Array(files.length);
  const unknown: number[] = [];
  files.forEach((page, index) => {
    // Unchanged size and modification time: trust the hash recorded last time, skip the read.
    // A file too new to trust so (load/racy-files.cjs) is hashed again, but not made again.
    const known = page.size === undefined ? undefined : cache.fileHash(page.file, page.size, page.mtimeMs!) ?? cache.confirmedHash(page.file, page.absolutePath);
    if (known && cache.record(known)) hashes[index] = known;
    else unknown.push(index);
  });
  await computePages(unknown.map((index) => files[index].absolutePath), threads, started, (chunk, newRecords) => {
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
 * Many pages: worker threads and this thread all claim chunks from one queue. Each worker posts
 * every chunk's first stage as soon as it is made, on a port of its own; this thread takes them
 * in (receiveMessageOnPort reads without waiting) and makes the rest of their records, and
 * claims chunks of its own when there is no such rest to make. So each thread mostly runs one
 * half of the code, and warms up (JIT-compiles) that half only, while the queue still shares
 * the work out (page-queue.ts).
 */
async function computePages(paths: string[], wanted: number | undefined, started: StartedPageWorker | undefined, done: (chunk: ChunkResult, newRecords: PageRecord[]) => void): Promise<void> {
  if (paths.length === 0) {
    releaseWaitingWorkers();
    endUnneeded(started);
    return;
  }
  // Never more threads than chunks: a thread without a chunk to claim only costs its start. A
  // worker already running (started early, or kept from the last reading) costs no start.
  const ready = (started ? 1 : 0) + parked.length;
  const worth = Math.max(Math.ceil(paths.length / WORKER_MIN_PAGES), Math.min(ready + 1, 2));
  const threads = Math.min(wanted ?? Math.min(os.availableParallelism(), worth), chunkCount(paths.length));
  // Copies of one page in different versions end with the same folders and name: ordered by
  // their path read backwards, they land in the same chunk, where the thread computes them once.
  const order = paths.map((_, index) => index);
  const backwards = paths.map((file) => file.split(/[\\/]/).reverse().join('/'));
  order.sort((a, b) => (backwards[a] < backwards[b] ? -1 : backwards[a] > backwards[b] ? 1 : 0));
  const queue = pageQueue(order.map((index) => paths[index]));
  if (threads - 1 > ready) await workersEnded(); // a worker of its own to start (threads.ts)
  const workers = Array.from({ length: Math.max(threads - 1, 0) }, (_, i) => runWorker(queue, i === 0 ? started : undefined));
  if (workers.length === 0) endUnneeded(started);
  releaseWaitingWorkers(); // one started early and not taken: too few pages for it
  trace(`claiming pages from a queue of ${queue.paths.length}`);

  const chunks = queue.starts.length - 1;
  let completed = 0;
  const complete = (read: ChunkPages, json: string) => {
    done({ indexes: read.indexes.map((position) => order[position]), sizes: read.sizes, mtimes: read.mtimes, hashes: read.hashes, newHashes: read.newHashes, json }, recordsOfJson(json));
    completed++;
  };
  // First stages the workers sent, waiting for the rest of their records; `open`: those whose rest may be this thread's.
  const sent = new Map<number, ChunkRead>();
  const open: number[] = [];
  const takeIn = (port: MessagePort) => {
    for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
      const posted = message.message as ChunkRead | ChunkRest;
      if ('extract' in posted && posted.rest === undefined) {
        sent.set(posted.chunk, posted);
        open.push(posted.chunk);
        continue;
      }
      const read = 'extract' in posted ? posted : sent.get(posted.chunk)!;
      sent.delete(posted.chunk);
      complete(read, wholeJson(read.extract, posted.rest!));
    }
  };
  const seen = new Set<string>();
  let computed = 0;
  let rests = 0;
  // A worker that loads the config posts the settings while this thread reads, and for most
  // sites Docusaurus's verdict on the config after its pages (site-config.ts). This thread lets
  // them in every SETTINGS_POLL_MS, to judge the sidebars as soon as the settings come, not after
  // the last page, when that would run alone on one core. Otherwise it yields only when it waits.
  let settingsIn = started === undefined || workers.length === 0;
  void started?.settingsRead.then(() => (settingsIn = true), () => (settingsIn = true));
  let lastYield = performance.now();
  while (completed < chunks) {
    const posted = postedCount(queue);
    for (const { port } of workers) takeIn(port);
    if (!settingsIn && performance.now() - lastYield > SETTINGS_POLL_MS) {
      await new Promise(setImmediate);
      lastYield = performance.now();
    }
    const next = nextOpen(queue, open);
    if (next !== undefined) {
      const read = sent.get(next)!;
      sent.delete(next);
      complete(read, wholeJson(read.extract, read.texts!.map(restJsonOf)));
      rests++;
      continue;
    }
    const chunk = claimChunk(queue);
    if (chunk !== undefined) {
      const { read, texts, extracts } = readChunk(queue, chunk, seen);
      claimRest(queue, chunk);
      complete(read, JSON.stringify(extracts.map((part, i) => wholeRecord(part, restPartOf(texts[i])))));
      computed += read.indexes.length;
      continue;
    }
    // Every chunk is claimed, and the workers are still at theirs.
    if (completed < chunks) await Promise.race([whenPosted(queue, posted), ...workers.map(({ failed }) => failed)]);
  }
  trace(`computed ${computed} pages, ${seen.size} distinct texts, and the rest of ${rests} chunks the workers read`);
  // Every record is in. A worker still busy (asking Docusaurus's validators, or not yet at the queue) has
  // claimed nothing left to wait for: waiting would only hold this thread. A worker's failure
  // after the last record costs the check nothing.
  for (const { finished } of workers) finished.catch(() => {});
  // Keep the workers for the next reading (the partials), unreferenced, so that what a config
  // loaded in one may have started (a timer, a server) does not keep the process alive.
  for (const { port, worker } of workers) {
    port.close();
    if (worker === started?.worker) endUnneeded(started);
    else park(worker);
  }
}

/** The first of `open` whose rest this thread claims (the others' belong to the workers that read them). */
function nextOpen(queue: PageQueue, open: number[]): number | undefined {
  for (let chunk = open.shift(); chunk !== undefined; chunk = open.shift()) if (claimRest(queue, chunk)) return chunk;
  return undefined;
}

/**
 * Records as the check keeps them: parsed from their JSON, whichever thread made them. A string
 * the extractor took from a page (a link, a title) is often a slice of the page's text, which
 * keeps the whole text alive as long as the record: 28 MB of the bench's pages, kept and copied
 * by the collector to the end of the run (BENCHMARKS.md, fifty-first round).
 */
const recordsOfJson = (json: string): PageRecord[] => recordsFromJson(JSON.parse(json) as PageRecord[]);

/** A record from its two parts, written out: spreading them cost a quarter more than parsing the JSON. */
const wholeRecord = ({ extract }: ExtractPart, { frontMatter, imports, mdx }: RestPart): PageRecord => ({ extract, frontMatter, imports, mdx });

/** The records' JSON from their two parts' (each part's JSON is an object with keys: `{…}` joined as `{…,…}`). */
const wholeJson = (extract: string[], rest: string[]): string =>
  `[${extract.map((json, i) => `${json.slice(0, -1)},${rest[i].slice(1)}`).join(',')}]`;

/** `finished`: it posted everything (or ended); `failed`: rejects as `finished` does, and never resolves. */
function runWorker(queue: PageQueue, started?: StartedPageWorker): { worker: Worker; port: MessagePort; finished: Promise<void>; failed: Promise<never> } {
  const { port1, port2 } = new MessageChannel();
  const input: PageWorkerInput = { queue, port: port2 };
  const running = started?.worker ?? parked.shift();
  const worker = running ?? startWorker('page-records', input, [port2]);
  if (running) {
    running.ref();
    running.postMessage(input, [port2]);
  }
  const finished = new Promise<void>((resolve, reject) => {
    // This reading's listeners only: a worker kept for the next gets that reading's own.
    const onMessage = (message: unknown) => {
      if (message === 'done') end(resolve); // else the settings it loaded first
    };
    const onExit = (code: number) => end(() => (code === 0 ? resolve() : reject(new Error(`page worker exited with code ${code}`))));
    const end = (settle: () => void) => {
      worker.off('message', onMessage).off('error', reject).off('exit', onExit);
      settle();
    };
    worker.on('message', onMessage).once('error', reject).once('exit', onExit);
  });
  const failed = finished.then(() => new Promise<never>(() => {}));
  // A failure ends the main thread's wait through `failed`, or shows when it awaits `finished`.
  failed.catch(() => {});
  return { worker, port: port1, finished, failed };
}
