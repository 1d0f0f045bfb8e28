/**
 * The reference extractor: links, headings and HTML anchors of one Markdown file, found with the
 * remark stack (remark-parse + remark-frontmatter, i.e. micromark, the parser family Docusaurus
 * itself uses). Exact but slow (about 0.4 MB/s); fast.ts must agree with it.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Heading as MdastHeading, Html, Nodes, Root } from 'mdast';
import type { PageExtract } from '../model/site.ts';
import { commentHeadingId, createHeadingIds } from '../model/headings.ts';
import { canonicalLinksIn, htmlIdsIn } from './html-attributes.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

export function extractReference(markdown: string): PageExtract {
  const tree = parser.parse(markdown) as Root;
  const extract: PageExtract = { links: [], headings: [], htmlIds: [], canonicals: [] };
  const ids = createHeadingIds();
  visit(tree, (node: Nodes) => {
    const start = node.position?.start;
    if (!start) return;
    switch (node.type) {
      case 'link':
      case 'image':
      case 'definition':
        extract.links.push({ url: node.url, kind: node.type, line: start.line, column: start.column });
        break;
      case 'heading':
        extract.headings.push({ depth: node.depth, ...headingIdentity(node, ids), line: start.line, column: start.column });
        break;
      case 'html':
        extract.htmlIds.push(...htmlIdsIn(node.value));
        extract.canonicals.push(...canonicalLinksIn(node.value, start));
        break;
    }
  });
  return extract;
}

/** Text and id as Docusaurus computes them: html children are left out of the text. */
function headingIdentity(heading: MdastHeading, ids: ReturnType<typeof createHeadingIds>) {
  const last = heading.children.at(-1);
  const commentId = last?.type === 'html' ? commentHeadingId((last as Html).value) : undefined;
  const textNodes = heading.children.filter((child) => child.type !== 'html');
  const text = toString(textNodes.length > 0 ? textNodes : heading);
  return ids.idFor(text, commentId);
}
