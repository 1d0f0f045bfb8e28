/**
 * The check's cache, one JSON file per site under node_modules/.cache/faq-check/:
 * - per file: size, modification time and content hash, so unchanged files are not even read;
 * - per content hash: the page record (front matter and extract), so a renamed or reverted file
 *   is not parsed again;
 * - the site settings read from docusaurus.config, keyed by a fingerprint of the config, the
 *   local files it imports, the environment variables it reads and versions.json.
 * A missing, stale or unreadable cache only makes the check slower, never wrong.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PageRecord } from './page-records.ts';

/** Bump when a record's shape or an extractor's output changes. */
const CACHE_VERSION = 3;
const CACHE_DIR = path.resolve(__dirname, '..', '..', 'node_modules', '.cache', 'faq-check');

export const contentHash = (content: string) => crypto.createHash('sha1').update(content).digest('base64');

interface CacheData {
  version: number;
  settings?: { key: string; value: unknown };
  files: Record<string, [size: number, mtimeMs: number, hash: string]>;
  records: Record<string, PageRecord>;
}

export interface CheckCache {
  fileHash(file: string, size: number, mtimeMs: number): string | undefined;
  setFile(file: string, size: number, mtimeMs: number, hash: string): void;
  record(hash: string): PageRecord | undefined;
  setRecord(hash: string, record: PageRecord): void;
  settings(key: string): unknown;
  setSettings(key: string, value: unknown): void;
  /** Forget files and records the site no longer has, so the cache does not grow forever. */
  keepOnly(files: string[], hashes: string[]): void;
  save(): void;
}

export function openCheckCache(siteDir: string, enabled: boolean): CheckCache {
  const file = path.join(CACHE_DIR, `${contentHash(path.resolve(siteDir)).replace(/[/+=]/g, '_')}.json`);
  let data: CacheData = { version: CACHE_VERSION, files: {}, records: {} };
  if (enabled) {
    try {
      const loaded = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheData;
      if (loaded.version === CACHE_VERSION) data = loaded;
    } catch {
      // no cache yet
    }
  }
  let dirty = false;
  return {
    fileHash: (name, size, mtimeMs) => {
      const entry = data.files[name];
      return entry && entry[0] === size && entry[1] === mtimeMs ? entry[2] : undefined;
    },
    setFile: (name, size, mtimeMs, hash) => {
      data.files[name] = [size, mtimeMs, hash];
      dirty = true;
    },
    record: (hash) => data.records[hash],
    setRecord: (hash, record) => {
      data.records[hash] = record;
      dirty = true;
    },
    settings: (key) => (data.settings?.key === key ? data.settings.value : undefined),
    setSettings: (key, value) => {
      data.settings = { key, value };
      dirty = true;
    },
    keepOnly: (files, hashes) => {
      const fileSet = new Set(files);
      const hashSet = new Set(hashes);
      for (const name of Object.keys(data.files)) if (!fileSet.has(name)) (delete data.files[name], (dirty = true));
      for (const hash of Object.keys(data.records)) if (!hashSet.has(hash)) (delete data.records[hash], (dirty = true));
    },
    save: () => {
      if (!enabled || !dirty) return;
      try {
        fs.mkdirSync(CACHE_DIR, { recursive: true });
        const temp = `${file}.${process.pid}`;
        fs.writeFileSync(temp, JSON.stringify(data));
        fs.renameSync(temp, file); // readers never see a half-written cache
      } catch {
        // a read-only tree just means no cache
      }
    },
  };
}
