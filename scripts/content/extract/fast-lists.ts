/**
 * Lists with nested content (paragraphs after a blank line, code, sub-lists), read without
 * micromark. The block scan (fast.ts) gives up on a region where a list item holds more than
 * one paragraph; such a region is often a plain list whose items each hold a small document.
 * CommonMark parses an item's content as a document of its own, with the item's indentation
 * taken off every line: so each item's content is scanned again, as a page, and what it holds is
 * moved back to where it is in the page (same lines, columns shifted by the indentation).
 *
 * A region is read this way only when the answer is surely micromark's:
 * - it starts with a list item indented by at most three spaces, whose content starts on the
 *   marker's line after one to four spaces; or with one paragraph of plain lines that such an
 *   item interrupts (a bullet, or an ordered item numbered 1, as CommonMark allows);
 * - every other line is blank, indented at least as far as the item's content (its content), a
 *   new item indented less, or a lazy line: plain text that continues the item's paragraph,
 *   when the item surely ends in an open paragraph (its lines so far are all text: no blank
 *   line, fence, HTML, table or definition). Any other line indented less could end the list:
 *   micromark's call, the region stays hard;
 * - no tab in any indentation, and no content that would start with front matter;
 * - the content scans with no hard region left, reading nested lists the same way;
 * - the region before it was read without micromark (see readListRegions).
 * tests/unit/extract-regions.test.ts holds this to the reference.
 */
import { scanBlocks, type Region } from './fast.ts';
import { isBlankLine } from './page-lines.ts';
import type { Paragraph } from './fast-inline.ts';

/** An item line: up to three spaces, its marker (a bullet, or a number) and the spaces after it, before the content. */
const ITEM = /^ {0,3}(?:[-+*]|(\d{1,9})[.)]) {1,4}(?=\S)/;
/**
 * A line of a plain paragraph: it starts with a letter or a digit (no block starts so), or with
 * the `:::` of a directive, which CommonMark reads as text.
 */
const PLAIN_LINE = /^ {0,3}[A-Za-z0-9:]/;
/** Item markers and indentation before a line's text. */
const MARKERS = /^(?: *(?:[-+*]|\d{1,9}[.)]) +)* */;
/**
 * Text that surely continues or starts a paragraph, after its markers: a letter, a digit or the
 * like, a code span that is no fence, emphasis (a line starting `[` may be a definition).
 */
const PARAGRAPH_TEXT = /^(?:[A-Za-z0-9:(!"'.,?]|`(?!``)|\*\*?[A-Za-z0-9`]|_[A-Za-z0-9])/;
/** The same for a lazy line, which continues a paragraph: there a `[` starts no definition either. */
const isLazyText = (text: string) => text.startsWith('[') || PARAGRAPH_TEXT.test(text);
/** Whether an item line leaves a paragraph open: text, and no table cell. */
const leavesParagraphOpen = (line: string) => !line.includes('|') && PARAGRAPH_TEXT.test(line.replace(MARKERS, ''));

/**
 * Each hard region that is such a list, read (in place). Only after a region read without
 * micromark: after one of micromark's, something may still be open where the list starts (an
 * indented code block runs on over blank lines, and while it does, an item cannot start with 2).
 */
export function readListRegions(lines: string[], regions: Region[]): void {
  regions.forEach((region, index) => {
    if (region.hard && (index === 0 || !regions[index - 1].hard)) regions[index] = listRegion(lines, region) ?? region;
  });
}

/**
 * The region's lines read as list items: a region that is not hard, with everything at its place
 * in the page; undefined when the region is not such a list.
 */
function listRegion(lines: string[], region: Region): Region | undefined {
  const start = firstItem(lines, region.from, region.to);
  if (start === undefined) return undefined;
  const items = itemsOf(lines, start, region.to);
  if (!items) return undefined;
  const read: Region = { from: region.from, to: region.to, hard: false, headings: [], links: [], htmlIds: [], canonicals: [], paragraphs: [], definitions: [] };
  if (start > region.from) {
    // The paragraph the list interrupts: plain lines, at their place.
    const paragraph = scanBlocks(lines.slice(region.from, start).join('\n'));
    if (!paragraph || paragraph.regions.some((part) => part.hard)) return undefined;
    for (const part of paragraph.regions) addMoved(read, part, region.from, []);
  }
  for (const item of items) {
    const content = item.lines;
    if (content[0].startsWith('---') || content[0].startsWith('+++')) return undefined; // would be front matter
    const scanned = scanBlocks(content.join('\n'));
    if (!scanned) return undefined;
    readListRegions(content, scanned.regions);
    // An HTML block's canonical links and `<a href>`s below its first line are placed by
    // micromark at their column in the block's text, which lost the indentation: not moved like the rest.
    if (scanned.regions.some((part) => part.hard || part.canonicals.length > 0 || part.links.some((link) => link.kind === 'html-link'))) return undefined;
    for (const part of scanned.regions) addMoved(read, part, item.from, item.shifts);
  }
  return read;
}

interface Item {
  /** The item's first line in the page (0-based). */
  from: number;
  /** How far its content is indented: the marker and the spaces after it. */
  indent: number;
  /** Its content: each line without the indentation (blank lines empty), lazy lines as they are. */
  lines: string[];
  /** Per line of its content, the columns it lost: the indentation, or none for a lazy line. */
  shifts: number[];
  /** Whether the content so far surely ends in an open paragraph, which a lazy line continues. */
  paragraphOpen: boolean;
}

/**
 * The region's first item line: its first line, or the line of an item that interrupts the plain
 * paragraph the region starts with (undefined when there is no such item).
 */
function firstItem(lines: string[], from: number, to: number): number | undefined {
  if (ITEM.test(lines[from])) return from;
  for (let index = from; index < to; index++) {
    const line = lines[index];
    const item = ITEM.exec(line);
    // An ordered item interrupts a paragraph only when it starts at 1.
    if (item) return item[1] === undefined || item[1] === '1' ? index : undefined;
    if (line.includes('\t') || !PLAIN_LINE.test(line)) return undefined;
  }
  return undefined;
}

function itemsOf(lines: string[], from: number, to: number): Item[] | undefined {
  const items: Item[] = [];
  for (let index = from; index < to; index++) {
    const line = lines[index];
    const item = items.at(-1);
    if (item && isBlankLine(line)) {
      item.lines.push('');
      item.shifts.push(item.indent);
      item.paragraphOpen = false; // after a blank line, indented code may have started
      continue;
    }
    const indentation = /^[ \t]*/.exec(line)![0];
    if (indentation.includes('\t')) return undefined;
    // Indented as far as the item's content: its content, whatever it starts (a nested list).
    if (item && indentation.length >= item.indent) {
      item.lines.push(line.slice(item.indent));
      item.shifts.push(item.indent);
      item.paragraphOpen &&= leavesParagraphOpen(line);
      continue;
    }
    // Indented less: a new item, which leaves the last one whatever it held.
    const marker = ITEM.exec(line);
    if (marker) {
      items.push({ from: index, indent: marker[0].length, lines: [line.slice(marker[0].length)], shifts: [marker[0].length], paragraphOpen: leavesParagraphOpen(line) });
      continue;
    }
    // Text that continues the innermost paragraph lazily: kept as it is, at its own columns (in
    // the item's content too it continues the paragraph, however deep). Anything else may end the list.
    if (!item?.paragraphOpen || !isLazyText(line.trimStart()) || line.includes('|')) return undefined;
    item.lines.push(line);
    item.shifts.push(0);
  }
  return items;
}

/**
 * Add what `part` (read in an item's content) holds to `into`, at its place in the page: each
 * content line (1-based) lost `shifts[line - 1]` columns (none where the list is undefined).
 */
function addMoved(into: Region, part: Region, firstLine: number, shifts: number[]): void {
  const shiftOf = (line: number) => shifts[line - 1] ?? 0;
  const place = <T extends { line: number; column: number }>(found: T): T => ({ ...found, line: found.line + firstLine, column: found.column + shiftOf(found.line) });
  into.headings.push(...part.headings.map(place));
  into.links.push(...part.links.map(place));
  into.canonicals.push(...part.canonicals.map(place));
  into.htmlIds.push(...part.htmlIds);
  into.definitions.push(...part.definitions);
  into.paragraphs.push(...part.paragraphs.map((paragraph): Paragraph => ({
    ...paragraph,
    lineNumbers: paragraph.lineNumbers.map((line) => line + firstLine),
    lineColumns: paragraph.lineColumns.map((column, i) => column + shiftOf(paragraph.lineNumbers[i])),
  })));
}
