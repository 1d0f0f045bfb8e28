/**
 * The docs and blog posts as each other locale's build reads them. The docs plugin lists a
 * version's pages in its own folder, then reads each from the locale's folder of translations
 * when a file is there (getContentPathList: the localized folder first); the blog reads its
 * posts the same way. A translated page is thus checked as its locale builds it: its own links,
 * anchors and MDX, under the locale's base URL, its `./x.md` links among that locale's files (a
 * link to a page nobody translated finds no file there, and the build stops). A file found only
 * among the translations is no page.
 *
 * Only a locale that translates at least one doc, post or page of src/pages is read: without
 * one, its build holds the same pages as the default locale's, under another base URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BlogPluginSettings, LocaleBuild } from '../model/site.ts';
import { localizedBlogDir, localizedDocsDir } from '../model/locales.ts';
import { CONTENT_SKIPPED_DIRS, listFiles } from './walk.ts';
import type { VersionLayout } from './versions.ts';
import type { DiskView, FileStat, PageGlobs } from './disk-view.ts';

/** The folder of a locale's translations of the (default) pages plugin's pages. */
const LOCALIZED_PAGES = 'docusaurus-plugin-content-pages';

/** One locale's build, as the check reads it: its versions and its docs. */
export interface LocaleOverlay {
  locale: LocaleBuild;
  /** The site's versions, each with the folder its translations are read from. */
  layouts: VersionLayout[];
  /** Every doc, from its translation's file where there is one. */
  docFiles: Array<{ layout: VersionLayout; file: string; source: string } & FileStat>;
  /** The site's blogs, each with the folder its translated posts are read from. */
  blogs: BlogPluginSettings[];
  /** Every file of the translations' folders (images and partials among them), the blogs' too. */
  files: string[];
  /** The translated docs' files. */
  translated: string[];
  /**
   * The files among the locale's translations of the pages plugin, by the page file of the same
   * name (site-relative): `src/pages/api.mdx` → `i18n/fr/docusaurus-plugin-content-pages/api.mdx`,
   * a React page's `rp.js` too. The locale's build renders the translation in the page's place,
   * at the page's route; a translation of no page is none (load-site.ts, withTranslations).
   */
  translatedPages: Record<string, string>;
}

/**
 * The locales a build reads translations for, and that translate a doc or a blog post.
 * `globsOf`: each version's page globs (its docs instance's include and exclude); `pagesPath`:
 * the pages plugin's folder, if the site has one.
 */
export function localeOverlays(
  siteDir: string,
  locales: readonly LocaleBuild[] | undefined,
  blogs: readonly BlogPluginSettings[] | undefined,
  layouts: readonly VersionLayout[],
  docFiles: ReadonlyArray<{ layout: VersionLayout; file: string; source: string } & FileStat>,
  disk: DiskView,
  globsOf: (layout: VersionLayout) => PageGlobs,
  pagesPath?: string,
): LocaleOverlay[] {
  return (locales ?? []).flatMap((locale) => {
    if (!(locale.translate ?? fs.existsSync(path.join(siteDir, locale.dir)))) return [];
    const localized = new Map(layouts.map((layout) => [layout, { ...layout, localizedDir: localizedDocsDir(locale, layout.docsVersion, layout.instance) }]));
    const files: string[] = [];
    const translatedSources = new Map<VersionLayout, Set<string>>();
    for (const [layout, { localizedDir }] of localized) {
      const listing = disk.listVersion(localizedDir, globsOf(layout));
      files.push(...listing.files);
      translatedSources.set(layout, new Set(listing.pages.map(({ source }) => source)));
    }
    const translated: string[] = [];
    const overlaid = docFiles.map((doc) => {
      const layout = localized.get(doc.layout)!;
      if (!translatedSources.get(doc.layout)!.has(doc.source)) return { ...doc, layout };
      const file = `${layout.localizedDir}/${doc.source}`;
      translated.push(file);
      return { layout, file, source: doc.source, ...disk.statOf(file) };
    });
    const localizedBlogs = (blogs ?? []).map((blog) => ({ ...blog, localizedPath: localizedBlogDir(locale, blog.id) }));
    const originalPosts = new Set(localizedBlogs.flatMap((blog) => listFiles(path.join(siteDir, blog.path), CONTENT_SKIPPED_DIRS).map((file) => `${blog.localizedPath}/${file}`)));
    const blogFiles = localizedBlogs.flatMap(({ localizedPath }) => listFiles(path.join(siteDir, localizedPath), CONTENT_SKIPPED_DIRS).map((file) => `${localizedPath}/${file}`));
    const translatesPosts = blogFiles.some((file) => originalPosts.has(file) && /\.mdx?$/.test(file));
    const pagesDir = `${locale.dir}/${LOCALIZED_PAGES}`;
    const pagesFiles = pagesPath === undefined ? [] : listFiles(path.join(siteDir, pagesDir), CONTENT_SKIPPED_DIRS);
    const originalPages = pagesPath === undefined ? new Set<string>() : new Set(listFiles(path.join(siteDir, pagesPath), CONTENT_SKIPPED_DIRS));
    const translatedPages = Object.fromEntries(pagesFiles.filter((file) => originalPages.has(file)).map((file) => [`${pagesPath}/${file}`, `${pagesDir}/${file}`]));
    if (translated.length === 0 && !translatesPosts && Object.keys(translatedPages).length === 0) return [];
    return [{ locale, layouts: [...localized.values()], docFiles: overlaid, blogs: localizedBlogs, files: [...files, ...blogFiles, ...pagesFiles.map((file) => `${pagesDir}/${file}`)], translated, translatedPages }];
  });
}
