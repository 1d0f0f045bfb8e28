/**
 * Routes that other parts of a Docusaurus config make, read from the loaded config: the check
 * cannot list another docs instance's pages, so links under its base path are accepted
 * unverified (never a false error); the blogs whose posts it reads; and sidebars declare
 * `generated-index` category
 * pages. Redirects (plugin-client-redirects) are no routes for Docusaurus's broken-link check
 * (they are files written after the build), so they are none for this one either.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { GlobExcludeDefault } from '@docusaurus/utils/lib/globUtils.js';
import { joinUrl } from '../model/routes.ts';
import { ON_INLINE_TAGS, REPORT_LEVELS, type BlogPluginSettings } from '../model/site.ts';

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

/**
 * Base paths of routes the check cannot list: those of a blog whose `processBlogPosts` function
 * may drop, add or move posts. (Every page of any other blog is listed: load/blog-posts.ts; the
 * docs instances: load/site-config.ts, otherDocsEntries.)
 */
export function foreignRoutePrefixes(config: Config): string[] {
  const prefixes = pluginEntries(config).flatMap(([name, options]) => {
    if (isBlogPlugin(name) && typeof options.processBlogPosts === 'function') return [joinUrl(typeof options.routeBasePath === 'string' ? options.routeBasePath : 'blog')];
    return [];
  });
  return [...new Set(prefixes)];
}

/**
 * The blogs whose posts the check reads (load/blog-posts.ts): every blog plugin instance. One
 * whose folder is not there has no post, and still its list page (`/blog`): the plugin makes it
 * for no post too.
 */
export function blogsOf(config: Config, siteDir: string): BlogPluginSettings[] {
  return blogEntriesOf(config, siteDir).map(({ blog }) => blog);
}

/** The same, each with its options as written (its remark plugins, load/site-syntax.ts). */
export function blogEntriesOf(config: Config, siteDir: string): Array<{ blog: BlogPluginSettings; options: Record<string, any> }> {
  return pluginEntries(config).flatMap(([name, options]) => {
    return isBlogPlugin(name) ? [{ blog: blogSettingsOf(options, siteDir), options }] : [];
  });
}

/** Which of Docusaurus's content plugins an entry names (`@docusaurus/plugin-content-docs`, or `content-docs` for short), if any. */
export function contentPluginOf(name: string): 'docs' | 'blog' | 'pages' | undefined {
  const match = /plugin-content-(docs|blog|pages)|^content-(docs|blog|pages)$/.exec(name);
  return (match?.[1] ?? match?.[2]) as 'docs' | 'blog' | 'pages' | undefined;
}

const isBlogPlugin = (name: string) => contentPluginOf(name) === 'blog';

/** A blog instance's options as the blog plugin defaults them (options.js). */
function blogSettingsOf(options: Record<string, any>, siteDir: string): BlogPluginSettings {
  const folder = typeof options.path === 'string' ? options.path : 'blog';
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  const texts = (value: unknown, fallback: string[]) => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : fallback);
  return {
    path: path.relative(siteDir, path.resolve(siteDir, folder)).split(path.sep).join('/'),
    ...(typeof options.id === 'string' && options.id !== 'default' ? { id: options.id } : {}),
    routeBasePath: text(options.routeBasePath, 'blog'),
    include: texts(options.include, ['**/*.{md,mdx}']),
    exclude: texts(options.exclude, [...GlobExcludeDefault]),
    pageBasePath: text(options.pageBasePath, 'page'),
    tagsBasePath: text(options.tagsBasePath, 'tags'),
    // null (or false) turns the archive off.
    archiveBasePath: options.archiveBasePath === null || options.archiveBasePath === false ? null : text(options.archiveBasePath, 'archive'),
    authorsBasePath: text(options.authorsBasePath, 'authors'),
    authorsMapPath: text(options.authorsMapPath, 'authors.yml'),
    postsPerPage: options.postsPerPage === 'ALL' || (typeof options.postsPerPage === 'number' && options.postsPerPage > 0) ? options.postsPerPage : 10,
    ...(options.sortPosts === 'ascending' ? { sortPosts: 'ascending' as const } : {}),
    ...(typeof options.tags === 'string' || options.tags === false || options.tags === null ? { tagsFile: options.tags } : {}),
    onInlineTags: ON_INLINE_TAGS.includes(options.onInlineTags) ? options.onInlineTags : 'warn',
    onUntruncatedBlogPosts: REPORT_LEVELS.includes(options.onUntruncatedBlogPosts) ? options.onUntruncatedBlogPosts : 'warn',
    onInlineAuthors: REPORT_LEVELS.includes(options.onInlineAuthors) ? options.onInlineAuthors : 'warn',
    ...(options.showLastUpdateTime === true || options.showLastUpdateAuthor === true ? { showLastUpdate: { time: options.showLastUpdateTime === true, author: options.showLastUpdateAuthor === true } } : {}),
    // A RegExp of the config's (its realm may be another: not `instanceof`), kept as text.
    ...(Object.prototype.toString.call(options.truncateMarker) === '[object RegExp]' ? { truncateMarker: { source: options.truncateMarker.source, flags: options.truncateMarker.flags } } : {}),
  };
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
