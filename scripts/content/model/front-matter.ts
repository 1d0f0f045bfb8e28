/**
 * Front matter: parsed with gray-matter, then validated against the fields writers use.
 * Problems point at the offending line inside the front matter, not only at the file.
 */
import matter from 'gray-matter';
import type { FrontMatter, FrontMatterIssue } from './site.ts';

/** Keys Docusaurus's docs plugin understands, plus the Hugo keys this site keeps (weight, draft). */
export const KNOWN_FRONT_MATTER_KEYS = new Set([
  'id', 'title', 'title_meta', 'description', 'keywords', 'image', 'slug', 'tags', 'draft', 'unlisted',
  'weight', 'sidebar_label', 'sidebar_position', 'sidebar_class_name', 'sidebar_custom_props', 'sidebar_key',
  'displayed_sidebar', 'hide_title', 'hide_table_of_contents', 'toc_min_heading_level', 'toc_max_heading_level',
  'pagination_label', 'pagination_next', 'pagination_prev', 'parse_number_prefixes', 'custom_edit_url',
  'last_update', 'wrapperClassName',
]);

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(---|\.\.\.)[ \t]*\r?$/;
// gray-matter's engines are not in its type declarations.
const yamlEngine = (matter as unknown as { engines: { yaml: { parse(text: string): unknown } } }).engines.yaml;

/** YAML as front matter is read (gray-matter's engine): for the site's other YAML files too. */
export const parseYaml = (text: string): unknown => yamlEngine.parse(text);

/** Parse and validate; never throws. */
export function parseFrontMatter(source: string): FrontMatter {
  const block = frontMatterBlock(source);
  if (!block) return { data: {}, keyLines: {}, lineCount: 0, issues: [] };
  const keyLines = topLevelKeyLines(block.yaml);
  let data: Record<string, unknown>;
  try {
    // gray-matter's YAML engine on the block found above: the same parser and schema as
    // matter(source), without copying and caching every page's whole text.
    const parsed = block.yaml.trim() === '' ? {} : yamlEngine.parse(block.yaml);
    data = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
  } catch (error) {
    return { data: {}, keyLines, lineCount: block.lineCount, issues: [yamlIssue(error, block.lineCount - 1)] };
  }
  return { data, keyLines, lineCount: block.lineCount, issues: validateFields(data, keyLines) };
}

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

function yamlIssue(error: unknown, lastYamlLine: number): FrontMatterIssue {
  const mark = (error as { mark?: { line: number; column: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String((error as Error).message ?? error).split('\n')[0];
  return {
    severity: 'error',
    line: Math.min((mark?.line ?? 0) + 2, Math.max(lastYamlLine, 2)),
    column: (mark?.column ?? 0) + 1,
    message: `front matter is not valid YAML: ${reason}`,
    hint: 'check indentation, and quote values that contain ": " or start with a special character',
  };
}

function validateFields(data: Record<string, unknown>, keyLines: Record<string, number>): FrontMatterIssue[] {
  const issues: FrontMatterIssue[] = [];
  const at = (key: string) => ({ line: keyLines[key] ?? 1, column: 1 });
  const error = (key: string, message: string, hint: string) =>
    issues.push({ severity: 'error', ...at(key), message, hint });

  if ('title' in data) {
    if (typeof data.title !== 'string') {
      error('title', `title must be text, got ${describe(data.title)}`, 'quote it: title: "…"');
    } else if (data.title.trim() === '') {
      issues.push({ severity: 'warning', ...at('title'), message: 'title is empty', hint: 'give the page a title, or remove the key to use the first heading' });
    }
  }
  if ('weight' in data && !Number.isInteger(data.weight)) {
    error('weight', `weight must be a whole number, got ${describe(data.weight)}`, 'lower weights come first, e.g. weight: 100');
  }
  if ('draft' in data && typeof data.draft !== 'boolean') {
    error('draft', `draft must be true or false, got ${describe(data.draft)}`,
      typeof data.draft === 'string' ? `YAML reads "${data.draft}" as text: write draft: true or draft: false` : 'write draft: true or draft: false');
  }
  if ('sidebar_position' in data && (typeof data.sidebar_position !== 'number' || !Number.isFinite(data.sidebar_position))) {
    error('sidebar_position', `sidebar_position must be a number, got ${describe(data.sidebar_position)}`, 'e.g. sidebar_position: 2');
  }
  for (const key of Object.keys(data)) {
    if (!KNOWN_FRONT_MATTER_KEYS.has(key)) {
      issues.push({ severity: 'warning', ...at(key), message: `unknown front matter key "${key}"`, hint: 'Docusaurus ignores it; check its spelling' });
    }
  }
  return issues;
}

function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (typeof value === 'string') return `the text "${value}"`;
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${String(value)}`;
}
