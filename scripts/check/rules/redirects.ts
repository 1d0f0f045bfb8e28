/**
 * Rule `broken-link` for the config's client-side redirects (load/redirects.ts). After every
 * page is built, @docusaurus/plugin-client-redirects stops the build at a redirect whose `to` is
 * a path (it starts with `/`) where the build made no page, whatever onBrokenLinks says
 * (collectRedirects.js, validateCollectedRedirects). Its paths are the routes without the base
 * URL; a query or a fragment is not looked at, and a trailing slash is matched either way.
 */
import type { ConfigRedirect, Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import type { SiteIndex } from '../site-index.ts';
import { editDistance } from '../../content/model/edit-distance.ts';
import { applyTrailingSlash } from '../../content/model/routes.ts';
import { isValidPathname } from '@docusaurus/utils/lib/urlUtils.js';

export function checkRedirects(site: Site, index: SiteIndex): Problem[] {
  const { redirects, source, trailingSlash } = site.settings;
  if (!redirects || source.kind !== 'config') return [];
  const paths = redirects.map(({ to }) => redirectPath(to, trailingSlash));
  const targeted = new Set(paths);
  const stops = 'stops the build once every page is built';
  return redirects.flatMap((redirect, i): Problem[] => {
    const place = { file: source.file, line: redirect.line, column: redirect.column, severity: 'error', rule: 'broken-link' } as const;
    // The plugin's options schema takes a `from` that is a path alone (PathnameSchema, by Docusaurus's isValidPathname), or refuses the config.
    const notAPath = redirect.from.find((from) => !isValidPathname(from));
    if (notAPath !== undefined) {
      return [{ ...place, message: `the redirect from "${notAPath}" leads from no path: @docusaurus/plugin-client-redirects refuses its options, and the build stops before it starts`, hint: 'write `from` as a path from the site\'s root, with no query or fragment: "/old-page"' }];
    }
    const path = paths[i];
    if (path === undefined) return [];
    const target = index.routeTarget(path);
    if (target && !(target.kind === 'page' && target.page.draft)) {
      // A path matches its page in the other spelling of its trailing slash, unless another
      // redirect leads to the page's own spelling: that one alone is matched then.
      const own = target.kind === 'page' ? applyTrailingSlash(target.page.route, trailingSlash) : path;
      if (own === path || !targeted.has(own)) return [];
      return [{ ...place, message: `the redirect${fromWords(redirect)} leads to "${path}", and another one to "${own}": @docusaurus/plugin-client-redirects takes the page's address in one spelling only then, and ${stops}`, hint: `write "${own}" here too` }];
    }
    const draft = target?.kind === 'page' ? ` (${target.page.file}, a draft, which a production build leaves out)` : '';
    return [{ ...place, message: `the redirect${fromWords(redirect)} leads to "${redirect.to}", where no page is${draft}: @docusaurus/plugin-client-redirects ${stops}`, hint: redirectHint(site, index, path) }];
  });
}

/**
 * The path the plugin checks: a `to` that starts with `/`, its trailing slash as the site
 * writes addresses, then its pathname decoded as decodeURI does; undefined for any other.
 */
function redirectPath(to: string, trailingSlash: boolean | undefined): string | undefined {
  if (!to.startsWith('/')) return undefined;
  try {
    return applyTrailingSlash(decodeURI(new URL(to, 'https://example.com').pathname), trailingSlash);
  } catch {
    return undefined;
  }
}

const fromWords = ({ from }: ConfigRedirect) => (from.length === 0 ? '' : ` from ${from.map((path) => `"${path}"`).join(', ')}`);

/**
 * The published page whose address is closest to the path, when one is close: among the pages
 * in the same folder first (the same version's), else among all.
 */
function redirectHint(site: Site, index: SiteIndex, path: string): string {
  // The plugin's paths are routes without the base URL.
  const { baseUrl } = site.settings;
  if (baseUrl !== '/' && path.startsWith(baseUrl) && index.routeTarget(path.slice(baseUrl.length - 1))) return `write it without the base URL, "${path.slice(baseUrl.length - 1)}": the plugin's paths are the site's routes without it`;
  const published = site.pages.filter((page) => !page.draft);
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const siblings = published.filter(({ route }) => route.startsWith(folder) && !route.slice(folder.length).includes('/'));
  let best: { route: string; distance: number } | undefined;
  for (const page of siblings.length > 0 ? siblings : published) {
    const distance = editDistance(path, page.route);
    if (!best || distance < best.distance) best = { route: page.route, distance };
  }
  const close = best && best.distance <= Math.max(3, Math.floor(path.length / 3));
  return `${close ? `did you mean "${best!.route}"? ` : ''}point the redirect at the page's address, its slug or its path under the docs without .md, or remove it`;
}
