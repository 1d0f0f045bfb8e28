/**
 * What one scan of a site sees on disk, each thing read once: the files of each version's docs
 * folder (and which are pages), and file sizes and times (the cache's test of change), which the
 * threads reading pages may report instead of a separate stat.
 */
import fs from 'node:fs';
import path from 'node:path';
// The deep path: the package's index also loads webpack helpers, which cost time and do not bundle.
import { createMatcher } from '@docusaurus/utils/lib/globUtils.js';
import { CONTENT_SKIPPED_DIRS, listFiles } from './walk.ts';

/** A content plugin's `include` and `exclude` globs, relative to its content folder. */
export interface PageGlobs {
  include: string[];
  exclude: string[];
}

const matchers = new Map<string, (source: string) => boolean>();

/**
 * Whether a file (relative to the content folder, with `/`) is a page, as the plugin's
 * `Globby(include, { cwd, ignore: exclude })` decides: with Docusaurus's own glob matcher, which
 * like globby lets no wildcard match a name starting with a dot, so dotfiles and dot-folders are
 * not pages unless a pattern names them; tests/unit/page-set.test.ts compares it with Globby. One
 * known difference: globby lets `ignore` wildcards match dot names, so when an `include` names
 * `.drafts/*.md`, an `exclude` whose globstar should cover `.drafts/` drops its files there, not here.
 */
export function pageMatcher({ include, exclude }: PageGlobs): (source: string) => boolean {
  const key = JSON.stringify([include, exclude]);
  let matcher = matchers.get(key);
  if (!matcher) {
    const included = createMatcher(include);
    const excluded = createMatcher(exclude);
    matcher = (source) => included(source) && !excluded(source);
    matchers.set(key, matcher);
  }
  return matcher;
}

/** A file's size and modification time: what tells the cache whether it changed. */
export interface FileStat {
  size: number;
  mtimeMs: number;
}

/** File listings and stats of one scan, each read from disk once. */
export interface DiskView {
  dir: string;
  /**
   * Files under a version's docs folder, relative to the site, and the pages among them (those
   * `globs` list); `linked`: the files reached through a symbolic link (walk.ts, listFiles).
   */
  listVersion(folder: string, globs: PageGlobs): { files: string[]; pages: Array<{ file: string; source: string }>; linked: string[] };
  statOf(file: string): FileStat;
  /** Whether a folder of the site has another real path than the site's real path and its own (a symbolic link on the way). */
  isLinkedFolder(folder: string): boolean;
  /** Whether a file (not a folder) is there, with exactly this case. */
  isFile(file: string): boolean;
  remember(file: string, stat: FileStat): void;
}

export function diskView(dir: string): DiskView {
  const names = new Map<string, { found: string[]; linked: string[] }>();
  const listings = new Map<string, ReturnType<DiskView['listVersion']>>();
  const stats = new Map<string, FileStat>();
  let realDir: string | undefined;
  return {
    dir,
    listVersion(folder, globs) {
      const key = JSON.stringify([folder, globs.include, globs.exclude]);
      let listing = listings.get(key);
      if (!listing) {
        let named = names.get(folder);
        if (!named) {
          const linked: string[] = [];
          names.set(folder, (named = { found: listFiles(path.join(dir, folder), CONTENT_SKIPPED_DIRS, linked), linked }));
        }
        const isPage = pageMatcher(globs);
        listing = {
          files: named.found.map((name) => `${folder}/${name}`),
          pages: named.found.filter(isPage).map((name) => ({ file: `${folder}/${name}`, source: name })),
          linked: named.linked.map((name) => `${folder}/${name}`),
        };
        listings.set(key, listing);
      }
      return listing;
    },
    statOf(file) {
      let stat = stats.get(file);
      if (!stat) {
        // `file` is relative and normal already: spare path.join its normalising (10,000 pages a run).
        const { size, mtimeMs } = fs.statSync(`${dir}${path.sep}${file}`);
        stats.set(file, (stat = { size, mtimeMs }));
      }
      return stat;
    },
    remember: (file, stat) => stats.set(file, stat),
    isLinkedFolder(folder) {
      try {
        realDir ??= fs.realpathSync(dir);
        return fs.realpathSync(path.join(dir, folder)) !== path.join(realDir, folder);
      } catch {
        return false;
      }
    },
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

