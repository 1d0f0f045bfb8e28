/**
 * The `{type: 'link'}` items of a sidebars object that lead to addresses of this site, with what
 * decides whether a build renders them (rules/sidebar-links.ts weighs them). The classic theme
 * renders a sidebar on every page that shows it, and a category's items only where the category
 * is open: it cannot collapse, is not collapsed to start with, or holds the page (the theme mounts
 * a closed category's items once a reader opens it). And a collapsible category without a link
 * of its own links its label, in the server-rendered page, to its first item's address.
 * Docusaurus's link check sees the links a build renders, and no other.
 */
import type { SidebarItemsNamed, SidebarLink, SidebarScope, SidebarsOutline, SiteSettings } from '../model/site.ts';
import { firstOffsetOf, positionAt, quotedSpellings } from '../model/text-position.ts';
import { usesClassicTheme } from './layout-links.ts';
import { themeAsRendered } from './theme-components.ts';

type Item = Record<string, unknown>;

/**
 * Each link item to an address of this site: a path from the site's root (`/…`) or a relative
 * one (`guide`, `./guide`, `../guide`, `#setup`), which the build resolves from each page that
 * renders it. Placed at the file's first `href` of that address, else its first quoted spelling.
 */
export function sidebarLinksOf(sidebars: unknown, text: string): SidebarLink[] {
  if (!isItem(sidebars)) return [];
  const found: Array<Omit<SidebarLink, 'line' | 'column'>> = [];
  for (const [sidebar, items] of Object.entries(sidebars)) {
    visit(items, [{ label: sidebar, collapsible: false, collapsed: false, ...namedIn(itemsOf(items)) }], (href, scopes, asWritten) => found.push({ sidebar, href, scopes, ...(asWritten ? { autoAddBaseUrl: false as const } : {}) }));
  }
  return found.map((link) => ({ ...link, ...positionAt(text, hrefOffset(text, link.href)) }));
}

/**
 * What each sidebar names, in the sidebars' order: a doc the build shows with no
 * `displayed_sidebar` shows the last sidebar that names it (the docs plugin's map from doc ids to
 * sidebars keeps the last), so a link item of an earlier one is not rendered there.
 */
export function sidebarMembersOf(sidebars: unknown): NonNullable<SidebarsOutline['members']> {
  if (!isItem(sidebars)) return [];
  return Object.entries(sidebars).map(([sidebar, items]) => ({ sidebar, ...namedIn(itemsOf(items)) }));
}

/** Where the file writes `href: '<address>'` first (any quotes, JSON's quoted key too), else the address quoted anywhere. */
function hrefOffset(text: string, href: string): number {
  const quoted = quotedSpellings(href);
  for (const match of text.matchAll(/\bhref['"]?\s*:\s*/g)) {
    const at = match.index + match[0].length;
    if (quoted.some((spelling) => text.startsWith(spelling, at))) return at;
  }
  return Math.max(0, firstOffsetOf(text, quoted));
}

/**
 * An address Docusaurus's link check follows: any but one with a scheme (`https:`, `mailto:`,
 * `pathname:`) or `//host`, another site's, as the theme's isInternalUrl decides.
 */
const INTERNAL = (href: string) => href !== '' && !/^(?:[A-Za-z][A-Za-z\d+.-]*:|\/\/)/.test(href);

/** `items`: a list of items, or the shorthand object of categories (`{ 'Label': [items] }`). */
function visit(items: unknown, scopes: SidebarScope[], add: (href: string, scopes: SidebarScope[], asWritten: boolean) => void): void {
  for (const item of itemsOf(items)) {
    if (item.type === 'link') {
      if (typeof item.href === 'string' && INTERNAL(item.href)) add(item.href, scopes, item.autoAddBaseUrl === false);
      continue;
    }
    if (item.type !== 'category') continue;
    const link = isItem(item.link) ? item.link : undefined;
    const ownLink = link?.type === 'doc' && typeof link.id === 'string' ? { docId: link.id } : link?.type === 'generated-index' ? 'generated-index' as const : undefined;
    const scope: SidebarScope = {
      label: typeof item.label === 'string' ? item.label : '',
      ...(typeof item.collapsible === 'boolean' ? { collapsible: item.collapsible } : {}),
      ...(typeof item.collapsed === 'boolean' ? { collapsed: item.collapsed } : {}),
      ...(ownLink ? { link: ownLink } : {}),
      ...namedIn([item]),
    };
    // Each of its items is a branch of its own, with what comes before it in the category.
    const children = itemsOf(item.items);
    children.forEach((child, index) => {
      const before = children.slice(0, index);
      visit([child], [...scopes, { ...scope, ahead: { ...namedIn(before), links: before.some(holdsLink) } }], add);
    });
  }
}

/** Items as objects, the shorthand `{ 'Label': [items] }` as the categories it stands for (with the plugin's defaults). */
function itemsOf(items: unknown): Item[] {
  const list = Array.isArray(items) ? items : isItem(items) ? [items] : [];
  return list.flatMap((item): Item[] => {
    if (typeof item === 'string') return [{ type: 'doc', id: item }];
    if (!isItem(item)) return [];
    return item.type === undefined ? Object.entries(item).map(([label, children]) => ({ type: 'category', label, items: children })) : [item];
  });
}

/** Whether an item holds something that is always a link in a build: a link item or a generated index. */
function holdsLink(item: Item): boolean {
  if (item.type === 'link') return true;
  return item.type === 'category' && ((isItem(item.link) && item.link.type === 'generated-index') || itemsOf(item.items).some(holdsLink));
}

/** The doc ids and generated folders named inside items, at any depth (a category's own doc link too). */
function namedIn(items: Item[]): SidebarItemsNamed {
  const docIds = new Set<string>();
  const dirs = new Set<string>();
  const walk = (item: Item): void => {
    if ((item.type === 'doc' || item.type === 'ref') && typeof item.id === 'string') docIds.add(item.id);
    if (item.type === 'autogenerated' && typeof item.dirName === 'string') dirs.add(item.dirName);
    if (item.type === 'category') {
      if (isItem(item.link) && item.link.type === 'doc' && typeof item.link.id === 'string') docIds.add(item.link.id);
      itemsOf(item.items).forEach(walk);
    }
  };
  items.forEach(walk);
  return { docIds: [...docIds], dirs: [...dirs] };
}

/** The components that render a docs page's sidebar during the build, down to its link items. */
const SIDEBAR_COMPONENTS = ['DocRoot', 'DocRoot/Layout', 'DocRoot/Layout/Sidebar', 'DocSidebar', 'DocSidebar/Desktop', 'DocSidebar/Desktop/Content', 'DocSidebarItems', 'DocSidebarItem', 'DocSidebarItem/Link', 'DocSidebarItem/Category'];

/**
 * The settings field for the docs sidebars' link items (rules/sidebar-links.ts): how the classic
 * theme opens their categories, from the docs plugin's options; none when the site renders its
 * sidebars with components of its own.
 */
export function sidebarRenderingOf(config: Record<string, any>, docsOptions: Record<string, any> | undefined, siteDir: string): Pick<SiteSettings, 'sidebarRendering'> {
  if (!usesClassicTheme(config) || !themeAsRendered(siteDir).renders(...SIDEBAR_COMPONENTS)) return {};
  // As the docs plugin's options: not collapsible means never collapsed.
  const collapsible = docsOptions?.sidebarCollapsible !== false;
  const collapsed = collapsible && docsOptions?.sidebarCollapsed !== false;
  return { sidebarRendering: { collapsible, collapsed } };
}

const isItem = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);
