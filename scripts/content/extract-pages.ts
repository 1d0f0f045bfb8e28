/**
 * Extract every page's links and headings: from a content-hash cache when the page is unchanged,
 * otherwise with the reference extractor, spread over worker threads when there are many pages.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { PageExtract } from './model.ts';
import { extractReference } from './extract-reference.ts';

export interface ExtractOptions {
  /** Use the parse cache under node_modules/.cache/faq-check (default true). */
  cache?: boolean;
  /** Where the cache lives; one file per site folder. */
  cacheKey?: string;
}

/** Bump when the extractor's output changes, so old cache entries are never read. */
const EXTRACTOR_VERSION = 1;
/** Below this many uncached pages, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 400;
const CACHE_DIR = path.resolve(__dirname, '..', '..', 'node_modules', '.cache', 'faq-check');

const hashOf = (content: string) => crypto.createHash('sha1').update(content).digest('base64');

export async function extractPages(contents: string[], options: ExtractOptions = {}): Promise<PageExtract[]> {
  const useCache = options.cache !== false;
  const cacheFile = path.join(CACHE_DIR, `v${EXTRACTOR_VERSION}-${hashOf(options.cacheKey ?? 'default').replace(/[/+=]/g, '_')}.bin`);
  const cached = useCache ? readCache(cacheFile) : new Map<string, PageExtract>();
  const hashes = contents.map(hashOf);
  const missing = [...new Set(hashes.filter((hash) => !cached.has(hash)))];
  if (missing.length > 0) {
    const byHash = new Map(hashes.map((hash, index) => [hash, contents[index]]));
    const fresh = await extractMany(missing.map((hash) => byHash.get(hash)!));
    missing.forEach((hash, index) => cached.set(hash, fresh[index]));
  }
  const extracts = hashes.map((hash) => cached.get(hash)!);
  if (useCache && (missing.length > 0 || cached.size !== new Set(hashes).size)) {
    // Keep only what this site still has, so the cache does not grow forever.
    writeCache(cacheFile, new Map(hashes.map((hash, index) => [hash, extracts[index]])));
  }
  return extracts;
}

async function extractMany(contents: string[]): Promise<PageExtract[]> {
  const threads = Math.min(os.availableParallelism(), Math.ceil(contents.length / WORKER_THRESHOLD));
  if (threads <= 1) return contents.map(extractReference);
  const chunks = Array.from({ length: threads }, (_, thread) => contents.filter((_, index) => index % threads === thread));
  const results = await Promise.all(chunks.map(runWorker));
  return contents.map((_, index) => results[index % threads][Math.floor(index / threads)]);
}

function runWorker(contents: string[]): Promise<PageExtract[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'extract-worker.cjs'), { workerData: contents });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`extract worker exited with code ${code}`)));
  });
}

function readCache(file: string): Map<string, PageExtract> {
  try {
    return v8.deserialize(fs.readFileSync(file)) as Map<string, PageExtract>;
  } catch {
    return new Map(); // missing or unreadable: start over
  }
}

function writeCache(file: string, entries: Map<string, PageExtract>): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}`;
    fs.writeFileSync(temp, v8.serialize(entries));
    fs.renameSync(temp, file);
  } catch {
    // A read-only tree just means no cache.
  }
}
