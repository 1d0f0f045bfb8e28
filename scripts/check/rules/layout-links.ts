/**
 * Rules `broken-link`, `broken-anchor` and `draft-link` for the links every page renders from the
 * config's navbar and footer (load/layout-links.ts). Docusaurus checks them on every page it
 * builds: an address where no page is stops the build; a `doc` or `docSidebar` item naming what
 * the latest version lacks stops it sooner, as the navbar renders. The config rarely changes; the
 * pages it names do, so a page renamed or moved is caught here, at the config's line.
 */
import type { LayoutLink, Page, Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import { routeOfPath } from '../resolve.ts';
import type { SiteIndex } from '../site-index.ts';
import { stopsBuild } from './links.ts';
import { everyBuiltPage, relativeAddressProblem, renderedAddressProblem, type Found } from './rendered-address.ts';
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

function addressProblem(site: Site, index: SiteIndex, link: LayoutLink): Found | undefined {
  const level = site.settings.onBrokenLinks ?? 'throw';
  // `each`: what Docusaurus reports under warn or log, every page or only those where a relative address leads nowhere.
  const outcomeOf = (each: string) => (stops: boolean) => `every page shows the ${link.where}${stops ? ', and the build stops' : level === 'warn' ? `: Docusaurus warns on ${each}` : level === 'log' ? `: Docusaurus logs ${each}` : ', and the config\'s onBrokenLinks lets the build go on'}`;
  const outcome = outcomeOf('each');
  // The brand's link home is the theme's: the config writes no address for it.
  if (link.written === undefined && !index.routeTarget(routeOfPath(index, link.value))) {
    const stops = stopsBuild('address', site.settings);
    return {
      severity: stops ? 'error' : 'warning', rule: 'broken-link',
      message: `the navbar's logo and title link to the home page, "${link.value}", where no page is: ${outcome(stops)}`,
      hint: 'give a doc `slug: /`, add src/pages/index.md, or set themeConfig.navbar.logo.href to a page\'s address',
    };
  }
  // Resolved from each page: the build reports only the pages where it leads nowhere.
  if (link.relative) return relativeLayoutProblem(site, index, link, outcomeOf('each page where it leads nowhere'));
  return renderedAddressProblem(site, index, { value: link.value, written: link.written ?? link.value, subject: `the ${link.where}`, rendered: true, outcome });
}

/**
 * A relative `href` (`.`, `guide`, `../faq`), resolved from every page the build makes (each shows
 * the navbar and the footer): the docs in the site's order, then the other pages.
 */
function relativeLayoutProblem(site: Site, index: SiteIndex, link: LayoutLink, outcome: (stops: boolean) => string): Found | undefined {
  const from = everyBuiltPage(site);
  const hint = `write the address from the site's root (/docs/intro): every page shows the ${link.where}, and the build resolves a relative address from each page's own`;
  return relativeAddressProblem(site, index, from, { value: link.value, written: link.value, subject: `the ${link.where}`, rendered: true, outcome }, hint);
}

/**
 * A `doc` or `docSidebar` item: what it names must be in the latest version of its docs instance,
 * the one every page may fall back to (nothing is known of an instance the check does not read).
 */
function idProblem(site: Site, link: LayoutLink): Found | undefined {
  const latest = site.versions.find((version) => version.last && version.instance === link.instance);
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
