/**
 * Replace `build/` with a finished build so that a reader of `build/` sees the old site or the
 * new one, never a half-written one. A failure leaves the old `build/` in place.
 *
 * The old build is moved aside (`.build-previous-<pid>` next to it, which staging and git ignore
 * like every `.build-*` folder) rather than deleted on the spot: deleting it means unlinking
 * every file of every version, which grows with the number of versions. The next build deletes
 * it in the background while its check and units run (removePreviousBuilds).
 */
import fs from 'node:fs';
import path from 'node:path';
import { isAlive } from './process-alive.ts';

const PREVIOUS = '.build-previous-';

export function replaceDirectory(finished: string, target: string): void {
  if (!fs.existsSync(target)) {
    fs.renameSync(finished, target);
    return;
  }
  const previous = path.join(path.dirname(target), `${PREVIOUS}${process.pid}`);
  fs.rmSync(previous, { recursive: true, force: true }); // a pid reused since: not ours to keep
  fs.renameSync(target, previous);
  try {
    fs.renameSync(finished, target);
  } catch (error) {
    fs.renameSync(previous, target); // put the good build back
    throw error;
  }
}

/** Delete the builds that earlier runs moved aside next to `target` (not this process's own). */
export async function removePreviousBuilds(target: string): Promise<void> {
  const parent = path.dirname(target);
  const names = fs.existsSync(parent) ? fs.readdirSync(parent).filter((name) => name.startsWith(PREVIOUS)) : [];
  await Promise.all(
    names.filter((name) => !isAlive(Number(name.slice(PREVIOUS.length)))).map((name) => fs.promises.rm(path.join(parent, name), { recursive: true, force: true })),
  );
}
