/**
 * What the check reads from raw HTML / JSX in a page: canonical links of a `<head>` block and
 * `id="…"` attributes (they are anchors as much as headings are).
 */
import type { CanonicalLink } from './model.ts';

const LINK_TAG = /<link\b[^>]*>/gi;
const REL_CANONICAL = /\brel\s*=\s*["']?canonical["'\s/>]/i;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const ID_ATTRIBUTE = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

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

export function htmlIdsIn(html: string): string[] {
  return [...html.matchAll(ID_ATTRIBUTE)].map((match) => match[1] ?? match[2] ?? '').filter(Boolean);
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
