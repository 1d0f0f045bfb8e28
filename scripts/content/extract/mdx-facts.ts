/**
 * The MDX facts of a text. Most pages hold no MDX syntax at all: MDX can only fail, or use a
 * name, where the text has a `<`, a `{`, or a line starting with `import`/`export` (the only
 * ways into JSX, expressions and ESM) outside front matter and fenced code. Other texts skip
 * the parser, whose stack is loaded only when a text needs it. tests/unit/mdx-differential
 * checks this against Docusaurus's compiler.
 */
import type { MdxFacts } from '../model/site.ts';
import { preprocessMdx } from './mdx-preprocess.ts';
import { mayHoldMdx } from './mdx-prefilter.ts';
import { ESM_LINE, mdxSegments, SEGMENT_END_LABEL, type MdxSegment } from './mdx-blocks.ts';
import { simpleSegmentFacts } from './mdx-simple.ts';
import { usedImportsOf } from './mdx-imports.ts';
import { addDeferred, deferredOf, newDeferredLog, pageDeferred, withoutBound } from './mdx-deferred.ts';
import { unreadableLiteralUrls } from './url-literals.ts';
import { opensUnclosedFrontMatter } from './page-lines.ts';
import { positionAt } from '../model/text-position.ts';
import { htmlBlockLinesToRead, markdownInHtmlOfPlainSegment } from './mdx-html-links.ts';
import { mdx1SyntaxOf } from './mdx1-syntax.ts';
import type { SiteSyntax } from './site-syntax.ts';

export { mayHoldMdx };

/**
 * `syntax`: the site's own syntax, for a text that holds some (site-syntax.ts). Such a text is
 * parsed whole, with it: the prefilter and the parts know Docusaurus's syntax alone.
 */
export function mdxFactsOf(text: string, syntax?: SiteSyntax): MdxFacts {
  const facts: MdxFacts = { parsed: false, freeNames: [], imports: [], bound: [] };
  const nul = text.indexOf('\0');
  if (nul >= 0) return { ...facts, binaryAt: positionAt(text, nul) }; // not a text: parsing it only yields noise
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) facts.replacementCharAt = positionAt(text, replacement);
  // The MDX compiler (remark-frontmatter) then renders the page's top as text.
  if (opensUnclosedFrontMatter(text)) facts.unclosedFrontMatterAt = { line: 1, column: 1 };
  // Found in every text: a page whose only braces are `{#id}` holds no MDX the parser must see.
  Object.assign(facts, mdx1SyntaxOf(text));
  const parsed: MdxFacts = syntax ? { ...facts, ...pageFacts(loadParser()(preprocessMdx(text), {}, syntax)), parsed: true }
    : mayHoldMdx(text) ? { ...facts, ...pageFacts(parseInParts(preprocessMdx(text))), parsed: true } : facts;
  const unreadableUrls = unreadableLiteralUrls(text, !parsed.syntaxError);
  return unreadableUrls ? { ...parsed, unreadableUrls } : parsed;
}

type ParseMdx = typeof import('./mdx-parse.ts').parseMdxSource;
type Parsed = ReturnType<ParseMdx>;

/** A part's facts as the whole page's: deferred reads count only where some function defers them. */
function pageFacts({ deferred, ...facts }: Parsed): Parsed {
  return { ...facts, ...pageDeferred(deferred) };
}

// The parser loads on the first segment that needs it: most pages' segments are plain.
const parseWithLoadedParser: ParseMdx = (text, details) => loadParser()(text, details);

/**
 * Parse only the segments that can hold MDX (mdx-blocks.ts cuts a page only where the parser
 * starts afresh, so each segment parses as it does in the page). When a segment shows a cut
 * through something left open (a syntax error, or a definition after it swallowed), the whole
 * page is parsed, and the writer sees what Docusaurus reports.
 */
export function parseInParts(source: string, parse: ParseMdx = parseWithLoadedParser): Parsed {
  const cut = mdxSegments(source);
  if (cut === undefined) return parse(source);
  return parseSegments(cut, parse) ?? parse(source);
}

/**
 * Segment texts this thread has read, with what they hold, in the lines of the parse below (the
 * segment's first line is line 2). Versions of a page repeat most of its segments, and so do
 * pages cut from one template; a site holds far fewer distinct ones.
 */
type SegmentFacts = Parsed & {
  importedNames: string[];
  /** Whether the segment leaves nothing open: it may end anywhere, not only at the page's end. */
  closed: boolean;
};
const readSegments = new Map<string, SegmentFacts>();
const READ_SEGMENTS_LIMIT = 50_000;

/**
 * Each segment that can hold MDX read on its own (or found read), with its lines moved to where
 * it is; the names one segment binds count in every other. A segment parses alone as in the
 * page when it starts afresh (every cut is such a place) and leaves nothing open for the next
 * one: an element or expression left open is an error alone, and a comment left open swallows
 * the definition parsed after the segment. The page's last segment has no next one: a container
 * it leaves open (a `:::note` never closed) runs to the end of the page there as in the page.
 * Undefined when a segment has a syntax error or leaves something open before another, for the
 * caller to parse the whole page.
 */
function parseSegments({ lines, bareLines, segments }: { lines: string[]; bareLines: string[]; segments: MdxSegment[] }, parse: ParseMdx): Parsed | undefined {
  const freeNames: Parsed['freeNames'] = [];
  const imports: Parsed['imports'] = [];
  const more: PlacedLists = {};
  const bound = new Set<string>();
  const read: string[] = []; // names of imports that segments read, their own or earlier ones'
  // The ESM parser reads each import or export after the names earlier imports bind (binding one
  // again is an error): a segment with ESM is parsed after an import of those names.
  const imported = new Set<string>();
  const deferred = newDeferredLog();
  // A segment with an indented fence is parsed too, though it may hold no MDX: its check at the
  // end is what proves that the fence ended inside it (see mdx-blocks.ts).
  for (const segment of segments.filter(({ mdxLines, nestedFence }) => mdxLines.length > 0 || nestedFence)) {
    const text = lines.slice(segment.from, segment.to).join('\n');
    const esm = segment.mdxLines.some((index) => ESM_LINE.test(lines[index]));
    const context = imported.size > 0 && esm ? `import {${[...imported].join(', ')}} from '${SEGMENT_END_LABEL}';` : '';
    const key = `${context}\n${text}`;
    let facts = readSegments.get(key);
    if (!facts) {
      facts = segmentFacts(bareLines, segment, text, context, imported, parse);
      if (!facts) return undefined;
      if (readSegments.size >= READ_SEGMENTS_LIMIT) readSegments.clear();
      readSegments.set(key, facts);
    }
    if (!facts.closed && segment.to < lines.length) return undefined;
    const shift = segment.from - 1;
    for (const name of facts.freeNames) freeNames.push({ ...name, line: name.line + shift });
    for (const found of facts.imports) imports.push({ ...found, line: found.line + shift });
    for (const key of PLACED_LISTS) for (const found of facts[key] ?? []) ((more[key] ??= []) as Array<typeof found>).push(movedDown(found, shift));
    for (const name of facts.bound) bound.add(name);
    for (const name of facts.importedNames) imported.add(name);
    read.push(...(facts.usedImports ?? []));
    addDeferred(deferred, facts.deferred);
  }
  const usedImports = usedImportsOf(imports, [...read, ...freeNames.map(({ name }) => name)]);
  return { freeNames: withoutBound(freeNames, bound, deferred), imports, bound: [...bound].sort(), ...(usedImports ? { usedImports } : {}), ...more, ...deferredOf(deferred) };
}

/** The facts besides names and imports that hold places in the text, each absent when empty. */
const PLACED_LISTS = ['renderRefusals', 'tabs', 'lazyHiddenTabs', 'exported', 'jsxLinks', 'maybeJsxLinks', 'cardLinks', 'markdownInHtml', 'headingsInHtml', 'renderedNames', 'componentProps', 'expressionComponents', 'componentIds', 'topLevelHooks', 'scriptSpans', 'memberElements'] as const;
type PlacedLists = Partial<Pick<Parsed, (typeof PLACED_LISTS)[number]>>;

/** A found thing `by` lines further down, its end too when it has one (a span). */
function movedDown<T extends { line: number; endLine?: number }>(found: T, by: number): T {
  return found.endLine === undefined ? { ...found, line: found.line + by } : { ...found, line: found.line + by, endLine: found.endLine + by };
}

/** Those lists of `facts`, each item passed through `change` (or dropped, for undefined), each list kept only when not empty. */
function placedLists(facts: PlacedLists, change: <T extends { line: number }>(found: T) => T | undefined): PlacedLists {
  const lists: PlacedLists = {};
  for (const key of PLACED_LISTS) {
    const changed = (facts[key] as Array<{ line: number }> | undefined)?.flatMap((found) => change(found) ?? []);
    if (changed && changed.length > 0) (lists as Record<string, unknown>)[key] = changed;
  }
  return lists;
}

/** One segment's facts: without the parser when its MDX is plain (mdx-simple.ts), from the parser otherwise. */
function segmentFacts(bareLines: string[], segment: MdxSegment, text: string, context: string, imported: Set<string>, parse: ParseMdx): SegmentFacts | undefined {
  // With CRLF line endings (release notes written on Windows), mdx-simple.ts reads the lines
  // without their CRs: each is part of its line's ending.
  // An HTML block holding a `[` or a `#` may hold Markdown links or headings that CommonMark did not read: read here
  // where that is sure, else by the parser (mdx-html-links.ts).
  const simple = simpleSegmentFacts(bareLines, segment, [...imported]);
  const blockLines = simple ? htmlBlockLinesToRead(text) : undefined;
  const inHtml = blockLines && blockLines.size > 0 ? markdownInHtmlOfPlainSegment(text, blockLines, new Set(segment.fenceLines.map((index) => index - segment.from + 1))) : { markdownInHtml: [], headingsInHtml: [] };
  const below = <T extends { line: number }>(found: T) => movedDown(found, 1);
  if (simple && inHtml) {
    const facts = { ...simple, ...(inHtml.markdownInHtml.length > 0 ? { markdownInHtml: inHtml.markdownInHtml } : {}), ...(inHtml.headingsInHtml.length > 0 ? { headingsInHtml: inHtml.headingsInHtml } : {}) };
    return { ...facts, freeNames: simple.freeNames.map(below), imports: simple.imports.map(below), ...placedLists(facts, below), closed: true };
  }
  // A line before the segment, as in the page (a segment that starts with `---` is no front
  // matter), holding the context if any; a definition after it.
  const parseAfter = (before: string) => {
    const details = { definitions: [] as string[], importedNames: [] as string[], holdsEsm: false };
    return { parsed: parse(`${before}\n${text}\n\n[${SEGMENT_END_LABEL}]: #`, details), details };
  };
  // The context's import and a first line that is no ESM are read as one ESM block, which fails:
  // a line like ESM in a template string (`export TOKEN=…` in a shell example) would have the
  // whole page parsed. Without ESM the context changes nothing.
  let read = context && !ESM_LINE.test(text) ? parseAfter('') : undefined;
  if (!read || read.parsed.syntaxError || read.details.holdsEsm) read = parseAfter(context);
  const { parsed, details } = read;
  if (parsed.syntaxError) return undefined;
  const own = (found: { line: number }) => found.line > 1;
  const closed = details.definitions.includes(SEGMENT_END_LABEL);
  const { renderRefusals, tabs, exported, jsxLinks, markdownInHtml, scriptSpans, ...rest } = parsed;
  // The context's import and ESM at the segment's top are one block: the segment's part of it starts on line 2.
  const ownSpans = scriptSpans?.flatMap((span) => (span.line > 1 ? [span] : span.endLine > 1 ? [{ ...span, line: 2, column: 1 }] : []));
  return {
    ...rest, freeNames: parsed.freeNames.filter(own), imports: parsed.imports.filter(own), ...placedLists({ ...parsed, scriptSpans: ownSpans }, (found) => (own(found) ? found : undefined)),
    importedNames: details.importedNames.filter((name) => !imported.has(name)), closed,
  };
}

// The unified/micromark MDX stack and acorn take a while to load: only when a text needs them.
let parser: ParseMdx | undefined;
function loadParser() {
  parser ??= (require('./mdx-parse.ts') as typeof import('./mdx-parse.ts')).parseMdxSource;
  return parser;
}
