/**
 * The links rule on a site where few pages changed since the last check: the pages that did not
 * change keep the problems they had, and only the others are checked again (after one edit, the
 * links rule was most of the check's time).
 *
 * A page's link problems depend on:
 * - its input: its own content and imports, and those of the partials it renders;
 * - the site key: what its links can see of the rest of the site (every page's file, route,
 *   version, draft flag and anchors; the versions and their other routes; the settings; the
 *   modules that resolve to nothing, and the imported files the build cannot read);
 * - the listings of the directories its links looked into (assets, static files).
 * When the site key and those listings are what they were, a page whose input is unchanged has
 * the problems it had. Anything else, or a state from other settings or other code, and every
 * page is checked. tests/unit/link-reuse.test.ts holds reuse to a full check.
 */
import type { Page, Site } from '../content/model/site.ts';
import type { Problem } from './problem.ts';
import type { SiteIndex } from './site-index.ts';
import { mergeLinkProblems, pageLinkProblems, type PageLinkProblems } from './rules/links.ts';
import { contentHash } from '../content/load/content-hash.ts';
import { positionsIn } from './stored-report.ts';

/** What one run leaves for the next. */
export interface LinkState {
  /** The config and the check's code it was made with: another key, nothing is reused. */
  settingsKey: string;
  siteKey: string;
  /** Directories whose listing the links looked into, each with its listing's fingerprint. */
  dirs: Record<string, string>;
  /**
   * Per page file: its input (absent when it could not be known), anchors' fingerprint and
   * problems, the pages whose anchors its links look for as positions in the site's pages (the
   * site key holds every page's file in order: positions hold whenever the state is reused).
   */
  pages: Record<string, { input?: string; anchors: string; problems: [PageLinkProblems[0], PageLinkProblems[1], number[]] }>;
}

export interface LinkReuse {
  /** The content hash of a site-relative file as the check read it, if known. */
  hashOf(file: string): string | undefined;
  settingsKey: string;
  previous?: LinkState;
}

export function checkLinksReusing(site: Site, index: SiteIndex, reuse: LinkReuse): { problems: Problem[]; anchorTargets: string[][]; state: LinkState; reused: number } {
  const previous = isLinkState(reuse.previous) && reuse.previous.settingsKey === reuse.settingsKey ? reuse.previous : undefined;
  const inputs = site.pages.map((page) => inputOf(page, index, reuse.hashOf));
  const unchanged = (page: Page, i: number) => {
    const before = previous?.pages[page.file];
    return before !== undefined && inputs[i] !== undefined && before.input === inputs[i] ? before : undefined;
  };
  const anchors = site.pages.map((page, i) => unchanged(page, i)?.anchors ?? anchorsFingerprint(index, page));
  const siteKey = siteKeyOf(site, anchors);
  const reusable = previous !== undefined && previous.siteKey === siteKey
    && Object.entries(previous.dirs).every(([dir, digest]) => index.listingDigest(dir) === digest);
  let reused = 0;
  const perPage = site.pages.map((page, i) => {
    const before = reusable ? unchanged(page, i) : undefined;
    if (before) {
      reused++;
      const [links, moduleImports, targets] = before.problems;
      return [links, moduleImports, targets.map((position) => site.pages[position].file)] satisfies PageLinkProblems;
    }
    return pageLinkProblems(page, site, index);
  });
  const targetPositions = positionsIn(site.pages.map(({ file }) => file), perPage.map(([, , targets]) => targets));
  // The listings the reused pages looked into last time still count; the checked pages' are new.
  const dirs: Record<string, string> = reusable ? { ...previous.dirs } : {};
  for (const dir of index.listedDirs()) dirs[dir] = index.listingDigest(dir);
  const pages: LinkState['pages'] = {};
  site.pages.forEach((page, i) => {
    const [links, moduleImports] = perPage[i];
    pages[page.file] = { input: inputs[i], anchors: anchors[i], problems: [links, moduleImports, targetPositions[i]] };
  });
  return { problems: mergeLinkProblems(perPage), anchorTargets: perPage.map(([, , targets]) => targets), state: { settingsKey: reuse.settingsKey, siteKey, dirs, pages }, reused };
}

/** A page's own content and imports and those of its partials; undefined when a content hash is unknown. */
function inputOf(page: Page, index: SiteIndex, hashOf: LinkReuse['hashOf']): string | undefined {
  const parts: string[] = [];
  for (const { file, imports } of [page, ...index.partialsOf(page)]) {
    const hash = hashOf(file);
    if (hash === undefined) return undefined;
    parts.push(file, hash, JSON.stringify(imports));
  }
  return parts.join('\0');
}

/** Fingerprints of anchor sets: pages with the same text share one (site-index.ts). */
const fingerprints = new WeakMap<Set<string>, string>();

function anchorsFingerprint(index: SiteIndex, page: Page): string {
  const anchors = index.anchorsOf(page);
  let fingerprint = fingerprints.get(anchors);
  if (fingerprint === undefined) fingerprints.set(anchors, (fingerprint = contentHash([...anchors].sort().join('\0'))));
  return fingerprint;
}

function siteKeyOf(site: Site, anchors: string[]): string {
  const parts = [
    JSON.stringify(site.settings),
    JSON.stringify(site.versions.map(({ name, dir, path, extraRoutes, extraRouteAnchors }) => [name, dir, path, extraRoutes, extraRouteAnchors ?? null])),
    JSON.stringify([site.otherRoutes, site.otherRouteAnchors ?? null, site.unknownRoutePrefixes ?? null]),
    JSON.stringify(site.partials.map(({ file, version }) => [file, version ?? null])),
    // Everything moduleImportProblems reads (rules/links.ts): what imports resolve to, and what the files they name hold.
    JSON.stringify([site.mdx?.unresolvedImports ?? {}, site.mdx?.uninstalledPackages ?? [], site.mdx?.unreadableModules ?? {}]),
    // The anchors code of the site's adds to pages, which their headings (anchorsFingerprint) do not show.
    JSON.stringify([site.mdx?.anchorsOpen ?? [], site.mdx?.collectedAnchors ?? {}]),
    // What the site's components make of a page's text, which the page's own input does not show:
    // elements of components that never render their children (nothing in them is checked), and
    // wrappers of the theme's Tabs (a `<Tabs lazy>` of one leaves tabs out).
    JSON.stringify([...site.pages, ...site.partials].flatMap(({ file, mdx }) => (mdx?.tabsWrappers || mdx?.childlessSpans ? [[file, mdx.tabsWrappers ?? null, mdx.childlessSpans ?? null]] : []))),
  ];
  site.pages.forEach((page, i) => parts.push(`${page.file}\0${page.route}\0${page.version}\0${page.draft}\0${anchors[i]}`));
  return contentHash(parts.join('\n'));
}

/** A stored state is read from a file: anything else than this shape is not reused. */
function isLinkState(value: unknown): value is LinkState {
  const state = value as LinkState | undefined;
  return typeof state?.settingsKey === 'string' && typeof state.siteKey === 'string'
    && typeof state.dirs === 'object' && state.dirs !== null && typeof state.pages === 'object' && state.pages !== null;
}
