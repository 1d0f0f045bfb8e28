/**
 * Rules `broken-link`, `broken-anchor` and `draft-link` for the `<Link>`s pages render from code
 * (load/code-links.ts): written in a React page's module, or in a component of the site's that a
 * React page or an MDX page renders, or in the site's copy of a theme component every page renders
 * (`src/theme/Footer`).
 * The build's link check collects them while it renders each page, and judges them as a doc's
 * links: resolved from the page's own address, a relative one included. The problem is reported
 * where the `<Link>` is written, once, naming a page that renders it. One the page renders only
 * behind a condition, a `.map`, a prop or a callback may escape the build, and is a warning.
 * A blog's list, tag and author pages render each post they show up to its truncate marker, and
 * the links its components render there too: judged from those pages' addresses (listPages).
 */
import { EVERY_PAGE, type CodeLinkUse, type Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import type { SiteIndex } from '../site-index.ts';
import { everyBuiltPage, relativeAddressProblem, renderedAddressProblem, type Found, type RenderedAddress } from './rendered-address.ts';
import { listingsByPost, pagesShowing } from '../../content/model/blog-routes.ts';
import { pagesNamed } from './blog-list-names.ts';
import { defaultImportsOf } from '../../content/model/default-imports.ts';

const HINT = 'link to a page\'s address: its slug, or its path under the docs without .md';

/** A `<Link>` and the published pages that render it; `everyPage`: every page does (for certain or maybe); `lists`: blog list pages do. */
interface Rendered {
  link: CodeLinkUse;
  pages: RenderingPage[];
  everyPage?: { certain: boolean };
  lists?: ListPages[];
}

/** The pages of one list of a blog that show `post` and so render the link: certain only on the page sure to show it. */
interface ListPages {
  pages: RenderingPage[];
  certain: boolean;
  /** Who renders the link there, for the message. */
  subject: string;
  /** Any of `pages` may be the one that shows the post: only what breaks on each of them surely breaks there. */
  onEach?: true;
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
  for (const { link, page } of partialsRendering(site, index)) entryOf(link).pages.push(page);
  for (const { link, lists } of listPages(site)) (entryOf(link).lists ??= []).push(...lists);
  // What every page renders is resolved from each page the build makes (only a relative address needs them all).
  let everyRoute: RenderingPage[] | undefined;
  const everyRouteOnce = () => (everyRoute ??= everyBuiltPage(site).map((page) => ({ ...page, certain: true })));
  const problems: Problem[] = [];
  for (const { link, pages, everyPage, lists = [] } of rendered.values()) {
    // The post's own pages come before its list pages: what breaks from its own address is reported there, once.
    const groups = [
      ...(everyPage?.certain ? [{ pages: everyRouteOnce(), certain: true, every: true }] : []),
      { pages: pages.filter(({ certain }) => certain), certain: true, every: false },
      ...lists.filter(({ certain }) => certain).map((list) => ({ ...list, every: false })),
      ...(everyPage && !everyPage.certain ? [{ pages: everyRouteOnce(), certain: false, every: true }] : []),
      { pages: pages.filter(({ certain }) => !certain), certain: false, every: false },
      ...lists.filter(({ certain }) => !certain).map((list) => ({ ...list, every: false })),
    ];
    const problem = linkProblem(site, index, link, groups);
    if (problem) problems.push({ file: link.file, line: link.line, column: link.column, ...problem });
  }
  return problems;
}

/**
 * A partial renders nowhere of its own: its components render in each doc that renders it
 * (`<Part />` of `import Part from './_part.mdx'`), and their links are judged from there.
 * Certain where the link is certain in the partial and the doc renders the partial it imports
 * at its own level; through another partial, or inside a component, maybe. A partial a
 * `<Tabs lazy>` leaves out of the build renders nothing there.
 */
function partialsRendering(site: Site, index: SiteIndex): Array<{ link: CodeLinkUse; page: RenderingPage }> {
  const byPage = site.mdx?.codeLinks ?? {};
  if (!site.partials.some(({ file }) => byPage[file])) return []; // most sites
  const found: Array<{ link: CodeLinkUse; page: RenderingPage }> = [];
  for (const page of site.pages) {
    if (page.draft || page.imports.length === 0) continue;
    const hidden = index.hiddenPartialsOf(page);
    for (const partial of index.partialsOf(page)) {
      const links = byPage[partial.file];
      if (!links || hidden.has(partial.file)) continue;
      const certain = rendersAtItsLevel(page, partial.file);
      for (const link of links) found.push({ link, page: { file: page.file, route: page.route, certain: certain && link.certain } });
    }
  }
  return found;
}

/** Whether the page imports `file` itself and renders it as an element of its own level (`<Part />`, not inside another component). */
function rendersAtItsLevel(page: Site['pages'][number], file: string): boolean {
  if (!page.mdx) return false;
  const names = page.imports.filter((imported) => imported.file === file).flatMap(({ source }) => defaultImportsOf(page.mdx!, source));
  return (page.mdx.componentProps ?? []).some(({ name, within }) => within === undefined && names.includes(name));
}

/**
 * The blog's list, tag and author pages that show a post render what its text above the truncate
 * marker renders (the whole post without one), and the build checks those links there: a relative
 * one resolves from the list page's address, a `#…` looks among that page's anchors
 * (load/blog-posts.ts, blogListAnchors). On the page the blog's order surely puts the post, a link
 * is as certain as on the post; on a list whose order is not known, any page may show it: maybe.
 * A path from the root leads to the same page from anywhere, and is judged from the post already.
 */
function listPages(site: Site): Array<{ link: CodeLinkUse; lists: ListPages[] }> {
  const found: Array<{ link: CodeLinkUse; lists: ListPages[] }> = [];
  for (const [post, listings] of listingsByPost(site.blogListings ?? [])) {
    const links = (site.mdx?.listedCodeLinks?.[post.file] ?? (post.truncatedAt === undefined ? site.mdx?.codeLinks?.[post.file] : undefined) ?? []).filter(({ url }) => !url.startsWith('/'));
    if (links.length === 0 || post.draft) continue;
    const shown = listings.map((listing) => ({ kind: listing.kind, ...pagesShowing(listing, post) }));
    for (const link of links) {
      found.push({
        link,
        lists: shown.map(({ kind, routes, sure }) => ({
          pages: routes.map((route) => ({ route, certain: sure && link.certain })),
          certain: sure && link.certain,
          ...(sure ? {} : { onEach: true as const }),
          subject: link.file === post.file
            ? `this <Link>, which ${pagesNamed([{ kind, routes }]).words} ${routes.length === 1 ? 'shows' : 'show'} with this post${post.truncatedAt === undefined ? '' : ' (up to its truncate marker)'},`
            : `this <Link>, which ${post.file} renders and ${pagesNamed([{ kind, routes }]).words} ${routes.length === 1 ? 'shows' : 'show'} with that post${post.truncatedAt === undefined ? '' : ' (up to its truncate marker)'},`,
        })),
      });
    }
  }
  return found;
}

/** The first problem the link has, on the pages that render it: for certain first, each group as one. */
function linkProblem(site: Site, index: SiteIndex, link: CodeLinkUse, groups: Array<{ pages: RenderingPage[]; certain: boolean; every: boolean; subject?: string; onEach?: true }>): Found | undefined {
  for (const { pages, certain, every, subject, onEach } of groups) {
    if (pages.length === 0) continue;
    const first = pages[0];
    const address: Omit<RenderedAddress, 'served' | 'resolvedOn'> = {
      value: link.url,
      written: link.url,
      // A relative address names the page it leads nowhere from (relativeAddressProblem's resolvedOn).
      subject: subject ?? (every ? (certain ? 'this <Link>, which every page renders,' : 'this <Link>, which the theme may render on any page,') : first.file === link.file || !link.url.startsWith('/') ? 'this <Link>' : `this <Link>, which ${first.file} (${first.route}) renders,`),
      rendered: certain,
      outcome: outcomeOf(site, certain),
    };
    const relative = (from: RenderingPage[]) => relativeAddressProblem(site, index, from, address, `${HINT}; a relative address is resolved from the address of the page that renders it`);
    const problem = link.url.startsWith('/')
      ? renderedAddressProblem(site, index, { ...address, ...(link.served ? { served: true } : {}) })
      : onEach ? everyOrNone(pages.map((page) => relative([page]))) : relative(pages);
    if (problem) return problem;
  }
  return undefined;
}

/** The first problem when every page has one; else none. */
function everyOrNone(found: Array<Found | undefined>): Found | undefined {
  return found.every((problem) => problem !== undefined) ? found[0] : undefined;
}

/** What the build does with a link to nowhere: the page renders it always, or only sometimes. */
function outcomeOf(site: Site, certain: boolean): (stops: boolean) => string {
  if (!certain) return () => 'it renders only where a condition, a .map, a prop, a callback or another component lets it, so the build may pass, but a reader who gets it finds nothing';
  const level = site.settings.onBrokenLinks ?? 'throw';
  return (stops) => (stops ? 'the build stops' : level === 'warn' ? 'Docusaurus warns' : level === 'log' ? 'Docusaurus logs it' : 'the config\'s onBrokenLinks lets the build go on');
}
