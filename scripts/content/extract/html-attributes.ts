/**
 * What the check reads from raw HTML / JSX in a page: canonical links of a `<head>` block,
 * `id="…"` attributes of the elements Docusaurus takes as anchors, and `<a href>`s.
 */
import type { CanonicalLink, MarkdownLink } from '../model/site.ts';

const LINK_TAG = /<link\b[^>]*>/gi;
const REL_CANONICAL = /\brel\s*=\s*["']?canonical["'\s/>]/i;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
// The elements whose id Docusaurus collects as an anchor when they come from Markdown or raw
// HTML (theme Heading for h2–h6, Link for a, MDX Li, Details); a `name` is never collected.
const ANCHOR_TAG = /<(?:a|li|details|h[2-6])\b[^>]*>/gi;
const ID_ATTRIBUTE = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/** Canonical hrefs in an HTML fragment that starts at `start` (1-based) in the file. */
export function canonicalLinksIn(html: string, start: { line: number; column: number }): CanonicalLink[] {
  const found: CanonicalLink[] = [];
  for (const tag of html.matchAll(LINK_TAG)) {
    if (!REL_CANONICAL.test(tag[0])) continue;
    const href = HREF.exec(tag[0]);
    if (!href) continue;
    const offset = (tag.index ?? 0) + (href.index ?? 0) + href[0].indexOf('=') + 1;
    found.push({ href: href[1] ?? href[2] ?? href[3] ?? '', ...positionAt(html, offset, start) });
  }
  return found;
}

/**
 * The hrefs of `<a>` tags in an HTML fragment that starts at `start` (1-based) in the file, each
 * at its value: in a page read as CommonMark, the theme's Link renders them, and the build checks
 * them as it checks any link (kind `html-link`).
 */
export function anchorHrefsIn(html: string, start: { line: number; column: number }): MarkdownLink[] {
  if (!html.includes('href')) return NONE; // most fragments: no attribute to look for
  const found: MarkdownLink[] = [];
  for (const tag of html.matchAll(A_TAG)) {
    const href = HREF.exec(tag[0]);
    if (!href) continue;
    const offset = (tag.index ?? 0) + (href.index ?? 0) + href[0].indexOf('=') + 1;
    found.push({ url: href[1] ?? href[2] ?? href[3] ?? '', kind: 'html-link', ...positionAt(html, offset, start) });
  }
  return found;
}

const A_TAG = /<a\b[^>]*>/gi;
const NONE: MarkdownLink[] = [];

/** Ids of the elements Docusaurus would collect as anchors, in a page read as CommonMark. */
export function htmlIdsIn(html: string): string[] {
  return [...html.matchAll(ANCHOR_TAG)].map((tag) => ID_ATTRIBUTE.exec(tag[0])).flatMap((id) => (id && (id[1] || id[2]) ? [id[1] || id[2]] : []));
}

/** Position of `offset` inside `text`, given where `text` starts in the file. */
export function positionAt(text: string, offset: number, start: { line: number; column: number }) {
  let line = start.line;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const column = line === start.line ? start.column + offset : offset - lineStart + 1;
  return { line, column };
}
