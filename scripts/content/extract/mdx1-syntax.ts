/**
 * What a page holds that MDX reads only through Docusaurus's MDX 1 compatibility
 * (`markdown.mdx1Compat`, on by default in Docusaurus 3; `future.v4` turns it off): HTML comments,
 * which remark-comment reads, and `{#id}` heading ids, which mdx-loader's preprocessor escapes.
 * Without it each is a syntax error the build stops at (an agreement build shows each). Found for
 * every text, whatever the site's settings: the record is cached by its text alone; the
 * mdx-syntax rule reports them where the settings turn that part off.
 *
 * Each is placed where the build reports it: at the `!` of `<!--`, and at the `#` of `{#`.
 */
import type { Position } from '../model/site.ts';
import { linesOutsideCode } from './mdx-prefilter.ts';
import { HEADING_START, unwrapMdxCodeBlocks } from './mdx-preprocess.ts';
import { codeSpansOf } from './code-spans.ts';


export interface Mdx1Syntax {
  htmlComments?: Position[];
  headingIdBraces?: Position[];
}

export function mdx1SyntaxOf(text: string): Mdx1Syntax {
  const hasComment = text.includes('<!--');
  const hasHeadingId = text.includes('{#');
  if (!hasComment && !hasHeadingId) return {};
  const lines = pageLines(text);
  const found: Mdx1Syntax = {};
  if (hasComment) {
    const comments = commentStarts(lines);
    if (comments.length > 0) found.htmlComments = comments;
  }
  if (hasHeadingId) {
    const braces = headingIdBraces(lines);
    if (braces.length > 0) found.headingIdBraces = braces;
  }
  return found;
}

/** Each line as MDX reads it (its number in the file, from 1), or undefined where it is code or front matter. */
function pageLines(text: string): Array<{ line: number; text: string } | undefined> {
  const raw = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  // Unwrapped mdx-code-block fences drop two lines each: map the lines MDX reads back to the file's.
  const lineOf = unwrapMdxCodeBlocks(text)?.lineOf;
  return linesOutsideCode(text).map((outside, index) => {
    const line = lineOf ? lineOf[index] : index;
    const written = raw[line] ?? '';
    // linesOutsideCode blanks code and front matter: a written line it leaves empty is one of them.
    return outside === '' && written.trim() !== '' ? undefined : { line: line + 1, text: written };
  });
}

/** Where each `<!--` outside code, code spans and expressions starts a comment MDX 1 would read. */
function commentStarts(lines: ReturnType<typeof pageLines>): Position[] {
  const found: Position[] = [];
  let open = false; // in a comment that an earlier line opened
  for (const entry of lines) {
    if (!entry) continue;
    const { text } = entry;
    let from = 0;
    if (open) {
      const end = text.indexOf('-->');
      if (end === -1) continue;
      open = false;
      from = end + 3;
    }
    for (let at = text.indexOf('<!--', from); at !== -1; at = text.indexOf('<!--', from)) {
      // Escaped, in a code span or in an expression: no comment, and nothing it leaves open.
      if (!isMdxText(text, at)) {
        from = at + 4;
        continue;
      }
      found.push({ line: entry.line, column: at + 2 });
      const end = text.indexOf('-->', at + 4);
      if (end === -1) {
        open = true;
        break;
      }
      from = end + 3;
    }
  }
  return found;
}

/** Where the first `{#` of each heading line the preprocessor would escape is, unless the writer escaped it. */
function headingIdBraces(lines: ReturnType<typeof pageLines>): Position[] {
  const found: Position[] = [];
  for (const entry of lines) {
    if (!entry || !HEADING_START.test(entry.text)) continue;
    const at = entry.text.indexOf('{#');
    if (at === -1 || !isMdxText(entry.text, at)) continue;
    found.push({ line: entry.line, column: at + 2 });
  }
  return found;
}

/**
 * Whether the character at `at` is text MDX reads as such: not escaped by a backslash, not in a
 * code span, not inside an expression the line opened before it. Unsure (code spans the line
 * alone cannot tell): no, so that nothing is reported on a guess.
 */
function isMdxText(line: string, at: number): boolean {
  let backslashes = 0;
  for (let p = at - 1; p >= 0 && line[p] === '\\'; p--) backslashes++;
  if (backslashes % 2 === 1) return false;
  const spans = line.includes('`') ? codeSpansOf(line) : [];
  if (!spans || spans.some(([start, end]) => at >= start && at < end)) return false;
  let depth = 0;
  for (let p = 0; p < at; p++) {
    if (line[p] === '{') depth++;
    else if (line[p] === '}') depth = Math.max(depth - 1, 0);
  }
  return depth === 0;
}
