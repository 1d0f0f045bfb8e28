/**
 * The routes other plugins add (load/plugin-lifecycle.ts), and whether a link's path lands on one,
 * as Docusaurus's broken-link check decides: on the leaf routes (a route with sub-routes is a
 * layout, not a page), without the catch-all 404 route; an exact route at its path as written,
 * another matched with react-router's `matchPath` (it answers every path below it too, `:param`
 * and `*` matched).
 */
import { flattenRoutes } from '@docusaurus/utils/lib/routeUtils.js';
import { servedRoute } from './routes.ts';
import type { PluginRoute } from './site.ts';

/** A route as a plugin's `actions.addRoute` recorded it (Docusaurus's RouteConfig, the parts read here). */
export interface AddedRoute {
  plugin: string;
  route: { path: string; exact?: boolean; strict?: boolean; routes?: Array<AddedRoute['route']> };
}

/** The leaf routes, each once, without the baseUrl (a route outside it can be linked by no page of the site). */
export function pluginRoutesOf(added: readonly AddedRoute[], baseUrl: string): PluginRoute[] {
  const seen = new Set<string>();
  return added.flatMap(({ plugin, route }) => (flattenRoutes([route] as Parameters<typeof flattenRoutes>[0]) as Array<AddedRoute['route']>).flatMap((leaf): PluginRoute[] => {
    const path = leaf.path === '*' ? undefined : servedRoute(baseUrl, leaf.path);
    if (path === undefined) return [];
    const key = `${path}\0${leaf.exact === true}\0${leaf.strict === true}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ path, plugin, ...(leaf.exact ? { exact: true as const } : {}), ...(leaf.strict ? { strict: true as const } : {}) }];
  }));
}

/**
 * Whether the route is one page at one path: an exact one, even with a parameter. The build
 * renders each route at its path as written (`/plugins/:name`), and its link check then takes an
 * exact route at that path alone (core's createBrokenLinksHelper): `/plugins/git-clone` is a
 * broken link there. A route that is not exact answers the paths below it, parameters matched.
 */
export const isSinglePage = (route: PluginRoute): boolean => route.exact === true;

type MatchPath = (pathname: string, options: { path: string; exact?: boolean; strict?: boolean }) => unknown;
let matchPath: MatchPath | undefined;

/** A test of paths against the routes that match many (react-router's, as Docusaurus matches them); undefined when none does. */
export function manyPathsMatcher(routes: readonly PluginRoute[]): ((pathname: string) => PluginRoute | undefined) | undefined {
  const patterns = routes.filter((route) => !isSinglePage(route));
  if (patterns.length === 0) return undefined;
  // react-router (v5, Docusaurus's), loaded only for a site whose plugins add such routes.
  matchPath ??= (require('react-router') as { matchPath: MatchPath }).matchPath;
  return (pathname) => patterns.find((route) => matchPath!(pathname, { path: route.path, exact: route.exact, strict: route.strict }) !== null);
}
