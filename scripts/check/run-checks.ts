/** All rules over one site model: pure, no I/O beyond the index's cached directory reads. */
import type { Site } from '../content/model/site.ts';
import { compareProblems, type Problem } from './problem.ts';
import { indexSite } from './site-index.ts';
import { checkFrontMatter, type FrontMatterOptions } from './rules/front-matter.ts';
import { checkLinks } from './rules/links.ts';
import { checkCanonicals } from './rules/canonical.ts';
import { checkMdxSyntax } from './rules/mdx-syntax.ts';
import { checkMdxUndefined } from './rules/mdx-undefined.ts';
import { checkDuplicateRoutes } from './rules/duplicate-route.ts';
import { checkLinksReusing, type LinkReuse, type LinkState } from './link-reuse.ts';

export interface RuleOptions {
  frontMatter?: FrontMatterOptions;
}

export function runChecks(site: Site, options: RuleOptions = {}): Problem[] {
  return runChecksReusing(site, options).problems;
}

/**
 * The same, taking the links' problems of unchanged pages from the last run when `reuse` is
 * given (check/link-reuse.ts); the state for the next run comes back with the problems.
 */
export function runChecksReusing(site: Site, options: RuleOptions = {}, reuse?: LinkReuse): { problems: Problem[]; linkState?: LinkState; linkPagesReused?: number } {
  const index = indexSite(site);
  const draftFiles = new Set(site.pages.filter((page) => page.draft).map((page) => page.file));
  const links = reuse ? checkLinksReusing(site, index, reuse) : { problems: checkLinks(site, index), state: undefined, reused: undefined };
  const problems = [...checkFrontMatter(site, options.frontMatter), ...links.problems, ...checkCanonicals(site, index), ...checkMdxSyntax(site, index), ...checkMdxUndefined(site), ...checkDuplicateRoutes(site)];
  // A draft is not published: its problems must not block a build, but the writer should see them.
  // (The links rule already does this for what partials bring into a draft.)
  const adjusted = problems
    .map((problem) => (draftFiles.has(problem.file) && problem.severity === 'error' ? { ...problem, severity: 'warning' as const } : problem))
    .sort(compareProblems);
  return { problems: adjusted, linkState: links.state, linkPagesReused: links.reused };
}
