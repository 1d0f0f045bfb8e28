/**
 * Rule `duplicate-route`: two docs of one version with one id, or two pages at one address, at
 * both pages, each naming the other. A shared id always stops Docusaurus ("The docs plugin found
 * docs sharing the same id"); a shared address stops it with `onDuplicateRoutes: 'throw'` (this
 * site) and is a warning otherwise, as it is for Docusaurus. Addresses are compared without a
 * trailing slash: with `trailingSlash` set, Docusaurus makes them equal; without it, it keeps
 * `/x` and `/x/` apart and silently writes both to x/index.html: one page is lost, and the build
 * passes whatever onDuplicateRoutes says, so it is a warning that says so.
 */
import type { Page, Site } from '../../content/model/site.ts';
import { joinUrl, routeKey } from '../../content/model/routes.ts';
import { isSinglePage } from '../../content/model/plugin-route-match.ts';
import type { Problem, Severity } from '../problem.ts';

const HINT_ID = 'rename one of the files, or give one of them its own `id` in the front matter';
const HINT_ROUTE = 'change the `slug` or `id` of one of them, or rename one file';
const DRAFT_NOTE = '; a draft is involved, so only `npm start`, which shows drafts, is affected';

export function checkDuplicateRoutes(site: Site): Problem[] {
  const problems: Problem[] = [];
  const sameId = groupsOf(site.pages, (page) => `${page.version}\0${page.id}`);
  // Pages already told about a shared id: their shared address follows from it.
  const told = new Set<Page>(sameId.flat());
  for (const group of sameId) {
    for (const page of group) {
      const prefix = /^\d+\s*[-_.]+/.exec(page.source.split('/').at(-1)!)?.[0];
      const why = page.frontMatter.keyLines.id === undefined && prefix ? `, as the number prefix "${prefix}" is not part of an id` : '';
      problems.push(at(page, 'id', group, 'error', {
        message: `doc id "${page.id}" is also the id of ${filesOf(page, group)}${why}; Docusaurus stops with "The docs plugin found docs sharing the same id"`,
        hint: HINT_ID,
      }));
    }
  }
  const { stops, docusaurusSays } = duplicateRoutesOutcome(site);
  for (const group of groupsOf(site.pages, (page) => routeKey(page.route))) {
    if (group.every((page) => told.has(page))) continue;
    // Without `trailingSlash`, Docusaurus keeps `/x` and `/x/` apart, then writes both to x/index.html.
    const spellings = new Set(group.map((page) => page.route));
    const overwritten = site.settings.trailingSlash === undefined && spellings.size > 1;
    for (const page of group) {
      const others = group.filter((other) => other !== page).map((other) => (other.route === page.route ? other.file : `${other.file}, at "${other.route}"`));
      // Overwritten, the build still passes (onDuplicateRoutes never sees it): a warning, as the check raises no error where the build passes.
      problems.push(at(page, keyOfRoute(page), group, !overwritten && stops ? 'error' : 'warning', {
        message: overwritten
          ? `address "${page.route}" is also the address of ${others.join(' and ')}: Docusaurus builds, but writes ${group.length === 2 ? 'both' : 'all of them'} to ${htmlFileOf(page.route)}, so only one is published`
          : `address "${page.route}" is also the address of ${others.join(' and ')}; ${docusaurusSays}`,
        hint: HINT_ROUTE,
      }));
    }
  }
  const otherRoutes = new Set(site.otherRoutes.map(routeKey));
  for (const page of site.pages) {
    if (!otherRoutes.has(routeKey(page.route))) continue;
    const atRoute = ({ route }: { route: string }) => routeKey(route) === routeKey(page.route);
    const posts = site.blogPosts?.filter((post) => !post.draft && atRoute(post)).map(({ file }) => file) ?? [];
    const blogLists = (site.settings.blogs ?? []).filter(({ routeBasePath }) => atRoute({ route: joinUrl(routeBasePath) })).map(({ path: folder }) => `the list page of the blog in ${folder}/`);
    const pluginPages = (site.settings.pluginRoutes ?? []).filter((route) => isSinglePage(route) && atRoute({ route: route.path })).map(({ plugin }) => `the page the plugin ${plugin} adds`);
    const files = [...(site.sitePages?.filter(atRoute).map(({ file }) => file) ?? []), ...posts, ...blogLists, ...pluginPages];
    problems.push(at(page, keyOfRoute(page), [page], stops ? 'error' : 'warning', {
      message: `address "${page.route}" is also the address of ${files.length > 0 ? files.join(' and ') : 'a page in src/pages'}; ${docusaurusSays}`,
      hint: `${HINT_ROUTE.replace(' of one of them', '')}, or ${posts.length > 0 ? 'give the post another slug' : blogLists.length > 0 ? 'give the blog another routeBasePath' : pluginPages.length > 0 ? "change the plugin's options" : 'move the src/pages page'}`,
    }));
  }
  // Pages Docusaurus makes itself (a category's generated index, a version's tags pages) clash the same way.
  const generatedRoutes = new Set(site.versions.flatMap((version) => version.extraRoutes.map(routeKey)));
  for (const page of site.pages) {
    if (!generatedRoutes.has(routeKey(page.route))) continue;
    problems.push(at(page, keyOfRoute(page), [page], stops ? 'error' : 'warning', {
      message: `address "${page.route}" is also the address of a page Docusaurus makes itself (a category's generated index, or a tags page); ${docusaurusSays}`,
      hint: `${HINT_ROUTE.replace(' of one of them', '').replace('one file', 'the file')}; a generated index moves with its category's \`link.slug\``,
    }));
  }
  problems.push(...sitePageClashes(site, stops, docusaurusSays), ...blogPostClashes(site, stops, docusaurusSays));
  return problems;
}

/**
 * Published blog posts at the address of another post (two slugs alike, or a slug at another
 * post's file address), of a page of src/pages, of a doc, or of a page the blog makes itself (its
 * archive, list, tags or authors pages), at the post (its `slug` line, else 1:1); a doc's side
 * is reported at the doc above.
 */
function blogPostClashes(site: Site, stops: boolean, docusaurusSays: string): Problem[] {
  const posts = site.blogPosts?.filter(({ draft }) => !draft);
  if (!posts || posts.length === 0) return [];
  const keyOf = site.settings.trailingSlash === undefined ? (route: string) => route : routeKey;
  const others = [...posts, ...(site.sitePages ?? []), ...site.pages.filter(({ draft }) => !draft)];
  const blogPages = new Set((site.blogPages ?? []).map(keyOf));
  return posts.flatMap(({ file, route, frontMatter }): Problem[] => {
    const clashing = others.filter((other) => other.file !== file && keyOf(other.route) === keyOf(route)).map((other) => other.file);
    // A slug such as `archive`, `tags` or `page/2` lands on a page the blog makes itself.
    if (blogPages.has(keyOf(route))) clashing.push(blogPageWords(site, route));
    if (clashing.length === 0) return [];
    return [{
      file, line: frontMatter.keyLines.slug ?? 1, column: 1, severity: stops ? 'error' : 'warning', rule: 'duplicate-route',
      message: `address "${route}" of this post is also the address of ${clashing.join(' and ')}; ${docusaurusSays}`,
      hint: frontMatter.keyLines.slug === undefined ? 'give the post a slug of its own, or rename its file' : 'change the `slug`',
    }];
  });
}

/**
 * Pages of src/pages at the address of another one (`about.md` beside `about.js`, a slug), of a
 * doc, of a page Docusaurus makes itself, or of a blog's own page (a blog at the root has its
 * list page at `/`), at the page of src/pages (its `slug` line, else 1:1); the doc's side is
 * reported at the doc above. Without `trailingSlash`, `/x` and `/x/` are two routes to
 * Docusaurus, which does not call them duplicates.
 */
function sitePageClashes(site: Site, stops: boolean, docusaurusSays: string): Problem[] {
  if (!site.sitePages) return [];
  const keyOf = site.settings.trailingSlash === undefined ? (route: string) => route : routeKey;
  const byRoute = new Map<string, string[]>();
  for (const { file, route } of site.sitePages) byRoute.set(keyOf(route), [...(byRoute.get(keyOf(route)) ?? []), file]);
  const docs = new Map<string, Page[]>();
  for (const page of site.pages) docs.set(routeKey(page.route), [...(docs.get(routeKey(page.route)) ?? []), page]);
  const generated = new Set(site.versions.flatMap((version) => version.extraRoutes.map(routeKey)));
  const blogPages = new Set((site.blogPages ?? []).map(keyOf));
  const problems: Problem[] = [];
  for (const { file, route, slugLine } of site.sitePages) {
    const others = byRoute.get(keyOf(route))!.filter((other) => other !== file);
    const clashingDocs = docs.get(routeKey(route)) ?? [];
    const what = [...others, ...clashingDocs.map((doc) => doc.file)];
    if (generated.has(routeKey(route))) what.push('a page Docusaurus makes itself (a category\'s generated index, or a tags page)');
    // A page the blog makes itself: a blog at the root has its list page at `/`, where src/pages/index.* usually is.
    if (blogPages.has(keyOf(route))) what.push(blogPageWords(site, route));
    if (what.length === 0) continue;
    // A draft doc is not published: only `npm start` shows it at that address.
    const draft = others.length === 0 && !generated.has(routeKey(route)) && !blogPages.has(keyOf(route)) && clashingDocs.every((doc) => doc.draft);
    problems.push({
      file, line: slugLine ?? 1, column: 1, severity: stops && !draft ? 'error' : 'warning', rule: 'duplicate-route',
      message: `address "${route}" of this page of src/pages is also the address of ${what.join(' and ')}; ${docusaurusSays}${draft ? DRAFT_NOTE : ''}`,
      hint: blogPages.has(keyOf(route)) && others.length === 0 && clashingDocs.length === 0
        ? `${slugLine === undefined ? 'remove or rename the file in src/pages' : 'change the `slug`'}, or give the blog another routeBasePath${routeKey(route) === '/' ? ' (a blog at the site\'s root has its list page at /)' : ''}`
        : slugLine === undefined ? 'rename or move the file in src/pages, or move the other page' : 'change the `slug`, or move the other page',
    });
  }
  return problems;
}

/** Which page a blog makes at `route` (one of Site.blogPages): a list page, its archive, a tags or authors page. */
function blogPageWords(site: Site, route: string): string {
  const key = routeKey(route);
  for (const blog of site.settings.blogs ?? []) {
    const at = (...parts: string[]) => routeKey(joinUrl(blog.routeBasePath, ...parts));
    const below = (...parts: string[]) => key.startsWith(`${at(...parts)}/`);
    const kind = key === at() ? 'the list page'
      : below(blog.pageBasePath) ? 'a list page'
        : blog.archiveBasePath !== null && key === at(blog.archiveBasePath) ? 'the archive'
          : key === at(blog.tagsBasePath) ? 'the tags page' : below(blog.tagsBasePath) ? 'a tag\'s page'
            : key === at(blog.authorsBasePath) ? 'the authors page' : below(blog.authorsBasePath) ? 'an author\'s page' : undefined;
    if (kind) return `${kind} of the blog in ${blog.path}/`;
  }
  return 'a page a blog makes';
}

/** What Docusaurus does with two pages at one address, under the config's `onDuplicateRoutes`: stop, or warn. */
export function duplicateRoutesOutcome(site: Site): { stops: boolean; docusaurusSays: string } {
  const stops = site.settings.onDuplicateRoutes === 'throw';
  return { stops, docusaurusSays: stops ? 'Docusaurus stops with "Duplicate routes found!"' : 'Docusaurus warns "Duplicate routes found!" and publishes only one of them' };
}

/**
 * Whether Docusaurus makes more than one page of its own (a category's generated index, a tags
 * page) at this route, given without the version's path joined: `route` as routeKey writes it.
 */
export const madeMoreThanOnce = (site: Site, route: string): boolean =>
  site.versions.flatMap(({ extraRoutes }) => extraRoutes).filter((other) => routeKey(other) === route).length > 1;

/** The words for a generated index at such a route (rules/category-file.ts, rules/sidebar.ts). */
export const GENERATED_INDEX_CLASH = 'is also the address of another page Docusaurus makes (another category\'s generated index, or a tags page)';

/** The file the build writes a route to when `trailingSlash` is not set. */
const htmlFileOf = (route: string) => `${routeKey(route).slice(1)}${route === '/' ? '' : '/'}index.html`;

/** Groups of two or more pages with the same key, in the order of the pages. */
function groupsOf(pages: Page[], keyOf: (page: Page) => string): Page[][] {
  // Nearly every key has one page: an array is made only for a second one.
  const first = new Map<string, Page>();
  const groups = new Map<string, Page[]>();
  for (const page of pages) {
    const key = keyOf(page);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, page);
    else {
      const group = groups.get(key);
      if (group) group.push(page);
      else groups.set(key, [seen, page]);
    }
  }
  // In the order of each group's first page, as before a second page was seen.
  return groups.size === 0 ? [] : [...first.keys()].filter((key) => groups.has(key)).map((key) => groups.get(key)!);
}

/** The front matter key that made the address: `slug` when set, else `id` when set. */
const keyOfRoute = (page: Page): 'slug' | 'id' => (page.frontMatter.keyLines.slug !== undefined ? 'slug' : 'id');

const filesOf = (page: Page, group: Page[]) => group.filter((other) => other !== page).map((other) => other.file).join(' and ');

/**
 * A problem at the key's line (1:1 without it). A draft is not published, so a clash that
 * involves one only warns: this site's build leaves drafts out, `npm start` shows them.
 */
function at(page: Page, key: 'slug' | 'id', group: Page[], severity: Severity, text: { message: string; hint: string }): Problem {
  const line = page.frontMatter.keyLines[key] ?? 1;
  const draft = group.some((member) => member.draft);
  return { file: page.file, line, column: 1, severity: draft ? 'warning' : severity, rule: 'duplicate-route', ...text, message: draft ? `${text.message}${DRAFT_NOTE}` : text.message };
}
