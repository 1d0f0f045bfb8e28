/** The built HTML pages of build/, parsed with cheerio, with what tests need to know of each. */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { requireBuild } from './paths.ts';

export interface BuiltPage {
  /** URL path as served: /faq/security, /2.9/reference-guides/rancher-security/ */
  route: string;
  file: string;
  $: cheerio.CheerioAPI;
  /** Unversioned doc id from the <html> class (docs-doc-id-…), if the page is a doc. */
  docId?: string;
  /** Docs version name from the <html> class (docs-version-…), if the page is a docs page. */
  version?: string;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

function routeOf(buildDir: string, file: string): string {
  const rel = path.relative(buildDir, file).split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) {
    const dir = rel.slice(0, -'/index.html'.length);
    return `/${dir}`;
  }
  return `/${rel}`;
}

export function loadPage(file: string, buildDir = requireBuild()): BuiltPage {
  const $ = cheerio.load(fs.readFileSync(file, 'utf8'));
  const classes = ($('html').attr('class') ?? '').split(/\s+/);
  const docId = classes.find((name) => name.startsWith('docs-doc-id-'))?.slice('docs-doc-id-'.length);
  const version = classes.find((name) => name.startsWith('docs-version-'))?.slice('docs-version-'.length);
  return { route: routeOf(buildDir, file), file, $, docId, version };
}

let cache: BuiltPage[] | undefined;

export function builtPages(): BuiltPage[] {
  if (!cache) {
    const buildDir = requireBuild();
    cache = walk(buildDir).map((file) => loadPage(file, buildDir));
  }
  return cache;
}

export function builtPage(route: string): BuiltPage {
  const wanted = route.replace(/\/$/, '') || '/';
  const page = builtPages().find((candidate) => candidate.route === wanted);
  if (!page) throw new Error(`No built page for ${route}`);
  return page;
}

/** Doc pages (not generated category pages, search, home or 404). */
export const builtDocPages = (): BuiltPage[] => builtPages().filter((page) => page.docId !== undefined);
