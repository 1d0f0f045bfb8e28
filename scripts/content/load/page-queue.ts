/**
 * The queue of page files the threads of a check share, in shared memory. A page's record is
 * made in two parts (extract/page-record.ts): reading the file and extracting its links and
 * headings, then the rest (front matter, imports, MDX facts) from the text. Any thread claims
 * the next chunk of files for the first stage; the rest of each chunk is claimed apart, by the
 * first thread to ask for it. So a worker can keep to the first stage while the main thread
 * makes the rest of the chunks the worker sends, and each thread warms up (JIT-compiles) about
 * half the code instead of all of it.
 */

/** Pages a thread claims at a time: small enough to even out the threads' shares. */
export const CHUNK_PAGES = 64;
/**
 * Near the end of the queue chunks shrink to an eighth of what is left (down to MIN_CHUNK_PAGES):
 * the thread that finishes first waits for the other's last chunk, and a real page's chunk
 * (MDX parsed, nested lists) takes tens of milliseconds.
 */
const MIN_CHUNK_PAGES = 8;
const TAIL_SHARE = 8;

export interface PageQueue {
  paths: string[];
  /** Where each chunk starts in `paths`, and (last) where the last one ends (chunkStarts). */
  starts: number[];
  /** Int32 cells: the next chunk to claim, the count of messages the workers posted, then one per chunk for the rest of its records. */
  claims: SharedArrayBuffer;
}

const NEXT_CHUNK = 0;
const POSTED = 1;
const RESTS = 2;

export function pageQueue(paths: string[]): PageQueue {
  const starts = chunkStarts(paths.length);
  return { paths, starts, claims: new SharedArrayBuffer(4 * (RESTS + starts.length - 1)) };
}

/** The chunks' starts for a queue of `pages`, and its end: full chunks, then shrinking ones. */
export function chunkStarts(pages: number): number[] {
  const starts = [0];
  for (let start = 0; start < pages; ) {
    start += Math.min(CHUNK_PAGES, Math.max(MIN_CHUNK_PAGES, Math.ceil((pages - start) / TAIL_SHARE)), pages - start);
    starts.push(start);
  }
  return starts;
}

export const chunkCount = (pages: number): number => chunkStarts(pages).length - 1;

/** The positions in the queue of a chunk's pages. */
export function chunkPositions(queue: PageQueue, chunk: number): number[] {
  const start = queue.starts[chunk];
  return Array.from({ length: queue.starts[chunk + 1] - start }, (_, i) => start + i);
}

const cells = (queue: PageQueue) => new Int32Array(queue.claims);

/** The next chunk for this thread's first stage; undefined when every chunk is claimed. */
export function claimChunk(queue: PageQueue): number | undefined {
  const chunk = Atomics.add(cells(queue), NEXT_CHUNK, 1);
  return chunk < queue.starts.length - 1 ? chunk : undefined;
}

/** Whether this thread makes the rest of the chunk's records (true once, for the first thread to ask). */
export const claimRest = (queue: PageQueue, chunk: number): boolean =>
  Atomics.compareExchange(cells(queue), RESTS + chunk, 0, 1) === 0;

/** In a worker, after each postMessage: the main thread may be waiting for it. */
export function notePosted(queue: PageQueue): void {
  Atomics.add(cells(queue), POSTED, 1);
  Atomics.notify(cells(queue), POSTED);
}

export const postedCount = (queue: PageQueue): number => Atomics.load(cells(queue), POSTED);

/** Resolves once a worker posts after `seen` messages (at once if one already did). */
export function whenPosted(queue: PageQueue, seen: number): Promise<unknown> {
  const wait = (Atomics as unknown as AtomicsWithWaitAsync).waitAsync(cells(queue), POSTED, seen);
  return wait.async ? wait.value : Promise.resolve();
}

/** In Node since 16; TypeScript's lib has it from es2024 on. */
interface AtomicsWithWaitAsync {
  waitAsync(cells: Int32Array, index: number, value: number): { async: false; value: string } | { async: true; value: Promise<string> };
}
