/**
 * The text changes Docusaurus's mdx-loader makes before MDX sees a page (its preprocessor), with
 * this site's settings, which are also Docusaurus 3's defaults: `mdx-code-block` fences
 * unwrapped, `{#id}` heading ids escaped (mdx1Compat.headingIds) and `:::note Title` turned
 * into `:::note[Title]` (mdx1Compat.admonitions). Errors are then reported on the changed
 * text, as Docusaurus reports them: the lines stay the same except where an mdx-code-block
 * fence is removed.
 */

// Only fences of three or four backticks, as Docusaurus does.
const MDX_CODE_BLOCK_3 = /(^|\r?\n)( *)``` *mdx-code-block\r?\n(.*?)\r?\n *```(\r?\n|$)/gs;
const MDX_CODE_BLOCK_4 = /(^|\r?\n)( *)```` *mdx-code-block\r?\n(.*?)\r?\n *````(\r?\n|$)/gs;
/** How a line the preprocessor treats as a heading starts: it escapes the first `{#` there. */
export const HEADING_START = /^#{1,6}(?!#)/;
const HEADING_LINE = new RegExp(`(?:^|\\n)${HEADING_START.source.slice(1)}.*`, 'g');
const ADMONITION_KEYWORDS = ['secondary', 'info', 'success', 'danger', 'note', 'tip', 'warning', 'important', 'caution'];
const ADMONITION_SOURCE = `^((?:> ?)*)( +|\\t+)?(:{3,}(?:${ADMONITION_KEYWORDS.join('|')})) +(.*)$`;
const ADMONITION_TITLE = new RegExp(ADMONITION_SOURCE);
const ADMONITION_TITLES = new RegExp(ADMONITION_SOURCE, 'gm');
/** Three string searches: a fifth of a character-class expression's time over the bench's texts (a one-byte text cannot hold U+2028). */
const hasOtherLineTerminator = (text: string) => text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
const withTitle = (quote: string, indent: string, directive: string, title: string) => `${quote}${indent}${directive}[${title}]`;

/**
 * `text` with its mdx-code-block fences unwrapped as Docusaurus's preprocessor does, and for each
 * line of the result (from 0) the line of `text` it comes from; undefined when there is none.
 */
export function unwrapMdxCodeBlocks(text: string): { text: string; lineOf: number[] } | undefined {
  if (!text.includes('mdx-code-block')) return undefined;
  let out = text;
  let lineOf: number[] | undefined;
  for (const fence of [MDX_CODE_BLOCK_3, MDX_CODE_BLOCK_4]) {
    const removed = new Set<number>();
    for (const match of out.matchAll(fence)) {
      const opening = countLines(out.slice(0, match.index + match[1].length));
      removed.add(opening).add(opening + 1 + countLines(match[3]) + 1);
    }
    if (removed.size === 0) continue;
    out = out.replace(fence, (_: string, begin: string, _indent: string, children: string, end: string) => `${begin}${children}${end}`);
    lineOf = (lineOf ?? text.split('\n').map((_, line) => line)).filter((_, line) => !removed.has(line));
  }
  return lineOf ? { text: out, lineOf } : undefined;
}

const countLines = (text: string) => text.split('\n').length - 1;

export function preprocessMdx(text: string): string {
  let out = unwrapMdxCodeBlocks(text)?.text ?? text;
  if (out.includes('{#')) {
    // The first `{#` of each heading line gets a backslash, unless it has one already.
    out = out.replace(HEADING_LINE, (line) => line.replace('{#', '\\{#').replace('\\\\{#', '\\{#'));
  }
  if (out.includes(':::')) out = withAdmonitionTitles(out);
  return out;
}

/**
 * `:::note Title` → `:::note[Title]` on each line that is such an opening. Only lines holding
 * `:::` can be: they are found with indexOf, which is much faster than a multiline expression
 * tried at every position of the page.
 */
function withAdmonitionTitles(text: string): string {
  // Lines end at \r, U+2028 and U+2029 too for the multiline expression: such pages take it whole.
  if (hasOtherLineTerminator(text)) {
    return text.replace(ADMONITION_TITLES, (_: string, quote = '', indent = '', directive: string, title: string) => withTitle(quote, indent, directive, title));
  }
  let out = '';
  let copied = 0;
  for (let at = text.indexOf(':::'); at !== -1; at = text.indexOf(':::', at)) {
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const match = ADMONITION_TITLE.exec(text.slice(start, end));
    if (match) {
      const [, quote = '', indent = '', directive, title] = match;
      out += text.slice(copied, start) + withTitle(quote, indent, directive, title);
      copied = end;
    }
    at = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
