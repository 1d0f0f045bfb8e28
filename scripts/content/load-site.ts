/**
 * Reads a site from disk into the site model (the I/O edge of the check): settings, versions,
 * every page's front matter, links and headings, static files and other routes.
 */
import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Page, PageExtract, Site, Version } from './model.ts';
import { loadSettings, type SettingOverrides } from './site-config.ts';
import { versionLayouts, type VersionLayout } from './versions.ts';
import { listFiles } from './walk.ts';
import { parseFrontMatter } from './front-matter.ts';
import { docIdentity, joinUrl, stripNumberPrefix } from './routes.ts';
import { extractPages, type ExtractOptions } from './extract-pages.ts';

export interface LoadOptions extends SettingOverrides, ExtractOptions {}

const DOC_FILE = /\.mdx?$/;
// Docusaurus's default docs `exclude`: partials (`_x.md`, `_dir/`) and tests are not pages.
const isExcluded = (source: string) =>
  source.split('/').some((segment) => segment.startsWith('_') || segment === '__tests__') || /\.test\.[jt]sx?$/.test(source);

export async function loadSite(siteDir: string, options: LoadOptions = {}): Promise<Site> {
  const dir = path.resolve(siteDir);
  const { site: settings, docs } = await loadSettings(dir, options);
  const layouts = versionLayouts(dir, docs);
  const files = layouts.flatMap((layout) => listFiles(path.join(dir, layout.dir)).map((file) => `${layout.dir}/${file}`));
  const staticFiles = listFiles(path.join(dir, 'static'));

  const docFiles = layouts.flatMap((layout) =>
    files
      .filter((file) => file.startsWith(`${layout.dir}/`) && DOC_FILE.test(file))
      .map((file) => ({ layout, file, source: file.slice(layout.dir.length + 1) }))
      .filter(({ source }) => !isExcluded(source)),
  );
  const contents = docFiles.map(({ file }) => fs.readFileSync(path.join(dir, file), 'utf8'));
  const extracts: PageExtract[] = await extractPages(contents, { cacheKey: dir, ...options });

  const pages: Page[] = docFiles.map(({ layout, file, source }, index) => {
    const frontMatter = parseFrontMatter(contents[index]);
    const { id, slug } = docIdentity(source, frontMatter.data);
    const extract = extracts[index];
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
  return { dir, settings, versions, pages, otherRoutes: pageRoutes(dir), staticFiles, files };
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
