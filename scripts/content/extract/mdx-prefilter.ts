/**
 * Whether a text can hold MDX syntax at all. MDX can only fail, or use a name, where the text
 * has a `<`, a `{`, or a line starting with `import`/`export` (the only ways into JSX,
 * expressions and ESM) outside front matter and fenced code. tests/unit/mdx-differential checks
 * this against Docusaurus's compiler.
 */
import { preprocessMdx } from './mdx-preprocess.ts';
import { URL_LITERAL_START } from './code-spans.ts';
import { DIRECTIVE_CLOSING, hasLoneCR, indentationOf, isBlankLine, withoutLineEndCRs } from './page-lines.ts';

const MDX_START = /[<{]|^[ \t]*(?:import|export)\b/m;
const ESM_LINE = /^[ \t]*(?:import|export)\b/m;

/** The quick form of MDX_START: string searches first, the multiline regex only for ESM lines. */
const hasMdxStart = (text: string) => text.includes('<') || text.includes('{') || ((text.includes('import') || text.includes('export')) && ESM_LINE.test(text));
const YAML_BLOCK = /^---[ \t]*\r?\n(?:.*\r?\n)*?---[ \t]*(?:\r?\n|$)/;
const ESCAPED = /\\[\s\S]/g;
const FENCE_OPENING = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/**
 * Whether MDX syntax can be anywhere outside front matter and fenced code. Leaving text out
 * must never hide MDX: see linesOutsideCode.
 */
export function mayHoldMdx(text: string): boolean {
  return hasMdxStart(text) && linesOutsideCode(text).some(lineMayHoldMdx);
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
  const body = preprocessMdx(text).replace(YAML_BLOCK, (block) => '\n'.repeat(block.split('\n').length - 1));
  // A CR not before LF ends a line too, where these lines do not end: a fence may close inside
  // one of them. Such (rare) pages keep their fences.
  if (hasLoneCR(body)) return body.split('\n');
  // Each CRLF's CR is part of the line's ending, not of what the line holds (`~~~yaml\r`).
  const lines = withoutLineEndCRs(body.split('\n'));
  for (let i = 0; i < lines.length; i++) {
    const opening = FENCE_OPENING.exec(lines[i]);
    const end = opening ? fenceEnd(lines, i, opening) : -1;
    if (end < 0) continue;
    lines.fill('', i, end + 1);
    i = end;
  }
  return lines;
}

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

/** The line that surely closes the fence opened at `start`, or -1 when it is not surely code. */
function fenceEnd(lines: string[], start: number, [, indent, marker, info]: RegExpExecArray): number {
  if (marker[0] === '`' && info.includes('`')) return -1; // not a fence: an inline code span
  const closing = new RegExp(`^[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
  for (let i = start + 1; i < lines.length; i++) {
    if (closing.test(lines[i])) return i;
    const line = lines[i];
    if (DIRECTIVE_CLOSING.test(line)) return -1; // may close a directive container, and the fence in it
    if (!isBlankLine(line) && indentationOf(line) < indent.length) return -1;
    if (line.includes('\t')) return -1; // tabs make indentation ambiguous: parse
  }
  return -1; // never closed: it may end with its container, so what follows may be MDX
}
