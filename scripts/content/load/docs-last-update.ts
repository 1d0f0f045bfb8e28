/**
 * Whether the build cannot date the docs. A docs instance, a blog, or the pages plugin (for its
 * Markdown pages) that shows each page's last update (`showLastUpdateTime`,
 * `showLastUpdateAuthor`) takes it from the page's `last_update` front matter, and asks the
 * site's VCS for what that does not give: git by default (`datesFromGit`), which refuses outside
 * a work tree ("This Docusaurus site is outside any Git worktree", or `git log` exit code 128),
 * and the build stops. Drafts count: each plugin dates a file before it leaves drafts out. A site
 * built from a copy of its files (an archive, a container without .git) meets this; a clone does
 * not.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FrontMatter, Site, SiteSettings } from '../model/site.ts';
import type { DocsPluginSettings } from './site-config.ts';
import { outsideGitWorkTree } from './git-work-tree.ts';
import { positionAt } from '../model/text-position.ts';

type ShownUpdate = DocsPluginSettings['showLastUpdate'];

/** Whether some docs instance, blog or the pages plugin asks git for dates: the edit recheck leaves such a site, when outside git, to a whole check. */
export function asksGitForDates(settings: Pick<SiteSettings, 'datesFromGit' | 'blogs' | 'pagesPlugin'>, instances: readonly DocsPluginSettings[]): boolean {
  const shows = (shown: ShownUpdate | undefined) => shown !== undefined && (shown.time || shown.author);
  const pagesShown = settings.pagesPlugin ? settings.pagesPlugin.showLastUpdate : undefined;
  return settings.datesFromGit === true && (instances.some(({ showLastUpdate }) => shows(showLastUpdate)) || (settings.blogs ?? []).some(({ showLastUpdate }) => shows(showLastUpdate)) || shows(pagesShown));
}

/** A page or post, with what its plugin shows of its last update. */
export interface DatedFile {
  file: string;
  frontMatter: FrontMatter;
  shown: ShownUpdate;
}

/**
 * The pages and posts the build cannot date, and where the config turns the option on;
 * undefined when the build can date them all (or asks no git).
 */
export function undatableDocs(siteDir: string, settings: SiteSettings, files: readonly DatedFile[]): Site['undatableDocs'] {
  if (settings.datesFromGit !== true) return undefined;
  const asking = files.flatMap(({ file, shown, frontMatter }) => {
    const option = optionAskingGit(shown, frontMatter.data.last_update);
    return option ? [{ file, option }] : [];
  });
  if (asking.length === 0 || !outsideGitWorkTree(siteDir)) return undefined;
  const { file: first, option } = asking[0];
  return { pages: asking.length, first, option, ...optionPlace(siteDir, settings, option) };
}

/** The option for which the plugin asks the VCS about a page with this `last_update`: a date it shows and lacks (read as the plugin reads it), or an author. */
function optionAskingGit(shown: ShownUpdate, lastUpdate: unknown): 'showLastUpdateTime' | 'showLastUpdateAuthor' | undefined {
  const given = typeof lastUpdate === 'object' && lastUpdate !== null ? lastUpdate as { date?: unknown; author?: unknown } : {};
  if (shown.time && !given.date) return 'showLastUpdateTime';
  if (shown.author && given.author == null) return 'showLastUpdateAuthor';
  return undefined;
}

/** Where the config writes the option (its first `option: true`), or its first line. */
function optionPlace(siteDir: string, settings: SiteSettings, option: string): { file: string; line: number; column: number } {
  if (settings.source.kind !== 'config') return { file: '', line: 1, column: 1 };
  const { file } = settings.source;
  let text = '';
  try {
    text = fs.readFileSync(path.resolve(siteDir, file), 'utf8');
  } catch {
    // unreadable now: its first line
  }
  const at = new RegExp(`\\b${option}\\s*:\\s*true\\b`).exec(text);
  return { file, ...(at ? positionAt(text, at.index) : { line: 1, column: 1 }) };
}
