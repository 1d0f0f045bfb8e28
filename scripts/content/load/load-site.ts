/**
 * Reads a site from disk into the site model (the I/O edge of the check): settings, versions,
 * every page's front matter, links and headings, static files and other routes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BlogPluginSettings, BlogPost, MarkdownFormat, Page, PageRecord, Site, SiteSettings, Version } from '../model/site.ts';
import { routeModulesOf } from './route-components.ts';
import { extractAsCompiled, formatOf } from '../model/markdown-format.ts';
import { defaultDocs, docsSettingsOf, docsTransformsOf, findConfigFile, loadSettings, loadSiteSyntax, settingsFingerprint, settingsFrom, withConfigVerdict, type DocsPluginSettings, type LoadedSettings, type SettingOverrides, type SettingsArrival } from './site-config.ts';
import { InputFileError } from './input-file-error.ts';
import { assertVersionsListedOnce, assertVersionsLoad, instanceFiles, readVersionNames, versionLayouts, type VersionLayout } from './versions.ts';
import { CONTENT_SKIPPED_DIRS, listFiles } from './walk.ts';
import { diskView, type DiskView, type FileStat } from './disk-view.ts';
import { docIdentity, joinUrl, publishableSlug } from '../model/routes.ts';
import { endUnneeded, readPageRecords, type PageFile, type StartedPageWorker } from './page-records.ts';
import { siteSyntaxHash, withSiteSyntax } from './site-syntax-records.ts';
import { contentAfterTransforms, withSiteTransforms, type LoadedTransforms, type PageTransforms } from './site-transforms.ts';
import type { PageWorkerInput } from './page-records.worker.ts';
import { folderHolding, readPartials, resolveImport, type PartialSources } from '../model/partials.ts';
import { partialsReachedFrom, partialsShownAbove, partialsShownIn, truncateMarkerOf } from '../model/rendered-partials.ts';
import type { PartialImporter } from '../model/hidden-partials.ts';
import { generatedIndexRoutes, sidebarsOf, tagPagesOf, tagRoutes, themePageAnchors } from './version-routes.ts';
import { themeAsRendered } from './theme-components.ts';
import { CONTENT_COMPONENTS } from './bundled-theme-overrides.ts';
import { isMarkdownPage, markdownPageAnchors, publishedSitePages, reactPageAnchors, reactPagesOf, readMarkdownPages, sitePages, type SitePageFile } from './site-pages.ts';
import { pagesPluginOf } from '../model/pages-plugin.ts';
import { codeAnchorsOf } from '../model/anchors.ts';
import { blogListAnchors, blogListingsOf, blogPostAnchors, publishedBlogRoutes, readBlogPosts, undatablePosts, withAuthorsVerdicts } from './blog-posts.ts';
import { undatableDocs } from './docs-last-update.ts';
import { readCategoryFiles } from './category-files.ts';
import { readBlogTagsFiles, readTagsFiles } from './tags-files.ts';
import { markSidebarCategories } from '../model/generated-categories.ts';
import { openCheckCache, type CheckCache } from './check-cache.ts';
import { contentHash } from './content-hash.ts';
import { PROJECT_ROOT } from '../../project.ts';
import { isSinglePage } from '../model/plugin-route-match.ts';
import { trace } from './trace.ts';
import { inputsUnchanged } from './plugin-inputs.ts';
import { statStamp } from './racy-files.cjs';
import { releaseWaitingWorkers, startWorker, workersEnded } from './threads.ts';
import { loadMdxEnvironment } from './mdx-environment.ts';
import { mdxComponentNames } from './mdx-components-list.ts';
import { siteComponentReader } from './site-component-reader.ts';
import { moduleTransformsSettled, startModuleTransforms } from './module-transforms.ts';
import { MDX_RENDER_SCOPE } from '../extract/mdx-render-scope.ts';
import { mechanismOff } from '../../mechanisms.ts';
import { earlyLoads } from './early-loads.ts';
import { localeOverlays, type LocaleOverlay } from './locales.ts';
import { staticFoldersOf } from '../model/static-folders.ts';

export interface LoadOptions extends SettingOverrides {
  /** Use the check cache under node_modules/.cache/faq-check (default true). */
  cache?: boolean;
  /** Threads that read pages, this one included (default: one per core, when the site is large). */
  threads?: number;
}

/** What is on disk, before any page is read: settings, versions, file lists. */
export interface SiteScan {
  dir: string;
  cache: CheckCache;
  settings: LoadedSettings;
  /**
   * Resolves once Docusaurus's verdict on the config is among `settings.site.configWarnings`
   * (and the settings are in the cache): a page worker may post the settings before it
   * validates the config (site-config.ts). Wait for it before a rule reads the settings'
   * warnings, or the cache is saved.
   */
  configVerdictIn: Promise<void>;
  layouts: VersionLayout[];
  /** The site's TypeScript modules are being stripped already (load/module-transforms.ts): the settings were loaded afresh, for a whole check. */
  stripping: boolean;
  /** Files of every version's docs folder, relative to the site dir. */
  files: string[];
  /** The static folders' files, from the site's folder: the structure key holds them (an image from the root comes or goes). */
  staticFiles: string[];
  docFiles: Array<{ layout: VersionLayout; file: string; source: string } & FileStat>;
  /** Those reached through a symbolic link (rules/page-file.ts). */
  linkedPages: string[];
  /** Changes whenever anything the check reads changes (files, settings, the check's own code). */
  fingerprint: string;
  /** The same but for the pages' content: changes when a file comes or goes, or anything else changes. */
  structureKey: string;
  /** Changes with the config and the check's own code. */
  settingsKey: string;
  threads?: number;
  disk: DiskView;
  /** Sees each chunk of computed records (load/early-loads.ts). */
  onRecords: (records: PageRecord[]) => void;
  /** The other locales' builds that translate a doc (load/locales.ts). */
  locales: LocaleOverlay[];
  /** The pages of src/pages this build renders from a translation's file, with that file (LocaleOverlay.translatedPages). */
  translatedPages?: Record<string, string>;
}

export async function scanSite(siteDir: string, options: LoadOptions = {}): Promise<SiteScan> {
  const dir = path.resolve(siteDir);
  trace('scan starts');
  const cache = openCheckCache(dir, options.cache !== false);
  const disk = diskView(dir);
  const onRecords = earlyLoads();
  const loaded = await cachedSettings(dir, options, cache, disk, onRecords);
  const { settingsKey, prefetched } = loaded;
  let { settings } = loaded;
  trace('settings');
  await prefetched; // its pages come with their sizes and times: no need to stat them again
  const original = layoutsOf(dir, settings);
  const listed = listDocs(original, disk, settings);
  const { linkedPages } = listed;
  const pagesPerVersion = new Map<VersionLayout, number>();
  for (const { layout } of listed.docFiles) pagesPerVersion.set(layout, (pagesPerVersion.get(layout) ?? 0) + 1);
  const { source } = settings.site;
  try {
    const refused = settings.versionsOptionsFailure ?? settings.otherDocs?.find(({ versionsOptionsFailure }) => versionsOptionsFailure)?.versionsOptionsFailure;
    if (refused) {
      throw new InputFileError(source.kind === 'config' ? source.file : 'docusaurus.config.js', refused.line, refused.column,
        `Docusaurus refuses the docs plugin's version options: ${refused.message}; the build stops`,
        'name a version that exists: one of versions.json, or current for the docs folder');
    }
    assertVersionsLoad(dir, original, (layout) => pagesPerVersion.get(layout) ?? 0, source.kind === 'config' ? source.file : path.basename(findConfigFile(dir) ?? 'docusaurus.config.js'));
    assertVersionsListedOnce(dir, original, settings.site.onDuplicateRoutes);
  } catch (error) {
    // When the config did not load, the versions are Docusaurus's defaults: the report says why.
    if (error instanceof InputFileError) error.settings = settings.site;
    throw error;
  }
  const staticFiles = staticFoldersOf(settings.site).flatMap((folder) => listFiles(path.join(dir, folder)).map((file) => `${folder}/${file}`));
  const globsOf = (layout: VersionLayout) => docsSettingsOf(settings, layout.instance);
  // Every other locale falls back on the docs' own files, never on the default locale's translations.
  const pagesPath = pagesPluginOf(settings.site)?.path;
  const locales = localeOverlays(dir, settings.site.locales, settings.site.blogs, original, listed.docFiles, disk, globsOf, pagesPath);
  const [ownTranslations] = settings.site.defaultLocale ? localeOverlays(dir, [settings.site.defaultLocale], settings.site.blogs, original, listed.docFiles, disk, globsOf, pagesPath) : [];
  const { layouts, docFiles, files } = ownTranslations ? { layouts: ownTranslations.layouts, docFiles: ownTranslations.docFiles, files: [...listed.files, ...ownTranslations.files] } : { ...listed, layouts: original };
  if (ownTranslations && settings.site.blogs) settings = { ...settings, site: { ...settings.site, blogs: ownTranslations.blogs } };
  // The structure: which files there are, and the content of every file but the pages and the
  // assets (a category file, a partial, a sidebar) by its size and time. The fingerprint adds the
  // pages' sizes and times. An image's content is nothing any rule reads: it is not even stat'ed
  // (neuvector/docs keeps 3,000 images beside its pages: 30 ms a run).
  const pageFiles = new Set(docFiles.map(({ file }) => file));
  const statLine = (file: string) => {
    const { size, mtimeMs } = disk.statOf(file);
    cache.noteStat(file, path.join(dir, file), mtimeMs); // a time too close to this run is not trusted (load/racy-files.cjs)
    return `${file}\0${size}\0${mtimeMs}`;
  };
  // Versioned sidebars declare category pages; their files are read on every full check.
  const sidebarStats = everyDocsInstance(settings).flatMap(({ id }) => {
    const { versionedSidebars } = instanceFiles(id);
    return listFiles(path.join(dir, versionedSidebars)).map((file) => statLine(`${versionedSidebars}/${file}`));
  });
  const structureKey = contentHash([settingsKey, ...files.map((file) => (pageFiles.has(file) || ASSET.test(file) ? file : statLine(file))), '\0static', ...staticFiles, '\0pages', ...pageFilesKey(dir, pagesPluginOf(settings.site), statLine), '\0blogs', ...blogFilesKey(dir, settings.site.blogs, statLine), '\0sidebars', ...sidebarStats, ...localesKey([...(ownTranslations ? [ownTranslations] : []), ...locales], statLine)].join('\n'));
  const fingerprint = contentHash([structureKey, ...docFiles.map(({ size, mtimeMs }) => `${size}\0${mtimeMs}`)].join('\n'));
  trace('scanned');
  const final = settings;
  const configVerdictIn = loaded.configVerdict.then((verdict) => {
    if (verdict) final.site.configWarnings = [verdict, ...(final.site.configWarnings ?? [])];
  });
  return { dir, cache, settings, configVerdictIn, stripping: loaded.stripping, layouts, files, staticFiles, docFiles, linkedPages, fingerprint, structureKey, settingsKey, threads: options.threads, disk, onRecords, locales, ...(ownTranslations && Object.keys(ownTranslations.translatedPages).length > 0 ? { translatedPages: ownTranslations.translatedPages } : {}) };
}

/** The other locales' translations for the structure key: every file's name, a page's size and time too. */
function localesKey(locales: LocaleOverlay[], statLine: (file: string) => string): string[] {
  return locales.flatMap(({ locale, files }) => [`\0locale ${locale.name} ${locale.baseUrl}`, ...files.map((file) => (ASSET.test(file) ? file : statLine(file)))]);
}

/** The pages plugin's files for the structure key: their names, a Markdown page's size and time too (its text holds routes and anchors). */
function pageFilesKey(dir: string, plugin: ReturnType<typeof pagesPluginOf>, statLine: (file: string) => string): string[] {
  if (!plugin) return [];
  return [plugin.path, ...listFiles(path.join(dir, plugin.path), CONTENT_SKIPPED_DIRS).map((file) => (isMarkdownPage(file) ? statLine(`${plugin.path}/${file}`) : file))];
}

/** The blogs' files for the structure key: a post's text holds its route and its anchors. */
function blogFilesKey(dir: string, blogs: readonly BlogPluginSettings[] | undefined, statLine: (file: string) => string): string[] {
  return (blogs ?? []).flatMap((blog) => [blog.path, ...listFiles(path.join(dir, blog.path), CONTENT_SKIPPED_DIRS).map((file) => statLine(`${blog.path}/${file}`))]);
}

/**
 * The pages reached through a symbolic link, split by what their real file is: a published page
 * (aliasedPages: the bundler knows a module by its real path, and finds that page's data) or
 * anything else (linkedPages: no page data, and the render stops).
 */
function linkedPagesOf(dir: string, linked: readonly string[], pages: readonly Page[]): Pick<Site, 'linkedPages' | 'aliasedPages'> {
  if (linked.length === 0) return {};
  const published = new Set(pages.filter(({ draft }) => !draft).map(({ file }) => file));
  const realDir = fs.realpathSync(dir);
  const aliased: Record<string, string> = {};
  const broken: string[] = [];
  for (const file of linked) {
    let real: string | undefined;
    try {
      real = path.relative(realDir, fs.realpathSync(path.join(dir, file))).split(path.sep).join('/');
    } catch {
      // gone since the listing: no page data either
    }
    if (real !== undefined && real !== file && published.has(real)) aliased[file] = real;
    else broken.push(file);
  }
  return { ...(broken.length > 0 ? { linkedPages: broken } : {}), ...(Object.keys(aliased).length > 0 ? { aliasedPages: aliased } : {}) };
}

const MARKDOWN = /\.mdx?$/;

/** Files whose content no rule reads, only whether they exist (a link to an image): images, media, fonts, archives. */
const ASSET = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|mp4|webm|mov|mp3|wav|ogg|pdf|zip|t?gz|woff2?|ttf|otf|eot)$/i;

/** The versions of every docs instance the check reads: the default one's (unless the site has none), then the others'. */
function layoutsOf(dir: string, settings: LoadedSettings): VersionLayout[] {
  return [
    ...(settings.noDefaultDocs ? [] : versionLayouts(dir, settings.docs, settings.versionNames)),
    ...(settings.otherDocs ?? []).flatMap(({ docs, versionNames }) => versionLayouts(dir, docs, versionNames)),
  ];
}

/** Every file of the versions' docs folders, and the page files among them (without stats); `docsOf`: each version's docs instance's settings. */
function listPages(layouts: VersionLayout[], disk: DiskView, docsOf: (layout: VersionLayout) => DocsPluginSettings) {
  const files: string[] = [];
  const pages: Array<{ layout: VersionLayout; file: string; source: string }> = [];
  const linked: string[] = [];
  for (const layout of layouts) {
    const listing = disk.listVersion(layout.dir, docsOf(layout));
    files.push(...listing.files);
    for (const { file, source } of listing.pages) pages.push({ layout, file, source });
    // A version's folder that is itself a link, or in one: each of its pages has another real path.
    linked.push(...(disk.isLinkedFolder(layout.dir) ? listing.files : listing.linked));
  }
  const pageFiles = new Set(pages.map(({ file }) => file));
  return { files, pages, linkedPages: linked.filter((file) => pageFiles.has(file)) };
}

function listDocs(layouts: VersionLayout[], disk: DiskView, settings: LoadedSettings) {
  const { files, pages, linkedPages } = listPages(layouts, disk, (layout) => docsSettingsOf(settings, layout.instance));
  return {
    files,
    linkedPages,
    docFiles: pages.map(({ layout, file, source }) => {
      const { size, mtimeMs } = disk.statOf(file);
      return { layout, file, source, size, mtimeMs };
    }),
  };
}

// `file` is already normal (relative, with `/`): joining by hand spares path.join's normalising.
const absolute = (dir: string, file: string) => `${dir}${path.sep}${file}`;
const pageFilesOf = (dir: string, docFiles: SiteScan['docFiles']): PageFile[] =>
  docFiles.map(({ file, size, mtimeMs }) => ({ file, absolutePath: absolute(dir, file), size, mtimeMs }));

/**
 * The whole site model; reads (or takes from the cache) every page. `locale`: the model of that
 * locale's build instead of the default one's, which keeps the cache as the default one left it.
 */
export async function modelOf(scan: SiteScan, locale?: LocaleOverlay): Promise<Site> {
  if (locale) scan = localeScan(scan, locale);
  const { dir, cache, layouts, files, docFiles } = scan;
  // A whole check after settings from the cache (a partial edited, say) strips them from here, while the records are made.
  if (!locale && !scan.stripping) startModuleTransforms(dir);
  const records = await recordsOf(scan, pageFilesOf(dir, docFiles), scan.onRecords);
  trace('records');
  const sources = partialSources(scan);
  const format = scan.settings.site.markdownFormat;
  const maintainCase = scan.settings.site.anchorsMaintainCase === true;
  const docsOf = (layout: VersionLayout) => docsSettingsOf(scan.settings, layout.instance);
  const pages: Page[] = docFiles.map(({ layout, file, source }, index) => pageOf(layout, file, source, records[index], sources.exists, { format, maintainCase, numberPrefixes: docsOf(layout).numberPrefixes }));
  const partials = await readPartials(pages.flatMap((page) => page.imports), sources);
  if (!locale) keepInCache(scan, [...docFiles.map(({ file }) => file), ...partials.map(({ file }) => file)]);
  cache.save();
  trace('cache saved');
  await moduleTransformsSettled(); // read by the site's pages and posts below, and by loadMdxEnvironment

  const sidebars = new Map(layouts.map((layout) => [layout.name, scan.settings.versionedSidebars?.[layout.name] ?? sidebarsOf(dir, layout, docsOf(layout))]));
  const categoryFiles = markSidebarCategories(readCategoryFiles(dir, layouts, files), layouts.map(({ name, dir: versionDir }) => ({ name, dir: versionDir, autogeneratedDirs: sidebars.get(name)?.autogeneratedDirs ?? [] })), pages);
  const tagsFiles = await readTagsFiles(dir, layouts, docsOf);
  const theme = themeAsRendered(dir);
  const contentRoutes: ContentRoutes = { docs: pages.some(({ draft }) => !draft) };
  const versions: Version[] = layouts.map((layout) => {
    const tags = tagPagesOf(layout, pages, docsOf(layout), tagsFiles.find(({ version }) => version === layout.name));
    const generatedIndexes = generatedIndexRoutes(dir, layout, categoryFiles, docsOf(layout));
    contentRoutes.generatedIndexes ||= generatedIndexes.length > 0;
    contentRoutes.docTags ||= tagRoutes(tags).length > 0;
    const anchors = themePageAnchors(theme, generatedIndexes, tags);
    return {
      name: layout.name,
      ...(layout.instance === undefined ? {} : { instance: layout.instance }),
      dir: layout.dir,
      path: layout.path,
      ...(layout.localizedDir === undefined ? {} : { localizedDir: layout.localizedDir }),
      ...(layout.last ? { last: true as const } : {}),
      extraRoutes: [...generatedIndexes, ...tagRoutes(tags)],
      ...(Object.keys(anchors).length > 0 ? { extraRouteAnchors: anchors } : {}),
      ...sidebarsField(sidebars.get(layout.name)),
    };
  });
  const pagesPlugin = pagesPluginOf(scan.settings.site);
  const sitePageList = withTranslations(sitePages(dir, pagesPlugin), scan.translatedPages);
  const pagesSyntax = scan.settings.site.pagesSyntax && sitePageList.some(({ file }) => isMarkdownPage(file)) ? (await loadSiteSyntax(dir)).pages : undefined;
  const writtenPages = readMarkdownPages(dir, pagesPlugin?.routeBasePath ?? '/', sitePageList, scan.settings.site.markdownFormat, maintainCase, pagesSyntax);
  const markdownPages = scan.settings.site.pagesTransforms ? await contentAfterTransforms(dir, writtenPages, () => mdxComponentNames(dir), async () => pagesTransformsOf(await loadSiteSyntax(dir))) : writtenPages;
  const { blogs } = scan.settings.site;
  const blogSyntax = blogs?.some(({ syntax }) => syntax) ? (await loadSiteSyntax(dir)).blogs : undefined;
  const written = blogs ? readBlogPosts(dir, blogs, scan.settings.site.markdownFormat, maintainCase, blogSyntax) : [];
  const read = blogs?.some(({ transforms }) => transforms) ? await contentAfterTransforms(dir, written, () => mdxComponentNames(dir), async () => blogTransformsOf(await loadSiteSyntax(dir))) : written;
  const { posts: blogPosts, refusedMaps, authorIndexes, authorLists, unknownRoutePrefixes } = await withAuthorsVerdicts(dir, blogs ?? [], read, scan.settings.site.baseUrl);
  const blogTagsFiles = blogs ? await readBlogTagsFiles(dir, blogs) : [];
  const published = publishedSitePages(sitePageList, markdownPages);
  const everyListing = blogListingsOf(blogs ?? [], blogPosts, blogTagsFiles, authorLists);
  const { routes: blogRoutes, ownPages: blogPages } = publishedBlogRoutes(blogs ?? [], blogPosts, everyListing, authorIndexes);
  // The partials the posts and the Markdown pages of src/pages render, read as the docs' are:
  // each is compiled with the page, and the rules judge it where it renders (the docs' read once).
  const readAlready = new Set(partials.map(({ file }) => file));
  const contentImports = [...markdownPages, ...blogPosts].flatMap(({ imports }) => imports ?? []).filter(({ file }) => !readAlready.has(file));
  const contentPartials = contentImports.length === 0 ? [] : (await readPartials(contentImports, sources)).filter(({ file }) => !readAlready.has(file));
  const everyPartial = withoutBlogFootnoteIds([...partials, ...contentPartials], blogs ?? []);
  const partialByFile = new Map(everyPartial.map((partial) => [partial.file, partial]));
  const compilesAsMdx = (file: PartialImporter) => formatOf(file.file, file.frontMatter?.data ?? {}, scan.settings.site.markdownFormat) === 'mdx';
  const shownPartials = (importer: PartialImporter) => partialsShownIn(importer, partialsReachedFrom(importer, partialByFile), compilesAsMdx);
  // What a blog's list pages show of a post's partials: those above its truncate marker.
  const listedPartials = (post: BlogPost) => {
    const importer = { file: post.file, imports: post.imports ?? [], mdx: post.mdx, frontMatter: post.frontMatter };
    return partialsShownAbove(importer, truncateMarkerOf(post), shownPartials(importer));
  };
  // What the mdx-* rules need from outside the pages (the Markdown pages of src/pages and the
  // blog posts among them): the theme's MDX components, which imports resolve.
  // esbuild's synchronous API (TypeScript modules, load/parse-module.ts) starts a worker thread of
  // its own on first use: not while a page worker is being ended (load/threads.ts, workersEnded).
  await workersEnded();
  const mdx = loadMdxEnvironment(dir, [...pages, ...everyPartial, ...markdownPages.map(({ file, mdx, frontMatter }) => ({ file, mdx, frontMatter, imports: [] })), ...blogPosts.map(({ file, mdx, frontMatter, truncatedAt, listMdx }) => ({ file, mdx, frontMatter, imports: [], truncatedAt, listMdx }))], MDX_RENDER_SCOPE, scan.settings.site.mayAddLoaders, scan.settings.site.markdownFormat, { reactPages: reactPagesOf(sitePageList), themeContent: themeContentOf(scan.settings.site, { ...contentRoutes, ...blogContentRoutes(blogs ?? [], blogPosts, everyListing, blogPages), markdownPages: markdownPages.length > 0 }), customCss: scan.settings.site.customCss, clientModules: scan.settings.site.clientModules, staticFolders: staticFoldersOf(scan.settings.site), jsAsTypeScript: scan.settings.site.swcJsLoader === true, configFile: scan.settings.site.source.kind === 'config' ? scan.settings.site.source.file : undefined });
  const { h1Anchors } = scan.settings.site;
  const codeAnchors = codeAnchorsOf(mdx, 'other');
  const blogCodeAnchors = codeAnchorsOf(mdx, 'blog');
  // What another plugin makes of a blog's posts is not known: its lists are no one's to judge.
  const foreignBlogs = foreignBlogsOf(blogs ?? [], scan.settings.site.foreignRoutePrefixes);
  // A list page the site renders with components of its own shows what they show (titles only,
  // say): what it renders of the posts, and its anchors, are not judged.
  const listsRendered = theme.rendersWhole('BlogListPage', 'BlogTagsPostsPage', 'Blog/Pages/BlogAuthorsPostsPage', 'BlogPostItems', 'BlogPostItem');
  const blogListings = listsRendered ? everyListing.filter(({ blog }) => !foreignBlogs.has(blog)) : [];
  const otherRouteAnchors = { ...reactPageAnchors(mdx.reactPageAnchors ?? {}, published), ...markdownPageAnchors(markdownPages, published, scan.settings.site.markdownFormat, codeAnchors, shownPartials, h1Anchors), ...blogPostAnchors(blogPosts, scan.settings.site.markdownFormat, blogCodeAnchors, shownPartials, h1Anchors), ...blogListAnchors(blogListings, scan.settings.site.markdownFormat, blogCodeAnchors, listedPartials, h1Anchors) };
  const layoutNamed = new Map(layouts.map((layout) => [layout.name, layout]));
  const shownInBlog = new Map((blogs ?? []).flatMap(({ path: blog, showLastUpdate }) => (showLastUpdate ? [[blog, showLastUpdate]] : [])));
  const undatable = undatableDocs(dir, scan.settings.site, [
    ...pages.map(({ file, frontMatter, version }) => ({ file, frontMatter, shown: docsOf(layoutNamed.get(version)!).showLastUpdate })),
    ...blogPosts.flatMap(({ file, frontMatter, blog }) => (shownInBlog.has(blog) ? [{ file, frontMatter, shown: shownInBlog.get(blog)! }] : [])),
    ...(pagesPlugin?.showLastUpdate ? markdownPages.map(({ file, frontMatter }) => ({ file, frontMatter, shown: pagesPlugin.showLastUpdate! })) : []),
  ]);
  trace('model');
  return {
    dir, settings: scan.settings.site, versions, pages, otherRoutes: [...published.map(({ route }) => route), ...blogRoutes, ...(scan.settings.site.pluginRoutes ?? []).filter(isSinglePage).map(({ path }) => path)],
    ...(blogPosts.length > 0 ? { blogPosts } : {}),
    ...(blogPages.length > 0 ? { blogPages } : {}),
    ...(blogListings.length > 0 ? { blogListings } : {}),
    ...(unknownRoutePrefixes.length > 0 ? { unknownRoutePrefixes } : {}),
    ...(refusedMaps.length > 0 ? { refusedAuthorsMaps: refusedMaps } : {}),
    ...(undatablePosts(dir, blogPosts, scan.settings.site.datesFromGit === true) ? { undatablePosts: true as const } : {}),
    ...(undatable ? { undatableDocs: undatable } : {}),
    ...(published.length > 0 ? { sitePages: published } : {}),
    ...(Object.keys(otherRouteAnchors).length > 0 ? { otherRouteAnchors } : {}),
    ...(markdownPages.length > 0 ? { markdownPages } : {}),
    partials: everyPartial, categoryFiles, ...(tagsFiles.length > 0 ? { tagsFiles } : {}), ...(blogTagsFiles.length > 0 ? { blogTagsFiles } : {}), mdx,
    ...linkedPagesOf(dir, scan.linkedPages, pages),
  };
}

/** The kinds of route the site's content has pages at (CONTENT_COMPONENTS' keys). */
type ContentRoutes = Partial<Record<keyof typeof CONTENT_COMPONENTS, boolean>>;

/** The kinds of route the blogs make: their list pages (made with no post at all), posts, the archive, tag and author pages. */
function blogContentRoutes(blogs: readonly BlogPluginSettings[], posts: ReadonlyArray<{ draft?: boolean }>, listings: ReadonlyArray<{ kind: string }>, ownPages: readonly string[]): ContentRoutes {
  const archives = new Set(blogs.flatMap(({ routeBasePath, archiveBasePath }) => (archiveBasePath === null ? [] : [joinUrl(routeBasePath, archiveBasePath)])));
  return {
    blogList: blogs.length > 0,
    blogPosts: posts.some(({ draft }) => !draft),
    blogArchive: ownPages.some((route) => archives.has(route)),
    blogTags: listings.some(({ kind }) => kind === 'tag'),
    blogAuthors: listings.some(({ kind }) => kind === 'author'),
  };
}

/** The route components the site's content has pages for: the roots of the theme's tree that the build bundles (load/bundled-theme-overrides.ts). */
function themeContentOf(site: SiteSettings, routes: ContentRoutes): string[] {
  return Object.entries(routes).flatMap(([kind, present]) => (present ? CONTENT_COMPONENTS[kind as keyof typeof CONTENT_COMPONENTS].flatMap((component) => routeModulesOf(site, component)) : []));
}

/**
 * Keep in the cache the records of `files` and of the other locales' translations (read after
 * this, or in an earlier run), and drop the rest.
 */
function keepInCache(scan: SiteScan, files: string[]): void {
  const { cache, disk, settings, locales } = scan;
  // A locale's Markdown files are read after this: its translated pages and partials.
  const kept = [...files, ...locales.flatMap((locale) => locale.files.filter((file) => MARKDOWN.test(file)))];
  const keptHashes = kept.flatMap((file) => {
    const { size, mtimeMs } = disk.statOf(file);
    return cache.fileHash(file, size, mtimeMs) ?? [];
  });
  const syntaxKey = settings.site.siteSyntax?.key;
  const transformed = transformsKeys(scan);
  const variants = (hash: string) => [hash, ...(syntaxKey === undefined ? [] : [siteSyntaxHash(hash, syntaxKey)]), ...transformed.map((key) => siteSyntaxHash(hash, key))];
  cache.keepOnly(kept, keptHashes.flatMap(variants));
}

/**
 * The pages of src/pages as this build reads them: a page with a translation among the locale's
 * (LocaleOverlay.translatedPages) from that file, at its own route: a Markdown page's text, a
 * React page's module.
 */
function withTranslations(pages: SitePageFile[], translations: Readonly<Record<string, string>> | undefined): SitePageFile[] {
  if (!translations) return pages;
  return pages.map((page) => (Object.hasOwn(translations, page.siteFile) ? { ...page, siteFile: translations[page.siteFile] } : page));
}

/** The scan as a locale's build sees the site: its base URL and address, its translations in place of their originals. */
function localeScan(scan: SiteScan, { locale, layouts, docFiles, files, blogs, translatedPages }: LocaleOverlay): SiteScan {
  const site = { ...scan.settings.site, baseUrl: locale.baseUrl, url: locale.url, ...(scan.settings.site.blogs ? { blogs } : {}) };
  return { ...scan, settings: { ...scan.settings, site }, layouts, docFiles, files: [...scan.files, ...files], locales: [], translatedPages };
}

/** The field only when the sidebars are known. */
const sidebarsField = (sidebars: Version['sidebars']) => (sidebars ? { sidebars } : {});

/** How the site reads a page: `markdown.format`, `markdown.anchors.maintainCase`, the docs plugin's number prefixes. */
export interface PageReading {
  format: MarkdownFormat;
  maintainCase?: boolean;
  numberPrefixes?: boolean;
}

/**
 * A page of the model, from its record. `exists`: whether a site-relative file is there, for its
 * partial imports; `reading`: how Docusaurus compiles the page and names it.
 */
export function pageOf(layout: VersionLayout, file: string, source: string, record: PageRecord, exists: (file: string) => boolean, { format, maintainCase = false, numberPrefixes = true }: PageReading): Page {
  const { frontMatter } = record;
  const extract = extractAsCompiled(record.extract, record.mdx, formatOf(file, frontMatter.data, format), maintainCase);
  const imports = record.imports.map((imported) => resolveImport(file, imported, exists));
  const { id, slug } = docIdentity(source, frontMatter.data, numberPrefixes);
  const title = typeof frontMatter.data.title === 'string' && frontMatter.data.title
    ? frontMatter.data.title
    : extract.headings.find((heading) => heading.depth === 1)?.text ?? id.split('/').at(-1)!;
  return {
    file, version: layout.name, source, id, title, extract, frontMatter, imports, mdx: record.mdx,
    route: joinUrl(layout.path, slug),
    draft: frontMatter.data.draft === true,
    ...(publishableSlug(slug) ? {} : { unpublishableSlug: slug }),
  };
}

/**
 * The records of `files`, read as the site reads them: with the syntax its remark plugins add,
 * if any (load/site-syntax-records.ts), and without the names each page's docs instance's
 * plugins take away (load/site-transforms.ts).
 */
async function recordsOf(scan: SiteScan, files: PageFile[], onRecords?: SiteScan['onRecords']): Promise<PageRecord[]> {
  const records = await recordsAsCompiled(scan, files, onRecords);
  // A `<Tabs lazy>` of the site's own wrapper of the theme's Tabs hides what the theme's does, and
  // a component of the site's that never renders its children hides what its elements hold.
  const withSiteComponents = siteComponentReader(scan.dir, { jsAsTypeScript: scan.settings.site.swcJsLoader === true });
  return records.map((record, index) => withSiteComponents(files[index].file, record));
}

/** The records of `files`, with the site's own syntax and remark plugins where the docs have them. */
async function recordsAsCompiled(scan: SiteScan, files: PageFile[], onRecords?: SiteScan['onRecords']): Promise<PageRecord[]> {
  const records = await readPageRecords(files, scan.cache, scan.threads, onRecords);
  const { siteSyntax } = scan.settings.site;
  // A partial outside every docs folder is compiled by Docusaurus's fallback MDX loader
  // (createMDXFallbackPlugin), with none of the docs' remark plugins: read as it is written.
  const inDocs = files.map(({ file }) => layoutOfFile(scan.layouts, file) !== undefined);
  const ofDocs = <T>(list: T[]) => list.filter((_, index) => inDocs[index]);
  let read = records;
  if (siteSyntax && inDocs.includes(true)) {
    const withSyntax = await withSiteSyntax(ofDocs(files), ofDocs(records), scan.cache, siteSyntax.key, async () => (await loadSiteSyntax(scan.dir)).docs);
    let next = 0;
    read = records.map((record, index) => (inDocs[index] ? withSyntax[next++] : record));
  }
  if (!hasDocsTransforms(scan.settings)) return read;
  return withSiteTransforms(files, read, scan.cache, ({ file }) => (layoutOfFile(scan.layouts, file) ? pageTransformsOf(scan, instanceOfFile(scan, file)) : undefined), () => mdxComponentNames(scan.dir));
}

/** The settings of every docs instance the check reads, the default one's first (its `id` is undefined). */
const everyDocsInstance = (settings: LoadedSettings): DocsPluginSettings[] => [settings.docs, ...(settings.otherDocs ?? []).map(({ docs }) => docs)];

/** Whether some docs instance the check reads has remark plugins of its own. */
const hasDocsTransforms = (settings: LoadedSettings) => everyDocsInstance(settings).some(({ transforms }) => transforms);

/** The version whose folder (or translated folder) holds `file`, if any. */
const layoutOfFile = (layouts: readonly VersionLayout[], file: string) => layouts.find((layout) => file.startsWith(`${layout.dir}/`) || (layout.localizedDir !== undefined && file.startsWith(`${layout.localizedDir}/`)));

/** The docs instance whose folder holds `file` (undefined: the default one, or none). */
const instanceOfFile = ({ layouts }: Pick<SiteScan, 'layouts'>, file: string) => layoutOfFile(layouts, file)?.instance;

/** The remark plugins of a docs instance (undefined: the default one), as withSiteTransforms asks them. */
function pageTransformsOf(scan: SiteScan, instance: string | undefined): PageTransforms | undefined {
  const key = transformsKey(scan, instance);
  if (key === undefined) return undefined;
  return {
    key,
    load: async () => {
      const syntax = await loadSiteSyntax(scan.dir);
      const transforms = docsTransformsOf(syntax, instance);
      return transforms ? { transforms, syntax: syntax.docs } : undefined;
    },
  };
}

/** The blogs whose lists of posts are not known: each one whose `processBlogPosts` may drop, add or move posts (its base path is a foreign prefix). */
function foreignBlogsOf(blogs: readonly BlogPluginSettings[], foreignRoutePrefixes: readonly string[]): Set<string> {
  const foreign = new Set(foreignRoutePrefixes);
  return new Set(blogs.filter((blog) => foreign.has(joinUrl(blog.routeBasePath))).map(({ path: folder }) => folder));
}

/** For a blog post, its blog's remark plugins with the syntax its posts are read with. */
function blogTransformsOf({ blogTransforms = {}, blogs = {} }: Awaited<ReturnType<typeof loadSiteSyntax>>): (post: { blog: string }) => LoadedTransforms | undefined {
  return ({ blog }) => (blogTransforms[blog] ? { transforms: blogTransforms[blog], ...(blogs[blog] ? { syntax: blogs[blog] } : {}) } : undefined);
}

/** For a Markdown page of src/pages, the pages plugin's remark plugins with the syntax it reads them with. */
function pagesTransformsOf({ pagesTransforms, pages }: Awaited<ReturnType<typeof loadSiteSyntax>>): () => LoadedTransforms | undefined {
  return () => (pagesTransforms ? { transforms: pagesTransforms, ...(pages ? { syntax: pages } : {}) } : undefined);
}

/**
 * The key records after a docs instance's transforms are cached under: the syntax they were
 * parsed with is part of it, and so is the settings' key, which covers the plugins' own files
 * (the config's local imports): a plugin edited runs again.
 */
const transformsKey = ({ settings, settingsKey }: Pick<SiteScan, 'settings' | 'settingsKey'>, instance: string | undefined) => {
  const { transforms } = docsSettingsOf(settings, instance);
  return transforms ? `${transforms.key}|${settings.site.siteSyntax?.key ?? ''}|${settingsKey}` : undefined;
};

/** The keys of every docs instance's transforms. */
const transformsKeys = (scan: Pick<SiteScan, 'settings' | 'settingsKey'>) => everyDocsInstance(scan.settings).flatMap(({ id }) => transformsKey(scan, id) ?? []);

/** Where partials come from: the same cache and threads as pages; existence from the listings, or the disk outside them. */
export function partialSources(scan: SiteScan): PartialSources {
  const { dir, cache, disk, layouts } = scan;
  const listed = new Set(scan.files);
  return {
    read: (files) => recordsOf(scan, files.map((file) => ({ file, absolutePath: absolute(dir, file), ...disk.statOf(file) }))),
    exists: (file) => listed.has(file) || disk.isFile(file),
    versionOf: (file) => layoutOfFile(layouts, file)?.name,
    format: scan.settings.site.markdownFormat,
    maintainCase: scan.settings.site.anchorsMaintainCase === true,
  };
}

/**
 * Sizes and times of the check's own source and of the lock file: a new check must not reuse old
 * reports. A file whose time is within a tick of this run's start may have been written again
 * unseen (racy-files.cjs): it makes a key of this run's own, which nothing stored matches.
 */
function checkCodeVersion(startedAt: number): string {
  const stamp = (relative: string): string[] => {
    const full = path.join(PROJECT_ROOT, relative);
    const stat = fs.statSync(full);
    if (stat.isDirectory()) return fs.readdirSync(full).sort().flatMap((name) => stamp(`${relative}/${name}`));
    return [statStamp(relative, stat.size, stat.mtimeMs, startedAt)];
  };
  return ['scripts/check', 'scripts/content', 'package-lock.json'].flatMap(stamp).join(',');
}

/**
 * Settings from the cache when nothing they depend on changed. Otherwise the config is loaded in
 * a worker, which takes a few tenths of a second; meanwhile this thread and the page workers
 * read the pages where a site without special settings keeps them (docs/ and versioned_docs/),
 * so a first run costs little more than reading the pages. The config then loads in the first
 * page worker, before it claims pages: a thread of its own would be a third on a machine of two
 * cores, with its own start-up (real sites cold: 4 to 8% faster, BENCHMARKS.md).
 */
async function cachedSettings(dir: string, options: LoadOptions, cache: CheckCache, disk: DiskView, onRecords: SiteScan['onRecords']) {
  const overrides: SettingOverrides = { routeBasePath: options.routeBasePath, trailingSlash: options.trailingSlash, siteUrl: options.siteUrl };
  // The check's own code is part of the key: a new version may read more from the config.
  const settingsKey = contentHash(`${settingsFingerprint(dir, overrides)}\0${checkCodeVersion(cache.startedAt)}`);
  const cached = cache.settings(settingsKey) as LoadedSettings | undefined;
  // Routes the site's plugins add are learned again when the files they read change.
  const reusable = cached !== undefined && inputsUnchanged(dir, cached.site.pluginInputs);
  trace(reusable ? 'settings from the cache' : cached ? 'settings again: files the plugins read changed' : 'settings again: none in the cache');
  if (cached && reusable) {
    // A run like the last: it reads few pages if any, on this thread alone (load/threads.ts).
    releaseWaitingWorkers();
    return { settings: cached, settingsKey: withInputs(settingsKey, cached), configVerdict: Promise.resolve(null), stripping: false };
  }
  let loading: Promise<SettingsArrival>;
  let prefetched: Promise<unknown> | undefined;
  if (findConfigFile(dir) && !mechanismOff('prefetch')) {
    await workersEnded();
    const worker = startWorker('page-records', { settings: { siteDir: dir, overrides } } satisfies PageWorkerInput);
    loading = settingsFrom(worker, overrides);
    trace('settings asked of the page worker');
    const started = { worker, settingsRead: loading.then(({ configVerdict }) => configVerdict) };
    try {
      prefetched = prefetchPages(cache, disk, options.threads, onRecords, started);
    } finally {
      if (!prefetched) endUnneeded(started);
    }
  } else {
    loading = loadSettings(dir, overrides).then((settings) => ({ settings, configVerdict: Promise.resolve(null) }));
    trace('settings worker started');
  }
  // A run that loads the config models the whole site, and reads its TypeScript components at the end.
  startModuleTransforms(dir);
  const { settings, configVerdict } = await loading;
  // Kept once Docusaurus's verdict on the config is in them. A config that failed to load may
  // work next time: only successes are remembered.
  const verdictKept = configVerdict.then((verdict) => {
    if (verdict) trace('config refused or unvalidated');
    if (settings.site.source.kind !== 'config') return verdict;
    const { versionedSidebars, ...lasting } = withConfigVerdict(settings, verdict); // versionedSidebars: for this run only (LoadedSettings)
    cache.setSettings(settingsKey, lasting);
    return verdict;
  });
  return { settings, settingsKey: withInputs(settingsKey, settings), prefetched, configVerdict: verdictKept, stripping: true };
}

/** The key of what the settings were made from: the config's, with what its plugins read (the stored report and link problems are kept under it). */
const withInputs = (settingsKey: string, settings: LoadedSettings) => {
  const inputs = settings.site.pluginInputs;
  return inputs ? contentHash([settingsKey, inputs.fingerprint, ...(inputs.failed ?? [])].join('\0')) : settingsKey;
};

/** Start reading the pages of the usual layout; a guess: the settings may name other folders. */
function prefetchPages(cache: CheckCache, disk: DiskView, threads: number | undefined, onRecords: SiteScan['onRecords'], started: StartedPageWorker): Promise<unknown> | undefined {
  let layouts: VersionLayout[];
  const docs = defaultDocs();
  try {
    layouts = versionLayouts(disk.dir, docs, readVersionNames(disk.dir, { validate: false }));
  } catch {
    return undefined; // a broken versions.json is reported once the settings are known
  }
  // Not even stat'ed here: the threads that read the pages report their sizes and times.
  const pageFiles: PageFile[] = listPages(layouts, disk, () => docs).pages.map(({ file }) => ({ file, absolutePath: absolute(disk.dir, file) }));
  trace('listed');
  return readPageRecords(pageFiles, cache, threads, onRecords, started).then(
    () => pageFiles.forEach(({ file, size, mtimeMs }) => disk.remember(file, { size: size!, mtimeMs: mtimeMs! })),
    // A failure shows again, with its reason, when modelOf reads the pages for real; one that
    // does not (a thread that died once) only costs the reading twice, which a trace shows.
    (error: unknown) => {
      endUnneeded(started);
      trace(`reading the pages early failed (${String((error as Error)?.message ?? error).split('\n')[0]}); they are read again`);
    },
  );
}

/**
 * The partials, those in a blog's folder without their footnotes' ids: the blog's loader compiles
 * every Markdown file there, partials too, and gives their footnotes ids of its own, as a post's
 * (readBlogPosts), whichever page renders them.
 */
function withoutBlogFootnoteIds<Partial extends { file: string; extract: { footnoteIds?: string[] } }>(partials: Partial[], blogs: readonly BlogPluginSettings[]): Partial[] {
  const folders = blogs.map(({ path: folder }) => folder);
  return partials.map((partial) => (partial.extract.footnoteIds && folderHolding(partial.file, folders) !== undefined ? { ...partial, extract: { ...partial.extract, footnoteIds: undefined } } : partial));
}
