/** All rules over one site model: pure, no I/O beyond the index's cached directory reads. */
import type { Page, Site } from '../content/model/site.ts';
import { compareProblems, type Problem } from './problem.ts';
import { indexSite, type SiteIndex } from './site-index.ts';
import { checkDisplayedSidebars, checkFrontMatter, checkPaginationIds, checkPartialFrontMatter, checkSitePageFrontMatter, type FrontMatterOptions } from './rules/front-matter.ts';
import { checkLinks } from './rules/links.ts';
import { checkSitePageLinks } from './rules/site-page-links.ts';
import { checkBundledModuleImports } from './rules/bundled-module-imports.ts';
import { checkConfigBundledFiles } from './rules/config-bundled-files.ts';
import { checkBlogPostLinks } from './rules/blog-post-links.ts';
import { checkBlogAuthors } from './rules/blog-authors.ts';
import { checkBlogPostFiles } from './rules/blog-post-files.ts';
import { checkCanonicals } from './rules/canonical.ts';
import { checkMdxSyntax } from './rules/mdx-syntax.ts';
import { checkMdxUndefined } from './rules/mdx-undefined.ts';
import { checkMdxRender, checkPartialCycles } from './rules/mdx-render.ts';
import { checkDuplicateRoutes } from './rules/duplicate-route.ts';
import { checkCategoryFiles } from './rules/category-file.ts';
import { checkInlineTags, checkTagPermalinks, checkTagsFiles } from './rules/tags.ts';
import { checkInvalidRoutes } from './rules/invalid-route.ts';
import { checkPageFiles } from './rules/page-file.ts';
import { checkSidebarDocIds } from './rules/sidebar.ts';
import { checkCodeLinks } from './rules/code-links.ts';
import { checkLayoutLinks } from './rules/layout-links.ts';
import { checkRedirects } from './rules/redirects.ts';
import { checkSidebarLinks } from './rules/sidebar-links.ts';
import { checkConfig } from './rules/config.ts';
import { checkLinksReusing, type LinkReuse, type LinkState } from './link-reuse.ts';

export interface RuleOptions {
  frontMatter?: FrontMatterOptions;
}

export function runChecks(site: Site, options: RuleOptions = {}): Problem[] {
  return runChecksReusing(site, options).problems;
}

/**
 * The same, taking the links' problems of unchanged pages from the last run when `reuse` is
 * given (check/link-reuse.ts); the state for the next run comes back with the problems, and
 * the index the rules used, and per page the pages whose anchors its links look for.
 */
export function runChecksReusing(site: Site, options: RuleOptions = {}, reuse?: LinkReuse): { problems: Problem[]; index: SiteIndex; anchorTargets: string[][]; linkState?: LinkState; linkPagesReused?: number } {
  const index = indexSite(site);
  const links = reuse ? checkLinksReusing(site, index, reuse) : { ...checkLinks(site, index), state: undefined, reused: undefined };
  return { problems: everyRule(site, site, index, links.problems, options), index, anchorTargets: links.anchorTargets, linkState: links.state, linkPagesReused: links.reused };
}

/**
 * The problems in the files of `pages` alone, pages of `site` that render no partials (a
 * partial's problems land in its own file), and the pages whose anchors their links look for.
 * The other pages are looked at only as far as these pages' rules look at them: their
 * addresses, ids, anchors. `sharesRoutes` false: the caller knows that none of `pages` shares
 * an id or an address, so the duplicate-route rule, which looks at every page, is skipped.
 */
export function checkPagesOf(site: Site, pages: Page[], options: RuleOptions = {}, sharesRoutes = true): { problems: Problem[]; anchorTargets: string[][] } {
  const index = indexSite(site);
  const own = { ...site, pages };
  const files = new Set(pages.map(({ file }) => file));
  const links = checkLinks(own, index);
  return { problems: everyRule(own, site, index, links.problems, options, sharesRoutes).filter((problem) => files.has(problem.file)), anchorTargets: links.anchorTargets };
}

/** The rules that judge what the bundler compiles of a page (its links, imports and MDX), not what the docs plugin reads of it. */
const COMPILED_CONTENT_RULES: ReadonlySet<Problem['rule']> = new Set(['broken-link', 'version-link', 'broken-anchor', 'mdx-syntax', 'mdx-undefined', 'mdx-render']);

/** Every rule, in one order: the rules that look at one page at a time over `own`'s pages, the duplicate routes over the whole `site`. */
function everyRule(own: Site, site: Site, index: SiteIndex, links: Problem[], options: RuleOptions, sharesRoutes = true): Problem[] {
  const problems = [...checkConfig(own), ...checkFrontMatter(own, options.frontMatter), ...checkPartialFrontMatter(own, index, options.frontMatter), ...checkPaginationIds(own, site), ...checkDisplayedSidebars(own), ...links, ...checkSitePageFrontMatter(own), ...checkSitePageLinks(own, index), ...checkBundledModuleImports(own), ...checkConfigBundledFiles(own), ...checkBlogPostLinks(own, index), ...checkBlogAuthors(own), ...checkBlogPostFiles(own), ...checkCanonicals(own, index), ...checkMdxSyntax(own, index), ...checkMdxUndefined(own, index), ...checkMdxRender(own, index), ...checkPartialCycles(own, index), ...(sharesRoutes ? checkDuplicateRoutes(site) : []), ...checkInvalidRoutes(own), ...checkPageFiles(own), ...checkCategoryFiles(own), ...checkSidebarDocIds(own), ...checkLayoutLinks(own, index), ...checkCodeLinks(own, index), ...checkRedirects(own, index), ...checkSidebarLinks(own, index), ...checkTagsFiles(own), ...checkInlineTags(own, site), ...checkTagPermalinks(own, site)];
  // A draft is not published: its problems must not block a build, but the writer should see them.
  // (The links rule already does this for what partials bring into a draft.)
  const draftFiles = new Set(site.pages.filter((page) => page.draft).map((page) => page.file));
  // A page linked to another published page renders that page's module: its content is judged there, once.
  const aliased = site.aliasedPages ?? {};
  return problems
    .filter((problem) => !(Object.hasOwn(aliased, problem.file) && COMPILED_CONTENT_RULES.has(problem.rule)))
    .map((problem) => (draftFiles.has(problem.file) && problem.severity === 'error' ? { ...problem, severity: 'warning' as const } : problem))
    .sort(compareProblems);
}
