/**
 * The code spans of one line, as micromark finds them when the line starts with nothing left
 * open by the lines before it. A code span starts at a run of backticks (not escaped) and ends
 * at the next run of exactly as many; inside it, `<`, `{` and backslashes are plain text.
 *
 * A paragraph joins its lines, so a run that finds no partner on its line may pair with a run
 * on a later line. The answer is given only when every run on the line pairs on the line, so
 * that lines with this property can be read one at a time. It is also withheld where something
 * other than a code span may take a backtick first, and the line would read differently:
 * - a URL that GFM turns into a link (`www.…`, `http://…`) outside code spans keeps backticks
 *   in its path (up to the next space or tab, where it surely ends); inside one it is code;
 * - a link destination (`](…)`) and a definition (`]:`) keep them too;
 * - a table cell ends at `|`, even inside a code span, so no span may hold one.
 * Tags are not looked at: a tag's attribute may hold a backtick, so a caller that reads tags
 * (mdx-simple.ts) accepts only tags without one. tests/unit/code-spans.test.ts holds the spans
 * to micromark's.
 */

import { destinationsOf } from './link-destinations.ts';

/** Start (the opening run) and end (after the closing run) of each span, in offsets of the line. */
export type CodeSpan = [start: number, end: number];

/** Where GFM may start a link made of an address in text (an autolink literal). */
export const URL_LITERAL_START = /www\.|https?:\/\//i;
/** The same, to find every such place (`text.matchAll`). */
export const URL_LITERAL_STARTS = new RegExp(URL_LITERAL_START.source, 'gi');
const DEFINITION_TAIL = /\]:/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** The line's code spans (none without a backtick), or undefined when the line may not be read alone. */
export function codeSpansOf(line: string): CodeSpan[] | undefined {
  const spans: CodeSpan[] = [];
  if (!line.includes('`')) return spans;
  const definition = DEFINITION_TAIL.exec(line);
  if (definition && line.indexOf('`', definition.index) >= 0) return undefined;
  const destinations = destinationsOf(line);
  if (!destinations || destinations.some(([start, end]) => line.slice(start, end).includes('`'))) return undefined;
  for (let at = 0; at < line.length; at++) {
    const char = line[at];
    if (char === '\\' && ASCII_PUNCTUATION.test(line[at + 1] ?? '')) {
      at++; // an escaped character: a backtick after a backslash opens nothing
      continue;
    }
    if (char !== '`') continue;
    const size = runLength(line, at);
    const close = partnerOf(line, at + size, size);
    if (close < 0) return undefined;
    const end = close + size;
    if (line.slice(at, end).includes('|')) return undefined;
    spans.push([at, end]);
    at = end - 1;
  }
  return literalTakesNoBacktick(line, spans) ? spans : undefined;
}

/**
 * Whether no address GFM may make a link of takes a backtick. Spans are found from the left, so
 * each one is right until an address outside them starts before it; an address ends at the
 * first space or tab, so one whose rest of the word holds no backtick takes none (most lines
 * with an address and code), and one inside a span is code.
 */
function literalTakesNoBacktick(line: string, spans: CodeSpan[]): boolean {
  if (!URL_LITERAL_START.test(line)) return true;
  for (const { index } of line.matchAll(URL_LITERAL_STARTS)) {
    const inSpan = spans.some(([start, end]) => index > start && index < end);
    if (!inSpan && /^[^ \t]*`/.test(line.slice(index))) return false;
  }
  return true;
}

/** The line without its code spans (`spans`, its codeSpansOf), for rough counts of tags and braces; as it is when unsure. */
export function withoutCodeSpans(line: string, spans: CodeSpan[] | undefined): string {
  if (!spans || spans.length === 0) return line;
  let kept = '';
  let from = 0;
  for (const [start, end] of spans) {
    kept += line.slice(from, start);
    from = end;
  }
  return kept + line.slice(from);
}

function runLength(line: string, at: number): number {
  let end = at;
  while (line[end] === '`') end++;
  return end - at;
}

/** Where the next run of exactly `size` backticks from `from` starts, or -1. */
function partnerOf(line: string, from: number, size: number): number {
  for (let at = line.indexOf('`', from); at >= 0; at = line.indexOf('`', at)) {
    const length = runLength(line, at);
    if (length === size) return at;
    at += length;
  }
  return -1;
}
