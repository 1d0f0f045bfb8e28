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
const HEADING_LINE = /(?:^|\n)#{1,6}(?!#).*/g;
const ADMONITION_KEYWORDS = ['secondary', 'info', 'success', 'danger', 'note', 'tip', 'warning', 'important', 'caution'];
const ADMONITION_TITLE = new RegExp(`^((?:> ?)*)( +|\\t+)?(:{3,}(?:${ADMONITION_KEYWORDS.join('|')})) +(.*)$`, 'gm');

export function preprocessMdx(text: string): string {
  let out = text;
  if (out.includes('mdx-code-block')) {
    const unwrap = (_: string, begin: string, _indent: string, children: string, end: string) => `${begin}${children}${end}`;
    out = out.replace(MDX_CODE_BLOCK_3, unwrap).replace(MDX_CODE_BLOCK_4, unwrap);
  }
  if (out.includes('{#')) {
    // The first `{#` of each heading line gets a backslash, unless it has one already.
    out = out.replace(HEADING_LINE, (line) => line.replace('{#', '\\{#').replace('\\\\{#', '\\{#'));
  }
  if (out.includes(':::')) {
    out = out.replace(ADMONITION_TITLE, (_: string, quote = '', indent = '', directive: string, title: string) => `${quote}${indent}${directive}[${title}]`);
  }
  return out;
}
