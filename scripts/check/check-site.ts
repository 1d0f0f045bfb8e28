/** Load a site and run every rule: what the CLI, the build and the dev-server plugin call. */
import path from 'node:path';
import { modelOf, scanSite, type LoadOptions, type SiteScan } from '../content/load/load-site.ts';
import { findConfigFile } from '../content/load/site-config.ts';
import { InputFileError } from '../content/load/input-file-error.ts';
import { releaseWaitingWorkers } from '../content/load/threads.ts';
import { endPageWorkers } from '../content/load/page-records.ts';
import type { FileProbe, LocaleBuild, Site, SiteSettings } from '../content/model/site.ts';
import { compareProblems, type Problem } from './problem.ts';
import { runChecksReusing } from './run-checks.ts';
import { checkCodeLinks } from './rules/code-links.ts';
import { indexSite } from './site-index.ts';
import type { LinkReuse, LinkState } from './link-reuse.ts';
import { mechanismOff } from '../mechanisms.ts';
import { summarize, type Summary } from './report.ts';
import { trace } from '../content/load/trace.ts';
import { basisOf, frontMatterSchemaField, mergeProbes, positionsIn, settledProbes, unchangedOutside, type StoredReport } from './stored-report.ts';
import { recheckEdited } from './edit-recheck.ts';
import { siteOutline } from './site-outline.ts';
import { adoptSchemaMemo } from '../content/model/front-matter-schema.ts';

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
  /** Set when only the pages that changed were checked (check/edit-recheck.ts): how many. */
  pagesRechecked?: number;
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
  try {
    return await checkScannedSite(siteDir, options, started);
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    // A file every page depends on cannot be read: that is the report (load/input-file-error.ts).
    releaseWaitingWorkers();
    const problems: Problem[] = [{ file: error.file, line: error.line, column: error.column, severity: 'error', rule: 'versions', message: error.message, hint: error.hint }];
    return { settings: error.settings ?? unreadSettings(siteDir), problems, summary: summarize(problems, 0, 0, Math.round(performance.now() - started)) };
  } finally {
    endPageWorkers();
  }
}

/**
 * The problems of every locale's build added to the default one's: each other locale that
 * translates a doc is checked as its own build (load/locales.ts). A problem the default build
 * has too, at the same place and by the same rule, is reported once; one only a locale's build
 * has says which, for each such locale (a link to an anchor that two translations of its page
 * lack breaks both builds, and each translation needs mending). The locales' models come back too.
 */
async function withLocalesProblems(scan: SiteScan, site: Site, problems: Problem[], ruleOptions: Parameters<typeof runChecksReusing>[1]): Promise<{ problems: Problem[]; translatedPages: Array<{ extract: Site['pages'][number]['extract'] }>; sites: Site[] }> {
  const untranslated = untranslatedLocales(scan);
  if (scan.locales.length === 0 && untranslated.length === 0) return { problems, translatedPages: [], sites: [] };
  const translatedPages: Array<{ extract: Site['pages'][number]['extract'] }> = [];
  const sites: Site[] = [];
  const placeOf = ({ file, line, column, rule }: Problem) => `${file}:${line}:${column}:${rule}`;
  const inDefaultBuild = new Set(problems.map(placeOf));
  const merged = [...problems];
  for (const overlay of scan.locales) {
    const site = await modelOf(scan, overlay);
    sites.push(site);
    const translated = new Set(overlay.translated);
    const isTranslatedPost = (file: string) => overlay.blogs.some(({ localizedPath }) => file.startsWith(`${localizedPath}/`));
    translatedPages.push(...site.pages.filter(({ file }) => translated.has(file)), ...(site.blogPosts ?? []).filter(({ file }) => isTranslatedPost(file)));
    for (const problem of runChecksReusing(site, ruleOptions, undefined).problems) {
      if (!inDefaultBuild.has(placeOf(problem))) merged.push({ ...problem, message: `${problem.message} (in the build of locale ${overlay.locale.name})` });
    }
    trace(`locale ${overlay.locale.name}`);
  }
  // A locale that translates nothing builds the default build's pages under its own base URL:
  // only what depends on that URL can break there, the <Link>s code writes with
  // `autoAddBaseUrl={false}` or a relative target that climbs out of it.
  for (const locale of site.mdx?.codeLinks ? untranslated : []) {
    const view: Site = { ...site, settings: { ...site.settings, baseUrl: locale.baseUrl, url: locale.url } };
    for (const problem of checkCodeLinks(view, indexSite(view))) {
      if (!inDefaultBuild.has(placeOf(problem))) merged.push({ ...problem, message: `${problem.message} (in the build of locale ${locale.name})` });
    }
  }
  return { problems: merged.sort(compareProblems), translatedPages, sites };
}

/**
 * The locales the build makes besides the default one that the check does not model as builds
 * of their own (load/locales.ts, localeOverlays): they translate no doc, post or page.
 */
function untranslatedLocales(scan: SiteScan): LocaleBuild[] {
  const modelled = new Set(scan.locales.map(({ locale }) => locale.name));
  return (scan.settings.site.locales ?? []).filter(({ name }) => !modelled.has(name));
}

/** Settings for a report made before the site could be read: Docusaurus's defaults, from the site's config file. */
function unreadSettings(siteDir: string): SiteSettings {
  const config = findConfigFile(path.resolve(siteDir));
  return {
    url: '', baseUrl: '/', trailingSlash: undefined, routeBasePath: 'docs', markdownFormat: 'mdx', foreignRoutePrefixes: [],
    source: config ? { kind: 'config', file: config } : { kind: 'fallback', warning: `no docusaurus.config file in ${siteDir}` },
  };
}

async function checkScannedSite(siteDir: string, options: CheckOptions, started: number): Promise<CheckResult> {
  const scan = await scanSite(siteDir, options);
  const elapsed = () => Math.round(performance.now() - started);
  const settings = scan.settings.site;
  // The options change the report, so they are part of what a stored report is kept under.
  // So is CI: Docusaurus stops at a partial's front matter only there.
  const ci = Boolean(process.env.CI);
  const optionsKey = [options.strictFrontMatter ? 'strict-front-matter' : '', ci ? 'ci' : ''].filter(Boolean).join(',');
  const reportKey = optionsKey ? `${scan.fingerprint}:${optionsKey}` : scan.fingerprint;
  const stored = options.reuseReport ? (scan.cache.result(reportKey) as StoredReport | undefined) : undefined;
  // The settings of a run that reads them afresh are whole only now; a run that reuses them waits for nothing.
  if (stored) await scan.configVerdictIn;
  if (stored && unchangedOutside(scan.dir, stored) && scan.cache.unconfirmedHold(scan.dir)) {
    return { settings, problems: stored.problems, summary: summarize(stored.problems, stored.pages, stored.links, elapsed()) };
  }
  const ruleOptions = { frontMatter: { strict: options.strictFrontMatter, ci } };
  // Docusaurus's verdicts on the shapes of front matter the last check saw, and its schema's keys
  // (model/front-matter-schema.ts, SchemaMemo): an edit checked alone, or a whole check of pages
  // read from the cache (a partial edited), then loads the schema only for a shape it never saw.
  if (options.reuseReport && !mechanismOff('schema-memo')) adoptSchemaMemo((scan.cache.lastResult()?.value as Partial<StoredReport> | undefined)?.frontMatterSchema);
  // An edit is checked against the default locale's model alone: a site with other locales is checked whole.
  const recheck = options.reuseReport && scan.locales.length === 0 && (settings.locales ?? []).length === 0 && !mechanismOff('edit-recheck') ? await recheckEdited(scan, optionsKey, ruleOptions) : undefined;
  if (recheck) {
    await scan.configVerdictIn;
    const { report } = recheck;
    if (recheck.outline !== undefined) scan.cache.setOutline(recheck.outline);
    scan.cache.setResult(reportKey, report);
    scan.cache.save();
    trace(`rechecked ${recheck.rechecked} pages`);
    return { settings, problems: report.problems, summary: summarize(report.problems, report.pages, report.links, elapsed()), pagesRechecked: recheck.rechecked };
  }

  scan.cache.renewDoubted(scan.dir);
  const site = await modelOf(scan);
  // Docusaurus's verdict on the config was asked while the pages were read and modelled (load/site-config.ts).
  await scan.configVerdictIn;
  const checked = runChecksReusing(site, ruleOptions, linkReuseOf(scan, options));
  const { index, anchorTargets, linkState, linkPagesReused } = checked;
  if (linkState) scan.cache.setLinkState(linkState);
  trace('rules');
  const locales = await withLocalesProblems(scan, site, checked.problems, ruleOptions);
  const { problems } = locales;
  // Every file whose links were checked: docs, partials, the Markdown pages of src/pages, blog posts.
  const others = [...(site.markdownPages ?? []), ...(site.blogPosts ?? [])];
  const links = [...site.pages, ...site.partials, ...others, ...locales.translatedPages].reduce((count, { extract }) => count + extract.links.length, 0);
  const pages = site.pages.length + others.length + locales.translatedPages.length;
  // What the stored report also holds on: files outside the listed folders that some build's pages read.
  const listed = new Set([...scan.files, ...scan.locales.flatMap(({ files }) => files)]);
  const outside = [site, ...locales.sites].reduce((probes, { partials, mdx }) => {
    const partialsOutside = partials.filter(({ file }) => !listed.has(file)).map(({ file }): FileProbe => {
      const { size, mtimeMs } = scan.disk.statOf(file);
      return [file, size, mtimeMs];
    });
    return mergeProbes(probes, mergeProbes(partialsOutside, mdx?.probes ?? []));
  }, [] as FileProbe[]);
  // What a later check of a few edited pages starts from (check/edit-recheck.ts).
  // Made for the CLI and the dev server only, where edits follow, and only with a cache to keep it in.
  const outline = options.cache === false || !options.reuseReport ? { key: '', json: '' } : siteOutline(site, index);
  const lastOutline = (scan.cache.lastResult()?.value as Partial<StoredReport> | undefined)?.outline;
  if (outline.key !== '' && outline.key !== lastOutline) scan.cache.setOutline(outline.json);
  scan.cache.setResult(reportKey, {
    problems, pages, links, outside: settledProbes(outside, scan.cache.startedAt),
    structureKey: scan.structureKey,
    basis: basisOf(scan.docFiles.map(({ file }) => scan.cache.recorded(file)?.[2])),
    options: optionsKey,
    outline: outline.key,
    pageLinks: site.pages.map(({ extract }) => extract.links.length),
    anchorTargets: positionsIn(site.pages.map(({ file }) => file), anchorTargets),
    ...frontMatterSchemaField(),
  } satisfies StoredReport);
  scan.cache.save();
  trace('report saved');
  return { settings, site, problems, summary: summarize(problems, pages, links, elapsed()), linkPagesReused };
}
