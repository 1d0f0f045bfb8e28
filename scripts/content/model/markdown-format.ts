/**
 * Whether Docusaurus reads a file as MDX or as CommonMark, as its mdx-loader decides (getFormat):
 * front matter `mdx.format` first, then the config's `markdown.format`; `detect` goes by the
 * extension (`.md` and its cousins are CommonMark, anything else MDX).
 */
import path from 'node:path';
import type { MarkdownFormat, MdxFacts, PageExtract, Position, TextSpan } from './site.ts';

const COMMONMARK_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkdn', '.mkd', '.mdwn', '.mkdown', '.ron']);

export function formatOf(file: string, frontMatter: Record<string, unknown>, configured: MarkdownFormat): 'md' | 'mdx' {
  const mdx = frontMatter.mdx as { format?: unknown } | undefined;
  const chosen = mdx && typeof mdx === 'object' && ['md', 'mdx', 'detect'].includes(mdx.format as string) ? (mdx.format as MarkdownFormat) : configured;
  if (chosen !== 'detect') return chosen;
  return COMMONMARK_EXTENSIONS.has(path.posix.extname(file)) ? 'md' : 'mdx';
}

/**
 * A text's links and headings as Docusaurus compiles it. For a file compiled as MDX: MDX's
 * reading where it differs (indented lines, extract/mdx-indentation.ts), without the links that
 * start where MDX reads JavaScript (extract/mdx-script-spans.ts), and with the links MDX finds
 * in what CommonMark reads as HTML blocks (extract/mdx-html-links.ts). A file read as
 * CommonMark keeps the extract as it is.
 */
export function extractAsCompiled(extract: PageExtract, mdx: MdxFacts | undefined, format: 'md' | 'mdx'): PageExtract {
  if (format === 'md' || (!extract.mdxReading && !mdx?.markdownInHtml && !mdx?.scriptSpans)) return extract;
  const { mdxReading, ...commonMark } = extract;
  let read: PageExtract = mdxReading ? { ...commonMark, ...mdxReading } : commonMark;
  if (mdx?.scriptSpans) read = withoutScript(read, mdx.scriptSpans);
  if (!mdx?.markdownInHtml) return read;
  const known = new Set(read.links.map(({ line, column }) => `${line}:${column}`));
  const inHtml = mdx.markdownInHtml.filter(({ line, column }) => !known.has(`${line}:${column}`)).map(({ url, line, column, kind }) => ({ url, line, column, kind }));
  return inHtml.length > 0 ? { ...read, links: [...read.links, ...inHtml] } : read;
}

/** The extract without the links that start inside `spans`. */
function withoutScript(extract: PageExtract, spans: TextSpan[]): PageExtract {
  const links = extract.links.filter((link) => !spans.some((span) => isWithin(link, span)));
  return links.length === extract.links.length ? extract : { ...extract, links };
}

const isWithin = ({ line, column }: Position, span: TextSpan) =>
  (line > span.line || (line === span.line && column >= span.column)) && (line < span.endLine || (line === span.endLine && column < span.endColumn));
