/**
 * Routes a docs version has besides its pages: `generated-index` category pages (from
 * `_category_` files and from the sidebars), and tag pages (`/tags`, `/tags/<tag>`) when its
 * published pages have tags, with permalinks as Docusaurus makes them (lodash's kebabCase, or
 * the tags file's own).
 */
import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import kebabCase from 'lodash/kebabCase';
import type { CategoryFile, Page, TagsFile } from '../model/site.ts';
import { versionedSidebarsOutline, type DocsPluginSettings, type SidebarsOutline } from './site-config.ts';
import type { VersionLayout } from './versions.ts';
import { generatedIndexCategories, type GeneratedIndexCategory } from './plugin-routes.ts';
import { joinUrl, stripNumberPrefix } from '../model/routes.ts';

/** Category index pages of a version: its sidebars' categories, then its `_category_` files. */
export function generatedIndexRoutes(siteDir: string, layout: VersionLayout, categoryFiles: CategoryFile[], docs: DocsPluginSettings): string[] {
  const slugger = new GithubSlugger(); // one per version, as Docusaurus's sidebar post-processing
  const categories = [...sidebarCategories(siteDir, layout, docs), ...fileCategories(layout, categoryFiles)];
  return categories.map(({ label, slug }) => joinUrl(layout.path, slug ?? `/category/${slugger.slug(label)}`));
}

/**
 * A version's sidebars: the sidebars file's for the current version, those of
 * `versioned_sidebars/version-<name>-sidebars.json` for the others (none without that file, as
 * in Docusaurus); undefined when a file cannot be read.
 */
export function sidebarsOf(siteDir: string, layout: VersionLayout, docs: DocsPluginSettings): SidebarsOutline | undefined {
  return layout.name === 'current' ? docs.sidebars : versionedSidebarsOutline(siteDir, layout.name);
}

function sidebarCategories(siteDir: string, layout: VersionLayout, docs: DocsPluginSettings): GeneratedIndexCategory[] {
  if (layout.name === 'current') return docs.sidebarCategories;
  try {
    const file = path.join(siteDir, 'versioned_sidebars', `version-${layout.name}-sidebars.json`);
    return generatedIndexCategories(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return [];
  }
}

/**
 * The generated index pages the version's category files ask for: those of folders a sidebar is
 * generated from (model/generated-categories.ts; one that does not parse asks for none).
 */
function fileCategories(layout: VersionLayout, categoryFiles: CategoryFile[]): GeneratedIndexCategory[] {
  const categories: GeneratedIndexCategory[] = [];
  for (const { file, version, data, inSidebar } of categoryFiles) {
    if (version !== layout.name || !inSidebar || data === null || typeof data !== 'object') continue;
    const metadata = data as { label?: string; link?: { type?: string; slug?: string } };
    if (metadata.link?.type !== 'generated-index') continue;
    const folder = path.posix.basename(path.posix.dirname(file));
    categories.push({ label: metadata.label ?? stripNumberPrefix(folder), slug: metadata.link.slug });
  }
  return categories;
}

/** Tag pages of a version, from the tags of its published pages; `tagsFile`: the version's, read by load/tags-files.ts. */
export function tagRoutes(layout: VersionLayout, pages: Page[], docs: DocsPluginSettings, tagsFile: TagsFile | undefined): string[] {
  const tagsPath = joinUrl(layout.path, docs.tagsBasePath);
  const defined = tagsFile?.tags ?? {};
  const permalinks = new Set<string>();
  for (const page of pages) {
    if (page.version !== layout.name || page.draft || !Array.isArray(page.frontMatter.data.tags)) continue;
    for (const tag of page.frontMatter.data.tags as unknown[]) {
      const permalink = typeof tag === 'string'
        ? Object.hasOwn(defined, tag) ? defined[tag].permalink : kebabCase(tag)
        : typeof (tag as { permalink?: unknown })?.permalink === 'string' ? (tag as { permalink: string }).permalink : undefined;
      if (permalink !== undefined) permalinks.add(joinUrl(tagsPath, permalink));
    }
  }
  return permalinks.size === 0 ? [] : [tagsPath, ...permalinks];
}
