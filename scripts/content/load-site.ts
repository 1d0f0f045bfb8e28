/**
 * Reads a site from disk into the site model (the I/O edge of the check): settings, versions,
 * every page's front matter, links and headings, static files and other routes.
 */
import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Page, Site, Version } from './model.ts';
import { loadSettings, settingsFingerprint, type LoadedSettings, type SettingOverrides } from './site-config.ts';
import { versionLayouts, type VersionLayout } from './versions.ts';
import { listFiles } from './walk.ts';
import { docIdentity, joinUrl, stripNumberPrefix } from './routes.ts';
import { readPageRecords } from './page-records.ts';
import { contentHash, openCheckCache, type CheckCache } from './check-cache.ts';
import { PROJECT_ROOT } from '../project.ts';

export interface LoadOptions extends SettingOverrides {
  /** Use the check cache under node_modules/.cache/faq-check (default true). */
  cache?: boolean;
}

const DOC_FILE = /\.mdx?$/;
// Docusaurus's default docs `exclude`: partials (`_x.md`, `_dir/`) and tests are not pages.
const isExcluded = (source: string) =>
  source.split('/').some((segment) => segment.startsWith('_') || segment === '__tests__') || /\.test\.[jt]sx?$/.test(source);

/** What is on disk, before any page is read: settings, versions, file lists. */
export interface SiteScan {
  dir: string;
  cache: CheckCache;
  settings: LoadedSettings;
  layouts: VersionLayout[];
  /** Files of every version's docs folder, relative to the site dir. */
  files: string[];
  staticFiles: string[];
  docFiles: Array<{ layout: VersionLayout; file: string; source: string }>;
  /** Changes whenever anything the check reads changes (files, settings, the check's own code). */
  fingerprint: string;
}

export async function scanSite(siteDir: string, options: LoadOptions = {}): Promise<SiteScan> {
  const dir = path.resolve(siteDir);
  const cache = openCheckCache(dir, options.cache !== false);
  const { settings, settingsKey } = await cachedSettings(dir, options, cache);
  const layouts = versionLayouts(dir, settings.docs);
  const files = layouts.flatMap((layout) => listFiles(path.join(dir, layout.dir)).map((file) => `${layout.dir}/${file}`));
  const staticFiles = listFiles(path.join(dir, 'static'));
  const docFiles = layouts.flatMap((layout) =>
    files
      .filter((file) => file.startsWith(`${layout.dir}/`) && DOC_FILE.test(file))
      .map((file) => ({ layout, file, source: file.slice(layout.dir.length + 1) }))
      .filter(({ source }) => !isExcluded(source)),
  );
  const stats = files.map((file) => {
    const stat = fs.statSync(path.join(dir, file));
    return `${file}\0${stat.size}\0${stat.mtimeMs}`;
  });
  const fingerprint = contentHash([settingsKey, checkCodeVersion(), ...stats, '\0static', ...staticFiles, '\0pages', ...listFiles(path.join(dir, 'src', 'pages'))].join('\n'));
  return { dir, cache, settings, layouts, files, staticFiles, docFiles, fingerprint };
}

/** The whole site model; reads (or takes from the cache) every page. */
export async function modelOf(scan: SiteScan): Promise<Site> {
  const { dir, cache, layouts, files, staticFiles, docFiles } = scan;
  const records = await readPageRecords(dir, docFiles.map(({ file }) => file), cache);
  cache.save();

  const pages: Page[] = docFiles.map(({ layout, file, source }, index) => {
    const { frontMatter, extract } = records[index];
    const { id, slug } = docIdentity(source, frontMatter.data);
    const title = typeof frontMatter.data.title === 'string' && frontMatter.data.title
      ? frontMatter.data.title
      : extract.headings.find((heading) => heading.depth === 1)?.text ?? id.split('/').at(-1)!;
    return {
      file, version: layout.name, source, id, title, extract, frontMatter,
      route: joinUrl(layout.path, slug),
      draft: frontMatter.data.draft === true,
    };
  });

  const versions: Version[] = layouts.map((layout) => ({
    name: layout.name,
    dir: layout.dir,
    path: layout.path,
    extraRoutes: generatedIndexRoutes(dir, layout, files),
  }));
  return { dir, settings: scan.settings.site, versions, pages, otherRoutes: pageRoutes(dir), staticFiles, files };
}

/** Sizes and times of the check's own source: a new version of the check must not reuse old reports. */
function checkCodeVersion(): string {
  return ['scripts/check', 'scripts/check/rules', 'scripts/content']
    .flatMap((sub) => {
      const folder = path.join(PROJECT_ROOT, sub);
      return fs.readdirSync(folder).map((name) => {
        const stat = fs.statSync(path.join(folder, name));
        return `${sub}/${name}:${stat.size}:${stat.mtimeMs}`;
      });
    })
    .join(',');
}

/** Settings from the cache when nothing they depend on changed; loading the config is slow. */
async function cachedSettings(dir: string, options: LoadOptions, cache: CheckCache): Promise<{ settings: LoadedSettings; settingsKey: string }> {
  const overrides: SettingOverrides = { routeBasePath: options.routeBasePath, trailingSlash: options.trailingSlash, siteUrl: options.siteUrl };
  const settingsKey = contentHash(settingsFingerprint(dir, overrides));
  const cached = cache.settings(settingsKey) as LoadedSettings | undefined;
  if (cached) return { settings: cached, settingsKey };
  const settings = await loadSettings(dir, overrides);
  // A config that failed to load may work next time: only remember successes.
  if (settings.site.source.kind === 'config') cache.setSettings(settingsKey, settings);
  return { settings, settingsKey };
}

/** Routes of `_category_` files whose link is a generated index. */
function generatedIndexRoutes(siteDir: string, layout: VersionLayout, files: string[]): string[] {
  const slugger = new GithubSlugger();
  const routes: string[] = [];
  for (const file of files) {
    if (!file.startsWith(`${layout.dir}/`) || !/(^|\/)_category_\.(json|ya?ml)$/.test(file)) continue;
    let metadata: { label?: string; link?: { type?: string; slug?: string } } = {};
    try {
      const text = fs.readFileSync(path.join(siteDir, file), 'utf8');
      metadata = file.endsWith('.json') ? JSON.parse(text) : parseSimpleYaml(text);
    } catch {
      continue;
    }
    if (metadata.link?.type !== 'generated-index') continue;
    const folder = path.posix.basename(path.posix.dirname(file));
    const slug = metadata.link.slug ?? `/category/${slugger.slug(metadata.label ?? stripNumberPrefix(folder))}`;
    routes.push(joinUrl(layout.path, slug));
  }
  return routes;
}

function parseSimpleYaml(text: string): any {
  // gray-matter bundles js-yaml; reuse it instead of adding another YAML parser.
  const matter = require('gray-matter');
  return matter(`---\n${text}\n---\n`, {}).data;
}

/** Routes of src/pages (React and Markdown pages), without baseUrl. */
function pageRoutes(siteDir: string): string[] {
  const pagesDir = path.join(siteDir, 'src', 'pages');
  return listFiles(pagesDir)
    .filter((file) => /\.(jsx?|tsx?|mdx?)$/.test(file) && !isExcluded(file))
    .map((file) => {
      const withoutExt = file.replace(/\.(jsx?|tsx?|mdx?)$/, '');
      const route = withoutExt === 'index' ? '/' : withoutExt.endsWith('/index') ? `/${withoutExt.slice(0, -'index'.length)}` : `/${withoutExt}`;
      return route;
    });
}
