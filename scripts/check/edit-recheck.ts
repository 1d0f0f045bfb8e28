/**
 * The writer's loop: a page edited, saved, checked. When only a few pages changed since the last
 * report and nothing else did, only those pages are checked, against the site's outline (what
 * each page shows the others: check/site-outline.ts), and every other file keeps the problems
 * it had. That holds as long as the changed pages' outlines are what they were, but for their
 * anchors: when those change (a question added to the FAQ), the pages whose links look for them
 * are checked too. None of these pages may be or render a partial, nor give other files exports
 * (model/mdx-reach.ts). Anything else, and the caller runs the whole check.
 * tests/unit/edit-recheck.test.ts holds the result to a whole check's.
 */
import { workersEnded } from '../content/load/threads.ts';
import { trace } from '../content/load/trace.ts';
import path from 'node:path';
import type { Page, SiteSettings, Version } from '../content/model/site.ts';
import { pageOf, partialSources, type SiteScan } from '../content/load/load-site.ts';
import { docsSettingsOf } from '../content/load/site-config.ts';
import { asksGitForDates } from '../content/load/docs-last-update.ts';
import { outsideGitWorkTree } from '../content/load/git-work-tree.ts';
import { readPageFile } from '../content/load/page-records.ts';
import { recordOf } from '../content/extract/page-record.ts';
import { siteComponentReader } from '../content/load/site-component-reader.ts';
import { loadMdxEnvironment } from '../content/load/mdx-environment.ts';
import { MDX_RENDER_SCOPE } from '../content/extract/mdx-render-scope.ts';
import { readTagsFiles } from '../content/load/tags-files.ts';
import { compareProblems, type Problem } from './problem.ts';
import { checkPagesOf, type RuleOptions } from './run-checks.ts';
import { pageOutline, readOutline, type PageSeen } from './site-outline.ts';
import { basisOf, frontMatterSchemaField, isStoredReport, mergeProbes, positionsIn, settledProbes, unchangedOutside, type StoredReport } from './stored-report.ts';
import { mayLoseNames } from '../content/load/site-transforms.ts';
import { mdxComponentNames } from '../content/load/mdx-components-list.ts';
import { staticFoldersOf } from '../content/model/static-folders.ts';

/** More pages changed than this, and the whole check costs little more than checking them. */
const MAX_EDITED = 16;
/** The same for the pages checked, those whose links look for anchors that changed included. */
const MAX_CHECKED = 64;

export interface Recheck {
  /** The new report, to store under the scan's fingerprint. */
  report: StoredReport;
  /** The outline to store with it, when anchors changed. */
  outline?: string;
  /** Pages checked again: those whose content changed, and those linking to anchors that changed. */
  rechecked: number;
}

/** The whole check's, and why (FAQ_CHECK_TRACE=1 shows it). */
const whole = (reason: string): undefined => {
  trace(`edit recheck: the whole check, for ${reason}`);
  return undefined;
};

/** The report after checking only the pages that changed, or undefined when that would not be exact. */
export async function recheckEdited(scan: SiteScan, options: string, ruleOptions: RuleOptions): Promise<Recheck | undefined> {
  const { cache, docFiles } = scan;
  const last = cache.lastResult()?.value;
  if (!isStoredReport(last) || last.structureKey !== scan.structureKey || last.options !== options) return whole('no report of this structure and options');
  if (last.pageLinks.length !== docFiles.length || last.anchorTargets.length !== docFiles.length) return whole('pages added or removed');
  // A file too new to be trusted by its size and time that no longer holds what was read is the whole check's.
  if (!cache.unconfirmedHold(scan.dir)) return whole('a file too new to trust changed');
  const recorded = docFiles.map(({ file }) => cache.recorded(file));
  // A page whose size or time is not what the cache recorded has changed since.
  const edited = docFiles.flatMap(({ size, mtimeMs }, position) => (recorded[position]?.[0] === size && recorded[position]?.[1] === mtimeMs ? [] : [position]));
  if (edited.length === 0 || edited.length > MAX_EDITED) return whole(`${edited.length} pages edited`);
  if (!unchangedOutside(scan.dir, last)) return whole('a file outside the pages changed');
  // A page reached through a symbolic link has a problem of its own the outline does not hold (rules/page-file.ts).
  if (scan.linkedPages.length > 0 && edited.some((position) => scan.linkedPages.includes(docFiles[position].file))) return whole('a page reached through a symbolic link');
  // Syntax of the site's own plugins is read by the whole check's records step (load/site-syntax-records.ts).
  if (scan.settings.site.siteSyntax) return whole('syntax of the site\'s own plugins');
  // The outline holds each page's anchors as the theme's Heading gives them (h2–h6): a Heading of the site's that keeps h1 ids is the whole check's.
  if (scan.settings.site.h1Anchors) return whole('a Heading that keeps h1 ids');
  // Whether the build can date the docs counts every page (load/docs-last-update.ts): the whole check says.
  if (asksGitForDates(scan.settings.site, [scan.settings.docs, ...(scan.settings.otherDocs ?? []).map(({ docs }) => docs)]) && outsideGitWorkTree(scan.dir)) return whole('dates from git, outside a work tree');
  const outlineText = cache.outline();
  const outline = outlineText === undefined ? undefined : readOutline(outlineText);
  if (outline?.key !== last.outline || outline.pages !== docFiles.length) return whole('no outline of the last report');

  // Whether a partial's file is there: asked only of a page that imports one (then the whole check runs).
  let sources: ReturnType<typeof partialSources> | undefined;
  const exists = (file: string) => (sources ??= partialSources(scan)).exists(file);
  const format = scan.settings.site.markdownFormat;
  let provided: ReadonlySet<string> | undefined;
  const withSiteComponents = siteComponentReader(scan.dir, { jsAsTypeScript: scan.settings.site.swcJsLoader === true });
  /** A page read from disk, if it neither is nor renders a partial (else the whole check must run). */
  const read = (position: number) => {
    const { layout, file, source } = docFiles[position];
    if (outline.partials.includes(file) || outline.exportingFiles.includes(file) || outline.exportingFiles.includes('*')) return undefined;
    const { content, size, mtimeMs, hash } = readPageFile(path.join(scan.dir, file));
    const docs = docsSettingsOf(scan.settings, layout.instance);
    const page = pageOf(layout, file, source, withSiteComponents(file, recordOf(content)), exists, { format, maintainCase: scan.settings.site.anchorsMaintainCase === true, numberPrefixes: docs.numberPrefixes });
    // A name its docs instance's own remark plugins may take away is the whole check's to judge (load/site-transforms.ts).
    if (docs.transforms && (page.mdx?.freeNames.length ?? 0) > 0 && mayLoseNames(page.mdx, (provided ??= mdxComponentNames(scan.dir)))) return undefined;
    return page.imports.length > 0 ? undefined : { page, size, mtimeMs, hash };
  };
  const hashes = recorded.map((entry) => entry?.[2]);
  const checked = new Map<number, Page>();
  const reads: Array<{ file: string; size: number; mtimeMs: number; hash: string }> = [];
  const movedAnchors = new Map<number, PageSeen>();
  for (const position of edited) {
    const now = read(position);
    if (!now) return whole(`${docFiles[position].file}, a partial, or one that renders or exports what others read`);
    reads.push({ file: now.page.file, size: now.size, mtimeMs: now.mtimeMs, hash: now.hash });
    if (now.hash === hashes[position]) continue; // touched, not changed
    // What the others see of it must be what they saw, but for its anchors. (A page that
    // renders partials has an outline that says so.)
    // Whether code of the site's adds anchors to it is known once the MDX environment is read,
    // below: taken as it was, and held to that there.
    const outlined = pageOutline(now.page, format, [], outline.anchorsOpen(position), outline.collectedAnchors(position));
    const seen = outline.compare(position, outlined);
    if (seen === 'other') return whole(`what others see of ${docFiles[position].file}`);
    if (seen === 'anchors') movedAnchors.set(position, outlined.seen);
    hashes[position] = now.hash;
    checked.set(position, now.page);
  }
  // The config's navbar and footer, the sidebars' link items and the Markdown pages of src/pages
  // link to anchors too, and their problems are those files': when anchors moved, the whole check
  // weighs them again.
  if (movedAnchors.size > 0 && (outline.anchorsLookedForFromOutside([...movedAnchors.keys()]) || linksToAnchorsOutsidePages(scan.settings.site, outline.versions))) return whole('anchors that files other than the pages look for');
  // Pages whose links look for anchors that changed: their problems may change too.
  if (movedAnchors.size > 0) {
    for (const [position, targets] of last.anchorTargets.entries()) {
      if (checked.has(position) || !targets.some((target) => movedAnchors.has(target))) continue;
      const now = checked.size < MAX_CHECKED ? read(position) : undefined;
      if (!now || now.hash !== hashes[position]) return whole('too many pages, or a page that cannot be checked alone, look for the anchors');
      checked.set(position, now.page);
    }
  }
  // The cache's other hashes must be the ones the report was made from (a check stopped halfway
  // may have recorded newer ones).
  const before = [...hashes];
  for (const position of checked.keys()) before[position] = recorded[position]?.[2];
  if (basisOf(before) !== last.basis) return whole('the cache ahead of the report');

  const positions = [...checked.keys()].sort((a, b) => a - b);
  const pages = positions.map((position) => checked.get(position)!);
  // A page's tags are checked against its version's tags file: read only when a checked page has tags.
  const tagged = pages.some(({ frontMatter }) => Array.isArray(frontMatter.data.tags) && frontMatter.data.tags.length > 0);
  const tagsFiles = tagged ? await readTagsFiles(scan.dir, scan.layouts, (layout) => docsSettingsOf(scan.settings, layout.instance)) : [];
  await workersEnded(); // esbuild's own worker may start here (see load-site.ts, modelOf)
  const mdx = loadMdxEnvironment(scan.dir, pages, MDX_RENDER_SCOPE, scan.settings.site.mayAddLoaders, scan.settings.site.markdownFormat, { staticFolders: staticFoldersOf(scan.settings.site), jsAsTypeScript: scan.settings.site.swcJsLoader === true });
  // A page whose anchors become known or unknown, or whose components collect others, changes what links to them find: rare, and the whole check's.
  const open = new Set(mdx.anchorsOpen);
  const collectedNow = (position: number) => JSON.stringify(mdx.collectedAnchors?.[docFiles[position].file] ?? []);
  if (edited.some((position) => checked.has(position) && (open.has(docFiles[position].file) !== outline.anchorsOpen(position) || collectedNow(position) !== JSON.stringify(outline.collectedAnchors(position))))) return whole('anchors that code of the site\'s adds');
  // A page that renders <Link>s from the site's code, before or now: their problems are the code's files', the whole check's.
  if (edited.some((position) => checked.has(position) && (outline.rendersCodeLinks(docFiles[position].file) || mdx.codeLinks?.[docFiles[position].file] !== undefined))) return whole('<Link>s the site\'s code renders');
  const site = { ...outline.site(scan.dir, scan.settings.site, pages, mdx), ...(tagsFiles.length > 0 ? { tagsFiles } : {}) };
  const files = new Set(pages.map(({ file }) => file));
  // Ids and addresses are what they were, everywhere: a page shares one now if and only if it did.
  const sharesRoutes = last.problems.some((problem) => problem.rule === 'duplicate-route' && files.has(problem.file));
  const found = checkPagesOf(site, pages, ruleOptions, sharesRoutes);
  const problems: Problem[] = last.problems.filter(({ file }) => !files.has(file)).concat(found.problems).sort(compareProblems);
  for (const { file, size, mtimeMs, hash } of reads) cache.setFile(file, size, mtimeMs, hash);
  const pageLinks = [...last.pageLinks];
  const anchorTargets = [...last.anchorTargets];
  const targets = positionsIn(site.pages.map(({ file }) => file), found.anchorTargets);
  let links = last.links;
  positions.forEach((position, i) => {
    links += pages[i].extract.links.length - pageLinks[position];
    pageLinks[position] = pages[i].extract.links.length;
    anchorTargets[position] = targets[i];
  });
  const newOutline = movedAnchors.size > 0 ? outline.replaced(movedAnchors) : undefined;
  return {
    // What the edited pages' MDX rules read or looked for holds the report too, beside what the last one's did.
    report: { ...last, problems, links, pageLinks, anchorTargets, basis: basisOf(hashes), outline: newOutline?.key ?? last.outline, outside: settledProbes(mergeProbes(last.outside, site.mdx?.probes ?? []), scan.cache.startedAt), ...frontMatterSchemaField() },
    outline: newOutline?.json,
    rechecked: pages.length,
  };
}

/** Whether the config's navbar or footer, or a sidebar's link item, links to an anchor. */
function linksToAnchorsOutsidePages(settings: SiteSettings, versions: Version[]): boolean {
  return Boolean(settings.layoutLinks?.some(({ value }) => value.includes('#')) || versions.some(({ sidebars }) => sidebars?.links?.some(({ href }) => href.includes('#'))));
}
