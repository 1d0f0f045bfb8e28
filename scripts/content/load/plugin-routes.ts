/**
 * Routes that other parts of a Docusaurus config make, read from the loaded config: the check
 * cannot list a blog's or another docs instance's pages, so links under their base paths are
 * accepted unverified (never a false error); and sidebars declare `generated-index` category
 * pages. Redirects (plugin-client-redirects) are no routes for Docusaurus's broken-link check
 * (they are files written after the build), so they are none for this one either.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { joinUrl } from '../model/routes.ts';

type Config = Record<string, any>;

/**
 * `[name, options]` of every plugin: the `docs`, `blog` and `pages` of presets (which the
 * classic preset turns on unless they are `false`), then the `plugins` entries.
 */
export function pluginEntries(config: Config): Array<[name: string, options: Record<string, any>]> {
  const entries: Array<[string, Record<string, any>]> = [];
  for (const preset of config.presets ?? []) {
    const [name, options] = Array.isArray(preset) ? preset : [preset, {}];
    const onByDefault = /classic/.test(String(name));
    for (const [key, plugin] of [['blog', '@docusaurus/plugin-content-blog'], ['docs', '@docusaurus/plugin-content-docs'], ['pages', '@docusaurus/plugin-content-pages']]) {
      const value = options?.[key];
      if (value === false || (value === undefined && !onByDefault)) continue;
      entries.push([plugin, value && typeof value === 'object' ? value : {}]);
    }
  }
  for (const plugin of config.plugins ?? []) {
    const [name, options] = Array.isArray(plugin) ? plugin : [plugin, {}];
    if (typeof name === 'string') entries.push([name, options && typeof options === 'object' ? options : {}]);
  }
  return entries;
}

/** Base paths of the blogs (when their folder exists) and of the docs instances other than the default one. */
export function foreignRoutePrefixes(config: Config, siteDir: string): string[] {
  const prefixes: string[] = [];
  for (const [name, options] of pluginEntries(config)) {
    if (/plugin-content-blog|^content-blog$/.test(name)) {
      if (fs.existsSync(path.join(siteDir, typeof options.path === 'string' ? options.path : 'blog'))) {
        prefixes.push(joinUrl(typeof options.routeBasePath === 'string' ? options.routeBasePath : 'blog'));
      }
    } else if (/plugin-content-docs|^content-docs$/.test(name) && (options.id ?? 'default') !== 'default') {
      prefixes.push(joinUrl(typeof options.routeBasePath === 'string' ? options.routeBasePath : 'docs'));
    }
  }
  return [...new Set(prefixes)];
}

export interface GeneratedIndexCategory {
  label: string;
  slug?: string;
}

/** Categories with a `generated-index` link, in sidebar order, from a sidebars object. */
export function generatedIndexCategories(sidebars: unknown): GeneratedIndexCategory[] {
  const found: GeneratedIndexCategory[] = [];
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) return item.forEach(visit);
    if (!item || typeof item !== 'object') return;
    const entry = item as Record<string, any>;
    if (entry.type === 'category') {
      if (entry.link?.type === 'generated-index' && typeof entry.label === 'string') {
        found.push({ label: entry.label, slug: typeof entry.link.slug === 'string' ? entry.link.slug : undefined });
      }
      visit(entry.items);
    } else if (entry.type === undefined) {
      Object.values(entry).forEach(visit); // a sidebar object, or the `Label: [items]` shorthand
    }
  };
  visit(sidebars);
  return found;
}

/** Packages known to give the bundler no loaders of their own. */
const NO_LOADERS = /^(?:@docusaurus\/|docusaurus-plugin-sitemap$|@easyops-cn\/docusaurus-search-local$|docusaurus-lunr-search$)|^classic$/;

/**
 * Whether a plugin, theme or preset of the config may give the bundler loaders of its own: a
 * package the check does not know, or one of the site's own (a file, or a function written in
 * the config) whose code configures the bundler (`configureWebpack`). Files of types Docusaurus
 * has no loader for may then be read by one (load/imported-files.ts).
 */
export function mayAddLoaders(config: Config, siteDir: string): boolean {
  const entries = [...(config.presets ?? []), ...(config.themes ?? []), ...(config.plugins ?? [])];
  return entries.some((entry) => {
    const plugin = Array.isArray(entry) ? entry[0] : entry;
    if (typeof plugin === 'function') return plugin.toString().includes('configureWebpack');
    if (typeof plugin !== 'string') return plugin !== false && plugin !== null && plugin !== undefined;
    if (!/^\.{0,2}\//.test(plugin) && !path.isAbsolute(plugin)) return !NO_LOADERS.test(plugin);
    try {
      const file = createRequire(path.join(siteDir, 'package.json')).resolve(path.resolve(siteDir, plugin));
      return fs.readFileSync(file, 'utf8').includes('configureWebpack');
    } catch {
      return true; // a plugin the check cannot read may do anything
    }
  });
}
