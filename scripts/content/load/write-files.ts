/**
 * Writing the check's cache files: each through a temporary file and a rename, so a reader never
 * sees half a file, and a failure (a read-only tree) only means no cache. Large writes go to a
 * worker thread, where they overlap with the check's last steps instead of adding to them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startWorker } from './threads.ts';

/** Write the `parts` one after another to `file`, or delete `file` when `parts` is null. */
export interface FileWrite {
  file: string;
  parts: string[] | null;
}

/** Below this many bytes, writing in this thread is quicker than starting a worker. */
export const BACKGROUND_MIN_BYTES = 4_000_000;

export function writeFilesNow(writes: FileWrite[]): void {
  for (const { file, parts } of writes) {
    try {
      if (parts === null) {
        fs.rmSync(file, { force: true });
        continue;
      }
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      const fd = fs.openSync(temp, 'w');
      try {
        // Part by part: the text is never joined into one large string.
        for (const part of parts) fs.writeSync(fd, part);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temp, file);
    } catch {
      // a read-only tree just means no cache
    }
  }
}

/** Write in order; large writes in a worker thread. Resolves once every write is done. */
export function writeFiles(writes: FileWrite[]): Promise<void> {
  const bytes = writes.reduce((total, write) => total + (write.parts ?? []).reduce((sum, part) => sum + part.length, 0), 0);
  if (bytes < BACKGROUND_MIN_BYTES) {
    writeFilesNow(writes);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    // Copying the strings to the worker is a memory copy: far quicker than encoding them here.
    const worker = startWorker('file-writer', writes);
    worker.once('message', () => resolve());
    // The cache is an optimisation: if the worker fails, the next run simply reads more pages.
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
}
