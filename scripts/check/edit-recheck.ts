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
import { indexSite } from './site-index.ts';
import { isSiteOutline, outlinedSite, pageOutline } from './site-outline.ts';
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
  // The hashes the cache recorded must be the ones the report was made from (a check stopped
  // halfway may have recorded newer ones); a page whose size or time differs has changed since.
  const recorded = docFiles.map(({ file }) => cache.recorded(file));
  const hashes = recorded.map((entry) => entry?.[2]);
  if (basisOf(hashes) !== last.basis) return undefined;
  const edited = docFiles.flatMap(({ size, mtimeMs }, position) => (recorded[position]?.[0] === size && recorded[position]?.[1] === mtimeMs ? [] : [position]));
  if (edited.length === 0 || edited.length > MAX_EDITED || !unchangedOutside(scan.dir, last)) return undefined;
  const outline = cache.outline();
  if (!isSiteOutline(outline) || outline.key !== last.outline || outline.pages.length !== docFiles.length) return undefined;

  const { exists } = partialSources(scan);
  const pages: Page[] = [];
  const positions: number[] = [];
  const reads: Array<{ file: string; size: number; mtimeMs: number; hash: string }> = [];
  for (const position of edited) {
    const { layout, file, source } = docFiles[position];
    const [outlinedFile, , , , , , , rendersPartials] = outline.pages[position];
    if (outlinedFile !== file || rendersPartials === 1 || outline.partials.includes(file)) return undefined;
    const { content, size, mtimeMs } = readPageFile(path.join(scan.dir, file));
    const hash = contentHash(content);
    reads.push({ file, size, mtimeMs, hash });
    if (hash === hashes[position]) continue; // touched, not changed
    hashes[position] = hash;
    const page = pageOf(layout, file, source, recordOf(content), exists);
    if (page.imports.length > 0) return undefined;
    pages.push(page);
    positions.push(position);
  }
  const site = outlinedSite(outline, scan.dir, scan.settings.site, pages, loadMdxEnvironment(scan.dir, pages, MDX_RENDER_SCOPE));
  const index = indexSite(site);
  const sameOutline = pages.every((page, i) => JSON.stringify(pageOutline(page, site, index)) === JSON.stringify(outline.pages[positions[i]]));
  if (!sameOutline) return undefined;

  const files = new Set(pages.map(({ file }) => file));
  const problems: Problem[] = last.problems.filter(({ file }) => !files.has(file)).concat(checkPagesOf(site, pages, ruleOptions, index)).sort(compareProblems);
  for (const { file, size, mtimeMs, hash } of reads) cache.setFile(file, size, mtimeMs, hash);
  const pageLinks = [...last.pageLinks];
  let links = last.links;
  positions.forEach((position, i) => {
    links += pages[i].extract.links.length - pageLinks[position];
    pageLinks[position] = pages[i].extract.links.length;
  });
  return { report: { ...last, problems, links, pageLinks, basis: basisOf(hashes) }, rechecked: pages.length };
}
