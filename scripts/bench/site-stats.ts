/**
 * What a docs site's pages are made of, so the bench's generated site can be held to real ones:
 * page sizes, how often each Markdown construct appears, the share of bytes the check's fast
 * extractor answers (the rest goes to micromark, about ten times slower) and why it gives up on
 * the rest, the share of pages the MDX prefilter passes, and how much of the site
 * is byte-identical copies (versioned docs repeat most pages from one version to the next).
 *
 *   tsx scripts/bench/site-stats.ts DIR [DIR…] [--json]
 *   tsx scripts/bench/site-stats.ts --compare REAL_DIR… [--generated DIR | --pages N]
 *
 * DIR is a site folder (its docs/ and versioned_docs/ are read) or any folder of Markdown.
 * `--compare` prints the real sites, their mean and a generated site side by side, with the
 * generated site's distance to the mean in points; without `--generated` it generates the bench
 * site (`--pages`, default 10,000 over 3 versions, as `npm run bench`) in a temporary folder.
 *
 * Construct counts are line-based and skip fenced code, which is all a calibration needs; they
 * are not a parser. Why the fast path gives up is found without touching it: the shortest prefix
 * of the page it refuses ends on the line it refused, which is classified by pattern; that line
 * is then blanked and the search goes on, so a page's other reasons are found too.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { definitionsOf, extractFast, readInline, scanBlocks } from '../content/extract/fast.ts';
import { mdxSegments } from '../content/extract/mdx-blocks.ts';
import { simpleSegmentFacts } from '../content/extract/mdx-simple.ts';
import { preprocessMdx } from '../content/extract/mdx-preprocess.ts';
import { mayHoldMdx } from '../content/extract/mdx-prefilter.ts';
import { listFiles } from '../content/load/walk.ts';
import { parseFrontMatter } from '../content/model/front-matter.ts';
import { validatedBySchema } from '../content/model/front-matter-schema.ts';

/** Constructs counted per page: a line test, applied to lines outside fenced code. */
const LINE_CONSTRUCTS = {
  'list item': /^\s*(?:[-*+]|\d{1,9}[.)])\s/,
  'nested list item': /^(?: {2,}|\t)\s*(?:[-*+]|\d{1,9}[.)])\s/,
  'indented line (nested content)': /^(?: {2,}|\t)\S/,
  'fence inside a list': /^(?: {2,}|\t)(?:```|~~~)/,
  admonition: /^\s*:::\s*\w/,
  'table row': /^\s*\|.*\|\s*$/,
  'HTML/JSX line': /^\s*<\/?[A-Za-z][\w.-]*(?:\s|\/?>|$)/,
  'inline HTML/JSX': /\S[^`]*<\/?[A-Za-z][\w.-]*(?:\s[^>]*)?\/?>/,
  'HTML comment': /<!--/,
  import: /^import\s/,
  'partial import': /^import\s.*\.mdx?['"]/,
  '<Tabs>': /<Tabs\b/,
  'tab character': /\t/,
  'reference definition': /^ {0,3}\[[^\]]+\]:\s*\S/,
  '{#custom-id} heading': /^#{1,6}\s.*\{#[\w.-]+\}\s*$/,
  autolink: /<https?:\/\/[^>\s]*>/,
  '{expression}': /(?<![`\\]){[^}#\n]*}/,
  'heading': /^#{1,6}\s/,
  'link or image': /\]\(/,
} as const;

type ConstructName = keyof typeof LINE_CONSTRUCTS;
type Counted = ConstructName | 'fenced code';

/**
 * Why the fast extractor gave up, from the line it gave up on. Families group the reasons that
 * one widening of the extractor would cover: `nested` (list items and content indented under
 * an item), `html` (inline HTML/JSX and autolinks, tags inside paragraphs), `tab`, and `other`.
 */
const BAIL_REASONS: Array<{ reason: string; family: BailFamily; test: (line: string, previous: string | undefined) => boolean }> = [
  { reason: 'tab character', family: 'tab', test: (line) => line.includes('\t') },
  { reason: 'nested list item', family: 'nested', test: (line) => /^ +(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(line) },
  { reason: 'fence inside a list', family: 'nested', test: (line) => /^ +(?:`{3,}|~{3,})/.test(line) },
  { reason: 'HTML/JSX inside a list', family: 'nested', test: (line) => /^ +</.test(line) },
  { reason: 'other indented content (list paragraphs, indented code)', family: 'nested', test: (line) => /^ +\S/.test(line) },
  { reason: 'autolink', family: 'html', test: (line) => /<(?:https?|mailto|ftp):|<[^\s<>@]+@[^\s<>@]+>/.test(line) },
  { reason: 'HTML/JSX starting a line', family: 'html', test: (line) => /^ {0,3}</.test(line) },
  { reason: 'heading with markup', family: 'other', test: (line) => /^ {0,3}#{1,6}\s/.test(line) },
  { reason: 'inline HTML/JSX', family: 'html', test: (line) => /<[A-Za-z\/!]/.test(line) },
  { reason: 'list item starting with a block', family: 'nested', test: (line) => /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?: *$| {5,}| *(?:[-*+>#]|```))/.test(line) },
  { reason: 'text right after definitions', family: 'other', test: (_line, previous) => previous !== undefined && /^ {0,3}\[[^\]]+\]:/.test(previous) },
  { reason: 'definition the fast path does not model', family: 'other', test: (line) => /^ {0,3}\[[^\]]*\]:/.test(line) },
  { reason: 'setext heading', family: 'other', test: (line) => /^ {0,3}(?:=+|-+) *$/.test(line) },
  { reason: 'block quote holding blocks', family: 'other', test: (line) => /^ {0,3}>/.test(line) },
  { reason: 'link destination with <, & or \\', family: 'other', test: (line) => /\]\([^)\s]*[<&\\]/.test(line) },
];
type BailFamily = 'nested' | 'html' | 'tab' | 'other';
const FAMILIES: BailFamily[] = ['nested', 'html', 'tab', 'other'];

export interface SiteStats {
  dir: string;
  pages: number;
  bytes: number;
  size: { p10: number; median: number; mean: number; p90: number; max: number };
  /** Share of pages where the construct appears at least once. */
  pagesWith: Record<Counted, number>;
  /** Occurrences per 10,000 bytes of Markdown. */
  per10kBytes: Record<Counted, number>;
  /** Share of bytes in pages the fast extractor answers by itself. */
  fastShare: number;
  /** Share of bytes in the regions the fast scanner reads (the rest is micromark's: see page-extract.ts). */
  regionShare: number;
  /** Bytes of distinct segments the MDX parser sees, as a share of all bytes (see mdx-facts.ts). */
  mdxParsedShare: number;
  /** Share of the site's bytes in pages the fast extractor first gives up on for each reason. */
  firstBail: Record<string, number>;
  /** Share of the site's bytes in pages where the reason occurs at all (a page may have several). */
  anyBail: Record<string, number>;
  /**
   * Share of the site's bytes the fast path would answer if it handled this family of reasons
   * too (pages whose every reason is in the family, plus those it answers today).
   */
  fastShareIfHandled: Record<BailFamily | 'nested+html', number>;
  /** Share of pages whose front matter Docusaurus's schema validates: a key it describes, beyond the site's own rules' keys. */
  schemaPages: number;
  /** Share of pages, and of bytes, that the MDX prefilter (mayHoldMdx) sends to the MDX parser. */
  mdxPages: number;
  mdxBytes: number;
  /** Share of bytes in pages whose exact text another page already has (1 − unique bytes). */
  copyBytes: number;
  /** Share of the pages of each older version identical to a page of the next newer version, pooled. */
  olderIdenticalToNext: number;
  /**
   * Of the older versions' pages that the next newer version changed (same path, other text), the
   * share of bytes in blocks (runs of lines between blank lines) that the newer page has as they
   * are, pooled: how much of a page a release's edits leave alone.
   */
  keptInChangedPages: number;
  versions: number;
}

/** The Markdown files of a site: every version's docs folder, or the whole folder if it has none. */
export function markdownFilesOf(dir: string): string[] {
  return versionFolders(dir).flatMap((root) => markdownIn(root));
}

const markdownIn = (root: string) => listFiles(root).filter((file) => /\.mdx?$/.test(file)).map((file) => path.join(root, file));

/** Docs folders newest first: docs/, then versioned_docs/ in versions.json order (then any others). */
function versionFolders(dir: string): string[] {
  const docs = path.join(dir, 'docs');
  const versioned = path.join(dir, 'versioned_docs');
  if (!fs.existsSync(docs) && !fs.existsSync(versioned)) return [dir];
  const listed: string[] = fs.existsSync(path.join(dir, 'versions.json')) ? JSON.parse(fs.readFileSync(path.join(dir, 'versions.json'), 'utf8')) : [];
  const present = fs.existsSync(versioned) ? fs.readdirSync(versioned).filter((name) => name.startsWith('version-')).map((name) => name.slice('version-'.length)) : [];
  const ordered = [...listed.filter((name) => present.includes(name)), ...present.filter((name) => !listed.includes(name)).sort()];
  return [...(fs.existsSync(docs) ? [docs] : []), ...ordered.map((name) => path.join(versioned, `version-${name}`))];
}

/** Counts of each construct in one page's text. Pure. */
export function constructsIn(text: string): Record<Counted, number> {
  const counts = Object.fromEntries([...Object.keys(LINE_CONSTRUCTS), 'fenced code'].map((name) => [name, 0])) as Record<Counted, number>;
  let fence: string | undefined;
  const lines = text.split('\n');
  // Front matter is not Markdown: skip it.
  const frontMatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  for (const line of lines.slice(frontMatterEnd + 1)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      counts['fenced code']++;
    }
    for (const [name, pattern] of Object.entries(LINE_CONSTRUCTS)) if (pattern.test(line)) counts[name as ConstructName]++;
  }
  return counts;
}

/**
 * Every reason the fast extractor gives up on this page, in page order ([] when it answers).
 * Only extractFast's answer is used, so this follows whatever the extractor handles.
 */
export function bailReasonsOf(text: string, limit = 40): string[] {
  const lines = text.split('\n');
  const answers = (count: number) => extractFast(lines.slice(0, count).join('\n')) !== undefined;
  if (answers(lines.length)) return [];
  // The search starts after the front matter: a prefix that cuts it is refused for that alone.
  const frontMatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  let from = frontMatterEnd + 2;
  if (!answers(Math.min(from, lines.length)) && frontMatterEnd >= 0) return ['front matter, BOM or line endings'];
  const reasons: string[] = [];
  while (reasons.length < limit && !answers(lines.length)) {
    // The shortest refused prefix: refusals are decided line by line, or by a paragraph ending there.
    let low = from;
    let high = lines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (answers(middle)) low = middle + 1;
      else high = middle;
    }
    if (low <= from - 1 || low > lines.length) break;
    const line = lines[low - 1];
    reasons.push(BAIL_REASONS.find(({ test }) => test(line, lines[low - 2]))?.reason ?? 'other');
    lines[low - 1] = ''; // go on past it, to find the page's other reasons
    from = low;
  }
  return reasons;
}

const familyOf = (reason: string): BailFamily => BAIL_REASONS.find((entry) => entry.reason === reason)?.family ?? 'other';
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const hash = (text: string) => crypto.createHash('sha1').update(text).digest('base64');

/** Bytes of the regions of a page that the fast scanner reads, inline content included. */
function scannerBytesOf(text: string): number {
  const scan = scanBlocks(text);
  if (!scan) return 0;
  const definitions = definitionsOf(scan.regions);
  return scan.regions
    .filter((region) => !region.hard && readInline(region, definitions) !== undefined)
    .reduce((sum, { from, to }) => sum + Buffer.byteLength(scan.lines.slice(from, to).join('\n')) + 1, 0);
}

/** The characters of `text` in blocks (runs of lines between blank lines) that `other` holds as they are. */
function keptBlockBytes(text: string, other: string): number {
  const blocks = new Set(other.split(BLANK_LINES));
  return text.split(BLANK_LINES).reduce((kept, block) => kept + (blocks.has(block) ? block.length : 0), 0);
}
const BLANK_LINES = /\n[ \t]*\n/;

export function statsOf(dir: string): SiteStats {
  const folders = versionFolders(dir);
  const sizes: number[] = [];
  let bytes = 0;
  let fastBytes = 0;
  let mdxPages = 0;
  let mdxBytes = 0;
  let schemaPages = 0;
  let copyBytes = 0;
  let olderPages = 0;
  let olderIdentical = 0;
  const pagesWith: Record<string, number> = {};
  const totals: Record<string, number> = {};
  const firstBail: Record<string, number> = {};
  const anyBail: Record<string, number> = {};
  const ifHandled: Record<string, number> = Object.fromEntries([...FAMILIES, 'nested+html'].map((family) => [family, 0]));
  const seen = new Set<string>();
  let regionBytes = 0;
  const mdxSegmentTexts = new Set<string>();
  let newerVersion: Set<string> | undefined;
  let newerTexts = new Map<string, string>();
  let changedBytes = 0;
  let keptBytes = 0;
  for (const folder of folders) {
    const thisVersion = new Set<string>();
    const theseTexts = new Map<string, string>();
    for (const file of markdownIn(folder)) {
      const text = fs.readFileSync(file, 'utf8');
      const relative = path.relative(folder, file);
      theseTexts.set(relative, text);
      const newer = newerTexts.get(relative);
      if (newer !== undefined && newer !== text) {
        changedBytes += text.length;
        keptBytes += keptBlockBytes(text, newer);
      }
      const size = Buffer.byteLength(text);
      const digest = hash(text);
      sizes.push(size);
      bytes += size;
      if (seen.has(digest)) copyBytes += size;
      seen.add(digest);
      thisVersion.add(digest);
      if (newerVersion) {
        olderPages++;
        if (newerVersion.has(digest)) olderIdentical++;
      }
      if (validatedBySchema(parseFrontMatter(text).data)) schemaPages++;
      if (mayHoldMdx(text)) {
        mdxPages++;
        mdxBytes += size;
        const source = preprocessMdx(text);
        const cut = mdxSegments(source);
        if (!cut || cut.segments.some((segment) => segment.nestedFence)) mdxSegmentTexts.add(source);
        else {
          // Segments whose MDX is plain are read without the parser (mdx-simple.ts).
          const parsed = cut.segments.filter((segment) => segment.mdxLines.length > 0 && !simpleSegmentFacts(cut.bareLines, segment));
          for (const { from, to } of parsed) mdxSegmentTexts.add(cut.lines.slice(from, to).join('\n'));
        }
      }
      regionBytes += scannerBytesOf(text);
      const reasons = bailReasonsOf(text);
      if (reasons.length === 0) {
        fastBytes += size;
        for (const family of Object.keys(ifHandled)) ifHandled[family] += size;
      } else {
        firstBail[reasons[0]] = (firstBail[reasons[0]] ?? 0) + size;
        for (const reason of new Set(reasons)) anyBail[reason] = (anyBail[reason] ?? 0) + size;
        const families = new Set(reasons.map(familyOf));
        for (const family of FAMILIES) if (families.size === 1 && families.has(family)) ifHandled[family] += size;
        if ([...families].every((family) => family === 'nested' || family === 'html')) ifHandled['nested+html'] += size;
      }
      for (const [name, count] of Object.entries(constructsIn(text))) {
        totals[name] = (totals[name] ?? 0) + count;
        pagesWith[name] = (pagesWith[name] ?? 0) + (count > 0 ? 1 : 0);
      }
    }
    newerVersion = thisVersion;
    newerTexts = theseTexts;
  }
  sizes.sort((a, b) => a - b);
  const pages = sizes.length;
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const shares = (record: Record<string, number>, of: number) => Object.fromEntries(Object.entries(record).map(([name, value]) => [name, round(value / Math.max(of, 1))]));
  return {
    dir,
    pages,
    bytes,
    size: { p10: quantile(sizes, 0.1), median: quantile(sizes, 0.5), mean: Math.round(bytes / Math.max(pages, 1)), p90: quantile(sizes, 0.9), max: sizes.at(-1) ?? 0 },
    pagesWith: shares(pagesWith, pages) as SiteStats['pagesWith'],
    per10kBytes: shares(Object.fromEntries(Object.entries(totals).map(([name, count]) => [name, count * 10_000])), bytes) as SiteStats['per10kBytes'],
    fastShare: round(fastBytes / Math.max(bytes, 1)),
    regionShare: round(regionBytes / Math.max(bytes, 1)),
    mdxParsedShare: round([...mdxSegmentTexts].reduce((sum, text) => sum + Buffer.byteLength(text), 0) / Math.max(bytes, 1)),
    firstBail: shares(firstBail, bytes),
    anyBail: shares(anyBail, bytes),
    fastShareIfHandled: shares(ifHandled, bytes) as SiteStats['fastShareIfHandled'],
    schemaPages: round(schemaPages / Math.max(pages, 1)),
    mdxPages: round(mdxPages / Math.max(pages, 1)),
    mdxBytes: round(mdxBytes / Math.max(bytes, 1)),
    copyBytes: round(copyBytes / Math.max(bytes, 1)),
    olderIdenticalToNext: round(olderIdentical / Math.max(olderPages, 1)),
    keptInChangedPages: round(keptBytes / Math.max(changedBytes, 1)),
    versions: folders.length,
  };
}

// ---- Tables ---------------------------------------------------------------------------------

type Cell = number | string;
interface Row {
  label: string;
  values: Cell[];
  /** Percentages are shown rounded, and compared in points. */
  percent?: boolean;
}

function rowsOf(all: SiteStats[]): Row[] {
  const pct = (label: string, get: (s: SiteStats) => number | undefined): Row => ({ label, values: all.map((s) => get(s) ?? 0), percent: true });
  const num = (label: string, get: (s: SiteStats) => number): Row => ({ label, values: all.map(get) });
  const reasons = [...new Set(all.flatMap((s) => Object.keys(s.anyBail)))].sort((a, b) => Math.max(...all.map((s) => s.anyBail[b] ?? 0)) - Math.max(...all.map((s) => s.anyBail[a] ?? 0)));
  return [
    num('pages', (s) => s.pages),
    num('versions (docs folders)', (s) => s.versions),
    num('MB', (s) => Math.round(s.bytes / 1e5) / 10),
    num('page bytes p10', (s) => s.size.p10),
    num('page bytes median', (s) => s.size.median),
    num('page bytes mean', (s) => s.size.mean),
    num('page bytes p90', (s) => s.size.p90),
    num('page bytes max', (s) => s.size.max),
    pct('**bytes the fast path answers**', (s) => s.fastShare),
    pct('**bytes the fast scanner reads, by region**', (s) => s.regionShare),
    pct('distinct MDX segment bytes the MDX parser sees', (s) => s.mdxParsedShare),
    pct('… if it also handled nested list content', (s) => s.fastShareIfHandled.nested),
    pct('… if it also handled inline HTML/JSX', (s) => s.fastShareIfHandled.html),
    pct('… if it handled both', (s) => s.fastShareIfHandled['nested+html']),
    ...reasons.map((reason) => pct(`fast path gives up on: ${reason} (first · any)`, (s) => s.firstBail[reason] ?? 0)),
    pct('**pages with a front matter key Docusaurus\'s schema checks**', (s) => s.schemaPages),
    pct('**pages the MDX prefilter passes**', (s) => s.mdxPages),
    pct('bytes in pages the MDX prefilter passes', (s) => s.mdxBytes),
    pct('**bytes that copy another page exactly**', (s) => s.copyBytes),
    pct("older versions' pages identical in the next version", (s) => s.olderIdenticalToNext),
    pct("**of a page the next version changed, bytes in blocks it kept**", (s) => s.keptInChangedPages),
    ...Object.keys(all[0]?.pagesWith ?? {}).map((name) => ({ label: `${name} (pages with it · per 10 kB)`, values: all.map((s) => `${Math.round(s.pagesWith[name as Counted] * 100)}% · ${s.per10kBytes[name as Counted]}`) })),
  ].map((row) => (row.label.includes('(first · any)') ? { ...row, values: row.values.map((value, i) => `${Math.round(Number(value) * 100)}% · ${Math.round((all[i].anyBail[row.label.slice('fast path gives up on: '.length, -' (first · any)'.length)] ?? 0) * 100)}%`), percent: false } : row));
}

const show = (value: Cell, percent?: boolean) => (typeof value === 'string' ? value : percent ? `${Math.round(value * 100)}%` : String(value));
const markdownRow = (cells: string[]) => `| ${cells.join(' | ')} |`;

function table(all: SiteStats[]): string {
  const lines = [markdownRow(['', ...all.map((s) => path.basename(s.dir))]), markdownRow(['---', ...all.map(() => '---')])];
  for (const row of rowsOf(all)) lines.push(markdownRow([row.label, ...row.values.map((value) => show(value, row.percent))]));
  return `${lines.join('\n')}\n\n${NOTES}`;
}

/** Real sites, their mean (numbers and percentages; for construct rows the mean share of pages), then the generated site and its distance to the mean. */
function comparison(real: SiteStats[], generated: SiteStats): string {
  const all = [...real, generated];
  const lines = [
    markdownRow(['', ...real.map((s) => path.basename(s.dir)), '**real mean**', `**generated** (${path.basename(generated.dir)})`, 'generated − mean']),
    markdownRow(['---', ...all.map(() => '---'), '---', '---']),
  ];
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
  for (const row of rowsOf(all)) {
    const realValues = row.values.slice(0, real.length);
    const generatedValue = row.values[real.length];
    let meanCell = '';
    let delta = '';
    if (typeof generatedValue === 'number') {
      const m = mean(realValues as number[]);
      meanCell = row.percent ? `${Math.round(m * 100)}%` : String(Math.round(m * 10) / 10);
      delta = row.percent ? `${Math.round((generatedValue - m) * 100)} pts` : m > 0 ? `×${(generatedValue / m).toFixed(2)}` : '';
    } else {
      // "12% · 3.4": compare the share of pages with the construct.
      const pagesShare = (cell: Cell) => Number(String(cell).split('%')[0]);
      const m = mean(realValues.map(pagesShare));
      meanCell = `${Math.round(m)}%`;
      delta = `${Math.round(pagesShare(generatedValue) - m)} pts`;
    }
    lines.push(markdownRow([row.label, ...realValues.map((value) => show(value, row.percent)), meanCell, show(generatedValue, row.percent), delta]));
  }
  return `${lines.join('\n')}\n\n${NOTES}`;
}

const NOTES = [
  'construct rows: share of pages with it · occurrences per 10 kB (line-based, outside fenced code).',
  '"gives up on" rows: share of the site\'s bytes in pages where the fast path first gives up for that reason · where the reason occurs at all.',
  '"if it also handled": share of bytes the fast path would answer if every page whose only reasons are of that kind were answered too.',
  '',
].join('\n');

// ---- CLI ------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      compare: { type: 'boolean', default: false },
      generated: { type: 'string' },
      pages: { type: 'string', default: '10000' },
    },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    process.stderr.write('usage: tsx scripts/bench/site-stats.ts DIR [DIR…] [--json]\n       tsx scripts/bench/site-stats.ts --compare REAL_DIR… [--generated DIR | --pages N] [--json]\n');
    process.exit(2);
  }
  const real = positionals.map((dir) => statsOf(path.resolve(dir)));
  if (!values.compare) {
    process.stdout.write(values.json ? `${JSON.stringify(real, null, 2)}\n` : table(real));
    return;
  }
  let generatedDir = values.generated;
  let temporary: string | undefined;
  if (!generatedDir) {
    const { generateSite } = await import('./generate-site.ts');
    temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'site-stats-'));
    generatedDir = path.join(temporary, `bench-${values.pages}`);
    // As scripts/bench.ts makes it.
    generateSite(generatedDir, { pagesPerVersion: Math.round(Number(values.pages) / 3), versions: 3 });
  }
  try {
    const generated = statsOf(path.resolve(generatedDir));
    process.stdout.write(values.json ? `${JSON.stringify({ real, generated }, null, 2)}\n` : comparison(real, generated));
  } finally {
    if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
