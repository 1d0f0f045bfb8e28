/**
 * Rules `broken-link`, `broken-anchor` and `draft-link` for the link items of the docs sidebars
 * (`{type: 'link', href: '/…'}`, or a relative href resolved from each page that renders it;
 * load/sidebar-links.ts), at the sidebars file's line. Docusaurus checks the links a build
 * renders: a sidebar's links on each page that shows the sidebar, a category's only where it is
 * open (it cannot collapse, starts open, or holds that page). One rendered where no page is
 * stops the build as a page's link does. One that no built page renders passes the build, and
 * still leads a reader who opens its category nowhere: a warning.
 */
import type { Page, SidebarItemsNamed, SidebarLink, SidebarScope, Site, Version } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import type { SiteIndex } from '../site-index.ts';
import { relativeAddressProblem, renderedAddressProblem, type Found, type RenderedAddress } from './rendered-address.ts';
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
    const inBuild = publishedPages(site, version, version.sidebars?.members);
    for (const link of links) {
      const problem = linkProblem(site, index, link, inBuild, rendering, version);
      if (problem) problems.push({ file, line: link.line, column: link.column, ...problem });
    }
  }
  return problems;
}

function linkProblem(site: Site, index: SiteIndex, link: SidebarLink, inBuild: PagesInBuild, rendering: SidebarRendering, version: Version): Found | undefined {
  const subject = `the sidebar "${link.sidebar}"${version.name === 'current' ? '' : ` of version ${versionName(version)}`}${link.scopes.length > 1 ? ` (in the category "${link.scopes.at(-1)!.label}")` : ''}`;
  const outcome = (rendered: boolean) => (stops: boolean) => (!rendered
    ? 'no page the build makes shows it, so the build passes, but a reader who opens the category finds no page there'
    : stops ? 'the pages that show it stop the build' : 'Docusaurus warns on each page that shows it');
  const relative = !link.href.startsWith('/');
  const shown = renderedByBuild(inBuild, link, rendering, relative);
  const address = (rendered: boolean) => ({ value: link.href, written: link.href, subject, rendered, outcome: outcome(rendered) });
  // Where the check knows no page that renders it (none, or only a category's generated index), it says nothing.
  if (relative) return relativeAddressProblem(site, index, shown.pages, address(true), 'write the address from the site\'s root (/guide/intro): the build resolves a relative one from each page that shows the sidebar');
  if (link.autoAddBaseUrl !== false || site.settings.baseUrl === '/') return renderedAddressProblem(site, index, address(shown.pages.length > 0 || shown.elsewhere));
  // Without the base URL: the item renders the path as written, where its category is open; the
  // category label that takes its address renders it with the base URL.
  const item = openSomewhere(link.scopes, link.sidebar, inBuild, rendering, false);
  const asWritten = renderedAddressProblem(site, index, { ...address(item.pages.length > 0 || item.elsewhere), served: true });
  const { baseUrl } = site.settings;
  const found = [
    asWritten?.rule === 'broken-link' && !link.href.startsWith(baseUrl)
      ? { ...asWritten, hint: `with autoAddBaseUrl: false the theme adds no base URL: write "${baseUrl}${link.href.slice(1)}", or leave autoAddBaseUrl out` }
      : asWritten,
    renderedAddressProblem(site, index, address(shown.pages.length > 0 || shown.elsewhere)),
  ].filter((problem) => problem !== undefined);
  return found.find((problem) => problem.severity === 'error') ?? found[0];
}

/**
 * The pages of the build that render the link's address. The item renders where every category
 * around it is open; and a collapsible category without a link of its own (in the build) whose
 * first item in the build is the link (through such categories) links its label there, wherever
 * the category renders. So the address renders where every scope above the outermost such
 * category is open (`shownBy`), or above the item itself when there is none.
 */
function renderedByBuild(inBuild: PagesInBuild, link: SidebarLink, rendering: SidebarRendering, all: boolean): Shown {
  const { scopes } = link;
  let shownBy = scopes.length;
  for (let i = scopes.length - 1; i > 0 && leadsToLink(scopes[i], inBuild); i--) {
    if (scopes[i].collapsible ?? rendering.collapsible) shownBy = i;
  }
  return openSomewhere(scopes.slice(0, shownBy), link.sidebar, inBuild, rendering, all);
}

/** Pages of the build that show a sidebar with some scopes open (the first only, unless all were asked for); `elsewhere`: a category's generated index does too. */
interface Shown {
  pages: Page[];
  elsewhere: boolean;
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
 * The pages that show the sidebar with all of `scopes` open. A category starts open when it
 * cannot collapse or is not collapsed, and opens on a page inside it, where every category
 * around it opens too: so it is enough to look inside the innermost one that may be closed.
 */
function openSomewhere(scopes: SidebarScope[], sidebar: string, inBuild: PagesInBuild, rendering: SidebarRendering, all: boolean): Shown {
  const startsOpen = (scope: SidebarScope) => !(scope.collapsible ?? rendering.collapsible) || !(scope.collapsed ?? rendering.collapsed);
  let gate = scopes.length - 1;
  while (gate > 0 && startsOpen(scopes[gate])) gate--;
  const scope = scopes[gate];
  const inside = (page: Page) => named(scope, [page]);
  // The sidebar itself: any page that shows it. A category: a page inside it that shows the sidebar.
  const shows = (page: Page) => (gate === 0 || inside(page)) && inBuild.showsSidebar(page, sidebar, scopes[0]);
  const first = all ? undefined : inBuild.pages.find(shows);
  const pages = all ? inBuild.pages.filter(shows) : first ? [first] : [];
  // A category's generated index is a page that shows the sidebar, with the category open.
  return { pages, elsewhere: gate > 0 && scope.link === 'generated-index' };
}

type SidebarRendering = NonNullable<Site['settings']['sidebarRendering']>;

interface PagesInBuild {
  pages: Page[];
  /** The pages its sidebars link to: all but the unlisted ones (which still show the sidebar, and open their categories). */
  listed: Page[];
  listedIds: Set<string>;
  /** Whether a page shows the sidebar (`whole`: what the sidebar names). */
  showsSidebar(page: Page, sidebar: string, whole: SidebarItemsNamed): boolean;
}

function publishedPages(site: Site, version: Version, members: NonNullable<Version['sidebars']>['members']): PagesInBuild {
  const pages = site.pages.filter((page) => page.version === version.name && !page.draft);
  const listed = pages.filter((page) => !isUnlisted(page.frontMatter.data));
  // The one it names (`displayed_sidebar`), else the last sidebar that names it, as the docs
  // plugin picks; without the sidebars' members (an outline made by hand), any that names it.
  const showsSidebar = (page: Page, sidebar: string, whole: SidebarItemsNamed): boolean => {
    const data = page.frontMatter.data;
    if ('displayed_sidebar' in data) return data.displayed_sidebar === sidebar;
    if (!members) return isNamedBy(whole, page);
    for (let i = members.length - 1; i >= 0; i--) if (isNamedBy(members[i], page)) return members[i].sidebar === sidebar;
    return false;
  };
  return { pages, listed, listedIds: new Set(listed.map(({ id }) => id)), showsSidebar };
}

/** Whether one of `pages` is among the docs or in the folders that items name. */
function named(items: SidebarItemsNamed, pages: Page[]): boolean {
  return pages.some((page) => isNamedBy(items, page));
}

function isNamedBy(items: SidebarItemsNamed, page: Page): boolean {
  let ids = idSets.get(items);
  if (!ids) idSets.set(items, (ids = new Set(items.docIds)));
  return ids.has(page.id) || items.dirs.some((dir) => generatesDoc(dir, page.source));
}

/** Each scope's doc ids as a set: a relative link is resolved from every page that shows it, each asked about. */
const idSets = new WeakMap<SidebarItemsNamed, Set<string>>();

