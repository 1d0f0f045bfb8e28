/**
 * The links every page renders from the config: theme-classic's navbar (its logo, its items,
 * their dropdowns) and footer (its logo, its links). Docusaurus renders them on every page, the
 * 404 page included, so one that leads nowhere stops the build as many times as there are pages;
 * a `doc` or `docSidebar` item naming what the latest version lacks stops it sooner, in rendering.
 * A page renamed is enough to break one. Read from the loaded config, placed in its text.
 */
import type { LayoutLink } from '../model/site.ts';
import { firstOffsetOf, positionAt, quotedSpellings } from '../model/text-position.ts';
import { themeAsRendered, type ThemeAsRendered } from './theme-components.ts';

type Config = Record<string, any>;

/**
 * The config's layout links, as the classic theme renders them. A theme component the site
 * replaces (swizzles) may render them otherwise: its links are left out, unless the replacement
 * wraps the theme's own (imports `@theme-original/…`) or, for doc and sidebar items, looks the
 * id up with the same hook, which stops rendering as the theme's does.
 */
export function layoutLinksOf(config: Config, text: string, siteDir: string): LayoutLink[] {
  if (!usesClassicTheme(config)) return [];
  const themeConfig = isObject(config.themeConfig) ? config.themeConfig : {};
  const theme = themeAsRendered(siteDir);
  const found: Found[] = [];
  if (theme.renders('Navbar', 'Navbar/Content')) {
    const navbar = isObject(themeConfig.navbar) ? themeConfig.navbar : {};
    // The brand (logo and title) always links home, unless the logo says where.
    const logo = isObject(navbar.logo) ? navbar.logo : {};
    if (theme.renders('Logo', 'Navbar/Logo')) {
      if (typeof logo.href === 'string' && logo.href !== '') addLink(found, 'navbar', { to: logo.href, target: logo.target });
      // The brand's link home is the theme's own: the config writes it nowhere (so it has no `written`).
      else if (logo.target === undefined || logo.target === '_self') found.push({ where: 'navbar', kind: 'address', value: '/' });
    }
    if (theme.renders('NavbarItem', 'NavbarItem/ComponentTypes')) {
      for (const item of Array.isArray(navbar.items) ? navbar.items : []) addNavbarItem(found, item, theme);
    }
  }
  if (isObject(themeConfig.footer) && theme.renders('Footer')) {
    const { footer } = themeConfig;
    if (isObject(footer.logo) && typeof footer.logo.href === 'string' && theme.renders('Footer/Logo')) addLink(found, 'footer', { href: footer.logo.href, target: footer.logo.target });
    if (theme.renders('Footer/Links', 'Footer/LinkItem', 'Footer/Links/MultiColumn', 'Footer/Links/Simple')) {
      for (const entry of Array.isArray(footer.links) ? footer.links : []) {
        // Columns ({title, items}) or, in a simple footer, the links themselves.
        const items = isObject(entry) && Array.isArray(entry.items) ? entry.items : [entry];
        for (const item of items) if (isObject(item) && item.html === undefined) addLink(found, 'footer', item);
      }
    }
  }
  return found.map((link) => ({ where: link.where, kind: link.kind, value: link.value, ...(link.written === undefined ? {} : { written: link.written }), ...(link.relative ? { relative: true as const } : {}), ...(link.instance === undefined ? {} : { instance: link.instance }), ...placeOf(text, link) }));
}

type Found = Omit<LayoutLink, 'line' | 'column'>;

function addNavbarItem(found: Found[], item: unknown, theme: ThemeAsRendered): void {
  if (!isObject(item)) return;
  // A doc or sidebar of another docs instance is looked up in that instance's latest version.
  const instance = item.docsPluginId !== undefined && item.docsPluginId !== 'default' ? { instance: String(item.docsPluginId) } : {};
  switch (item.type ?? 'default') {
    case 'doc':
      if (typeof item.docId === 'string' && theme.looksUp('NavbarItem/DocNavbarItem', 'useLayoutDoc')) found.push({ where: 'navbar', kind: 'doc', value: item.docId, ...instance });
      return;
    case 'docSidebar':
      if (typeof item.sidebarId === 'string' && theme.looksUp('NavbarItem/DocSidebarNavbarItem', 'useLayoutDocsSidebar')) found.push({ where: 'navbar', kind: 'sidebar', value: item.sidebarId, ...instance });
      return;
  }
  // The other items of another docs instance, and the theme's other kinds (html, search, custom-*), are not ours to judge.
  if (item.docsPluginId !== undefined && item.docsPluginId !== 'default') return;
  switch (item.type ?? 'default') {
    case 'dropdown':
      if (!theme.renders('NavbarItem/DropdownNavbarItem')) return;
      addDefaultItem(found, item, theme);
      for (const child of Array.isArray(item.items) ? item.items : []) addNavbarItem(found, child, theme);
      return;
    case 'docsVersionDropdown':
    case 'localeDropdown':
      if (!theme.renders(`NavbarItem/${item.type === 'localeDropdown' ? 'Locale' : 'DocsVersion'}DropdownNavbarItem`)) return;
      for (const child of [...arrayOr(item.dropdownItemsBefore), ...arrayOr(item.dropdownItemsAfter)]) addNavbarItem(found, child, theme);
      return;
    case 'docsVersion':
      if (theme.renders('NavbarItem/DocsVersionNavbarItem')) addDefaultItem(found, item, theme);
      return;
    case 'default':
      addDefaultItem(found, item, theme);
  }
}

function addDefaultItem(found: Found[], item: Config, theme: ThemeAsRendered): void {
  if (theme.renders('NavbarItem/DefaultNavbarItem', 'NavbarItem/NavbarNavLink')) addLink(found, 'navbar', item);
}

/**
 * A `to` or `href` the page's router follows, as Docusaurus's Link collects it for its link
 * check: one without a protocol (`https:`, `pathname:`), opened in the same tab. The base URL is
 * Docusaurus's to add: a `to` is a path from the site's root (`docs/x` is `/docs/x`); an `href`
 * is too when it starts with `/`, and is left as written otherwise: each page resolves it from
 * its own address (`relative`).
 */
function addLink(found: Found[], where: LayoutLink['where'], item: Config): void {
  if (item.target !== undefined && item.target !== '_self') return;
  const written = typeof item.href === 'string' ? item.href : typeof item.to === 'string' ? item.to : undefined;
  if (!written || written.startsWith('#') || HAS_PROTOCOL.test(written)) return;
  if (written === item.href && !written.startsWith('/')) found.push({ where, kind: 'address', value: written, written, relative: true });
  else found.push({ where, kind: 'address', value: written.startsWith('/') ? written : `/${written}`, written });
}

// What Docusaurus takes for a link with a protocol (its hasProtocol): never the router's.
const HAS_PROTOCOL = /^(?:\w*:|\/\/)/;

/**
 * Where the config writes the link's value, quoted, looked for from its `navbar:` or `footer:`
 * key on (so `'/'` is not baseUrl's); that key for the brand's link home; else line 1.
 */
function placeOf(text: string, link: Found): { line: number; column: number } {
  const key = Math.max(0, firstOffsetOf(text, [`${link.where}:`, `"${link.where}":`, `'${link.where}':`]));
  const value = link.kind === 'address' ? link.written : link.value;
  const offset = value === undefined ? -1 : firstOffsetOf(text, quotedSpellings(value), key);
  return positionAt(text, offset !== -1 ? offset : key);
}

/** Whether the config renders its pages with the classic theme (its preset, or the theme itself). */
export function usesClassicTheme(config: Config): boolean {
  const names = [...arrayOr(config.presets), ...arrayOr(config.themes)].map((entry) => String(Array.isArray(entry) ? entry[0] : entry));
  return names.some((name) => name === 'classic' || /(?:^|[/-])(?:preset|theme)-classic$/.test(name));
}

const isObject = (value: unknown): value is Config => typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
