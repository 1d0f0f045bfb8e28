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

export interface RuleOptions {
  frontMatter?: FrontMatterOptions;
}

export function runChecks(site: Site, options: RuleOptions = {}): Problem[] {
  const index = indexSite(site);
  const draftFiles = new Set(site.pages.filter((page) => page.draft).map((page) => page.file));
  const problems = [...checkFrontMatter(site, options.frontMatter), ...checkLinks(site, index), ...checkCanonicals(site, index), ...checkMdxSyntax(site, index), ...checkMdxUndefined(site), ...checkDuplicateRoutes(site)];
  // A draft is not published: its problems must not block a build, but the writer should see them.
  // (The links rule already does this for what partials bring into a draft.)
  return problems
    .map((problem) => (draftFiles.has(problem.file) && problem.severity === 'error' ? { ...problem, severity: 'warning' as const } : problem))
    .sort(compareProblems);
}
