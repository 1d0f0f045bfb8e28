/** Load a site and run every rule: what the CLI, the build and the dev-server plugin call. */
import fs from 'node:fs';
import path from 'node:path';
import { modelOf, scanSite, type LoadOptions, type SiteScan } from '../content/load/load-site.ts';
import type { Site, SiteSettings } from '../content/model/site.ts';
import type { Problem } from './problem.ts';
import { runChecksReusing } from './run-checks.ts';
import type { LinkReuse, LinkState } from './link-reuse.ts';
import { mechanismOff } from '../mechanisms.ts';
import { summarize, type Summary } from './report.ts';
import { trace } from '../content/load/trace.ts';

export interface CheckOptions extends LoadOptions {
  /** Reuse the last report when no input changed (the CLI and `npm start`; not the build, which needs the model). */
  reuseReport?: boolean;
  /** Warn about every front matter key nobody reads, not only likely typos (`--strict-front-matter`). */
  strictFrontMatter?: boolean;
}

export interface CheckResult {
  settings: SiteSettings;
  /** The site model; absent when the report was reused. */
  site?: Site;
  problems: Problem[];
  summary: Summary;
  /** Pages whose links' problems were taken from the last run (check/link-reuse.ts). */
  linkPagesReused?: number;
}

interface StoredReport {
  problems: Problem[];
  pages: number;
  links: number;
  /** Partials outside the docs folders, which the fingerprint does not cover: size and time of each. */
  outside: Array<[file: string, size: number, mtimeMs: number]>;
}

/** Whether the files the fingerprint does not cover are as they were. */
function unchangedOutside(siteDir: string, report: StoredReport): boolean {
  return (report.outside ?? []).every(([file, size, mtimeMs]) => {
    try {
      const stat = fs.statSync(path.join(siteDir, file));
      return stat.size === size && stat.mtimeMs === mtimeMs;
    } catch {
      return false;
    }
  });
}

/** What the links rule may take from the last run: nothing without a cache to keep it in. */
function linkReuseOf(scan: SiteScan, options: CheckOptions): LinkReuse | undefined {
  if (options.cache === false || mechanismOff('link-reuse')) return undefined;
  const hashOf = (file: string) => {
    const { size, mtimeMs } = scan.disk.statOf(file);
    return scan.cache.fileHash(file, size, mtimeMs);
  };
  return { hashOf, settingsKey: scan.settingsKey, previous: scan.cache.linkState() as LinkState | undefined };
}

export async function checkSite(siteDir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const started = performance.now();
  const scan = await scanSite(siteDir, options);
  const elapsed = () => Math.round(performance.now() - started);
  const settings = scan.settings.site;
  // The options change the report, so they are part of what a stored report is kept under.
  const reportKey = options.strictFrontMatter ? `${scan.fingerprint}:strict-front-matter` : scan.fingerprint;
  const stored = options.reuseReport ? (scan.cache.result(reportKey) as StoredReport | undefined) : undefined;
  if (stored && unchangedOutside(scan.dir, stored)) {
    return { settings, problems: stored.problems, summary: summarize(stored.problems, stored.pages, stored.links, elapsed()) };
  }

  const site = await modelOf(scan);
  const { problems, linkState, linkPagesReused } = runChecksReusing(site, { frontMatter: { strict: options.strictFrontMatter } }, linkReuseOf(scan, options));
  if (linkState) scan.cache.setLinkState(linkState);
  trace('rules');
  const links = [...site.pages, ...site.partials].reduce((count, { extract }) => count + extract.links.length, 0);
  const listed = new Set(scan.files);
  const outside = site.partials.filter(({ file }) => !listed.has(file)).map(({ file }): StoredReport['outside'][number] => {
    const { size, mtimeMs } = scan.disk.statOf(file);
    return [file, size, mtimeMs];
  });
  scan.cache.setResult(reportKey, { problems, pages: site.pages.length, links, outside } satisfies StoredReport);
  scan.cache.save();
  trace('report saved');
  return { settings, site, problems, summary: summarize(problems, site.pages.length, links, elapsed()), linkPagesReused };
}
