/**
 * What the check knows of each page file: its front matter and its links and headings.
 * Records come from the check cache when the file is unchanged; the rest are computed, on worker
 * threads when there are many, with the fast extractor where it answers and the reference
 * (micromark) where it does not.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FrontMatter, PageExtract } from './model.ts';
import { extractFast } from './extract-fast.ts';
import { parseFrontMatter } from './front-matter.ts';
import { contentHash, type CheckCache } from './check-cache.ts';
import { PROJECT_ROOT } from '../project.ts';

export interface PageRecord {
  frontMatter: FrontMatter;
  extract: PageExtract;
}

/** Below these, starting worker threads costs more than it saves. */
const WORKER_MIN_PAGES = 400;
const WORKER_MIN_BYTES = 8_000_000;

export function recordOf(content: string): PageRecord {
  return { frontMatter: parseFrontMatter(content), extract: extractFast(content) ?? loadReference()(content) };
}

// The remark stack is most of the start-up time: load it only when a page needs it.
let reference: ((content: string) => PageExtract) | undefined;
function loadReference(): (content: string) => PageExtract {
  reference ??= (require('./extract-reference.ts') as typeof import('./extract-reference.ts')).extractReference;
  return reference;
}

/** A page computed from its file: the hash of what was read, and the record. */
export interface ComputedPage {
  hash: string;
  record: PageRecord;
}

/** Read, hash and compute one page file. */
export function computePage(absolutePath: string): ComputedPage {
  const content = fs.readFileSync(absolutePath, 'utf8');
  return { hash: contentHash(content), record: recordOf(content) };
}

/** Records for `files` (relative to `siteDir`), in order, using and refreshing `cache`. */
export async function readPageRecords(siteDir: string, files: string[], cache: CheckCache): Promise<PageRecord[]> {
  const hashes: string[] = new Array(files.length);
  const stats = files.map((file) => fs.statSync(path.join(siteDir, file)));
  const unknown: number[] = [];
  files.forEach((file, index) => {
    // Unchanged size and modification time: trust the hash recorded last time, skip the read.
    const known = cache.fileHash(file, stats[index].size, stats[index].mtimeMs);
    if (known && cache.record(known)) hashes[index] = known;
    else unknown.push(index);
  });
  const computed = await computePages(unknown.map((index) => path.join(siteDir, files[index])), unknown.reduce((total, index) => total + stats[index].size, 0));
  unknown.forEach((index, position) => {
    const { hash, record } = computed[position];
    hashes[index] = hash;
    cache.setFile(files[index], stats[index].size, stats[index].mtimeMs, hash);
    if (!cache.record(hash)) cache.setRecord(hash, record);
  });
  cache.keepOnly(files, hashes);
  return hashes.map((hash) => cache.record(hash)!);
}

/**
 * Many pages: split them over the cores, this thread taking one share while worker threads take
 * the others. Workers read their files themselves and answer with one JSON string, which costs
 * far less to pass between threads than cloning objects.
 */
async function computePages(paths: string[], bytes: number): Promise<ComputedPage[]> {
  const threads = Math.min(os.availableParallelism(), Math.ceil(paths.length / WORKER_MIN_PAGES), Math.ceil(bytes / WORKER_MIN_BYTES));
  if (threads <= 1) return paths.map(computePage);
  const shares = Array.from({ length: threads }, (_, thread) => paths.filter((_, index) => index % threads === thread));
  const workers = shares.slice(1).map(runWorker);
  const results = [shares[0].map(computePage), ...(await Promise.all(workers))];
  return paths.map((_, index) => results[index % threads][Math.floor(index / threads)]);
}

function runWorker(paths: string[]): Promise<ComputedPage[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(PROJECT_ROOT, 'scripts', 'content', 'page-records-worker.cjs'), { workerData: paths });
    worker.once('message', (json: string) => resolve(JSON.parse(json)));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`page worker exited with code ${code}`)));
  });
}
