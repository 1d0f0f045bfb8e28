/**
 * The pages of src/pages (the pages plugin's folder, as the config sets it; none when the site
 * has no pages plugin), which the plugin publishes beside the docs: their routes, and the
 * anchors of the Markdown ones. The plugin compiles a `.md` or `.mdx` page with the docs'
 * MDX pipeline, and the theme's headings register their ids: a link to `/page#anchor` stops the
 * build (`onBrokenAnchors: 'throw'`) when the page has no such heading. A React page has none
 * but the ids its code gives the theme's Heading and Link, when the check can read them all
 * (load/react-page-anchors.ts); otherwise its anchors, and those of a Markdown page that imports
 * Markdown (which holds some outside its file), are not judged. The Markdown pages' own links
 * are checked as the build checks them (check/rules/site-page-links.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MarkdownFormat, MarkdownSitePage, PagesPluginSettings, SitePage } from '../model/site.ts';
import { anchorsWithPartials, type CodeAnchors, type ShownPartials } from '../model/anchors.ts';
import { extractAsCompiled, formatOf } from '../model/markdown-format.ts';
import { fileRouteOf, markdownPageRoute } from '../model/site-page-routes.ts';
import { routeKey } from '../model/routes.ts';
import { recordOf } from '../extract/page-record.ts';
import { siteComponentReader } from './site-component-reader.ts';
import type { SiteSyntax } from '../extract/site-syntax.ts';
import { CONTENT_SKIPPED_DIRS, listFiles } from './walk.ts';
import { diskView, pageMatcher } from './disk-view.ts';
import { resolveImport } from '../model/partials.ts';
import { PAGE_FRONT_MATTER } from '../model/plugin-front-matter-schema.ts';

const MARKDOWN = /\.mdx?$/;

/** A page file of the pages plugin's folder. */
export interface SitePageFile {
  /** Relative to the plugin's folder, with `/`: what its route is made from. */
  file: string;
  /** Relative to the site dir: `src/pages/about.md`. */
  siteFile: string;
  /** The route its name gives it, without baseUrl (a Markdown page's slug is read with its text). */
  route: string;
}

/** Each page file of the plugin's folder with the route its name gives it; none without the plugin. */
export function sitePages(siteDir: string, plugin: Readonly<PagesPluginSettings> | undefined): SitePageFile[] {
  if (!plugin) return [];
  return listFiles(path.join(siteDir, plugin.path), CONTENT_SKIPPED_DIRS)
    .filter(pageMatcher(plugin))
    .map((file) => ({ file, siteFile: `${plugin.path}/${file}`, route: fileRouteOf(file, plugin.routeBasePath) }));
}

/** Whether a file of the pages plugin's folder is a Markdown page, whose text holds its anchors. */
export const isMarkdownPage = (file: string): boolean => MARKDOWN.test(file);

/** The React pages among them (every page file that is not Markdown), relative to the site dir: the build bundles each. */
export const reactPagesOf = (pages: SitePageFile[]): string[] => pages.filter(({ file }) => !isMarkdownPage(file)).map(({ siteFile }) => siteFile);

/**
 * Each Markdown page of `pages`, read and extracted as compiled, at its route: its slug's when it
 * has one, under the plugin's `routeBasePath` (model/site-page-routes.ts). Only these files are
 * read, so a site without Markdown there reads nothing more. `syntax`: what the pages plugin's
 * own remark plugins add (extract/site-syntax.ts).
 */
export function readMarkdownPages(siteDir: string, routeBasePath: string, pages: SitePageFile[], format: MarkdownFormat, maintainCase = false, syntax?: SiteSyntax): MarkdownSitePage[] {
  const found: MarkdownSitePage[] = [];
  const withSiteComponents = siteComponentReader(siteDir);
  const disk = diskView(siteDir);
  const exists = (file: string) => disk.isFile(file);
  for (const { file, siteFile, route: fileRoute } of pages) {
    if (!isMarkdownPage(file)) continue;
    const record = withSiteComponents(siteFile, recordOf(fs.readFileSync(path.join(siteDir, siteFile), 'utf8'), syntax));
    const extract = extractAsCompiled(record.extract, record.mdx, formatOf(siteFile, record.frontMatter.data, format), maintainCase);
    found.push({
      file: siteFile, route: markdownPageRoute(file, record.frontMatter.data, routeBasePath), fileRoute, frontMatter: record.frontMatter, extract, mdx: record.mdx,
      ...(record.imports.length > 0 ? { imports: record.imports.map((imported) => resolveImport(siteFile, imported, exists)) } : {}),
      ...(PAGE_FRONT_MATTER.isDraft(record.frontMatter.data) ? { draft: true as const } : {}),
    });
  }
  return found;
}

/**
 * The pages of src/pages a production build publishes, each at its route (site-relative files):
 * the React pages at their files' names, the Markdown pages at theirs or their slugs', drafts
 * left out. `slugLine`: the line of a Markdown page's `slug`, which made its route.
 */
export function publishedSitePages(pages: SitePageFile[], markdownPages: MarkdownSitePage[]): SitePage[] {
  const markdown = new Map(markdownPages.map((page) => [page.file, page]));
  return pages.flatMap(({ siteFile, route }): SitePage[] => {
    const page = markdown.get(siteFile);
    if (!page) return [{ file: siteFile, route }];
    if (page.draft) return [];
    const slugLine = page.frontMatter.keyLines.slug;
    return [{ file: siteFile, route: page.route, ...(slugLine !== undefined ? { slugLine } : {}) }];
  });
}

/**
 * Per route of a published Markdown page of src/pages: its file and its anchors, with those of
 * the partials it shows (`shownPartials`). A route that `published` gives two pages is left out:
 * which one the build keeps is not known (rules/duplicate-route.ts).
 */
export function markdownPageAnchors(pages: MarkdownSitePage[], published: SitePage[], format: MarkdownFormat, codeAnchors: CodeAnchors, shownPartials: ShownPartials, h1Anchors = false): Record<string, { file: string; list: string[] }> {
  const found: Record<string, { file: string; list: string[] }> = {};
  const shared = sharedRoutes(published);
  for (const page of pages) {
    if (page.draft || shared.has(routeKey(page.route))) continue;
    const list = anchorsWithPartials(page, format, codeAnchors, shownPartials, h1Anchors);
    if (list) found[page.route] = { file: page.file, list };
  }
  return found;
}

/**
 * Per route of a React page whose collected anchors are known (MdxEnvironment.reactPageAnchors,
 * by file): its file and those anchors. A route two pages share is left out, as for Markdown pages.
 */
export function reactPageAnchors(anchors: Readonly<Record<string, string[]>>, published: SitePage[]): Record<string, { file: string; list: string[] }> {
  const shared = sharedRoutes(published);
  return Object.fromEntries(published.filter(({ file, route }) => Object.hasOwn(anchors, file) && !shared.has(routeKey(route))).map(({ file, route }) => [route, { file, list: anchors[file] }]));
}

function sharedRoutes(published: SitePage[]): Set<string> {
  const keys = published.map(({ route }) => routeKey(route));
  return new Set(keys.filter((key, i) => keys.indexOf(key) !== i));
}
