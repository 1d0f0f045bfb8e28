/**
 * A page's links, headings and HTML anchors, exactly as micromark finds them, at the fast
 * scanner's speed wherever it can. The fast scanner (fast.ts) cuts the page into regions at the
 * lines where the parser surely starts afresh and reads those it models, lists with nested
 * content item by item (fast-lists.ts); the others ("hard" regions: tabs, lazy lines, inline
 * HTML at a line's start…) are parsed by micromark together, in one text.
 *
 * Why that text parses each region as the page does:
 * - it starts with the page's other definitions (references in a hard region resolve against
 *   every definition of the page), then holds the hard regions, each with its own lines;
 * - a region starts where the parser starts afresh in the page, and after each one comes a
 *   sentinel definition in column 0 after a blank line. A definition can start there only when
 *   nothing is left open (a fence or an HTML block that runs across blank lines would swallow
 *   it), so when micromark reads every sentinel as a definition, every region ended afresh, as
 *   the next one must start. When one does not, the whole page goes to micromark instead.
 * tests/unit/extract-regions.test.ts holds this to the reference on whole pages.
 *
 * MDX reads some indented lines otherwise (mdx-indentation.ts), and the lines of HTML blocks
 * that may hold Markdown (mdx-html-flow.ts). Those are always in hard regions, and the runs that
 * hold one are read a second time, as MDX reads them: the extract then carries MDX's links and
 * headings too, when they differ.
 */
import type { PageExtract } from '../model/site.ts';
import { assembleExtract, definitionsOf, normalizeLabel, readInline, scanBlocks, type InlineFound, type Region } from './fast.ts';
import type { ReadingOptions, ReferenceParts } from './reference.ts';
import { readListRegions } from './fast-lists.ts';
import type { SiteSyntax } from './site-syntax.ts';

/** The sentinels' label; a page that holds it is parsed whole, so a sentinel can never be the page's own. */
const SENTINEL = 'faq-region-end';

/** `syntax`: the site's own syntax, for a text that holds some: micromark reads it with it, whole (site-syntax.ts). */
export function extractPage(markdown: string, syntax?: SiteSyntax): PageExtract {
  if (syntax) return reference().extractReference(markdown, syntax);
  const extract = extractCommonMark(markdown);
  return markdown.includes('mdx-code-block') ? reference().withMdxCodeBlocks(markdown, extract) : extract;
}

function extractCommonMark(markdown: string): PageExtract {
  const scan = scanBlocks(markdown);
  if (!scan) return reference().extractWithoutCodeBlocks(markdown);
  const { regions } = scan;
  // Lists with nested content, read item by item (fast-lists.ts). CRLF pages keep their CRs in
  // HTML values, which the item scan does not: those go to micromark.
  if (!scan.crlf) readListRegions(scan.lines, regions);
  const firstDefinitions = definitionsOf(regions);
  const firstInline = regions.map((region) => (region.hard ? [] : readInline(region, firstDefinitions)));
  // A paragraph whose inline content the scanner does not model makes its region micromark's.
  firstInline.forEach((found, index) => {
    if (found === undefined) regions[index].hard = true;
  });
  const fast = regions.filter((region) => !region.hard);
  const fastInline = firstInline.filter((_, index) => !regions[index].hard) as InlineFound[];
  if (fast.length === regions.length) return assembleExtract(fast, fastInline, []);
  if (markdown.includes(SENTINEL)) return reference().extractWithoutCodeBlocks(markdown);

  const fastDefinitions = definitionsOf(regions);
  // micromark reads the hard regions' lines as the page has them: with their CRs, which HTML
  // values keep (a CR is part of its line's ending: no line or column moves).
  const lines = scan.crlf ? markdown.split('\n') : scan.lines;
  const runs = hardRuns(regions);
  const read = parseHardRegions(lines, runs, fastDefinitions);
  const commonMark = read && withHardParts(fast, fastInline, firstDefinitions, fastDefinitions, inPage(runs, read));
  if (!commonMark) return reference().extractWithoutCodeBlocks(markdown);
  if (read!.every(({ parts }) => parts.mdxMayDiffer.length === 0)) return commonMark;
  // A comment that a run leaves open may run on over the next ones to MDX, whose comments go on
  // over blank lines: the runs no longer start afresh, and the whole page is read.
  if (runs.some(({ from, to }) => leavesCommentOpen(lines.slice(from, to).join('\n')))) return reference().withMdxReading(markdown, commonMark, true);
  // MDX reads indented code and HTML blocks as Markdown, and lets a block start at any
  // indentation (reference.ts). Only hard regions can read otherwise: the fast scanner gives up
  // on indented blocks, on HTML blocks that may hold Markdown, and on a paragraph's indented
  // lines that could start a block.
  const mdxRead = readAsMdx(lines, runs, read!, fastDefinitions);
  const mdx = mdxRead && withHardParts(fast, fastInline, firstDefinitions, fastDefinitions, inPage(runs, mdxRead));
  return mdx ? reference().withMdxExtract(commonMark, mdx) : reference().withMdxReading(markdown, commonMark, true);
}

const MDX_READING: ReadingOptions = { indentedCode: false };

const leavesCommentOpen = (text: string) => text.lastIndexOf('<!--') > text.lastIndexOf('-->');

/**
 * The runs as MDX reads them: those where it may differ (mdxMayDiffer) read again without
 * indented code or HTML blocks (or found read so before, on this thread), the others as they were (they read
 * the same either way, and each starts afresh). When a definition MDX reads in one run may serve
 * another run, all are read again together. Undefined when a run no longer ends afresh.
 */
function readAsMdx(lines: string[], runs: Run[], read: RunParts[], fastDefinitions: Set<string>): RunParts[] | undefined {
  const differing = read.map(({ parts }) => parts.mdxMayDiffer.length > 0);
  const again = parseHardRegions(lines, runs.filter((_, index) => differing[index]), fastDefinitions, MDX_READING);
  if (!again) return undefined;
  let next = 0;
  const mdx = read.map((parts, index) => (differing[index] ? again[next++] : parts));
  return mayServeAnotherRun(lines, runs, mdx) ? parseRuns(lines, runs, fastDefinitions, MDX_READING) : mdx;
}

/** The page's extract from its fast regions' parts and micromark's of the hard ones; undefined when the fast regions cannot be read again with the definitions the hard ones add. */
function withHardParts(fast: Region[], fastInline: InlineFound[], firstDefinitions: Set<string>, fastDefinitions: Set<string>, parsed: HardParts): PageExtract | undefined {
  const definitions = new Set([...fastDefinitions, ...parsed.definitions.map(({ identifier }) => normalizeLabel(identifier))]);
  if (sameSet(definitions, firstDefinitions)) return assembleExtract(fast, fastInline, [parsed]);
  // Definitions moved (from a region that turned hard, or from a hard region): read links again.
  const inline = fast.map((region) => readInline(region, definitions));
  if (inline.some((found) => found === undefined)) return undefined;
  return assembleExtract(fast, inline as InlineFound[], [parsed]);
}

/** A run of consecutive hard regions, as a line range (0-based, end excluded). */
interface Run {
  from: number;
  to: number;
}

/** What micromark found in the hard regions, at their lines in the page. */
type HardParts = Omit<ReferenceParts, 'htmlIds'> & { htmlIds: string[] };

/** Runs of consecutive hard regions. */
function hardRuns(regions: Region[]): Run[] {
  const runs: Run[] = [];
  for (const region of regions) {
    if (!region.hard) continue;
    const last = runs.at(-1);
    if (last && last.to === region.from) last.to = region.to;
    else runs.push({ from: region.from, to: region.to });
  }
  return runs;
}

/**
 * micromark's parts of each run of hard regions; undefined when a region did not end afresh (see
 * the module comment). Runs read before, on this thread, are not read again: versions of a page
 * repeat most of its hard regions.
 */
function parseHardRegions(lines: string[], runs: Run[], fastDefinitions: Set<string>, reading: ReadingOptions = {}): RunParts[] | undefined {
  const cache = reading.indentedCode === false ? readMdxRuns : readRuns;
  // A run's parts depend on its lines and on the page's definitions (a reference resolves
  // against them), and on nothing before it: it starts afresh.
  const context = [...fastDefinitions].sort().join('\n');
  const keys = runs.map(({ from, to }) => `${context}\0${lines.slice(from, to).join('\n')}`);
  const endsPage = (run: Run) => run.to === lines.length;
  const found = runs.map((run, index) => {
    const read = cache.get(keys[index]);
    return read && (read.closed || endsPage(run)) ? read : undefined;
  });
  const missing = runs.filter((_, index) => !found[index]);
  const parsed = missing.length > 0 ? parseRuns(lines, missing, fastDefinitions, reading) : [];
  if (!parsed) return undefined;
  let next = 0;
  const all = runs.map((_, index) => found[index] ?? parsed[next++]);
  // A definition in a run may serve a reference in another: then all are read together, and
  // none is kept (a kept run reads the same in any page).
  if (mayServeAnotherRun(lines, runs, all)) {
    return missing.length === runs.length ? parsed : parseRuns(lines, runs, fastDefinitions, reading);
  }
  runs.forEach((_, index) => {
    if (found[index]) return;
    if (cache.size >= READ_RUNS_LIMIT) cache.clear();
    cache.set(keys[index], all[index]);
  });
  return all;
}

/**
 * Whether a definition in one run may serve a reference in another, so that the runs read
 * otherwise alone than together. A footnote's definition always may. A link's may only where its
 * label, in brackets, is in another run's text: compared without whitespace or `>` (a label may go
 * over lines, inside a list item or a quote) and folded as micromark folds labels. That is true of
 * every reference to it, so a page's `[//]: # (comment)` lines no longer keep its other runs from
 * being read once for every version that repeats them.
 */
function mayServeAnotherRun(lines: string[], runs: Run[], read: RunParts[]): boolean {
  if (read.some(({ parts }) => parts.footnoteDefinitions.length > 0)) return true;
  const defining = read.flatMap(({ parts }, index) => parts.definitions.map(({ identifier }) => ({ index, bracketed: `[${foldedLabelText(identifier)}]` })));
  if (defining.length === 0) return false;
  const texts = runs.map((run) => foldedLabelText(lines.slice(run.from, run.to).join('\n')));
  return defining.some(({ index, bracketed }) => texts.some((text, other) => other !== index && text.includes(bracketed)));
}

/** Text as label matching sees it (normalizeLabel's case folding), with every space, line break and `>` taken out. */
const foldedLabelText = (text: string) => text.replace(/[\s>]+/g, '').toLowerCase().toUpperCase();

/** What micromark found in one run, at lines counted from the run's first line (line 1). */
interface RunParts {
  parts: ReferenceParts;
  /** Whether the run ended afresh, so that another may follow it; a run that ends the page was not asked. */
  closed: boolean;
}

/** Runs read on this thread, by their page's definitions and their lines: as CommonMark reads them, and as MDX does. */
const readRuns = new Map<string, RunParts>();
const readMdxRuns = new Map<string, RunParts>();
const READ_RUNS_LIMIT = 20_000;

/**
 * micromark's parts of each run, parsed in one text: the page's definitions, then each run
 * after a blank line, then a sentinel definition unless the run ends the page (whatever it
 * leaves open, the page ends there too). Undefined when a run before another did not end afresh.
 */
function parseRuns(lines: string[], runs: Run[], fastDefinitions: Set<string>, reading: ReadingOptions = {}): RunParts[] | undefined {
  // A blank first line: the text never starts with front matter.
  const text: string[] = [''];
  for (const label of fastDefinitions) text.push(`[${label}]: #`);
  const starts = runs.map((run, index) => {
    text.push('');
    const start = text.length + 1; // 1-based line of the run's first line in `text`
    for (let line = run.from; line < run.to; line++) text.push(lines[line]);
    if (run.to < lines.length) text.push('', `[${SENTINEL}-${index}]: #`);
    return start;
  });
  const parts = reference().referenceParts(text.join('\n'), reading);
  // mdast identifiers are lower case; the scanner's labels are normalized as micromark matches them.
  const definitions = new Set(parts.definitions.map(({ identifier }) => normalizeLabel(identifier)));
  const closed = runs.map((run, index) => run.to < lines.length && definitions.has(normalizeLabel(`${SENTINEL}-${index}`)));
  if (runs.some((run, index) => run.to < lines.length && !closed[index])) return undefined;
  return runs.map((run, index) => {
    const first = starts[index];
    const last = first + (run.to - run.from); // the line after the run
    // The run's own items, at its lines; the added lines hold the page's definitions and the sentinels.
    const own = <T extends { line: number }>(items: T[]) =>
      items.flatMap((item) => (item.line >= first && item.line < last ? [{ ...item, line: item.line - first + 1 }] : []));
    return {
      parts: { links: own(parts.links), headings: own(parts.headings), htmlIds: own(parts.htmlIds), canonicals: own(parts.canonicals), definitions: own(parts.definitions), references: own(parts.references), footnoteDefinitions: own(parts.footnoteDefinitions), footnoteCalls: own(parts.footnoteCalls), mdxMayDiffer: own(parts.mdxMayDiffer) },
      closed: closed[index],
    };
  });
}

/** The runs' parts at their lines in the page, one list per kind. */
function inPage(runs: Run[], read: RunParts[]): HardParts {
  const page: HardParts = { links: [], headings: [], htmlIds: [], canonicals: [], definitions: [], references: [], footnoteDefinitions: [], footnoteCalls: [], mdxMayDiffer: [] };
  runs.forEach((run, index) => {
    const { links, headings, htmlIds, canonicals, definitions, references, footnoteDefinitions, footnoteCalls, mdxMayDiffer } = read[index].parts;
    const at = <T extends { line: number }>(item: T) => ({ ...item, line: item.line + run.from });
    for (const link of links) page.links.push(at(link));
    for (const heading of headings) page.headings.push(at(heading));
    for (const { id } of htmlIds) page.htmlIds.push(id);
    for (const canonical of canonicals) page.canonicals.push(at(canonical));
    for (const definition of definitions) page.definitions.push(at(definition));
    for (const reference of references) page.references.push(at(reference));
    for (const footnote of footnoteDefinitions) page.footnoteDefinitions.push(at(footnote));
    for (const call of footnoteCalls) page.footnoteCalls.push(at(call));
    for (const line of mdxMayDiffer) page.mdxMayDiffer.push(at(line));
  });
  return page;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

// The remark stack is most of the start-up time: load it only when a page needs it.
let referenceModule: typeof import('./reference.ts') | undefined;
function reference(): typeof import('./reference.ts') {
  referenceModule ??= require('./reference.ts') as typeof import('./reference.ts');
  return referenceModule;
}
