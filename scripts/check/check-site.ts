/** Load a site and run every rule: what the CLI, the build and the dev-server plugin call. */
import { modelOf, scanSite, type LoadOptions } from '../content/load-site.ts';
import type { Site, SiteSettings } from '../content/model.ts';
import type { Problem } from './problem.ts';
import { runChecks } from './run-checks.ts';
import { summarize, type Summary } from './report.ts';
import { trace } from '../content/trace.ts';

export interface CheckOptions extends LoadOptions {
  /** Reuse the last report when no input changed (the CLI and `npm start`; not the build, which needs the model). */
  reuseReport?: boolean;
}

export interface CheckResult {
  settings: SiteSettings;
  /** The site model; absent when the report was reused. */
  site?: Site;
  problems: Problem[];
  summary: Summary;
}

interface StoredReport {
  problems: Problem[];
  pages: number;
  links: number;
}

export async function checkSite(siteDir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const started = performance.now();
  const scan = await scanSite(siteDir, options);
  const elapsed = () => Math.round(performance.now() - started);
  const settings = scan.settings.site;
  const stored = options.reuseReport ? (scan.cache.result(scan.fingerprint) as StoredReport | undefined) : undefined;
  if (stored) return { settings, problems: stored.problems, summary: summarize(stored.problems, stored.pages, stored.links, elapsed()) };

  const site = await modelOf(scan);
  const problems = runChecks(site);
  trace('rules');
  const links = site.pages.reduce((count, page) => count + page.extract.links.length, 0);
  scan.cache.setResult(scan.fingerprint, { problems, pages: site.pages.length, links } satisfies StoredReport);
  scan.cache.save();
  await scan.cache.written();
  trace('report saved');
  return { settings, site, problems, summary: summarize(problems, site.pages.length, links, elapsed()) };
}
