/**
 * Rules `broken-link`, `broken-anchor` and `draft-link` for the `<Link>`s pages render from code
 * (load/code-links.ts): written in a React page's module, or in a component of the site's that a
 * React page or an MDX page renders.
 * The build's link check collects them while it renders each page, and judges them as a doc's
 * links: resolved from the page's own address, a relative one included. The problem is reported
 * where the `<Link>` is written, once, naming a page that renders it. One the page renders only
 * behind a condition, a `.map`, a prop or a callback may escape the build, and is a warning.
 */
import type { CodeLinkUse, Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import type { SiteIndex } from '../site-index.ts';
import { applyTrailingSlash } from '../../content/model/routes.ts';
import { relativeAddressProblem, renderedAddressProblem, type Found, type RenderedAddress } from './rendered-address.ts';

const HINT = 'link to a page\'s address: its slug, or its path under the docs without .md';

/** A `<Link>` and the published pages that render it, those that render it whenever they render first. */
interface Rendered {
  link: CodeLinkUse;
  pages: Array<{ file: string; route: string; certain: boolean }>;
}

export function checkCodeLinks(site: Site, index: SiteIndex): Problem[] {
  const byPage = site.mdx?.codeLinks;
  if (!byPage) return [];
  // Every published page that may render code: React pages, docs, Markdown pages, blog posts.
  const published = [...(site.sitePages ?? []), ...[...site.pages, ...(site.markdownPages ?? []), ...(site.blogPosts ?? [])].filter(({ draft }) => !draft)];
  const routeOf = new Map(published.map(({ file, route }) => [file, route]));
  const rendered = new Map<string, Rendered>();
  for (const [page, links] of Object.entries(byPage).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const route = routeOf.get(page);
    if (route === undefined) continue; // not published (`_helpers.js`, a draft, a partial): the build renders it nowhere of its own
    for (const link of links) {
      const key = `${link.file}:${link.line}:${link.column}`;
      const entry = rendered.get(key) ?? rendered.set(key, { link, pages: [] }).get(key)!;
      entry.pages.push({ file: page, route, certain: link.certain });
    }
  }
  const problems: Problem[] = [];
  for (const { link, pages } of rendered.values()) {
    const problem = linkProblem(site, index, link, [...pages.filter(({ certain }) => certain), ...pages.filter(({ certain }) => !certain)]);
    if (problem) problems.push({ file: link.file, line: link.line, column: link.column, ...problem });
  }
  return problems;
}

/** The first problem the link has on the pages that render it (listed certain ones first). */
function linkProblem(site: Site, index: SiteIndex, link: CodeLinkUse, pages: Rendered['pages']): Found | undefined {
  const certain = pages.filter((page) => page.certain);
  const maybe = pages.filter((page) => !page.certain);
  for (const group of [certain, maybe]) {
    if (group.length === 0) continue;
    const first = group[0];
    const address: Omit<RenderedAddress, 'served' | 'resolvedOn'> = {
      value: link.url,
      written: link.url,
      subject: first.file === link.file ? `this <Link>` : `this <Link>, which ${first.file} (${first.route}) renders,`,
      rendered: first.certain,
      outcome: outcomeOf(site, first.certain),
    };
    const problem = link.url.startsWith('/')
      ? renderedAddressProblem(site, index, { ...address, ...(link.served ? { served: true } : {}) })
      : relativeAddressProblem(site, index, group, { ...address, value: withTrailingSlash(link.url, site.settings.trailingSlash) }, `${HINT}; a relative address is resolved from the address of the page that renders it`);
    if (problem) return problem;
  }
  return undefined;
}

/** What the build does with a link to nowhere: the page renders it always, or only sometimes. */
function outcomeOf(site: Site, certain: boolean): (stops: boolean) => string {
  if (!certain) return () => 'the page renders it only under a condition, a .map, a prop or a callback, so the build may not see it, but a reader who gets it finds nothing';
  const level = site.settings.onBrokenLinks ?? 'throw';
  return (stops) => (stops ? 'the build stops' : level === 'warn' ? 'Docusaurus warns' : level === 'log' ? 'Docusaurus logs it' : 'the config\'s onBrokenLinks lets the build go on');
}

/** The trailing-slash setting applied to a relative target's path, as `<Link>` does before the check sees it (not to an anchor alone). */
function withTrailingSlash(url: string, trailingSlash: boolean | undefined): string {
  const end = url.search(/[?#]/);
  const pathname = end === -1 ? url : url.slice(0, end);
  if (pathname === '' || pathname === '.' || pathname === '..') return url;
  return applyTrailingSlash(pathname, trailingSlash) + (end === -1 ? '' : url.slice(end));
}
