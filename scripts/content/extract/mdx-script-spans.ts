/**
 * Where MDX reads JavaScript and CommonMark may read a link or a heading. The extraction reads a
 * page as CommonMark does, and CommonMark knows no ESM, expressions or JSX attributes: in
 * `export const tip = 'See [the guide](./guide.md)'`, or in the template string of a
 * `<CodeBlock>{`…`}</CodeBlock>`, it finds a link that MDX never sees, and a `# comment` line of
 * such a template over lines is a heading to it. A page compiled as MDX drops the links and
 * headings that start in these stretches, and gives the headings after them their ids again
 * (model/markdown-format.ts).
 *
 * Only stretches that may hold one are kept, so that records stay small: those with a `]` right
 * before `(`, `[` or `:`, as every inline link, image, full reference and definition has, or a
 * line after the first that starts with `#` or is a setext underline (`===`, `---`; the heading
 * it makes may start before the stretch, as in `<CodeBlock>{`kind: X` then `---`). Not looked
 * for:
 * - a reference written `[label]` alone, to a definition outside the stretch;
 * - ids in HTML written in JavaScript, which have no place in the extract;
 * - a link CommonMark hides that MDX sees: where CommonMark cuts a template over lines into
 *   blocks (at a `# comment` line), a backtick it leaves may pair with one later in the same
 *   paragraph, as a code span over the link.
 */
import type { TextSpan } from '../model/site.ts';

const MAY_HOLD_LINK_OR_HEADING = /\][([:]|\n[ \t]*(?:#|(?:=+|-+)[ \t]*(?:\n|$))/;

/** Whether CommonMark may read a link, a definition or a heading in `text`. */
export function mayHoldLinkOrHeading(text: string): boolean {
  return MAY_HOLD_LINK_OR_HEADING.test(text);
}

type Point = { line: number; column: number; offset?: number };

/** The span from `start` to `end` of `source` (offsets as the parser gives them), when it may hold a link or a heading. */
export function scriptSpanOf(source: string, start: Point | undefined, end: Point | undefined): TextSpan | undefined {
  if (start?.offset === undefined || end?.offset === undefined) return undefined;
  if (!mayHoldLinkOrHeading(source.slice(start.offset, end.offset))) return undefined;
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
