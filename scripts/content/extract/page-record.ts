/**
 * One page file's record: its front matter, links and headings, partial imports and MDX facts.
 * Links and headings come from page-extract.ts: the fast scanner where it can, micromark where
 * it cannot. Pure: the same text always gives the same record, which is why records can be
 * cached by content hash.
 */
import type { PageRecord } from '../model/site.ts';
import { parseFrontMatter } from '../model/front-matter.ts';
import { extractPage } from './page-extract.ts';
import { partialImports } from './mdx-imports.ts';
import { mdxFactsOf } from './mdx-facts.ts';

export function recordOf(content: string): PageRecord {
  return {
    frontMatter: parseFrontMatter(content),
    extract: extractPage(content),
    imports: partialImports(content),
    // Only texts that can hold MDX syntax are parsed; the parser loads on first need.
    mdx: mdxFactsOf(content),
  };
}
