/**
 * Front matter, parsed with gray-matter's YAML engine: the data, where each key is, and where the
 * YAML breaks if it does. No judgement here: what a field means is in front-matter-schema.ts, and
 * the front-matter rule checks it on every run.
 */
import type { FrontMatter, YamlError } from './site.ts';
import { jsonSpecialsIn, restoreJsonSpecials } from './json-specials.ts';

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(---|\.\.\.)[ \t]*\r?$/;

// Required on first use: gray-matter loads js-yaml's full schema, and esprima with it (about
// 10 ms), and a check with nothing changed reads no front matter at all. Its engines are not
// in its type declarations.
let engine: { parse(text: string): unknown } | undefined;
const yamlEngine = () => (engine ??= (require('gray-matter') as { engines: { yaml: { parse(text: string): unknown } } }).engines.yaml);

/** YAML as front matter is read (gray-matter's engine): for the site's other YAML files too. */
export const parseYaml = (text: string): unknown => yamlEngine().parse(text);

/** Parse; never throws. */
export function parseFrontMatter(source: string): FrontMatter {
  const block = frontMatterBlock(source);
  if (!block) return { data: {}, keyLines: {}, lineCount: 0 };
  const keyLines = topLevelKeyLines(block.yaml);
  let data: Record<string, unknown>;
  try {
    // gray-matter's YAML engine on the block found above: the same parser and schema as
    // matter(source), without copying and caching every page's whole text.
    const parsed = block.yaml.trim() === '' ? {} : yamlEngine().parse(block.yaml);
    data = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
  } catch (error) {
    return { data: {}, keyLines, lineCount: block.lineCount, yamlError: yamlErrorOf(error, block.lineCount - 1) };
  }
  const jsonSpecials = jsonSpecialsIn(data);
  return jsonSpecials.length === 0 ? { data, keyLines, lineCount: block.lineCount } : { data, keyLines, lineCount: block.lineCount, jsonSpecials };
}

/** A front matter read back from JSON (a record from a worker or the cache), with its dates and such put back. */
export function frontMatterFromJson(frontMatter: FrontMatter): FrontMatter {
  if (frontMatter.jsonSpecials) restoreJsonSpecials(frontMatter.data, frontMatter.jsonSpecials);
  return frontMatter;
}

/** Records read back from JSON, their front matter as recordOf made it (the few with dates and such). */
export function recordsFromJson<T extends { frontMatter?: FrontMatter }>(records: T[]): T[] {
  for (const { frontMatter } of records) if (frontMatter) frontMatterFromJson(frontMatter);
  return records;
}

/** Whether the page opens a front matter that never closes (gray-matter then reads it all as the page's text). */
export const hasUnclosedFrontMatter = (source: string): boolean => OPENING.test(source) && frontMatterBlock(source) === undefined;

function frontMatterBlock(source: string): { yaml: string; lineCount: number } | undefined {
  if (!OPENING.test(source)) return undefined;
  // Walk line by line from the second line; the body after the block is never split.
  const yamlStart = source.indexOf('\n') + 1;
  for (let start = yamlStart, lineCount = 2; start < source.length; lineCount++) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    if (CLOSING.test(source.slice(start, end))) {
      return { yaml: source.slice(yamlStart, Math.max(start - 1, yamlStart)), lineCount };
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return undefined; // no closing line: gray-matter and Docusaurus read it as body text
}

/** 1-based file line of each top-level key (the front matter starts on file line 2). */
function topLevelKeyLines(yaml: string): Record<string, number> {
  const lines: Record<string, number> = {};
  yaml.split('\n').forEach((text, index) => {
    const match = /^(["']?)([^\s:#"'][^:]*?)\1\s*:(?:\s|$)/.exec(text);
    if (match && !(match[2] in lines)) lines[match[2]] = index + 2;
  });
  return lines;
}

/** js-yaml's position (0-based, counted from the block's first line) as a file position inside the block. */
function yamlErrorOf(error: unknown, lastYamlLine: number): YamlError {
  const mark = (error as { mark?: { line: number; column: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String((error as Error).message ?? error).split('\n')[0];
  return {
    line: Math.min((mark?.line ?? 0) + 2, Math.max(lastYamlLine, 2)),
    column: (mark?.column ?? 0) + 1,
    reason,
  };
}
