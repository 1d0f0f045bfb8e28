/** Load a site and run every rule: what the CLI, the build and the dev-server plugin call. */
import { loadSite, type LoadOptions } from '../content/load-site.ts';
import type { Site } from '../content/model.ts';
import type { Problem } from './problem.ts';
import { runChecks } from './run-checks.ts';
import { summarize, type Summary } from './report.ts';

export interface CheckResult {
  site: Site;
  problems: Problem[];
  summary: Summary;
}

export async function checkSite(siteDir: string, options: LoadOptions = {}): Promise<CheckResult> {
  const started = performance.now();
  const site = await loadSite(siteDir, options);
  const problems = runChecks(site);
  const links = site.pages.reduce((count, page) => count + page.extract.links.length, 0);
  return { site, problems, summary: summarize(problems, site.pages.length, links, Math.round(performance.now() - started)) };
}
