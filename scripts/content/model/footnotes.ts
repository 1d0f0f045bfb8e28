/**
 * The anchors GFM footnotes give a page, as Docusaurus renders them (remark-gfm, then
 * mdast-util-to-hast inside MDX): each call is `<a id="user-content-fnref-x">` (`-2`, `-3` for
 * later calls of the same note), each called note a `<li id="user-content-fn-x">`, and the list
 * a heading `<h2 id="footnote-label">`. Docusaurus's `a`, `li` and `h2` components all collect
 * their ids, so links to these anchors build, in `.md` and `.mdx` pages alike.
 */
import { normalizeUri } from 'micromark-util-sanitize-uri';
import type { PageExtract } from './site.ts';

/** Ids made by the footnote calls of a page, given the calls' identifiers (mdast's, lower case), in any order. */
export function footnoteAnchors(callIdentifiers: readonly string[]): string[] {
  if (callIdentifiers.length === 0) return [];
  const calls = new Map<string, number>();
  const anchors = ['footnote-label'];
  for (const identifier of callIdentifiers) {
    // mdast-util-to-hast counts calls by the upper-cased identifier and names them by its
    // lower case (which differs for letters like ß), escaped as a URL.
    const key = identifier.toUpperCase();
    const safeId = normalizeUri(key.toLowerCase());
    const count = (calls.get(key) ?? 0) + 1;
    calls.set(key, count);
    if (count === 1) anchors.push(`user-content-fn-${safeId}`);
    anchors.push(`user-content-fnref-${safeId}${count > 1 ? `-${count}` : ''}`);
  }
  return anchors.sort();
}

/** The `footnoteIds` of a page extract, from its calls: absent when it calls no footnote. */
export function withFootnoteIds(calls: ReadonlyArray<{ identifier: string }>): Pick<PageExtract, 'footnoteIds'> {
  return calls.length === 0 ? {} : { footnoteIds: footnoteAnchors(calls.map(({ identifier }) => identifier)) };
}
