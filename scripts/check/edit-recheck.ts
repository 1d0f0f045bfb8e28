/**
 * The writer's loop: a page edited, saved, checked. When only a few pages changed since the last
 * report and nothing else did, only those pages are checked, against the site's outline (what
 * each page shows the others: check/site-outline.ts), and every other file keeps the problems
 * it had. That holds as long as the changed pages' own outlines are what they were, and they
 * neither are nor render partials. Anything else, and the caller runs the whole check.
 * tests/unit/edit-recheck.test.ts holds the result to a whole check's.
 */
import path from 'node:path';
import type { Page } from '../content/model/site.ts';
import { pageOf, partialSources, type SiteScan } from '../content/load/load-site.ts';
import { readPageFile } from '../content/load/page-records.ts';
import { recordOf } from '../content/extract/page-record.ts';
import { contentHash } from '../content/load/content-hash.ts';
import { loadMdxEnvironment } from '../content/load/mdx-environment.ts';
import { MDX_RENDER_SCOPE } from '../content/extract/mdx-render-scope.ts';
import { compareProblems, type Problem } from './problem.ts';
import { checkPagesOf, type RuleOptions } from './run-checks.ts';
import { outlinedSite, pageOutline, readOutline } from './site-outline.ts';
import { basisOf, isStoredReport, unchangedOutside, type StoredReport } from './stored-report.ts';

/** More pages changed than this, and the whole check costs little more than checking them. */
const MAX_EDITED = 16;

export interface Recheck {
  /** The new report, to store under the scan's fingerprint. */
  report: StoredReport;
  /** Pages whose content changed, checked again. */
  rechecked: number;
}

/** The report after checking only the pages that changed, or undefined when that would not be exact. */
export function recheckEdited(scan: SiteScan, options: string, ruleOptions: RuleOptions): Recheck | undefined {
  const { cache, docFiles } = scan;
  const last = cache.lastResult()?.value;
  if (!isStoredReport(last) || last.structureKey !== scan.structureKey || last.options !== options || last.pageLinks.length !== docFiles.length) return undefined;
  const recorded = docFiles.map(({ file }) => cache.recorded(file));
  // A page whose size or time is not what the cache recorded has changed since.
  const edited = docFiles.flatMap(({ size, mtimeMs }, position) => (recorded[position]?.[0] === size && recorded[position]?.[1] === mtimeMs ? [] : [position]));
  if (edited.length === 0 || edited.length > MAX_EDITED || !unchangedOutside(scan.dir, last)) return undefined;
  const outlineText = cache.outline();
  const outline = outlineText === undefined ? undefined : readOutline(outlineText);
  if (outline?.key !== last.outline) return undefined;

  const { exists } = partialSources(scan);
  const format = scan.settings.site.markdownFormat;
  const hashes = recorded.map((entry) => entry?.[2]);
  const pages: Page[] = [];
  const positions: number[] = [];
  const reads: Array<{ file: string; size: number; mtimeMs: number; hash: string }> = [];
  for (const position of edited) {
    const { layout, file, source } = docFiles[position];
    if (outline.partials.includes(file)) return undefined;
    const { content, size, mtimeMs } = readPageFile(path.join(scan.dir, file));
    const hash = contentHash(content);
    reads.push({ file, size, mtimeMs, hash });
    if (hash === hashes[position]) continue; // touched, not changed
    const page = pageOf(layout, file, source, recordOf(content), exists);
    // What the others see of it must be what they saw: compared as the text siteOutline wrote.
    // A page that renders partials never compares equal (its outline says so), nor does one that starts to.
    if (page.imports.length > 0 || JSON.stringify(pageOutline(page, format)) !== outline.pageJson(position)) return undefined;
    hashes[position] = hash;
    pages.push(page);
    positions.push(position);
  }
  // The cache's other hashes must be the ones the report was made from (a check stopped halfway
  // may have recorded newer ones).
  const before = [...hashes];
  positions.forEach((position) => (before[position] = recorded[position]?.[2]));
  const whole = outline.whole();
  if (basisOf(before) !== last.basis || whole?.pages.length !== docFiles.length) return undefined;

  const site = outlinedSite(whole, scan.dir, scan.settings.site, pages, loadMdxEnvironment(scan.dir, pages, MDX_RENDER_SCOPE));
  const files = new Set(pages.map(({ file }) => file));
  const problems: Problem[] = last.problems.filter(({ file }) => !files.has(file)).concat(checkPagesOf(site, pages, ruleOptions)).sort(compareProblems);
  for (const { file, size, mtimeMs, hash } of reads) cache.setFile(file, size, mtimeMs, hash);
  const pageLinks = [...last.pageLinks];
  let links = last.links;
  positions.forEach((position, i) => {
    links += pages[i].extract.links.length - pageLinks[position];
    pageLinks[position] = pages[i].extract.links.length;
  });
  return { report: { ...last, problems, links, pageLinks, basis: basisOf(hashes) }, rechecked: pages.length };
}
