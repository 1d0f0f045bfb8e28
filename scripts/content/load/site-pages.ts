/**
 * The pages of src/pages, which the pages plugin publishes beside the docs: their routes, and
 * the anchors of the Markdown ones. The plugin compiles a `.md` or `.mdx` page with the docs'
 * MDX pipeline, and the theme's headings register their ids: a link to `/page#anchor` stops the
 * build (`onBrokenAnchors: 'throw'`) when the page has no such heading. A React page's anchors
 * are whatever its code renders, and a Markdown page that imports Markdown holds some outside
 * its file: those are not judged. The Markdown pages' own links are checked as the build checks
 * them (check/rules/site-page-links.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { GlobExcludeDefault } from '@docusaurus/utils/lib/globUtils.js';
import type { MarkdownFormat, MarkdownSitePage } from '../model/site.ts';
import { anchorListOf } from '../model/anchors.ts';
import { extractAsCompiled, formatOf } from '../model/markdown-format.ts';
import { recordOf } from '../extract/page-record.ts';
import { CONTENT_SKIPPED_DIRS, listFiles } from './walk.ts';
import { pageMatcher } from './disk-view.ts';

// The pages plugin's default `include` and `exclude` (its options are not read).
const PAGE_GLOBS = { include: ['**/*.{js,jsx,ts,tsx,md,mdx}'], exclude: GlobExcludeDefault };
const MARKDOWN = /\.mdx?$/;

/** Each page file of src/pages (relative to that folder) with its route, without baseUrl. */
export function sitePages(siteDir: string): Array<{ file: string; route: string }> {
  return listFiles(path.join(siteDir, 'src', 'pages'), CONTENT_SKIPPED_DIRS)
    .filter(pageMatcher(PAGE_GLOBS))
    .map((file) => {
      const withoutExt = file.replace(/\.(jsx?|tsx?|mdx?)$/, '');
      const route = withoutExt === 'index' ? '/' : withoutExt.endsWith('/index') ? `/${withoutExt.slice(0, -'index'.length)}` : `/${withoutExt}`;
      return { file, route };
    });
}

/** Whether a file of src/pages is a Markdown page, whose text holds its anchors. */
export const isMarkdownPage = (file: string): boolean => MARKDOWN.test(file);

/**
 * Each Markdown page of src/pages, read and extracted as compiled. Only these files are read, so
 * a site without Markdown there reads nothing more.
 */
export function readMarkdownPages(siteDir: string, pages: Array<{ file: string; route: string }>, format: MarkdownFormat): MarkdownSitePage[] {
  const found: MarkdownSitePage[] = [];
  for (const { file, route } of pages) {
    if (!isMarkdownPage(file)) continue;
    const relative = `src/pages/${file}`;
    const record = recordOf(fs.readFileSync(path.join(siteDir, 'src', 'pages', file), 'utf8'));
    const extract = extractAsCompiled(record.extract, record.mdx, formatOf(relative, record.frontMatter.data, format));
    found.push({ file: relative, route, frontMatter: record.frontMatter, extract, mdx: record.mdx, ...(record.imports.length > 0 ? { rendersPartials: true as const } : {}) });
  }
  return found;
}

/** Per route of a Markdown page of src/pages that imports no Markdown (partials hold some anchors of the others): its file and its anchors. */
export function markdownPageAnchors(pages: MarkdownSitePage[], format: MarkdownFormat): Record<string, { file: string; list: string[] }> {
  const found: Record<string, { file: string; list: string[] }> = {};
  for (const { file, route, frontMatter, extract, rendersPartials } of pages) {
    if (!rendersPartials) found[route] = { file, list: anchorListOf({ file, frontMatter, extract }, [], format) };
  }
  return found;
}
