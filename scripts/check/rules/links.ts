/**
 * Rules `broken-link`, `broken-anchor` and `draft-link`: they share one resolution of every
 * link (check/resolve.ts), so each link is resolved once.
 */
import type { Site } from '../../content/model.ts';
import type { Problem } from '../problem.ts';
import { resolveLink } from '../resolve.ts';
import { safeDecodeURIComponent, type SiteIndex } from '../site-index.ts';

export function checkLinks(site: Site, index: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  for (const page of site.pages) {
    for (const link of page.extract.links) {
      const resolution = resolveLink(index, page, link);
      if (resolution.kind !== 'missing' && resolution.kind !== 'page') continue; // nothing more to check
      const at = { file: page.file, line: link.line, column: link.column };
      if (resolution.kind === 'missing') {
        problems.push({ ...at, severity: 'error', rule: 'broken-link', message: resolution.message, hint: resolution.hint });
        continue;
      }
      if (resolution.kind !== 'page') continue;
      const target = resolution.page;
      if (resolution.crossVersion) {
        // Docusaurus follows the path, but a version's pages should stand on their own.
        problems.push({
          ...at, severity: 'warning', rule: 'broken-link',
          message: `link "${link.url}" leads into version "${target.version}" (${target.file})`,
          hint: `Docusaurus follows it, but a page of version ${page.version} should link to the same page in its own version`,
        });
      }
      if (target.draft && !page.draft) {
        problems.push({
          ...at, severity: 'error', rule: 'draft-link',
          message: `links to draft page ${target.file}, which is not published`,
          hint: 'remove the link, or publish the page by setting draft: false',
        });
        continue;
      }
      const hash = resolution.hash;
      if (hash) {
        const anchors = index.anchorsOf(target);
        if (!anchors.has(hash) && !anchors.has(safeDecodeURIComponent(hash))) {
          problems.push({
            ...at, severity: 'error', rule: 'broken-anchor',
            message: `no heading "#${hash}" in ${target.file}`,
            hint: closestAnchorHint(hash, anchors),
          });
        }
      }
    }
  }
  return problems;
}

function closestAnchorHint(hash: string, anchors: Set<string>): string {
  const wanted = hash.toLowerCase();
  let best: string | undefined;
  let bestScore = 0;
  for (const anchor of anchors) {
    const score = commonPrefix(anchor, wanted) + (anchor.includes(wanted) || wanted.includes(anchor) ? 5 : 0);
    if (score > bestScore) {
      best = anchor;
      bestScore = score;
    }
  }
  return best && bestScore >= 3
    ? `did you mean "#${best}"? Heading ids are the heading text in lower case with dashes`
    : 'heading ids are the heading text in lower case with dashes, or a {#custom-id}';
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
