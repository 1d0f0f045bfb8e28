/**
 * Rules `broken-link`, `broken-anchor` and `draft-link` for the links every page renders from the
 * config's navbar and footer (load/layout-links.ts). Docusaurus checks them on every page it
 * builds: an address where no page is stops the build; a `doc` or `docSidebar` item naming what
 * the latest version lacks stops it sooner, as the navbar renders. The config rarely changes; the
 * pages it names do, so a page renamed or moved is caught here, at the config's line.
 */
import type { LayoutLink, Page, Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import { routeOfPath, splitUrl } from '../resolve.ts';
import type { SiteIndex } from '../site-index.ts';
import { anchorFound, closestAnchorHint, stopsBuild, routeAnchorProblem } from './links.ts';
import { idHint, versionName } from './sidebar.ts';

export function checkLayoutLinks(site: Site, index: SiteIndex): Problem[] {
  const { layoutLinks, source } = site.settings;
  if (!layoutLinks || source.kind !== 'config') return [];
  const problems: Problem[] = [];
  for (const link of layoutLinks) {
    const problem = link.kind === 'address' ? addressProblem(site, index, link) : idProblem(site, link);
    if (problem) problems.push({ file: source.file, line: link.line, column: link.column, ...problem });
  }
  return problems;
}

type Found = Omit<Problem, 'file' | 'line' | 'column'>;

function addressProblem(site: Site, index: SiteIndex, link: LayoutLink): Found | undefined {
  const { pathname, hash } = splitUrl(link.value);
  const target = index.routeTarget(routeOfPath(index, pathname));
  // Docusaurus's link check weighs these as it weighs every link (onBrokenLinks).
  const stops = stopsBuild('address', site.settings);
  const severity = stops ? 'error' : 'warning';
  const outcome = `every page shows the ${link.where}${stops ? ', and the build stops' : ': Docusaurus warns on each'}`;
  if (!target) {
    // The brand's link home is the theme's: the config writes no address for it.
    if (link.written === undefined) {
      return {
        severity, rule: 'broken-link',
        message: `the navbar's logo and title link to the home page, "${link.value}", where no page is: ${outcome}`,
        hint: 'give a doc `slug: /`, add src/pages/index.md, or set themeConfig.navbar.logo.href to a page\'s address',
      };
    }
    return {
      severity, rule: 'broken-link',
      message: `the ${link.where} links to "${link.written}", where no page is: ${outcome}`,
      hint: 'link to a page\'s address: its slug, or its path under the docs without .md',
    };
  }
  if (target.kind !== 'page') {
    const problem = target.anchors && routeAnchorProblem({ kind: 'route', hash, route: pathname, anchors: target.anchors, ...(target.file ? { file: target.file } : {}) }, site.settings.onBrokenAnchors === 'throw' ? 'error' : 'warning');
    return problem ? { ...problem, message: `the ${link.where} links to "${link.written}", and the page there has no anchor "#${hash}"` } : undefined;
  }
  if (target.page.draft) {
    return {
      severity, rule: 'draft-link',
      message: `the ${link.where} links to draft page ${target.page.file}, which is not published: ${outcome}`,
      hint: 'publish the page by setting draft: false, or remove the link',
    };
  }
  if (!hash || anchorFound(index, target.page, hash)) return undefined;
  // Only `onBrokenAnchors: 'throw'` stops a build; under Docusaurus's default it warns.
  return {
    severity: site.settings.onBrokenAnchors === 'throw' ? 'error' : 'warning', rule: 'broken-anchor',
    message: `the ${link.where} links to "#${hash}", and ${target.page.file} has no such heading`,
    hint: closestAnchorHint(hash, index.anchorsOf(target.page)),
  };
}

/** A `doc` or `docSidebar` item: what it names must be in the latest version, the one every page may fall back to. */
function idProblem(site: Site, link: LayoutLink): Found | undefined {
  const latest = site.versions.find((version) => version.last);
  if (!latest) return undefined;
  if (link.kind === 'sidebar') {
    const names = latest.sidebars?.names;
    if (!names || names.includes(link.value)) return undefined;
    return {
      severity: 'error', rule: 'broken-link',
      message: `the navbar names the sidebar "${link.value}", and the latest version, ${versionName(latest)}, has no such sidebar: rendering stops on every page`,
      hint: names.length > 0 ? `its sidebars are ${names.map((name) => `"${name}"`).join(', ')}` : 'the version has no sidebar: name a doc with { type: "doc", docId: "…" } instead',
    };
  }
  const docs = site.pages.filter((page) => page.version === latest.name && page.id === link.value);
  if (docs.some((page: Page) => !page.draft)) return undefined;
  if (docs.length > 0) {
    return {
      severity: 'warning', rule: 'draft-link',
      message: `the navbar names "${link.value}", a draft (${docs[0].file}): Docusaurus leaves the item out of the published navbar`,
      hint: 'publish the page with draft: false, or remove the item until it is',
    };
  }
  const ids = site.pages.filter((page) => page.version === latest.name && !page.draft).map((page) => page.id);
  return {
    severity: 'error', rule: 'broken-link',
    message: `the navbar names the doc id "${link.value}", and the latest version, ${versionName(latest)}, has no such doc: rendering stops on every page`,
    hint: idHint(link.value, ids),
  };
}
