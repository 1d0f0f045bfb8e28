/**
 * Routes a docs version has besides its pages: `generated-index` category pages (from
 * `_category_` files and from the sidebars), and tag pages (`/tags`, `/tags/<tag>`) when its
 * published pages have tags, with permalinks as Docusaurus makes them (model/tag-permalinks.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { CategoryFile, Page, TagsFile } from '../model/site.ts';
import type { DocsPluginSettings, SidebarsOutline } from './site-config.ts';
import { versionedSidebarsOutline } from './sidebars-outline.ts';
import { instanceFiles, type VersionLayout } from './versions.ts';
import { generatedIndexCategories, type GeneratedIndexCategory } from './plugin-routes.ts';
import { joinUrl, stripNumberPrefix } from '../model/routes.ts';
import { normalizeTag } from '../model/tag-permalinks.ts';
import type { ThemeAsRendered } from './theme-components.ts';

/** Category index pages of a version: its sidebars' categories, then its `_category_` files. */
export function generatedIndexRoutes(siteDir: string, layout: VersionLayout, categoryFiles: CategoryFile[], docs: DocsPluginSettings): string[] {
  const slugger = new GithubSlugger(); // one per version, as Docusaurus's sidebar post-processing
  const categories = [...sidebarCategories(siteDir, layout, docs), ...fileCategories(layout, categoryFiles, docs.numberPrefixes)];
  return categories.map(({ label, slug }) => joinUrl(layout.path, slug ?? `/category/${slugger.slug(label)}`));
}

/**
 * A version's sidebars: the sidebars file's for the current version, those of
 * `versioned_sidebars/version-<name>-sidebars.json` for the others (none without that file, as
 * in Docusaurus); undefined when a file cannot be read.
 */
export function sidebarsOf(siteDir: string, layout: VersionLayout, docs: DocsPluginSettings): SidebarsOutline | undefined {
  return layout.docsVersion === 'current' ? docs.sidebars : versionedSidebarsOutline(siteDir, layout.docsVersion, 'now', layout.instance);
}

function sidebarCategories(siteDir: string, layout: VersionLayout, docs: DocsPluginSettings): GeneratedIndexCategory[] {
  if (layout.docsVersion === 'current') return docs.sidebarCategories;
  try {
    const file = path.join(siteDir, instanceFiles(layout.instance).versionedSidebars, `version-${layout.docsVersion}-sidebars.json`);
    return generatedIndexCategories(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return [];
  }
}

/**
 * The generated index pages the version's category files ask for: those of folders a sidebar is
 * generated from (model/generated-categories.ts; one that does not parse asks for none).
 */
function fileCategories(layout: VersionLayout, categoryFiles: CategoryFile[], numberPrefixes = true): GeneratedIndexCategory[] {
  const categories: GeneratedIndexCategory[] = [];
  for (const { file, version, data, inSidebar } of categoryFiles) {
    if (version !== layout.name || !inSidebar || data === null || typeof data !== 'object') continue;
    const metadata = data as { label?: string; link?: { type?: string; slug?: string } };
    if (metadata.link?.type !== 'generated-index') continue;
    const folder = path.posix.basename(path.posix.dirname(file));
    categories.push({ label: metadata.label ?? (numberPrefixes ? stripNumberPrefix(folder) : folder), slug: metadata.link.slug });
  }
  return categories;
}

/** A version's tags page, its tags' pages, and its tags' labels (as Docusaurus labels them: the tags file's, an object tag's, or the tag itself). */
export interface TagPages {
  list: string;
  permalinks: string[];
  labels: string[];
}

/** The tag pages of a version, from the tags of its published pages; `tagsFile`: the version's, read by load/tags-files.ts. */
export function tagPagesOf(layout: VersionLayout, pages: Page[], docs: DocsPluginSettings, tagsFile: TagsFile | undefined): TagPages {
  const tagsPath = joinUrl(layout.path, docs.tagsBasePath);
  const defined = tagsFile?.tags ?? {};
  const labels = new Map<string, string>(); // by permalink
  for (const page of pages) {
    if (page.version !== layout.name || page.draft || !Array.isArray(page.frontMatter.data.tags)) continue;
    for (const tag of page.frontMatter.data.tags as unknown[]) {
      const known = normalizeTag(tag, defined);
      if (known) labels.set(joinUrl(tagsPath, known.permalink), known.label);
    }
  }
  return { list: tagsPath, permalinks: [...labels.keys()], labels: [...labels.values()] };
}

/** The routes of a version's tag pages: none without a tag. */
export function tagRoutes({ list, permalinks }: TagPages): string[] {
  return permalinks.length === 0 ? [] : [list, ...permalinks];
}

/**
 * The anchors of a version's pages that the theme renders on its own, as Docusaurus collects
 * them: a generated index has none (its cards' headings carry no id), the tags page one heading
 * per first letter of the tags' labels (TagsListByLetter), a tag's page none. A page a component
 * of the site's own renders is left out: its anchors are unknown.
 */
export function themePageAnchors(theme: ThemeAsRendered, generatedIndexes: string[], { list, permalinks, labels }: TagPages): Record<string, string[]> {
  const anchors: Record<string, string[]> = {};
  if (theme.renders('DocCategoryGeneratedIndexPage', 'DocCardList', 'DocCard')) for (const route of generatedIndexes) anchors[route] = [];
  if (permalinks.length === 0) return anchors;
  if (theme.renders('DocTagsListPage', 'TagsListByLetter')) anchors[list] = [...new Set(labels.filter(Boolean).map((label) => label[0].toUpperCase()))];
  if (theme.renders('DocTagDocListPage')) for (const route of permalinks) anchors[route] = [];
  return anchors;
}
