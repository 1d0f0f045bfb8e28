/**
 * Where MDX reads JavaScript and CommonMark may read a link. The link extraction reads a page as
 * CommonMark does, and CommonMark knows no ESM, expressions or JSX attributes: in
 * `export const tip = 'See [the guide](./guide.md)'`, or in the template string of a
 * `<CodeBlock>{`…`}</CodeBlock>`, it finds a link that MDX never sees. A page compiled as MDX
 * drops the links that start in these stretches (model/markdown-format.ts).
 *
 * Only stretches that may hold a link are kept, so that records stay small: those with a `]`
 * right before `(`, `[` or `:`, as every inline link, image, full reference and definition has.
 * A reference written `[label]` alone, to a definition outside the stretch, is not looked for.
 * Nor are headings: a `# comment` line in a template string over lines is a heading to
 * CommonMark, and the check keeps its anchor (dropping it means giving the ids after it again).
 */
import type { TextSpan } from '../model/site.ts';

const MAY_HOLD_LINK = /\][([:]/;

/** Whether CommonMark may read a link or a definition in `text`. */
export function mayHoldLink(text: string): boolean {
  return MAY_HOLD_LINK.test(text);
}

type Point = { line: number; column: number; offset?: number };

/** The span from `start` to `end` of `source` (offsets as the parser gives them), when it may hold a link. */
export function scriptSpanOf(source: string, start: Point | undefined, end: Point | undefined): TextSpan | undefined {
  if (start?.offset === undefined || end?.offset === undefined) return undefined;
  if (!mayHoldLink(source.slice(start.offset, end.offset))) return undefined;
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
