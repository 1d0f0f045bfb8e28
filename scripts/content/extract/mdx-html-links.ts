/**
 * Markdown links and images that MDX reads where CommonMark reads raw HTML. The link extraction
 * follows CommonMark (page-extract.ts), where a line that opens an HTML block
 * (`<div>`, `<details>`, a tag alone on its line…) makes it and the lines after it, up to a blank
 * line, raw HTML. MDX has no HTML blocks: `<div>![Diagram](./d.png)</div>`, or a link on the line
 * after `<summary>…</summary>`, is Markdown inside a JSX element, which Docusaurus resolves and
 * checks, and a broken one stops its build.
 *
 * Such blocks with a `[` in them are rare: the MDX parse reports links only on their lines, and
 * a segment that holds one is left to the parser (mdx-facts.ts); a page compiled as MDX gets
 * those CommonMark did not find among its links (model/markdown-format.ts, extractAsCompiled).
 */
import type { MdxFacts } from '../model/site.ts';
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
