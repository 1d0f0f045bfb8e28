/**
 * Rules `broken-link`, `broken-anchor` and `draft-link` for the `<Link>`s pages render from code
 * (load/code-links.ts): written in a React page's module, or in a component of the site's that a
 * React page or an MDX page renders, or in the site's copy of a theme component every page renders
 * (`src/theme/Footer`).
 * The build's link check collects them while it renders each page, and judges them as a doc's
 * links: resolved from the page's own address, a relative one included. The problem is reported
 * where the `<Link>` is written, once, naming a page that renders it. One the page renders only
 * behind a condition, a `.map`, a prop or a callback may escape the build, and is a warning.
 */
import { EVERY_PAGE, type CodeLinkUse, type Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import type { SiteIndex } from '../site-index.ts';
import { everyBuiltPage, relativeAddressProblem, renderedAddressProblem, type Found, type RenderedAddress } from './rendered-address.ts';

const HINT = 'link to a page\'s address: its slug, or its path under the docs without .md';

/** A `<Link>` and the published pages that render it; `everyPage`: every page does (for certain or maybe). */
interface Rendered {
  link: CodeLinkUse;
  pages: RenderingPage[];
  everyPage?: { certain: boolean };
}

interface RenderingPage {
  /** The page's file; absent for a route known by its address alone. */
  file?: string;
  route: string;
  certain: boolean;
}

export function checkCodeLinks(site: Site, index: SiteIndex): Problem[] {
  const byPage = site.mdx?.codeLinks;
  if (!byPage) return [];
  // Every published page that may render code: React pages, docs, Markdown pages, blog posts.
  const published = [...(site.sitePages ?? []), ...[...site.pages, ...(site.markdownPages ?? []), ...(site.blogPosts ?? [])].filter(({ draft }) => !draft)];
  const routeOf = new Map(published.map(({ file, route }) => [file, route]));
  const rendered = new Map<string, Rendered>();
  const entryOf = (link: CodeLinkUse) => {
    const key = `${link.file}:${link.line}:${link.column}`;
    return rendered.get(key) ?? rendered.set(key, { link, pages: [] }).get(key)!;
  };
  for (const [page, links] of Object.entries(byPage).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (page === EVERY_PAGE) {
      for (const link of links) entryOf(link).everyPage = { certain: link.certain };
      continue;
    }
    const route = routeOf.get(page);
    if (route === undefined) continue; // not published (`_helpers.js`, a draft, a partial): the build renders it nowhere of its own
    for (const link of links) entryOf(link).pages.push({ file: page, route, certain: link.certain });
  }
  // What every page renders is resolved from each page the build makes (only a relative address needs them all).
  let everyRoute: RenderingPage[] | undefined;
  const everyRouteOnce = () => (everyRoute ??= everyBuiltPage(site).map((page) => ({ ...page, certain: true })));
  const problems: Problem[] = [];
  for (const { link, pages, everyPage } of rendered.values()) {
    const groups = [
      ...(everyPage?.certain ? [{ pages: everyRouteOnce(), certain: true, every: true }] : []),
      { pages: pages.filter(({ certain }) => certain), certain: true, every: false },
      ...(everyPage && !everyPage.certain ? [{ pages: everyRouteOnce(), certain: false, every: true }] : []),
      { pages: pages.filter(({ certain }) => !certain), certain: false, every: false },
    ];
    const problem = linkProblem(site, index, link, groups);
    if (problem) problems.push({ file: link.file, line: link.line, column: link.column, ...problem });
  }
  return problems;
}

/** The first problem the link has, on the pages that render it: for certain first, each group as one. */
function linkProblem(site: Site, index: SiteIndex, link: CodeLinkUse, groups: Array<{ pages: RenderingPage[]; certain: boolean; every: boolean }>): Found | undefined {
  for (const { pages, certain, every } of groups) {
    if (pages.length === 0) continue;
    const first = pages[0];
    const address: Omit<RenderedAddress, 'served' | 'resolvedOn'> = {
      value: link.url,
      written: link.url,
      // A relative address names the page it leads nowhere from (relativeAddressProblem's resolvedOn).
      subject: every ? (certain ? 'this <Link>, which every page renders,' : 'this <Link>, which the theme may render on any page,') : first.file === link.file || !link.url.startsWith('/') ? 'this <Link>' : `this <Link>, which ${first.file} (${first.route}) renders,`,
      rendered: certain,
      outcome: outcomeOf(site, certain),
    };
    const problem = link.url.startsWith('/')
      ? renderedAddressProblem(site, index, { ...address, ...(link.served ? { served: true } : {}) })
      : relativeAddressProblem(site, index, pages, address, `${HINT}; a relative address is resolved from the address of the page that renders it`);
    if (problem) return problem;
  }
  return undefined;
}

/** What the build does with a link to nowhere: the page renders it always, or only sometimes. */
function outcomeOf(site: Site, certain: boolean): (stops: boolean) => string {
  if (!certain) return () => 'it renders only where a condition, a .map, a prop, a callback or another component lets it, so the build may pass, but a reader who gets it finds nothing';
  const level = site.settings.onBrokenLinks ?? 'throw';
  return (stops) => (stops ? 'the build stops' : level === 'warn' ? 'Docusaurus warns' : level === 'log' ? 'Docusaurus logs it' : 'the config\'s onBrokenLinks lets the build go on');
}
