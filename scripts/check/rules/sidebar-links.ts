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
import type { SiteIndex } from '../site-index.ts';
import { renderedAddressProblem, type Found } from './rendered-address.ts';
import { versionName } from './sidebar.ts';
import { isUnlisted } from '../../content/model/front-matter-schema.ts';
import { generatesDoc } from '../../content/model/generated-categories.ts';

export function checkSidebarLinks(site: Site, index: SiteIndex): Problem[] {
  const rendering = site.settings.sidebarRendering;
  if (!rendering) return [];
  const problems: Problem[] = [];
  for (const version of site.versions) {
    const { file, links, invalid, unreadable } = version.sidebars ?? {};
    // Sidebars Docusaurus refuses stop the build before any page renders (rules/sidebar.ts).
    if (!file || !links || invalid || unreadable) continue;
    const inBuild = publishedPages(site, version);
    for (const link of links) {
      const built = renderedByBuild(inBuild, link, rendering);
      const problem = linkProblem(site, index, link, built, version);
      if (problem) problems.push({ file, line: link.line, column: link.column, ...problem });
    }
  }
  return problems;
}

function linkProblem(site: Site, index: SiteIndex, link: SidebarLink, rendered: boolean, version: Version): Found | undefined {
  const subject = `the sidebar "${link.sidebar}"${version.name === 'current' ? '' : ` of version ${versionName(version)}`}${link.scopes.length > 1 ? ` (in the category "${link.scopes.at(-1)!.label}")` : ''}`;
  const outcome = (stops: boolean) => (!rendered
    ? 'no page the build makes shows it, so the build passes, but a reader who opens the category finds no page there'
    : stops ? 'the pages that show it stop the build' : 'Docusaurus warns on each page that shows it');
  return renderedAddressProblem(site, index, { value: link.href, written: link.href, subject, rendered, outcome });
}

/**
 * Whether some page of the build renders the link's address. The item renders where every
 * category around it is open; and a collapsible category without a link of its own (in the
 * build) whose first item in the build is the link (through such categories) links its label
 * there, wherever the category renders. So the address renders where every scope above the
 * outermost such category is open (`shownBy`), or above the item itself when there is none.
 */
function renderedByBuild(inBuild: PagesInBuild, link: SidebarLink, rendering: SidebarRendering): boolean {
  const { scopes } = link;
  let shownBy = scopes.length;
  for (let i = scopes.length - 1; i > 0 && leadsToLink(scopes[i], inBuild); i--) {
    if (scopes[i].collapsible ?? rendering.collapsible) shownBy = i;
  }
  return openSomewhere(scopes.slice(0, shownBy), link.sidebar, inBuild, rendering);
}

/**
 * Whether a category shows the link's address: it has no link of its own in the build's sidebar,
 * and nothing before the link in the category is there. An unlisted page is built, but left out
 * of the sidebar's links: the label passes over it, and over a category link to it.
 */
function leadsToLink(scope: SidebarScope, inBuild: PagesInBuild): boolean {
  const ownLink = scope.link === 'generated-index' || (scope.link !== undefined && inBuild.listedIds.has(scope.link.docId));
  return !ownLink && scope.ahead !== undefined && !scope.ahead.links && !named(scope.ahead, inBuild.listed);
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
  /** The pages its sidebars link to: all but the unlisted ones (which still show the sidebar, and open their categories). */
  listed: Page[];
  listedIds: Set<string>;
}

function publishedPages(site: Site, version: Version): PagesInBuild {
  const pages = site.pages.filter((page) => page.version === version.name && !page.draft);
  const listed = pages.filter((page) => !isUnlisted(page.frontMatter.data));
  return { pages, listed, listedIds: new Set(listed.map(({ id }) => id)) };
}

/** Whether one of `pages` is among the docs or in the folders that items name. */
function named({ docIds, dirs }: SidebarItemsNamed, pages: Page[]): boolean {
  return pages.some((page) => docIds.includes(page.id) || dirs.some((dir) => generatesDoc(dir, page.source)));
}

/** Whether the page shows the sidebar: it says so (`displayed_sidebar`), or says nothing and is in it. */
function showsSidebar(page: Page, sidebar: string, inSidebar: boolean): boolean {
  const data = page.frontMatter.data;
  if ('displayed_sidebar' in data) return data.displayed_sidebar === sidebar;
  return inSidebar;
}
