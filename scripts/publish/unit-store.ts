/**
 * Stored unit outputs, in `node_modules/.cache/faq-units/<unit>/<key>/` (one folder per unit, so
 * CI can keep each with its own actions/cache key). A stored output carries a manifest with the
 * sha256 of every file; an output whose files do not match (corrupt, partial, edited) is deleted
 * and reported missing, never served. Outputs are written under a temporary name and renamed into
 * place when complete, so two builds at once never see or leave a half-written one.
 * Files are hashed again only when their stat changed since they last matched (stat-record.ts), so
 * checking the stored units of a build costs a stat per file, not a read of every byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sha256 } from './unit-inputs.ts';
import { fingerprint, readRecord, unchangedSince, writeRecord, type StatRecord } from './stat-record.ts';
import { isAlive } from './process-alive.ts';

export const STORE_DIR = path.join('node_modules', '.cache', 'faq-units');
const MANIFEST = '.unit-manifest.json';
/** Stats of the files when they last matched the manifest (not part of the output). */
const STAT_RECORD = '.unit-stats.json';
/** Keys kept per unit: the newest few, so switching branches back and forth stays warm. */
const KEPT_PER_UNIT = 3;

export interface Manifest {
  unit: string;
  key: string;
  /** sha256 of each file, by path relative to the output. */
  files: Record<string, string>;
}

/** A stored output that passed its check: where it is and its files' hashes. */
export interface StoredUnit {
  dir: string;
  files: Record<string, string>;
}

function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== MANIFEST && file !== STAT_RECORD)
    .sort();
}

export class UnitStore {
  constructor(readonly root: string) {}

  /** Where a unit's things live: stored outputs and the folder its build runs from. */
  unitDir(unit: string): string {
    return path.join(this.root, unit);
  }

  /** A scratch folder inside the unit's folder (same file system, so the final rename is atomic). */
  scratch(unit: string, label: string): string {
    const dir = path.join(this.unitDir(unit), `.tmp-${label}-${process.pid}-${Date.now()}`);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** The stored output for a key, after checking every file against the manifest. */
  get(unit: string, key: string): StoredUnit | { missing: string } {
    const dir = path.join(this.unitDir(unit), key);
    if (!fs.existsSync(dir)) return { missing: 'not stored' };
    const checked = this.check(dir, unit, key);
    if ('files' in checked) return { dir, files: checked.files };
    fs.rmSync(dir, { recursive: true, force: true });
    return { missing: `stored output rejected (${checked.problem})` };
  }

  private check(dir: string, unit: string, key: string): { files: Record<string, string> } | { problem: string } {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
    } catch {
      return { problem: 'no readable manifest' };
    }
    if (manifest.unit !== unit || manifest.key !== key) return { problem: 'manifest of another unit or key' };
    const files = listFiles(dir);
    const expected = Object.keys(manifest.files).sort();
    if (files.length !== expected.length || files.some((file, i) => file !== expected[i])) return { problem: 'files added or missing' };
    const recordFile = path.join(dir, STAT_RECORD);
    const record = readRecord(recordFile);
    const next: StatRecord = { checkedAt: Date.now(), files: {} };
    let hashed = 0;
    for (const file of files) {
      // Stat before reading: a write after this point shows as a changed stat next time.
      const now = fingerprint(path.join(dir, file));
      next.files[file] = now.id;
      if (unchangedSince(record, file, now)) continue;
      hashed += 1;
      if (sha256(fs.readFileSync(path.join(dir, file))) !== manifest.files[file]) return { problem: `${file} changed` };
    }
    if (hashed > 0) writeRecord(recordFile, next);
    return { files: manifest.files };
  }

  /** Store a finished output (moved, not copied) under its key; returns where it is now. */
  put(unit: string, key: string, outputDir: string): StoredUnit {
    const files = Object.fromEntries(listFiles(outputDir).map((file) => [file, sha256(fs.readFileSync(path.join(outputDir, file)))]));
    const manifest: Manifest = { unit, key, files };
    fs.writeFileSync(path.join(outputDir, MANIFEST), `${JSON.stringify(manifest)}\n`);
    const target = path.join(this.unitDir(unit), key);
    try {
      fs.renameSync(outputDir, target);
    } catch (error) {
      // Another build stored the same key meanwhile: same inputs, so keep theirs.
      if (!fs.existsSync(path.join(target, MANIFEST))) throw error;
      fs.rmSync(outputDir, { recursive: true, force: true });
      this.prune(unit, key);
      const theirs = this.get(unit, key);
      if ('missing' in theirs) throw new Error(`unit ${unit}: the output another build stored was ${theirs.missing}`);
      return theirs;
    }
    this.prune(unit, key);
    return { dir: target, files };
  }

  /** Drop all but the newest stored keys of a unit, and scratch folders of dead builds. */
  private prune(unit: string, keep: string): void {
    const dir = this.unitDir(unit);
    const entries = fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    for (const entry of entries.filter((e) => e.name.startsWith('.tmp-'))) {
      const pid = Number(entry.name.split('-').at(-2));
      if (pid !== process.pid && !isAlive(pid)) fs.rmSync(path.join(dir, entry.name), { recursive: true, force: true });
    }
    const stored = entries
      .filter((entry) => /^[0-9a-f]{32}$/.test(entry.name) && entry.name !== keep)
      .map((entry) => ({ name: entry.name, time: fs.statSync(path.join(dir, entry.name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of stored.slice(KEPT_PER_UNIT - 1)) fs.rmSync(path.join(dir, old.name), { recursive: true, force: true });
  }
}
