/**
 * What every reader of a page here must agree on before reading it: where micromark ends its
 * lines, which lines are blank and how far one is indented, and where remark-frontmatter ends
 * its front matter.
 */

/** Whether a CR ends a line on its own (old Mac line endings): micromark's lines are then not the text's `\n`-separated ones. */
export const hasLoneCR = (text: string): boolean => text.includes('\r') && /\r(?!\n)/.test(text);

/**
 * `\n`-separated lines without the CR of each CRLF, which is part of the line's ending (where no
 * CR ends a line alone): what each line holds, as micromark reads it. The same array when no
 * line ends in a CR.
 */
export const withoutLineEndCRs = (lines: string[]): string[] =>
  lines.some((line) => line.endsWith('\r')) ? lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)) : lines;

/**
 * Whether a line is blank to micromark: spaces and tabs alone. A line of other white space (a
 * no-break space pasted from a word processor) is text: it continues a paragraph, and a code span
 * or a link may run across it.
 */
export const isBlankLine = (line: string): boolean => BLANK_LINE.test(line);
const BLANK_LINE = /^[ \t]*$/;

/** How many spaces and tabs a line starts with: only those indent, to micromark. */
export const indentationOf = (line: string): number => /^[ \t]*/.exec(line)![0].length;

/**
 * A line that may close a directive container (`:::`, however many colons, then only spaces or
 * tabs), and with it a fence inside the container. Lines here are read without their CRs.
 */
export const DIRECTIVE_CLOSING = /^[ \t]*(:{3,})[ \t]*$/;

/** A front matter fence as remark-frontmatter reads one: three dashes, then spaces or tabs at most. */
const FRONT_MATTER_FENCE = /^---[ \t]*\r?$/;

/**
 * The line that closes the page's front matter: undefined when the first line opens none, -1
 * when it opens one that never closes (then it is no front matter: a thematic break, read in
 * context).
 */
export function frontMatterClosingLine(lines: string[]): number | undefined {
  if (!FRONT_MATTER_FENCE.test(lines[0] ?? '')) return undefined;
  return lines.findIndex((line, index) => index > 0 && FRONT_MATTER_FENCE.test(line));
}

/** A line after the first that closes front matter, as frontMatterClosingLine reads lines. */
const LATER_FRONT_MATTER_FENCE = /\n---[ \t]*\r?(?=\n|$)/;

/**
 * Whether the text's first line opens front matter that no line closes (frontMatterClosingLine's
 * -1): the MDX compiler then renders the page's top as text. Without splitting the page into lines.
 */
export function opensUnclosedFrontMatter(text: string): boolean {
  const firstLineEnd = text.indexOf('\n');
  if (!FRONT_MATTER_FENCE.test(firstLineEnd === -1 ? text : text.slice(0, firstLineEnd))) return false;
  return firstLineEnd === -1 || !LATER_FRONT_MATTER_FENCE.test(text.slice(firstLineEnd));
}
