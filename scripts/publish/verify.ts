/**
 * Checks on a finished build before it may replace `build/`: every published page has its HTML,
 * no draft leaks into any HTML, the sitemap or the search index, and every HTML page carries
 * exactly one canonical link. Returns one message per failure.
 *
 * A draft leaks when a link, a sitemap entry or a search document names its exact route, or when
 * its title shows up while no published page has that title (a page may be a draft in one
 * version and published in another, under the same title).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Site } from '../content/model/site.ts';
import { applyTrailingSlash, routeKey } from '../content/model/routes.ts';

/** Where the HTML of a route lands in the output folder. */
export function htmlFileOf(route: string, trailingSlash: boolean | undefined): string {
  const served = applyTrailingSlash(route, trailingSlash).replace(/^\//, '');
  if (served === '' || served.endsWith('/')) return `${served}index.html`;
  return trailingSlash === false ? `${served}.html` : `${served}/index.html`;
}

function listOutput(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((file) => file.split(path.sep).join('/'));
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every route-like value in a file: link targets, sitemap locations, search documents' URLs. */
function namedRoutes(text: string, siteUrl: string, baseUrl: string): Set<string> {
  const routes = new Set<string>();
  const values = /(?:href|src)=["']?([^"'\s>]+)|<loc>([^<]+)<\/loc>|"u":"([^"]+)"/g;
  for (const match of text.matchAll(values)) {
    let value = match[1] ?? match[2] ?? match[3];
    if (value.startsWith(siteUrl)) value = value.slice(siteUrl.length);
    if (!value.startsWith('/')) continue;
    let pathname = value.split(/[?#]/)[0];
    if (baseUrl !== '/' && pathname.startsWith(baseUrl)) pathname = pathname.slice(baseUrl.length - 1);
    routes.add(routeKey(pathname));
  }
  return routes;
}

function titlePatterns(title: string): RegExp[] {
  const forms = new Set([title, escapeHtml(title), escapeHtml(title).replace(/&#x27;/g, '&#39;')]);
  return [...forms].map((form) => new RegExp(`(^|[^\\w])${escapeRegExp(form)}(?![\\w'])`));
}

export interface VerifyReuse {
  /** sha256 of output files whose content is known (linked from stored units), by path. */
  hashes: Map<string, string>;
  /**
   * Contents that passed before, for the same drafts and site address: a file whose sha256 is in
   * it is not read again. Only what passes is written to it.
   */
  passedFile: string;
}

export function verifyBuild(site: Site, outDir: string, reuse?: VerifyReuse): string[] {
  const failures: string[] = [];
  const files = listOutput(outDir);
  const fileSet = new Set(files);
  const { trailingSlash, baseUrl, url } = site.settings;
  const published = site.pages.filter((page) => !page.draft);

  for (const page of published) {
    const html = htmlFileOf(page.route, trailingSlash);
    if (!fileSet.has(html)) failures.push(`${page.file}: no ${html} in the build (route ${page.route})`);
  }

  const publishedTitles = new Set(published.map((page) => page.title));
  const drafts = site.pages
    .filter((page) => page.draft)
    .map((page: Page) => ({
      page,
      route: routeKey(page.route),
      titles: publishedTitles.has(page.title) ? [] : titlePatterns(page.title),
    }));
  const searched = files.filter((file) => file.endsWith('.html') || file === 'sitemap.xml' || /search-index.*\.json$/.test(file));
  // What a passed content depends on besides its bytes: the drafts (routes, titles) and the address.
  const signature = crypto
    .createHash('sha256')
    .update(JSON.stringify({ url, baseUrl, drafts: drafts.map(({ route, titles }) => [route, titles.map(String)]) }))
    .digest('hex');
  const passedBefore = new Set(reuse && readPassed(reuse.passedFile, signature));
  const passed = new Set<string>();
  for (const file of searched) {
    // HTML files get one more check than the others: a content passed as one kind only.
    const known = reuse?.hashes.get(file);
    const hash = known && `${file.endsWith('.html') ? 'html' : 'data'}:${known}`;
    if (hash && passedBefore.has(hash)) {
      passed.add(hash);
      continue;
    }
    const failed = failures.length;
    const text = fs.readFileSync(path.join(outDir, file), 'utf8');
    if (drafts.length > 0) {
      const routes = namedRoutes(text, url, baseUrl);
      for (const { page, route, titles } of drafts) {
        if (routes.has(route) || titles.some((title) => title.test(text))) {
          failures.push(`${file}: mentions draft page ${page.file} ("${page.title}", ${page.route})`);
        }
      }
    }
    if (file.endsWith('.html')) {
      const canonicals = text.match(/<link[^>]*rel=["']?canonical["'\s/>]/gi)?.length ?? 0;
      if (canonicals !== 1) failures.push(`${file}: ${canonicals} canonical links, expected exactly 1`);
    }
    if (hash && failures.length === failed) passed.add(hash);
  }
  if (reuse) writePassed(reuse.passedFile, { signature, passed: [...passed].sort() });
  return failures;
}

interface Passed {
  signature: string;
  passed: string[];
}

function readPassed(file: string, signature: string): string[] {
  try {
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as Passed;
    return record.signature === signature && Array.isArray(record.passed) ? record.passed : [];
  } catch {
    return [];
  }
}

/** Under a temporary name, then renamed: two builds at once leave one whole record. */
function writePassed(file: string, record: Passed): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(record));
  fs.renameSync(temp, file);
}
