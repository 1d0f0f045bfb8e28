/**
 * Writing the check's cache files: each through a temporary file and a rename, so a reader never
 * sees half a file, and a failure (a read-only tree) only means no cache. They are written in
 * this thread: a worker thread for large writes bought too little to keep (BENCHMARKS.md).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Write the `parts` one after another to `file` (text as UTF-8). */
export interface FileWrite {
  file: string;
  parts: Array<string | Uint8Array>;
}

/** Write each file in order, each whole or not at all. */
export function writeFiles(writes: FileWrite[]): void {
  for (const { file, parts } of writes) {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      const fd = fs.openSync(temp, 'w');
      try {
        // Part by part: the text is never joined into one large string.
        // Two calls: writeSync's text and bytes overloads take no union.
        for (const part of parts) typeof part === 'string' ? fs.writeSync(fd, part) : fs.writeSync(fd, part);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temp, file);
    } catch {
      // a read-only tree just means no cache
    }
  }
}
