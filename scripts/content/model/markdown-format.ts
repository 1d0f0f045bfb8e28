/**
 * Whether Docusaurus reads a file as MDX or as CommonMark, as its mdx-loader decides (getFormat):
 * front matter `mdx.format` first, then the config's `markdown.format`; `detect` goes by the
 * extension (`.md` and its cousins are CommonMark, anything else MDX).
 */
import path from 'node:path';
import type { MarkdownFormat, PageExtract } from './site.ts';

const COMMONMARK_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkdn', '.mkd', '.mdwn', '.mkdown', '.ron']);

export function formatOf(file: string, frontMatter: Record<string, unknown>, configured: MarkdownFormat): 'md' | 'mdx' {
  const mdx = frontMatter.mdx as { format?: unknown } | undefined;
  const chosen = mdx && typeof mdx === 'object' && ['md', 'mdx', 'detect'].includes(mdx.format as string) ? (mdx.format as MarkdownFormat) : configured;
  if (chosen !== 'detect') return chosen;
  return COMMONMARK_EXTENSIONS.has(path.posix.extname(file)) ? 'md' : 'mdx';
}

/** A text's links and headings as Docusaurus compiles it: MDX's reading, where it differs, for a file compiled as MDX. */
export function extractAsCompiled(extract: PageExtract, format: 'md' | 'mdx'): PageExtract {
  if (format === 'md' || !extract.mdxReading) return extract;
  const { mdxReading, ...commonMark } = extract;
  return { ...commonMark, ...mdxReading };
}
