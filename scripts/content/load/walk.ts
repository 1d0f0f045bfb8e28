/** List files under a folder, relative to it with `/`, skipping what Docusaurus never reads. */
import fs from 'node:fs';
import path from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.docusaurus', 'build']);

export function listFiles(root: string): string[] {
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
        if (!SKIPPED_DIRS.has(entry.name)) visit(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      } else {
        out.push(`${prefix}${entry.name}`);
      }
    }
  };
  visit(root, '');
  return out;
}
