/**
 * One page file's record: its front matter, links and headings, partial imports and MDX facts. The fast
 * extractor answers where it can; the reference (micromark) where it cannot. Pure: the same text
 * always gives the same record, which is why records can be cached by content hash.
 */
import type { PageExtract, PageRecord } from '../model/site.ts';
import { parseFrontMatter } from '../model/front-matter.ts';
import { extractFast } from './fast.ts';
import { partialImports } from './mdx-imports.ts';
import { mdxFactsOf } from './mdx-facts.ts';

export function recordOf(content: string): PageRecord {
  return {
    frontMatter: parseFrontMatter(content),
    extract: extractFast(content) ?? loadReference()(content),
    imports: partialImports(content),
    // Only texts that can hold MDX syntax are parsed; the parser loads on first need.
    mdx: mdxFactsOf(content),
  };
}

// The remark stack is most of the start-up time: load it only when a page needs it.
let reference: ((content: string) => PageExtract) | undefined;
function loadReference(): (content: string) => PageExtract {
  reference ??= (require('./reference.ts') as typeof import('./reference.ts')).extractReference;
  return reference;
}
