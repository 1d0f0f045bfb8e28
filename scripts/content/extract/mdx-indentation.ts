/**
 * Where MDX may read a text otherwise than CommonMark. MDX switches off indented code, and with
 * it micromark's limit of three columns on a block's indentation: four columns in, MDX reads
 * Markdown where CommonMark reads code, and a `#`, `>`, fence or list marker starts a block
 * where CommonMark reads on in the paragraph, or in the fenced code. Only lines indented four
 * columns or more past their container can differ; these functions find every such line that
 * may, from CommonMark's reading (mdast), and few others (tests/unit/extract-regions.test.ts
 * holds them to a reading without indented code).
 */
import type { Nodes, Parents } from 'mdast';

/** Four columns of white space among the line's leading spaces, tabs and quote markers, then a fence alone on the line. */
const FOUR_COLUMNS_THEN_FENCE = /^[ \t>]*?(?: {4}|\t)[ \t]*(?:`{3,}|~{3,})[ \t]*\r?$/;
/**
 * What may start a block, or make a paragraph a heading, at any indentation: an ATX heading, a
 * block quote, a fence, HTML, a footnote's definition, a list item, a thematic break, a setext
 * underline.
 */
const MAY_START_BLOCK = /^(?:#{1,6}(?:[ \t]|\r?$)|>|`{3,}|~{3,}|<|\[\^|[-+*](?:[ \t]|\r?$)|\d{1,9}[.)](?:[ \t]|\r?$)|(?:[-*_][ \t]*){3,}\r?$|=+[ \t]*\r?$)/;
/** A list item's marker and the spaces after it. */
const ITEM_MARKER = /^(?:[-+*]|\d{1,9}[.)])( *)/;
const QUOTED = /^ {0,3}>/;
/** Four columns of white space, or a tab, right before the end. */
const FOUR_COLUMNS_BEFORE = /(?: {4}|\t)[ \t]*$/;

/**
 * The lines of a paragraph, heading or definition (1-based) where MDX may start a block: those
 * whose text may start one, indented four columns or more past the container's content (past
 * the page's edge, for a lazy line). Its first line too: after a definition, a paragraph starts
 * anywhere.
 */
export function paragraphLinesMdxMayReadOtherwise(lines: string[], node: Nodes, parent: Parents | undefined): number[] {
  const { start, end } = node.position!;
  const found: number[] = [];
  const content = contentColumn(lines, parent);
  for (let line = start.line; line <= end.line; line++) {
    const text = lines[line - 1];
    const at = line === start.line ? start.column - 1 : text.length - text.trimStart().length;
    if (!MAY_START_BLOCK.test(text.slice(at))) continue;
    const before = text.slice(0, at);
    if (content === undefined || QUOTED.test(text) || before.includes('\t')) {
      // Quote markers, a tab, or a container not modelled here: four columns right before the text may be the indentation.
      if (FOUR_COLUMNS_BEFORE.test(before)) found.push(line);
      continue;
    }
    const past = at >= content - 1 ? at - (content - 1) : at; // a lazy line: from the page's edge
    if (past >= 4) found.push(line);
  }
  return found;
}

/** The lines of a fenced code block (1-based) that may close it to MDX: a fence alone, indented four columns or more past the container's content. */
export function fenceLinesMdxMayReadOtherwise(lines: string[], node: Nodes, parent: Parents | undefined): number[] {
  const { start, end } = node.position!;
  const found: number[] = [];
  const content = contentColumn(lines, parent);
  for (let line = start.line + 1; line <= end.line; line++) {
    const text = lines[line - 1];
    if (!FOUR_COLUMNS_THEN_FENCE.test(text)) continue;
    const indent = text.length - text.trimStart().length;
    if (content === undefined || QUOTED.test(text) || text.slice(0, indent).includes('\t') || indent - (content - 1) >= 4) found.push(line);
  }
  return found;
}

/**
 * The column (1-based) where the content of the paragraph's container starts: 1 at the page's
 * top level, after the marker and its spaces in a list item; undefined for other containers
 * (block quotes), or an item whose first line holds a tab.
 */
function contentColumn(lines: string[], parent: Parents | undefined): number | undefined {
  if (!parent || parent.type === 'root') return 1;
  if (parent.type !== 'listItem' || !parent.position) return undefined;
  const { line, column } = parent.position.start;
  const text = lines[line - 1];
  if (text.includes('\t')) return undefined;
  const marker = ITEM_MARKER.exec(text.slice(column - 1));
  if (!marker) return undefined;
  const spaces = marker[1].length;
  const markerWidth = marker[0].length - spaces;
  const rest = text.slice(column - 1 + marker[0].length);
  // One space to five or more, and an empty first line: the content starts one column after the marker.
  if (spaces === 0 || spaces >= 5 || rest.trim() === '') return column + markerWidth + 1;
  return column + markerWidth + spaces;
}
