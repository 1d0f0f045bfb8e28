/** List files under a folder, relative to it with `/`, skipping what Docusaurus never reads. */
import fs from 'node:fs';
import path from 'node:path';

/** Folders of the site that hold no source: installed packages, git's store, Docusaurus's own output. */
const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.docusaurus', 'build']);

/**
 * Inside a content plugin's folder (the docs' versions, src/pages) only git's store: the plugins
 * glob every folder, so a `node_modules` or `build` folder there holds pages as any other does
 * (the patterns never match a dot-folder unless they name it, and none names `.git`).
 */
export const CONTENT_SKIPPED_DIRS: ReadonlySet<string> = new Set(['.git']);

export function listFiles(root: string, skipped: ReadonlySet<string> = SKIPPED_DIRS): string[] {
  const out: string[] = [];
  const visit = (dir: string, prefix: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!skipped.has(entry.name)) visit(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      } else {
        out.push(`${prefix}${entry.name}`);
      }
    }
  };
  visit(root, '');
  return out;
}
