/**
 * Markdown links and images that MDX reads where CommonMark reads raw HTML. The link extraction
 * follows CommonMark (page-extract.ts), where a line that opens an HTML block
 * (`<div>`, `<details>`, a tag alone on its line…) makes it and the lines after it, up to a blank
 * line, raw HTML. MDX has no HTML blocks: `<div>![Diagram](./d.png)</div>`, or a link on the line
 * after `<summary>…</summary>`, is Markdown inside a JSX element, which Docusaurus resolves and
 * checks, and a broken one stops its build.
 *
 * The MDX parse reports links on the lines of such blocks that hold a `[`. A segment whose MDX is
 * plain (mdx-simple.ts) gets them without the parser where they are surely the same
 * (markdownInHtmlOfPlainSegment: on neuvector/docs, HTML lists of 98 kB); the others are left to
 * the parser (mdx-facts.ts). A page compiled as MDX gets those CommonMark did not find among its
 * links (model/markdown-format.ts, extractAsCompiled).
 */
import type { MdxFacts } from '../model/site.ts';
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

/** The lines (1-based) of HTML blocks that hold a `[`, outside fenced code; empty for most texts. */
export function htmlBlockLinesWithBrackets(source: string): Set<number> {
  const found = new Set<number>();
  if (!source.includes('[') || !source.includes('<')) return found;
  const lines = linesOutsideCode(source); // already preprocessed: the lines stay where they are
  for (let index = 0; index < lines.length; index++) {
    if (!opensHtmlBlock(lines[index])) continue;
    let end = index;
    while (end + 1 < lines.length && !isBlankLine(lines[end + 1])) end++;
    if (lines.slice(index, end + 1).some((text) => text.includes('['))) for (let at = index; at <= end; at++) found.add(at + 1);
    index = end;
  }
  return found;
}

type Node = { type: string; url?: string; position?: { start: { line: number; column: number; offset?: number } }; children?: Node[] };

/**
 * The links and images (written with brackets: GFM's bare addresses are the address rule's) that
 * the MDX parse of `source` has on the lines of its HTML blocks holding a `[`; undefined when none.
 */
export function markdownInHtmlOf(tree: unknown, source: string): Found | undefined {
  const lines = htmlBlockLinesWithBrackets(source);
  if (lines.size === 0) return undefined;
  const found: Found = [];
  const visit = (node: Node) => {
    const start = node.position?.start;
    if ((node.type === 'link' || node.type === 'image') && start && lines.has(start.line)) {
      const written = start.offset === undefined ? '[' : source[start.offset];
      if (written === '[' || written === '!') found.push({ url: node.url ?? '', line: start.line, column: start.column, kind: node.type });
    }
    node.children?.forEach(visit);
  };
  visit(tree as Node);
  return found.length > 0 ? found : undefined;
}

/**
 * markdownInHtmlOf without the parser, for a segment whose MDX mdx-simple.ts reads (its tags are
 * plain and balanced, its code spans read line by line): the links and images written with `[`
 * on the lines of `blockLines` (htmlBlockLinesWithBrackets), or undefined when only the parser
 * can say (an empty list: none). MDX reads a line of tags alone as a JSX element at the block
 * level, and the Markdown around it as Markdown: the same links as CommonMark finds, in MDX's
 * reading (without indented code), with every such line blank. That holds where nothing else
 * is HTML to CommonMark (no other line opens an HTML block) and the lines of the blocks hold no
 * other `<` or `{` (JSX or an expression beside the Markdown). A reference (`[a][r]`) is in
 * neither answer: the parse reports inline links and images, the extraction the definition
 * alone. tests/unit/mdx-html-links.test.ts holds it to the parser.
 */
export function markdownInHtmlOfPlainSegment(text: string, blockLines: ReadonlySet<number>): Found | undefined {
  const lines = text.split('\n').map((line) => (TAGS_ONLY.test(line) ? '' : line));
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
  return found;
}
