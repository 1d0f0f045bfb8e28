/**
 * An address that a file other than a page writes and the pages render: the config's navbar and
 * footer links (rules/layout-links.ts), a sidebar's link items (rules/sidebar-links.ts).
 * Docusaurus's link check weighs it on each page that renders it as it weighs the pages' own
 * links: no page there (`onBrokenLinks`), a draft's address (no page in a build), a heading the
 * page lacks (`onBrokenAnchors`). Where no page of the build renders it, the build passes, and
 * the problem is a warning.
 */
import type { Problem } from '../problem.ts';
import type { Site } from '../../content/model/site.ts';
import { routeOfPath, splitUrl } from '../resolve.ts';
import { servedRoute } from '../../content/model/routes.ts';
import { applyTrailingSlash } from '../../content/model/routes.ts';
import type { SiteIndex } from '../site-index.ts';
import { anchorFound, missingAnchorHint, routeAnchorProblem, stopsBuild } from './links.ts';

export type Found = Omit<Problem, 'file' | 'line' | 'column'>;

export interface RenderedAddress {
  /** A path from the site's root, the base URL included or not. */
  value: string;
  /** The address as the file writes it, for the message. */
  written: string;
  /** Who links, for the message: `the navbar`, `the sidebar "docs" (in the category "Guide")`. */
  subject: string;
  /**
   * `value` is the path as the browser gets it (the theme added no base URL): a page's only under
   * the base URL. Otherwise a path without the base URL gets it, as the theme's <Link> adds it.
   */
  served?: true;
  /** A relative address: the page it was resolved from, for the message (`value` is where it leads there). */
  resolvedOn?: string;
  /** Whether some page of the build renders it. */
  rendered: boolean;
  /** What the build does with it when it leads nowhere, for the message (`stops`: whether the build stops). */
  outcome: (stops: boolean) => string;
}

export function renderedAddressProblem(site: Site, index: SiteIndex, link: RenderedAddress): Found | undefined {
  const { pathname, hash } = splitUrl(link.value);
  // The theme's <Link> adds the base URL to a path without it, and takes the base URL without its last slash for the home page.
  const route = link.served ? servedRoute(site.settings.baseUrl, pathname) : servedRoute(site.settings.baseUrl, pathname) ?? routeOfPath(index, pathname);
  const target = route === undefined ? undefined : index.routeTarget(route);
  const stops = link.rendered && stopsBuild('address', site.settings);
  const severity = stops ? 'error' : 'warning';
  // Only `onBrokenAnchors: 'throw'` stops a build; under Docusaurus's default it warns.
  const anchorSeverity = link.rendered && site.settings.onBrokenAnchors === 'throw' ? 'error' : 'warning';
  if (!target) {
    return {
      severity, rule: 'broken-link',
      message: `${link.subject} links to "${link.written}"${link.resolvedOn ? `, which on ${link.resolvedOn} leads to "${pathname}"` : ''}, where no page is: ${link.outcome(stops)}`,
      hint: 'link to a page\'s address: its slug, or its path under the docs without .md',
    };
  }
  if (target.kind !== 'page') {
    const problem = target.anchors && routeAnchorProblem({ kind: 'route', hash, route: pathname, anchors: target.anchors, ...(target.file ? { file: target.file } : {}), ...(target.listPage ? { listPage: target.listPage } : {}) }, anchorSeverity);
    return problem ? { ...problem, message: `${link.subject} links to "${link.written}", and the page there has no anchor "#${hash}"` } : undefined;
  }
  if (target.page.draft) {
    return {
      severity, rule: 'draft-link',
      message: `${link.subject} links to draft page ${target.page.file}, which is not published: ${link.outcome(stops)}`,
      hint: 'publish the page by setting draft: false, or remove the link',
    };
  }
  if (!hash || anchorFound(index, target.page, hash)) return undefined;
  return {
    severity: anchorSeverity, rule: 'broken-anchor',
    message: `${link.subject} links to "${link.written}", and ${target.page.file} has no heading "#${hash}"${link.rendered ? '' : ' (no page the build makes shows the link)'}`,
    hint: missingAnchorHint(hash, index, target.page),
  };
}


/** Every page the build makes, for what each of them renders (the navbar, a theme component): the docs in the site's order, then the other pages. */
export function everyBuiltPage(site: Site): Array<{ route: string; file?: string }> {
  const built = new Set(site.versions.map(({ name }) => name));
  return [...site.pages.filter((page) => !page.draft && built.has(page.version)).map(({ route, file }) => ({ route, file })), ...site.otherRoutes.map((route) => ({ route }))];
}

/**
 * A relative address (`guide`, `./guide`, `../guide`, `.`): the build resolves it from the path of
 * each page that renders it (`from`, in the order to name them), and it may lead to a page from
 * some and nowhere from others. The first page where it leads nowhere is named, with `hint` for a
 * link to no page; each address it leads to is judged once.
 */
export function relativeAddressProblem(site: Site, index: SiteIndex, from: ReadonlyArray<{ route: string; file?: string }>, address: Omit<RenderedAddress, 'served' | 'resolvedOn'>, hint: string): Found | undefined {
  const { baseUrl, trailingSlash } = site.settings;
  const judged = new Set<string>();
  for (const { route, file } of from) {
    const path = `${baseUrl}${applyTrailingSlash(route, trailingSlash).slice(1)}`;
    const url = new URL(address.value, `http://site${path}`);
    const value = `${url.pathname}${url.search}${url.hash}`;
    if (judged.has(value)) continue;
    judged.add(value);
    const problem = renderedAddressProblem(site, index, { ...address, value, served: true, resolvedOn: file ? `${file} (${path})` : path });
    if (problem) return problem.rule === 'broken-link' ? { ...problem, hint } : problem;
  }
  return undefined;
}
