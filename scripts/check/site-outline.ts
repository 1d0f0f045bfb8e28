/**
 * The site's outline: what each page shows the rest of the site. Another page's problems can
 * depend on a page only through its file, version, id, address, draft flag and anchors, and
 * through the tag pages its `tags` make (load/version-routes.ts): the only front matter the
 * check reads across pages, beside what decides the rest (kept here in its decided form). So when
 * a page changes and its outline does not, only its own problems can change: the check takes
 * every other file's problems from the last report (check/edit-recheck.ts). When only its
 * anchors change, so can the problems of the pages whose links look for them, which the links
 * rule records (PageLinkProblems).
 *
 * Pages that render partials, and partials, are left out of that shortcut: what they show
 * depends on other files, and their problems land in other files. So are Markdown files whose
 * exports other files import: which of their functions run depends on those files.
 */
import { EVERY_PAGE, type FrontMatter, type Heading, type MarkdownFormat, type Page, type PageExtract, type PartialPage, type Site, type SiteSettings, type Version } from '../content/model/site.ts';
import { anchorListOf, inertIdListOf } from '../content/model/anchors.ts';
import type { SiteIndex } from './site-index.ts';
import { routeOfPath } from './resolve.ts';
import { contentHash } from '../content/load/content-hash.ts';
import { markdownExportsTaken } from '../content/model/module-specifiers.ts';

/**
 * What the others see of a page beside its file, version, id, address and draft flag.
 * - `takesExports`: the exports it takes from other Markdown files, which decide which of their
 *   functions run there (model/mdx-reach.ts): `import {Box} from './other.mdx'`, as written, or 0
 *   for none.
 * - `displayedSidebar`: the front matter's `displayed_sidebar` (0 when absent), which decides
 *   where sidebar links render (rules/sidebar-links.ts).
 * - `inertIds`: ids that look like anchors and are none (model/anchors.ts, inertIdListOf), which
 *   a link's hint names; 0 for none.
 * - `anchorsOpen`: 1 when code of the site's adds anchors to the page that the check does not
 *   all know (MdxEnvironment.anchorsOpen).
 * - `collected`: the anchors components of the site's collect from the page's props
 *   (MdxEnvironment.collectedAnchors); 0 for none.
 */
export type PageSeen = [anchors: string[], tags: unknown, rendersPartials: 0 | 1, takesExports: string[] | 0, displayedSidebar: unknown, inertIds: string[] | 0, anchorsOpen: 0 | 1, collected: string[] | 0];

/** One page as the others see it. */
export interface PageOutline {
  file: string;
  version: string;
  id: string;
  route: string;
  draft: boolean;
  seen: PageSeen;
}

/** What the others see of a page that renders `partials` (its own format decides whether its HTML ids are anchors). */
export function pageOutline(page: Page, format: MarkdownFormat, partials: readonly PartialPage[] = [], anchorsOpen = false, collected: readonly string[] = []): PageOutline {
  // A title, a weight or a description is the page's own: edits of them are checked on the page alone.
  const takes = (page.mdx?.imports ?? []).flatMap((imported) => {
    const taken = markdownExportsTaken(imported);
    return taken ? [`${imported.source} ${taken.join(',')}`] : [];
  });
  const { data } = page.frontMatter;
  const inertIds = inertIdListOf(page, partials, format);
  const seen: PageSeen = [anchorListOf(page, partials, format), data.tags ?? null, partials.length > 0 ? 1 : 0, takes.length > 0 ? takes : 0, 'displayed_sidebar' in data ? data.displayed_sidebar ?? null : 0, inertIds.length > 0 ? inertIds : 0, anchorsOpen ? 1 : 0, collected.length > 0 ? [...collected] : 0];
  return { file: page.file, version: page.version, id: page.id, route: page.route, draft: page.draft, seen };
}

/**
 * The stored outline's first line: the site's versions and other routes, its partials, and a
 * column per field every page has. One line per page follows with what it shows beside them
 * (PageSeen), read only for the pages that are looked at.
 */
interface OutlineHead {
  key: string;
  versions: Version[];
  otherRoutes: string[];
  otherRouteAnchors?: Site['otherRouteAnchors'];
  unknownRoutePrefixes?: Site['unknownRoutePrefixes'];
  /** The pages of src/pages: a doc at one's address is reported with its file's name. */
  sitePages?: Site['sitePages'];
  /** The pages that render `<Link>`s from code (MdxEnvironment.codeLinks), whose problems are their modules': the outline holds none of them. */
  codeLinkPages?: string[];
  /** The pages whose anchors links outside the docs look for (anchorsLookedForOutside); `all` where one cannot be placed. Absent in an outline of an earlier check: taken as `all` where those links are. */
  anchorsFromOutside?: number[] | 'all';
  partials: string[];
  /** Markdown files others take exports from (`*`: maybe any), whose problems depend on those files. */
  exportingFiles: string[];
  files: string[];
  /** Positions in `versions`. */
  versionOf: number[];
  ids: string[];
  routes: string[];
  /** One character a page: 1 for a draft. */
  drafts: string;
}

/**
 * The docs whose anchors links outside the docs look for: the Markdown links of the Markdown pages
 * of src/pages and of blog posts, and the `<Link>`s code renders (React pages, the site's theme
 * components, components MDX pages render, a post's on its list pages). Those links' problems are
 * their own files', which the edit recheck does not read again: when a doc's anchors move, it runs
 * the whole check only if the doc is one of these. `all` when a link's page cannot be told: an
 * address relative to the page that renders it, or a `#…` of code that every page renders.
 */
function anchorsLookedForOutside(site: Site, index: SiteIndex): number[] | 'all' {
  const positions = new Map(site.pages.map((page, position) => [page, position]));
  const byFile = new Map(site.pages.map((page, position) => [page.file, position]));
  const found = new Set<number>();
  // Whether the link's page is known: added to `found` when it is a doc.
  const placed = (url: string, renderedOn?: string): boolean => {
    const hash = url.indexOf('#');
    if (hash === -1 || /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(url)) return true;
    const path = url.slice(0, hash).split('?')[0];
    try {
      decodeURI(path);
    } catch {
      return false; // an escape that decodes to nothing: its page cannot be told
    }
    if (path === '') {
      if (renderedOn === undefined) return true; // a Markdown page's or a post's own anchor
      if (renderedOn === EVERY_PAGE) return false;
      const position = byFile.get(renderedOn);
      if (position !== undefined) found.add(position);
      return true;
    }
    if (!path.startsWith('/')) return false;
    // The route as the links rule finds it (with or without the base URL).
    for (const route of new Set([path, routeOfPath(index, path)])) {
      const target = index.routeTarget(route);
      const position = target?.kind === 'page' ? positions.get(target.page) : undefined;
      if (position !== undefined) found.add(position);
    }
    return true;
  };
  for (const page of [...(site.markdownPages ?? []), ...(site.blogPosts ?? [])]) {
    for (const { url } of page.extract.links) if (!placed(url)) return 'all';
  }
  for (const [page, uses] of [...Object.entries(site.mdx?.codeLinks ?? {}), ...Object.entries(site.mdx?.listedCodeLinks ?? {})]) {
    for (const { url } of uses) if (!placed(url, page)) return 'all';
  }
  return [...found].sort((a, b) => a - b);
}

/** The outline of a whole site, as JSON text with its key. */
export function siteOutline(site: Site, index: SiteIndex): { key: string; json: string } {
  const format = site.settings.markdownFormat;
  const open = new Set(site.mdx?.anchorsOpen);
  const outlines = site.pages.map((page) => pageOutline(page, format, index.partialsOf(page), open.has(page.file), site.mdx?.collectedAnchors?.[page.file]));
  const versionOf = new Map(site.versions.map(({ name }, i) => [name, i]));
  const head: Omit<OutlineHead, 'key'> = {
    versions: site.versions,
    otherRoutes: site.otherRoutes,
    ...(site.otherRouteAnchors ? { otherRouteAnchors: site.otherRouteAnchors } : {}),
    ...(site.unknownRoutePrefixes ? { unknownRoutePrefixes: site.unknownRoutePrefixes } : {}),
    ...(site.sitePages ? { sitePages: site.sitePages } : {}),
    ...(site.mdx?.codeLinks ? { codeLinkPages: Object.keys(site.mdx.codeLinks).sort() } : {}),
    anchorsFromOutside: anchorsLookedForOutside(site, index),
    partials: site.partials.map(({ file }) => file),
    exportingFiles: Object.keys(site.mdx?.importedExports ?? {}).sort(),
    files: outlines.map(({ file }) => file),
    versionOf: outlines.map(({ version }) => versionOf.get(version)!),
    ids: outlines.map(({ id }) => id),
    routes: outlines.map(({ route }) => route),
    drafts: outlines.map(({ draft }) => (draft ? '1' : '0')).join(''),
  };
  return outlineText(JSON.stringify(head).slice(1, -1), outlines.map(({ seen }) => JSON.stringify(seen)));
}

/** `head`: the fields before the pages, without braces; `lines`: each page's PageSeen as JSON. */
function outlineText(head: string, lines: string[]): { key: string; json: string } {
  const body = `${head},"pages":[\n${lines.join(',\n')}\n]}`;
  const key = contentHash(body);
  return { key, json: `{"key":${JSON.stringify(key)},${body}` };
}

/** A stored outline, read as far as it is needed. */
export interface OutlineReader {
  key: string;
  partials: string[];
  exportingFiles: string[];
  /** How many pages it outlines. */
  pages: number;
  /** Whether src/pages holds Markdown pages whose links are judged (the same as those whose anchors are known), or React pages whose `<Link>`s are: the outline holds no links of theirs. */
  /** Whether links outside the docs (pages of src/pages, posts, code's `<Link>`s) may look for anchors of the pages at `positions`. */
  anchorsLookedForFromOutside(positions: number[]): boolean;
  /** The site's versions, their sidebars included. */
  versions: Version[];
  /** Whether the page `file` rendered `<Link>`s from the site's code (MdxEnvironment.codeLinks). */
  rendersCodeLinks(file: string): boolean;
  /** Whether code of the site's added anchors to the page at `position` (PageSeen's `anchorsOpen`). */
  anchorsOpen(position: number): boolean;
  /** The anchors components of the site's collected from its props (PageSeen's `collected`). */
  collectedAnchors(position: number): string[];
  /** Whether `outline` shows the others what the page at `position` showed them, or differs only in its anchors. */
  compare(position: number, outline: PageOutline): 'same' | 'anchors' | 'other';
  /**
   * A site of outlines: each page holds only what others see of it (its anchors as headings,
   * no links, no MDX), except `pages`, which are whole and take the place of their outline.
   * Rules run on it give those pages the problems they would get in the whole site.
   */
  site(dir: string, settings: SiteSettings, pages: Page[], mdx: Site['mdx']): Site;
  /** The outline with some pages' PageSeen replaced, as siteOutline would write it. */
  replaced(pages: Map<number, PageSeen>): { key: string; json: string };
}

export function readOutline(text: string): OutlineReader | undefined {
  const firstLine = text.indexOf('\n');
  let head: OutlineHead;
  try {
    head = JSON.parse(`${text.slice(0, firstLine)}]}`) as OutlineHead;
  } catch {
    return undefined;
  }
  if (!isOutlineHead(head)) return undefined;
  const count = head.files.length;
  // Where each page's line starts, found as far as asked for.
  const starts = [firstLine + 1];
  const lineOf = (position: number): string => {
    while (starts.length <= position + 1) {
      const newline = text.indexOf('\n', starts.at(-1)!);
      starts.push(newline === -1 ? text.length + 1 : newline + 1);
    }
    const line = text.slice(starts[position], starts[position + 1] - 1);
    return line.endsWith(',') ? line.slice(0, -1) : line;
  };
  const seenOf = (position: number) => JSON.parse(lineOf(position)) as PageSeen;
  return {
    key: head.key,
    partials: head.partials,
    exportingFiles: head.exportingFiles,
    versions: head.versions,
    pages: count,
    anchorsLookedForFromOutside: (positions) => {
      const outside = head.anchorsFromOutside ?? (head.otherRouteAnchors !== undefined || (head.codeLinkPages?.length ?? 0) > 0 ? 'all' : []);
      return outside === 'all' ? positions.length > 0 : positions.some((position) => outside.includes(position));
    },
    rendersCodeLinks: (file) => head.codeLinkPages?.includes(file) === true,
    anchorsOpen: (position) => seenOf(position)[6] === 1,
    collectedAnchors: (position) => seenOf(position)[7] || [],
    compare(position, { file, version, id, route, draft, seen }) {
      const same = head.files[position] === file && head.versions[head.versionOf[position]]?.name === version && head.ids[position] === id
        && head.routes[position] === route && head.drafts[position] === (draft ? '1' : '0');
      if (!same) return 'other';
      const line = lineOf(position);
      if (JSON.stringify(seen) === line) return 'same';
      // Ids that are no anchors, and whether the anchors are all known, change only what the
      // links that look for anchors there find, as anchors do.
      const stored = seenOf(position);
      return JSON.stringify([stored[0], ...seen.slice(1, 5), stored[5], stored[6], stored[7]]) === line ? 'anchors' : 'other';
    },
    site(dir, settings, pages, mdx) {
      const whole = new Map(pages.map((page) => [page.file, page]));
      const sitePages = head.files.map((file, position): Page => {
        const version = head.versions[head.versionOf[position]];
        return whole.get(file) ?? {
          file, version: version.name, id: head.ids[position], route: head.routes[position], draft: head.drafts[position] === '1', title: '',
          source: file.slice(version.dir.length + 1),
          frontMatter: NO_FRONT_MATTER,
          extract: new OutlinedExtract(() => seenOf(position)),
          imports: NONE,
        };
      });
      return { dir, settings, versions: head.versions, pages: sitePages, otherRoutes: head.otherRoutes, ...(head.otherRouteAnchors ? { otherRouteAnchors: head.otherRouteAnchors } : {}), ...(head.unknownRoutePrefixes ? { unknownRoutePrefixes: head.unknownRoutePrefixes } : {}), ...(head.sitePages ? { sitePages: head.sitePages } : {}), partials: [], mdx };
    },
    replaced(pages) {
      const lines = text.slice(firstLine + 1, text.lastIndexOf('\n')).split(',\n');
      for (const [position, seen] of pages) lines[position] = JSON.stringify(seen);
      const keyPrefix = `{"key":${JSON.stringify(head.key)},`;
      return outlineText(text.slice(keyPrefix.length, firstLine - ',"pages":['.length), lines);
    },
  };
}

function isOutlineHead(head: OutlineHead): boolean {
  const count = Array.isArray(head?.files) ? head.files.length : -1;
  return typeof head?.key === 'string' && Array.isArray(head.versions) && Array.isArray(head.otherRoutes) && Array.isArray(head.partials) && Array.isArray(head.exportingFiles)
    && Array.isArray(head.versionOf) && head.versionOf.length === count && head.versionOf.every((i) => head.versions[i] !== undefined)
    && Array.isArray(head.ids) && head.ids.length === count && Array.isArray(head.routes) && head.routes.length === count
    && typeof head.drafts === 'string' && head.drafts.length === count;
}

// Shared by every outlined page, and frozen: nothing may add to them.
const NONE = Object.freeze([]) as unknown as never[];
const NO_FRONT_MATTER: FrontMatter = Object.freeze({ data: Object.freeze({}), keyLines: Object.freeze({}), lineCount: 0 });

/**
 * An outlined page's extract: its anchors as h2 headings, those its components collect among
 * them, read when first asked for (only a changed page's link targets are). Its HTML ids are none: those that are anchors are among
 * the headings, and those that are none are `inertIds`, which the site index asks for.
 */
class OutlinedExtract implements PageExtract {
  readonly links = NONE;
  readonly htmlIds = NONE;
  readonly canonicals = NONE;
  private made: Heading[] | undefined;

  constructor(private readonly seen: () => PageSeen) {}

  get headings(): Heading[] {
    const [anchors, , , , , , , collected] = this.seen();
    this.made ??= [...anchors, ...(collected || [])].map((anchor) => ({ depth: 2, id: anchor, text: '', line: 1, column: 1 }));
    return this.made;
  }

  get inertIds(): string[] {
    return this.seen()[5] || NONE;
  }

  get anchorsOpen(): boolean {
    return this.seen()[6] === 1;
  }
}

/** An outlined page's ids that look like anchors and are none; undefined for a page read whole. */
export const outlinedInertIds = (extract: PageExtract): string[] | undefined => (extract instanceof OutlinedExtract ? extract.inertIds : undefined);

/** Whether an outlined page's anchors are not all known; undefined for a page read whole. */
export const outlinedAnchorsOpen = (extract: PageExtract): boolean | undefined => (extract instanceof OutlinedExtract ? extract.anchorsOpen : undefined);
