/**
 * Markdown links and images that MDX reads where CommonMark reads raw HTML. The link extraction
 * follows CommonMark (page-extract.ts), where a line that opens an HTML block
 * (`<div>`, `<details>`, a tag alone on its line…) makes it and the lines after it, up to a blank
 * line, raw HTML. MDX has no HTML blocks: `<div>![Diagram](./d.png)</div>`, or a link on the line
 * after `<summary>…</summary>`, is Markdown inside a JSX element, which Docusaurus resolves and
 * checks, and a broken one stops its build.
 *
 * Such blocks with a `[` in them are rare: the MDX parse reports links only on their lines, and
 * a segment that holds one is left to the parser (mdx-facts.ts); the links rule keeps those
 * CommonMark did not find (check/rules/links.ts).
 */
import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';
import type { MdxFacts } from '../model/site.ts';
import { isBlankLine } from './page-lines.ts';

type Found = NonNullable<MdxFacts['markdownInHtml']>;

/** Container markers a block may sit in: quotes, list items, indentation. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))*[ \t]*/;
/** A tag alone on its line (CommonMark's HTML block of type 7). */
const TAG_ALONE = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
const FENCE = /^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?(`{3,}|~{3,})/;

/** Whether a line (its containers' markers left out) opens an HTML block, as CommonMark reads it. */
export function opensHtmlBlock(line: string): boolean {
  const rest = line.slice(CONTAINERS.exec(line)![0].length);
  if (!rest.startsWith('<')) return false;
  if (/^<(?:!--|\?|![A-Za-z]|!\[CDATA\[)/.test(rest)) return true; // types 2–5
  const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/.exec(rest)?.[1]?.toLowerCase();
  if (!name) return false;
  return htmlRawNames.includes(name) || htmlBlockNames.includes(name) || TAG_ALONE.test(rest); // types 1, 6, 7
}

/** The lines (1-based) of HTML blocks that hold a `[`, outside fenced code; empty for most pages. */
export function htmlBlockLinesWithBrackets(source: string): Set<number> {
  const found = new Set<number>();
  if (!source.includes('[') || !source.includes('<')) return found;
  const lines = source.split('\n');
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (!opensHtmlBlock(line)) continue;
    let end = index;
    while (end + 1 < lines.length && !isBlankLine(lines[end + 1])) end++;
    const block = lines.slice(index, end + 1);
    if (block.some((text) => text.includes('['))) for (let at = index; at <= end; at++) found.add(at + 1);
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
