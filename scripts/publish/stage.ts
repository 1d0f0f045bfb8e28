/**
 * The published set: a copy of the site without its draft pages, in `<site>/.publish/`.
 * Building from it (instead of relying on Docusaurus's own draft filter) leaves no trace of a
 * draft in the output, not even its id in the client's global data. Docusaurus gives rspack no
 * base folder, so its persistent cache lands in `node_modules/.cache/rspack` under the folder the
 * build is started from (the repository root for `npm run build`) and survives between builds.
 *
 * The copy is kept in step, not redone: a file whose size and modification time match the
 * source's is left as it is (copies keep the source's time), the others are copied, and what the
 * source no longer has (deleted pages, drafts, generated files) is removed. So staging reads the
 * folders of every version but copies only what changed. A source file modified within a clock
 * tick of the staging is always copied, since an edit in the same tick would keep its time
 * (content/load/racy-files.cjs).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Site } from '../content/model/site.ts';
import { isRacy } from '../content/load/racy-files.cjs';

export const STAGING_DIR_NAME = '.publish';

/** Top-level entries never copied: outputs, caches, tooling that the site build does not read. */
const NOT_COPIED = new Set(['node_modules', 'build', STAGING_DIR_NAME, '.docusaurus', '.git', '.github', '.ci', 'tests', 'bench-out']);

export function isBuildTemp(name: string): boolean {
  return name.startsWith('.build-');
}

/** Whether the staged file already holds the source's bytes, judged by size and time. */
function upToDate(source: fs.Stats, staged: fs.Stats | undefined, now: number): boolean {
  return (
    staged !== undefined &&
    staged.isFile() &&
    staged.size === source.size &&
    Math.trunc(staged.mtimeMs) === Math.trunc(source.mtimeMs) &&
    !isRacy(source.mtimeMs, now)
  );
}

/**
 * Make `to` a copy of `from`, files filtered by `keep`. At the top (`top`), some names are not
 * copied and the staging folder's own node_modules (the bundler's warm cache) is kept.
 */
function sync(from: string, to: string, keep: (file: string) => boolean, now: number, top = false): void {
  const wanted = new Set<string>(top ? ['node_modules'] : []);
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (top && (NOT_COPIED.has(entry.name) || isBuildTemp(entry.name))) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (!entry.isDirectory() && !keep(source)) continue;
    wanted.add(entry.name);
    const staged = fs.lstatSync(target, { throwIfNoEntry: false });
    if (entry.isDirectory()) {
      if (staged && !staged.isDirectory()) fs.rmSync(target, { force: true });
      sync(source, target, keep, now);
    } else if (entry.isFile()) {
      const stat = fs.statSync(source);
      if (upToDate(stat, staged, now)) continue;
      fs.rmSync(target, { recursive: true, force: true });
      fs.copyFileSync(source, target);
      fs.utimesSync(target, stat.atime, stat.mtime);
    } else {
      fs.rmSync(target, { recursive: true, force: true });
      fs.cpSync(source, target, { recursive: true }); // a symbolic link, copied as one
    }
  }
  // What the source no longer has: deleted pages, new drafts, Docusaurus's generated files.
  for (const name of fs.readdirSync(to)) {
    if (!wanted.has(name)) fs.rmSync(path.join(to, name), { recursive: true, force: true });
  }
}

/** Bring `<site>/.publish/` in step with the site minus drafts and return that folder. */
export function stagePublishedSite(site: Site): string {
  const stagingDir = path.join(site.dir, STAGING_DIR_NAME);
  const drafts = new Set(site.pages.filter((page) => page.draft).map((page) => path.join(site.dir, page.file)));
  sync(site.dir, stagingDir, (file) => !drafts.has(file), Date.now(), true);
  return stagingDir;
}
