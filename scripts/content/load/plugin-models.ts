/**
 * The routes of plugins the check knows without running them (plugin-lifecycle.ts runs the
 * others): search plugins whose one page is known from the config, and whose making costs more
 * than the rest of it. plugin-lifecycle.test.ts holds each model to the plugin's own
 * `contentLoaded`.
 */
import type { PluginRoute } from '../model/site.ts';
import { joinUrl } from '../model/routes.ts';
import { mechanismOff } from '../../mechanisms.ts';

const ALGOLIA_THEME = '@docusaurus/theme-search-algolia';

/**
 * Other authors' plugins whose routes the check models rather than runs. easyops's local search
 * adds its one search page at `search`, exact, whatever its options; its constructor reads and
 * hashes every docs file, 0.4 s of a thread on the bench site (BENCHMARKS.md, forty-seventh round).
 */
export const MODELED_PACKAGES: ReadonlyMap<string, PluginRoute[]> = new Map([
  ['@easyops-cn/docusaurus-search-local', [{ path: '/search', plugin: '@easyops-cn/docusaurus-search-local', exact: true }]],
]);

/** Whether the check models this other author's package's routes (FAQ_CHECK_WITHOUT=plugin-models runs it instead). */
export const isModeledPackage = (name: string): boolean => MODELED_PACKAGES.has(name) && !mechanismOff('plugin-models');

/** The routes of the modeled plugins among these packages (undefined: a file of the site's own): the Algolia theme's search page, and MODELED_PACKAGES'. */
export function modeledRoutes(packages: ReadonlySet<string | undefined>, config: Record<string, any>): PluginRoute[] {
  const algolia = packages.has(ALGOLIA_THEME) ? algoliaSearchRoutes(config.themeConfig?.algolia, ALGOLIA_THEME.replace('@docusaurus/', 'docusaurus-')) : [];
  return [...algolia, ...[...packages].flatMap((name) => (name !== undefined && isModeledPackage(name) ? MODELED_PACKAGES.get(name)! : []))];
}

/**
 * The Algolia theme's search page, as its contentLoaded adds it: at `searchPagePath` (by
 * default `search`; none when false, null or empty), exact.
 */
export function algoliaSearchRoutes(algolia: { searchPagePath?: unknown } | undefined, plugin: string): PluginRoute[] {
  const searchPagePath = algolia?.searchPagePath === undefined ? 'search' : algolia.searchPagePath;
  return typeof searchPagePath === 'string' && searchPagePath !== '' ? [{ path: joinUrl(searchPagePath), plugin, exact: true }] : [];
}
