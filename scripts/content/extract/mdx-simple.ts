/**
 * The MDX facts of a segment whose MDX is plain, found without the parser. Most segments that
 * reach the MDX parser on real pages hold nothing but tags (`<br />`, `<strong>…</strong>`,
 * `<Vars name="…" />`, `<Tabs>` … `</Tabs>` over lines, inside admonitions or not), expressions
 * (`{versions.next}`, `<CodeBlock>{Example}</CodeBlock>`, a template string over lines) and
 * import lines. Tags are read here; expressions and ESM by the parser's own acorn setup
 * (mdx-js.ts).
 *
 * It answers only where that is surely what the parser says, and otherwise gives undefined (the
 * parser then runs). A line with MDX answers only when:
 * - every `<` outside code spans and expressions starts a complete tag of a plain form: a name
 *   of ASCII letters and digits, attributes with quoted values that hold no `<`, `>`, `{`, `}`,
 *   `|`, `\`, backtick or line break;
 * - its tags are balanced on the line (each element closes on the line where it opens), unless
 *   the line holds tags alone: then it is JSX at the block level, whose elements may close on a
 *   later such line, inside the directive container (`:::note` … `:::`) they open in;
 * - each `{` outside code spans and link destinations starts an expression that ends on the
 *   line (acorn reads it whole at one of the line's `}`), holds no `|` and no JSX (what that
 *   renders is the parser's to say, mdx-parse.ts expressionComponents), and nothing on the line
 *   could read that `{` otherwise (a directive's attributes, an address GFM makes a link of);
 *   or the line starts a block with it, and it ends on a later line with nothing after it;
 * - outside code spans, destinations and expressions it holds no backslash, so no escape can
 *   change what a `<` or `{` is; an element closes inside the brackets it opens in; and an
 *   element's children hold no `*`, `_` or `~` outside code spans and expressions, so no
 *   emphasis starts or ends inside an element and none can cross its bounds (emphasis around a
 *   whole element, or beside it, nests as it should);
 * - its code spans, and those of every other line of the segment outside JavaScript, can be
 *   read line by line (code-spans.ts): a `<` or `{` inside one is code.
 * An ESM block (`import `/`export ` in column 1 after a blank line, up to the next blank line,
 * outside any element) answers when acorn reads it as imports and exports alone.
 * An HTML comment (MDX 1 compatibility) answers when it closes on its line, alone there or
 * after words, outside code spans and destinations. A tag whose attributes go on over lines
 * answers where it starts a block (tagOverLines): the old form of `<Tabs>` with `values={[…]}`,
 * a template string in a component's prop.
 * Nowhere does an expression, ESM block or attribute hold what CommonMark may read as a link:
 * only the parser says where those are (mdx-script-spans.ts).
 * Which lines can hold MDX at all (outside fenced code) is the segmenter's answer
 * (mdx-blocks.ts), given only for segments whose fences it follows exactly.
 * tests/unit/mdx-simple.test.ts holds this to the parser.
 */
import type { MdxFacts, MdxFreeName } from '../model/site.ts';
import { BROWSER_ONLY, componentOf, renderedAs } from './mdx-names.ts';
import { addDeferred, deferredOf, newDeferredLog, withoutBound } from './mdx-deferred.ts';
import { ESM_LINE, FENCE_LIKE, type MdxSegment } from './mdx-blocks.ts';
import { codeSpansOf, URL_LITERAL_START, URL_LITERAL_STARTS } from './code-spans.ts';
import { destinationsOf } from './link-destinations.ts';
import { mayHoldLinkOrHeading } from './mdx-script-spans.ts';
import { DIRECTIVE_CLOSING, isBlankLine } from './page-lines.ts';
import { HEAD_ELEMENTS, OBJECT_PROPS, TEXT_HEAD_ELEMENTS, VALUE_ELEMENTS, VOID_ELEMENTS } from './react-refusals.ts';
import { TAKES_ONE_TEXT } from './mdx-translate.ts';
import { listedTabValues } from './mdx-tabs.ts';
import { writtenTexts } from './static-value.ts';

/** A segment's facts, and the local names its imports bind (ESM in later segments may not bind them again). */
export type SimpleFacts = Pick<MdxFacts, 'freeNames' | 'imports' | 'bound' | 'exported' | 'usedImports' | 'renderedNames' | 'componentProps' | 'componentIds' | 'topLevelHooks' | 'deferred'> & { importedNames: string[] };

const ATTRIBUTE = String.raw`\s+[A-Za-z_][\w-]*(?:=(?:"[^"<>{}|\\\n\x60]*"|'[^'<>{}|\\\n\x60]*'))?`;
/** One tag: `<name attrs>`, `<name attrs />` or `</name>`. */
const TAG = String.raw`<(?:([A-Za-z][A-Za-z0-9]*)((?:${ATTRIBUTE})*)\s*(\/?)>|\/([A-Za-z][A-Za-z0-9]*)>)`;
/** The tag that starts at `lastIndex`. */
const TAG_AT = new RegExp(TAG, 'y');
const EMPHASIS = /[*_~]/;
/** A line of tags and nothing else: MDX reads it as JSX at the block level, where an element spans lines. */
export const TAGS_ONLY = new RegExp(String.raw`^[ \t]*(?:${TAG}[ \t]*)+$`);

/**
 * Facts of a segment of `lines` (lines numbered from its first, as 1), or undefined when the
 * parser must say. A segment with a fence the segmenter does not follow is always the parser's.
 * `imported` holds the names that imports in earlier segments bind.
 */
export function simpleSegmentFacts(lines: string[], segment: MdxSegment, imported: readonly string[] = []): SimpleFacts | undefined {
  if (segment.nestedFence) return undefined;
  // What a <BrowserOnly> holds never runs in the build: the parser says which expressions it holds (mdx-parse.ts).
  if (segment.mdxLines.some((index) => lines[index].includes(BROWSER_ONLY))) return undefined;
  const facts: SimpleFacts = { freeNames: [], imports: [], bound: [], importedNames: [] };
  const readBound: string[] = []; // names ESM read that it binds itself, or that earlier segments imported
  const deferred = newDeferredLog(); // where those reads run (mdx-deferred.ts)
  const rendered: NonNullable<MdxFacts['renderedNames']> = [];
  const components: Components = { props: [], ids: [] };
  // What tags-only lines and directive fences opened and is not closed yet, innermost last: an
  // element's name, or a directive container's count of colons.
  const open: Array<string | number> = [];
  let jsEnd = 0; // the line after the last ESM block, expression or tag over lines read
  const blockEnds = new Set<number>(); // the last lines of tags over lines read
  let lastBlockLine = -1; // the last line read as tags at the block level
  // Whether no list item or quote can be open at line `index`: none in the segment, or none
  // opened since a line read as tags at the block level (which ends any before it).
  const outsideContainers = (index: number) => !segment.containers || (lastBlockLine >= 0 && !segment.containerLines.some((opens) => opens > lastBlockLine && opens < index));
  const jsLines: Array<[from: number, to: number]> = []; // the lines of each
  const children = new ChildrenRules();
  let previous = segment.from - 1;
  for (const index of inPageOrder(segment.mdxLines, segment.directiveLines)) {
    if (index < jsEnd) continue; // JavaScript, read with its block
    const line = lines[index];
    // Directly inside a <Tabs> or a <head>, only tags-only lines may come: anything else is the parser's.
    if (CHOOSY_PARENTS.has(open.at(-1) as string) && (!TAGS_ONLY.test(line) || lines.slice(previous + 1, index).some((between) => !isBlankLine(between)))) return undefined;
    previous = index;
    const lineNumber = index - segment.from + 1;
    if (segment.directiveLines.includes(index)) {
      if (segment.mdxLines.includes(index) || !directiveFence(line, open)) return undefined;
      continue;
    }
    if (ESM_LINE.test(line)) {
      jsEnd = esmBlockEnd(lines, index, segment);
      // Where CommonMark may read a link or a heading in JavaScript is the parser's to place (mdx-script-spans.ts); so below.
      if (mayHoldLinkOrHeading(lines.slice(index, jsEnd).join('\n'))) return undefined;
      const esm = open.length === 0 && jsEnd > index ? js().esmFacts(lines.slice(index, jsEnd), lineNumber, [...imported, ...facts.importedNames]) : undefined;
      if (!esm) return undefined;
      jsLines.push([index, jsEnd]);
      facts.freeNames.push(...esm.freeNames);
      facts.imports.push(...esm.imports);
      if (esm.exported.length > 0) (facts.exported ??= []).push(...esm.exported);
      facts.bound.push(...esm.bound);
      facts.importedNames.push(...esm.importedNames);
      readBound.push(...esm.readBound);
      addDeferred(deferred, esm.deferred);
      if (esm.hooks.length > 0) (facts.topLevelHooks ??= []).push(...esm.hooks);
      continue;
    }
    if (COMMENT_LINE.test(line)) continue; // a comment alone on its line: nothing MDX renders
    const over = !TAGS_ONLY.test(line) && TAG_OVER_LINES.test(line) ? tagOverLines(lines, index, segment, lineNumber, components, innermostComponent(open)) : null;
    if (over === undefined) return undefined;
    if (over) {
      if (!blockStartsAt(lines, index, segment, blockEnds, outsideContainers(index)) || !children.follow(over.tag, open.at(-1))) return undefined;
      if (over.tag.opens !== undefined) open.push(over.tag.opens);
      facts.freeNames.push(...over.names);
      jsEnd = over.endLine + 1;
      jsLines.push([index, jsEnd]); // no Markdown inside a tag: a backtick there is JavaScript's or text's
      blockEnds.add(over.endLine);
      lastBlockLine = over.endLine;
      previous = over.endLine;
      continue;
    }
    const block = TAGS_ONLY.test(line);
    // An indented line of tags where a list item or quote may be open: the item's own content.
    const inContainer = block && /^[ \t]/.test(line) && !outsideContainers(index);
    const names = block ? blockTagsOn(line, lineNumber, inContainer, open, children, components) : tagsOn(line, lineNumber, rendered, components, open);
    if (names && block && !inContainer) lastBlockLine = index; // it ends no container
    if (names) {
      facts.freeNames.push(...names);
      continue;
    }
    const expression = startsBlock(lines, index, segment) && FLOW_EXPRESSION.test(line) ? js().flowExpressionAt(lines, index, segment.to, lineNumber) : undefined;
    if (!expression || !segmentedAsJs(lines, index, expression.endLine) || mayHoldLinkOrHeading(lines.slice(index, expression.endLine + 1).join('\n'))) return undefined;
    // An object written out is a render refusal: the parser says where (mdx-parse.ts).
    if (expression.object) return undefined;
    if (expression.jsx) return undefined; // JSX in an expression: the parser says what it renders (mdx-parse.ts, expressionComponents)
    facts.freeNames.push(...expression.names);
    if (expression.bare) {
      const within = innermostComponent(open);
      rendered.push({ ...renderedAs(expression), line: lineNumber, column: line.indexOf('{') + 1, ...(within ? { within } : {}) });
    }
    jsEnd = expression.endLine + 1;
    jsLines.push([index, jsEnd]);
  }
  if (open.length > 0) return undefined;
  // A member element in an expression, which MDX tests: the parser says where (mdx-parse.ts, memberElements).
  if (facts.freeNames.some(({ member }) => member)) return undefined;
  // A module loaded with require() or import() is resolved like an import: the parser says which (mdx-requires.ts).
  if (facts.freeNames.some(({ name }) => name === 'require')) return undefined;
  if (segment.mdxLines.some((index) => DYNAMIC_IMPORT.test(lines[index])) || jsLines.some(([from, to]) => DYNAMIC_IMPORT.test(lines.slice(from, to).join('\n')))) return undefined;
  // A line whose code spans cannot be read alone may pair a backtick with another line's, and
  // make code of MDX there; inside JavaScript read above, a backtick is JavaScript's. A code span
  // never crosses a blank line, so only lines among the MDX lines' own stretches count.
  const inJs = (index: number) => jsLines.some(([from, to]) => index >= from && index < to);
  if (segment.unreadableCodeLines.some((index) => !inJs(index) && besideMdx(lines, index, segment))) return undefined;
  // As the parser's answer: names the segment's ESM binds are not free in it.
  const bound = new Set(facts.bound);
  // Imports of earlier segments count: the page puts them together (mdx-facts.ts).
  const usedImports = [...new Set([...readBound, ...facts.freeNames.map(({ name }) => name)])].filter((name) => facts.importedNames.includes(name) || imported.includes(name)).sort();
  return {
    ...facts, freeNames: withoutBound(facts.freeNames, bound, deferred), bound: [...bound].sort(), ...deferredOf(deferred),
    ...(usedImports.length > 0 ? { usedImports } : {}), ...(rendered.length > 0 ? { renderedNames: rendered } : {}),
    ...(components.props.length > 0 ? { componentProps: components.props } : {}), ...(components.ids.length > 0 ? { componentIds: components.ids } : {}),
  };
}

/**
 * Where the ESM block starting at line `start` ends (the blank line after it, or the segment's
 * end), or `start` when the line starts no block this module reads: ESM starts in column 1 with
 * `import ` or `export ` (a space, nothing else) on a line that does not continue a paragraph.
 */
function esmBlockEnd(lines: string[], start: number, segment: MdxSegment): number {
  if (!/^(?:import|export) /.test(lines[start])) return start;
  if (start > segment.from && !isBlankLine(lines[start - 1])) return start;
  let end = start + 1;
  while (end < segment.to && !isBlankLine(lines[end])) end++;
  return end;
}


/** Whether line `index` is in a stretch of lines without a blank one that holds a line with MDX. */
function besideMdx(lines: string[], index: number, segment: MdxSegment): boolean {
  let from = index;
  while (from > segment.from && !isBlankLine(lines[from - 1])) from--;
  let to = index;
  while (to + 1 < segment.to && !isBlankLine(lines[to + 1])) to++;
  return segment.mdxLines.some((mdx) => mdx >= from && mdx <= to);
}

/** A line that starts with an expression: at the block level, it may go on over later lines. */
const FLOW_EXPRESSION = /^ *\{/;

/**
 * Whether line `index` surely starts a block of its own, so that a `{` opening it is an
 * expression at the block level: it follows a blank line, a line of tags or a directive fence
 * (or starts the segment), and no list item or quote in the segment can make it a lazy line.
 */
function startsBlock(lines: string[], index: number, segment: MdxSegment): boolean {
  if (segment.containers) return false;
  if (index === segment.from) return true;
  const before = lines[index - 1];
  return isBlankLine(before) || TAGS_ONLY.test(before) || segment.directiveLines.includes(index - 1);
}

/**
 * Whether the segmenter saw lines `from` to `to` (an expression) for what they are: none of
 * them after the first looks like a fence, which it would have followed as Markdown (what comes
 * after would then not be what it marked), or a directive's fence, whose closing fence would
 * close the container first and cut the expression off.
 */
function segmentedAsJs(lines: string[], from: number, to: number): boolean {
  for (let index = from + 1; index <= to; index++) if (FENCE_LIKE.test(lines[index])) return false;
  return true;
}

/**
 * An HTML comment alone on its line, opened and closed there. With Docusaurus's MDX 1
 * compatibility (on by default; mdx1-syntax.ts reports it where a site turns it off),
 * remark-comment reads it and MDX renders nothing of it. remark-comment refuses `<!-->` and
 * `<!--->`; one whose text starts with `-` is left to the parser, which ends it at its own
 * reading of the dashes.
 */
const COMMENT_LINE = /^[ \t]*<!--(?![->])(?:(?!-->).)*-->[ \t]*$/;

/**
 * Where the comment opened at `at` ends on its line (the index after its `-->`), or undefined
 * when it does not, or when its text starts with `-` or `>` (see COMMENT_LINE).
 */
function commentEnd(line: string, at: number): number | undefined {
  if (/^[->]?$/.test(line.slice(at + 4, at + 5))) return undefined;
  const close = line.indexOf('-->', at + 5);
  return close === -1 ? undefined : close + 3;
}

/**
 * Text before a comment that may leave MDX at the block level there: nothing but indentation,
 * list and quote markers, and tags. remark-comment reads a comment that starts a block as a
 * block of its own, after which the line must end, and one after a tag at the block level is a
 * second tag to MDX, where `<!` is an error.
 */
const BLOCK_PREFIX = /^[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])[ \t]*)*(?:<[^<>]*>[ \t]*)*$/;

/** A line that opens a tag and may leave it open: its attributes may go on over later lines. */
const TAG_OVER_LINES = /^[ \t]*<[A-Za-z][A-Za-z0-9]*(?=\s|$)/;

/**
 * Whether a tag over lines at line `index` surely starts a block, where MDX reads it as JSX at
 * the block level: in column 0 (or indented where no list item or quote can be open), after a
 * blank line, a line of tags alone, a directive fence or another tag over lines, or at the
 * segment's start. `outsideContainers`: no list item or quote can be open there.
 */
function blockStartsAt(lines: string[], index: number, segment: MdxSegment, blockEnds: ReadonlySet<number>, outsideContainers: boolean): boolean {
  if (!outsideContainers && /^[ \t]/.test(lines[index])) return false;
  if (index === segment.from) return true;
  const before = lines[index - 1];
  return isBlankLine(before) || TAGS_ONLY.test(before) || segment.directiveLines.includes(index - 1) || blockEnds.has(index - 1);
}

/** What an attribute may be in a tag over lines: a name, with a quoted value on its line or a value in braces. */
const ATTRIBUTE_AT = /([A-Za-z_][\w-]*)(?:=(?:"([^"<>{}|\\\x60]*)"|'([^'<>{}|\\\x60]*)'|(\{)))?/y;

/**
 * A tag whose attributes go on over lines (`<Tabs` then `  groupId="os"` then `  values={[…]}>`,
 * `<InterpolatedCodeBlock` with a template string in `code={…}`), read from line `index` up to
 * its `>` or `/>`, after which its last line holds nothing: null when it ends on its first line
 * (a line like any other), undefined when only the parser can say. Its attributes are quoted
 * values on one line, names alone, and, on a component's tag, values in braces, read by acorn
 * as the parser reads them (mdx-js.ts). The tag is judged as the same tag written on one line
 * would be (tagAt), each value in braces standing as the attribute's name alone; `<Tabs>` may
 * list its tabs in `values`.
 */
function tagOverLines(lines: string[], index: number, segment: MdxSegment, lineNumber: number, components: Components, within: string | undefined): { tag: Tag; endLine: number; names: MdxFreeName[] } | null | undefined {
  const first = lines[index];
  const start = first.indexOf('<');
  const name = /[A-Za-z][A-Za-z0-9]*/y;
  name.lastIndex = start + 1;
  const tagName = name.exec(first)![0];
  const written: string[] = []; // the attributes as written on one line
  const braced = new Map<string, unknown>(); // the estree of each value in braces, by its attribute's name
  const read: MdxFreeName[] = []; // names the values in braces read
  let listed: Tag['listed'];
  let row = index;
  let at = start + 1 + tagName.length;
  for (;;) {
    // White space, over lines: each attribute must follow some.
    let spaced = false;
    for (;;) {
      const line = lines[row];
      while (line[at] === ' ') at++;
      if (at > 0 && line[at - 1] === ' ') spaced = true;
      if (at < line.length) break;
      row++;
      at = 0;
      spaced = true;
      if (row >= segment.to || isBlankLine(lines[row]) || /[\t\r]/.test(lines[row])) return undefined;
    }
    const line = lines[row];
    const closing = line.startsWith('/>', at) ? 2 : line[at] === '>' ? 1 : 0;
    if (closing > 0) {
      if (row === index) return null;
      if (!isBlankLine(line.slice(at + closing)) || !segmentedAsJs(lines, index, row)) return undefined;
      if (mayHoldLinkOrHeading(lines.slice(index, row + 1).join('\n'))) return undefined; // where CommonMark may read a link: the parser's to place
      const names: MdxFreeName[] = [];
      const oneLine = `${' '.repeat(start)}<${tagName}${written.map((attribute) => ` ${attribute}`).join('')}${closing === 2 ? ' />' : '>'}`;
      const tag = tagAt(oneLine, start, lineNumber, names, components, within, braced);
      return tag ? { tag: { ...tag, ...(listed === undefined ? {} : { listed }) }, endLine: row, names: [...names, ...read] } : undefined;
    }
    ATTRIBUTE_AT.lastIndex = at;
    const attribute = spaced ? ATTRIBUTE_AT.exec(line) : null;
    if (!attribute || written.some((other) => other.split('=')[0] === attribute[1])) return undefined; // an attribute written twice: the parser's to weigh
    const [whole, attributeName, , , brace] = attribute;
    if (!brace) {
      written.push(whole);
      at += whole.length;
      if (!/^(?:[ />]|$)/.test(line.slice(at, at + 1))) return undefined;
      continue;
    }
    // A value in braces: only on a component's tag (an HTML element's is React's to refuse), and
    // not where the check reads what it holds (a card's items, a code block's language).
    if (componentOf(tagName) === undefined || /^(?:item|items|language)$/.test(attributeName)) return undefined;
    const expression = js().attributeExpressionAt(lines, row, at + whole.length - 1, segment.to, lineNumber + row - index, tagName);
    if (!expression) return undefined;
    if (expression.jsx) return undefined; // JSX in a prop: the parser says what it renders (mdx-parse.ts, expressionComponents)
    if (tagName === 'Tabs' && attributeName === 'values') listed = listedTabValues(expression.estree) ?? 'unknown';
    read.push(...expression.names);
    written.push(attributeName);
    braced.set(attributeName, expression.estree);
    row = expression.endLine;
    at = expression.end;
    if (!/^(?:[ />]|$)/.test(lines[row].slice(at, at + 1))) return undefined;
  }
}

// JavaScript is read by mdx-js.ts, which loads acorn: on the first segment that has some.
let mdxJs: typeof import('./mdx-js.ts') | undefined;
const js = () => (mdxJs ??= require('./mdx-js.ts') as typeof import('./mdx-js.ts'));

/**
 * The expression at `at`, read as the parser reads it (mdx-js.ts), where nothing before it can
 * take its `{` for something else and it holds no `|`, where a table row would be cut in two.
 * What could: a directive's attributes, right after its name or label (`:name{…}`,
 * `:name[label]{…}`), and an address GFM makes a link of, which runs to a space or `<`.
 */
function expressionOn(line: string, at: number, lineNumber: number) {
  const before = line.slice(0, at);
  if (before.endsWith(']') || /:[A-Za-z][\w-]*$/.test(before)) return undefined;
  if (inUrlLiteral(before)) return undefined;
  const expression = js().expressionAt(line, at, lineNumber);
  const text = expression && line.slice(at, expression.end);
  return text && !text.includes('|') && !mayHoldLinkOrHeading(text) ? expression : undefined;
}

/** Whether the end of `before` may be inside an address GFM makes a link of: one starts there and runs on, without a space or `<`. */
function inUrlLiteral(before: string): boolean {
  return URL_LITERAL_START.test(before) && [...before.matchAll(URL_LITERAL_STARTS)].some(({ index }) => !/[\s<]/.test(before.slice(index)));
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Two lists of line indexes as one, in the page's order. */
const inPageOrder = (a: number[], b: number[]) => (b.length === 0 ? a : [...a, ...b].sort((x, y) => x - y));

/**
 * A directive container's opening fence in column 0: `:::name` or `:::name[plain label]`, nothing
 * after. One in column 0 is never in a list item or quote: it ends them, as it can end a paragraph.
 * A plain label holds no brackets, backslash, `<`, `>`, `{` or `}`; code spans are fine (an admonition
 * title like `:::note About \`fleet.yaml\``): the directive's label ends at its first unbalanced `]`
 * whatever it holds, and its text is read inside it.
 */
const DIRECTIVE_OPENING = /^(:{3,})[A-Za-z](?:[\w-]*[A-Za-z0-9])?(?:\[[^[\]\\<>{}]*\])?[ \t]*$/;

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
 * when it closes what is not open, or sits in a list item or quote (`inContainer`) and leaves
 * an element open or finds one open. A line of tags in column 0 is at the top level of the
 * document or of the directive container it is in (it ends any paragraph, list or quote before
 * it), and so is an indented one where no list item or quote can be open (`outsideContainers`).
 */
function blockTagsOn(line: string, lineNumber: number, inContainer: boolean, open: Array<string | number>, children: ChildrenRules, components: Components): MdxFreeName[] | undefined {
  // Inside a list item or a quote, an element that spans lines meets the container's end: the
  // parser's to weigh. One that closes on its line (`  <a name="Time"></a>`, as API reference
  // pages put in list items) is read the same wherever it is.
  if (inContainer && open.length > 0) return undefined;
  const names: MdxFreeName[] = [];
  for (let at = line.indexOf('<'); at !== -1; at = line.indexOf('<', at)) {
    const tag = tagAt(line, at, lineNumber, names, components, innermostComponent(open));
    if (!tag) return undefined; // a tag the parser must read
    if (!children.follow(tag, open.at(-1))) return undefined;
    if (tag.closes !== undefined && open.pop() !== tag.closes) return undefined;
    if (tag.opens !== undefined) open.push(tag.opens);
    at += tag.length;
  }
  return inContainer && open.length > 0 ? undefined : names;
}

/** Whether a tag's attributes may name a prop React takes only as an object (`style`, `dangerouslySetInnerHTML`). */
function mayHoldObjectProp(attributes: string): boolean {
  if (attributes === '') return false;
  for (const prop of OBJECT_PROPS) if (attributes.includes(prop)) return true;
  return false;
}

/** Component elements with their props' names, and the ids written on them and on `<details>` (MdxFacts.componentProps, componentIds). */
interface Components {
  props: NonNullable<MdxFacts['componentProps']>;
  ids: NonNullable<MdxFacts['componentIds']>;
}

/**
 * The plain tag at `at` (undefined when there is none, or when only the parser can say what
 * React makes of it); a component's name goes to `names`, and its element to `components`, with
 * its `id` (and `as`) when it has one: whether Docusaurus collects that id as an anchor is the
 * model's to say (markdown-format.ts, componentAnchorsOf).
 */
function tagAt(line: string, at: number, lineNumber: number, names: MdxFreeName[], components: Components, within: string | undefined, braced: ReadonlyMap<string, unknown> = NO_VALUES_IN_BRACES): Tag | undefined {
  TAG_AT.lastIndex = at;
  const tag = TAG_AT.exec(line);
  if (!tag) return undefined;
  const [whole, name, attributes, selfClosing, closing] = tag;
  if (closing !== undefined) return { length: whole.length, name: closing, attributes: '', closes: closing };
  if (mayHoldLinkOrHeading(attributes)) return undefined;
  const component = componentOf(name);
  // What React may refuse to render is the parser's to say (mdx-parse.ts renderRefusalsOf), and so is where a <Link> goes.
  if (!component && ((VOID_ELEMENTS.has(name) && selfClosing !== '/') || VALUE_ELEMENTS.has(name) || mayHoldObjectProp(attributes))) return undefined;
  if (name === 'Link' && /\s(?:to|href)\b/.test(attributes)) return undefined;
  const id = component || name === 'details' ? writtenValue(attributes, 'id') : undefined;
  // A value with a character reference is decoded by the parser; one without a value is no id.
  if (id === null) return undefined;
  if (id !== undefined) {
    const as = component ? writtenValue(attributes, 'as') : undefined;
    if (as === null) return undefined;
    components.ids.push({ name, id, ...(as === undefined ? {} : { as }), line: lineNumber, column: at + 1 });
  }
  if (TAKES_ONE_TEXT.has(name)) return undefined; // what its children are (extract/mdx-translate.ts)
  if (component && /\slanguage(?![\w=-])/.test(attributes)) return undefined; // `language` without a value, which a CodeBlock refuses: the parser weighs its children (mdx-code-language.ts)
  if (component) {
    const written = attributeList(attributes);
    // A character reference in a text is decoded by the parser: its to read (MdxFacts.componentProps `texts`).
    if (written.some(([, value]) => value !== undefined && CHARACTER_REFERENCE.test(value))) return undefined;
    const texts = writtenTexts(written.map(([prop, value]) => [prop, value ?? (braced.has(prop) ? { estree: braced.get(prop) } : null)]));
    names.push({ name: component, usage: 'component', line: lineNumber, column: at + 1 });
    components.props.push({ name, props: written.map(([prop]) => prop), line: lineNumber, column: at + 1, ...(within ? { within } : {}), ...(texts ? { texts } : {}) });
  }
  return { length: whole.length, name, attributes, opens: selfClosing === '/' ? undefined : name };
}

const NO_VALUES_IN_BRACES: ReadonlyMap<string, unknown> = new Map();

/** What may be a character reference, which the parser decodes in an attribute's text (`&amp;`, `&#38;`); a `&` alone is text. */
const CHARACTER_REFERENCE = /&(?:#[xX][\da-fA-F]+|#\d+|[A-Za-z][A-Za-z\d]*);/;

/** The innermost component among the elements open (innermost last), as the parser gives it (MdxFacts.componentProps `within`). */
function innermostComponent(open: ReadonlyArray<string | number>): string | undefined {
  for (let i = open.length - 1; i >= 0; i--) {
    const item = open[i];
    if (typeof item === 'string' && componentOf(item) !== undefined) return item;
  }
  return undefined;
}

/** A plain tag: its length, its name and attributes as written, and the element it opens (none when it closes itself) or closes. */
interface Tag {
  /** On a `<Tabs>` over lines, the tabs its `values` lists (tagOverLines; 'unknown' when they are known only as the page runs). */
  listed?: readonly string[] | 'unknown';
  length: number;
  name: string;
  attributes: string;
  opens?: string;
  closes?: string;
}

/** `import(`, as a module loaded as the page runs starts (a word `import` before a parenthesis in text only costs a parse). */
const DYNAMIC_IMPORT = /\bimport\s*\(/;

/** Elements whose children the theme or React weighs one by one: <Tabs> (mdx-tabs.ts), and <head> and <Head> (react-refusals.ts). */
const CHOOSY_PARENTS: ReadonlySet<string> = new Set(['Tabs', 'head', 'Head']);

const TAG_ATTRIBUTE = /\s+([A-Za-z_][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'))?/g;
/** What a <Tabs> may be given here (each as text): anything else is the parser's to weigh, `lazy` too (mdx-tabs.ts, lazyHiddenTabsOf). */
const TABS_ATTRIBUTES = new Set(['groupId', 'className', 'defaultValue', 'queryString']);

/**
 * The children of `<Tabs>` and `<head>` on tags-only lines, followed tag by tag, to say whether
 * they are surely fine: every child of a `<Tabs>` a `<TabItem>` with a value of its own, at least
 * one, a `defaultValue` among them (mdx-tabs.ts); every child of a `<head>` an element
 * Docusaurus's Head renders (react-refusals.ts). Anything else (even what would be fine, such as
 * a `values` prop) is left to the parser, which gives the findings.
 */
class ChildrenRules {
  private readonly frames: Array<{ values: Set<string>; defaultValue: string | undefined; listed?: readonly string[] | 'unknown' }> = [];

  /** Whether the tag keeps every <Tabs> fine; `parent`: the innermost element open before it. */
  follow(tag: Tag, parent: string | number | undefined): boolean {
    if (tag.closes === 'Tabs') {
      const frame = this.frames.pop();
      if (frame?.listed !== undefined) return listedTabsFine(frame.listed, frame.defaultValue);
      return frame !== undefined && frame.values.size > 0 && (frame.defaultValue === undefined || frame.values.has(frame.defaultValue));
    }
    if (tag.closes !== undefined) return true;
    if (tag.name === 'Tabs') {
      const attributes = attributesOf(tag.attributes);
      if (tag.listed !== undefined) attributes.delete('values');
      if (tag.opens === undefined || [...attributes].some(([name, value]) => !TABS_ATTRIBUTES.has(name) || value === undefined)) return false;
      this.frames.push({ values: new Set(), defaultValue: attributes.get('defaultValue') || undefined, ...(tag.listed === undefined ? {} : { listed: tag.listed }) });
      return true;
    }
    if (tag.name === 'TabItem') {
      const value = attributesOf(tag.attributes).get('value');
      const frame = this.frames.at(-1);
      if (parent !== 'Tabs' || !frame || value === undefined || frame.values.has(value)) return false;
      frame.values.add(value);
      return true;
    }
    // What Docusaurus's Head renders (react-refusals.ts); the content of a <title> or <script> over lines is the parser's to weigh.
    if (parent === 'head' || parent === 'Head') return HEAD_ELEMENTS.has(tag.name) && !(TEXT_HEAD_ELEMENTS.has(tag.name) && tag.opens !== undefined);
    return parent !== 'Tabs'; // any other element directly inside a <Tabs> is a child it refuses
  }
}

/**
 * Whether a `<Tabs>` whose `values` lists its tabs is fine as the theme's rule reads it
 * (mdx-tabs.ts): some tabs, no value twice, a written defaultValue among them. Its children are
 * still followed as any `<Tabs>`'s, though the rule does not weigh them: where they are not
 * surely fine, the parser says.
 */
function listedTabsFine(listed: readonly string[] | 'unknown', defaultValue: string | undefined): boolean {
  if (listed === 'unknown') return true;
  return listed.length > 0 && new Set(listed).size === listed.length && (defaultValue === undefined || listed.includes(defaultValue));
}

/**
 * The value of the first attribute `name` of a plain tag, as the parser gives it: undefined when
 * there is none or it has no value, null when only the parser can say (a character reference).
 */
function writtenValue(text: string, name: string): string | null | undefined {
  const value = attributeList(text).find(([found]) => found === name)?.[1];
  return value?.includes('&') ? null : value;
}

/** A tag's attributes in the order written, each with its quoted value, or undefined for one without a value. */
const attributeList = (text: string): Array<[name: string, value: string | undefined]> => Array.from(text.matchAll(TAG_ATTRIBUTE), ([, name, double, single]) => [name, double ?? single]);

/** A tag's attributes, by name (the last one written of a name). */
const attributesOf = (text: string): Map<string, string | undefined> => new Map(attributeList(text));

/**
 * The component names the tags of one line use, or undefined when the line is not plain. Links
 * may sit among the tags: what is in brackets is text like any other, so an element only has to
 * close inside the brackets it opens in (a link's text ends at its `]`); a destination holds no
 * tag, and one with a `<` or `{` is left to the parser.
 */
function tagsOn(line: string, lineNumber: number, rendered: NonNullable<MdxFacts['renderedNames']>, components: Components, outer: ReadonlyArray<string | number>): MdxFreeName[] | undefined {
  const spans = codeSpansOf(line);
  const destinations = line.includes('](') ? destinationsOf(line) : [];
  if (!spans || !destinations || line.includes(']:')) return undefined;
  const skipped = [...spans, ...destinations].sort((a, b) => a[0] - b[0]);
  const names: MdxFreeName[] = [];
  const open: Array<{ name: string; brackets: number }> = [];
  // Each `[` not yet closed by a `]`, outside code, tags and destinations: whether it opens an
  // image's text (`![`), where the parser keeps text alone and drops any element or expression.
  const labels: boolean[] = [];
  let next = 0; // the next code span or destination
  for (let at = 0; at < line.length; at++) {
    if (next < skipped.length && at === skipped[next][0]) {
      const [start, end] = skipped[next++];
      if (destinations.some(([from]) => from === start) && /[<{]/.test(line.slice(start, end))) return undefined;
      at = end - 1; // code or an address: no tags in it
      continue;
    }
    const char = line[at];
    if ((char === '{' || char === '<') && labels.includes(true)) return undefined;
    if (char === '{') {
      const expression = expressionOn(line, at, lineNumber);
      if (!expression || expression.object) return undefined;
      if (expression.jsx) return undefined; // JSX in an expression: the parser says what it renders (mdx-parse.ts, expressionComponents)
      // A code span or destination found inside it is its text; one that ends after it leaves the line unsure.
      for (; next < skipped.length && skipped[next][0] < expression.end; next++) if (skipped[next][1] > expression.end) return undefined;
      names.push(...expression.names);
      if (expression.bare) {
        const within = innermostComponent(open.map(({ name }) => name)) ?? innermostComponent(outer);
        rendered.push({ ...renderedAs(expression), line: lineNumber, column: at + 1, ...(within ? { within } : {}) });
      }
      at = expression.end - 1;
      continue;
    }
    if (char === '\\') {
      // A character escape: the punctuation after it is text (`\{`, `\<`, `\*`). In an address
      // GFM makes a link of, the backslash is the address's, and what follows it may be MDX.
      if (inUrlLiteral(line.slice(0, at))) return undefined;
      if (ASCII_PUNCTUATION.test(line[at + 1] ?? '')) {
        if (next < skipped.length && skipped[next][0] === at + 1) return undefined; // code or a destination starts there
        at++;
      }
      continue;
    }
    if (open.length > 0 && EMPHASIS.test(char)) return undefined; // emphasis could cross the element
    if (char === '[') labels.push(line[at - 1] === '!');
    else if (char === ']') {
      // A `]` closing brackets an open element started outside of: the element would cross it.
      if (open.some((element) => element.brackets >= labels.length)) return undefined;
      labels.pop();
    }
    if (char !== '<') continue;
    if (line.startsWith('<!--', at)) {
      const end = commentEnd(line, at);
      // A code span or destination read across it, or what MDX may read as a block before it: the parser's.
      if (end === undefined || (next < skipped.length && skipped[next][0] < end) || BLOCK_PREFIX.test(line.slice(0, at))) return undefined;
      at = end - 1;
      continue;
    }
    const tag = tagAt(line, at, lineNumber, names, components, innermostComponent(open.map(({ name }) => name)) ?? innermostComponent(outer));
    if (!tag || tag.name === 'Tabs' || tag.name === 'TabItem') return undefined; // tabs within a line: the parser's (mdx-tabs.ts)
    if (tag.closes !== undefined) {
      const element = open.pop();
      if (element?.name !== tag.closes || element.brackets !== labels.length) return undefined;
    }
    if (tag.opens !== undefined) open.push({ name: tag.opens, brackets: labels.length });
    at += tag.length - 1;
  }
  return open.length > 0 ? undefined : names;
}
