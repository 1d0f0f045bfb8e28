/**
 * Markdown links, images and headings that MDX reads where CommonMark reads raw HTML. The
 * extraction follows CommonMark (page-extract.ts), where a line that opens an HTML block
 * (`<div>`, `<details>`, a tag alone on its line…) makes it and the lines after it, up to a blank
 * line, raw HTML. MDX has no HTML blocks: `<div>![Diagram](./d.png)</div>`, a link on the line
 * after `<summary>…</summary>`, or `## Setup` on the line after `<Partial />`, is Markdown inside
 * or after a JSX element, which Docusaurus resolves, checks and gives an id.
 *
 * The MDX parse reports links and headings on the lines of such blocks that hold a `[` or a line
 * that may be a heading. A segment whose MDX is plain (mdx-simple.ts) gets them without the
 * parser where they are surely the same (markdownInHtmlOfPlainSegment: on neuvector/docs, HTML
 * lists of 98 kB); the others are left to the parser (mdx-facts.ts). A page compiled as MDX gets
 * those CommonMark did not find among its links and headings (model/markdown-format.ts,
 * extractAsCompiled).
 */
import type { MdxFacts } from '../model/site.ts';
import { toString } from 'mdast-util-to-string';
import { extractPage } from './page-extract.ts';
import { TAGS_ONLY } from './mdx-simple.ts';
import { isBlankLine } from './page-lines.ts';
import { mayStartHtmlBlock } from './fast.ts';
import { linesOutsideCode } from './mdx-prefilter.ts';

type Found = NonNullable<MdxFacts['markdownInHtml']>;

/** Container markers a block may sit in: quotes, list items, indentation. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))*[ \t]*/;

/**
 * Whether a line, its containers' markers left out, may open an HTML block as CommonMark reads
 * it (fast.ts decides, as for the extraction); as if after a blank line, which only makes more
 * lines worth a look.
 */
export const opensHtmlBlock = (line: string): boolean => mayStartHtmlBlock(line.slice(CONTAINERS.exec(line)![0].length), false);

/** A line that may be an ATX heading once its containers' markers are left out: MDX reads one inside a JSX element's lines. */
const HEADING_LIKE = /^[ \t]*#{1,6}(?:[ \t]|$)/;
const mayBeHeading = (line: string): boolean => HEADING_LIKE.test(line.slice(CONTAINERS.exec(line)![0].length));

/**
 * The lines (1-based) of HTML blocks that hold a `[` or a line that may be a heading, outside
 * fenced code; empty for most texts.
 */
export function htmlBlockLinesToRead(source: string): Set<number> {
  const found = new Set<number>();
  if ((!source.includes('[') && !source.includes('#')) || !source.includes('<')) return found;
  const lines = linesOutsideCode(source); // already preprocessed: the lines stay where they are
  for (let index = 0; index < lines.length; index++) {
    if (!opensHtmlBlock(lines[index])) continue;
    let end = index;
    while (end + 1 < lines.length && !isBlankLine(lines[end + 1])) end++;
    if (lines.slice(index, end + 1).some((text) => text.includes('[') || mayBeHeading(text))) for (let at = index; at <= end; at++) found.add(at + 1);
    index = end;
  }
  return found;
}

type FoundHeadings = NonNullable<MdxFacts['headingsInHtml']>;

type Node = { type: string; url?: string; depth?: number; position?: { start: { line: number; column: number; offset?: number } }; children?: Node[] };

/**
 * What the MDX parse of `source` has on the lines of its HTML blocks (htmlBlockLinesToRead):
 * the links and images written with brackets (GFM's bare addresses are the address rule's), and
 * the headings; each absent when none.
 */
export function markdownInHtmlOf(tree: unknown, source: string): { markdownInHtml?: Found; headingsInHtml?: FoundHeadings } {
  const lines = htmlBlockLinesToRead(source);
  if (lines.size === 0) return {};
  const found: Found = [];
  const headings: FoundHeadings = [];
  const visit = (node: Node) => {
    const start = node.position?.start;
    if ((node.type === 'link' || node.type === 'image') && start && lines.has(start.line)) {
      const written = start.offset === undefined ? '[' : source[start.offset];
      if (written === '[' || written === '!') found.push({ url: node.url ?? '', line: start.line, column: start.column, kind: node.type });
    }
    // Text as Docusaurus's headings plugin reads it (mdast-util-to-string), a `{#id}` included.
    if (node.type === 'heading' && start && lines.has(start.line)) headings.push({ depth: node.depth ?? 1, rawText: toString(node), line: start.line, column: start.column });
    node.children?.forEach(visit);
  };
  visit(tree as Node);
  return { ...(found.length > 0 ? { markdownInHtml: found } : {}), ...(headings.length > 0 ? { headingsInHtml: headings } : {}) };
}

/**
 * markdownInHtmlOf without the parser, for a segment whose MDX mdx-simple.ts reads (its tags are
 * plain and balanced, its code spans read line by line): the links and images written with `[`,
 * and the headings, on the lines of `blockLines` (htmlBlockLinesToRead), or undefined when only
 * the parser can say (empty lists: none). MDX reads a line of tags alone as a JSX element at the
 * block level, and the Markdown around it as Markdown: the same links as CommonMark finds, in MDX's
 * reading (without indented code), with every such line blank. That holds where nothing else
 * is HTML to CommonMark (no other line opens an HTML block) and the lines of the blocks hold no
 * other `<` or `{` (JSX or an expression beside the Markdown). A reference (`[a][r]`) is in
 * neither answer: the parse reports inline links and images, the extraction the definition
 * alone. tests/unit/mdx-html-links.test.ts holds it to the parser.
 *
 * `fenced`: the lines of fenced code the segmenter follows (mdx-blocks.ts, MdxSegment.fenceLines;
 * 1-based, as `blockLines`). Blocks whose every line is a line of tags or of such code hold no
 * Markdown at all: nothing is read (a tab of code indented four spaces, whose `# comment` line
 * looks like a heading, cost a CommonMark reading of the segment each).
 */
export function markdownInHtmlOfPlainSegment(text: string, blockLines: ReadonlySet<number>, fenced: ReadonlySet<number> = new Set()): { markdownInHtml: Found; headingsInHtml: FoundHeadings } | undefined {
  const written = text.split('\n');
  if ([...blockLines].every((line) => fenced.has(line) || TAGS_ONLY.test(written[line - 1]))) return { markdownInHtml: [], headingsInHtml: [] };
  const lines = written.map((line) => (TAGS_ONLY.test(line) ? '' : line));
  for (const line of blockLines) if (lines[line - 1].includes('<') || lines[line - 1].includes('{')) return undefined;
  const shadow = lines.join('\n');
  if (linesOutsideCode(shadow).some(opensHtmlBlock)) return undefined;
  const read = extractPage(shadow);
  const links = read.mdxReading?.links ?? read.links;
  const found: Found = [];
  for (const { url, line, column, kind } of links) {
    if ((kind !== 'link' && kind !== 'image') || !blockLines.has(line)) continue;
    // Written with brackets: an address GFM makes a link of is the address rule's, as in markdownInHtmlOf.
    const start = lines[line - 1][column - 1];
    if (start === '[' || start === '!') found.push({ url, line, column, kind });
  }
  // A `{#id}` is the heading's own id: written back after its text, as the parser's reading has it.
  const headings = (read.mdxReading?.headings ?? read.headings).filter(({ line }) => blockLines.has(line))
    .map(({ depth, text: headingText, id, custom, line, column }) => ({ depth, rawText: custom ? `${headingText} {#${id}}` : headingText, line, column }));
  return { markdownInHtml: found, headingsInHtml: headings };
}
