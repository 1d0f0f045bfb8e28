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
 */
import type { PageExtract } from '../model/site.ts';
import { assembleExtract, definitionsOf, normalizeLabel, readInline, scanBlocks, type InlineFound, type Region } from './fast.ts';
import type { ReferenceParts } from './reference.ts';
import { readListRegions } from './fast-lists.ts';

/** The sentinels' label; a page that holds it is parsed whole, so a sentinel can never be the page's own. */
const SENTINEL = 'faq-region-end';

export function extractPage(markdown: string): PageExtract {
  const scan = scanBlocks(markdown);
  if (!scan) return reference().extractReference(markdown);
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
  if (scan.crlf || markdown.includes(SENTINEL)) return reference().extractReference(markdown);

  const fastDefinitions = definitionsOf(regions);
  const parsed = parseHardRegions(scan.lines, regions, fastDefinitions);
  if (!parsed) return reference().extractReference(markdown);
  const definitions = new Set([...fastDefinitions, ...parsed.definitions.map(({ identifier }) => normalizeLabel(identifier))]);
  if (sameSet(definitions, firstDefinitions)) return assembleExtract(fast, fastInline, [parsed]);
  // Definitions moved (from a region that turned hard, or from a hard region): read links again.
  const inline = fast.map((region) => readInline(region, definitions));
  if (inline.some((found) => found === undefined)) return reference().extractReference(markdown);
  return assembleExtract(fast, inline as InlineFound[], [parsed]);
}

/** Runs of consecutive hard regions, as line ranges. */
function hardRuns(regions: Region[]): Array<{ from: number; to: number }> {
  const runs: Array<{ from: number; to: number }> = [];
  for (const region of regions) {
    if (!region.hard) continue;
    const last = runs.at(-1);
    if (last && last.to === region.from) last.to = region.to;
    else runs.push({ from: region.from, to: region.to });
  }
  return runs;
}

/**
 * micromark's parts of the hard regions, at their lines in the page; undefined when a region did
 * not end afresh (see the module comment).
 */
function parseHardRegions(lines: string[], regions: Region[], fastDefinitions: Set<string>): ReferenceParts | undefined {
  // A blank first line: the text never starts with front matter.
  const text: string[] = [''];
  for (const label of fastDefinitions) text.push(`[${label}]: #`);
  const runs = hardRuns(regions).map((run, index) => {
    text.push('');
    const start = text.length + 1; // 1-based line of the run's first line in `text`
    for (let line = run.from; line < run.to; line++) text.push(lines[line]);
    // The last run may end the page: whatever it leaves open, the page ends there too.
    if (run.to < lines.length) text.push('', `[${SENTINEL}-${index}]: #`);
    return { ...run, start };
  });
  const parts = reference().referenceParts(text.join('\n'));
  // mdast identifiers are lower case; the scanner's labels are normalized as micromark matches them.
  const found = new Set(parts.definitions.map(({ identifier }) => normalizeLabel(identifier)));
  for (const [index, run] of runs.entries()) {
    if (run.to < lines.length && !found.has(normalizeLabel(`${SENTINEL}-${index}`))) return undefined;
  }
  /** The page's line of a line of `text`, or undefined for the lines added around the runs. */
  const pageLine = (line: number) => {
    for (const run of runs) {
      if (line >= run.start && line < run.start + (run.to - run.from)) return run.from + (line - run.start) + 1;
    }
    return undefined;
  };
  const moved = <T extends { line: number }>(items: T[]) =>
    items.flatMap((item) => {
      const line = pageLine(item.line);
      return line === undefined ? [] : [{ ...item, line }];
    });
  return {
    links: moved(parts.links),
    headings: moved(parts.headings),
    htmlIds: parts.htmlIds, // the added lines hold no HTML
    canonicals: moved(parts.canonicals),
    definitions: moved(parts.definitions),
  };
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
