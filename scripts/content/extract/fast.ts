/**
 * The fast extractor: the same links, headings and positions as reference.ts (micromark),
 * in one pass over the lines, for the common shape of documentation pages: front matter,
 * paragraphs, ATX headings, fenced code, flat lists, reference definitions, and unindented HTML
 * blocks (comments, block tags such as `<div>` or `<head>`, and lines holding one complete tag
 * such as `<Tabs>`), whose ids and canonical links it reads as the reference does. This file is
 * the block half; fast-inline.ts reads each paragraph's links, images, autolinks, inline HTML and
 * code spans, and each heading's text (emphasis, character references, escapes, tags).
 *
 * It is exact by construction rather than by approximation: whenever a page holds something it
 * does not model precisely (lines starting with inline HTML or JSX, other HTML blocks, nested
 * blocks, setext headings, tabs, links or comments in headings…) it gives that region up (see
 * page-extract.ts), and extractFast that page. The differential tests
 * (tests/unit/extract-fast.test.ts) compare both on every fixture, on generated sites and on
 * fuzzed Markdown wherever this one answers.
 */
import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';
import type { CanonicalLink, MarkdownLink, PageExtract, Position, RawHeading } from '../model/site.ts';
import { headingsWithIds } from '../model/headings.ts';
import { withFootnoteIds } from '../model/footnotes.ts';
import { anchorHrefsIn, canonicalLinksIn, htmlIdsIn } from './html-attributes.ts';
import { mdxMayReadHtmlBlockOtherwise } from './mdx-html-flow.ts';
import { bail, headingText, normalizeLabel, readParagraph, Unsupported, type InlineFound, type Paragraph } from './fast-inline.ts';
import { frontMatterClosingLine, hasLoneCR, isBlankLine } from './page-lines.ts';
import { definitionUses, withDefinitionUses } from './definition-uses.ts';
import type { ReferenceParts } from './reference.ts';

export { normalizeLabel, type InlineFound, type Paragraph };

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ ]+(.*?))?[ ]*$/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ ]*\1){2,}[ ]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ ]*$/;
const BULLET_ITEM = /^ {0,3}([-+*])( {1,4})(?=\S)/;
const ORDERED_ITEM = /^ {0,3}(\d{1,9})([.)])( {1,4})(?=\S)/;
const EMPTY_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])[ ]*$/;
const WIDE_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)]) {5,}\S/;
const DEFINITION_LIKE = /^ {0,3}\[[^\]]*\]:/;
// A definition on one line: label without brackets or escapes, a plain destination, an optional
// simple title. Anything fancier that still looks like a definition sends the page to micromark.
// A title in parentheses ends at its first `)`, whatever `(` it holds (micromark's reading): so
// `[//]: # (forked from [docs](https://e.com/docs.)`, a comment as a generator wrote it, is one.
const SIMPLE_DEFINITION = /^ {0,3}\[([^\[\]\\]{1,999})\]:[ ]*([^\s<>\\&()"']+)(?:[ ]+("[^"\\\n]*"|'[^'\\\n]*'|\([^)\\\n]*\)))?[ ]*$/;

export function extractFast(markdown: string): PageExtract | undefined {
  const blocks = scanBlocks(markdown);
  if (!blocks || blocks.regions.some((region) => region.hard)) return undefined;
  const definitions = definitionsOf(blocks.regions);
  const inline = blocks.regions.map((region) => readInline(region, definitions));
  if (inline.some((found) => found === undefined)) return undefined;
  return assembleExtract(blocks.regions, inline as InlineFound[], []);
}


/**
 * A stretch of lines that starts where the parser starts afresh (a line in column 0 after a
 * blank line, outside anything this scanner skips whole) and ends at the next such line: what
 * the block scan found there, or, in a hard region, nothing, because the region holds something
 * this scanner does not model and is micromark's. Paragraphs' links are read later: a reference
 * resolves against every definition of the page, and a hard region may hold some.
 */
export interface Region {
  /** First line (0-based) and the line after the last. */
  from: number;
  to: number;
  hard: boolean;
  headings: RawHeading[];
  /** Block-level links: definitions, and `<a href>`s of HTML blocks. */
  links: MarkdownLink[];
  htmlIds: string[];
  canonicals: CanonicalLink[];
  paragraphs: Paragraph[];
  /** Normalized labels of the definitions. */
  definitions: string[];
}

export interface BlockScan {
  regions: Region[];
  /** The page's lines, CRLF read as LF. */
  lines: string[];
  /** Whether the page has CRLF line endings (the reference then sees `\r` in HTML values). */
  crlf: boolean;
}

/** Every definition label of the regions this scanner read. */
export function definitionsOf(regions: Region[]): Set<string> {
  return new Set(regions.flatMap((region) => (region.hard ? [] : region.definitions)));
}

/**
 * The inline links and HTML anchors of a region's paragraphs (fast-inline.ts), or undefined when
 * one holds something not modelled there.
 */
export function readInline(region: Region, definitions: Set<string>): InlineFound | undefined {
  const found: InlineFound = { links: [], htmlIds: [], canonicals: [], references: [] };
  try {
    for (const paragraph of region.paragraphs) readParagraph(paragraph, definitions, found);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  return found;
}

/**
 * The page's extract from its regions read here (with their inline links) and what micromark
 * found in the others: links in position order, headings with their ids given in document order.
 */
export function assembleExtract(fastRegions: Region[], inline: InlineFound[], others: MicromarkParts[]): PageExtract {
  // Plain loops, and sorts only where the parts interleave: this runs once per page, over every
  // paragraph region of it.
  const links: MarkdownLink[] = [];
  const headingsFound: RawHeading[] = [];
  const htmlIds: string[] = [];
  const canonicals: CanonicalLink[] = [];
  const add = (part: Pick<Region, 'links' | 'htmlIds' | 'canonicals'>) => {
    for (const link of part.links) links.push(link);
    for (const id of part.htmlIds) htmlIds.push(id);
    for (const canonical of part.canonicals) canonicals.push(canonical);
  };
  for (const region of fastRegions) {
    add(region);
    for (const heading of region.headings) headingsFound.push(heading);
  }
  for (const found of inline) add(found);
  for (const part of others) {
    add(part);
    for (const heading of part.headings) headingsFound.push(heading);
  }
  return {
    links: withDefinitionUses(inPositionOrder(links), usesOf(fastRegions, inline, others)),
    headings: headingsWithIds(inPositionOrder(headingsFound)),
    htmlIds: htmlIds.sort(),
    ...withFootnoteIds(others.flatMap((part) => part.footnoteCalls)),
    canonicals: inPositionOrder(canonicals),
  };
}

/** What micromark found in the regions the scanner left to it (page-extract.ts). */
export type MicromarkParts = Pick<Region, 'headings' | 'links' | 'htmlIds' | 'canonicals'> & Pick<ReferenceParts, 'definitions' | 'references' | 'footnoteCalls'>;

/** How the page's references use its definitions, from both readers' parts (definition-uses.ts). */
function usesOf(fastRegions: Region[], inline: InlineFound[], others: MicromarkParts[]): Map<MarkdownLink, 'link' | 'image'> {
  const references = [...inline.flatMap((found) => found.references), ...others.flatMap((part) => part.references)];
  if (references.length === 0) return new Map();
  // A region's links are its definitions, label for label; micromark's are among its links, in order.
  const definitions = fastRegions.flatMap((region) => region.links.filter((link) => link.kind === 'definition').map((link, index) => ({ link, label: region.definitions[index] })));
  for (const part of others) {
    const links = part.links.filter((link) => link.kind === 'definition');
    links.forEach((link, index) => definitions.push({ link, label: normalizeLabel(part.definitions[index].identifier) }));
  }
  return definitionUses(definitions, references);
}

const byPosition = (a: Position, b: Position) => a.line - b.line || a.column - b.column;

/** The items sorted by position; most lists already are, and are returned as they are. */
function inPositionOrder<T extends Position>(items: T[]): T[] {
  for (let index = 1; index < items.length; index++) {
    if (byPosition(items[index - 1], items[index]) > 0) return items.sort(byPosition);
  }
  return items;
}

/**
 * The block scan of a page, cut into regions; undefined when the page as a whole is beyond this
 * scanner (a NUL, a BOM, TOML front matter, lone CRs, unclosed front matter).
 */
export function scanBlocks(markdown: string): BlockScan | undefined {
  try {
    return scan(markdown);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function scan(source: string): BlockScan {
  // indexOf is much faster than a regular expression over the whole text.
  if (source.includes('\0') || source.includes('\uFEFF') || source.startsWith('+++')) bail();
  if (hasLoneCR(source)) bail();
  // CRLF line endings: dropping the CRs changes no line number and no column.
  const markdown = source.includes('\r') ? source.replace(/\r\n/g, '\n') : source;
  const lines = markdown.split('\n');
  const close = frontMatterClosingLine(lines);
  if (close === -1) bail();
  let index = close === undefined ? 0 : close + 1;

  const regions: Region[] = [];
  const openRegion = (from: number): Region => ({ from, to: from, hard: false, headings: [], links: [], htmlIds: [], canonicals: [], paragraphs: [], definitions: [] });
  let region = openRegion(index);
  // What the scan adds to: the open region's lists.
  let { headings, links, htmlIds, canonicals, paragraphs, definitions } = region;
  const startRegion = (from: number) => {
    region = openRegion(from);
    ({ headings, links, htmlIds, canonicals, paragraphs, definitions } = region);
    containerStarted = false;
  };
  const endRegion = (to: number) => {
    region.to = to;
    if (to > region.from) regions.push(region);
  };

  let paragraph: Paragraph | undefined;
  const closeParagraph = () => {
    if (paragraph) paragraphs.push(paragraph);
    paragraph = undefined;
    paragraphContainer = undefined;
  };
  const addToParagraph = (lineNumber: number, column: number, content: string) => {
    if (!paragraph) {
      paragraph = { text: content, lineStarts: [0], lineNumbers: [lineNumber], lineColumns: [column] };
      return;
    }
    paragraph.lineStarts.push(paragraph.text.length + 1);
    paragraph.text += `\n${content}`;
    paragraph.lineNumbers.push(lineNumber);
    paragraph.lineColumns.push(column);
  };
  /** Definitions are only recognised at the start of a paragraph. */
  let definitionsOnly = false;
  /**
   * The container the open paragraph started in. Later lines may continue it lazily, but a line
   * that leaves the container is first tried as a new container, as micromark does (its
   * document tokenizer only sets `interrupt` when every open container continued): there any
   * list item starts a list, whatever its number.
   */
  let paragraphContainer: 'quote' | 'item' | undefined;
  /**
   * Whether a list item or block quote started in this region. A region starts at the top level
   * with nothing open, so until one does, a line indented by 1 to 3 spaces is at the top level
   * too, where that indentation means nothing: a paragraph, or a fence, as if unindented.
   */
  let containerStarted = false;

  for (;;) {
    try {
      scanLines();
      break;
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      // Drop what the region found and leave it to micromark, up to the next fresh start.
      const to = nextFreshStart(lines, Math.max(index, region.from) + 1);
      endRegion(to);
      Object.assign(region, { hard: true, headings: [], links: [], htmlIds: [], canonicals: [], paragraphs: [], definitions: [] });
      paragraph = undefined;
      paragraphContainer = undefined;
      definitionsOnly = false;
      index = to;
      startRegion(index);
    }
  }
  closeParagraph();
  endRegion(lines.length);
  return { regions, lines, crlf: markdown !== source };

  function scanLines(): void {
  for (; index < lines.length; index++) {
    const line = lines[index];
    const lineNumber = index + 1;
    // A line in column 0 after a blank line: the parser is at the top level with nothing open
    // (this scanner skips fences and HTML blocks whole), so a new region may start here.
    if (index > region.from && isFreshStart(lines, index)) {
      endRegion(index);
      startRegion(index);
    }
    // A tab after a letter is text: micromark counts it as one column, and no block starts
    // with a letter. Before any letter a tab may make a block (`-\tx`, `#\tx`, `***\t`) or
    // indent one: micromark's job.
    const tab = line.indexOf('\t');
    if (tab !== -1 && !hasLetterBefore(line, tab)) bail();
    // A GFM footnote's definition or call (`[^1]`), which Docusaurus reads: micromark's job.
    if (line.includes('[^')) bail();
    // Most lines are prose: a letter cannot start any block, so skip the block tests.
    if (isLetter(line.charCodeAt(0))) {
      if (definitionsOnly) bail(); // text right after definitions: paragraph-interruption rules apply
      addToParagraph(lineNumber, 1, line);
      continue;
    }
    if (isBlankLine(line)) {
      closeParagraph();
      definitionsOnly = false;
      continue;
    }
    const indent = leadingSpaces(line); // tabs before a letter were left to micromark above
    const stripped = line.slice(indent);
    const first = stripped[0];
    if (first === '<' && indent < 4) {
      if (tab !== -1) bail(); // tabs between attributes: left to micromark, as rare as they are
      // Only unindented blocks: an indented one may belong to a list item, where lines that are
      // not indented end it.
      const last = indent === 0 && !definitionsOnly ? htmlBlockEnd(lines, index, paragraph !== undefined) : undefined;
      if (last !== undefined) {
        closeParagraph();
        // The block's text as the reference sees it, with the file's own line endings.
        const html = lines.slice(index, last + 1).join(markdown === source ? '\n' : '\r\n');
        htmlIds.push(...htmlIdsIn(html));
        canonicals.push(...canonicalLinksIn(html, { line: lineNumber, column: 1 }));
        links.push(...anchorHrefsIn(html, { line: lineNumber, column: 1 }));
        index = last;
        continue;
      }
      // `<strong>Note:</strong> …`, `<1024`: a line that starts no HTML block is paragraph text,
      // whose inline HTML fast-inline.ts reads. After a list item or quote, micromark tries the
      // line without its interrupt rule: left to micromark.
      if (indent !== 0 || definitionsOnly || paragraphContainer !== undefined || mayStartHtmlBlock(line, paragraph !== undefined)) bail();
    }
    if (first === '>' && indent < 4) {
      // A block quote holding plain paragraphs; anything more (nesting, lists, code) is micromark's.
      const spaced = stripped[1] === ' ';
      const content = stripped.slice(spaced ? 2 : 1);
      if (isBlankLine(content)) {
        closeParagraph();
        definitionsOnly = false;
        continue;
      }
      if (content[0] === ' ' || startsBlock(content) || DEFINITION_LIKE.test(content)) bail();
      if (paragraphContainer !== 'quote') closeParagraph();
      definitionsOnly = false;
      addToParagraph(lineNumber, indent + (spaced ? 3 : 2), content);
      paragraphContainer = 'quote';
      containerStarted = true;
      continue;
    }

    const fence = FENCE_OPEN.exec(line);
    // Indented fences may belong to a list item whose end would also end them; and a backtick
    // fence whose info string has a backtick is not a fence at all.
    if (fence && ((fence[1].length > 0 && containerStarted) || (fence[2][0] === '`' && fence[3].includes('`')))) bail();
    if (fence) {
      if (tab !== -1) bail(); // a tab in an info string
      closeParagraph();
      definitionsOnly = false;
      index = skipFence(lines, index, fence[2]);
      continue;
    }
    // At the top level, a paragraph may start indented by up to 3 spaces; text cannot start a block.
    if (indent >= 1 && indent < 4 && !paragraph && !containerStarted && isLetter(stripped.charCodeAt(0))) {
      if (definitionsOnly) bail(); // text right after definitions: paragraph-interruption rules apply
      addToParagraph(lineNumber, indent + 1, stripped);
      continue;
    }
    if (indent >= 1 && !paragraph) bail(); // indented code, nested list content
    if (indent >= 1 && paragraph) {
      // Continuation of a paragraph, unless it starts a block we do not model.
      if (startsBlock(stripped)) bail();
      addToParagraph(lineNumber, indent + 1, stripped);
      continue;
    }
    if (paragraph && SETEXT_UNDERLINE.test(line)) bail();
    if (THEMATIC_BREAK.test(line)) {
      closeParagraph();
      definitionsOnly = false;
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      if (tab !== -1) bail(); // micromark trims tabs around the text; headingText only spaces
      closeParagraph();
      definitionsOnly = false;
      const tags: string[] = [];
      headings.push({ depth: heading[1].length, rawText: headingText(heading[2] ?? '', tags), line: lineNumber, column: indent + 1 });
      for (const tag of tags) {
        // Their columns: not worth modelling.
        if (canonicalLinksIn(tag, { line: lineNumber, column: 1 }).length > 0 || anchorHrefsIn(tag, { line: lineNumber, column: 1 }).length > 0) bail();
        htmlIds.push(...htmlIdsIn(tag));
      }
      continue;
    }
    if (EMPTY_ITEM.test(line) || WIDE_ITEM.test(line)) bail(); // empty items, items starting with code
    const item = BULLET_ITEM.exec(line) ?? ORDERED_ITEM.exec(line);
    if (item) {
      const ordered = item.length === 4;
      // Right after definitions the same rule keeps `2)` from interrupting them: it is paragraph
      // text then, whose interruption rules are micromark's.
      if (definitionsOnly && ordered && item[1] !== '1') bail();
      // An ordered item interrupts a paragraph only when it starts at 1; but this line is
      // unindented, so it continues no list item or block quote, and after a paragraph inside
      // one it starts a new item (`1.` then `2.`) rather than continuing the paragraph lazily.
      if (!paragraph || !ordered || item[1] === '1' || paragraphContainer !== undefined) {
        const content = line.slice(item[0].length);
        if (startsBlock(content) || DEFINITION_LIKE.test(content)) bail();
        closeParagraph();
        definitionsOnly = false;
        addToParagraph(lineNumber, item[0].length + 1, content);
        paragraphContainer = 'item';
        containerStarted = true;
        continue;
      }
    }
    if (DEFINITION_LIKE.test(line) && (!paragraph || definitionsOnly)) {
      if (tab !== -1) bail(); // a label's size counts the columns a tab spans
      const definition = SIMPLE_DEFINITION.exec(line);
      if (!definition || !/\S/.test(definition[1])) bail();
      const next = lines[index + 1];
      // A title may continue on the next line; such pages are micromark's.
      if (next !== undefined && /^\s*["'(]/.test(next)) bail();
      definitions.push(normalizeLabel(definition![1]));
      links.push({ url: definition![2], kind: 'definition', line: lineNumber, column: indent + 1 });
      definitionsOnly = true;
      continue;
    }
    if (definitionsOnly) bail(); // text right after definitions: paragraph-interruption rules apply
    addToParagraph(lineNumber, 1, stripped);
  }
  }
}

/** A non-blank line in column 0 right after a blank line. */
function isFreshStart(lines: string[], index: number): boolean {
  const code = lines[index].charCodeAt(0);
  return code !== 32 && code !== 9 && !Number.isNaN(code) && isBlankLine(lines[index - 1]) && !isBlankLine(lines[index]);
}

/** The first fresh start at or after `from` (the end of the page when there is none). */
function nextFreshStart(lines: string[], from: number): number {
  for (let index = Math.max(from, 1); index < lines.length; index++) if (isFreshStart(lines, index)) return index;
  return lines.length;
}

const BLOCK_TAG = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:[ \t]|\/>|>|$)/;
// One complete open or closing tag alone on its line, as micromark's html-flow reads it.
const ATTRIBUTE = `[ \\t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \\t]*=[ \\t]*(?:[^ \\t"'=<>\`/]+|'[^']*'|"[^"]*"))?`;
const COMPLETE_TAG_LINE = new RegExp(`^(?:<([A-Za-z][A-Za-z0-9-]*)(?:${ATTRIBUTE})*[ \\t]*\\/?>|<\\/([A-Za-z][A-Za-z0-9-]*)[ \\t]*>)[ \\t]*$`);

/**
 * The last line of the HTML block that starts at `start`, or undefined when the line starts no
 * block this extractor models. Comments end on the line holding `-->` (counting the dashes of
 * `<!--`); block tags and complete tags end before the next blank line, and only block tags may
 * interrupt a paragraph.
 */
function htmlBlockEnd(lines: string[], start: number, inParagraph: boolean): number | undefined {
  // A comment right below a line of text, where MDX's comment may not start and what it holds is
  // Markdown (reference.ts, commentAfterText): micromark reads it, and notes where.
  if (start > 0 && lines[start].startsWith('<!--') && !isBlankLine(lines[start - 1])) return undefined;
  const last = htmlBlockLastLine(lines, start, inParagraph);
  // MDX may read the block's lines otherwise (mdx-html-flow.ts): micromark reads it, and notes where.
  return last !== undefined && mdxMayReadHtmlBlockOtherwise(lines.slice(start, last + 1).join('\n')) ? undefined : last;
}

function htmlBlockLastLine(lines: string[], start: number, inParagraph: boolean): number | undefined {
  const line = lines[start];
  if (line.startsWith('<!--')) {
    for (let index = start, from = 2; index < lines.length; index++, from = 0) {
      if (lines[index].indexOf('-->', from) !== -1) return index;
    }
    return lines.length - 1;
  }
  const tag = BLOCK_TAG.exec(line);
  if (!tag || htmlRawNames.includes(tag[1].toLowerCase())) return undefined; // `<script>`, `<!DOCTYPE`, `<?x`…
  if (!htmlBlockNames.includes(tag[1].toLowerCase())) {
    // Any other tag opens a block only when it is complete and alone on its line.
    if (inParagraph || !COMPLETE_TAG_LINE.test(line)) return undefined;
  }
  let last = start;
  while (last + 1 < lines.length && !isBlankLine(lines[last + 1])) last++;
  return last;
}

/**
 * Whether an unindented line that htmlBlockEnd does not model may start an HTML block (any of
 * CommonMark's seven kinds). False only when surely not: no tag name after `<` or `</`, or a
 * tag of kind 7 that is not alone on its line, or that cannot interrupt the open paragraph.
 */
export function mayStartHtmlBlock(line: string, inParagraph: boolean): boolean {
  if (line.startsWith('<!') || line.startsWith('<?')) return true; // comments, declarations, CDATA, instructions
  const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(line);
  if (!tag) return false;
  const name = tag[2].toLowerCase();
  if (htmlBlockNames.includes(name) || (tag[1] === '' && htmlRawNames.includes(name))) return true;
  return !inParagraph && COMPLETE_TAG_LINE.test(line);
}

/** Does this (unindented) content start a block that is not a plain paragraph line? */
function startsBlock(content: string): boolean {
  return /^(#{1,6}(?: |$)|`{3,}|~{3,}|[<>]|[-+*](?: |$)|\d{1,9}[.)](?: |$))/.test(content)
    || THEMATIC_BREAK.test(content) || SETEXT_UNDERLINE.test(content);
}

const closingFences = new Map<string, RegExp>();

/** Index of the fence's closing line (or the last line: an unclosed fence runs to the end). */
function skipFence(lines: string[], openIndex: number, marker: string): number {
  let closing = closingFences.get(marker);
  if (!closing) {
    closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ ]*$`);
    closingFences.set(marker, closing);
  }
  const markerChar = marker[0];
  for (let index = openIndex + 1; index < lines.length; index++) {
    const line = lines[index];
    if (line.includes('\t') && line.trimStart()[0] === markerChar) bail(); // a closing fence indented with a tab?
    // Only a line starting (after up to 3 spaces) with the marker character can close the fence.
    if (line[0] === markerChar || (line[0] === ' ' && line.trimStart()[0] === markerChar)) {
      if (closing.test(line)) return index;
      // Indented four spaces or more, a fence closes nothing; to MDX, which has no limit on
      // indentation, it closes this one (reference.ts): micromark reads such a region both ways.
      if (closing.test(line.trimStart())) bail();
    }
  }
  return lines.length;
}

/** How many spaces the line starts with (no other white space: micromark indents with spaces and tabs only). */
function leadingSpaces(line: string): number {
  let count = 0;
  while (line.charCodeAt(count) === 32) count++;
  return count;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether an ASCII letter comes before offset `end` of the line. */
function hasLetterBefore(line: string, end: number): boolean {
  for (let at = 0; at < end; at++) if (isLetter(line.charCodeAt(at))) return true;
  return false;
}
