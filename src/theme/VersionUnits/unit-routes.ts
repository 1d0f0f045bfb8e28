/**
 * Version units: each docs version is built alone, at its final URL, and the outputs are stitched
 * into one site (scripts/publish/). This module is shared by the build scripts and the theme: what
 * a unit is told about the others, and which unit owns a route. Pure, no Node or browser APIs.
 */

/** A version as the dropdown shows it. `prefix` is its route prefix without baseUrl: '' or '/2.9'. */
export interface UnitVersion {
  name: string;
  label: string;
  prefix: string;
  archived: boolean;
  /** Route of the version's first doc, relative to the prefix: where a page outside the docs leads. */
  mainRoute: string;
}

/** A Latest doc, as an older unit needs it for canonical links and the "latest version" banner. */
export interface LatestDoc {
  id: string;
  /** With baseUrl, as in the docs plugin's global data. */
  path: string;
  unlisted: boolean;
}

/** What one unit's build is told (docusaurus.config.ts puts it in `customFields.faqUnit`). */
export interface UnitData {
  /** Version name: `current` for Latest. */
  unit: string;
  prefix: string;
  /** Route prefixes of the older versions, so Latest knows which routes are not its own. */
  otherPrefixes: string[];
  /** Older units only: the Latest version's docs, from the content model. */
  latest?: { label: string; path: string; mainDocId: string; docs: LatestDoc[] };
  /**
   * Every version known when the unit was built: the server-rendered dropdown. Not part of the
   * unit's key; readers' browsers replace it with VERSIONS_FILE, which is always current.
   */
  versions: UnitVersion[];
}

/** One small file at the site root, written when units are stitched: every version and its routes. */
export const VERSIONS_FILE = 'faq-versions.json';

export interface VersionsFileEntry extends UnitVersion {
  /** Routes of the version's published pages, relative to the prefix ('/faq/security'). */
  routes: string[];
}

const trimSlash = (route: string) => (route.length > 1 ? route.replace(/\/$/, '') : route);

/** The route inside a version prefix, or undefined when the route is not under it. */
export function routeInside(route: string, prefix: string): string | undefined {
  if (!prefix) return route;
  if (route === prefix) return '/';
  return route.startsWith(`${prefix}/`) ? route.slice(prefix.length) : undefined;
}

/** Does this unit's own build have the route (baseUrl removed)? Latest owns all but older prefixes. */
export function isOwnRoute(route: string, unit: Pick<UnitData, 'prefix' | 'otherPrefixes'>): boolean {
  if (unit.prefix) return routeInside(route, unit.prefix) !== undefined;
  return !unit.otherPrefixes.some((prefix) => routeInside(route, prefix) !== undefined);
}

/** Route without baseUrl, or undefined for a URL outside the site (another origin, another base). */
export function siteRoute(href: string, baseUrl: string, origin = 'http://site.invalid'): string | undefined {
  const url = new URL(href, `${origin}${baseUrl}`);
  if (url.origin !== origin || !url.pathname.startsWith(baseUrl)) return undefined;
  return `/${url.pathname.slice(baseUrl.length)}`;
}

/**
 * Where the dropdown sends a reader who is on `route` (in `from`) and picks `to`: from a doc, the
 * same page in that version when it has it (or when its routes are not known yet); otherwise, and
 * from pages outside the docs, the version's main doc.
 */
export function versionSwitchTarget(route: string, onDoc: boolean, from: UnitVersion, to: UnitVersion & Partial<Pick<VersionsFileEntry, 'routes'>>): string {
  const inside = routeInside(route, from.prefix);
  const known = inside !== undefined && (to.routes === undefined || to.routes.some((candidate) => trimSlash(candidate) === trimSlash(inside)));
  return `${to.prefix}${onDoc && known ? inside : to.mainRoute}`;
}
