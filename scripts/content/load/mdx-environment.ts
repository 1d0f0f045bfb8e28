/**
 * What MDX pages get from outside themselves, read from disk, in one MdxEnvironment for the
 * rules: which imports resolve (module-resolver.ts) and what they take (imported-names.ts), the
 * components `@theme/MDXComponents` provides (mdx-components-list.ts), the anchors the site's
 * code adds (collected-anchors.ts), what the site's modules behind the imports cannot take, the
 * links its code renders, and the files the config bundles for every page. Each file seen is
 * recorded (file-probe.ts), for the cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CodeLinkUse, ConfigBundledProblem, FileProbe, LocatedImportFailure, SiteSettings, MarkdownFormat, MdxEnvironment, MdxFacts, ResolvedImport, UnreadableModule } from '../model/site.ts';
import { importsDefaultAs } from '../model/default-imports.ts';
import { formatOf, isInAny, unrenderedSpansIn } from '../model/markdown-format.ts';
import { unreadableImports, type ImportedFilesOptions } from './imported-files.ts';
import { bundledThemeOverrides } from './bundled-theme-overrides.ts';
import { reactPagesWithoutDefault } from './react-page-exports.ts';
import { staticFoldersOf } from '../model/static-folders.ts';
import { trace } from './trace.ts';
import { describeBehind, importGraph, missingVerdict, SCRIPT_MODULE, type ImportVerdict } from './imports-behind.ts';
import { packageNameOf } from '../model/module-specifiers.ts';
import { docusaurusPackages, type DocusaurusPackages } from './docusaurus-packages.ts';
import { moduleReader, type ModuleProgram } from './parse-module.ts';
import { codeLinksOf, mdxPageEntry, reactPageEntry, themeEntry, type CodeLinkOptions, type CodePageEntry } from './code-links.ts';
import { stylesheetFailures, stylesheetContext, type StylesheetContext } from './stylesheets.ts';
import { declaredPackages } from './declared-packages.ts';
import { probeOf, siteRelative, statOrUndefined, type Probe } from './file-probe.ts';
import { existingFile, memoizedImporter, moduleResolver, ownLinkModule, ownScript, type ModuleResolver } from './module-resolver.ts';
import { readMdxComponents } from './mdx-components-list.ts';
import { importedDataOf, importedExportsOf, missingExportsOf } from './imported-names.ts';
import { anchorReadingOf, anchorsByCodeOf, reactPageAnchorsOf, themeAnchorsOf } from './collected-anchors.ts';

export interface MdxSource {
  file: string;
  mdx?: MdxFacts;
  /** Its front matter, which may say how Docusaurus reads it (`mdx.format`); none for a partial. */
  frontMatter?: { data: Record<string, unknown> };
  /** Its partial imports, which the links rule checks already. */
  imports: ResolvedImport[];
  /** A blog post's truncate marker line: the blog's list pages compile it up to there. */
  truncatedAt?: number;
  /** A blog post's facts of its text before the marker (BlogPost.listMdx): names the list pages look up too. */
  listMdx?: MdxFacts;
}

/**
 * What a whole check reads beside the pages, each bundled whatever links to it: the React pages
 * of src/pages, the site's theme components the theme's tree reaches, the theme's customCss and
 * the config's clientModules.
 */
export interface BundledFiles {
  reactPages?: readonly string[];
  /** The modules of the route components of the content the site has (`@theme/DocItem`: load/bundled-theme-overrides.ts, CONTENT_COMPONENTS); with none and no React page, src/theme is not read. */
  themeContent?: readonly string[];
  customCss?: SiteSettings['customCss'];
  clientModules?: SiteSettings['clientModules'];
  /** The config file, relative to the site: where a customCss or client module that names no file is reported. */
  configFile?: string;
}

/** How the site resolves what the pages import, beside what it bundles. */
export interface EnvironmentOptions extends BundledFiles {
  /** The static folders, where a path from the root (`/img/x.png`) is looked for first; absent: Docusaurus's default (model/static-folders.ts). */
  staticFolders?: readonly string[];
  /** The build compiles JavaScript as TypeScript (SiteSettings.swcJsLoader). */
  jsAsTypeScript?: boolean;
}

/** Read what the rules need; the components list only when some page uses a name it does not define. */
export function loadMdxEnvironment(siteDir: string, sources: MdxSource[], builtins: ReadonlySet<string>, mayAddLoaders = false, markdownFormat: MarkdownFormat = 'mdx', { reactPages = [], themeContent = [], customCss = [], clientModules = [], configFile = 'docusaurus.config.js', staticFolders = staticFoldersOf({}), jsAsTypeScript = false }: EnvironmentOptions = {}): MdxEnvironment {
  const probes = new Map<string, FileProbe>();
  const probe = probeOf(siteDir, probes);
  const needsComponents = sources.some(({ mdx, listMdx }) => [mdx, listMdx].some((facts) => facts?.freeNames.some(({ name, usage }) => usage === 'component' || !builtins.has(name))));
  // Made on first need: finding the theme's folders costs a few module resolutions, and most pages import nothing.
  let packages: DocusaurusPackages | undefined;
  const packagesOnce = () => (packages ??= docusaurusPackages(siteDir));
  let resolver: ModuleResolver | undefined;
  const resolverOnce = () => (resolver ??= moduleResolver(siteDir, staticFolders, probe, packagesOnce()));
  const unresolvedImports: Record<string, string[]> = {};
  for (const { file, mdx, imports } of sources) {
    if (!mdx?.imports.length) continue;
    const partialLines = new Set(imports.map(({ source, line }) => `${source}\0${line}`));
    const missing = mdx.imports.filter(({ source, line }) => !partialLines.has(`${source}\0${line}`) && !resolverOnce().resolves(file, source));
    if (missing.length > 0) unresolvedImports[file] = [...new Set(missing.map(({ source }) => source))];
  }
  const missingExports = missingExportsOf(sources, resolverOnce);
  const importedExports = importedExportsOf(siteDir, sources, resolverOnce);
  const importedData = importedDataOf(sources, resolverOnce);
  let declaredOnce: Set<string> | undefined;
  const declaredPackagesOnce = () => (declaredOnce ??= declaredPackages(siteDir));
  const importing = sources.filter(({ mdx }) => (mdx?.imports.length ?? 0) > 0).map(({ file, mdx }) => ({ file, imports: mdx!.imports }));
  const readingOptions = { fileOf: (file: string, source: string) => resolverOnce().fileOf(file, source), mayAddLoaders, declared: declaredPackagesOnce, resolvePackage: (specifier: string) => packagesOnce().resolve(specifier), isFile: (file: string) => probe(file)?.isFile() === true, staticFolders };
  const unreadableDirect = unreadableImports(siteDir, importing, readingOptions);
  const themeOverrides = (themeContent.length > 0 || reactPages.length > 0) && hasThemeFolder(siteDir, probe)
    ? bundledThemeOverrides(siteDir, themeContent, memoizedImporter((importer) => siteRelative(siteDir, importer), (importer, source) => resolverOnce().fileOf(importer, source)), ownThemeScripts(siteDir, probe))
    : { bundled: [], everyPage: [] };
  if (themeOverrides.bundled.length > 0) trace(`${themeOverrides.bundled.length} theme components of the site's bundled`);
  const programOf = moduleReader({ jsAsTypeScript });
  const anchorReading = anchorReadingOf(siteDir, resolverOnce, programOf);
  const reactPageAnchors = reactPages.length > 0 ? reactPageAnchorsOf(siteDir, reactPages, themeOverrides.everyPage, anchorReading) : {};
  const themeAnchors = themeAnchorsOf(siteDir, themeOverrides, anchorReading);
  const reactPagesWithoutDefaultExport = reactPagesWithoutDefault(siteDir, reactPages, programOf);
  // A page read as CommonMark renders no component: its `<Next />` is HTML.
  const mdxSources = sources.filter(({ file, frontMatter }) => formatOf(file, frontMatter?.data ?? {}, markdownFormat) === 'mdx');
  const { byPage: codeLinks, listed: listedCodeLinks } = codeLinksOfPages(siteDir, reactPages, mdxSources, themeOverrides, { programOf, siteModuleOf: (importer, source) => ownLinkModule(resolverOnce().fileOf(siteRelative(siteDir, importer), source)), read: probe });
  // The config's client modules, resolved as webpack resolves a path (an extension, a folder's
  // index): a script is bundled as a React page is, a stylesheet as customCss, and one that
  // names nothing is reported at the config.
  const clientFiles = clientModules.map((entry) => ({ entry, found: existingFile(path.resolve(siteDir, entry.file), probe) }));
  const clientScripts = clientFiles.flatMap(({ found }) => (found !== undefined && SCRIPT_MODULE.test(found) ? [siteRelative(siteDir, found)] : []));
  const clientStylesheets = clientFiles.filter(({ found }) => found === undefined || STYLESHEET.test(found)).map(({ entry, found }) => ({ ...entry, ...(found ? { file: siteRelative(siteDir, found) } : {}), key: 'clientModules' }));
  const configStylesheets = [...customCss.map((entry) => ({ ...entry, key: 'customCss' })), ...clientStylesheets];
  const bundledModules = [...reactPages, ...themeOverrides.bundled.map((file) => siteRelative(siteDir, file)), ...clientScripts];
  const behind = failuresBehind(siteDir, sources, unresolvedImports, bundledModules, { resolver: resolverOnce, reading: readingOptions, programOf });
  const unreadableModules = mergeUnreadable(unreadableDirect, behind.pages);
  const bundledModuleImports = behind.bundled;
  const configBundledProblems = configStylesheets.length > 0 ? configBundledProblemsOf(configStylesheets, configFile, stylesheetContext(siteDir, staticFolders, readingOptions.isFile, declaredPackagesOnce, mayAddLoaders)) : [];
  const declared = Object.keys(unresolvedImports).length > 0 ? declaredPackagesOnce() : new Set<string>();
  const uninstalledPackages = [...new Set(Object.values(unresolvedImports).flat().map(packageNameOf))].filter((name): name is string => name !== undefined && declared.has(name));
  const components = needsComponents ? readMdxComponents(siteDir, probe, packagesOnce()) : undefined;
  const replacedThemeModules = themeModulesReplaced(sources, resolverOnce, packagesOnce);
  const { open: anchorsOpen, collected: collectedAnchors } = anchorsByCodeOf(siteDir, sources, resolverOnce, probe, packagesOnce, markdownFormat, anchorReading);
  return { components, unresolvedImports, ...(replacedThemeModules.length > 0 ? { replacedThemeModules } : {}), ...(anchorsOpen.length > 0 ? { anchorsOpen } : {}), ...(Object.keys(collectedAnchors).length > 0 ? { collectedAnchors } : {}), uninstalledPackages: uninstalledPackages.sort(), ...(missingExports ? { missingExports } : {}), ...(importedExports ? { importedExports } : {}), ...(importedData ? { importedData } : {}), ...(unreadableModules ? { unreadableModules } : {}), ...(bundledModuleImports ? { bundledModuleImports } : {}), ...(Object.keys(reactPageAnchors).length > 0 ? { reactPageAnchors } : {}), ...(themeAnchors && Object.values(themeAnchors).some((ids) => ids.length > 0) ? { themeAnchors } : {}), ...(reactPagesWithoutDefaultExport.length > 0 ? { reactPagesWithoutDefault: reactPagesWithoutDefaultExport } : {}), ...(Object.keys(codeLinks).length > 0 ? { codeLinks } : {}), ...(Object.keys(listedCodeLinks).length > 0 ? { listedCodeLinks } : {}), ...(configBundledProblems.length > 0 ? { configBundledProblems } : {}), probes: [...probes.values()] };
}

/**
 * The links pages render from the site's code (load/code-links.ts): its copies of the theme's
 * components, React pages, MDX pages, and what a blog post's list pages show of it above its
 * truncate marker, and the `<Link>`s an MDX page writes where it may render them; most pages
 * import no component, and cost nothing.
 */
function codeLinksOfPages(siteDir: string, reactPages: readonly string[], sources: readonly MdxSource[], themeOverrides: { everyPage: readonly string[]; bundled: readonly string[] }, options: CodeLinkOptions): ReturnType<typeof codeLinksOf> {
  const theme = themeEntry(siteDir, themeOverrides);
  const entries = [
    ...(theme ? [theme] : []),
    ...reactPages.map((page) => reactPageEntry(siteDir, page)),
    ...sources.flatMap(({ file, mdx, truncatedAt }): CodePageEntry[] => {
      const entry = mdx && mdxPageEntry(siteDir, file, mdx, options.siteModuleOf);
      if (!entry) return [];
      const listed = truncatedAt === undefined ? undefined : mdxPageEntry(siteDir, file, mdx, options.siteModuleOf, { before: truncatedAt });
      return listed ? [entry, { ...listed, listed: true }] : [entry];
    }),
  ];
  const found = entries.length > 0 ? codeLinksOf(siteDir, entries, options) : { byPage: {}, listed: {} };
  // The <Link>s a page writes itself where it may render them (MdxFacts.maybeJsxLinks): judged as
  // a component's that the page renders maybe. Docusaurus's Link only where the page names it so.
  for (const { file, mdx, truncatedAt } of sources) {
    if (!mdx?.maybeJsxLinks || !importsDefaultAs(mdx, '@docusaurus/Link', 'Link')) continue;
    const hidden = unrenderedSpansIn(mdx); // never rendered
    const uses = mdx.maybeJsxLinks.filter((link) => !isInAny(link, hidden)).map(({ url, line, column }): CodeLinkUse => ({ file, line, column, url, certain: false }));
    found.byPage[file] = [...(found.byPage[file] ?? []), ...uses];
    // A blog post's list pages show it up to its truncate marker (diff71's p16).
    const listed = truncatedAt === undefined ? [] : uses.filter(({ line }) => line < truncatedAt);
    if (listed.length > 0) found.listed[file] = [...(found.listed[file] ?? []), ...listed];
  }
  return found;
}

/**
 * What the site's own modules behind the pages' imports cannot take (load/imports-behind.ts):
 * per page, the imports whose module reaches such an import; per module the build bundles on its
 * own (a React page of src/pages, a theme component of src/theme, a client module), its own
 * imports that fail and those whose module reaches one. A page's own import that fails is
 * `unresolvedImports`' or `unreadableImports`' to report, and is not followed.
 */
function failuresBehind(siteDir: string, sources: MdxSource[], unresolved: Record<string, string[]>, bundledModules: readonly string[], { resolver, reading, programOf }: { resolver: () => ModuleResolver; reading: ImportedFilesOptions; programOf: (file: string) => ModuleProgram | undefined }): { pages?: Record<string, UnreadableModule[]>; bundled?: Record<string, LocatedImportFailure[]> } {
  const importing = sources.filter(({ mdx }) => (mdx?.imports.length ?? 0) > 0);
  if (importing.length === 0 && bundledModules.length === 0) return {};
  const relative = (file: string) => siteRelative(siteDir, file);
  const graph = importGraph({
    programOf,
    siteModuleOf: (importer, source) => ownScript(resolver().fileOf(relative(importer), source)),
    verdictsOf: (importer, candidates) => {
      const file = relative(importer);
      const verdicts = new Map<string, ImportVerdict>();
      const resolving = candidates.filter((source) => resolver().resolves(file, source) || (verdicts.set(source, missingVerdict(source, reading.declared(), reading.mayAddLoaders === true)), false));
      const unreadable = unreadableImports(siteDir, [{ file, imports: resolving.map((source) => ({ source, line: 0, column: 0 })) }], reading)?.[file] ?? [];
      for (const { source, ...verdict } of unreadable) verdicts.set(source, verdict);
      return verdicts;
    },
  });
  // A bundled module (a replaced theme component a page imports as @theme/…) has its failures reported where they are written, once.
  const onItsOwn = new Set(bundledModules.map((file) => path.join(siteDir, file)));
  const pages: Record<string, UnreadableModule[]> = {};
  for (const { file, mdx } of importing) {
    for (const { source } of mdx!.imports) {
      if (unresolved[file]?.includes(source)) continue;
      const module = ownScript(resolver().fileOf(file, source));
      const failure = module && !onItsOwn.has(module) && graph.failureBehind(module);
      if (failure) (pages[file] ??= []).push({ source, ...describeBehind(failure, relative) });
    }
  }
  const bundled: Record<string, LocatedImportFailure[]> = {};
  for (const file of new Set(bundledModules)) {
    const failures = graph.importFailuresOf(path.join(siteDir, file), relative, (module) => onItsOwn.has(module));
    if (failures.length > 0) bundled[file] = failures;
  }
  return { ...(Object.keys(pages).length > 0 ? { pages } : {}), ...(Object.keys(bundled).length > 0 ? { bundled } : {}) };
}

/**
 * Whether the site has a src/theme folder: most sites replace no theme component, and without
 * one the theme's tree is not walked. Its absence is probed (one created means checking again);
 * the folder itself is not, as the files the walk looks for in it are.
 */
function hasThemeFolder(siteDir: string, probe: Probe): boolean {
  const folder = path.join(siteDir, 'src', 'theme');
  if (statOrUndefined(folder)?.isDirectory()) return true;
  probe(folder);
  return false;
}

/**
 * The scripts of src/theme, absolute, for a walk of the theme's tree to stop at once it has them
 * all (load/bundled-theme-overrides.ts). Such a walk no longer sees every name a file of
 * src/theme could take, so each folder is recorded instead: a file added or removed changes its
 * folder's time. Undefined (a whole walk, which records those names) for a tree with a symbolic
 * link or a node_modules.
 */
function ownThemeScripts(siteDir: string, probe: Probe): ReadonlySet<string> | undefined {
  const themeDir = path.join(siteDir, 'src', 'theme');
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(themeDir, { recursive: true, withFileTypes: true });
  } catch {
    return undefined;
  }
  if (entries.some((entry) => entry.isSymbolicLink() || entry.name === 'node_modules')) return undefined;
  const pathOf = (entry: fs.Dirent) => path.join(entry.parentPath, entry.name);
  for (const folder of [themeDir, ...entries.filter((entry) => entry.isDirectory()).map(pathOf)]) probe(folder);
  return new Set(entries.filter((entry) => entry.isFile() && SCRIPT_MODULE.test(entry.name)).map(pathOf));
}

// What css-loader reads here is plain CSS (load/stylesheets.ts); Sass and Less need a plugin's loader.
const STYLESHEET = /\.css$/i;

/**
 * The files the config hands the bundler for every page, but for client modules that are
 * scripts (bundled as React pages are): one that is not there stops the build, and so does a
 * reference to nothing in a stylesheet (load/stylesheets.ts), which is reported in the
 * stylesheet that holds it. `key` names the config's option.
 */
function configBundledProblemsOf(files: Array<NonNullable<SiteSettings['customCss']>[number] & { key: string }>, configFile: string, styles: StylesheetContext): ConfigBundledProblem[] {
  const { siteDir, isFile } = styles;
  const problems: ConfigBundledProblem[] = [];
  const seen = new Set<string>();
  for (const { file, line, column, key } of files) {
    const absolute = path.resolve(siteDir, file);
    if (!isFile(absolute)) {
      problems.push({ file: configFile, line, column, message: `${key} "${file}" names no file, and the build stops`, hint: `fix the path (from the site's folder), or add the ${key === 'customCss' ? 'stylesheet' : 'module'}` });
      continue;
    }
    const from = key === 'customCss' ? "the theme's customCss" : 'a client module';
    for (const failure of stylesheetFailures(absolute, styles, seen)) {
      problems.push({ file: siteRelative(siteDir, failure.file), line: failure.line, column: failure.column, message: `${failure.problem} (in ${from}, which every page bundles), and the build stops`, hint: failure.hint });
    }
  }
  return problems;
}

function mergeUnreadable(first: Record<string, UnreadableModule[]> | undefined, second: Record<string, UnreadableModule[]> | undefined): Record<string, UnreadableModule[]> | undefined {
  if (!first || !second) return first ?? second;
  const merged = { ...first };
  for (const [file, list] of Object.entries(second)) merged[file] = [...(merged[file] ?? []), ...list];
  return merged;
}

/**
 * The `@theme/…` modules the pages import that are not Docusaurus's own: the site's copy in
 * src/theme, or another theme's component of the same name (@ionic-docs/theme-classic's
 * DocCard takes `header` and `href`, not the classic theme's `item`). What the rules know of a
 * theme component's props and children is the classic theme's (rules/mdx-render.ts).
 */
function themeModulesReplaced(sources: MdxSource[], resolver: () => ModuleResolver, packages: () => DocusaurusPackages): string[] {
  const imported = new Map<string, string>(); // source → a file importing it
  for (const { file, mdx } of sources) for (const { source } of mdx?.imports ?? []) if (/^@theme\/./.test(source) && !imported.has(source)) imported.set(source, file);
  if (imported.size === 0) return [];
  const { themeDirs, coreDir } = packages();
  const docusaurusDirs = [...themeDirs, ...(coreDir ? [coreDir] : [])].map((dir) => dir + path.sep);
  return [...imported].filter(([source, file]) => {
    const moduleFile = resolver().fileOf(file, source);
    return moduleFile !== undefined && !docusaurusDirs.some((dir) => moduleFile.startsWith(dir));
  }).map(([source]) => source).sort();
}
