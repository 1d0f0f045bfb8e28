/**
 * Lookups the rules share, built once per check: pages by file and by route, file existence
 * with exact case (and the differently-cased twin, for the hint).
 */
import fs from 'node:fs';
import path from 'node:path';
import { anchorListOf, inertIdListOf, isAnchorHeading } from '../content/model/anchors.ts';
import { outlinedAnchorsOpen, outlinedInertIds } from './site-outline.ts';
import { hiddenPartialsOf, type HiddenAt, type PartialImporter } from '../content/model/hidden-partials.ts';
import { partialsReachedFrom } from '../content/model/rendered-partials.ts';
import type { BlogListKind, MarkdownFormat, Page, PageExtract, PartialPage, Site } from '../content/model/site.ts';
import { routeKey } from '../content/model/routes.ts';
import { manyPathsMatcher } from '../content/model/plugin-route-match.ts';
import { formatOf } from '../content/model/markdown-format.ts';
import { contentHash } from '../content/load/content-hash.ts';
import { severityIn, type Severity } from './problem.ts';
import { contentPageViews } from '../content/model/content-views.ts';

/**
 * What a route is: a page of the docs, or another page, whose anchors are known when the theme
 * renders it on its own, or when it is a Markdown page of src/pages (`file`: its headings').
 */
export type RouteTarget = { kind: 'page'; page: Page } | { kind: 'route'; anchors?: ReadonlySet<string>; file?: string; listPage?: BlogListKind };

export interface SiteIndex {
  site: Site;
  pageByFile: Map<string, Page>;
  routeTarget(route: string): RouteTarget | undefined;
  /** Exact-case existence of a site-relative file or folder. */
  fileExists(relative: string): boolean;
  /** Whether a site-relative path names a file (not a folder), with exact case: what webpack can require. */
  isFile(relative: string): boolean;
  /** The existing file whose path differs from `relative` only in case, or in how its accents are composed (NFC, NFD), if any. */
  caseTwin(relative: string): string | undefined;
  /**
   * What `#fragment`s the page answers, as Docusaurus collects them: ids of h2–h6 headings (an h1
   * is rendered without one) and, in files read as CommonMark, of HTML anchors; for the page and
   * every partial it renders.
   */
  anchorsOf(page: Page): Set<string>;
  /** Whether `id` is one of anchorsOf(page), without building the set (most pages are asked a few times). */
  hasAnchor(page: Page, id: string): boolean;
  /** Ids of the page and the partials it renders that look like anchors and are none (model/anchors.ts, inertIdListOf). */
  inertIdsOf(page: Page): readonly string[];
  /** The partials a page renders, directly or through other partials, each once. */
  partialsOf(page: Page): readonly PartialPage[];
  /** Those of them that reach the built page by no path, as a `<Tabs lazy>` leaves them out (model/hidden-partials.ts), each with the element that hides it. */
  hiddenPartialsOf(page: Page): ReadonlyMap<string, HiddenAt>;
  /** A fingerprint of a site-relative directory's listing as this check sees it ('' for none). */
  listingDigest(dir: string): string;
  /** The directories whose listing this check has read so far. */
  listedDirs(): string[];
}

const NO_PARTIALS: readonly PartialPage[] = Object.freeze([]);
const NONE_HIDDEN: ReadonlyMap<string, HiddenAt> = new Map();

export function indexSite(site: Site): SiteIndex {
  const pageByFile = new Map(site.pages.map((page) => [page.file, page]));
  const routes = new Map<string, RouteTarget>();
  // The pages the docs plugin makes (a tags page, a category's index) render the app's components too: the site's Footer's ids are theirs.
  const everyPage = [...(site.mdx?.themeAnchors?.every ?? []), ...(site.mdx?.themeAnchors?.docs ?? [])];
  for (const version of site.versions) {
    for (const route of version.extraRoutes) {
      const anchors = version.extraRouteAnchors?.[route];
      routes.set(routeKey(route), anchors ? { kind: 'route', anchors: new Set([...anchors, ...everyPage]) } : { kind: 'route' });
    }
  }
  for (const route of site.otherRoutes) {
    const anchors = site.otherRouteAnchors?.[route];
    routes.set(routeKey(route), anchors ? { kind: 'route', anchors: new Set(anchors.list), ...(anchors.file === undefined ? {} : { file: anchors.file }), ...(anchors.listPage ? { listPage: anchors.listPage } : {}) } : { kind: 'route' });
  }
  // Pages last: a doc route wins over anything else at the same path.
  for (const page of site.pages) routes.set(routeKey(page.route), { kind: 'page', page });

  // Routes under another docs instance's base path (or a blog's that processes its posts, or
  // its authors' when its map is refused) exist or not: the check cannot tell.
  const foreign = [...site.settings.foreignRoutePrefixes, ...(site.unknownRoutePrefixes ?? [])].map(routeKey);
  // Routes a plugin adds that answer many paths (not exact ones), as react-router matches them.
  const pluginMatch = manyPathsMatcher(site.settings.pluginRoutes ?? []);
  const isForeign = (route: string) => foreign.some((base) => base === '/' || route === base || route.startsWith(`${base}/`)) || pluginMatch?.(route) !== undefined;
  const dirListings = new Map<string, Set<string> | null>();
  /** Per listed folder, the names in it that are folders. */
  const subfolders = new Map<string, Set<string>>();
  const listing = (dir: string) => {
    let names = dirListings.get(dir);
    if (names === undefined) {
      try {
        const entries = fs.readdirSync(path.join(site.dir, dir), { withFileTypes: true });
        names = new Set(entries.map(({ name }) => name));
        subfolders.set(dir, new Set(entries.filter((entry) => entry.isDirectory()).map(({ name }) => name)));
      } catch {
        names = null;
      }
      dirListings.set(dir, names);
    }
    return names;
  };
  const fileExists = (relative: string): boolean => {
    const parts = relative.split('/');
    let dir = '';
    for (const part of parts) {
      // A leading `..` (a static folder outside the site's) is in no listing, and always there.
      if (part !== '..' || !/^(?:\.\.\/?)*$/.test(dir)) {
        if (!listing(dir === '' ? '.' : dir)?.has(part)) return false;
      }
      dir = dir === '' ? part : `${dir}/${part}`;
    }
    return true;
  };
  // Many pages link one image (`/img/logo.png`): each path is walked once.
  const filesFound = new Map<string, boolean>();
  const isFile = (relative: string): boolean => {
    let found = filesFound.get(relative);
    if (found === undefined) {
      const slash = relative.lastIndexOf('/');
      found = fileExists(relative) && !subfolders.get(slash === -1 ? '.' : relative.slice(0, slash))?.has(relative.slice(slash + 1));
      filesFound.set(relative, found);
    }
    return found;
  };
  // Alike to a writer's eye: in another case, or with accents composed otherwise (NFC and NFD).
  const alike = (name: string) => name.normalize('NFC').toLowerCase();
  const caseTwin = (relative: string): string | undefined => {
    let dir = '';
    for (const part of relative.split('/')) {
      const names = listing(dir === '' ? '.' : dir);
      const match = names && [...names].find((name) => alike(name) === alike(part));
      if (!match) return undefined;
      dir = dir === '' ? match : `${dir}/${match}`;
    }
    return dir;
  };
  const partialByFile = new Map(site.partials.map((partial) => [partial.file, partial]));
  const partialsFound = new Map<Page, readonly PartialPage[]>();
  const partialsOf = (page: Page): readonly PartialPage[] => {
    if (page.imports.length === 0) return NO_PARTIALS; // most pages: asked for by several rules
    let list = partialsFound.get(page);
    if (!list) partialsFound.set(page, (list = partialsReachedFrom(page, partialByFile)));
    return list;
  };
  const hiddenFound = new Map<Page, ReadonlyMap<string, HiddenAt>>();
  const compilesAsMdx = (file: PartialImporter) => formatOf(file.file, file.frontMatter?.data ?? {}, site.settings.markdownFormat) === 'mdx';
  const hiddenOf = (page: Page): ReadonlyMap<string, HiddenAt> => {
    if (page.imports.length === 0) return NONE_HIDDEN;
    let hidden = hiddenFound.get(page);
    if (!hidden) hiddenFound.set(page, (hidden = hiddenPartialsOf(page, partialsOf(page), compilesAsMdx)));
    return hidden;
  };
  /** The partials whose headings and ids reach the built page. */
  const renderedPartialsOf = (page: Page): readonly PartialPage[] => {
    const hidden = hiddenOf(page);
    return hidden.size === 0 ? partialsOf(page) : partialsOf(page).filter(({ file }) => !hidden.has(file));
  };
  const anchors = new Map<Page, Set<string>>();
  // Pages code of the site's adds anchors to (MdxEnvironment.anchorsOpen): any anchor may be theirs.
  const openAnchors = new Set(site.mdx?.anchorsOpen);
  // And those its components collect from the props a page gives them (an outlined page's are among its headings).
  const collectedAnchors = site.mdx?.collectedAnchors;
  // And those the site's copies of the theme's components (its Footer, a DocItem part) render on every doc.
  const everyPageAnchors = new Set([...(site.mdx?.themeAnchors?.every ?? []), ...(site.mdx?.themeAnchors?.docs ?? [])]);
  // A page that renders no partials has the anchors of its text: copies of one text in other
  // versions (about half the pages of a versioned site) share one set. Keyed by the text's extract,
  // and by whether the file is read as CommonMark (its HTML ids are anchors then).
  const textAnchors = new Map<PageExtract, [Set<string>?, Set<string>?]>();
  const ownAnchorsOf = (page: Page): Set<string> => {
    const commonMark = formatOf(page.file, page.frontMatter.data, site.settings.markdownFormat) === 'md';
    let sets = textAnchors.get(page.extract);
    if (!sets) textAnchors.set(page.extract, (sets = [undefined, undefined]));
    return (sets[commonMark ? 1 : 0] ??= new Set(anchorListOf(page, NO_PARTIALS, site.settings.markdownFormat, site.settings.h1Anchors)));
  };
  return {
    site,
    pageByFile,
    routeTarget: (route) => routes.get(routeKey(route)) ?? routes.get(routeKey(safeDecodeURI(route))) ?? (isForeign(route) ? { kind: 'route' } : undefined),
    fileExists,
    isFile,
    caseTwin,
    anchorsOf(page) {
      let set = anchors.get(page);
      if (!set) {
        const partials = renderedPartialsOf(page);
        set = partials.length === 0 ? ownAnchorsOf(page) : new Set(anchorListOf(page, partials, site.settings.markdownFormat, site.settings.h1Anchors));
        anchors.set(page, set);
      }
      return set;
    },
    hasAnchor(page, id) {
      if (outlinedAnchorsOpen(page.extract) ?? openAnchors.has(page.file)) return true;
      if (collectedAnchors?.[page.file]?.includes(id) || everyPageAnchors.has(id)) return true;
      const set = anchors.get(page);
      if (set?.has(id)) return true;
      if (!set && extractHasAnchor(page.extract, id, () => formatOf(page.file, page.frontMatter.data, site.settings.markdownFormat) === 'md', site.settings.h1Anchors)) return true;
      if (page.imports.length === 0) return false;
      // A partial's components collect anchors for the page that renders it, as the page's own do.
      return renderedPartialsOf(page).some(({ file, extract }) => openAnchors.has(file) || collectedAnchors?.[file]?.includes(id) || (!set && extractHasAnchor(extract, id, () => formatOf(file, {}, site.settings.markdownFormat) === 'md', site.settings.h1Anchors)));
    },
    inertIdsOf: (page) => outlinedInertIds(page.extract) ?? inertIdListOf(page, renderedPartialsOf(page), site.settings.markdownFormat),
    partialsOf,
    hiddenPartialsOf: hiddenOf,
    listingDigest: (dir) => {
      const names = listing(dir);
      return names ? contentHash([...names].sort().join('\0')) : '';
    },
    listedDirs: () => [...dirListings.keys()],
  };
}

/** Whether a heading (isAnchorHeading), a footnote or a Docusaurus component of `extract` has the id, or an HTML id when the file is read as CommonMark. */
function extractHasAnchor(extract: PageExtract, id: string, isCommonMark: () => boolean, h1Anchors: boolean | undefined): boolean {
  // Headings first: they need no format, which costs more to work out than the scan.
  for (const heading of extract.headings) if (heading.id === id && isAnchorHeading(heading, h1Anchors)) return true;
  if (extract.footnoteIds?.includes(id) || extract.componentAnchors?.includes(id)) return true;
  return extract.htmlIds.length > 0 && extract.htmlIds.includes(id) && isCommonMark();
}

export function safeDecodeURI(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}

export function safeDecodeURIComponent(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** How much each partial's problems weigh: an error if a published page renders it, a warning if only drafts do; absent if no page does. */
export function partialSeverities(site: Site, index: SiteIndex): Map<string, Severity> {
  const severityOf = new Map<string, Severity>();
  for (const page of [...site.pages, ...contentPageViews(site)]) {
    for (const partial of index.partialsOf(page)) if (severityOf.get(partial.file) !== 'error') severityOf.set(partial.file, severityIn(page));
  }
  return severityOf;
}
