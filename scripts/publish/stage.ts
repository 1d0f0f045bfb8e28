/**
 * The published set: a copy of the site without its draft pages, in `<site>/.publish/`.
 * Building from it (instead of relying on Docusaurus's own draft filter) leaves no trace of a
 * draft in the output, not even its id in the client's global data. Docusaurus gives rspack no
 * base folder, so its persistent cache lands in `node_modules/.cache/rspack` under the folder the
 * build is started from (the repository root for `npm run build`) and survives between builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Site } from '../content/model/site.ts';

export const STAGING_DIR_NAME = '.publish';

/** Top-level entries never copied: outputs, caches, tooling that the site build does not read. */
const NOT_COPIED = new Set(['node_modules', 'build', STAGING_DIR_NAME, '.docusaurus', '.git', '.github', '.ci', 'tests', 'bench-out']);

export function isBuildTemp(name: string): boolean {
  return name.startsWith('.build-');
}

/** Copy the site minus drafts into `<site>/.publish/` and return that folder. */
export function stagePublishedSite(site: Site): string {
  const stagingDir = path.join(site.dir, STAGING_DIR_NAME);
  fs.mkdirSync(stagingDir, { recursive: true });
  // Start from a clean copy (the previous one may hold pages since deleted), but keep the
  // staging folder's own node_modules/.cache: that is the bundler's warm cache.
  for (const entry of fs.readdirSync(stagingDir)) {
    if (entry !== 'node_modules') fs.rmSync(path.join(stagingDir, entry), { recursive: true, force: true });
  }
  const drafts = new Set(site.pages.filter((page) => page.draft).map((page) => path.join(site.dir, page.file)));
  for (const entry of fs.readdirSync(site.dir)) {
    if (NOT_COPIED.has(entry) || isBuildTemp(entry)) continue;
    fs.cpSync(path.join(site.dir, entry), path.join(stagingDir, entry), {
      recursive: true,
      filter: (source) => !drafts.has(source),
    });
  }
  return stagingDir;
}
