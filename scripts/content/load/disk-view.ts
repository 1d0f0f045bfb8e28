/**
 * What one scan of a site sees on disk, each thing read once: the files of each version's docs
 * folder (and which are pages), and file sizes and times (the cache's test of change), which the
 * threads reading pages may report instead of a separate stat.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from './walk.ts';

const DOC_FILE = /\.mdx?$/;
// Docusaurus's default docs `exclude`: partials (`_x.md`, `_dir/`) and tests are not pages.
export const isExcluded = (source: string) =>
  source.split('/').some((segment) => segment.startsWith('_') || segment === '__tests__') || /\.test\.[jt]sx?$/.test(source);

/** A file's size and modification time: what tells the cache whether it changed. */
export interface FileStat {
  size: number;
  mtimeMs: number;
}

/** File listings and stats of one scan, each read from disk once. */
export interface DiskView {
  dir: string;
  /** Files under a version's docs folder, relative to the site, and the pages among them. */
  listVersion(folder: string): { files: string[]; pages: Array<{ file: string; source: string }> };
  statOf(file: string): FileStat;
  /** Whether a file (not a folder) is there, with exactly this case. */
  isFile(file: string): boolean;
  remember(file: string, stat: FileStat): void;
}

export function diskView(dir: string): DiskView {
  const listings = new Map<string, ReturnType<DiskView['listVersion']>>();
  const stats = new Map<string, FileStat>();
  return {
    dir,
    listVersion(folder) {
      let listing = listings.get(folder);
      if (!listing) {
        const names = listFiles(path.join(dir, folder));
        listing = {
          files: names.map((name) => `${folder}/${name}`),
          pages: names.filter((name) => DOC_FILE.test(name) && !isExcluded(name)).map((name) => ({ file: `${folder}/${name}`, source: name })),
        };
        listings.set(folder, listing);
      }
      return listing;
    },
    statOf(file) {
      let stat = stats.get(file);
      if (!stat) {
        const { size, mtimeMs } = fs.statSync(path.join(dir, file));
        stats.set(file, (stat = { size, mtimeMs }));
      }
      return stat;
    },
    remember: (file, stat) => stats.set(file, stat),
    isFile(file) {
      // Exact case, as on the Linux server: the parent folder must list the name as it is written.
      const parent = path.join(dir, path.dirname(file));
      try {
        return fs.readdirSync(parent).includes(path.basename(file)) && fs.statSync(path.join(dir, file)).isFile();
      } catch {
        return false;
      }
    },
  };
}

