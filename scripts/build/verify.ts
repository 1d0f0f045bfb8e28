/**
 * Checks on a finished build before it may replace `build/`: every published page has its HTML,
 * no draft leaks (route or title) into any HTML, the sitemap or the search index, and every HTML
 * page carries exactly one canonical link. Returns one message per failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Site } from '../content/model.ts';
import { applyTrailingSlash } from '../content/routes.ts';

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

/** Patterns that betray a draft: its route (as a whole path) and its title (raw or HTML-escaped). */
function draftTraces(page: Page, baseUrl: string): RegExp[] {
  const route = `${baseUrl.replace(/\/$/, '')}${page.route}`.replace(/\/$/, '');
  const titles = new Set([page.title, escapeHtml(page.title), escapeHtml(page.title).replace(/&#x27;/g, '&#39;')]);
  return [
    new RegExp(`${escapeRegExp(route)}(?![\\w.-])`),
    ...[...titles].map((title) => new RegExp(`(^|[^\\w])${escapeRegExp(title)}(?![\\w'])`)),
  ];
}

export function verifyBuild(site: Site, outDir: string): string[] {
  const failures: string[] = [];
  const files = listOutput(outDir);
  const fileSet = new Set(files);
  const { trailingSlash, baseUrl } = site.settings;

  for (const page of site.pages.filter((candidate) => !candidate.draft)) {
    const html = htmlFileOf(page.route, trailingSlash);
    if (!fileSet.has(html)) failures.push(`${page.file}: no ${html} in the build (route ${page.route})`);
  }

  const drafts = site.pages.filter((page) => page.draft).map((page) => ({ page, traces: draftTraces(page, baseUrl) }));
  const searched = files.filter((file) => file.endsWith('.html') || file === 'sitemap.xml' || /search-index.*\.json$/.test(file));
  for (const file of searched) {
    const text = fs.readFileSync(path.join(outDir, file), 'utf8');
    for (const { page, traces } of drafts) {
      if (traces.some((trace) => trace.test(text))) failures.push(`${file}: mentions draft page ${page.file} ("${page.title}", ${page.route})`);
    }
    if (file.endsWith('.html')) {
      const canonicals = text.match(/<link[^>]*rel=["']?canonical["'\s/>]/gi)?.length ?? 0;
      if (canonicals !== 1) failures.push(`${file}: ${canonicals} canonical links, expected exactly 1`);
    }
  }
  return failures;
}
