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

/**
 * The files under `root`, as a glob that follows symbolic links lists them (fast-glob, which
 * Docusaurus's plugins use): a link to a folder is walked as the folder, a link to a file is
 * that file, and a link to nothing is no file. `linked`, when given, gets the files reached
 * through a link (the link itself, or a linked folder above it).
 */
export function listFiles(root: string, skipped: ReadonlySet<string> = SKIPPED_DIRS, linked?: string[]): string[] {
  const out: string[] = [];
  // The real folders walked, so that a link back up the tree is walked once.
  const walked = new Set<string>();
  const visit = (dir: string, prefix: string, throughLink: boolean) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      const isLink = entry.isSymbolicLink();
      if (isLink) {
        try {
          isDirectory = fs.statSync(full).isDirectory();
        } catch {
          continue; // a link to nothing
        }
      }
      if (isDirectory) {
        if (skipped.has(entry.name)) continue;
        if (isLink) {
          const real = realPath(full);
          if (real === undefined || walked.has(real)) continue;
          walked.add(real);
        }
        visit(full, `${prefix}${entry.name}/`, throughLink || isLink);
        continue;
      }
      out.push(`${prefix}${entry.name}`);
      if (linked && (throughLink || isLink)) linked.push(`${prefix}${entry.name}`);
    }
  };
  const rootReal = realPath(root);
  if (rootReal !== undefined) walked.add(rootReal);
  visit(root, '', false);
  return out;
}

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}
