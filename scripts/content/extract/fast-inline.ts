/**
 * The inline half of the fast extractor (fast.ts holds the block half): links, images,
 * autolinks and inline HTML of a paragraph, and the plain text of an ATX heading, exactly as
 * micromark and mdast-util-from-markdown give them (CommonMark 0.31; of GFM, what tables change).
 *
 * Each construct is a port of micromark's own tokenizer (autolink, html-text, label-end with
 * its destination, title and label factories, attention, character references), read left to
 * right as micromark reads it, so that code spans, autolinks and HTML bind tighter than link
 * brackets. Whatever it does not model exactly calls `bail()`, and the region goes to micromark.
 */
import { decodeString } from 'micromark-util-decode-string';
import { classifyCharacter } from 'micromark-util-classify-character';
import type { CanonicalLink, MarkdownLink } from '../model/site.ts';
import { anchorHrefsIn, canonicalLinksIn, htmlIdsIn } from './html-attributes.ts';

/** Thrown inside the scanner to give up on a region (or a page); never escapes fast.ts. */
export class Unsupported extends Error {}
// One instance, thrown again and again: an Error captures a stack trace when it is made, which
// cost a few percent of a cold check, and nothing reads it.
const UNSUPPORTED = new Unsupported('left to micromark');
export const bail = (): never => {
  throw UNSUPPORTED;
};

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const isAsciiAlpha = (char: string | undefined) => char !== undefined && /[A-Za-z]/.test(char);
const isAsciiAlphanumeric = (char: string | undefined) => char !== undefined && /[A-Za-z0-9]/.test(char);

export function normalizeLabel(label: string): string {
  // As micromark's normalizeIdentifier: only markdown whitespace is collapsed and trimmed.
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase();
}

/** A paragraph's text, lines joined by `\n`, with where each line starts in the file. */
export interface Paragraph {
  text: string;
  lineStarts: number[]; // offset in `text` where each line starts
  lineNumbers: number[];
  lineColumns: number[]; // 1-based column of the line's first kept character
}

/** What a region's paragraphs hold: links, images and autolinks, and the ids and canonical links of their inline HTML. */
export interface InlineFound {
  links: MarkdownLink[];
  htmlIds: string[];
  canonicals: CanonicalLink[];
  /** The references (`[text][label]`, `![alt][label]`, collapsed and shortcut ones), for extract/definition-uses.ts. */
  references: LabelReference[];
}

/** A reference to a definition: its label, normalized, and whether an image makes it. */
export interface LabelReference {
  label: string;
  image: boolean;
}

/** Adds one paragraph's links and inline HTML anchors to `found`. */
export function readParagraph(paragraph: Paragraph, definitions: Set<string>, found: InlineFound): void {
  // What may be a definition micromark reads and the block scanner did not (a label with
  // escaped brackets or across lines): the block scanner takes only the simplest ones.
  if (paragraph.text[0] === '[' && DEFINITION_START.test(paragraph.text)) bail();
  const cells = mayHoldTable(paragraph);
  if (cells && (paragraph.lineColumns.some((column) => column !== paragraph.lineColumns[0]) || paragraph.text.includes('\n<'))) bail();
  for (const item of scanInline(paragraph, definitions, cells)) {
    if (item.link) found.links.push(item.link);
    if (item.htmlIds) found.htmlIds.push(...item.htmlIds);
    if (item.canonicals) found.canonicals.push(...item.canonicals);
    if (item.hrefs) found.links.push(...item.hrefs);
    if (item.reference) found.references.push(item.reference);
  }
}

const DEFINITION_START = /^\[(?:[^[\]\\]|\\[\s\S])*\]:/;

/**
 * GFM tables (reference.ts reads them, as Docusaurus does). What CommonMark reads as one
 * paragraph may be a table: a header line, then a line of `|`, `:`, `-` and spaces. GFM cuts
 * each row into cells at every `|` not escaped (`\|`; `\\` pairs too, even in code) before it
 * reads the text, and rows end at line ends. So the cells hold what the paragraph holds when no
 * link, code span, autolink or HTML of the paragraph reaches across a `|` or a line end
 * (reachesAcross), every line starts at one column (after a table, a line indented further may
 * be code, and a lazy line no row), and no line but the first starts with `<` (after a table,
 * `<Tabs>` starts HTML, which runs to a blank line). Otherwise the region is micromark's.
 */
const DELIMITER_ROW_LIKE = /\n[ \t|:]*-[ \t|:-]*(?:\n|$)/;
const mayHoldTable = (paragraph: Paragraph) => paragraph.lineStarts.length > 1 && DELIMITER_ROW_LIKE.test(paragraph.text);

/** Whether text[start, end) holds a line end, or a `|` that GFM would cut a table row at. */
function reachesAcross(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (char === '\\' && (text[i + 1] === '\\' || text[i + 1] === '|')) i++;
    else if (char === '|' || char === '\n') return true;
  }
  return false;
}

/** What one paragraph holds, each at the offset where its node starts. */
interface Found {
  offset: number;
  link?: MarkdownLink;
  htmlIds?: string[];
  canonicals?: CanonicalLink[];
  /** The `<a href>`s of inline HTML (kind `html-link`). */
  hrefs?: MarkdownLink[];
  reference?: LabelReference;
}

interface Opener {
  offset: number; // of `[`, or of `!` for images
  image: boolean;
  active: boolean;
}

/**
 * Links, images, autolinks and HTML of one paragraph, following CommonMark's bracket algorithm.
 * `cells`: the paragraph may be a GFM table, whose cells no construct may reach across.
 */
function scanInline(paragraph: Paragraph, definitions: Set<string>, cells = false): Found[] {
  const text = paragraph.text;
  const openers: Opener[] = [];
  const found: Found[] = [];
  const special = /[\\`<!\[\]]/g;
  let i = 0;
  while (i < text.length) {
    // Jump to the next character that can matter.
    special.lastIndex = i;
    if (!special.exec(text)) break;
    i = special.lastIndex - 1;
    const char = text[i];
    const start = i;
    if (char === '\\') {
      i += i + 1 < text.length && ASCII_PUNCTUATION.test(text[i + 1]) ? 2 : 1;
      continue;
    } else if (char === '`') {
      i = skipCodeSpan(text, i);
    } else if (char === '<') {
      i = angle(paragraph, i, found);
    } else if (char === '!' && text[i + 1] === '[') {
      openers.push({ offset: i, image: true, active: true });
      i += 2;
      continue;
    } else if (char === '[') {
      openers.push({ offset: i, image: false, active: true });
      i++;
      continue;
    } else if (char === ']') {
      const opener = openers[openers.length - 1];
      i = closeBracket(paragraph, i, openers, definitions, found);
      // A link or reference made here is found at its opener, and spans from there.
      if (cells && opener && found[found.length - 1]?.offset === opener.offset && reachesAcross(text, opener.offset, i)) bail();
      continue;
    } else {
      i++;
      continue;
    }
    // A code span, autolink or HTML ends past its first character.
    if (cells && i > start + 1 && reachesAcross(text, start, i)) bail();
  }
  return found;
}

/** An autolink or inline HTML at `start` (a `<`), or a plain `<`: where scanning goes on. */
function angle(paragraph: Paragraph, start: number, found: Found[]): number {
  const text = paragraph.text;
  const autolink = autolinkAt(text, start);
  if (autolink) {
    found.push({ offset: start, link: { url: autolink.url, kind: 'link', ...positionOf(paragraph, start) } });
    return autolink.end;
  }
  const end = htmlTextEnd(text, start);
  if (end === -1) return start + 1;
  const html = text.slice(start, end);
  const htmlIds = htmlIdsIn(html);
  const canonicals = canonicalLinksIn(html, positionOf(paragraph, start));
  const hrefs = anchorHrefsIn(html, positionOf(paragraph, start));
  // Across lines the node's value keeps some of each line's indentation (all but three spaces,
  // counted inside the line's container), which the paragraph text no longer has. Ids do not
  // depend on it unless one spans a line break; positions on later lines would.
  if (html.includes('\n') && (canonicals.length > 0 || hrefs.length > 0 || htmlIds.some((id) => id.includes('\n')))) bail();
  found.push({ offset: start, htmlIds, canonicals, ...(hrefs.length > 0 ? { hrefs } : {}) });
  return end;
}

/**
 * micromark's autolink at `start` (a `<`): `<scheme:…>` (a scheme of 2 to 32 characters, then
 * anything but spaces, controls and `<`) or `<local@domain>`. The mdast url is the raw text,
 * with `mailto:` before an email address.
 */
export function autolinkAt(text: string, start: number): { end: number; url: string } | undefined {
  let i = start + 1;
  const isSchemeChar = (char: string | undefined) => char === '+' || char === '-' || char === '.' || isAsciiAlphanumeric(char);
  if (isAsciiAlpha(text[i])) {
    i++;
    if (isSchemeChar(text[i])) {
      let size = 1;
      for (;;) {
        if (text[i] === ':') {
          const close = urlEnd(text, i + 1);
          return close === -1 ? undefined : { end: close + 1, url: text.slice(start + 1, close) };
        }
        if (isSchemeChar(text[i]) && size++ < 32) i++;
        else break;
      }
    }
  } else if (text[i] === '@') {
    return undefined;
  }
  // An email address: atext up to `@`, then labels of 1 to 63 alphanumerics or dashes (not
  // ending in a dash) separated by dots.
  while (i < text.length && /[#-'*+\--9=?A-Z^-~]/.test(text[i])) i++;
  if (text[i] !== '@') return undefined;
  i++;
  for (;;) {
    if (!isAsciiAlphanumeric(text[i])) return undefined;
    let size = 0;
    let last = '';
    while (text[i] === '-' || isAsciiAlphanumeric(text[i])) {
      if (size++ >= 63) return undefined;
      last = text[i++];
    }
    if (last === '-') return undefined;
    if (text[i] === '>') return { end: i + 1, url: `mailto:${text.slice(start + 1, i)}` };
    if (text[i] !== '.') return undefined;
    i++;
  }
}

/** The `>` closing an autolink's URL from `from`, or -1 at a space, control, `<` or the end. */
function urlEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3e) return i;
    if (code <= 0x20 || code === 0x7f || code === 0x3c) return -1;
  }
  return -1;
}

/**
 * End (just past the `>`) of micromark's html-text construct at `start` (a `<`), or -1: an open
 * tag with its attributes, a closing tag, a comment, a processing instruction, a declaration or
 * CDATA. Line endings may come wherever whitespace may, and inside comments, values and the like.
 */
export function htmlTextEnd(text: string, start: number): number {
  const after = (found: number, length: number) => (found === -1 ? -1 : found + length);
  const first = text[start + 1];
  if (first === '!') {
    const second = text[start + 2];
    if (second === '-') return text[start + 3] === '-' ? after(text.indexOf('-->', start + 2), 3) : -1;
    if (second === '[') return text.startsWith('CDATA[', start + 3) ? after(text.indexOf(']]>', start + 9), 3) : -1;
    return isAsciiAlpha(second) ? after(text.indexOf('>', start + 3), 1) : -1;
  }
  if (first === '?') return after(text.indexOf('?>', start + 2), 2);
  const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n';
  const isNameChar = (char: string | undefined) => char === '-' || isAsciiAlphanumeric(char);
  let i = start + 2;
  if (first === '/') {
    if (!isAsciiAlpha(text[i])) return -1;
    while (isNameChar(text[i])) i++;
    while (isSpace(text[i])) i++;
    return text[i] === '>' ? i + 1 : -1;
  }
  if (!isAsciiAlpha(first)) return -1;
  while (isNameChar(text[i])) i++;
  if (text[i] !== '/' && text[i] !== '>' && !isSpace(text[i])) return -1;
  // Between attributes (micromark's tagOpenBetween).
  for (;;) {
    const char = text[i];
    if (char === '/') return text[i + 1] === '>' ? i + 2 : -1;
    if (char === '>') return i + 1;
    if (isSpace(char)) {
      i++;
      continue;
    }
    if (!(char === ':' || char === '_' || isAsciiAlpha(char))) return -1;
    // An attribute name, then maybe `=` and a value.
    i++;
    while (text[i] === '-' || text[i] === '.' || text[i] === ':' || text[i] === '_' || isAsciiAlphanumeric(text[i])) i++;
    let j = i;
    while (isSpace(text[j])) j++;
    if (text[j] !== '=') continue; // back between attributes, spaces and all
    j++;
    while (isSpace(text[j])) j++;
    const value = text[j];
    if (value === undefined || value === '<' || value === '=' || value === '>' || value === '`') return -1;
    if (value === '"' || value === "'") {
      const close = text.indexOf(value, j + 1);
      if (close === -1) return -1;
      i = close + 1;
      if (text[i] !== '/' && text[i] !== '>' && !isSpace(text[i])) return -1;
      continue;
    }
    // Unquoted: its first character taken whatever it is (a `/` too: `href=/docs`), then up to
    // whitespace, `/` or `>`; quotes, `<`, `=` and backticks are not allowed.
    for (i = j + 1; ; i++) {
      const char = text[i];
      if (char === undefined || char === '"' || char === "'" || char === '<' || char === '=' || char === '`') return -1;
      if (char === '/' || char === '>' || isSpace(char)) break;
    }
  }
}

/** Past a code span starting at `start`, or past the backtick run when it has no closing run. */
export function skipCodeSpan(text: string, start: number): number {
  let runEnd = start;
  while (text[runEnd] === '`') runEnd++;
  const length = runEnd - start;
  let search = runEnd;
  while (search < text.length) {
    const next = text.indexOf('`', search);
    if (next === -1) break;
    let end = next;
    while (text[end] === '`') end++;
    if (end - next === length) return end;
    search = end;
  }
  return runEnd;
}

function closeBracket(paragraph: Paragraph, close: number, openers: Opener[], definitions: Set<string>, found: Found[]): number {
  const opener = openers.pop();
  if (!opener) return close + 1;
  if (!opener.active) return close + 1;
  const text = paragraph.text;
  const labelStart = opener.offset + (opener.image ? 2 : 1);
  // Only asked when the bracket is not followed by a valid resource: most links never need it.
  const isDefined = () => definitions.size > 0 && definitions.has(normalizeLabel(text.slice(labelStart, close)));
  let end: number | undefined;
  let url: string | undefined;
  let label: string | undefined; // a reference's
  const ownLabel = () => normalizeLabel(text.slice(labelStart, close));
  if (text[close + 1] === '(') {
    const resource = parseResource(text, close + 1);
    if (resource) ({ end, url } = resource);
    else if (isDefined()) [end, label] = [close + 1, ownLabel()];
  } else if (text[close + 1] === '[') {
    const full = parseFullReference(paragraph, close + 1);
    if (full !== undefined && definitions.has(normalizeLabel(full.label))) [end, label] = [full.end, normalizeLabel(full.label)];
    else if (text[close + 2] === ']' && isDefined()) [end, label] = [close + 3, ownLabel()]; // collapsed `[]`
  } else if (isDefined()) {
    [end, label] = [close + 1, ownLabel()]; // shortcut
  }
  if (end === undefined) return close + 1; // not a link: the brackets are text
  if (opener.image) {
    // An image's description becomes its alt text: the nodes inside it leave the tree.
    while (found.length > 0 && found[found.length - 1].offset > opener.offset) found.pop();
  }
  if (url !== undefined) found.push({ offset: opener.offset, link: { url, kind: opener.image ? 'image' : 'link', ...positionOf(paragraph, opener.offset) } });
  if (label !== undefined) found.push({ offset: opener.offset, reference: { label, image: opener.image } });
  // Links cannot contain links: earlier link openers can no longer form one.
  if (!opener.image) for (const earlier of openers) if (!earlier.image) earlier.active = false;
  return end;
}

/** A destination as mdast holds it: backslash escapes and character references decoded. */
const decodeDestination = (raw: string) => (raw.includes('\\') || raw.includes('&') ? decodeString(raw) : raw);

/**
 * `(destination "title")` starting at `open`; undefined when it is not a valid resource. As
 * micromark's factories read it: `<…>` or raw (balanced parentheses, at most 32 deep), then
 * after whitespace an optional title in `"`, `'` or `(…)` (which may hold unescaped parentheses).
 */
function parseResource(text: string, open: number): { end: number; url: string } | undefined {
  let i = skipWhitespace(text, open + 1);
  if (text[i] === ')') return { end: i + 1, url: '' };
  let url: string;
  if (text[i] === '<') {
    const start = i + 1;
    for (i = start; text[i] !== '>'; i++) {
      const char = text[i];
      if (char === undefined || char === '<' || char === '\n') return undefined;
      if (char === '\\' && (text[i + 1] === '<' || text[i + 1] === '>' || text[i + 1] === '\\')) i++;
    }
    url = decodeDestination(text.slice(start, i));
    i++;
  } else {
    const start = i;
    let depth = 0;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x28) {
        if (depth === 32) return undefined;
        depth++;
      } else if (code === 0x29) {
        if (depth === 0) break;
        depth--;
      } else if (code <= 0x20 || code === 0x7f) {
        if (depth === 0 && (code === 0x20 || code === 0x0a || code === 0x09)) break;
        return undefined;
      } else if (code === 0x5c && (text[i + 1] === '(' || text[i + 1] === ')' || text[i + 1] === '\\')) {
        i++;
      }
    }
    if (depth !== 0 || i === start) return undefined;
    url = decodeDestination(text.slice(start, i));
  }
  const afterDestination = i;
  i = skipWhitespace(text, i);
  if (i > afterDestination && (text[i] === '"' || text[i] === "'" || text[i] === '(')) {
    const closeMarker = text[i] === '(' ? ')' : text[i];
    let j = i + 1;
    for (; j < text.length && text[j] !== closeMarker; j++) {
      if (text[j] === '\\' && (text[j + 1] === closeMarker || text[j + 1] === '\\')) j++;
    }
    if (j >= text.length) return undefined;
    i = skipWhitespace(text, j + 1);
  }
  return text[i] === ')' ? { end: i + 1, url } : undefined;
}

/**
 * `[label]` starting at `open`, as a full reference; undefined when it is not a valid label: an
 * unescaped `[`, nothing but whitespace, or more than 999 characters (line endings not counted).
 */
function parseFullReference(paragraph: Paragraph, open: number): { end: number; label: string } | undefined {
  const text = paragraph.text;
  let size = 0;
  let seen = false;
  let lineBreaks = false;
  let tabs = 0;
  for (let i = open + 1; i < text.length; i++) {
    const char = text[i];
    if (char === '[') return undefined;
    if (char === ']') {
      if (!seen) return undefined;
      // micromark also counts what the paragraph text no longer shows: each line's indentation,
      // and the columns a tab spans beyond one (up to three). Give up when those could matter.
      const hidden = (lineBreaks ? strippedIndentation(paragraph, open, i) : 0) + 3 * tabs;
      if (hidden > 0 && size + hidden > 999) bail();
      return { end: i + 1, label: text.slice(open + 1, i) };
    }
    if (char === '\n') {
      lineBreaks = true;
      continue;
    }
    if (char === '\t') tabs++;
    if (++size > 999) return undefined;
    if (char !== ' ' && char !== '\t') seen = true;
    if (char === '\\' && (text[i + 1] === '[' || text[i + 1] === '\\' || text[i + 1] === ']')) {
      i++;
      if (++size > 999) return undefined;
    }
  }
  return undefined;
}

/** At most how much indentation the lines starting inside (from, to) had in the file. */
function strippedIndentation(paragraph: Paragraph, from: number, to: number): number {
  let total = 0;
  paragraph.lineStarts.forEach((start, index) => {
    if (start > from && start <= to) total += paragraph.lineColumns[index] - 1;
  });
  return total;
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\n' || text[i] === '\t') i++;
  return i;
}

function positionOf(paragraph: Paragraph, offset: number): { line: number; column: number } {
  let lineIndex = paragraph.lineStarts.length - 1;
  while (paragraph.lineStarts[lineIndex] > offset) lineIndex--;
  return {
    line: paragraph.lineNumbers[lineIndex],
    column: paragraph.lineColumns[lineIndex] + offset - paragraph.lineStarts[lineIndex],
  };
}

/**
 * Plain text of an ATX heading's content as Docusaurus reads it (reference.ts, headingIdentity):
 * mdast-util-to-string of its children other than HTML. The HTML tags it holds are pushed on
 * `html`, for their ids.
 */
export function headingText(raw: string, html: string[] = []): string {
  let content = raw;
  // A closing sequence of #s, preceded by a space (or alone), is not content.
  const closing = / +#+$/.exec(content);
  if (closing && content[closing.index - 1] !== '\\') content = content.slice(0, closing.index);
  else if (/^#+$/.test(content)) content = '';
  return inlineText(content.replace(/^ +| +$/g, ''), html); // spaces only: a no-break space is content
}

const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z0-9]{1,31});/y;

/** A run of `*` or `_` (micromark's attention sequence) and what it can do. */
interface Delimiter {
  marker: string;
  length: number;
  open: boolean;
  close: boolean;
  /** Left between an opener and a closer that matched: plain text from then on. */
  inert: boolean;
}

/** A tag of inline HTML: a node of its own, which the heading's text leaves out. */
interface HtmlTag {
  html: string;
}

/**
 * Plain text of a heading's inline content without links (as mdast-util-to-string gives it, its
 * HTML children left out): escapes and character references resolved, code spans reduced to
 * their code, emphasis and strong delimiters that match (micromark's attention resolution)
 * dropped, tags (`<span className="type">`, `</span>`) left out and pushed on `html`. We give
 * up on links, on brackets other than an empty pair (`string[]`), on autolinks, on HTML comments
 * and the like (one at the end may be the heading's id), on tags inside emphasis
 * (mdast-util-to-string keeps those) and on a heading of tags alone (whose text is then theirs);
 * a `<` that starts nothing is text.
 */
function inlineText(content: string, html: string[]): string {
  const parts: Array<string | Delimiter | HtmlTag> = [];
  let text = '';
  let i = 0;
  while (i < content.length) {
    const char = content[i];
    if (char === '\\' && i + 1 < content.length && ASCII_PUNCTUATION.test(content[i + 1])) {
      text += content[i + 1];
      i += 2;
    } else if (char === '`') {
      const end = skipCodeSpan(content, i);
      let run = i;
      while (content[run] === '`') run++;
      if (end === run) {
        text += content.slice(i, run); // no closing run: the backticks are text
      } else {
        const code = content.slice(run, end - (run - i));
        text += code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && /[^ ]/.test(code) ? code.slice(1, -1) : code;
      }
      i = end;
    } else if (char === '[' && content[i + 1] === ']' && content[i + 2] !== '(' && content[i + 2] !== '[' && content[i - 1] !== '!') {
      // `string[]`: empty brackets are no link unless a destination or a label follows them
      // (`[](x)`, `[][r]`); any other bracket still gives up, so none can close around them.
      text += '[]';
      i += 2;
    } else if (char === '[' || char === ']' || (char === '!' && content[i + 1] === '[')) {
      bail();
    } else if (char === '<') {
      if (autolinkAt(content, i)) bail(); // a link the heading would hold
      const end = htmlTextEnd(content, i);
      if (end === -1) {
        text += char;
        i++;
      } else {
        if (!isAsciiAlpha(content[i + 1]) && content[i + 1] !== '/') bail(); // a comment, declaration…
        parts.push(text, { html: content.slice(i, end) });
        text = '';
        i = end;
      }
    } else if (char === '&') {
      CHARACTER_REFERENCE.lastIndex = i;
      const reference = CHARACTER_REFERENCE.exec(content)?.[0];
      const decoded = reference === undefined ? char : decodeString(reference);
      // An unknown name decodes to itself: then only the `&` is consumed, as plain text.
      if (reference !== undefined && decoded !== reference) {
        text += decoded;
        i += reference.length;
      } else {
        text += char;
        i++;
      }
    } else if (char === '*' || char === '_') {
      let end = i;
      while (content[end] === char) end++;
      // Classified by the characters around the run, as micromark does (code units, start and end as whitespace).
      const before = classifyCharacter(i > 0 ? content.charCodeAt(i - 1) : null);
      const after = classifyCharacter(end < content.length ? content.charCodeAt(end) : null);
      const open = !after || (after === 2 && Boolean(before));
      const close = !before || (before === 2 && Boolean(after));
      parts.push(text, {
        marker: char,
        length: end - i,
        open: char === '*' ? open : open && (Boolean(before) || !close),
        close: char === '*' ? close : close && (Boolean(after) || !open),
        inert: false,
      });
      text = '';
      i = end;
    } else {
      text += char;
      i++;
    }
  }
  if (parts.length === 0) return text;
  parts.push(text);
  const isDelimiter = (part: string | Delimiter | HtmlTag): part is Delimiter => typeof part !== 'string' && 'marker' in part;
  const matched = matchDelimiters(parts.filter(isDelimiter));
  const tags = parts.flatMap((part, index) => (typeof part !== 'string' && 'html' in part ? [index] : []));
  if (tags.some((tag) => matched.some(([opener, closer]) => parts.indexOf(opener) < tag && tag < parts.indexOf(closer)))) bail();
  const plain = parts.map((part) => (typeof part === 'string' ? part : isDelimiter(part) ? part.marker.repeat(part.length) : '')).join('');
  if (tags.length > 0 && plain === '') bail();
  for (const tag of tags) html.push((parts[tag] as HtmlTag).html);
  return plain;
}

/**
 * micromark's resolveAllAttention on the runs of one text, reduced to what the text needs: how
 * many markers of each run are left as text. Each closer, in order, takes the nearest opener of
 * its marker (skipping pairs the rule of three forbids), one or two markers at a time; the runs
 * between them can match nothing any more. Gives each pair that matched, once per match.
 */
function matchDelimiters(delimiters: Delimiter[]): Array<[opener: Delimiter, closer: Delimiter]> {
  const matched: Array<[Delimiter, Delimiter]> = [];
  for (let closerIndex = 0; closerIndex < delimiters.length; closerIndex++) {
    const closer = delimiters[closerIndex];
    if (!closer.close) continue;
    while (closer.length > 0 && !closer.inert) {
      let openerIndex = closerIndex - 1;
      for (; openerIndex >= 0; openerIndex--) {
        const opener = delimiters[openerIndex];
        if (opener.inert || !opener.open || opener.length === 0 || opener.marker !== closer.marker) continue;
        if ((opener.close || closer.open) && closer.length % 3 !== 0 && (opener.length + closer.length) % 3 === 0) continue;
        break;
      }
      if (openerIndex < 0) break;
      const opener = delimiters[openerIndex];
      const use = opener.length > 1 && closer.length > 1 ? 2 : 1;
      opener.length -= use;
      closer.length -= use;
      for (let between = openerIndex + 1; between < closerIndex; between++) delimiters[between].inert = true;
      matched.push([opener, closer]);
    }
  }
  return matched;
}
