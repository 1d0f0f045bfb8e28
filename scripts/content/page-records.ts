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

/** Records for `files` (relative to `siteDir`), in order, using and refreshing `cache`. */
export async function readPageRecords(siteDir: string, files: string[], cache: CheckCache): Promise<PageRecord[]> {
  const hashes: string[] = new Array(files.length);
  const missing: Array<{ index: number; content: string }> = [];
  files.forEach((file, index) => {
    const absolute = path.join(siteDir, file);
    const stat = fs.statSync(absolute);
    // Unchanged size and modification time: trust the hash recorded last time, skip the read.
    const known = cache.fileHash(file, stat.size, stat.mtimeMs);
    if (known && cache.record(known)) {
      hashes[index] = known;
      return;
    }
    const content = fs.readFileSync(absolute, 'utf8');
    const hash = contentHash(content);
    cache.setFile(file, stat.size, stat.mtimeMs, hash);
    hashes[index] = hash;
    if (!cache.record(hash)) missing.push({ index, content });
  });
  const computed = await computeRecords(missing.map(({ content }) => content));
  missing.forEach(({ index }, position) => cache.setRecord(hashes[index], computed[position]));
  cache.keepOnly(files, hashes);
  return hashes.map((hash) => cache.record(hash)!);
}

async function computeRecords(contents: string[]): Promise<PageRecord[]> {
  const bytes = contents.reduce((total, content) => total + content.length, 0);
  const threads = Math.min(os.availableParallelism(), Math.ceil(contents.length / WORKER_MIN_PAGES), Math.ceil(bytes / WORKER_MIN_BYTES));
  if (threads <= 1) return contents.map(recordOf);
  const chunks = Array.from({ length: threads }, (_, thread) => contents.filter((_, index) => index % threads === thread));
  const results = await Promise.all(chunks.map(runWorker));
  return contents.map((_, index) => results[index % threads][Math.floor(index / threads)]);
}

function runWorker(contents: string[]): Promise<PageRecord[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'page-records-worker.cjs'), { workerData: contents });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`page worker exited with code ${code}`)));
  });
}
