/**
 * What a docs site's pages are made of, so the bench's generated site can be held to real ones:
 * page sizes, how often each Markdown construct appears, and the share of bytes the check's
 * fast extractor answers (the rest goes to micromark, about ten times slower).
 *
 *   tsx scripts/bench/site-stats.ts DIR [DIR…] [--json]
 *
 * DIR is a site folder (its docs/ and versioned_docs/ are read) or any folder of Markdown.
 * Counts are line-based and skip fenced code, which is all a calibration needs; they are not a parser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractFast } from '../content/extract/fast.ts';
import { listFiles } from '../content/load/walk.ts';

/** Constructs counted per page: a line test, applied to lines outside fenced code. */
const LINE_CONSTRUCTS = {
  'list item': /^\s*(?:[-*+]|\d{1,9}[.)])\s/,
  'indented line (nested content)': /^(?: {2,}|\t)\S/,
  'fence inside a list': /^(?: {2,}|\t)(?:```|~~~)/,
  admonition: /^\s*:::\s*\w/,
  'table row': /^\s*\|.*\|\s*$/,
  'HTML/JSX line': /^\s*<\/?[A-Za-z][\w.-]*(?:\s|\/?>|$)/,
  'inline HTML/JSX': /\S[^`]*<\/?[A-Za-z][\w.-]*(?:\s[^>]*)?\/?>/,
  import: /^import\s/,
  'partial import': /^import\s.*\.mdx?['"]/,
  '<Tabs>': /<Tabs\b/,
  'tab character': /\t/,
  'reference definition': /^ {0,3}\[[^\]]+\]:\s*\S/,
  '{#custom-id} heading': /^#{1,6}\s.*\{#[\w.-]+\}\s*$/,
  autolink: /<https?:\/\/[^>\s]*>/,
  '{expression}': /(?<![`\\]){[^}#\n]*}/,
} as const;

type ConstructName = keyof typeof LINE_CONSTRUCTS;

export interface SiteStats {
  dir: string;
  pages: number;
  bytes: number;
  size: { median: number; p90: number; max: number };
  /** Share of pages where the construct appears at least once. */
  pagesWith: Record<ConstructName | 'fenced code', number>;
  /** Occurrences per 10,000 bytes of Markdown. */
  per10kBytes: Record<ConstructName | 'fenced code', number>;
  /** Share of bytes in pages the fast extractor answers by itself. */
  fastShare: number;
}

/** The Markdown files of a site: every version's docs folder, or the whole folder if it has none. */
export function markdownFilesOf(dir: string): string[] {
  const roots = ['docs', 'versioned_docs'].map((name) => path.join(dir, name)).filter((root) => fs.existsSync(root));
  return (roots.length > 0 ? roots : [dir]).flatMap((root) =>
    listFiles(root).filter((file) => /\.mdx?$/.test(file)).map((file) => path.join(root, file)),
  );
}

/** Counts of each construct in one page's text. Pure. */
export function constructsIn(text: string): Record<ConstructName | 'fenced code', number> {
  const counts = Object.fromEntries([...Object.keys(LINE_CONSTRUCTS), 'fenced code'].map((name) => [name, 0])) as Record<ConstructName | 'fenced code', number>;
  let fence: string | undefined;
  for (const line of text.split('\n')) {
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

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export function statsOf(dir: string): SiteStats {
  const files = markdownFilesOf(dir);
  const sizes: number[] = [];
  let bytes = 0;
  let fastBytes = 0;
  const pagesWith: Record<string, number> = {};
  const totals: Record<string, number> = {};
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const size = Buffer.byteLength(text);
    sizes.push(size);
    bytes += size;
    if (extractFast(text) !== undefined) fastBytes += size;
    for (const [name, count] of Object.entries(constructsIn(text))) {
      totals[name] = (totals[name] ?? 0) + count;
      pagesWith[name] = (pagesWith[name] ?? 0) + (count > 0 ? 1 : 0);
    }
  }
  sizes.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    dir,
    pages: files.length,
    bytes,
    size: { median: quantile(sizes, 0.5), p90: quantile(sizes, 0.9), max: sizes.at(-1) ?? 0 },
    pagesWith: Object.fromEntries(Object.entries(pagesWith).map(([name, count]) => [name, round(count / Math.max(files.length, 1))])) as SiteStats['pagesWith'],
    per10kBytes: Object.fromEntries(Object.entries(totals).map(([name, count]) => [name, round((count * 10_000) / Math.max(bytes, 1))])) as SiteStats['per10kBytes'],
    fastShare: round(fastBytes / Math.max(bytes, 1)),
  };
}

function table(all: SiteStats[]): string {
  const names = all.map((stats) => path.basename(stats.dir));
  const row = (label: string, values: Array<string | number>) => `| ${label} | ${values.join(' | ')} |`;
  const lines = [row('', names), row('---', names.map(() => '---'))];
  lines.push(row('pages', all.map((s) => s.pages)), row('MB', all.map((s) => (s.bytes / 1e6).toFixed(1))));
  lines.push(row('page bytes median / p90 / max', all.map((s) => `${s.size.median} / ${s.size.p90} / ${s.size.max}`)));
  lines.push(row('**bytes the fast path answers**', all.map((s) => `${Math.round(s.fastShare * 100)}%`)));
  for (const name of Object.keys(all[0]?.pagesWith ?? {})) {
    lines.push(row(name, all.map((s) => `${Math.round(s.pagesWith[name as ConstructName] * 100)}% · ${s.per10kBytes[name as ConstructName]}`)));
  }
  return `${lines.join('\n')}\n\nconstruct rows: share of pages with it · occurrences per 10 kB\n`;
}

if (require.main === module) {
  const { values, positionals } = parseArgs({ options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length === 0) {
    process.stderr.write('usage: tsx scripts/bench/site-stats.ts DIR [DIR…] [--json]\n');
    process.exit(2);
  }
  const all = positionals.map((dir) => statsOf(path.resolve(dir)));
  process.stdout.write(values.json ? `${JSON.stringify(all, null, 2)}\n` : table(all));
}
