/**
 * What the check knows of each page file: its front matter and its links and headings.
 * Records come from the check cache when the file is unchanged; the rest are computed, on worker
 * threads too when there are many, with the fast extractor where it answers and the reference
 * (micromark) where it does not.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { FrontMatter, PageExtract } from './model.ts';
import { extractFast } from './extract-fast.ts';
import { parseFrontMatter } from './front-matter.ts';
import { contentHash, type CheckCache } from './check-cache.ts';
import { startWorker } from './threads.ts';
import { trace } from './trace.ts';

export interface PageRecord {
  frontMatter: FrontMatter;
  extract: PageExtract;
}

/** Below these, starting worker threads costs more than it saves. */
const WORKER_MIN_PAGES = 400;
const WORKER_MIN_BYTES = 8_000_000;
/** Pages a thread claims at a time: small enough to even out the threads' shares. */
const CHUNK_PAGES = 64;

export function recordOf(content: string): PageRecord {
  return { frontMatter: parseFrontMatter(content), extract: extractFast(content) ?? loadReference()(content) };
}

// The remark stack is most of the start-up time: load it only when a page needs it.
let reference: ((content: string) => PageExtract) | undefined;
function loadReference(): (content: string) => PageExtract {
  reference ??= (require('./extract-reference.ts') as typeof import('./extract-reference.ts')).extractReference;
  return reference;
}

/**
 * Files to compute, shared by the threads: each claims the next chunk of `paths` by bumping the
 * counter in `claims` (shared memory), so a thread slowed by other work simply takes fewer chunks.
 */
export interface PageQueue {
  paths: string[];
  claims: SharedArrayBuffer;
}

/** What one thread computed: positions in the queue, content hashes, records. */
export interface ComputedPages {
  indexes: number[];
  hashes: string[];
  records: PageRecord[];
}

/** Claim chunks of the queue until none is left, and compute their pages (also run by workers). */
export function computeClaimedPages(queue: PageQueue): ComputedPages {
  trace(`claiming pages from a queue of ${queue.paths.length}`);
  const counter = new Int32Array(queue.claims);
  const done: ComputedPages = { indexes: [], hashes: [], records: [] };
  for (let chunk = Atomics.add(counter, 0, 1); chunk * CHUNK_PAGES < queue.paths.length; chunk = Atomics.add(counter, 0, 1)) {
    const end = Math.min((chunk + 1) * CHUNK_PAGES, queue.paths.length);
    for (let index = chunk * CHUNK_PAGES; index < end; index++) {
      const content = fs.readFileSync(queue.paths[index], 'utf8');
      done.indexes.push(index);
      done.hashes.push(contentHash(content));
      done.records.push(recordOf(content));
    }
  }
  trace(`computed ${done.indexes.length} pages`);
  return done;
}

/** A page file as the caller knows it: where it is, and its size and time for the cache. */
export interface PageFile {
  /** Relative to the site dir, with `/`: the cache's key. */
  file: string;
  absolutePath: string;
  size: number;
  mtimeMs: number;
}

/**
 * Records for `files`, in order: unchanged files from `cache`, the others computed (and added
 * to the cache). Starts its worker threads at once; await the result when the records are needed.
 */
export async function readPageRecords(files: PageFile[], cache: CheckCache): Promise<PageRecord[]> {
  const hashes: string[] = new Array(files.length);
  const unknown: PageFile[] = [];
  files.forEach((page, index) => {
    // Unchanged size and modification time: trust the hash recorded last time, skip the read.
    const known = cache.fileHash(page.file, page.size, page.mtimeMs);
    if (known && cache.record(known)) hashes[index] = known;
    else unknown.push(page);
  });
  const shares = await computePages(unknown);
  for (const share of shares) {
    cache.addRecords(share.hashes, share.records, share.json);
    share.indexes.forEach((position, i) => {
      const page = unknown[position];
      cache.setFile(page.file, page.size, page.mtimeMs, share.hashes[i]);
    });
  }
  files.forEach((page, index) => (hashes[index] ??= cache.fileHash(page.file, page.size, page.mtimeMs)!));
  return hashes.map((hash) => cache.record(hash)!);
}

type Share = ComputedPages & { json?: string };

/**
 * Many pages: worker threads and this thread all claim chunks from one queue. Workers read their
 * files themselves and answer with one JSON string (kept as it is for the cache file).
 */
async function computePages(pages: PageFile[]): Promise<Share[]> {
  const bytes = pages.reduce((total, page) => total + page.size, 0);
  const threads = Math.min(os.availableParallelism(), Math.ceil(pages.length / WORKER_MIN_PAGES), Math.ceil(bytes / WORKER_MIN_BYTES));
  const queue: PageQueue = { paths: pages.map((page) => page.absolutePath), claims: new SharedArrayBuffer(4) };
  const workers = Array.from({ length: Math.max(threads - 1, 0) }, () => runWorker(queue));
  // Workers start in the background; this thread claims chunks meanwhile.
  const own = computeClaimedPages(queue);
  return [own, ...(await Promise.all(workers))];
}

function runWorker(queue: PageQueue): Promise<Share> {
  return new Promise((resolve, reject) => {
    const worker = startWorker('page-records', queue);
    worker.once('message', (answer: Omit<Share, 'records'> & { records: string }) => {
      const records = JSON.parse(answer.records);
      trace(`received ${records.length} records from a worker`);
      resolve({ indexes: answer.indexes, hashes: answer.hashes, records, json: answer.records });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`page worker exited with code ${code}`)));
  });
}
