/**
 * The GFM autolink literals Docusaurus cannot read, from a parse of the page as each format
 * reads it (see url-literals.ts, which calls this only when a quick scan finds a suspect):
 * - `md`: CommonMark with front matter, directives and GFM, as mdx-loader reads `format: md`;
 * - `mdx`: the MDX parse of mdx-parse.ts. A page that does not parse as MDX has no literals
 *   there: its syntax error is what the writer sees first.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { docusaurusReadsUrl } from '../model/url-parse.ts';
import { mdxTreeOf } from './mdx-parse.ts';
import { preprocessMdx } from './mdx-preprocess.ts';
import type { LiteralUrl } from './url-literals.ts';

const markdown = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkGfm);

export function unreadableLiterals(text: string, format: 'md' | 'mdx'): LiteralUrl[] {
  let source = text;
  let tree: Root;
  if (format === 'md') {
    tree = markdown.parse(source) as Root;
  } else {
    source = preprocessMdx(text);
    try {
      tree = mdxTreeOf(source);
    } catch {
      return [];
    }
  }
  const found: LiteralUrl[] = [];
  visit(tree, 'link', (node) => {
    const start = node.position?.start;
    // A literal's node starts at its text; a written link at `[` or `<`.
    if (!start || start.offset === undefined || /[[<]/.test(source[start.offset] ?? '')) return;
    if (!docusaurusReadsUrl(node.url)) found.push({ url: node.url, line: start.line, column: start.column });
  });
  return found;
}
