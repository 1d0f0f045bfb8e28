/**
 * The check's cache, under node_modules/.cache/faq-check/, two files per site:
 * - an index: per file its size, modification time and content hash (unchanged files are not
 *   even read), the site settings keyed by a fingerprint of the config, and the last report
 *   keyed by a fingerprint of every input (nothing changed: nothing to do);
 * - the records: per content hash, the page's front matter and extract, read only when some
 *   page changed. New records go to a small delta file, so editing one page does not rewrite
 *   the records of ten thousand; the two are merged when the delta or the garbage grows.
 * A missing, stale or unreadable cache only makes the check slower, never wrong.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PageRecord } from './page-records.ts';
import { PROJECT_ROOT } from '../project.ts';

/** Bump when a record's shape or an extractor's output changes. */
const CACHE_VERSION = 4;
const CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'faq-check');

export const contentHash = (content: string) => crypto.createHash('sha1').update(content).digest('base64');

interface IndexData {
  version: number;
  settings?: { key: string; value: unknown };
  result?: { key: string; value: unknown };
  files: Record<string, [size: number, mtimeMs: number, hash: string]>;
}

export interface CheckCache {
  fileHash(file: string, size: number, mtimeMs: number): string | undefined;
  setFile(file: string, size: number, mtimeMs: number, hash: string): void;
  record(hash: string): PageRecord | undefined;
  setRecord(hash: string, record: PageRecord): void;
  settings(key: string): unknown;
  setSettings(key: string, value: unknown): void;
  result(key: string): unknown;
  setResult(key: string, value: unknown): void;
  /** Forget files and records the site no longer has, so the cache does not grow forever. */
  keepOnly(files: string[], hashes: string[]): void;
  save(): void;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function writeJson(file: string, value: unknown): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}`;
    fs.writeFileSync(temp, JSON.stringify(value));
    fs.renameSync(temp, file); // readers never see a half-written cache
  } catch {
    // a read-only tree just means no cache
  }
}

export function openCheckCache(siteDir: string, enabled: boolean): CheckCache {
  const base = path.join(CACHE_DIR, contentHash(path.resolve(siteDir)).replace(/[/+=]/g, '_'));
  const indexFile = `${base}.index.json`;
  const recordsFile = `${base}.records.json`;
  const deltaFile = `${base}.records-delta.json`;
  const loadedIndex = enabled ? readJson<IndexData>(indexFile) : undefined;
  const usable = loadedIndex?.version === CACHE_VERSION;
  const index: IndexData = usable ? loadedIndex : { version: CACHE_VERSION, files: {} };
  type RecordFile = { version: number; records: Record<string, PageRecord> };
  const readRecords = (file: string) => (usable ? readJson<RecordFile>(file)?.records : undefined) ?? {};
  let stored: { base: Record<string, PageRecord>; delta: Record<string, PageRecord> } | undefined;
  const records = () => (stored ??= { base: readRecords(recordsFile), delta: readRecords(deltaFile) });
  let live: Set<string> | undefined;
  let indexDirty = false;
  let deltaDirty = false;
  return {
    fileHash: (name, size, mtimeMs) => {
      const entry = index.files[name];
      return entry && entry[0] === size && entry[1] === mtimeMs ? entry[2] : undefined;
    },
    setFile: (name, size, mtimeMs, hash) => {
      index.files[name] = [size, mtimeMs, hash];
      indexDirty = true;
    },
    record: (hash) => records().delta[hash] ?? records().base[hash],
    setRecord: (hash, record) => {
      records().delta[hash] = record;
      deltaDirty = true;
    },
    settings: (key) => (index.settings?.key === key ? index.settings.value : undefined),
    setSettings: (key, value) => {
      index.settings = { key, value };
      indexDirty = true;
    },
    result: (key) => (index.result?.key === key ? index.result.value : undefined),
    setResult: (key, value) => {
      index.result = { key, value };
      indexDirty = true;
    },
    keepOnly: (files, hashes) => {
      const fileSet = new Set(files);
      for (const name of Object.keys(index.files)) if (!fileSet.has(name)) (delete index.files[name], (indexDirty = true));
      live = new Set(hashes);
    },
    save: () => {
      if (!enabled) return;
      if (stored && (deltaDirty || live)) {
        const { base: baseRecords, delta } = stored;
        const baseCount = Object.keys(baseRecords).length;
        const deltaCount = Object.keys(delta).length;
        const garbage = live ? [...Object.keys(baseRecords), ...Object.keys(delta)].filter((hash) => !live!.has(hash)).length : 0;
        if (deltaCount > 50 + baseCount * 0.2 || garbage > 50 + baseCount * 0.25) {
          const merged: Record<string, PageRecord> = {};
          for (const [hash, record] of [...Object.entries(baseRecords), ...Object.entries(delta)]) if (!live || live.has(hash)) merged[hash] = record;
          writeJson(recordsFile, { version: CACHE_VERSION, records: merged });
          fs.rmSync(deltaFile, { force: true });
          stored = { base: merged, delta: {} };
        } else if (deltaDirty) {
          writeJson(deltaFile, { version: CACHE_VERSION, records: delta });
        }
        deltaDirty = false;
        indexDirty = true;
      }
      if (indexDirty) writeJson(indexFile, index);
      indexDirty = false;
    },
  };
}
