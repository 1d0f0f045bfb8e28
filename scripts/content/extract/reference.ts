/**
 * The reference extractor: links, headings and HTML anchors of one Markdown file, found with the
 * remark stack (remark-parse + remark-frontmatter, i.e. micromark, the parser family Docusaurus
 * itself uses, with GFM's footnotes and tables). Exact but slow (about 0.4 MB/s); fast.ts must
 * agree with it.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { comment, commentFromMarkdown } from '@slorber/remark-comment';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Heading as MdastHeading, Html, Nodes, Parents, Root } from 'mdast';
import { unwrapMdxCodeBlocks } from './mdx-preprocess.ts';
import type { CanonicalLink, MarkdownLink, PageExtract, RawHeading } from '../model/site.ts';
import { commentHeadingId, headingsWithIds } from '../model/headings.ts';
import { withFootnoteIds } from '../model/footnotes.ts';
import { anchorHrefsIn, canonicalLinksIn, htmlIdsIn } from './html-attributes.ts';
import { normalizeLabel, type LabelReference } from './fast-inline.ts';
import { definitionUses, withDefinitionUses, type LabelledDefinition } from './definition-uses.ts';
import { fenceLinesMdxMayReadOtherwise, paragraphLinesMdxMayReadOtherwise } from './mdx-indentation.ts';
import { mdxMayReadHtmlBlockOtherwise } from './mdx-html-flow.ts';
import { withExtensions, type SiteSyntax } from './site-syntax.ts';

/**
 * GFM footnotes, as Docusaurus reads them (remark-gfm): `[^1]: ./file.md` defines a footnote,
 * not a link, and `[^1]` calls it.
 */
const gfmFootnotes = withExtensions({ micromark: [gfmFootnote()], fromMarkdown: [gfmFootnoteFromMarkdown()] });
/**
 * GFM tables, as Docusaurus reads them (remark-gfm): a row is cut into cells at each unescaped
 * `|` before its text is read, so `| [a|b](./x.md) |` holds no link. A table also ends where a
 * paragraph would not: at a line indented four columns (code) or one starting HTML.
 */
const gfmTables = withExtensions({ micromark: [gfmTable()], fromMarkdown: [gfmTableFromMarkdown()] });
/**
 * Markdown as MDX reads it. MDX has no indented code: four spaces in, it reads Markdown (links,
 * headings) where CommonMark reads code. It has no HTML blocks either: their lines are Markdown
 * beside JSX (mdx-html-flow.ts), and `<!-- … -->` is a comment, read by Docusaurus's own
 * remark-comment (mdx1Compat.comments). Docusaurus compiles most pages as MDX, `.md` ones included.
 */
const asMdxReadsMarkdown = withExtensions({
  // Only the comment that starts a block: one inside a line stays inline HTML, as CommonMark
  // reads it, for the heading ids that model/markdown-format.ts gives as MDX gives them.
  micromark: [{ disable: { null: ['codeIndented', 'htmlFlow'] } }, { flow: comment.flow }],
  // Its types call it an extension; it is a function of options that returns one.
  fromMarkdown: [(commentFromMarkdown as unknown as () => typeof commentFromMarkdown)()],
});

type Readers = { commonMark: Processor; mdx: Processor };

/**
 * The two readings, with a site's own syntax (site-syntax.ts) when it has some: its
 * `beforeDefaultRemarkPlugins`' extensions before the others, its `remarkPlugins`' after them,
 * as mdx-loader places them.
 */
function readersWith(syntax?: SiteSyntax): Readers {
  const commonMark = unified().use(remarkParse);
  if (syntax) commonMark.use(withExtensions(syntax.before));
  commonMark.use(remarkFrontmatter, ['yaml', 'toml']).use(gfmFootnotes).use(gfmTables);
  if (syntax) commonMark.use(withExtensions(syntax.after));
  return { commonMark: commonMark as unknown as Processor, mdx: commonMark().use(asMdxReadsMarkdown) as unknown as Processor };
}

const defaultReaders = readersWith();
const siteReaders = new WeakMap<SiteSyntax, Readers>();
function parserFor(indentedCode: boolean, syntax: SiteSyntax | undefined): Processor {
  let readers = defaultReaders;
  if (syntax) {
    readers = siteReaders.get(syntax) ?? readersWith(syntax);
    siteReaders.set(syntax, readers);
  }
  return indentedCode ? readers.commonMark : readers.mdx;
}

/** How a text is read: as CommonMark (the default), or as MDX reads Markdown, without indented code or HTML blocks; with the site's own syntax, if any. */
export interface ReadingOptions {
  indentedCode?: boolean;
  syntax?: SiteSyntax;
}

/** What micromark finds in a text, before heading ids are given (they depend on the whole page). */
export interface ReferenceParts {
  links: MarkdownLink[];
  headings: RawHeading[];
  /** Each id with the line of the HTML that holds it. */
  htmlIds: Array<{ id: string; line: number }>;
  canonicals: CanonicalLink[];
  /** The definitions: identifiers (normalized labels) and lines. */
  definitions: Array<{ identifier: string; line: number }>;
  /** The link and image references, with their lines (definition-uses.ts). */
  references: Array<LabelReference & { line: number }>;
  /** Where GFM footnotes are defined: a footnote call elsewhere reads otherwise without its definition. */
  footnoteDefinitions: Array<{ line: number }>;
  /** The footnote calls (`[^x]` with a definition): identifiers and lines; they make anchors (model/footnotes.ts). */
  footnoteCalls: Array<{ identifier: string; line: number }>;
  /** Lines MDX may read otherwise: indented code, some lines indented four columns or more (mdx-indentation.ts), and HTML blocks that may hold Markdown (mdx-html-flow.ts). */
  mdxMayDiffer: Array<{ line: number }>;
}

/**
 * A page's extract as CommonMark reads it, with MDX's reading where that differs (the reference
 * for page-extract.ts).
 */
export function extractReference(markdown: string, syntax?: SiteSyntax): PageExtract {
  return withMdxCodeBlocks(markdown, extractWithoutCodeBlocks(markdown, syntax), syntax);
}

/** The same, but for what mdx-code-block fences hold (withMdxCodeBlocks): the fast path's fallback, which adds that itself. */
export function extractWithoutCodeBlocks(markdown: string, syntax?: SiteSyntax): PageExtract {
  const parts = referenceParts(markdown, { syntax });
  return withMdxReading(markdown, extractOf(parts), parts.mdxMayDiffer.length > 0, syntax);
}

/**
 * Docusaurus unwraps `mdx-code-block` fences before MDX reads a page (mdx-preprocess.ts): what
 * they hold is Markdown there, not code. MDX's reading of such a page is that of the unwrapped
 * text, its links and headings put back on the lines of the file.
 */
export function withMdxCodeBlocks(markdown: string, extract: PageExtract, syntax?: SiteSyntax): PageExtract {
  const unwrapped = unwrapMdxCodeBlocks(markdown);
  if (!unwrapped) return extract;
  const mdx = mdxExtractOf(unwrapped.text, syntax);
  const back = <T extends { line: number }>(found: T): T => ({ ...found, line: unwrapped.lineOf[found.line - 1] + 1 });
  const { mdxReading: _, ...commonMark } = extract;
  return withMdxExtract(commonMark, { ...mdx, links: mdx.links.map(back), headings: mdx.headings.map(back) });
}

/**
 * `extract` (CommonMark's reading of the page) with MDX's links and headings when they differ.
 * Only where CommonMark counts four columns of indentation, or reads an HTML block that may hold
 * Markdown, can they (see mdxMayDiffer), and most such lines read the same either way.
 */
export function withMdxReading(markdown: string, extract: PageExtract, mayDiffer: boolean, syntax?: SiteSyntax): PageExtract {
  return mayDiffer ? withMdxExtract(extract, mdxExtractOf(markdown, syntax)) : extract;
}

/** The links and headings of a text as MDX reads it: without indented code or HTML blocks. */
function mdxExtractOf(markdown: string, syntax?: SiteSyntax): PageExtract {
  return extractOf(referenceParts(markdown, { indentedCode: false, syntax }));
}

/**
 * `extract` with the links and headings of `mdx` (the same page read as MDX reads Markdown) when
 * they differ. MDX's reading has no `<a href>` of raw HTML (MDX renders a written `<a>` as it is),
 * so those never make the readings differ.
 */
export function withMdxExtract(extract: PageExtract, { links, headings }: PageExtract): PageExtract {
  const mdxLinks = links.filter(isMarkdownsLink);
  const same = JSON.stringify([mdxLinks, headings]) === JSON.stringify([extract.links.filter(isMarkdownsLink), extract.headings]);
  return same ? extract : { ...extract, mdxReading: { links: mdxLinks, headings } };
}

const isMarkdownsLink = (link: MarkdownLink) => link.kind !== 'html-link';

function extractOf(parts: ReferenceParts): PageExtract {
  return {
    links: withDefinitionUses(parts.links, definitionUses(labelledDefinitions(parts), parts.references)),
    headings: headingsWithIds(parts.headings),
    htmlIds: parts.htmlIds.map(({ id }) => id).sort(),
    ...withFootnoteIds(parts.footnoteCalls),
    canonicals: parts.canonicals,
  };
}

export function referenceParts(markdown: string, { indentedCode = true, syntax }: ReadingOptions = {}): ReferenceParts {
  const tree = parserFor(indentedCode, syntax).parse(markdown) as Root;
  const parts: ReferenceParts = { links: [], headings: [], htmlIds: [], canonicals: [], definitions: [], references: [], footnoteDefinitions: [], footnoteCalls: [], mdxMayDiffer: [] };
  // The lines as micromark counts them: a lone CR ends one too (`\r\r\n` is two line endings).
  let sourceLines: string[] | undefined;
  visit(tree, (node: Nodes, _index, parent) => {
    const start = node.position?.start;
    if (!start) return;
    switch (node.type) {
      case 'definition':
        parts.definitions.push({ identifier: node.identifier, line: start.line });
        // Read from a paragraph's text, as CommonMark reads definitions: its lines are that paragraph's.
        parts.mdxMayDiffer.push(...paragraphLinesMdxMayReadOtherwise((sourceLines ??= markdown.split(LINE_ENDING)), node, parent).map((line) => ({ line })));
      // falls through: a definition is a link too
      case 'link':
      case 'image':
        parts.links.push({ url: node.url, kind: node.type, line: start.line, column: start.column });
        break;
      case 'footnoteDefinition':
        parts.footnoteDefinitions.push({ line: start.line });
        break;
      case 'footnoteReference':
        parts.footnoteCalls.push({ identifier: node.identifier, line: start.line });
        break;
      case 'linkReference':
      case 'imageReference':
        parts.references.push({ label: normalizeLabel(node.identifier), image: node.type === 'imageReference', line: start.line });
        break;
      case 'heading':
        parts.headings.push({ depth: node.depth, ...headingIdentity(node), line: start.line, column: start.column, ...underlineOf(node) });
      // falls through: a setext heading's lines are a paragraph's
      case 'paragraph':
        parts.mdxMayDiffer.push(...paragraphLinesMdxMayReadOtherwise((sourceLines ??= markdown.split(LINE_ENDING)), node, parent).map((line) => ({ line })));
        break;
      case 'html':
        // An HTML block (not HTML inside a paragraph or heading): MDX has none.
        sourceLines ??= markdown.split(LINE_ENDING);
        if (parent && !PHRASING_PARENTS.has(parent.type) && (mdxMayReadHtmlBlockOtherwise(node.value) || mayBeContinuedLazily(sourceLines, node, parent) || commentAfterText(sourceLines, node))) {
          parts.mdxMayDiffer.push({ line: start.line });
        }
        for (const id of htmlIdsIn(node.value)) parts.htmlIds.push({ id, line: start.line });
        parts.canonicals.push(...canonicalLinksIn(node.value, start));
        parts.links.push(...anchorHrefsIn(node.value, start));
        break;
      case 'code':
        // A fenced block starts at its fence; an indented one at its indentation.
        if (FENCE_START.test(markdown.slice(start.offset ?? 0, (start.offset ?? 0) + 3))) {
          parts.mdxMayDiffer.push(...fenceLinesMdxMayReadOtherwise((sourceLines ??= markdown.split(LINE_ENDING)), node, parent).map((line) => ({ line })));
        } else {
          parts.mdxMayDiffer.push({ line: start.line });
        }
        break;
    }
  });
  return parts;
}

const FENCE_START = /^(?:```|~~~)/;

/**
 * Whether the line after an HTML block may continue it to MDX's reading, which reads the block's
 * lines as a paragraph: in a list item or quote, lazily, where CommonMark ends the container; and
 * after a block that ends at its closing tag rather than a blank line (`<script>`, `<pre>`), the
 * next line. A definition there is a paragraph's text. Not after a comment: MDX reads one as a
 * comment block too, which ends where CommonMark's does.
 */
function mayBeContinuedLazily(lines: string[], node: Html, parent: Parents): boolean {
  const after = lines[node.position!.end.line];
  if (after === undefined || after.trim() === '') return false;
  return parent.type !== 'root' || !node.value.trimStart().startsWith('<!--');
}

/**
 * Whether a comment block starts right after a line of text: there MDX's comment may not start
 * (after a footnote's definition it continues the footnote's text), and what it holds is Markdown.
 */
function commentAfterText(lines: string[], node: Html): boolean {
  const before = lines[node.position!.start.line - 2];
  return node.value.trimStart().startsWith('<!--') && before !== undefined && before.trim() !== '';
}
/** Nodes whose HTML children are inline HTML, not blocks. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);
/** A line ending as micromark reads one: CRLF, LF or a lone CR. */
const LINE_ENDING = /\r\n|\r|\n/;
/** The definitions' links, each with its label as the references give it. */
function labelledDefinitions(parts: ReferenceParts): LabelledDefinition[] {
  const links = parts.links.filter((link) => link.kind === 'definition');
  return links.map((link, index) => ({ link, label: normalizeLabel(parts.definitions[index].identifier) }));
}

/** Where a setext heading's underline is: its last line, below the first (an ATX heading has one line). */
function underlineOf(heading: MdastHeading): { underlineBelow?: number } {
  const below = (heading.position?.end.line ?? 0) - (heading.position?.start.line ?? 0);
  return below > 0 ? { underlineBelow: below } : {};
}

/** Text and comment id as Docusaurus reads them: html children are left out of the text. */
function headingIdentity(heading: MdastHeading): { rawText: string; commentId?: string } {
  const last = heading.children.at(-1);
  const commentId = last?.type === 'html' ? commentHeadingId((last as Html).value) : undefined;
  const textNodes = heading.children.filter((child) => child.type !== 'html');
  const rawText = toString(textNodes.length > 0 ? textNodes : heading);
  return commentId === undefined ? { rawText } : { rawText, commentId };
}
