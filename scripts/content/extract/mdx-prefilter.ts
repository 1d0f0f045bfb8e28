/**
 * Whether a text can hold MDX syntax at all. MDX can only fail, or use a name, where the text
 * has a `<`, a `{`, or a line starting with `import`/`export` (the only ways into JSX,
 * expressions and ESM) outside front matter and fenced code. tests/unit/mdx-differential checks
 * this against Docusaurus's compiler.
 */
import { preprocessMdx } from './mdx-preprocess.ts';
import { URL_LITERAL_START } from './code-spans.ts';
import { hasLoneCR } from './page-lines.ts';

const MDX_START = /[<{]|^[ \t]*(?:import|export)\b/m;
const ESM_LINE = /^[ \t]*(?:import|export)\b/m;

/** The quick form of MDX_START: string searches first, the multiline regex only for ESM lines. */
const hasMdxStart = (text: string) => text.includes('<') || text.includes('{') || ((text.includes('import') || text.includes('export')) && ESM_LINE.test(text));
const YAML_BLOCK = /^---[ \t]*\r?\n(?:.*\r?\n)*?---[ \t]*(?:\r?\n|$)/;
const ESCAPED = /\\[\s\S]/g;

/**
 * Whether MDX syntax can be anywhere outside front matter and fenced code. Leaving text out
 * must never hide MDX: see linesOutsideCode.
 */
export function mayHoldMdx(text: string): boolean {
  if (!hasMdxStart(text)) return false;
  const body = outsideFrontMatter(preprocessMdx(text));
  return hasLoneCR(body) ? body.split('\n').some(lineMayHoldMdx) : someLineOutsideCodeMayHoldMdx(body);
}

const BACKTICK = 96;
const TILDE = 126;
const SPACE = 32;
const TAB = 9;
const COLON = 58;
const CR = 13;

/**
 * linesOutsideCode(body).some(lineMayHoldMdx), read in place: only lines that hold a `<`, a `{`
 * or an `import`/`export` are cut out of the text. Every page passes here, most of them
 * without MDX.
 */
function someLineOutsideCodeMayHoldMdx(body: string): boolean {
  // The next place of each way into MDX at or after the line read (Infinity: none left).
  let lt = -1;
  let brace = -1;
  let esmImport = -1;
  let esmExport = -1;
  return visitLinesOutsideCode(body, (start, end) => {
    if (lt < start) lt = nextAt(body, '<', start);
    if (brace < start) brace = nextAt(body, '{', start);
    if (esmImport < start) esmImport = nextAt(body, 'import', start);
    if (esmExport < start) esmExport = nextAt(body, 'export', start);
    return (lt < end || brace < end || esmImport < end || esmExport < end) && lineMayHoldMdx(body.slice(start, end));
  });
}

/**
 * Each line of `body` (without lone CRs) outside fences that are surely code, as [start, end)
 * without its CR, and its number from 0, until `visit` says stop; whether it did.
 */
function visitLinesOutsideCode(body: string, visit: (start: number, end: number, line: number) => boolean): boolean {
  let line = 0;
  for (let start = 0; start <= body.length; line++) {
    const lineEnd = endOfLine(body, start);
    const end = contentEnd(body, start, lineEnd);
    const afterFence = afterFenceFrom(body, start, end);
    if (afterFence >= 0) {
      // The fence's lines, up to its closing one, are code.
      for (let at = lineEnd; at < afterFence - 1; at = endOfLine(body, at + 1)) line++;
      start = afterFence;
      continue;
    }
    if (visit(start, end, line)) return true;
    start = lineEnd + 1;
  }
  return false;
}

const nextAt = (text: string, needle: string, from: number) => {
  const at = text.indexOf(needle, from);
  return at === -1 ? Infinity : at;
};

/** Where the line starting at `start` ends: its `\n`, or the text's end. */
const endOfLine = (text: string, start: number) => {
  const at = text.indexOf('\n', start);
  return at === -1 ? text.length : at;
};

/** Where what the line holds ends: before the CR of a CRLF, which is the line's ending. */
const contentEnd = (text: string, start: number, lineEnd: number) => (lineEnd > start && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd);

/** Past the spaces and tabs from `at` (to `end` at most). */
function pastBlanks(text: string, at: number, end: number): number {
  let p = at;
  while (p < end && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p++;
  return p;
}

/** Past the run of `char` from `at` (to `end` at most). */
function pastRun(text: string, at: number, char: number, end: number): number {
  let p = at;
  while (p < end && text.charCodeAt(p) === char) p++;
  return p;
}

/**
 * For the line at [start, end) of `body`: where the text goes on after the line
 * that surely closes the fence this line opens (past the text's end when that line is its last),
 * or -1 when the line opens no fence that is surely code.
 */
function afterFenceFrom(body: string, start: number, end: number): number {
  let at = start;
  while (at < end && at - start < 4 && body.charCodeAt(at) === SPACE) at++;
  const indent = at - start;
  const char = body.charCodeAt(at);
  if (indent > 3 || (char !== BACKTICK && char !== TILDE)) return -1;
  const markerEnd = pastRun(body, at, char, end);
  const length = markerEnd - at;
  if (length < 3) return -1;
  const info = body.slice(markerEnd, end);
  // A line separator (U+2028, U+2029) in the info string: kept, as not surely a fence (it costs a parse).
  if (info.includes('\u2028') || info.includes('\u2029')) return -1;
  if (char === BACKTICK && info.includes('`')) return -1; // not a fence: an inline code span
  for (let from = endOfLine(body, start) + 1; from <= body.length;) {
    const lineEnd = endOfLine(body, from);
    const to = contentEnd(body, from, lineEnd);
    const first = pastBlanks(body, from, to);
    const leading = first - from;
    const opening = body.charCodeAt(first);
    if (opening === char) {
      const runEnd = pastRun(body, first, char, to);
      if (runEnd - first >= length && pastBlanks(body, runEnd, to) === to) return lineEnd + 1;
    } else if (opening === COLON) {
      const runEnd = pastRun(body, first, COLON, to);
      if (runEnd - first >= 3 && pastBlanks(body, runEnd, to) === to) return -1; // may close a directive container, and the fence in it
    }
    if (first < to && leading < indent) return -1;
    const tab = body.indexOf('\t', from);
    if (tab !== -1 && tab < to) return -1; // tabs make indentation ambiguous: parse
    from = lineEnd + 1;
  }
  return -1; // never closed: it may end with its container, so what follows may be MDX
}

/**
 * The lines of a text as MDX will see it (`{#id}` heading ids escaped, mdx-code-block fences
 * unwrapped), with front matter and fenced code blanked. A fence counts as code only when it
 * surely is: opened with at most three spaces, closed by the first line that could close it,
 * and every line between indented at least as far as the opening (a line indented less may end
 * the list item the fence is in, and the fence with it) and unlike the end of a directive
 * container (`:::`, which ends a fence inside the container). Anything else is kept, and merely
 * costs a parse.
 */
export function linesOutsideCode(text: string): string[] {
  const body = outsideFrontMatter(preprocessMdx(text));
  // A CR not before LF ends a line too, where these lines do not end: a fence may close inside
  // one of them. Such (rare) pages keep their fences.
  if (hasLoneCR(body)) return body.split('\n');
  // Each CRLF's CR is part of the line's ending, not of what the line holds (`~~~yaml\r`).
  const lines = new Array<string>(body.split('\n').length).fill('');
  visitLinesOutsideCode(body, (start, end, line) => {
    lines[line] = body.slice(start, end);
    return false;
  });
  return lines;
}

/** The text with its front matter's lines blanked. */
const outsideFrontMatter = (text: string) => text.replace(YAML_BLOCK, (block) => '\n'.repeat(block.split('\n').length - 1));

/**
 * Whether one line outside code has a way into MDX. A backslash escapes the character after it
 * (pairs from the left: `\\{` leaves a `{`), except in an address GFM makes a link of: its path
 * takes the backslash as it is, so `\\<` after it still opens a tag.
 */
export function lineMayHoldMdx(line: string): boolean {
  if (!hasMdxStart(line)) return false;
  const escapes = line.includes('\\') && !URL_LITERAL_START.test(line);
  return MDX_START.test(escapes ? line.replace(ESCAPED, '') : line);
}
