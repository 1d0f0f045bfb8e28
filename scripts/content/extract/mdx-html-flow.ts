/**
 * Where MDX reads what CommonMark takes for an HTML block otherwise. MDX has no HTML blocks: a
 * line like `<details>` or `<TabItem value="a">` is a JSX element, and the lines after it are
 * Markdown. So a link, heading or autolink in such a block is MDX's to read, and a fence or a
 * comment opened there runs on past the blank line that ends the block for CommonMark. That
 * blank line may sit inside the code (a `<details>` or `<TabItem>` holding an indented fence):
 * CommonMark then reads the rest of the code as Markdown, and its closing fence as an opening
 * one that swallows the headings and links below. MDX's reading (reference.ts) reads a page
 * that holds such a block without HTML blocks.
 */

/** Complete comments, which MDX reads as comments too (mdx1Compat.comments). */
const COMMENT = /<!--[\s\S]*?-->/g;
/**
 * What MDX reads otherwise in a block's text: a bracket (links, images, definitions, footnotes),
 * a comment left open, an autolink, or a line that is a heading, a setext underline or a fence
 * (its containers' markers or indentation before it).
 */
const READ_OTHERWISE = /\[|<!--|<[A-Za-z][A-Za-z0-9+.-]{1,31}:|^[ \t>]*(?:#{1,6}(?:[ \t\r]|$)|(?:=+|-+)[ \t\r]*$|`{3,}|~{3,})/m;

/**
 * Whether MDX may read the lines of an HTML block (its text, as CommonMark reads it) otherwise.
 * A comment block is one to MDX only where nothing follows its comments: CommonMark's block
 * takes the rest of the closing line too (`<!-- a -->[b](c)`, or text after a `-->` on a later line).
 */
export function mdxMayReadHtmlBlockOtherwise(block: string): boolean {
  const withoutComments = block.includes('<!--') ? block.replace(COMMENT, '') : block;
  if (block.trimStart().startsWith('<!--') && withoutComments.trim() !== '') return true;
  return READ_OTHERWISE.test(withoutComments);
}
