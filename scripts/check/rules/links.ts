/**
 * Rules `broken-link`, `broken-anchor` and `draft-link`: they share one resolution of every
 * link (check/resolve.ts), so each link is resolved once. Links of partials count as links of
 * every page that renders them.
 */
import type { BlogListKind, HiddenBy, MarkdownLink, MdxFacts, Page, Position, ResolvedImport, Site, SiteSettings, TextSpan } from '../../content/model/site.ts';
import { anchorSeverityIn, severityIn, type Problem, type Severity } from '../problem.ts';
import path from 'node:path';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { folderOf, isExternal, resolveLink, splitUrl, type Breaks, type MarkdownFileResolver, type Resolution } from '../resolve.ts';
import { INSTALL_HINT, MARKDOWN_FILE, packageNameOf } from '../../content/model/module-specifiers.ts';
import { childlessHolderOf, formatOf, isInAny, unrenderedSpansIn } from '../../content/model/markdown-format.ts';
import { defaultImportsOf, importsDefaultAs } from '../../content/model/default-imports.ts';
import { safeDecodeURIComponent, type SiteIndex } from '../site-index.ts';
import { docusaurusReadsUrl } from '../../content/model/url-parse.ts';
import { isAnchorHeading } from '../../content/model/anchors.ts';
import { staticFileOf, staticFoldersInWords, staticFoldersOf } from '../../content/model/static-folders.ts';
import { LIST_PAGE_NAMES } from './blog-list-names.ts';
import { partialFileResolverOf } from '../content-file-links.ts';

const UNREADABLE_URL_HINT = 'a port must be a number and a host cannot hold <, > or spaces; write a placeholder address in a code span: `http://HOST:PORT/`';

/** Every page's link problems, and per page (in page order) the pages whose anchors its links look for. */
export function checkLinks(site: Site, index: SiteIndex): { problems: Problem[]; anchorTargets: string[][] } {
  const pages = site.pages.map((page) => pageLinkProblems(page, site, index));
  return { problems: mergeLinkProblems(pages), anchorTargets: pages.map(([, , targets]) => targets) };
}

/**
 * The problems one page's links bring, its partials' included, as two lists: links and partial
 * imports, then module imports. Repeats across pages are merged by mergeLinkProblems, so that a
 * check may take some pages' lists from an earlier run (check/link-reuse.ts). Then the files of
 * the pages whose anchors its links look for: when those anchors change, so may its problems
 * (check/edit-recheck.ts).
 */
export type PageLinkProblems = [links: Problem[], moduleImports: Problem[], anchorTargets: string[]];

export function pageLinkProblems(page: Page, site: Site, index: SiteIndex): PageLinkProblems {
  const links: Problem[] = [];
  const targets = new Set<string>();
  const sink = { add: (problem: Problem) => links.push(problem), anchorsOf: (target: Page) => targets.add(target.file) };
  ownLinkProblems(page, site, index, sink);
  importProblems(page.file, page.imports, page, index, sink);
  frontMatterImageProblem(page, index, sink);
  // A partial of src/pages or of a blog's folder is compiled by that plugin's loader, whichever page renders it.
  partialLinkProblems(page, site, index, sink, partialFileResolverOf(site, index));
  const moduleImports: Problem[] = [];
  moduleImportProblems(page, site, index, { add: (problem) => moduleImports.push(problem) });
  return [links, moduleImports, [...targets]];
}

/**
 * The links of the partials `page` renders: a partial's links are part of every page that
 * renders it. File links start from the partial's own folder, addresses and same-page anchors
 * from the page. `markdownFileOf`: how the `.md` links of a partial outside every docs folder
 * find their page, when a plugin's loader compiles it (a blog's, for a partial in its folder);
 * without one they are left as written, not judged.
 */
export function partialLinkProblems(page: Page, site: Site, index: SiteIndex, sink: LinkSink, markdownFileOf?: (from: Page) => MarkdownFileResolver | undefined): void {
  const format = site.settings.markdownFormat;
  const hidden = index.hiddenPartialsOf(page);
  for (const partial of index.partialsOf(page)) {
    literalUrlProblems(partial.file, partial.mdx, formatOf(partial.file, {}, format), page, sink);
    importProblems(partial.file, partial.imports, page, index, sink);
    // Outside every docs folder, Docusaurus resolves none of its Markdown file links but where a
    // plugin's loader compiles it; its addresses and anchors render in the page, and the build
    // checks them there.
    const outside = partial.version === undefined;
    const at = { ...page, file: partial.file, version: partial.version ?? page.version, extract: partial.extract };
    const markdownFile = outside ? markdownFileOf?.(at) : undefined;
    const from = outside && !markdownFile ? { ...at, extract: { ...partial.extract, links: partial.extract.links.filter(isAddressLink) } } : at;
    // Rendered only in a tab <Tabs lazy> leaves out: its links are compiled, and nothing of them is collected.
    if (hidden.has(partial.file)) {
      checkLinksIn(from, page, index, site.settings, sink, markdownFile, WHOLE_FILE);
      continue;
    }
    const { unrendered, components } = renderedLinksOf(partial.mdx, formatOf(partial.file, {}, format));
    checkLinksIn(from, page, index, site.settings, sink, markdownFile, unrendered);
    // Its <Link>s render in the page too, and the build checks them there.
    if (components.length > 0) checkLinksIn({ ...from, extract: { ...partial.extract, links: components } }, page, index, site.settings, sink);
  }
}

/** A link, not an image or a definition, to an address or an anchor rather than a Markdown file. */
const isAddressLink = (link: MarkdownLink) => link.kind === 'link' && !isMarkdownFileLink(link);

/** A link to a Markdown file (`./setup.md#x`), which the build resolves to the page's address. */
export const isMarkdownFileLink = (link: MarkdownLink) => MARKDOWN_FILE.test(splitUrl(link.url.trim()).pathname);

/**
 * The links the page's own text writes (its partials' aside): Markdown links, `<Link>`s, and
 * addresses GFM makes links of. `markdownFile`: how its `.md` links find their page, when not as
 * a doc's do (resolve.ts, MarkdownFileResolver).
 */
export function ownLinkProblems(page: Page, site: Site, index: SiteIndex, sink: LinkSink, markdownFile?: MarkdownFileResolver): void {
  const format = formatOf(page.file, page.frontMatter.data, site.settings.markdownFormat);
  const { unrendered, components } = renderedLinksOf(page.mdx, format);
  checkLinksIn(page, page, index, site.settings, sink, markdownFile, unrendered);
  if (components.length > 0) checkLinksIn({ ...page, extract: { ...page.extract, links: components } }, page, index, site.settings, sink, markdownFile);
  literalUrlProblems(page.file, page.mdx, format, page, sink);
}

/** A span that holds every place of a file. */
const WHOLE_FILE: readonly TextSpan[] = [{ line: 1, column: 1, endLine: Infinity, endColumn: Infinity }];

/**
 * What the build renders of a file's links beyond its Markdown, where it is compiled as MDX
 * (`format`): what it never renders (`unrendered`: the tabs `<Tabs lazy>` leaves out, and the
 * elements of components that never render their children; nothing in them is collected, so
 * only what mdx-loader resolves as it compiles, files and images, can stop the build there), and
 * the links of components outside them (`<Link>`s, and cards of DocCard and DocCardList), which
 * the build checks as addresses.
 */
export function renderedLinksOf(mdx: MdxFacts | undefined, format: 'md' | 'mdx'): { unrendered: TextSpan[]; components: MarkdownLink[] } {
  if (!mdx || format !== 'mdx') return { unrendered: [], components: [] };
  const unrendered = unrenderedSpansIn(mdx);
  const components = [...linkComponentTargets(mdx), ...cardTargets(mdx)]
    .filter((link) => !isInAny(link, unrendered))
    .map(({ url, line, column }): MarkdownLink => ({ url, line, column, kind: 'jsx-link' }));
  return { unrendered, components };
}

/** Every page's problems in one list without repeats: all links first, then all module imports, each in page order. */
export function mergeLinkProblems(pages: PageLinkProblems[]): Problem[] {
  const problems = new Problems();
  for (const [links] of pages) for (const problem of links) problems.add(problem);
  for (const [, moduleImports] of pages) for (const problem of moduleImports) problems.add(problem);
  return problems.list();
}

interface ProblemSink {
  add(problem: Problem): void;
}

/** Where the links of a page go: its problems, and the pages whose anchors they look for. */
export interface LinkSink extends ProblemSink {
  anchorsOf(target: Page): void;
}

/**
 * Imports of modules (components, `@theme/…`, packages) that resolve to nothing: webpack stops
 * the build. Resolved at load time (load/mdx-environment.ts); partials are checked above.
 */
export function moduleImportProblems(page: Page, site: Site, index: SiteIndex, problems: ProblemSink): void {
  const unresolved = site.mdx?.unresolvedImports ?? {};
  const unreadable = site.mdx?.unreadableModules ?? {};
  const partials = index.partialsOf(page);
  // Nearly every page: none of its imports failed to resolve, so there is nothing to look up.
  const failed = (file: string) => file in unresolved || file in unreadable;
  if (!failed(page.file) && !partials.some(({ file }) => failed(file))) return;
  const uninstalled = new Set(site.mdx?.uninstalledPackages ?? []);
  const report = (file: string, mdx: Page['mdx'], severity: 'error' | 'warning') => {
    for (const imported of mdx?.imports ?? []) {
      const written = imported.kind === 'require' ? `require("${imported.source}")` : imported.kind === 'dynamic-import' ? `import("${imported.source}")` : `import "${imported.source}"`;
      // A file that is not there comes first: what it holds, or how it is loaded, matters only then.
      const unread = unresolved[file]?.includes(imported.source) ? undefined : unreadable[file]?.find(({ source }) => source === imported.source);
      if (unread) {
        problems.add({
          file, line: imported.line, column: imported.column, severity: unread.unsure ? 'warning' : severity, rule: 'broken-link',
          message: `${written}: ${unread.problem}${unread.unsure ? '' : ', and the build stops'}`,
          hint: unread.hint,
        });
        continue;
      }
      if (!unresolved[file]?.includes(imported.source)) continue;
      const name = packageNameOf(imported.source);
      if (name && uninstalled.has(name)) {
        problems.add({
          file, line: imported.line, column: imported.column, severity: 'warning', rule: 'broken-link',
          message: `${written}: package "${name}" is in package.json but not installed`,
          hint: INSTALL_HINT,
        });
        continue;
      }
      problems.add({
        file, line: imported.line, column: imported.column, severity, rule: 'broken-link',
        message: `${written} resolves to no file or package`,
        hint: imported.source.startsWith('@theme/')
          ? 'check the component\'s name (e.g. @theme/Tabs, @theme/TabItem, @theme/CodeBlock); case matters'
          : 'check the path: relative to this file, @site/ from the site folder, or an installed package; case matters',
      });
    }
  };
  if (formatOf(page.file, page.frontMatter.data, site.settings.markdownFormat) === 'mdx') report(page.file, page.mdx, severityIn(page));
  for (const partial of partials) report(partial.file, partial.mdx, severityIn(page));
}

/**
 * The links written in `source` (a page, or a partial seen from the page that renders it);
 * `page` is the page they end up in.
 */
function checkLinksIn(source: Page, page: Page, index: SiteIndex, settings: SiteSettings, problems: LinkSink, markdownFile?: MarkdownFileResolver, unrendered: readonly TextSpan[] = []): void {
  const severity = severityIn(page);
  const folder = folderOf(source.file);
  for (const link of source.extract.links) {
    // A definition no link reference uses is in no built page: Docusaurus resolves its file
    // (a missing one fails the build), but checks no anchor of it.
    const unused = link.kind === 'definition' && link.usedBy !== 'link';
    const rendered = !unused && (unrendered.length === 0 || !isInAny(link, unrendered));
    // Definitions are read only through the links that use them, which Docusaurus leaves alone;
    // a <Link>'s address, or an HTML <a>'s, is the browser's to read.
    if (link.kind !== 'definition' && link.kind !== 'jsx-link' && link.kind !== 'html-link' && !docusaurusReadsUrl(link.url)) {
      problems.add({ ...where(source, link), severity, rule: 'broken-link', message: `Docusaurus cannot read the URL "${link.url}": the build stops`, hint: UNREADABLE_URL_HINT });
      continue;
    }
    if (unused && !MARKDOWN_FILE.test(splitUrl(link.url.trim()).pathname)) {
      // Docusaurus reads such a definition only through a link reference (extract/definition-uses.ts).
      if (link.usedBy === 'image') imageReferenceProblem(source, link, index, problems);
      continue;
    }
    const resolution = resolveLink(index, source, link, markdownFile, folder);
    if (resolution.kind === 'route') {
      if (!rendered) continue;
      const problem = routeAnchorProblem(resolution, anchorSeverityIn(page, settings.onBrokenAnchors));
      if (problem) problems.add({ ...where(source, link), ...problem });
      continue;
    }
    if (resolution.kind !== 'missing' && resolution.kind !== 'page') continue; // nothing more to check
    if (resolution.kind === 'missing') {
      if (!rendered && resolution.breaks === 'address') continue;
      const stops = stopsBuild(resolution.breaks, settings);
      problems.add({ ...where(source, link), severity: stops ? severity : 'warning', rule: 'broken-link', message: resolution.message + consequence(resolution.breaks, stops), hint: resolution.hint });
      continue;
    }
    const target = resolution.page === source ? page : resolution.page;
    if (resolution.crossVersion) {
      // Docusaurus follows the path, but a version's pages should stand on their own.
      problems.add({
        ...where(source, link), severity: 'warning', rule: 'version-link',
        message: `link "${link.url}" leads into version "${target.version}", to ${target.file}`,
        hint: `Docusaurus follows it, but a page of version ${source.version} should link to the same page in its own version`,
      });
    }
    if (!rendered && (resolution.via === 'url' || !target.draft)) continue; // only a file link to a draft fails as it compiles
    if (target.draft && !page.draft) {
      problems.add({
        ...where(source, link), severity, rule: 'draft-link',
        message: `links to draft page ${target.file}, which is not published`,
        hint: 'remove the link, or publish the page by setting draft: false',
      });
      continue;
    }
    const hash = resolution.hash;
    if (hash) {
      problems.anchorsOf(target);
      if (!anchorFound(index, target, hash)) {
        const anchorSeverity = anchorSeverityIn(page, settings.onBrokenAnchors);
        problems.add({ ...where(source, link), severity: anchorSeverity, rule: 'broken-anchor', ...missingAnchorWords(index, target, hash) });
      }
    }
  }
}

/**
 * Why `#hash` is no anchor of `target`, in words: a heading or a component's id the build leaves
 * out (a lazy tab's, or inside a component of the site's that never renders its children), a
 * heading of a partial it leaves out, or none at all.
 */
function missingAnchorWords(index: SiteIndex, target: Page, hash: string): { message: string; hint: string } {
  const leftOut = (what: string, by: HiddenBy | undefined) => {
    const { where, hint } = leftOutWords(by);
    return { message: `${what} is ${where}: the built page has no such anchor`, hint };
  };
  const heading = target.extract.headings.find((found) => found.unrendered && found.id === hash);
  if (heading) return leftOut(`the heading "#${hash}" of ${target.file}`, heading.hiddenBy);
  const element = hiddenElementWithId(target, hash);
  if (element) return leftOut(`the <${element.name} id="${hash}"> of ${target.file}`, element.by);
  const partial = hiddenPartialWithHeading(index, target, hash);
  if (partial) {
    const { where, hint } = leftOutWords(partial.by);
    return { message: `the heading "#${hash}" is in ${partial.file}, which ${target.file} renders only ${where}: it has no such anchor`, hint };
  }
  return { message: `no ${FOOTNOTE_ANCHOR.test(hash) ? 'footnote anchor' : 'heading'} "#${hash}" in ${target.file}`, hint: missingAnchorHint(hash, index, target) };
}

/** The element given `id` (`<Link id>`, `<Heading id>`, `<details id>`) that the build leaves out of `page`, if any, with the component that leaves it out. */
function hiddenElementWithId(page: Page, id: string): { name: string; by?: HiddenBy } | undefined {
  const mdx = page.mdx;
  const found = mdx?.componentIds?.find((element) => element.id === id && isInAny(element, unrenderedSpansIn(mdx)));
  if (!found) return undefined;
  const by = childlessHolderOf(mdx, found);
  return { name: found.name, ...(by ? { by } : {}) };
}

/** The partial with heading `#id` that the page renders only where the build leaves it out, if any, with what leaves it out. */
function hiddenPartialWithHeading(index: SiteIndex, page: Page, id: string): { file: string; by?: HiddenBy } | undefined {
  const hidden = index.hiddenPartialsOf(page);
  if (hidden.size === 0) return undefined;
  const file = index.partialsOf(page).find(({ file, extract }) => hidden.has(file) && extract.headings.some((heading) => isAnchorHeading(heading, index.site.settings.h1Anchors) && heading.id === id))?.file;
  return file === undefined ? undefined : { file, by: hidden.get(file)!.by };
}

/**
 * Whether Docusaurus stops the build at a link that leads nowhere, under the config's levels
 * (resolve.ts, Breaks, says which apply); where it only reports one, the check warns.
 */
export function stopsBuild(breaks: Breaks, settings: SiteSettings): boolean {
  const links = settings.onBrokenLinks ?? 'throw';
  const markdownLinks = settings.onBrokenMarkdownLinks ?? 'warn';
  switch (breaks) {
    case 'always': return true;
    case 'address': return links === 'throw';
    case 'file-link': return markdownLinks === 'throw' || links === 'throw';
    case 'empty-link': return markdownLinks === 'throw';
    case 'image':
    case 'empty-image': return (settings.onBrokenMarkdownImages ?? 'throw') === 'throw';
  }
}

/** What the writer's message adds: what Docusaurus does with the link, where the message does not say it already. */
function consequence(breaks: Breaks, stops: boolean): string {
  if (stops) return breaks === 'empty-link' || breaks === 'empty-image' ? ': Docusaurus stops the build' : '';
  switch (breaks) {
    case 'address': return '; the config\'s onBrokenLinks lets the build go on';
    case 'file-link': return '; the config\'s onBrokenLinks and markdown.hooks.onBrokenMarkdownLinks let the build go on';
    case 'image': return '; the config\'s markdown.hooks.onBrokenMarkdownImages lets the build go on, and the page shows a broken image';
    case 'empty-link': return ': Docusaurus warns (markdown.hooks.onBrokenMarkdownLinks), and the page shows a link to nowhere';
    case 'empty-image': return ': Docusaurus warns (markdown.hooks.onBrokenMarkdownImages), and the page shows a broken image';
    default: return '';
  }
}

/** What to do about a heading in a tab that `<Tabs lazy>` does not render in the build. */
/**
 * Where the build leaves something out, and what to do, in words: a tab `<Tabs lazy>` does not
 * show (`by` undefined), or a component of the site's that never renders its children (HiddenBy:
 * an element of it, or the page's own default export).
 */
export function leftOutWords(by: HiddenBy | undefined): { where: string; hint: string } {
  if (by === undefined) return { where: 'in a tab that <Tabs lazy> leaves out of the built page', hint: LAZY_TAB_HINT };
  const { component, layout } = by;
  return layout
    ? { where: `in the page's content, which its default export ${component} never renders`, hint: `render children in ${component} (its children prop), or remove the page's default export` }
    : { where: `inside <${component}>, which never renders its children`, hint: `render children in ${component} (its children prop), or move the content out of <${component}>` };
}

const LAZY_TAB_HINT = 'the build renders only the tab shown first (its defaultValue, a <TabItem default>, or the first): drop lazy, or show that tab first';

const LIST_PAGE_SHOWS: Record<BlogListKind, string> = { list: 'a list page shows only its own posts', tag: 'a tag\'s page shows only the posts with that tag', author: 'an author\'s page shows only the posts that name the author' };

const REACT_PAGE_ANCHOR_HINT = 'Docusaurus counts only the ids a React page gives <Heading> (from @theme/Heading) or <Link id>; a plain <h2 id> renders but is not seen: write <Heading as="h2" id="…">, or link to the page without a #';

/**
 * A link to an anchor of a route that is no doc but whose anchors are known: a page the theme
 * renders on its own (a generated index, the tags pages), or a page of src/pages (`file`): a
 * Markdown one, or a React one whose collected anchors are known. The problem when it has no
 * such anchor; only `onBrokenAnchors: 'throw'` stops a build, so `severity` says how bad.
 */
export function routeAnchorProblem(resolution: Extract<Resolution, { kind: 'route' }>, severity: Severity): Pick<Problem, 'severity' | 'rule' | 'message' | 'hint'> | undefined {
  const { hash, anchors, route, file, listPage } = resolution;
  if (!hash || !anchors || anchors.has(hash) || anchors.has(safeDecodeURIComponent(hash)) || anchors.has(normalizeUri(hash))) return undefined;
  // A Markdown page of src/pages: its headings, as a doc's.
  if (file && MARKDOWN_FILE.test(file)) return { severity, rule: 'broken-anchor', message: `no heading "#${hash}" in ${file}`, hint: closestAnchorHint(hash, anchors) };
  // A React page whose collected anchors are known (load/react-page-anchors.ts).
  if (file) return { severity, rule: 'broken-anchor', message: `no anchor "#${hash}" that the build's link check sees in ${file}`, hint: REACT_PAGE_ANCHOR_HINT };
  if (listPage) {
    return {
      severity, rule: 'broken-anchor',
      message: `no heading "#${hash}" on the blog's ${LIST_PAGE_NAMES[listPage][0]} at "${route}"`,
      hint: `${LIST_PAGE_SHOWS[listPage]}, each up to its truncate marker: link to the post that has the heading`,
    };
  }
  return {
    severity, rule: 'broken-anchor',
    message: `no anchor "#${hash}" on the page at "${route}"`,
    hint: anchors.size === 0
      ? 'Docusaurus renders that page itself, with no anchors: link to the page without a #'
      : `Docusaurus renders that page itself; its anchors are ${[...anchors].sort().map((anchor) => `#${anchor}`).join(', ')}`,
  };
}

/**
 * Whether the target has the anchor as Docusaurus looks it up: the hash as the page's HTML
 * writes it (escaped, as mdast-util-to-hast escapes a Markdown link's URL), or decoded. So
 * `#café` finds a footnote's `user-content-fn-caf%C3%A9`, and `#caf%C3%A9` a heading's `café`.
 */
export function anchorFound(index: SiteIndex, target: Page, hash: string): boolean {
  if (index.hasAnchor(target, hash)) return true;
  const decoded = safeDecodeURIComponent(hash);
  if (decoded !== hash && index.hasAnchor(target, decoded)) return true;
  const escaped = normalizeUri(hash);
  return escaped !== hash && index.hasAnchor(target, escaped);
}

/** The written targets of a file's `<Link>`s, where it imports Link from `@docusaurus/Link`: Docusaurus's own link check follows them. */
function linkComponentTargets(mdx: MdxFacts): NonNullable<MdxFacts['jsxLinks']> {
  // `<Link>` is Docusaurus's only where the page names its import so (not `import DocLink from '@docusaurus/Link'` beside a Link of its own).
  if (!mdx.jsxLinks || !importsDefaultAs(mdx, '@docusaurus/Link', 'Link')) return [];
  return mdx.jsxLinks;
}

/**
 * The hrefs of the cards a file writes out for the theme's DocCard or DocCardList (imported from
 * `@theme/DocCard`, `@theme/DocCardList`; MdxFacts.cardLinks): each card is a Link to its href,
 * and the build checks it as one.
 */
function cardTargets(mdx: MdxFacts): Array<Position & { url: string }> {
  if (!mdx.cardLinks) return [];
  const cards = new Set([...defaultImportsOf(mdx, '@theme/DocCard'), ...defaultImportsOf(mdx, '@theme/DocCardList')]);
  return mdx.cardLinks.filter((link) => cards.has(link.component));
}

/**
 * A definition only image references use (`![diagram][d]`): Docusaurus neither bundles nor checks
 * it, and the page's `<img>` gets the address as written. A file next to the page is then not
 * in the built site, and a missing one is missing: a warning, as the build goes on.
 */
function imageReferenceProblem(source: Page, link: MarkdownLink, index: SiteIndex, problems: ProblemSink): void {
  const url = link.url.trim();
  if (isExternal(url)) return; // another site's image
  const { pathname } = splitUrl(url);
  const decoded = safeDecodeURIComponent(pathname);
  const folders = staticFoldersOf(index.site.settings);
  if (decoded.startsWith('/') && staticFileOf(folders, decoded, index.fileExists) !== undefined) return; // served from a static folder as written
  problems.add({
    ...where(source, link), severity: 'warning', rule: 'broken-link',
    message: decoded.startsWith('/')
      ? `image "${pathname}", written by reference, is in no folder the site serves (${folders.length === 1 ? `${folders[0]}/${decoded.slice(1)} does not exist` : `not in ${staticFoldersInWords(folders)}`})`
      : `image "${pathname}" is written by reference (![…][label]), which Docusaurus does not bundle: the built page looks for it next to its own address, where it is not`,
    hint: 'write the image inline, ![alt](./diagram.png), so that Docusaurus bundles and checks it',
  });
}

/** Where a link's problem is shown; made only for the few links that have one. */
const where = (source: Page, link: MarkdownLink) => ({ file: source.file, line: link.line, column: link.column });

/** Addresses in text that GFM makes links of (`see http://HOST:PORT/`) and Docusaurus cannot read. */
function literalUrlProblems(file: string, mdx: Page['mdx'], pageFormat: 'md' | 'mdx', page: Page, problems: ProblemSink): void {
  for (const literal of mdx?.unreadableUrls?.[pageFormat] ?? []) {
    problems.add({
      file, line: literal.line, column: literal.column, severity: severityIn(page), rule: 'broken-link',
      message: `GFM reads "${literal.url}" as a link, and Docusaurus cannot read its URL: the build stops`, hint: UNREADABLE_URL_HINT,
    });
  }
}

/**
 * Imports of partials that name no file: MDX cannot build the page. And imports of a page that
 * is a draft: Docusaurus makes no module of a draft in a published build (and `npm run build`
 * leaves the file out), so the import fails.
 */
function importProblems(file: string, imports: ResolvedImport[], page: Page, index: SiteIndex, problems: ProblemSink): void {
  for (const imported of imports) {
    const target = imported.exists && imported.file !== undefined ? index.pageByFile.get(imported.file) : undefined;
    if (target?.draft && !page.draft) {
      problems.add({
        file, line: imported.line, column: imported.column, severity: 'error', rule: 'draft-link',
        message: `imports draft page ${target.file}, which is not published: the build cannot find it`,
        hint: 'publish the page with draft: false, or move what both pages share into a partial, a file whose name starts with _',
      });
      continue;
    }
    if (imported.exists) continue;
    problems.add({
      file, line: imported.line, column: imported.column, severity: severityIn(page), rule: 'broken-link',
      message: `import "${imported.source}" names no file (${imported.file})`,
      hint: imported.source.startsWith('/')
        ? 'check the path of the partial; a path from / is looked for in static/, then in the site\'s folder, and case matters'
        : 'check the path of the partial; it is relative to this file, and case matters',
    });
  }
}

/**
 * The front matter's `image` when it starts with `./`: Docusaurus's MDX loader requires it, from
 * the page's folder, as the page's social card (createAssetsExportCode), and a file that is not
 * there stops the build. Any other value is an address it leaves as it is.
 */
export function frontMatterImageProblem(page: Page, index: SiteIndex, problems: ProblemSink): void {
  const { image } = page.frontMatter.data;
  if (typeof image !== 'string' || !image.startsWith('./')) return;
  const relative = path.posix.join(path.posix.dirname(page.file), image);
  if (!relative.startsWith('../') && index.isFile(relative)) return;
  problems.add({
    file: page.file, line: page.frontMatter.keyLines.image ?? 1, column: 1, severity: severityIn(page), rule: 'broken-link',
    message: `front matter image "${image}" names no file (${relative}): Docusaurus requires it, and the build stops`,
    hint: 'a path starting with ./ is a file next to the page; write /img/card.png for a file in static/',
  });
}

/**
 * Problems without repeats: a partial rendered by many pages reports each mistake once, as an
 * error if any published page has it (a same-page anchor may be missing from one page only).
 */
class Problems {
  private readonly byKey = new Map<string, Problem>();

  add(problem: Problem): void {
    const key = `${problem.file}\0${problem.line}\0${problem.column}\0${problem.rule}`;
    const known = this.byKey.get(key);
    if (!known || (known.severity === 'warning' && problem.severity === 'error')) this.byKey.set(key, problem);
  }

  list(): Problem[] {
    return [...this.byKey.values()];
  }
}

/**
 * What to do about a page's missing anchor: an `<a id>`, `<li id>` or `<h2 id>` written as
 * HTML in an MDX page carries it, but MDX renders such an element as written, and Docusaurus's
 * link check counts only the ids its own components collect; else the closest anchor.
 */
export function missingAnchorHint(hash: string, index: SiteIndex, page: Page): string {
  if (index.inertIdsOf(page).includes(hash)) {
    return `an id="${hash}" written on an HTML element in MDX is no anchor to Docusaurus's link check, which counts only headings and its own components: give a heading that id with {#${hash}}, or link to a heading`;
  }
  return closestAnchorHint(hash, index.anchorsOf(page));
}

export function closestAnchorHint(hash: string, anchors: ReadonlySet<string>): string {
  if (FOOTNOTE_ANCHOR.test(hash)) return footnoteAnchorHint(hash, anchors);
  // Alike to the eye, not to the build: one was typed with an accent composed, the other not.
  const twin = hash.normalize('NFC') === hash.normalize('NFD') ? undefined : [...anchors].find((anchor) => anchor.normalize('NFC') === hash.normalize('NFC'));
  if (twin) return `the heading's id "#${twin}" looks the same, but its accented letters are written with other Unicode code points (composed or not); retype the link's or the heading's accents`;
  const wanted = hash.toLowerCase();
  let best: string | undefined;
  let bestScore = 0;
  for (const anchor of anchors) {
    const score = commonPrefix(anchor, wanted) + (anchor.includes(wanted) || wanted.includes(anchor) ? 5 : 0);
    if (score > bestScore) {
      best = anchor;
      bestScore = score;
    }
  }
  return best && bestScore >= 3
    ? `did you mean "#${best}"? Heading ids are the heading text in lower case with dashes`
    : 'heading ids are the heading text in lower case with dashes, or a {#custom-id}';
}

// A footnote's note (`user-content-fn-x`) or one of its calls (`user-content-fnref-x`, `-2`…).
const FOOTNOTE_ANCHOR = /^user-content-fn(?:ref)?-/;

/** For a footnote's anchor: the page's anchor of the same kind that shares most of it, if any shares more than the kind, and how footnote ids are made. */
function footnoteAnchorHint(hash: string, anchors: ReadonlySet<string>): string {
  const kind = FOOTNOTE_ANCHOR.exec(hash)![0];
  let best: string | undefined;
  let bestScore = kind.length;
  for (const anchor of anchors) {
    if (!anchor.startsWith(kind)) continue;
    const score = commonPrefix(anchor, hash);
    if (score > bestScore) {
      best = anchor;
      bestScore = score;
    }
  }
  // None at all: a page without footnotes, or a blog post, whose footnotes the blog gives ids of its own (load/blog-posts.ts).
  if (![...anchors].some((anchor) => FOOTNOTE_ANCHOR.test(anchor))) return 'the page has no footnote anchor a link can name (a blog gives a post\'s footnotes ids of its own): link to a heading instead';
  const how = 'a footnote the page calls makes "#user-content-fn-<label>" for its note and "#user-content-fnref-<label>" for its first call (-2, -3 for later calls)';
  return best ? `did you mean "#${best}"? ${how[0].toUpperCase()}${how.slice(1)}` : how;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
