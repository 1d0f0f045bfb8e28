/**
 * The components the content plugins render their routes with, where the config names others
 * than the defaults (`docItemComponent: '@theme/ApiItem'`, an API docs plugin's way): the build
 * then bundles that module for each doc, and the default one (`@theme/DocItem`) only if another
 * instance, or another bundled module, still uses it. Each option, its default, from the plugins'
 * own options (plugin-content-docs, -blog and -pages, lib/options.js).
 */
import { contentPluginOf, pluginEntries } from './plugin-routes.ts';
import type { SiteSettings } from '../model/site.ts';

type Config = Record<string, any>;

const OPTIONS: Array<[plugin: 'docs' | 'blog' | 'pages', option: string, component: string]> = [
  ['docs', 'docsRootComponent', 'DocsRoot'],
  ['docs', 'docVersionRootComponent', 'DocVersionRoot'],
  ['docs', 'docRootComponent', 'DocRoot'],
  ['docs', 'docItemComponent', 'DocItem'],
  ['docs', 'docCategoryGeneratedIndexComponent', 'DocCategoryGeneratedIndexPage'],
  ['docs', 'docTagsListComponent', 'DocTagsListPage'],
  ['docs', 'docTagDocListComponent', 'DocTagDocListPage'],
  ['blog', 'blogListComponent', 'BlogListPage'],
  ['blog', 'blogPostComponent', 'BlogPostPage'],
  ['blog', 'blogArchiveComponent', 'BlogArchivePage'],
  ['blog', 'blogTagsListComponent', 'BlogTagsListPage'],
  ['blog', 'blogTagsPostsComponent', 'BlogTagsPostsPage'],
  ['blog', 'blogAuthorsListComponent', 'Blog/Pages/BlogAuthorsListPage'],
  ['blog', 'blogAuthorsPostsComponent', 'Blog/Pages/BlogAuthorsPostsPage'],
  ['pages', 'mdxPageComponent', 'MDXPage'],
];

/** Per default component (`DocItem`) the config replaces in some instance, the modules its instances render instead, the default among them if one keeps it; absent when none is replaced. */
export function routeComponentsField(config: Config): Pick<SiteSettings, 'routeComponents'> {
  const used = new Map<string, Set<string>>();
  for (const [name, options] of pluginEntries(config)) {
    for (const [plugin, option, component] of OPTIONS) {
      if (contentPluginOf(name) !== plugin) continue;
      const value = options[option];
      if (!used.has(component)) used.set(component, new Set());
      used.get(component)!.add(typeof value === 'string' && value !== '' ? value : `@theme/${component}`);
    }
  }
  const replaced = [...used].filter(([component, modules]) => modules.size > 1 || !modules.has(`@theme/${component}`));
  return replaced.length > 0 ? { routeComponents: Object.fromEntries(replaced.map(([component, modules]) => [component, [...modules]])) } : {};
}

/** The modules the build renders `component`'s routes with (`@theme/DocItem`, or what replaces it). */
export function routeModulesOf(settings: Pick<SiteSettings, 'routeComponents'>, component: string): readonly string[] {
  return settings.routeComponents?.[component] ?? [`@theme/${component}`];
}
