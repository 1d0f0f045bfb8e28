/**
 * The MDX facts of a segment whose only MDX is simple JSX tags, found without the parser. Most
 * segments that reach the MDX parser on real pages hold nothing but `<br />`, `<strong>…</strong>`,
 * `<a href="…">…</a>` or `<Vars name="…" />`: for those the answer is known from the tags alone.
 * No syntax error, no import, and a free name for each component tag.
 *
 * It answers only where that is surely what the parser says, and otherwise gives undefined (the
 * parser then runs). A line with a tag answers only when:
 * - every `<` outside code spans starts a complete tag of a plain form: a name of ASCII letters
 *   and digits, attributes with quoted values that hold no `<`, `>`, `{`, `}`, `|`, `\`, backtick
 *   or line break;
 * - its tags are balanced on the line (each element closes on the line where it opens), so no
 *   element spans lines, paragraphs or containers;
 * - outside code spans and link destinations it holds no backslash or `{`, so no escape or
 *   expression can change what a `<` is; an element closes inside the brackets it opens in;
 *   and an element's children hold no `*`, `_` or `~` outside code spans, so no emphasis starts
 *   or ends inside an element and none can cross its bounds (emphasis around a whole element,
 *   or beside it, nests as it should);
 * - its code spans, and those of every other line of the segment, can be read line by line
 *   (code-spans.ts): a `<` or `{` inside one is code.
 * Which lines can hold MDX at all (outside fenced code) is the segmenter's answer
 * (mdx-blocks.ts), given only for segments whose fences it follows exactly; a line among them
 * starting with import/export holds ESM, which is the parser's. tests/unit/mdx-simple.test.ts
 * holds this to the parser.
 */
import type { MdxFacts, MdxFreeName } from '../model/site.ts';
import { componentOf } from './mdx-names.ts';
import { ESM_LINE, type MdxSegment } from './mdx-blocks.ts';
import { codeSpansOf } from './code-spans.ts';
import { destinationsOf } from './link-destinations.ts';

type Facts = Pick<MdxFacts, 'freeNames' | 'imports' | 'bound'>;

const ATTRIBUTE = String.raw`\s+[A-Za-z_][\w-]*(?:=(?:"[^"<>{}|\\\n\x60]*"|'[^'<>{}|\\\n\x60]*'))?`;
/** One tag: `<name attrs>`, `<name attrs />` or `</name>`. */
const TAG = String.raw`<(?:([A-Za-z][A-Za-z0-9]*)((?:${ATTRIBUTE})*)\s*(\/?)>|\/([A-Za-z][A-Za-z0-9]*)>)`;
/** The tag that starts at `lastIndex`. */
const TAG_AT = new RegExp(TAG, 'y');
/** Outside code spans, what can change what a `<` is: an escape, an expression. */
const UNSURE = new Set(['\\', '{']);
const EMPHASIS = /[*_~]/;
/** A line of tags and nothing else: MDX reads it as JSX at the block level, where an element spans lines. */
const TAGS_ONLY = new RegExp(String.raw`^[ \t]*(?:${TAG}[ \t]*)+$`);

/**
 * Facts of a segment of `lines` (lines numbered from its first, as 1), or undefined when the
 * parser must say. A segment with a fence the segmenter does not follow is always the parser's.
 */
export function simpleSegmentFacts(lines: string[], segment: MdxSegment): Facts | undefined {
  if (segment.nestedFence || !segment.codeSpansByLine) return undefined;
  const freeNames: MdxFreeName[] = [];
  // What tags-only lines and directive fences opened and is not closed yet, innermost last: an
  // element's name, or a directive container's count of colons.
  const open: Array<string | number> = [];
  for (const index of inPageOrder(segment.mdxLines, segment.directiveLines)) {
    const line = lines[index];
    if (segment.directiveLines.includes(index)) {
      if (segment.mdxLines.includes(index) || !directiveFence(line, open)) return undefined;
      continue;
    }
    if (ESM_LINE.test(line)) return undefined;
    const lineNumber = index - segment.from + 1;
    const names = TAGS_ONLY.test(line) ? blockTagsOn(line, lineNumber, segment, open) : tagsOn(line, lineNumber);
    if (!names) return undefined;
    freeNames.push(...names);
  }
  return open.length > 0 ? undefined : { freeNames, imports: [], bound: [] };
}

/** Two lists of line indexes as one, in the page's order. */
const inPageOrder = (a: number[], b: number[]) => (b.length === 0 ? a : [...a, ...b].sort((x, y) => x - y));

/**
 * A directive container's opening fence in column 0: `:::name` or `:::name[plain label]`, nothing
 * after. One in column 0 is never in a list item or quote: it ends them, as it can end a paragraph.
 */
const DIRECTIVE_OPENING = /^(:{3,})[A-Za-z](?:[\w-]*[A-Za-z0-9])?(?:\[[^[\]\\`<>{}]*\])?[ \t]*$/;
const DIRECTIVE_CLOSING = /^[ \t]*(:{3,})[ \t]*$/;

/**
 * Follow a line that looks like a directive container's fence; false when it is one this
 * module does not model, or when it cuts an element off. A closing fence closes the outermost
 * open container with as many colons or fewer (each container looks for its closing fence
 * before its content does), and every container inside it; an element inside it would be left
 * open, which is an error. A fence that closes nothing is text.
 */
function directiveFence(line: string, open: Array<string | number>): boolean {
  const opening = DIRECTIVE_OPENING.exec(line);
  if (opening) return Boolean(open.push(opening[1].length));
  const closing = DIRECTIVE_CLOSING.exec(line);
  if (!closing) return false;
  const closes = open.findIndex((item) => typeof item === 'number' && item <= closing[1].length);
  if (closes === -1) return true;
  if (open.slice(closes).some((item) => typeof item === 'string')) return false;
  open.length = closes;
  return true;
}

/**
 * The names of a tags-only line, whose elements may close on a later tags-only line; undefined
 * when the line may sit in a list item or quote (where its elements must close) or closes what
 * is not open. A line of tags in column 0 is at the top level of the document or of the
 * directive container it is in (it ends any paragraph, list or quote before it), and so is an
 * indented one where no list item or quote can be open.
 */
function blockTagsOn(line: string, lineNumber: number, segment: MdxSegment, open: Array<string | number>): MdxFreeName[] | undefined {
  if (segment.containers && /^[ \t]/.test(line)) return undefined;
  const names: MdxFreeName[] = [];
  for (let at = line.indexOf('<'); at !== -1; at = line.indexOf('<', at)) {
    const tag = tagAt(line, at, lineNumber, names)!; // the line is tags only
    if (tag.closes !== undefined && open.pop() !== tag.closes) return undefined;
    if (tag.opens !== undefined) open.push(tag.opens);
    at += tag.length;
  }
  return names;
}

/**
 * The plain tag at `at` (undefined when there is none): its length, and the element it opens
 * (none when it closes itself) or closes; a component's name goes to `names`.
 */
function tagAt(line: string, at: number, lineNumber: number, names: MdxFreeName[]): { length: number; opens?: string; closes?: string } | undefined {
  TAG_AT.lastIndex = at;
  const tag = TAG_AT.exec(line);
  if (!tag) return undefined;
  const [whole, name, , selfClosing, closing] = tag;
  if (closing !== undefined) return { length: whole.length, closes: closing };
  const component = componentOf(name);
  if (component) names.push({ name: component, usage: 'component', line: lineNumber, column: at + 1 });
  return { length: whole.length, opens: selfClosing === '/' ? undefined : name };
}

/**
 * The component names the tags of one line use, or undefined when the line is not plain. Links
 * may sit among the tags: what is in brackets is text like any other, so an element only has to
 * close inside the brackets it opens in (a link's text ends at its `]`); a destination holds no
 * tag, and one with a `<` or `{` is left to the parser.
 */
function tagsOn(line: string, lineNumber: number): MdxFreeName[] | undefined {
  const spans = codeSpansOf(line);
  const destinations = line.includes('](') ? destinationsOf(line) : [];
  if (!spans || !destinations || line.includes(']:')) return undefined;
  const skipped = [...spans, ...destinations].sort((a, b) => a[0] - b[0]);
  const names: MdxFreeName[] = [];
  const open: Array<{ name: string; brackets: number }> = [];
  let brackets = 0; // `[` not yet closed by a `]`, outside code, tags and destinations
  let next = 0; // the next code span or destination
  for (let at = 0; at < line.length; at++) {
    if (next < skipped.length && at === skipped[next][0]) {
      const [start, end] = skipped[next++];
      if (destinations.some(([from]) => from === start) && /[<{]/.test(line.slice(start, end))) return undefined;
      at = end - 1; // code or an address: no tags in it
      continue;
    }
    const char = line[at];
    if (UNSURE.has(char)) return undefined;
    if (open.length > 0 && EMPHASIS.test(char)) return undefined; // emphasis could cross the element
    if (char === '[') brackets++;
    else if (char === ']') {
      // A `]` closing brackets an open element started outside of: the element would cross it.
      if (open.some((element) => element.brackets >= brackets)) return undefined;
      brackets = Math.max(0, brackets - 1);
    }
    if (char !== '<') continue;
    const tag = tagAt(line, at, lineNumber, names);
    if (!tag) return undefined;
    if (tag.closes !== undefined) {
      const element = open.pop();
      if (element?.name !== tag.closes || element.brackets !== brackets) return undefined;
    }
    if (tag.opens !== undefined) open.push({ name: tag.opens, brackets });
    at += tag.length - 1;
  }
  return open.length > 0 ? undefined : names;
}
