/**
 * Places in a text, as problems show them: 1-based line and column. For the check's own
 * readings (an offset the parser gave, a spelling searched for in a sidebars file).
 */
import type { Position } from './site.ts';

/** 1-based line and column of an offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The earliest offset at or after `from` where one of `needles` is written; -1 for none. */
export function firstOffsetOf(text: string, needles: string[], from = 0): number {
  let first = -1;
  for (const needle of needles) {
    const found = text.indexOf(needle, from);
    if (found !== -1 && (first === -1 || found < first)) first = found;
  }
  return first;
}

/** A value as a JavaScript or JSON file quotes it: '…', "…" or `…`. */
export const quotedSpellings = (value: string): string[] => ["'", '"', '`'].map((quote) => `${quote}${value}${quote}`);

/** The text without the byte-order mark some editors write first: gray-matter and the bundler drop it too. */
export const withoutByteOrderMark = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
