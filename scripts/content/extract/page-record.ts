/**
 * One page file's record: its front matter, links and headings, partial imports and MDX facts.
 * Links and headings come from page-extract.ts: the fast scanner where it can, micromark where
 * it cannot. Pure: the same text always gives the same record, which is why records can be
 * cached by content hash.
 *
 * A record is made in two parts, which two threads can make apart (load/page-queue.ts): the
 * links and headings, and the rest.
 */
import type { PageRecord } from '../model/site.ts';
import { parseFrontMatter } from '../model/front-matter.ts';
import { extractPage } from './page-extract.ts';
import { partialImports } from './mdx-imports.ts';
import { mdxFactsOf } from './mdx-facts.ts';
import { holdsSiteSyntax, type SiteSyntax } from './site-syntax.ts';

/** The links and headings. */
export type ExtractPart = Pick<PageRecord, 'extract'>;
/** The front matter, partial imports and MDX facts. */
export type RestPart = Omit<PageRecord, 'extract'>;

export const extractPartOf = (content: string): ExtractPart => ({ extract: extractPage(content) });

// Only texts that can hold MDX syntax are parsed; the parser loads on first need.
export const restPartOf = (content: string): RestPart => ({ frontMatter: parseFrontMatter(content), imports: partialImports(content), mdx: mdxFactsOf(content) });

/**
 * `syntax`: the site's own syntax (site-syntax.ts), when it has some. A text that holds any of
 * it is read by the parser with it, whole; the others read as without it.
 */
export function recordOf(content: string, syntax?: SiteSyntax): PageRecord {
  if (!syntax || !holdsSiteSyntax(content, syntax)) return { ...extractPartOf(content), ...restPartOf(content) };
  return { extract: extractPage(content, syntax), frontMatter: parseFrontMatter(content), imports: partialImports(content), mdx: mdxFactsOf(content, syntax) };
}
