/**
 * The GFM autolink literals Docusaurus cannot read, from a parse of the page as each format
 * reads it (see url-literals.ts, which calls this only when a quick scan finds a suspect):
 * - `md`: CommonMark with front matter, directives and GFM, as mdx-loader reads `format: md`;
 * - `mdx`: the MDX parse of mdx-parse.ts. A page that does not parse as MDX has no literals
 *   there: its syntax error is what the writer sees first.
 *
 * Only the parts of the page with a suspect are parsed, and those that may leave something open:
 * the segments of mdx-blocks.ts, cut where a parser starts afresh, each followed by a definition
 * that must come back at the top level (or something was left open in the part). When one does
 * not, when a part with a suspect has brackets and the page has definitions (which decide what
 * is a link), and for the md reading of a page with HTML blocks that may span blank lines, the
 * whole page is parsed.
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
import { mdxSegments, SEGMENT_END_LABEL } from './mdx-blocks.ts';
import { simpleSegmentFacts } from './mdx-simple.ts';
import { hasUnreadableReading, type LiteralUrl } from './url-literals.ts';

const markdown = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkGfm);
/** HTML blocks that CommonMark ends only at their end marker, maybe after blank lines. */
const LONG_HTML_BLOCK = /^ {0,3}<(?:pre|script|style|textarea|!--|\?|![A-Za-z]|!\[CDATA\[)/im;

type Format = 'md' | 'mdx';

export function unreadableLiterals(text: string, format: Format): LiteralUrl[] {
  const source = format === 'mdx' ? preprocessMdx(text) : text;
  const cut = mdxSegments(source);
  if (!cut || (format === 'md' && LONG_HTML_BLOCK.test(source))) return literalsOfPage(source, format);
  // Definitions decide whether `[…][ref]` is a link, and no literal is made inside one.
  const definitions = source.includes(']:');
  const found: LiteralUrl[] = [];
  for (const segment of cut.segments) {
    const part = cut.lines.slice(segment.from, segment.to).join('\n');
    const suspect = hasUnreadableReading(part);
    // A part that may leave something open (a fence the cuts do not follow; in MDX a comment,
    // an expression, ESM or JSX) is parsed too, for its check: the cuts after it hold only if
    // it closes what it opens. Plain tags close on their own (mdx-simple.ts).
    const mayLeaveOpen = segment.nestedFence || (format === 'mdx' && segment.mdxLines.length > 0 && !simpleSegmentFacts(cut.bareLines, segment));
    if (!suspect && !mayLeaveOpen) continue;
    if (suspect && definitions && part.includes('[')) return literalsOfPage(source, format);
    const literals = partLiterals(part, format);
    if (!literals) return literalsOfPage(source, format);
    if (suspect) for (const literal of literals) found.push({ ...literal, line: literal.line + segment.from });
  }
  return found;
}

/** The same, from a parse of the whole page (`source` as the format reads it). */
export function literalsOfPage(source: string, format: Format): LiteralUrl[] {
  try {
    return unreadableIn(parse(source, format), source);
  } catch {
    return []; // an MDX syntax error
  }
}

/**
 * A part's unreadable literals (lines counted from its first), null when it does not read alone
 * as in the page. Versions of a page repeat most of their parts: each is read once per thread.
 */
const readParts = new Map<string, LiteralUrl[] | null>();
const READ_PARTS_LIMIT = 10_000;

function partLiterals(part: string, format: Format): LiteralUrl[] | null {
  const key = `${format}\n${part}`;
  let literals = readParts.get(key);
  if (literals === undefined) {
    const tree = parseAlone(part, format);
    literals = tree ? unreadableIn(tree, `\n${part}`).map((literal) => ({ ...literal, line: literal.line - 1 })) : null;
    if (readParts.size >= READ_PARTS_LIMIT) readParts.clear();
    readParts.set(key, literals);
  }
  return literals;
}

/** A part's tree when it parses as in the page: no error, and the definition after it at the top level. */
function parseAlone(part: string, format: Format): Root | undefined {
  let tree: Root;
  try {
    // A line before it, as in the page: a part that starts with `---` is no front matter.
    tree = parse(`\n${part}\n\n[${SEGMENT_END_LABEL}]: #`, format);
  } catch {
    return undefined;
  }
  const last = tree.children.at(-1);
  return last?.type === 'definition' && last.identifier === SEGMENT_END_LABEL ? tree : undefined;
}

const parse = (source: string, format: Format): Root => (format === 'md' ? (markdown.parse(source) as Root) : mdxTreeOf(source));

/** The literals of a tree Docusaurus cannot read, at their places in `source`. */
function unreadableIn(tree: Root, source: string): LiteralUrl[] {
  const found: LiteralUrl[] = [];
  visit(tree, 'link', (node) => {
    const start = node.position?.start;
    // A literal's node starts at its text; a written link at `[` or `<`.
    if (!start || start.offset === undefined || /[[<]/.test(source[start.offset] ?? '')) return;
    if (!docusaurusReadsUrl(node.url)) found.push({ url: node.url, line: start.line, column: start.column });
  });
  return found;
}
