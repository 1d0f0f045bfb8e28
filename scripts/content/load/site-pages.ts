/**
 * The pages of src/pages, which the pages plugin publishes beside the docs: their routes, and
 * the anchors of the Markdown ones. The plugin compiles a `.md` or `.mdx` page with the docs'
 * MDX pipeline, and the theme's headings register their ids: a link to `/page#anchor` stops the
 * build (`onBrokenAnchors: 'throw'`) when the page has no such heading. A React page's anchors
 * are whatever its code renders, and a Markdown page that imports Markdown holds some outside
 * its file: those are not judged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GlobExcludeDefault } from '@docusaurus/utils/lib/globUtils.js';
import type { MarkdownFormat } from '../model/site.ts';
import { anchorListOf } from '../model/anchors.ts';
import { extractAsCompiled, formatOf } from '../model/markdown-format.ts';
import { recordOf } from '../extract/page-record.ts';
import { listFiles } from './walk.ts';
import { pageMatcher } from './disk-view.ts';

// The pages plugin's default `include` and `exclude` (its options are not read).
const PAGE_GLOBS = { include: ['**/*.{js,jsx,ts,tsx,md,mdx}'], exclude: GlobExcludeDefault };
const MARKDOWN = /\.mdx?$/;

/** Each page file of src/pages (relative to that folder) with its route, without baseUrl. */
export function sitePages(siteDir: string): Array<{ file: string; route: string }> {
  return listFiles(path.join(siteDir, 'src', 'pages'))
    .filter(pageMatcher(PAGE_GLOBS))
    .map((file) => {
      const withoutExt = file.replace(/\.(jsx?|tsx?|mdx?)$/, '');
      const route = withoutExt === 'index' ? '/' : withoutExt.endsWith('/index') ? `/${withoutExt.slice(0, -'index'.length)}` : `/${withoutExt}`;
      return { file, route };
    });
}

/** Whether a file of src/pages is a Markdown page, whose text holds its anchors. */
export const isMarkdownPage = (file: string): boolean => MARKDOWN.test(file);

/** Per route of a Markdown page of src/pages that imports no Markdown: its file (from the site folder) and its anchors. */
export function markdownPageAnchors(siteDir: string, pages: Array<{ file: string; route: string }>, format: MarkdownFormat): Record<string, { file: string; list: string[] }> {
  const found: Record<string, { file: string; list: string[] }> = {};
  for (const { file, route } of pages) {
    if (!isMarkdownPage(file)) continue;
    const relative = `src/pages/${file}`;
    const record = recordOf(fs.readFileSync(path.join(siteDir, 'src', 'pages', file), 'utf8'));
    if (record.imports.length > 0) continue; // partials: some anchors are theirs
    const extract = extractAsCompiled(record.extract, record.mdx, formatOf(relative, record.frontMatter.data, format));
    found[route] = { file: relative, list: anchorListOf({ file: relative, frontMatter: record.frontMatter, extract }, [], format) };
  }
  return found;
}
