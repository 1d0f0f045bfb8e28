/**
 * The parts of a page the MDX parser must see. A page is cut where the parser surely starts
 * afresh at the top level: before a line that starts in column 0 right after a blank line,
 * outside fenced code and directive containers. There every list item and block quote has
 * ended, and so has every paragraph; what can still be open is a construct that spans blank
 * lines: a fence, a JSX element, an expression, ESM or a comment.
 *
 * The caller (mdx-facts.ts) parses each segment that can hold MDX on its own, followed by a
 * link definition: an element, expression or ESM left open is then an error, and a fence or a
 * comment left open swallows the definition. Either way the caller parses the whole page, so a
 * cut in the wrong place costs time but never changes an answer. What this module does is keep
 * that rare:
 * - fences opened in column 0 are followed exactly as CommonMark does;
 * - a fence in column 0 inside a directive container (`:::note`) is followed too, unless a line
 *   inside it could close the container, which would end the fence there;
 * - a fence indented by spaces (in a list item, or anywhere: MDX has no indented code) is
 *   followed when every line up to its closing fence is blank or indented at least as far, and
 *   none but that closing line, at the opener's own indentation, looks like a fence or a
 *   directive fence. Whatever container holds the opener (its content starts at or before the
 *   opener's column) then holds every one of those lines too, and none of them can end the
 *   fence before the closing line does;
 * - any other fence-like line (after a list or quote marker, indented by tabs, or not closed as
 *   above) may belong to a container this module does not model, or be a fence at the top level
 *   that a line in column 0 closes, so its segment is marked and always parsed: its check at the
 *   end proves the fence ended inside it;
 * - parts are joined while a rough count says a tag or a brace is still open, or a directive
 *   container (`:::note` … `:::`) is, inside which JSX must close before the container does,
 *   or an HTML comment (`<!--` … `-->`, which may hold blank lines: generated pages start with
 *   one, and a cut inside it had the whole page parsed).
 *
 * Segments without any `<`, `{` or import/export line (and no indented fence) can hold no MDX:
 * they are not parsed.
 */
import { lineMayHoldMdx } from './mdx-prefilter.ts';
import { DIRECTIVE_CLOSING, frontMatterClosingLine, hasLoneCR, indentationOf, isBlankLine, withoutLineEndCRs } from './page-lines.ts';
import { codeSpansOf, withoutCodeSpans } from './code-spans.ts';

const COLUMN_ZERO_FENCE = /^(`{3,}|~{3,})(.*)$/;
/** A fence opener indented by spaces alone. */
const SPACE_INDENTED_FENCE = /^( +)(`{3,}|~{3,})(.*)$/;
/** A line that looks like a fence, or a directive container's fence, at any indentation. */
export const FENCE_LIKE = /^[ \t]*(?:`{3,}|~{3,}|:{3,})/;
/**
 * A fence opener after indentation or container markers: inside something not modelled here.
 * Each blank belongs to one place in the match (before the markers, or after one of them): with
 * two ways to match each, a line of 20 nested quote markers took V8 seconds to refuse.
 */
export const NESTED_FENCE = /^(?![`~])[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])[ \t]*)*(?:`{3,}|~{3,})/;
const OPEN_TAG = /<[A-Za-z][\w.:-]*(?:\s[^<>]*?)?(\/?)>/g;
const CLOSE_TAG = /<\/[A-Za-z][\w.:-]*\s*>/g;
const ESCAPED = /\\[\s\S]/g;
/** A line that starts MDX's ESM (import/export). */
export const ESM_LINE = /^(?:import|export)\b/;
const DIRECTIVE_FENCE = /^[ \t]*(:{3,})(.*)$/;
/** A line that may open a list item or a block quote. */
const CONTAINER_START = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|>)/;
/** What the rough counts below look at. */
const COUNTED = /[<>{}]/;
/** A tag started on this line and not ended on it. */
const LAST_TAG_START = /<[A-Za-z][^<>]*$/;
/** Where a tag started on an earlier line may end: a `>` that is no arrow's. */
const TAG_END = /(?<!=)>/;
/**
 * The label of the definition parsed after each segment: read as a definition at the top level
 * only when the segment leaves nothing open. A page that holds it is never cut.
 */
export const SEGMENT_END_LABEL = 'faq-mdx-segment-end';

/** A stretch of the page from one cut to the next (0-based lines, end excluded). */
export interface MdxSegment {
  from: number;
  to: number;
  /** Its lines outside fences that can hold MDX (0-based, in the page): none for a segment the parser need not see. */
  mdxLines: number[];
  /** It has a fence-like line this module does not follow. */
  nestedFence: boolean;
  /** Its lines outside fences whose code spans cannot be read line by line (code-spans.ts; 0-based, in the page). */
  unreadableCodeLines: number[];
  /** Some line outside fences may open a list item or a block quote, whose content is indented. */
  containers: boolean;
  /** Those lines (0-based, in the page). */
  containerLines: number[];
  /** Its lines outside fences that look like a directive container's fence (`:::note`, `:::`; 0-based, in the page). */
  directiveLines: number[];
  /** Its lines of the fences it follows, opening and closing lines included: code to MDX (0-based, in the page). */
  fenceLines: number[];
}

/**
 * `source` (preprocessed as MDX sees it) cut into segments, with its `\n`-separated lines as
 * they are (for the parser) and without their CRs (what each holds); undefined when it must be
 * parsed as it is.
 */
export function mdxSegments(source: string): { lines: string[]; bareLines: string[]; segments: MdxSegment[] } | undefined {
  // The cuts are made between `\n`-separated lines: a CR that ends a line alone is not modelled.
  if (source.includes(SEGMENT_END_LABEL) || hasLoneCR(source)) return undefined;
  const pageLines = source.split('\n');
  // Every line is read without its CR (a CRLF page's `~~~yaml\r` opens a fence like `~~~yaml`).
  const lines = withoutLineEndCRs(pageLines);
  const closing = frontMatterClosingLine(lines);
  if (closing === -1) return undefined; // not front matter: a thematic break, read in context
  const start = closing === undefined ? 0 : closing + 1;
  const cuts: number[] = [start]; // front matter is in no segment: the skeleton keeps it as it is
  /** Per segment (from each cut to the next), its lines outside fences that can hold MDX. */
  const mdxLines: number[][] = [[]];
  /** Per segment, whether it has a fence-like line this module does not follow. */
  const nestedFence: boolean[] = [false];
  /** Per segment, its lines whose code spans cannot be read line by line. */
  const unreadableCodeLines: number[][] = [[]];
  /** Per segment, whether it may hold list items or block quotes, and its directive fences. */
  const containerLines: number[][] = [[]];
  const directiveLines: number[][] = [[]];
  /** Per segment, the lines of the fences followed. */
  const fenceLines: number[][] = [[]];
  let fence: { marker: string; inDirective: boolean } | undefined;
  // Rough counts since the last cut, only to keep cuts away from open constructs.
  let tags = 0;
  let braces = 0;
  let inTag = false; // a `<Tag` whose `>` is on a later line
  let inEsm = false; // in a block that started with import/export
  let inComment = false; // in an HTML comment whose `-->` is on a later line
  const directives: number[] = []; // colons of each open directive container's fence
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      fenceLines[fenceLines.length - 1].push(i);
      if (closesFence(line, fence.marker)) fence = undefined;
      // Inside a directive container, a line that may close the container ends the fence too:
      // where that is, this module does not follow (the segment is checked as one with an
      // indented fence). A fence that closes before any such line is followed exactly.
      else if (fence.inDirective && DIRECTIVE_CLOSING.test(line)) nestedFence[nestedFence.length - 1] = true;
      continue;
    }
    if (isBlankLine(line)) {
      inEsm = false;
      continue;
    }
    // Most lines start with a letter: no fence, directive fence or container marker can.
    const plain = isAsciiLetter(line.charCodeAt(0));
    const opening = plain ? null : COLUMN_ZERO_FENCE.exec(line);
    if (opening && !(opening[1][0] === '`' && opening[2].includes('`'))) {
      // Markdown inside an element is markdown, but inside JavaScript (an expression, an
      // attribute, ESM) a fence-like line may be a template string: not modelled.
      if (braces > 0 || inTag || inEsm) return undefined;
      fence = { marker: opening[1], inDirective: directives.length > 0 };
      fenceLines[fenceLines.length - 1].push(i);
      continue;
    }
    const indented = plain ? null : SPACE_INDENTED_FENCE.exec(line);
    if (indented && !(indented[2][0] === '`' && indented[3].includes('`')) && braces <= 0 && !inTag && !inEsm) {
      const closing = indentedFenceEnd(lines, i, indented[1].length, indented[2]);
      if (closing !== undefined) {
        for (let line = i; line <= closing; line++) fenceLines[fenceLines.length - 1].push(line);
        i = closing; // code: nothing in it is MDX, and no cut falls inside it
        continue;
      }
    }
    if (i > start && isBlankLine(lines[i - 1])) {
      if ((plain || /^\S/.test(line)) && tags <= 0 && braces <= 0 && !inTag && !inComment && directives.length === 0) {
        cuts.push(i);
        mdxLines.push([]);
        nestedFence.push(false);
        unreadableCodeLines.push([]);
        containerLines.push([]);
        directiveLines.push([]);
        fenceLines.push([]);
        tags = 0;
        braces = 0;
      }
      inEsm = ESM_LINE.test(line);
    } else if (i === start) {
      inEsm = ESM_LINE.test(line);
    }
    // Directive containers (`:::note` … `:::`) hold column-0 lines: no cut inside one, where JSX
    // must close before the container does (so this comes after the cut: a closing line stays
    // in the container's segment). A closing fence closes the innermost container when
    // it has at least as many colons; what looks like an opener always counts (too many only
    // costs cuts).
    // After the cut: the line is in the segment it may start.
    if (!plain && NESTED_FENCE.test(line)) nestedFence[nestedFence.length - 1] = true;
    const directive = plain ? null : DIRECTIVE_FENCE.exec(line);
    if (directive) directiveLines[directiveLines.length - 1].push(i);
    if (!plain && CONTAINER_START.test(line)) containerLines[containerLines.length - 1].push(i);
    if (directive && !isBlankLine(directive[2])) directives.push(directive[1].length);
    else if (directive && directives.length > 0 && directive[1].length >= directives[directives.length - 1]) directives.pop();
    if (lineMayHoldMdx(line)) mdxLines[mdxLines.length - 1].push(i);
    const spans = line.includes('`') ? codeSpansOf(line) : [];
    if (!spans) unreadableCodeLines[unreadableCodeLines.length - 1].push(i);
    if (!COUNTED.test(line)) continue; // most lines: no count below changes
    // `<name>` or `{}` in a code span opens nothing.
    const text = withoutCodeSpans(line, spans).replace(ESCAPED, '');
    for (const match of text.matchAll(OPEN_TAG)) if (match[1] !== '/') tags++;
    tags -= text.match(CLOSE_TAG)?.length ?? 0;
    for (const char of text) {
      if (char === '{') braces++;
      else if (char === '}') braces--;
    }
    // A stray closer (the `}` of an escaped `\{#id}`) closes nothing that a later opener opens.
    tags = Math.max(tags, 0);
    braces = Math.max(braces, 0);
    if (inComment || text.includes('<!--')) inComment = commentOpenAfter(text, inComment);
    // A tag over lines (`<Tabs` … `values={[…]}>`) opens its element where it ends.
    if (inTag) {
      const end = text.search(TAG_END);
      if (end >= 0) {
        if (text[end - 1] !== '/') tags++;
        inTag = false;
      }
    }
    if (LAST_TAG_START.test(text)) inTag = true;
  }
  const segments = cuts.map((from, index) => ({ from, to: cuts[index + 1] ?? lines.length, mdxLines: mdxLines[index], nestedFence: nestedFence[index], unreadableCodeLines: unreadableCodeLines[index], containers: containerLines[index].length > 0, containerLines: containerLines[index], directiveLines: directiveLines[index], fenceLines: fenceLines[index] }));
  return { lines: pageLines, bareLines: lines, segments };
}

/** Whether an HTML comment is open after `text`, given whether one was open before it. */
function commentOpenAfter(text: string, open: boolean): boolean {
  for (let at = 0; ;) {
    const next = text.indexOf(open ? '-->' : '<!--', at);
    if (next === -1) return open;
    at = next + (open ? 3 : 4);
    open = !open;
  }
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * The closing line of a fence opened at line `open` with `indent` spaces, when it surely closes
 * there (see the module's comment); otherwise undefined.
 */
function indentedFenceEnd(lines: string[], open: number, indent: number, marker: string): number | undefined {
  for (let i = open + 1; i < lines.length; i++) {
    const line = lines[i];
    if (isBlankLine(line)) continue;
    const spaces = indentationOf(line);
    if (line.slice(0, spaces).includes('\t') || spaces < indent) return undefined;
    if (FENCE_LIKE.test(line)) return spaces === indent && closesFence(line, marker) ? i : undefined;
  }
  return undefined;
}

/** Whether `line` closes a fence of `marker`. MDX has no indented code, so the closing fence may be indented any amount. */
function closesFence(line: string, marker: string): boolean {
  if (!line.trimStart().startsWith(marker[0])) return false; // most lines of code
  const closing = /^[ \t]*(`{3,}|~{3,})[ \t]*\r?$/.exec(line);
  return Boolean(closing && closing[1][0] === marker[0] && closing[1].length >= marker.length);
}
