/**
 * The parts of a page the MDX parser must see. A page is cut where the parser surely starts
 * afresh at the top level: before a line that starts in column 0 right after a blank line,
 * outside fenced code. There every list item and block quote has ended, and so has every
 * paragraph; what can still be open is a construct that spans blank lines: a fence, a JSX
 * element, an expression, ESM or a comment.
 *
 * - Fences opened in column 0 are followed here, exactly as CommonMark does. A fence-like line
 *   anywhere else (indented, after a list or quote marker) may belong to a container this module
 *   does not model, or be a fence at the top level that a line in column 0 closes; from there on
 *   this module may misread where code ends. So its segment is always parsed, and so is every
 *   segment after it, until one that can be blanked: that one's first line becomes a sentinel
 *   link definition, which the parser reads as a definition only when nothing (no fence) is
 *   left open there. The caller checks the sentinels (see `sentinelsIn`) and parses the whole
 *   page when one is not a definition.
 * - An element, expression, ESM block or comment left open at a cut is an error when its part
 *   is parsed alone (the parser needs it closed before the end). The caller then parses the
 *   whole page, so a cut can cost time but never change an answer. To keep that rare, parts are
 *   joined while a rough count says a tag or a brace is still open.
 *
 * Segments without any `<`, `{` or import/export line are left out: they can hold no MDX. What
 * is left is parsed in one go, with every line where it was, so positions need no mapping.
 */
import { lineMayHoldMdx } from './mdx-prefilter.ts';

const FRONT_MATTER_OPENING = /^---[ \t]*\r?$/;
const FRONT_MATTER_CLOSING = /^---[ \t]*\r?$/;
const COLUMN_ZERO_FENCE = /^(`{3,}|~{3,})(.*)$/;
/** A fence opener after indentation or container markers: inside something not modelled here. */
const NESTED_FENCE = /^(?:[ \t]+|[ \t]*(?:[-*+]|\d{1,9}[.)]|>)[ \t]*)+(?:`{3,}|~{3,})/;
const OPEN_TAG = /<[A-Za-z][\w.:-]*(?:\s[^<>]*?)?(\/?)>/g;
const CLOSE_TAG = /<\/[A-Za-z][\w.:-]*\s*>/g;
const ESCAPED = /\\[\s\S]/g;
const ESM_LINE = /^(?:import|export)\b/;
const DIRECTIVE_FENCE = /^[ \t]*(:{3,})(.*)$/;
/** A tag started on this line and not ended on it. */
const LAST_TAG_START = /<[A-Za-z][^<>]*$/;
/** The sentinels' label; a page that holds it is never cut. */
const SENTINEL = 'faq-mdx-sentinel';
/** A definition line that can follow a segment: read as a definition at the top level only when the segment leaves nothing open. */
export const SEGMENT_END_LABEL = `${SENTINEL}-end`;
const SENTINEL_LINE = new RegExp(`^\\[${SENTINEL}-\\d+\\]: #$`, 'gm');

/** The identifiers of the sentinels in a skeleton, as the parser reports definitions. */
export function sentinelsIn(skeleton: string): string[] {
  return (skeleton.match(SENTINEL_LINE) ?? []).map((line) => line.slice(1, line.indexOf(']')));
}

/** A stretch of the page from one cut to the next (0-based lines, end excluded). */
export interface MdxSegment {
  from: number;
  to: number;
  /** A line of it outside fences can hold MDX. */
  holdsMdx: boolean;
  /** It has a fence-like line this module does not follow. */
  nestedFence: boolean;
}

/**
 * `source` (preprocessed as MDX sees it) with every segment that cannot hold MDX blanked out, line
 * for line; '' when no segment can hold MDX; undefined when the page must be parsed as it is.
 */
export function mdxSkeleton(source: string): string | undefined {
  const cut = mdxSegments(source);
  return cut && skeletonOf(cut.lines, cut.segments);
}

/** The page cut into segments; undefined when it must be parsed as it is. */
export function mdxSegments(source: string): { lines: string[]; segments: MdxSegment[] } | undefined {
  if (source.includes(SENTINEL)) return undefined;
  const lines = source.split('\n');
  let start = 0;
  if (FRONT_MATTER_OPENING.test(lines[0] ?? '')) {
    const closing = lines.findIndex((line, index) => index > 0 && FRONT_MATTER_CLOSING.test(line));
    if (closing < 0) return undefined; // not front matter: a thematic break, read in context
    start = closing + 1;
  }
  const cuts: number[] = [start]; // front matter is in no segment: the skeleton keeps it as it is
  /** Per segment (from each cut to the next), whether a line of it outside fences can hold MDX. */
  const holdsMdx: boolean[] = [false];
  /** Per segment, whether it has a fence-like line this module does not follow. */
  const nestedFence: boolean[] = [false];
  let fence: { marker: string } | undefined;
  // Rough counts since the last cut, only to keep cuts away from open constructs.
  let tags = 0;
  let braces = 0;
  let inTag = false; // a `<Tag` whose `>` is on a later line
  let inEsm = false; // in a block that started with import/export
  const directives: number[] = []; // colons of each open directive container's fence
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      if (closesFence(line, fence.marker)) fence = undefined;
      continue;
    }
    if (isBlank(line)) {
      inEsm = false;
      continue;
    }
    const opening = COLUMN_ZERO_FENCE.exec(line);
    if (opening && !(opening[1][0] === '`' && opening[2].includes('`'))) {
      // Markdown inside an element is markdown, but inside JavaScript (an expression, an
      // attribute, ESM) a fence-like line may be a template string: not modelled.
      if (braces > 0 || inTag || inEsm) return undefined;
      fence = { marker: opening[1] };
      continue;
    }
    if (NESTED_FENCE.test(line)) nestedFence[nestedFence.length - 1] = true;
    // Directive containers (`:::note` … `:::`) hold column-0 lines: no cut inside one, where JSX
    // must close before the container does. A closing fence closes the innermost container when
    // it has at least as many colons; what looks like an opener always counts (too many only
    // costs cuts).
    const directive = DIRECTIVE_FENCE.exec(line);
    if (directive && directive[2].trim() !== '') directives.push(directive[1].length);
    else if (directive && directives.length > 0 && directive[1].length >= directives[directives.length - 1]) directives.pop();
    if (i > start && isBlank(lines[i - 1])) {
      if (/^\S/.test(line) && tags <= 0 && braces <= 0 && !inTag && directives.length === 0) {
        cuts.push(i);
        holdsMdx.push(false);
        nestedFence.push(false);
        tags = 0;
        braces = 0;
      }
      inEsm = ESM_LINE.test(line);
    } else if (i === start) {
      inEsm = ESM_LINE.test(line);
    }
    if (lineMayHoldMdx(line)) holdsMdx[holdsMdx.length - 1] = true;
    const text = line.replace(ESCAPED, '');
    for (const match of text.matchAll(OPEN_TAG)) if (match[1] !== '/') tags++;
    tags -= text.match(CLOSE_TAG)?.length ?? 0;
    for (const char of text) {
      if (char === '{') braces++;
      else if (char === '}') braces--;
    }
    // A stray closer (the `}` of an escaped `\{#id}`) closes nothing that a later opener opens.
    tags = Math.max(tags, 0);
    braces = Math.max(braces, 0);
    const lastOpen = text.search(LAST_TAG_START);
    if (lastOpen >= 0) inTag = true;
    else if (inTag && text.includes('>')) inTag = false;
  }
  const segments = cuts.map((from, index) => ({ from, to: cuts[index + 1] ?? lines.length, holdsMdx: holdsMdx[index], nestedFence: nestedFence[index] }));
  return { lines, segments };
}

/**
 * One text to parse, line for line the page: segments that cannot hold MDX become blank lines,
 * which leave the parser at the top level, as it is at every cut.
 */
function skeletonOf(lines: string[], segments: MdxSegment[]): string {
  const kept = lines.slice();
  let parsesSomething = false;
  let unsure = false; // since an indented fence: where code ends may be misread
  let sentinels = 0;
  for (const { from, to, holdsMdx, nestedFence } of segments) {
    if (nestedFence) unsure = true;
    if (holdsMdx || nestedFence || (unsure && to - from < 2)) {
      parsesSomething = true;
      continue;
    }
    kept.fill('', from, to);
    if (unsure) {
      kept[from] = `[${SENTINEL}-${sentinels++}]: #`;
      unsure = false;
    }
  }
  return parsesSomething ? kept.join('\n') : '';
}

const isBlank = (line: string | undefined) => line !== undefined && line.trim() === '';

function closesFence(line: string, marker: string): boolean {
  const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(line);
  return Boolean(closing && closing[1][0] === marker[0] && closing[1].length >= marker.length);
}
