/**
 * The check's cache, under node_modules/.cache/faq-check/, four files per site:
 * - an index: the site settings keyed by a fingerprint of the config, and the last report keyed
 *   by a fingerprint of every input (nothing changed: nothing to do), on its first line; then
 *   per file its size, modification time and content hash (unchanged files are not even read;
 *   a file whose time was too close to the run that read it is kept unconfirmed, with the hash
 *   of the bytes read, and is hashed again before it is trusted: load/racy-files.cjs);
 * - the records: per content hash, the page's front matter and extract, read only when some
 *   page changed, and written again whole when some are new (a delta file for new records alone
 *   bought nothing measurable: BENCHMARKS.md) or many are no longer used;
 * - the links rule's state (check/link-reuse.ts), read only when some page changed;
 * - the site's outline (check/site-outline.ts): what each page shows the others, read when a
 *   few pages changed, to check only those.
 * Records are only used when the code that made them is today's code (record-producer.ts).
 * A missing, stale or unreadable cache only makes the check slower, never wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PageRecord } from '../model/site.ts';
import { PROJECT_ROOT } from '../../project.ts';
import { writeFiles, type FileWrite } from './write-files.ts';
import { recordProducerKey } from './record-producer.ts';
import { recordsFromJson } from '../model/front-matter.ts';
import { checkCacheBase, checkCacheDir } from './check-cache-place.cjs';
import { contentHash } from './content-hash.ts';
import { isRacy } from './racy-files.cjs';

const CACHE_DIR = checkCacheDir(PROJECT_ROOT);


/** The index's first line: the settings and the last report, each under the key it was made for. */
interface IndexHead {
  settings?: { key: string; value: unknown };
  result?: { key: string; value: unknown };
  /** Files whose size and time cannot be trusted yet (load/racy-files.cjs): those, and the hash of the bytes read. */
  unconfirmed?: Record<string, FileEntry>;
}

/** The index's second line: per file its size, time and content hash. */
type FileEntry = [size: number, mtimeMs: number, hash: string];
type FileTable = Record<string, FileEntry>;

interface StoredIndex {
  head: IndexHead;
  files: () => FileTable;
}

/**
 * The index, its file table parsed when first asked for: a run with nothing changed reads only
 * the first line (the file table is most of the index: 1 MB for 10,000 pages). The index holds
 * facts about files and entries keyed by fingerprints of their inputs and of the check's code:
 * it can be stale only in its shape.
 */
function readIndex(file: string): StoredIndex {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    text = '';
  }
  // JSON text holds no line break of its own: the first one ends the head.
  const lineEnd = text.indexOf('\n');
  const head = parsedObject<IndexHead>(lineEnd === -1 ? '' : text.slice(0, lineEnd)) ?? {};
  let files: FileTable | undefined;
  return { head, files: () => (files ??= parsedObject<FileTable>(lineEnd === -1 ? '' : text.slice(lineEnd + 1)) ?? {}) };
}

/** An index of nothing yet (a run without the cache keeps its facts in memory all the same). */
function emptyIndex(): StoredIndex {
  const files: FileTable = {};
  return { head: {}, files: () => files };
}

function parsedObject<T extends object>(json: string): T | undefined {
  try {
    const value = JSON.parse(json) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as T : undefined;
  } catch {
    return undefined;
  }
}

/** A records file: content hashes and their records, in the same order. */
interface RecordsData {
  /** The code that made these records (record-producer.ts): records of other code are stale. */
  producer: string;
  hashes: string[];
  records: PageRecord[];
}

/** Records added in one go; `json` is their array as JSON text when the caller has it already. */
interface RecordBatch {
  hashes: string[];
  records: PageRecord[];
  json?: string;
}

export interface CheckCache {
  /** When this run began, before it read any file: what a file's time is judged against (load/racy-files.cjs). */
  readonly startedAt: number;
  /** The hash recorded for a file of this size and time; never one of an unconfirmed file. */
  fileHash(file: string, size: number, mtimeMs: number): string | undefined;
  /**
   * For an unconfirmed file: the hash recorded for it, if its bytes still have it (the file is
   * then recorded again with its size and time now); otherwise undefined.
   */
  confirmedHash(file: string, absolutePath: string): string | undefined;
  /**
   * Whether no unconfirmed file changed unseen: each one with the size and time recorded still
   * holds the bytes recorded. (One with another size or time changed as any file does.) A stored
   * report is reused, and an edit checked alone, only then.
   */
  unconfirmedHold(siteDir: string): boolean;
  /**
   * A file the stored report rests on by its size and time alone (a category file, a sidebar):
   * one whose time is too close to this run is kept unconfirmed, with its bytes' hash now,
   * before the check reads it. One an earlier run left unconfirmed is left to unconfirmedHold.
   */
  noteStat(file: string, absolutePath: string, mtimeMs: number): void;
  /**
   * Before a whole check, which reads every file afresh: the files an earlier run left
   * unconfirmed that are not in the file table are noted again as they are now (a page in it
   * is hashed again when it is read).
   */
  renewDoubted(siteDir: string): void;
  /** What was last recorded for a file, whatever its size and time are now. */
  recorded(file: string): Readonly<[size: number, mtimeMs: number, hash: string]> | undefined;
  setFile(file: string, size: number, mtimeMs: number, hash: string): void;
  record(hash: string): PageRecord | undefined;
  /** Add records; pass their JSON text (`[…]`) when you have it, to spare serialising them again. */
  addRecords(hashes: string[], records: PageRecord[], json?: string): void;
  settings(key: string): unknown;
  setSettings(key: string, value: unknown): void;
  result(key: string): unknown;
  setResult(key: string, value: unknown): void;
  /** The last report stored, whatever its key. */
  lastResult(): { key: string; value: unknown } | undefined;
  /** The outline last stored (check/site-outline.ts), as text. */
  outline(): string | undefined;
  /** Store an outline, as JSON text: it is written on save. */
  setOutline(json: string): void;
  /** What the last full or partial run of the links rule leaves for the next (check/link-reuse.ts). */
  linkState(): unknown;
  setLinkState(value: unknown): void;
  /** Forget files and records the site no longer has, so the cache does not grow forever. */
  keepOnly(files: string[], hashes: string[]): void;
  /** Write what changed. */
  save(): void;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}


/** What precedes the records array in a records file (the producer and hashes come first). */
const RECORDS_KEY = ',"records":';

/** A records file's text, in parts, from batches, reusing each batch's JSON when it is whole. */
function recordsText(batches: RecordBatch[]): string[] {
  const hashes = batches.flatMap((batch) => batch.hashes);
  const records = batches
    .filter((batch) => batch.hashes.length > 0)
    .map((batch, i) => `${i === 0 ? '' : ','}${(batch.json ?? JSON.stringify(batch.records)).slice(1, -1)}`);
  return [`{"producer":${JSON.stringify(recordProducerKey())},"hashes":${JSON.stringify(hashes)}${RECORDS_KEY}[`, ...records, ']}'];
}

/** The batch with only the records that `keep` accepts; its JSON text survives when it keeps all. */
function filterBatch(batch: RecordBatch, keep: (hash: string) => boolean): RecordBatch {
  const kept = batch.hashes.map(keep);
  if (kept.every(Boolean)) return batch;
  return { hashes: batch.hashes.filter((_, i) => kept[i]), records: batch.records.filter((_, i) => kept[i]) };
}

/** Where a site's cache files start: one set per site folder (check-cache-place.cjs, shared with scripts/run.cjs). */
const cacheBase = (siteDir: string) => checkCacheBase(PROJECT_ROOT, siteDir);

/** The files of a site's cache (for tests and for looking at them). */
export function checkCacheFiles(siteDir: string): { index: string; records: string; links: string; outline: string } {
  const base = cacheBase(siteDir);
  return { index: `${base}.index.json`, records: `${base}.records.json`, links: `${base}.links.json`, outline: `${base}.outline.json` };
}

/** Forget a site's cache: its next check runs cold. */
export function clearCheckCache(siteDir: string): void {
  const base = path.basename(cacheBase(siteDir));
  for (const name of fs.existsSync(CACHE_DIR) ? fs.readdirSync(CACHE_DIR) : []) {
    if (name.startsWith(`${base}.`)) fs.rmSync(path.join(CACHE_DIR, name), { force: true });
  }
}

/** `startedAt`: when this run began, before it read any file (ms since the epoch). */
export function openCheckCache(siteDir: string, enabled: boolean, startedAt = Date.now()): CheckCache {
  const { index: indexFile, records: recordsFile, links: linksFile, outline: outlineFile } = checkCacheFiles(siteDir);
  const index = enabled ? readIndex(indexFile) : emptyIndex();
  const unconfirmed = new Map(Object.entries(index.head.unconfirmed ?? {}).filter(([, entry]) => Array.isArray(entry) && entry.length === 3));
  // Those an earlier run left unconfirmed, until this run reads or hashes them again: a file
  // read in this run is trusted for the rest of it, however close its time.
  const doubted = new Set(unconfirmed.keys());
  const readRecords = (file: string): RecordBatch => {
    if (!enabled) return { hashes: [], records: [] };
    let text: string;
    let data: RecordsData;
    try {
      text = fs.readFileSync(file, 'utf8');
      data = JSON.parse(text) as RecordsData;
    } catch {
      return { hashes: [], records: [] };
    }
    const valid = data?.producer === recordProducerKey() && Array.isArray(data.hashes) && data.hashes.length === data.records?.length;
    if (valid) recordsFromJson(data.records);
    // The records' own text, as recordsText wrote it last (`…,"records":[…]}`): a save that keeps
    // them all writes it again as it is instead of serialising every record anew.
    const start = text.indexOf(RECORDS_KEY);
    const json = start >= 0 && text.endsWith(']}') ? text.slice(start + RECORDS_KEY.length, -1) : undefined;
    return valid ? { hashes: data.hashes, records: data.records, json } : { hashes: [], records: [] };
  };
  // The files on disk are read only when a record is first asked for: a run with nothing
  // changed needs none.
  let stored: { batch: RecordBatch; byHash: Map<string, PageRecord> } | undefined;
  const records = () => {
    if (!stored) {
      const batch = readRecords(recordsFile);
      stored = { batch, byHash: new Map(batch.hashes.map((hash, i) => [hash, batch.records[i]])) };
    }
    return stored;
  };
  const fresh: RecordBatch[] = [];
  let live: Set<string> | undefined;
  let indexDirty = false;
  let linkState: { value: unknown; dirty: boolean } | undefined;
  let outlineJson: string | undefined;
  const setFile = (name: string, size: number, mtimeMs: number, hash: string) => {
    index.files()[name] = [size, mtimeMs, hash];
    doubted.delete(name);
    if (isRacy(mtimeMs, startedAt)) unconfirmed.set(name, [size, mtimeMs, hash]);
    else unconfirmed.delete(name);
    indexDirty = true;
  };
  /** A file as hashed now: unconfirmed if its time is too close to this run, else no longer. */
  const noteHashed = (name: string, now: ReturnType<typeof hashedFile>) => {
    if (now && isRacy(now.mtimeMs, startedAt)) unconfirmed.set(name, [now.size, now.mtimeMs, now.hash]);
    else unconfirmed.delete(name);
  };
  return {
    startedAt,
    fileHash: (name, size, mtimeMs) => {
      const entry = index.files()[name];
      return entry && entry[0] === size && entry[1] === mtimeMs && !doubted.has(name) ? entry[2] : undefined;
    },
    confirmedHash: (name, absolutePath) => {
      const entry = doubted.has(name) ? unconfirmed.get(name) : undefined;
      const now = entry && hashedFile(absolutePath);
      if (!now || now.hash !== entry![2]) return undefined;
      setFile(name, now.size, now.mtimeMs, now.hash); // confirmed, once its time is far enough from this run's start
      return now.hash;
    },
    unconfirmedHold: (dir) => [...doubted].every((name) => {
      const [size, mtimeMs, hash] = unconfirmed.get(name)!;
      const now = hashedFile(path.join(dir, name));
      if (!now || now.size !== size || now.mtimeMs !== mtimeMs) return true; // gone or changed: seen as any change is
      if (now.hash !== hash) return false;
      // Hashed again, as it was recorded: trusted in this run, and confirmed once its time is far
      // enough from this run's start (without touching the file table: a reused report never parses it).
      doubted.delete(name);
      if (!isRacy(now.mtimeMs, startedAt)) (unconfirmed.delete(name), (indexDirty = true));
      return true;
    }),
    noteStat: (name, absolutePath, mtimeMs) => {
      if (doubted.has(name)) return;
      noteHashed(name, isRacy(mtimeMs, startedAt) ? hashedFile(absolutePath) : undefined);
    },
    renewDoubted: (dir) => {
      const table = index.files();
      for (const name of doubted) {
        if (name in table) continue;
        doubted.delete(name);
        noteHashed(name, hashedFile(path.join(dir, name)));
        indexDirty = true;
      }
    },
    recorded: (name) => index.files()[name],
    setFile,
    record: (hash) => records().byHash.get(hash),
    addRecords: (hashes, added, json) => {
      const { byHash } = records();
      hashes.forEach((hash, i) => byHash.set(hash, added[i]));
      fresh.push({ hashes, records: added, json });
    },
    settings: (key) => (index.head.settings?.key === key ? index.head.settings.value : undefined),
    setSettings: (key, value) => {
      index.head.settings = { key, value };
      indexDirty = true;
    },
    result: (key) => (index.head.result?.key === key ? index.head.result.value : undefined),
    setResult: (key, value) => {
      index.head.result = { key, value };
      indexDirty = true;
    },
    lastResult: () => index.head.result,
    outline: () => {
      try {
        return enabled ? fs.readFileSync(outlineFile, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
    setOutline: (json) => {
      outlineJson = json;
    },
    linkState: () => (linkState ??= { value: enabled ? readJson<unknown>(linksFile) : undefined, dirty: false }).value,
    setLinkState: (value) => {
      linkState = { value, dirty: true };
    },
    keepOnly: (files, hashes) => {
      const fileSet = new Set(files);
      const known = index.files();
      for (const name of Object.keys(known)) if (!fileSet.has(name)) (delete known[name], unconfirmed.delete(name), doubted.delete(name), (indexDirty = true));
      live = new Set(hashes);
    },
    save: () => {
      if (!enabled) return;
      const writes: FileWrite[] = [];
      const text = (file: string, parts: string[]) => writes.push({ file, parts });
      if (stored && (fresh.length > 0 || live)) {
        const count = stored.batch.hashes.length;
        const garbage = live ? stored.batch.hashes.filter((hash) => !live!.has(hash)).length : 0;
        const collect = garbage > 50 + count * 0.25;
        if (fresh.length > 0 || collect) {
          // Everything still in use, in one records file. A few records no longer used stay until
          // there are many: dropping one would mean serialising all the others again.
          const written = new Set<string>();
          const keep = (hash: string) => (!collect || !live || live.has(hash)) && !written.has(hash) && Boolean(written.add(hash));
          const merged = [stored.batch, ...fresh].map((batch) => filterBatch(batch, keep));
          const parts = recordsText(merged);
          text(recordsFile, parts);
          // Its records' JSON is kept, so that a later save in this process (the dev server's
          // check) does not serialise them again.
          const json = `[${parts.slice(1, -1).join('')}]`;
          stored = { ...stored, batch: { hashes: merged.flatMap((b) => b.hashes), records: merged.flatMap((b) => b.records), json } };
        }
        fresh.length = 0;
        indexDirty = true;
      }
      if (unconfirmed.size > 0) index.head.unconfirmed = Object.fromEntries(unconfirmed);
      else delete index.head.unconfirmed;
      if (indexDirty) text(indexFile, [JSON.stringify(index.head), '\n', JSON.stringify(index.files())]);
      indexDirty = false;
      if (linkState?.dirty) text(linksFile, [JSON.stringify(linkState.value)]);
      if (linkState) linkState.dirty = false;
      if (outlineJson !== undefined) text(outlineFile, [outlineJson]);
      outlineJson = undefined;
      writeFiles(writes);
    },
  };
}

/** A file's size and time, from the open file, and the hash of its bytes (as load/page-records.ts hashes pages); undefined when it cannot be read. */
function hashedFile(absolutePath: string): { size: number; mtimeMs: number; hash: string } | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(absolutePath, 'r');
    const { size, mtimeMs } = fs.fstatSync(fd);
    return { size, mtimeMs, hash: contentHash(fs.readFileSync(fd)) };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
