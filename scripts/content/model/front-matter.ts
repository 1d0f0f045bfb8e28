/**
 * Front matter as Docusaurus reads it: the data, where each key is, and where the YAML breaks if
 * it does. Docusaurus 3 reads front matter with its parseFrontMatter (@docusaurus/utils), that is
 * with @11ty/gray-matter, a fork of the gray-matter package, and js-yaml 4. So does this module:
 * it finds the block as gray-matter does (from `---` on the first line to the first line that
 * starts with `---`, or to the end of the file), and reads it with gray-matter's own YAML engine,
 * from the copy Docusaurus requires. The gray-matter package itself reads otherwise: it has
 * js-yaml 3, for which `010` is eight and `1:30` ninety (ten and a text to Docusaurus).
 * What the MDX compiler renders as the page is another reading (remark-frontmatter,
 * extract/page-lines.ts). No judgement here: what a field means is in front-matter-schema.ts,
 * and the front-matter rule checks it on every run.
 */
import { plainYamlMapping } from './plain-yaml.ts';
import { createRequire } from 'node:module';
import type { FrontMatter, YamlError } from './site.ts';
import { withoutByteOrderMark } from './text-position.ts';
import { jsonSpecialsIn, restoreJsonSpecials } from './json-specials.ts';

interface GrayMatter {
  (input: string, options: object): { data: unknown };
  engines: { yaml: { parse(text: string): unknown } };
}

// Required on first use, from where @docusaurus/utils requires it (the same copy, whatever npm
// hoists): a check with nothing changed reads no front matter at all.
let grayMatter: GrayMatter | undefined;
const docusaurusGrayMatter = (): GrayMatter =>
  (grayMatter ??= createRequire(require.resolve('@docusaurus/utils'))('@11ty/gray-matter') as GrayMatter);

/**
 * gray-matter runs a block opened with `---js` as JavaScript (eval); Docusaurus would, the check
 * does not run a page's code: such a front matter reads as empty here.
 */
const NOT_RUN = { parse: () => ({}) };
const OPTIONS = { engines: { javascript: NOT_RUN } };

/**
 * YAML as Docusaurus reads its other YAML files (js-yaml 4's load): category files, tags files;
 * the plainest without js-yaml, as for front matter.
 */
export const parseYaml = (text: string): unknown => plainYamlMapping(text) ?? docusaurusGrayMatter().engines.yaml.parse(text);

/** Parse; never throws. */
export function parseFrontMatter(source: string): FrontMatter {
  // gray-matter drops a byte order mark first.
  const text = withoutByteOrderMark(source);
  // A file with NUL bytes is binary: the mdx-syntax rule says so, once, and nothing is read from it.
  const block = text.includes('\0') ? undefined : grayMatterBlock(text);
  if (!block) return { data: {}, keyLines: {}, lineCount: 0 };
  // The block's line k (from 0) is the file's line k + 1; its first starts at `matterColumn`.
  const matterColumn = source.length - text.length + block.start;
  const matterLines = block.matter.split('\n');
  const keyLines = topLevelKeyLines(matterLines);
  const lineCount = matterLines.length + (block.closed ? 1 : 0);
  let data: unknown;
  try {
    data = grayMatterData(text, block);
  } catch (error) {
    // The block's last line: the one before the closing line, or the page's last.
    const yamlError = yamlErrorOf(error, matterColumn, block.closed ? lineCount - 1 : lineCount);
    const dots = matterLines.findIndex((line) => /^\.\.\.[ \t]*\r?$/.test(line));
    if (dots > 0) return { data: {}, keyLines, lineCount, yamlError: { ...yamlError, ...(yamlError.line === 1 ? { line: dots + 1 } : {}), ranInto: 'dots' } };
    // Never closed: shown at the `---` that opens it, where the writer looks for what is missing.
    return { data: {}, keyLines, lineCount, yamlError: block.closed ? yamlError : { ...yamlError, line: 1, column: 1, ranInto: 'end-of-page' } };
  }
  // YAML that is not keys with values (a text, a list): Docusaurus's schema refuses it as a whole.
  if (data === null || typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    return { data: {}, keyLines, lineCount, yamlError: { line: Math.min(2, lineCount), column: 1, reason: 'it is not keys with values ("title: …"), which Docusaurus needs', notKeyValues: true } };
  }
  const fields = data as Record<string, unknown>;
  const jsonSpecials = jsonSpecialsIn(fields);
  return jsonSpecials.length === 0 ? { data: fields, keyLines, lineCount } : { data: fields, keyLines, lineCount, jsonSpecials };
}

/** The block as gray-matter finds it (its parseMatter, with Docusaurus's default `---` delimiters). */
interface Block {
  /** Its text: from after `---` and a language name to the closing `\n---`, or to the end. */
  matter: string;
  /** Where `matter` starts in the text. */
  start: number;
  closed: boolean;
  /** The name after the opening `---` (`---yaml`), '' for none. */
  language: string;
}

/**
 * gray-matter's reading of where the block is: it opens when the text starts with `---` and no
 * fourth `-`; a language name may follow on that line; it ends at the first `\n---` (so a line of
 * `----` or `---more` ends it too, and `...` does not), or runs to the end of the text.
 * tests/unit/front-matter-docusaurus.test.ts holds it to Docusaurus's own parseFrontMatter.
 */
function grayMatterBlock(text: string): Block | undefined {
  if (!text.startsWith('---') || text[3] === '-') return undefined;
  let rest = text.slice(3);
  // gray-matter's own search: with no line break, it takes all but the last character.
  const languageRaw = rest.slice(0, rest.search(/\r?\n/));
  const language = languageRaw.trim();
  if (language) rest = rest.slice(languageRaw.length);
  const close = rest.indexOf('\n---');
  return { matter: close === -1 ? rest : rest.slice(0, close), start: 3 + (language ? languageRaw.length : 0), closed: close !== -1, language };
}

/** The block's data as gray-matter gives it; throws where it throws. */
function grayMatterData(text: string, block: Block): unknown {
  // A block of comments and blank lines is empty: gray-matter does not parse it.
  if (block.matter.replace(/^\s*#[^\n]+/gm, '').trim() === '') return {};
  // YAML, the default language, through gray-matter's own engine (and, as gray-matter does after,
  // an empty document as no data); any other language, through gray-matter itself.
  // The plainest blocks are read without it (plain-yaml.ts), the same way.
  if (block.language === '' || /^(?:yaml|yml)$/i.test(block.language)) return plainYamlMapping(block.matter) ?? docusaurusGrayMatter().engines.yaml.parse(block.matter) ?? {};
  return docusaurusGrayMatter()(text, OPTIONS).data;
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

/** 1-based file line of each top-level key of YAML lines: line k (from 0) is the file's line k + 1. */
export function topLevelKeyLines(matterLines: string[]): Record<string, number> {
  const lines: Record<string, number> = {};
  matterLines.forEach((text, index) => {
    const match = /^(["']?)([^\s:#"'][^:]*?)\1\s*:(?:\s|$)/.exec(text);
    if (match && !(match[2] in lines)) lines[match[2]] = index + 1;
  });
  return lines;
}

/**
 * The parser's position as a file position: js-yaml counts lines and columns in the block from 0,
 * the block starting at `matterColumn` (0-based) of the file's first line and ending on `lastLine`. An error without a
 * position (a front matter language gray-matter has no parser for) is shown on line 1.
 */
export function yamlErrorOf(error: unknown, matterColumn: number, lastLine: number): YamlError {
  const mark = (error as { mark?: { line: number; column: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String((error as Error).message ?? error).split('\n')[0];
  if (!mark) return { line: 1, column: 1, reason };
  return {
    // js-yaml 4 ends the text with a line break: an error at its end is shown on the block's last line.
    line: Math.min(mark.line + 1, Math.max(lastLine, 1)),
    column: mark.column + 1 + (mark.line === 0 ? matterColumn : 0),
    reason,
  };
}
