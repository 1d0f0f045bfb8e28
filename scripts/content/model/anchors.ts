/** The anchors of a page: what Docusaurus's link check takes a link's `#…` to, on that page. */
import type { MarkdownContentFile, MarkdownFormat, MdxEnvironment, Page, PageExtract, PartialPage } from './site.ts';
import { formatOf } from './markdown-format.ts';
import type { PartialImporter } from './hidden-partials.ts';

/**
 * Whether a heading is an anchor: the classic theme gives h1 no id (its Heading drops it), so h2–h6
 * only, unless the site's own Heading keeps the h1's (`h1Anchors`: Site.h1Anchors); never one a
 * tab `<Tabs lazy>` leaves out of the build.
 */
export function isAnchorHeading(heading: Pick<PageExtract['headings'][number], 'depth' | 'unrendered'>, h1Anchors = false): boolean {
  return (heading.depth > 1 || h1Anchors) && !heading.unrendered;
}

/**
 * A page's anchors as Docusaurus collects them, in order, repeats kept: ids of headings
 * (isAnchorHeading),
 * of footnotes, and, in files read as CommonMark, of HTML anchors, in files compiled as MDX, of
 * Docusaurus's Heading and Link elements; the page's, then its partials'.
 */
export function anchorListOf(page: Pick<Page, 'file' | 'frontMatter' | 'extract'>, partials: readonly Pick<PartialPage, 'file' | 'extract'>[], format: MarkdownFormat, h1Anchors = false): string[] {
  const anchors = extractAnchors(page.extract, formatOf(page.file, page.frontMatter.data, format) === 'md', h1Anchors);
  for (const partial of partials) anchors.push(...partialAnchorsOf(partial, format, h1Anchors));
  return anchors;
}

/** The anchors a partial adds to the page that shows it, as anchorListOf collects them. */
export function partialAnchorsOf({ file, extract }: Pick<PartialPage, 'file' | 'extract'>, format: MarkdownFormat, h1Anchors = false): string[] {
  return extractAnchors(extract, formatOf(file, {}, format) === 'md', h1Anchors);
}

function extractAnchors(extract: PageExtract, commonMark: boolean, h1Anchors: boolean): string[] {
  const anchors: string[] = [];
  for (const heading of extract.headings) if (isAnchorHeading(heading, h1Anchors)) anchors.push(heading.id);
  if (commonMark) anchors.push(...extract.htmlIds);
  if (extract.footnoteIds) anchors.push(...extract.footnoteIds);
  if (extract.componentAnchors) anchors.push(...extract.componentAnchors);
  return anchors;
}

/**
 * What components of the site add to a file's anchors, as the build collects them where the file
 * is rendered: the ids they collect (MdxEnvironment.collectedAnchors) and those the site's copies
 * of theme components render on the `pages` (a blog's, or others: MdxEnvironment.themeAnchors),
 * or undefined when they may collect any the check cannot read (MdxEnvironment.anchorsOpen).
 */
export type CodeAnchors = (file: string) => readonly string[] | undefined;

export function codeAnchorsOf(mdx: Pick<MdxEnvironment, 'anchorsOpen' | 'collectedAnchors' | 'themeAnchors'>, pages: 'blog' | 'other'): CodeAnchors {
  const open = new Set(mdx.anchorsOpen);
  const everywhere = [...(mdx.themeAnchors?.every ?? []), ...(pages === 'blog' ? mdx.themeAnchors?.blog ?? [] : [])];
  return (file) => (open.has(file) ? undefined : everywhere.length === 0 ? mdx.collectedAnchors?.[file] ?? [] : [...everywhere, ...(mdx.collectedAnchors?.[file] ?? [])]);
}

/**
 * A page's anchors and those the components of the files it shows collect; undefined when one of
 * them may collect any, for the page's anchors to be left unjudged. (Docs pages get theirs where
 * links are judged: check/site-index.ts.)
 */
export function withCodeAnchors(anchors: string[], shownFiles: readonly string[], codeAnchors: CodeAnchors): string[] | undefined {
  const added: string[] = [];
  for (const file of shownFiles) {
    const collected = codeAnchors(file);
    if (collected === undefined) return undefined;
    added.push(...collected);
  }
  return added.length === 0 ? anchors : [...anchors, ...added];
}

/** The partials a file shows on its page (model/rendered-partials.ts, partialsShownIn). */
export type ShownPartials = (importer: PartialImporter) => readonly PartialPage[];

/**
 * The anchors of a post or a Markdown page of src/pages, on its own route: its own, then those of
 * the partials it shows, and what the components of each file collect; undefined when one of them
 * may collect any (withCodeAnchors).
 */
export function anchorsWithPartials(page: Pick<MarkdownContentFile, 'file' | 'frontMatter' | 'extract' | 'mdx' | 'imports'>, format: MarkdownFormat, codeAnchors: CodeAnchors, shownPartials: ShownPartials, h1Anchors = false): string[] | undefined {
  const partials = page.imports && page.imports.length > 0 ? shownPartials({ file: page.file, imports: page.imports, mdx: page.mdx, frontMatter: page.frontMatter }) : [];
  return withCodeAnchors(anchorListOf(page, partials, format, h1Anchors), [page.file, ...partials.map(({ file }) => file)], codeAnchors);
}

/**
 * Ids that look like anchors and are none: on an `<a>`, `<li>` or h2–h6 element written as HTML
 * in a file compiled as MDX, which renders it as written, so Docusaurus collects no anchor of it
 * (a writer's `<a id="setup">` from Hugo days). The page's, then its partials'.
 */
export function inertIdListOf(page: Pick<Page, 'file' | 'frontMatter' | 'extract'>, partials: readonly Pick<PartialPage, 'file' | 'extract'>[], format: MarkdownFormat): string[] {
  const ids = formatOf(page.file, page.frontMatter.data, format) === 'md' ? [] : [...page.extract.htmlIds];
  for (const { file, extract } of partials) if (formatOf(file, {}, format) !== 'md') ids.push(...extract.htmlIds);
  return ids;
}
