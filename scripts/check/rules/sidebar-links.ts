/**
 * Rules `broken-link`, `broken-anchor` and `draft-link` for the link items of the docs sidebars
 * (`{type: 'link', href: '/…'}`, load/sidebar-links.ts), at the sidebars file's line. Docusaurus
 * checks the links a build renders: a sidebar's links on each page that shows the sidebar, a
 * category's only where it is open (it cannot collapse, starts open, or holds that page). One
 * rendered where no page is stops the build as a page's link does. One that no built page
 * renders passes the build, and still leads a reader who opens its category nowhere: a warning.
 */
import type { Page, SidebarItemsNamed, SidebarLink, SidebarScope, Site, Version } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import { routeOfPath, splitUrl } from '../resolve.ts';
import type { SiteIndex } from '../site-index.ts';
import { anchorFound, closestAnchorHint, stopsBuild, routeAnchorProblem } from './links.ts';
import { versionName } from './sidebar.ts';

export function checkSidebarLinks(site: Site, index: SiteIndex): Problem[] {
  const rendering = site.settings.sidebarRendering;
  if (!rendering) return [];
  const problems: Problem[] = [];
  for (const version of site.versions) {
    const { file, links, invalid, unreadable } = version.sidebars ?? {};
    // Sidebars Docusaurus refuses stop the build before any page renders (rules/sidebar.ts).
    if (!file || !links || invalid || unreadable) continue;
    for (const link of links) {
      const built = renderedByBuild(site, version, link, rendering);
      const problem = linkProblem(site, index, link, built, version);
      if (problem) problems.push({ file, line: link.line, column: link.column, ...problem });
    }
  }
  return problems;
}

type Found = Omit<Problem, 'file' | 'line' | 'column'>;

function linkProblem(site: Site, index: SiteIndex, link: SidebarLink, built: boolean, version: Version): Found | undefined {
  const { pathname, hash } = splitUrl(link.href);
  const target = index.routeTarget(routeOfPath(index, pathname));
  const where = `the sidebar "${link.sidebar}"${version.name === 'current' ? '' : ` of version ${versionName(version)}`}${link.scopes.length > 1 ? ` (in the category "${link.scopes.at(-1)!.label}")` : ''}`;
  // Docusaurus weighs a rendered one as any link (onBrokenLinks); no built page renders the others.
  const stops = built && stopsBuild('address', site.settings);
  const severity = stops ? 'error' : 'warning';
  const outcome = !built
    ? `no page the build makes shows it, so the build passes, but a reader who opens the category finds no page there`
    : stops ? 'the pages that show it stop the build' : 'Docusaurus warns on each page that shows it';
  if (!target) {
    return { severity, rule: 'broken-link', message: `${where} links to "${link.href}", where no page is: ${outcome}`, hint: 'link to a page\'s address: its slug, or its path under the docs without .md' };
  }
  const anchorSeverity = built && site.settings.onBrokenAnchors === 'throw' ? 'error' : 'warning';
  if (target.kind !== 'page') {
    const problem = target.anchors && routeAnchorProblem({ kind: 'route', hash, route: pathname, anchors: target.anchors, ...(target.file ? { file: target.file } : {}) }, anchorSeverity);
    return problem ? { ...problem, message: `${where} links to "${link.href}", and the page there has no anchor "#${hash}"` } : undefined;
  }
  if (target.page.draft) {
    return { severity, rule: 'draft-link', message: `${where} links to draft page ${target.page.file}, which is not published: ${outcome}`, hint: 'publish the page by setting draft: false, or remove the link' };
  }
  if (!hash || anchorFound(index, target.page, hash)) return undefined;
  return {
    severity: anchorSeverity, rule: 'broken-anchor',
    message: `${where} links to "#${hash}", and ${target.page.file} has no such heading${built ? '' : ' (no page the build makes shows the link)'}`,
    hint: closestAnchorHint(hash, index.anchorsOf(target.page)),
  };
}

/**
 * Whether some page of the build renders the link's address. The item renders where every
 * category around it is open; and a collapsible category without a link of its own (in the
 * build) whose first item in the build is the link (through such categories) links its label
 * there, wherever the category renders. So the address renders where every scope above the
 * outermost such category is open (`shownBy`), or above the item itself when there is none.
 */
export function renderedByBuild(site: Site, version: Version, link: SidebarLink, rendering: SidebarRendering): boolean {
  const inBuild = publishedPages(site, version);
  const { scopes } = link;
  let shownBy = scopes.length;
  for (let i = scopes.length - 1; i > 0 && leadsToLink(scopes[i], inBuild); i--) {
    if (scopes[i].collapsible ?? rendering.collapsible) shownBy = i;
  }
  return openSomewhere(scopes.slice(0, shownBy), link.sidebar, inBuild, rendering);
}

/** Whether a category shows the link's address when nothing before it in the category is in the build and it has no link of its own there. */
function leadsToLink(scope: SidebarScope, inBuild: PagesInBuild): boolean {
  const ownLink = scope.link === 'generated-index' || (scope.link !== undefined && inBuild.ids.has(scope.link.docId));
  return !ownLink && scope.ahead !== undefined && !scope.ahead.links && !named(scope.ahead, inBuild.pages);
}

/**
 * Whether some page that shows the sidebar has all of `scopes` open. A category starts open when
 * it cannot collapse or is not collapsed, and opens on a page inside it, where every category
 * around it opens too: so it is enough to look inside the innermost one that may be closed.
 */
function openSomewhere(scopes: SidebarScope[], sidebar: string, inBuild: PagesInBuild, rendering: SidebarRendering): boolean {
  const startsOpen = (scope: SidebarScope) => !(scope.collapsible ?? rendering.collapsible) || !(scope.collapsed ?? rendering.collapsed);
  let gate = scopes.length - 1;
  while (gate > 0 && startsOpen(scopes[gate])) gate--;
  const scope = scopes[gate];
  // A category's generated index is a page that shows the sidebar, with the category open.
  if (gate > 0 && scope.link === 'generated-index') return true;
  const inside = (page: Page) => named(scope, [page]);
  // The sidebar itself: any page that shows it. A category: a page inside it (so in the sidebar).
  return inBuild.pages.some((page) => (gate === 0 ? showsSidebar(page, sidebar, inside(page)) : inside(page) && showsSidebar(page, sidebar, true)));
}

type SidebarRendering = NonNullable<Site['settings']['sidebarRendering']>;

interface PagesInBuild {
  pages: Page[];
  ids: Set<string>;
}

function publishedPages(site: Site, version: Version): PagesInBuild {
  const pages = site.pages.filter((page) => page.version === version.name && !page.draft);
  return { pages, ids: new Set(pages.map(({ id }) => id)) };
}

/** Whether one of `pages` is among the docs or in the folders that items name. */
function named({ docIds, dirs }: SidebarItemsNamed, pages: Page[]): boolean {
  return pages.some((page) => docIds.includes(page.id) || dirs.some((dir) => dir === '.' || page.source.startsWith(`${dir.replace(/\/+$/, '')}/`)));
}

/** Whether the page shows the sidebar: it says so (`displayed_sidebar`), or says nothing and is in it. */
function showsSidebar(page: Page, sidebar: string, inSidebar: boolean): boolean {
  const data = page.frontMatter.data;
  if ('displayed_sidebar' in data) return data.displayed_sidebar === sidebar;
  return inSidebar;
}
