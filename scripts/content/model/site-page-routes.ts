/**
 * Where the pages plugin publishes a file of its folder (src/pages), with Docusaurus's own URL
 * functions: a Markdown page at its front matter's `slug` when it has one (from the plugin's
 * base path, `/` by default, whatever the file's folder: `slug: moved` in src/pages/sub/page.md
 * is /moved), any other page at its file's name; a draft Markdown page nowhere in a production
 * build. Routes are without baseUrl.
 */
import { encodePath, fileToPath, normalizeUrl } from '@docusaurus/utils/lib/urlUtils.js';

/** The route the file's name gives it (`file` relative to the plugin's folder), under the plugin's `routeBasePath`: `about.md` → /about, `guide/index.js` → /guide/. */
export const fileRouteOf = (file: string, routeBasePath = '/'): string => normalizeUrl(['/', routeBasePath, encodePath(fileToPath(file))]);

/**
 * The route of a Markdown page of src/pages: its `slug` (some text; another value, '' included,
 * stops the build at the front matter's validation, which the front-matter rule reports) or
 * else its file's name.
 */
export function markdownPageRoute(file: string, data: Record<string, unknown>, routeBasePath = '/'): string {
  return typeof data.slug === 'string' && data.slug !== '' ? normalizeUrl(['/', routeBasePath, data.slug]) : fileRouteOf(file, routeBasePath);
}

/** A Markdown page of src/pages, as far as its route goes. */
interface RoutedPage {
  file: string;
  route: string;
  /** The route its file's name gives it, where it is without a slug. */
  fileRoute: string;
  /** Left out of a production build (MarkdownSitePage.draft). */
  draft?: true;
}

/**
 * Why no page is at `route` though a Markdown page of src/pages names it: the page is a draft,
 * or its slug publishes it elsewhere. Undefined when no such page.
 */
export function unpublishedSitePageHint(pages: readonly RoutedPage[], route: string, sameRoute: (a: string, b: string) => boolean): string | undefined {
  for (const page of pages) {
    const { draft } = page;
    if (draft && sameRoute(page.route, route)) return `${page.file} is a draft (draft: true), which a production build leaves out`;
    const { fileRoute } = page;
    if (fileRoute !== page.route && sameRoute(fileRoute, route)) {
      return `${page.file} is published at its slug, ${page.route}${draft ? ', when it is no longer a draft' : ''}: link there`;
    }
  }
  return undefined;
}
