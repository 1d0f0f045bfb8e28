/**
 * What lets a stored unit skip re-hashing: each file's size, modification time and inode as they
 * were when the file last matched its manifest hash. A file whose stat still matches has not been
 * written since (a write changes the modification time, a replacement the inode), so it still
 * matches. As in git's index, a file modified within a clock tick of the record is "racily clean" (a
 * write in the same tick would leave the time unchanged) and is always hashed again: the check's
 * cache follows the same rule (content/load/racy-files.cjs).
 * Link counts and change times are not used: stitching adds and removes hard links to these files.
 */
import fs from 'node:fs';
import { isRacy } from '../content/load/racy-files.cjs';

export interface StatRecord {
  /** When the files began to be hashed last (ms since the epoch). */
  checkedAt: number;
  /** File → `size:mtimeNs:ino`. */
  files: Record<string, string>;
}

export function fingerprint(file: string): { id: string; mtimeMs: number } {
  const stat = fs.statSync(file, { bigint: true });
  return { id: `${stat.size}:${stat.mtimeNs}:${stat.ino}`, mtimeMs: Number(stat.mtimeMs) };
}

/** Whether a file can be trusted to hold the bytes it held when the record was made. */
export function unchangedSince(record: StatRecord | undefined, name: string, now: { id: string; mtimeMs: number }): boolean {
  return record !== undefined && record.files[name] === now.id && !isRacy(now.mtimeMs, record.checkedAt);
}

export function readRecord(file: string): StatRecord | undefined {
  try {
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as StatRecord;
    return typeof record.checkedAt === 'number' && record.files && typeof record.files === 'object' ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Written under a temporary name and renamed: a reader sees the old record or the new one. */
export function writeRecord(file: string, record: StatRecord): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(record));
  fs.renameSync(temp, file);
}
