/**
 * Whether Docusaurus reads a file as MDX or as CommonMark, as its mdx-loader decides (getFormat):
 * front matter `mdx.format` first, then the config's `markdown.format`; `detect` goes by the
 * extension (`.md` and its cousins are CommonMark, anything else MDX).
 */
import path from 'node:path';
import type { Heading, HiddenBy, MarkdownFormat, MarkdownLink, MdxFacts, PageExtract, Position, TextSpan } from './site.ts';
import { commentContentId, idsGivenAgain, splitCustomId } from './headings.ts';
import { defaultImportsOf } from './default-imports.ts';

const COMMONMARK_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkdn', '.mkd', '.mdwn', '.mkdown', '.ron']);

export function formatOf(file: string, frontMatter: Record<string, unknown>, configured: MarkdownFormat): 'md' | 'mdx' {
  const mdx = frontMatter.mdx as { format?: unknown } | undefined;
  const chosen = mdx && typeof mdx === 'object' && ['md', 'mdx', 'detect'].includes(mdx.format as string) ? (mdx.format as MarkdownFormat) : configured;
  if (chosen !== 'detect') return chosen;
  return COMMONMARK_EXTENSIONS.has(path.posix.extname(file)) ? 'md' : 'mdx';
}

/**
 * A text's links and headings as Docusaurus compiles it. For a file compiled as MDX: MDX's
 * reading where it differs (indented lines, extract/mdx-indentation.ts), without the links and
 * headings that start where MDX reads JavaScript (extract/mdx-script-spans.ts), and with the links MDX finds
 * in what CommonMark reads as HTML blocks (extract/mdx-html-links.ts), and without the `<a href>`s
 * of raw HTML. A file read as CommonMark keeps the extract as it is, those included. `maintainCase`: the site's `markdown.anchors.maintainCase`.
 */
export function extractAsCompiled(extract: PageExtract, mdx: MdxFacts | undefined, format: 'md' | 'mdx', maintainCase = false): PageExtract {
  const compiled = compiledExtract(extract, mdx, format);
  // The steps above drop headings or change what names them, and leave the ids: they are given
  // once, here, in order, as Docusaurus numbers them (and in the heading's case where the site keeps it).
  return maintainCase || compiled.headings !== extract.headings ? { ...compiled, headings: idsGivenAgain(compiled.headings, maintainCase) } : compiled;
}

function compiledExtract(extract: PageExtract, mdx: MdxFacts | undefined, format: 'md' | 'mdx'): PageExtract {
  if (format === 'md') return extract;
  const commented = withMdxHeadingIds(withoutHtmlLinks(extract));
  if (!commented.mdxReading && !mdx?.markdownInHtml && !mdx?.headingsInHtml && !mdx?.scriptSpans && !mdx?.componentIds && !mdx?.lazyHiddenTabs && !mdx?.childlessSpans) return commented;
  const { mdxReading, ...commonMark } = commented;
  let read: PageExtract = mdxReading ? { ...commonMark, ...withMdxHeadingIds(mdxReading) } : commonMark;
  if (mdx?.headingsInHtml) read = { ...read, headings: withHeadingsInHtml(read.headings, mdx.headingsInHtml) };
  const hidden = mdx ? unrenderedSpansIn(mdx) : [];
  const componentAnchors = mdx ? componentAnchorsOf(mdx, hidden) : [];
  if (componentAnchors.length > 0) read = { ...read, componentAnchors };
  if (mdx?.scriptSpans) read = withoutScript(read, mdx.scriptSpans);
  // A heading the build leaves out keeps its id (later ones are numbered after it), and is no anchor.
  if (hidden.length > 0) read = { ...read, headings: read.headings.map((heading) => unrenderedHeading(heading, hidden, mdx)) };
  if (!mdx?.markdownInHtml) return read;
  const known = new Set(read.links.map(({ line, column }) => `${line}:${column}`));
  const inHtml = mdx.markdownInHtml.filter(({ line, column }) => !known.has(`${line}:${column}`)).map(({ url, line, column, kind }) => ({ url, line, column, kind }));
  return inHtml.length > 0 ? { ...read, links: [...read.links, ...inHtml] } : read;
}

/**
 * The extract without the `<a href>`s of raw HTML: MDX renders a written `<a>` as it is, and the
 * build collects no link of it (MDX's own reading has none: extract/reference.ts).
 */
function withoutHtmlLinks(extract: PageExtract): PageExtract {
  const isHtml = (link: MarkdownLink) => link.kind === 'html-link';
  return extract.links.some(isHtml) ? { ...extract, links: extract.links.filter((link) => !isHtml(link)) } : extract;
}

/**
 * The headings with those MDX reads on lines CommonMark took for an HTML block, each in its
 * place; their ids are given again with the others' (extractAsCompiled).
 */
function withHeadingsInHtml(headings: Heading[], inHtml: NonNullable<MdxFacts['headingsInHtml']>): Heading[] {
  const known = new Set(headings.map(({ line }) => line));
  const added = inHtml.filter(({ line }) => !known.has(line)).map(({ depth, rawText, line, column }) => {
    const { text, id } = splitCustomId(rawText);
    // A placeholder id for one made from the text: extractAsCompiled gives those again, in order.
    return id === undefined ? { depth, text, id: '', line, column } : { depth, text, id, custom: true as const, line, column };
  });
  if (added.length === 0) return headings;
  return [...headings, ...added].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Heading ids as MDX gives them, where CommonMark gives others:
 * - a heading that ends with an MDX comment, `## Open ports {/* #open-ports *\/}`, takes its id
 *   from the comment, as Docusaurus's headings plugin gives it (one comment alone in the braces,
 *   its first word starting with `#`); the comment is no part of its text. CommonMark reads the
 *   comment as text;
 * - one that ends with an HTML comment, `## Install <!-- #steps -->`, takes no id from it: MDX
 *   drops the comment, and slugs the text before it, its space included (`install-`; a build
 *   shows it). CommonMark keeps the comment, whose id Docusaurus takes.
 * The slugger sees neither kind as CommonMark did: extractAsCompiled gives the ids again.
 */
function withMdxHeadingIds<T extends { headings: Heading[] }>(extract: T): T {
  if (!extract.headings.some((heading) => heading.commentText !== undefined || (!heading.custom && heading.text.endsWith('*/}')))) return extract;
  const headings = extract.headings.map((heading) => {
    if (heading.commentText !== undefined) {
      const { custom, commentText, ...plain } = heading;
      return { ...plain, text: commentText };
    }
    const comment = heading.custom ? null : MDX_COMMENT_ID.exec(heading.text);
    const id = comment ? commentContentId(comment[2]) : undefined;
    return id ? { ...heading, text: comment![1], id, custom: true as const } : heading;
  });
  return { ...extract, headings };
}

/** Text, then an MDX comment in braces at the end: one block comment alone (no comment end inside it). */
const MDX_COMMENT_ID = /^([\s\S]*?)\s*\{\/\*((?:(?!\*\/)[\s\S])*)\*\/\}$/;

/**
 * The extract without the links and headings that start inside `spans`, and the setext headings
 * whose underline is inside one (`<b>x</b> {`Title` then `===`). Without a heading, the
 * ones after it that repeat its text take the ids it took (`install`, not `install-1`):
 * extractAsCompiled gives the ids again.
 */
function withoutScript(extract: PageExtract, spans: TextSpan[]): PageExtract {
  const outside = (found: Position) => !spans.some((span) => isWithin(found, span));
  const links = extract.links.filter(outside);
  // A setext heading is one only where its underline is Markdown: MDX may read it as JavaScript.
  const kept = extract.headings.filter((heading) => outside(heading) && (heading.underlineBelow === undefined || outside({ line: heading.line + heading.underlineBelow, column: 1 })));
  if (links.length === extract.links.length && kept.length === extract.headings.length) return extract;
  return kept.length === extract.headings.length ? { ...extract, links } : { ...extract, links, headings: kept };
}

const isWithin = ({ line, column }: Position, span: TextSpan) =>
  (line > span.line || (line === span.line && column >= span.column)) && (line < span.endLine || (line === span.endLine && column < span.endColumn));

/**
 * The ids Docusaurus's own components collect as anchors as they render: a `<Heading>` from
 * @theme/Heading, unless it is an h1 (rendered without its id), a `<Link>` from
 * @docusaurus/Link, and a `<details>` or `<Details>` (the theme's MDXComponents give both, or an
 * import from @theme/Details). An `as` in braces is known only when the page runs: its id counts.
 * (Other HTML elements with an id, `<a id>`, `<h2 id>`, `<li id>` written in JSX, collect none:
 * a build shows it.)
 */
function componentAnchorsOf(mdx: MdxFacts, hidden: TextSpan[]): string[] {
  if (!mdx.componentIds) return [];
  // The theme's own, however the page names it (`@theme-original/Heading` is the same component).
  const themes = (component: string) => ['@theme', '@theme-original', '@theme-init'].flatMap((alias) => defaultImportsOf(mdx, `${alias}/${component}`));
  const headings = themes('Heading');
  const links = defaultImportsOf(mdx, '@docusaurus/Link');
  const details = [...themes('Details'), 'details', ...(mdx.bound.includes('Details') ? [] : ['Details'])];
  const collects = (found: { name: string; as?: string }) => (headings.includes(found.name) && found.as !== 'h1') || links.includes(found.name) || details.includes(found.name);
  return mdx.componentIds.filter((found) => collects(found) && !hidden.some((span) => isWithin(found, span))).map(({ id }) => id);
}

/**
 * The tabs of the theme's `<Tabs lazy>` that the build leaves out (MdxFacts.lazyHiddenTabs), of
 * the elements named as the file imports `@theme/Tabs` (`Tabs`, or `MyTabs`) or a component of
 * the site's that renders it with the props it is given (MdxFacts.tabsWrappers); none otherwise.
 */
export function lazyHiddenTabsIn(mdx: MdxFacts): TextSpan[] {
  if (!mdx.lazyHiddenTabs) return [];
  const names = [...defaultImportsOf(mdx, '@theme/Tabs'), ...(mdx.tabsWrappers ?? [])];
  return mdx.lazyHiddenTabs.filter(({ tabs }) => names.includes(tabs));
}

/**
 * The spans of a file compiled as MDX whose content the build never renders: the tabs
 * `<Tabs lazy>` leaves out (lazyHiddenTabsIn), and the elements of components of the site's
 * that never render their children (MdxFacts.childlessSpans).
 */
export function unrenderedSpansIn(mdx: MdxFacts): TextSpan[] {
  const tabs = lazyHiddenTabsIn(mdx);
  return mdx.childlessSpans ? [...tabs, ...mdx.childlessSpans] : tabs;
}

/** The heading, marked unrendered when it is inside one of `hidden`, with the component that leaves it out where one does. */
function unrenderedHeading(heading: Heading, hidden: readonly TextSpan[], mdx: MdxFacts | undefined): Heading {
  if (!hidden.some((span) => isWithin(heading, span))) return heading;
  const holder = childlessHolderOf(mdx, heading);
  return holder === undefined ? { ...heading, unrendered: true } : { ...heading, unrendered: true, hiddenBy: holder };
}

/** The component of the site's whose element holds `place` and never renders it (MdxFacts.childlessSpans), if any. */
export function childlessHolderOf(mdx: MdxFacts | undefined, place: Position): HiddenBy | undefined {
  const span = mdx?.childlessSpans?.find((found) => isWithin(place, found));
  return span && (span.layout ? { component: span.component, layout: true } : { component: span.component });
}

/** Whether a place is inside one of `spans`. */
export const isInAny = (found: Position, spans: readonly TextSpan[]) => spans.some((span) => isWithin(found, span));
