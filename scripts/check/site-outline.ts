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
 * depends on other files, and their problems land in other files.
 */
import type { FrontMatter, Heading, MarkdownFormat, Page, PageExtract, PartialPage, Site, SiteSettings, Version } from '../content/model/site.ts';
import { formatOf } from '../content/model/markdown-format.ts';
import type { SiteIndex } from './site-index.ts';
import { contentHash } from '../content/load/content-hash.ts';

/** One page as the others see it: [file, version, id, route, draft, anchors, tags, renders partials]. */
export type PageOutline = [file: string, version: string, id: string, route: string, draft: 0 | 1, anchors: string[], tags: unknown, rendersPartials: 0 | 1];

export interface SiteOutline {
  /** A fingerprint of all the rest: the stored report names the outline it was made with. */
  key: string;
  versions: Version[];
  otherRoutes: string[];
  partials: string[];
  pages: PageOutline[];
}

/** What the others see of a page that renders `partials` (its own format decides whether its HTML ids are anchors). */
export function pageOutline(page: Page, format: MarkdownFormat, partials: readonly PartialPage[] = []): PageOutline {
  const anchors: string[] = [];
  // As SiteIndex.anchorsOf collects them, without building its set: repeats are harmless here.
  for (const { extract, commonMark } of [{ extract: page.extract, commonMark: formatOf(page.file, page.frontMatter.data, format) === 'md' }]
    .concat(partials.map(({ file, extract }) => ({ extract, commonMark: formatOf(file, {}, format) === 'md' })))) {
    for (const heading of extract.headings) if (heading.depth > 1) anchors.push(heading.id);
    if (commonMark) anchors.push(...extract.htmlIds);
  }
  // A title, a weight or a description is the page's own: edits of them are checked on the page alone.
  return [page.file, page.version, page.id, page.route, page.draft ? 1 : 0, anchors, page.frontMatter.data.tags ?? null, partials.length > 0 ? 1 : 0];
}

/**
 * The outline of a whole site, as JSON text with its key: a first line with all but the pages,
 * then one page per line, so that a page's outline can be compared before the rest is read.
 */
export function siteOutline(site: Site, index: SiteIndex): { key: string; json: string } {
  const format = site.settings.markdownFormat;
  const head = JSON.stringify({ versions: site.versions, otherRoutes: site.otherRoutes, partials: site.partials.map(({ file }) => file) }).slice(1, -1);
  return outlineText(head, site.pages.map((page) => JSON.stringify(pageOutline(page, format, index.partialsOf(page)))));
}

/** `head`: the fields before the pages, without braces; `lines`: each page's outline as JSON. */
function outlineText(head: string, lines: string[]): { key: string; json: string } {
  const body = `${head},"pages":[\n${lines.join(',\n')}\n]}`;
  const key = contentHash(body);
  return { key, json: `{"key":${JSON.stringify(key)},${body}` };
}

/** A stored outline, read as far as it is needed. */
export interface OutlineReader {
  key: string;
  partials: string[];
  /** The outline of the page at `position` as JSON text, as siteOutline wrote it. */
  pageJson(position: number): string | undefined;
  /** All of it; undefined when it does not read as an outline. */
  whole(): SiteOutline | undefined;
  /** The outline with some pages' outlines replaced, as siteOutline would write it. */
  replaced(pages: Map<number, PageOutline>): { key: string; json: string };
}

export function readOutline(text: string): OutlineReader | undefined {
  const firstLine = text.indexOf('\n');
  let head: Partial<SiteOutline>;
  try {
    head = JSON.parse(`${text.slice(0, firstLine)}]}`);
  } catch {
    return undefined;
  }
  if (typeof head.key !== 'string' || !Array.isArray(head.partials)) return undefined;
  const key = head.key;
  // Where each page's line starts, found as far as asked for.
  const starts = [firstLine + 1];
  const pageJson = (position: number) => {
    while (starts.length <= position + 1) {
      const newline = text.indexOf('\n', starts.at(-1)!);
      if (newline === -1) return undefined;
      starts.push(newline + 1);
    }
    const line = text.slice(starts[position], starts[position + 1] - 1);
    return line.endsWith(',') ? line.slice(0, -1) : line;
  };
  return {
    key,
    partials: head.partials,
    pageJson,
    whole() {
      try {
        const outline = JSON.parse(text) as unknown;
        return isSiteOutline(outline) ? outline : undefined;
      } catch {
        return undefined;
      }
    },
    replaced(pages) {
      const lines = text.slice(firstLine + 1, text.lastIndexOf('\n')).split(',\n');
      for (const [position, outline] of pages) lines[position] = JSON.stringify(outline);
      const keyPrefix = `{"key":${JSON.stringify(key)},`;
      return outlineText(text.slice(keyPrefix.length, firstLine - ',"pages":['.length), lines);
    },
  };
}

function isSiteOutline(value: unknown): value is SiteOutline {
  const outline = value as SiteOutline | undefined;
  return typeof outline?.key === 'string' && Array.isArray(outline.versions) && Array.isArray(outline.otherRoutes)
    && Array.isArray(outline.partials) && Array.isArray(outline.pages);
}

/**
 * A site of outlines: each page holds only what others see of it (its anchors as headings, no
 * links, no MDX), except `pages`, which are whole and take the place of their outline. Rules
 * run on it give those pages the problems they would get in the whole site.
 */
export function outlinedSite(outline: SiteOutline, dir: string, settings: SiteSettings, pages: Page[], mdx: Site['mdx']): Site {
  const whole = new Map(pages.map((page) => [page.file, page]));
  const versionDirs = new Map(outline.versions.map((version) => [version.name, version.dir]));
  const sitePages = outline.pages.map(([file, version, id, route, draft, anchors]): Page => whole.get(file) ?? {
    file, version, id, route, draft: draft === 1, title: '',
    source: file.slice(versionDirs.get(version)!.length + 1),
    frontMatter: NO_FRONT_MATTER,
    extract: new OutlinedExtract(anchors),
    imports: NONE,
  });
  return { dir, settings, versions: outline.versions, pages: sitePages, otherRoutes: outline.otherRoutes, partials: [], mdx };
}

// Shared by every outlined page, and frozen: nothing may add to them.
const NONE = Object.freeze([]) as unknown as never[];
const NO_FRONT_MATTER: FrontMatter = Object.freeze({ data: Object.freeze({}), keyLines: Object.freeze({}), lineCount: 0 });

/** An outlined page's extract: its anchors as h2 headings, made when first asked for (only a changed page's link targets are). */
class OutlinedExtract implements PageExtract {
  readonly links = NONE;
  readonly htmlIds = NONE;
  readonly canonicals = NONE;
  private made: Heading[] | undefined;

  constructor(private readonly anchors: string[]) {}

  get headings(): Heading[] {
    this.made ??= this.anchors.map((anchor) => ({ depth: 2, id: anchor, text: '', line: 1, column: 1 }));
    return this.made;
  }
}
