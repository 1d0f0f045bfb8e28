/**
 * Replace `build/` with a finished build so that a reader of `build/` sees the old site or the
 * new one, never a half-written one. A failure leaves the old `build/` in place.
 */
import fs from 'node:fs';

export function replaceDirectory(finished: string, target: string): void {
  if (!fs.existsSync(target)) {
    fs.renameSync(finished, target);
    return;
  }
  const previous = `${target}.previous-${process.pid}`;
  fs.renameSync(target, previous);
  try {
    fs.renameSync(finished, target);
  } catch (error) {
    fs.renameSync(previous, target); // put the good build back
    throw error;
  }
  fs.rmSync(previous, { recursive: true, force: true });
}
