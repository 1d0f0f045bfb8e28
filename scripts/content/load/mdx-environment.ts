/**
 * What MDX pages get from outside themselves, read from disk: the components the theme's
 * `@theme/MDXComponents` provides (the site's swizzled copy when there is one), and which
 * imports of the pages resolve, as Docusaurus's webpack resolves them (`@site/`, `@theme/`,
 * `@docusaurus/`, relative paths, packages).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { CodeLinkUse, ThemeAnchors, ConfigBundledProblem, FileProbe, LocatedImportFailure, SiteSettings, MarkdownFormat, MdxComponentsList, MdxEnvironment, MdxFacts, MissingExport, ResolvedImport, StaticValue, TextSpan, UnreadableModule } from '../model/site.ts';
import { importsDefaultAs } from '../model/default-imports.ts';
import { formatOf, isInAny, lazyHiddenTabsIn } from '../model/markdown-format.ts';
import { childlessComponentsOf, childrenVerdicts, type ChildrenVerdict } from './childless-components.ts';
import { withoutByteOrderMark } from '../model/text-position.ts';
import { unreadableImports, type ImportedFilesOptions } from './imported-files.ts';
import { bundledThemeOverrides } from './bundled-theme-overrides.ts';
import { rootedCandidates } from './rooted-paths.ts';
import { reactPagesWithoutDefault } from './react-page-exports.ts';
import { staticFoldersOf } from '../model/static-folders.ts';
import { collectedAnchorsOf, type AnchorReading, type SiteModuleOf } from './react-page-anchors.ts';
import { collectedPropOf, type CollectedProp } from '../extract/collected-prop.ts';
import { exportedObjectOf, globalComponentsOf, type GlobalComponents } from './global-components.ts';
import { declaringModule } from './reexports.ts';
import { anchorIdsOf } from '../extract/jsx-render-links.ts';
import { trace } from './trace.ts';
import { describeBehind, importGraph, missingVerdict, SCRIPT_MODULE, type ImportVerdict } from './imports-behind.ts';
import { findConfigFile } from './site-config.ts';
import { markdownExportsTaken, packageNameOf, resourceOf } from '../model/module-specifiers.ts';
import { exportedNamesOf } from '../extract/mdx-imports.ts';
import { docusaurusPackages, packageDir, type DocusaurusPackages } from './docusaurus-packages.ts';
import { moduleReader, parseModule, type ModuleProgram } from './parse-module.ts';
import { codeLinksOf, mdxPageEntry, reactPageEntry, themeEntry, type CodeLinkOptions, type CodePageEntry } from './code-links.ts';
import { stylesheetFailures, stylesheetContext, type StylesheetContext } from './stylesheets.ts';
import { declaredPackages } from './declared-packages.ts';

export interface MdxSource {
  file: string;
  mdx?: MdxFacts;
  /** Its front matter, which may say how Docusaurus reads it (`mdx.format`); none for a partial. */
  frontMatter?: { data: Record<string, unknown> };
  /** Its partial imports, which the links rule checks already. */
  imports: ResolvedImport[];
  /** A blog post's truncate marker line: the blog's list pages compile it up to there. */
  truncatedAt?: number;
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
  const needsComponents = sources.some(({ mdx }) => mdx?.freeNames.some(({ name, usage }) => usage === 'component' || !builtins.has(name)));
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
    ? bundledThemeOverrides(siteDir, themeContent, memoizedImporter((importer) => siteRelative(siteDir, importer), (importer, source) => resolverOnce().fileOf(importer, source)))
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
  const ignoresItsChildren = childrenVerdicts((file, source) => ownScript(resolverOnce().fileOf(file, source)), anchorReading.siteModuleOf, programOf);
  const { open: anchorsOpen, collected: collectedAnchors } = anchorsByCodeOf(siteDir, sources, resolverOnce, probe, packagesOnce, markdownFormat, anchorReading, ignoresItsChildren);
  const childlessComponents = childlessComponentsOf(sources, ignoresItsChildren);
  return { components, unresolvedImports, ...(replacedThemeModules.length > 0 ? { replacedThemeModules } : {}), ...(anchorsOpen.length > 0 ? { anchorsOpen } : {}), ...(Object.keys(collectedAnchors).length > 0 ? { collectedAnchors } : {}), ...(Object.keys(childlessComponents).length > 0 ? { childlessComponents } : {}), uninstalledPackages: uninstalledPackages.sort(), ...(missingExports ? { missingExports } : {}), ...(importedExports ? { importedExports } : {}), ...(importedData ? { importedData } : {}), ...(unreadableModules ? { unreadableModules } : {}), ...(bundledModuleImports ? { bundledModuleImports } : {}), ...(Object.keys(reactPageAnchors).length > 0 ? { reactPageAnchors } : {}), ...(themeAnchors && Object.values(themeAnchors).some((ids) => ids.length > 0) ? { themeAnchors } : {}), ...(reactPagesWithoutDefaultExport.length > 0 ? { reactPagesWithoutDefault: reactPagesWithoutDefaultExport } : {}), ...(Object.keys(codeLinks).length > 0 ? { codeLinks } : {}), ...(Object.keys(listedCodeLinks).length > 0 ? { listedCodeLinks } : {}), ...(configBundledProblems.length > 0 ? { configBundledProblems } : {}), probes: [...probes.values()] };
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
    const hidden = lazyHiddenTabsIn(mdx); // never rendered
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
 * Per React page whose collected anchors the check knows (load/react-page-anchors.ts), those
 * anchors. Every page renders the app's components: the ones the site replaces (`everyPage`,
 * absolute) add their ids to each page's, and when one of them may collect an anchor the check
 * cannot read, no page is judged.
 */
function reactPageAnchorsOf(siteDir: string, reactPages: readonly string[], everyPage: readonly string[], { siteModuleOf, ...reading }: SiteAnchorReading): Record<string, string[]> {
  const everywhere = new Set<string>();
  for (const file of everyPage) {
    const ids = collectedAnchorsOf(file, siteModuleOf, reading);
    if (ids === undefined) return {};
    for (const id of ids) everywhere.add(id);
  }
  const found: Record<string, string[]> = {};
  for (const page of reactPages) {
    const ids = collectedAnchorsOf(path.join(siteDir, page), siteModuleOf, reading);
    if (ids !== undefined) found[page] = [...new Set([...everywhere, ...ids])].sort();
  }
  return found;
}

/**
 * The ids the theme's components the site replaces (absolute) give Heading and Link, by the
 * pages that render them; undefined when one of the app's (`everyPage`) cannot be read. The
 * others the build bundles render on the pages of their kind: a `Doc…` part (DocItem/Footer) on
 * the docs, a `Blog…` part on the blog's pages, any other anywhere; they count where they can be
 * read (one anchor too many fails no link). A copy that wraps the theme's own
 * (`@theme-original/Footer`) is taken to add none of its own, as for a component a page imports.
 */
function themeAnchorsOf(siteDir: string, { everyPage, bundled }: { everyPage: readonly string[]; bundled: readonly string[] }, { siteModuleOf, ...reading }: SiteAnchorReading): ThemeAnchors | undefined {
  const found: ThemeAnchors = { every: [], docs: [], blog: [] };
  const idsOf = (file: string) => collectedAnchorsOf(file, siteModuleOf, { ...reading, trustPackages: true });
  for (const file of everyPage) {
    const ids = idsOf(file);
    if (ids === undefined) return undefined;
    found.every.push(...ids);
  }
  const themeDir = path.join(siteDir, 'src', 'theme') + path.sep;
  for (const file of bundled) {
    if (everyPage.includes(file)) continue;
    const component = file.startsWith(themeDir) ? file.slice(themeDir.length) : '';
    found[component.startsWith('Doc') ? 'docs' : component.startsWith('Blog') ? 'blog' : 'every'].push(...(idsOf(file) ?? []));
  }
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  return { every: sorted(found.every), docs: sorted(found.docs), blog: sorted(found.blog) };
}

/**
 * What react-page-anchors.ts needs to read the anchors the site's modules collect, and the prop
 * a component hands to `collectAnchor` (extract/collected-prop.ts).
 */
type SiteAnchorReading = AnchorReading & {
  siteModuleOf: SiteModuleOf;
  collectedPropOf(file: string): CollectedProp | undefined;
  /**
   * The literal ids a module gives Link and Heading, each id in braces left out (anchorIdsOf,
   * `propIds`): asked only once collectedPropOf has read every such id as the one prop.
   */
  idsBesidesPropOf(file: string): string[] | undefined;
  programOf(file: string): ModuleProgram | undefined;
};

/**
 * How the site's modules are read for the anchors they collect: each module parsed once, with
 * the check's reader; `@theme/Heading` is the classic theme's when it resolves into its package.
 */
function anchorReadingOf(siteDir: string, resolver: () => ModuleResolver, programOf: (file: string) => ModuleProgram | undefined): SiteAnchorReading {
  const ids = new Map<string, string[] | undefined>();
  return {
    siteModuleOf: siteModuleOfIn(siteDir, resolver),
    programOf,
    collectedPropOf(file) {
      const module = programOf(file);
      return module && collectedPropOf(module.program);
    },
    idsBesidesPropOf(file) {
      const module = programOf(file);
      return module && anchorIdsOf(module.program, { propIds: true });
    },
    idsOf(file) {
      if (!ids.has(file)) {
        const module = programOf(file);
        ids.set(file, module && anchorIdsOf(module.program));
      }
      return ids.get(file);
    },
    headingIsClassic: (file) => CLASSIC_HEADING.test(resolver().fileOf(siteRelative(siteDir, file), '@theme/Heading') ?? ''),
  };
}

/** The classic theme's Heading, wherever the package manager puts the package. */
const CLASSIC_HEADING = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]theme[\\/]Heading[\\/]index\.js$/;

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

/**
 * The anchors code of the site's adds to its files, which the check does not run:
 * - `collected`: a component a file imports collects one of its props as an anchor
 *   (`useBrokenLinks().collectAnchor(anchor)`, an API reference's `<Export anchor="HashableObj">`):
 *   the values the file writes out for that prop are its anchors too;
 * - `open`: the files whose anchors the check does not all know. They import a component that
 *   renders a Markdown file (react-native-website's `_turbo-native-modules-components.jsx` imports
 *   `turbo-native-modules-ios.md`: its headings are the page's anchors), or that collects what
 *   the check cannot read (another expression, a prop given no text). Every file compiled as
 *   MDX is, where the site replaces one of the theme's MDX components with one that collects
 *   anchors itself (Humanizer's `MDXComponents/A` takes an `<a name>` for one).
 * Links to an open file's anchors are not judged.
 */
function anchorsByCodeOf(siteDir: string, sources: MdxSource[], resolver: () => ModuleResolver, probe: Probe, packages: () => DocusaurusPackages, markdownFormat: MarkdownFormat, { siteModuleOf, ...reading }: SiteAnchorReading, ignoresItsChildren: ChildrenVerdict): { open: string[]; collected: Record<string, string[]> } {
  // The MDX components render what MDX compiles: a page read as CommonMark keeps its HTML as HTML (a build shows it).
  if (mdxComponentsCollectAnchors(siteDir, probe, packages)) {
    return { open: sources.filter(({ file, frontMatter }) => formatOf(file, frontMatter?.data ?? {}, markdownFormat) === 'mdx').map(({ file }) => file), collected: {} };
  }
  const codeOf = new Map<string, ModuleAnchors>();
  const anchorsOfModule = (moduleFile: string): ModuleAnchors => {
    if (!SCRIPT_MODULE.test(moduleFile)) return 'unknown'; // a barrel that passes on Markdown's content
    let anchors = codeOf.get(moduleFile);
    if (anchors === undefined) codeOf.set(moduleFile, (anchors = moduleAnchorsOf(moduleFile, siteModuleOf, reading)));
    return anchors;
  };
  const global = globalComponentsIn(siteDir, probe, siteModuleOf, reading.programOf);
  const open: string[] = [];
  const collected: Record<string, string[]> = {};
  for (const { file, mdx, frontMatter } of sources) {
    // A page read as CommonMark renders no component: its `<Export anchor="x" />` is HTML (diff71's p17).
    if (formatOf(file, frontMatter?.data ?? {}, markdownFormat) !== 'mdx') continue;
    const collecting: Array<{ local: string } & CollectedProp> = [];
    const written: string[] = []; // ids the modules it imports give Heading and Link
    let esmReads: Set<string> | undefined;
    const readByEsm = (local: string) => (esmReads ??= new Set((mdx?.exported ?? []).flatMap(({ reads }) => reads ?? []))).has(local);
    let aliases: Map<string, string[]> | undefined;
    const aliasesOf = (local: string) => (aliases ??= exportedAliases(mdx)).get(local) ?? [];
    // What one module adds for the components a page takes from it; true when that is unknown.
    const takeFrom = (anchors: ModuleAnchors, locals: readonly string[]) => {
      if (anchors === 'none') return false;
      if (anchors === 'unknown') return true;
      // Counted whether the page renders the component or not: one anchor too many fails no link.
      if (anchors.ids) written.push(...anchors.ids);
      // Each component the file takes from that module is taken to collect the prop.
      if ('prop' in anchors) for (const local of locals) collecting.push({ local, prop: anchors.prop, ...(anchors.fallback === undefined ? {} : { fallback: anchors.fallback }) });
      return false;
    };
    const unknownImport = (mdx?.imports ?? []).some(({ source, names }) => {
      // The site's own modules: relative, from @site/, or a component of its src/theme (`@theme/ApiExport`). Partials are followed apart.
      if (!/^(?:\.|@site\/|@theme\/)/.test(source) || MARKDOWN_MODULE.test(source)) return false;
      const moduleFile = resolver().fileOf(file, source);
      if (moduleFile === undefined || !SCRIPT_MODULE.test(moduleFile) || moduleFile.split(path.sep).includes('node_modules')) return false; // the site's own code, in its folder or beside it (path: '../docs')
      if (!names?.length) return takeFrom(anchorsOfModule(moduleFile), []);
      // Each name from the module that declares it: a barrel (`export { default as Export } from '../Export'`) collects nothing itself.
      // A name the page's ESM passes on under another (`export const Api = Export`) renders the same component (diff71's p07).
      return names.some(({ imported, local }) => {
        const anchors = anchorsOfModule(imported === '*' ? moduleFile : declaringModule(moduleFile, imported, reading.programOf, siteModuleOf).file);
        // A component the page's own ESM renders or passes on (`export const Api = (p) => <Export {...p} />`): with props unseen (diff73's p20, p22).
        if (anchors !== 'none' && readByEsm(local)) return true;
        return takeFrom(anchors, [local, ...aliasesOf(local)]);
      });
    });
    // The components the site's MDXComponents gives the page, used with no import.
    const unknownGlobal = global !== undefined && !unknownImport && [...new Set((mdx?.freeNames ?? []).filter(({ usage }) => usage === 'component').map(({ name }) => name))].some((name) => {
      const source = global.byName.get(name) ?? (global.othersUnknown ? 'unknown' : 'none');
      return source === 'none' || source === 'unknown' ? source === 'unknown' : takeFrom(anchorsOfModule(declaringModule(source.file, source.name, reading.programOf, siteModuleOf).file), [name, ...aliasesOf(name)]);
    });
    // A page whose own ESM declares components that may collect anchors (diff70's p19 built
    // both): what they collect is not read. Only its export blocks count: a page that exports
    // `Highlight` and writes `<Link>` in its text, as Docusaurus's own docs show, is judged (diff71's p07).
    if (unknownImport || unknownGlobal || mdx?.exported?.some(({ mayCollectAnchors }) => mayCollectAnchors)) {
      open.push(file);
      continue;
    }
    const values = collecting.length === 0 ? [] : propValuesOf(mdx, collecting, mdx ? lazyHiddenTabsIn(mdx) : [], (within) => ignoresItsChildren(file, mdx, within));
    if (values === undefined) open.push(file);
    else if (values.length + written.length > 0) collected[file] = [...values, ...written];
  }
  return { open, collected };
}

/**
 * What a script module of the site's adds to the anchors of a page that renders it: the values
 * the page gives one of its props (`prop`), or the ids its code writes for the theme's Heading
 * and Link (`ids`, react-page-anchors.ts).
 */
type ModuleAnchors = 'none' | 'unknown' | (CollectedProp & { ids?: string[] }) | { ids: string[] };

function moduleAnchorsOf(file: string, siteModuleOf: SiteModuleOf, { collectedPropOf, idsBesidesPropOf, ...reading }: Omit<SiteAnchorReading, 'siteModuleOf'>): ModuleAnchors {
  const code = readOrEmpty(file);
  if (MARKDOWN_IMPORT.test(code)) return 'unknown';
  // No call of its own: still, it (or a component of the site's it renders) may render the
  // theme's Heading with an id, a Link given one, or a Details (diff69 built both).
  const callsCollect = COLLECTS_ANCHOR.test(code);
  if (!callsCollect) {
    const ids = collectedAnchorsOf(file, siteModuleOf, { ...reading, trustPackages: true });
    if (ids !== undefined) return ids.length === 0 ? 'none' : { ids };
  }
  // The prop it collects, or gives Heading or Link as their id, and the literal ids it gives
  // them (diff71's p15 built one with both). One that only gives Heading or Link its prop
  // (diff73's M6) is read as the first kind is, with what the site's components it renders collect.
  const prop = collectedPropOf(file);
  const ids = prop && (callsCollect ? idsBesidesPropOf(file) : collectedAnchorsOf(file, siteModuleOf, { ...reading, trustPackages: true, idsOf: (module) => (module === file ? idsBesidesPropOf(file) : reading.idsOf(module)) }));
  if (prop === undefined || ids === undefined) return 'unknown';
  return ids.length > 0 ? { ...prop, ids } : prop;
}

/**
 * Per name a page's ESM gives a component under others (`export const Api = Export`, then
 * `export const Api2 = Api`), those other names: each renders the same component.
 */
function exportedAliases(mdx: MdxFacts | undefined): Map<string, string[]> {
  const direct = (mdx?.exported ?? []).flatMap(({ name, aliasOf }) => (aliasOf === undefined ? [] : [[name, aliasOf] as const]));
  const found = new Map<string, string[]>();
  for (const [alias] of direct) {
    // Follow the alias down to the name it ends at; each name on the way is renamed by it.
    const seen = new Set([alias]);
    for (let of = direct.find(([name]) => name === alias)?.[1]; of !== undefined && !seen.has(of); of = direct.find(([name]) => name === of)?.[1]) {
      seen.add(of);
      found.set(of, [...(found.get(of) ?? []), alias]);
    }
  }
  return found;
}

/**
 * The values a page gives the collected prop on the elements it renders of the components named
 * (`<Export anchor="HashableObj">`, from the parse: one in a code block or a comment is none),
 * or their fallback where an element gives none; undefined when one is given anything but a
 * text, or a spread, or when the page writes one inside an expression or a prop
 * (`{ok && <Export anchor="A" />}`), whose props the parse does not keep.
 */
function propValuesOf(mdx: MdxFacts | undefined, collecting: Array<{ local: string } & CollectedProp>, unrendered: readonly TextSpan[], ignoresItsChildren: (component: string) => boolean): string[] | undefined {
  const values: string[] = [];
  for (const { local, prop, fallback } of collecting) {
    if (mdx?.expressionComponents?.some(({ name }) => name === local)) return undefined;
    for (const { name, props, texts, within, ...place } of mdx?.componentProps ?? []) {
      // One in a tab <Tabs lazy> leaves out never renders, and collects nothing (diff73's p24);
      // nor does one inside a component that never renders its children (diff73's p25).
      if (name !== local || isInAny(place, unrendered) || (within !== undefined && ignoresItsChildren(within))) continue;
      if (props.includes('...')) return undefined;
      const text = texts && Object.hasOwn(texts, prop) ? texts[prop] : undefined;
      // The build takes `#HashMap` as the anchor HashMap (it drops one leading `#`).
      if (text !== undefined) values.push(text.replace(/^#/, ''));
      else if (props.includes(prop)) return undefined;
      else if (fallback !== undefined) values.push(fallback.replace(/^#/, ''));
    }
  }
  return values;
}

/** The components the site's own `src/theme/MDXComponents` adds to every MDX page (load/global-components.ts); undefined without one. */
function globalComponentsIn(siteDir: string, probe: Probe, siteModuleOf: SiteModuleOf, programOf: (file: string) => ModuleProgram | undefined): GlobalComponents | undefined {
  const file = firstFile(path.join(siteDir, 'src', 'theme'), ['MDXComponents', 'MDXComponents/index'], probe);
  if (file === undefined) return undefined;
  const module = programOf(file);
  return module ? globalComponentsOf(file, module.program, siteModuleOf) : { byName: new Map(), othersUnknown: true };
}

/** Whether the site replaces one of the classic theme's MDX components (src/theme/MDXComponents/A…) with one that collects anchors itself. */
function mdxComponentsCollectAnchors(siteDir: string, probe: Probe, packages: () => DocusaurusPackages): boolean {
  const dir = path.join(siteDir, 'src', 'theme', 'MDXComponents');
  if (!probe(dir)?.isDirectory()) return false;
  const classic = packages().themeDirs.find((themeDir) => path.basename(themeDir) === 'theme-classic');
  let names: string[];
  try {
    names = classic ? [...new Set(fs.readdirSync(path.join(classic, 'lib', 'theme', 'MDXComponents')).map((name) => name.replace(/(?:\.d\.ts|\.js)$/, '')))].filter((name) => name !== 'index') : [];
  } catch {
    names = [];
  }
  return names.some((name) => {
    const file = firstFile(dir, [name, `${name}/index`], probe);
    return file !== undefined && COLLECTS_ANCHOR.test(readOrEmpty(file));
  });
}


const COLLECTS_ANCHOR = /\bcollectAnchor\s*\(/;
const MARKDOWN_MODULE = /\.mdx?$/;
// `from './x.md'`, `import('./x.mdx')`, `require('./x.md')`: the module loads a Markdown file.
const MARKDOWN_IMPORT = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*["'][^"'\n]+\.mdx?["']/;

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Per importing file, what its imports take that their modules do not export: `import {CodeBlock}
 * from '@theme/CodeBlock'` (a default export only), or a default import of a component file
 * with named exports only. Only modules whose exports can be read are judged: the site's own
 * files, theme components and Docusaurus's client modules, as ES modules; packages, CommonJS
 * files and `export *` are taken on trust.
 */
function missingExportsOf(sources: MdxSource[], resolver: () => ModuleResolver): Record<string, MissingExport[]> | undefined {
  const found: Record<string, MissingExport[]> = {};
  // Read once per check: a dev server's next check reads an edited component afresh.
  const exportsOf = moduleExportsReader();
  for (const { file, mdx } of sources) {
    for (const { source, names } of mdx?.imports ?? []) {
      const wanted = names?.filter(({ imported }) => imported !== '*');
      if (!wanted?.length) continue;
      const moduleFile = resolver().fileOf(file, source);
      const exports = moduleFile === undefined ? undefined : exportsOf(moduleFile);
      if (!exports) continue;
      for (const name of wanted) if (!exports.includes(name.imported)) (found[file] ??= []).push({ source, ...name, exports });
    }
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/**
 * Per Markdown file of the site, the names other files import from it beside its default export
 * (the page): `*` for a namespace import or a re-export. An import the check cannot follow to a
 * file is kept under `*`: it may be any file.
 */
function importedExportsOf(siteDir: string, sources: MdxSource[], resolver: () => ModuleResolver): Record<string, string[]> | undefined {
  const found: Record<string, Set<string>> = {};
  for (const { file, mdx } of sources) {
    for (const imported of mdx?.imports ?? []) {
      const taken = markdownExportsTaken(imported);
      if (!taken) continue;
      const moduleFile = resolver().fileOf(file, imported.source);
      const target = moduleFile === undefined ? '*' : siteRelative(siteDir, moduleFile);
      for (const name of moduleFile === undefined ? ['*'] : taken) (found[target] ??= new Set()).add(name);
    }
  }
  const files = Object.keys(found);
  return files.length > 0 ? Object.fromEntries(files.map((file) => [file, [...found[file]].sort()])) : undefined;
}

/**
 * Per file, the data of each JSON file it imports by default under a name it renders reads of
 * (`import ports from './ports.json'`, then `{ports.api.tcp}`): the bundler gives the import the
 * parsed file. Only those: most pages render no such read. A file that does not parse is
 * unreadableImports' to report, and one over MAX_DATA_BYTES is not read.
 */
function importedDataOf(sources: MdxSource[], resolver: () => ModuleResolver): Record<string, Record<string, StaticValue>> | undefined {
  const found: Record<string, Record<string, StaticValue>> = {};
  const parsed = new Map<string, StaticValue | undefined>();
  for (const { file, mdx } of sources) {
    // Names the page renders, as values or as elements (`<ports.console />`: the rule weighs what it holds).
    const reads = new Set([...(mdx?.renderedNames ?? []), ...(mdx?.componentProps ?? []), ...(mdx?.memberElements ?? [])].map(({ name }) => name.split('.')[0]));
    if (reads.size === 0) continue;
    for (const { source, names } of mdx!.imports) {
      const local = names?.find(({ imported, local }) => imported === 'default' && reads.has(local))?.local;
      if (!local || !/\.json$/i.test(source.split(/[?#]/)[0])) continue;
      const dataFile = resolver().fileOf(file, source);
      if (dataFile === undefined || !/\.json$/i.test(dataFile)) continue;
      if (!parsed.has(dataFile)) parsed.set(dataFile, jsonDataOf(dataFile));
      const value = parsed.get(dataFile);
      if (value !== undefined) (found[file] ??= {})[local] = value;
    }
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

// Data past this size is left unread: a page renders reads of small files of settings or ports.
const MAX_DATA_BYTES = 1 << 20;

function jsonDataOf(file: string): StaticValue | undefined {
  try {
    if (fs.statSync(file).size > MAX_DATA_BYTES) return undefined;
    return JSON.parse(withoutByteOrderMark(fs.readFileSync(file, 'utf8'))) as StaticValue;
  } catch {
    return undefined;
  }
}

/**
 * A reader of the names an ES module exports, sorted, each module read once; undefined when they
 * cannot all be named: CommonJS, `export *`, a file that does not parse, or no script at all (a
 * Markdown partial, JSON, an image).
 */
function moduleExportsReader(): (file: string) => string[] | undefined {
  const read = new Map<string, string[] | undefined>();
  return (file) => {
    if (!read.has(file)) read.set(file, SCRIPT_EXTENSIONS.includes(path.extname(file)) ? exportedNames(file) : undefined);
    return read.get(file);
  };
}

function exportedNames(file: string): string[] | undefined {
  try {
    const statements: any[] = parseModule(file).body;
    const esm = statements.some((statement) => /^(?:Import|Export)/.test(statement.type));
    const open = statements.some((statement) => statement.type === 'ExportAllDeclaration' && !statement.exported);
    return esm && !open ? [...new Set(statements.flatMap(exportedNamesOf))].sort() : undefined;
  } catch {
    return undefined;
  }
}

/** A file's stat, or undefined when it is not there. */
type Probe = (file: string) => fs.Stats | undefined;

/** `fileOf` for absolute importers, each named once as the resolver names them (a walk asks for every import of a file in turn). */
function memoizedImporter(name: (importer: string) => string, fileOf: (importer: string, source: string) => string | undefined): (importer: string, source: string) => string | undefined {
  let last: string | undefined;
  let named = '';
  return (importer, source) => {
    if (importer !== last) [last, named] = [importer, name(importer)];
    return fileOf(named, source);
  };
}

/** The site's own module (not a package's) `source` names from `importer`, both absolute. */
function siteModuleOfIn(siteDir: string, resolver: () => ModuleResolver): (importer: string, source: string) => string | undefined {
  return (importer, source) => {
    const file = resolver().fileOf(siteRelative(siteDir, importer), source);
    return file !== undefined && !file.split(path.sep).includes('node_modules') ? file : undefined;
  };
}

/** A script module of the site's own (not of a package): one whose imports and links the check reads. */
const ownScript = (file: string | undefined) => (file !== undefined && !file.split(path.sep).includes('node_modules') && SCRIPT_MODULE.test(file) ? file : undefined);

/**
 * A module of the site's own whose `<Link>`s the code-links walk reads: a script, or a Markdown
 * file, whose ESM may export components (`import { Old } from './old.mdx'`, load/code-links.ts).
 */
const ownLinkModule = (file: string | undefined) => ownScript(file) ?? (file !== undefined && !file.split(path.sep).includes('node_modules') && MARKDOWN_MODULE.test(file) ? file : undefined);

/** A path as the site's files are named: from the site's folder, with `/`. */
const siteRelative = (siteDir: string, file: string) => path.relative(siteDir, file).split(path.sep).join('/');

/**
 * A Probe that remembers what it saw of each file, in the site or beside it (a component of
 * `../shared` that a page of `../docs` renders); what is in node_modules is the lock file's.
 */
function probeOf(siteDir: string, probes: Map<string, FileProbe>): Probe {
  const statOf = listingFirst(statOrUndefined);
  const installed = installedOutside(siteDir);
  return (file) => {
    const stat = statOf(file);
    if (installed(file)) return stat;
    const relative = siteRelative(siteDir, file);
    if (!path.isAbsolute(relative) && !relative.split('/').includes('node_modules')) {
      probes.set(relative, stat ? [relative, stat.size, stat.mtimeMs] : [relative, -1, 0]);
    }
    return stat;
  };
}

/**
 * Whether the probe surely records nothing of a file: one in a node_modules folder, for a site
 * whose own path holds none (its relative path then names that folder). Most files the theme's
 * tree is resolved against are such, and working out each one's relative path took a third of
 * that walk. A path not plainly normal (a `.` or `..` part, a doubled separator) is left to
 * path.relative.
 */
function installedOutside(siteDir: string): (file: string) => boolean {
  const { sep } = path;
  // Any case: on Windows, path.relative matches the folders' names whatever their case.
  if (siteDir.toLowerCase().includes('node_modules')) return () => false;
  return (file) => file.includes(`${sep}node_modules${sep}`) && !file.includes(`${sep}.`) && !file.includes(`${sep}${sep}`);
}

/**
 * A stat that asks a file's folder first: resolving a module tries a dozen names in each of a
 * few folders (extensions, index files, the themes' folders), nearly all absent, and one
 * listing per folder answers for them all. Only the names a folder lists are stat'ed; an absent
 * one is still recorded as absent by the probe.
 */
function listingFirst(stat: Probe): Probe {
  const listings = new Map<string, ReadonlySet<string>>();
  const NOTHING: ReadonlySet<string> = new Set();
  // A folder its parent does not list is not read (a failed read costs an error's making).
  const listingOf = (folder: string): ReadonlySet<string> => {
    let names = listings.get(folder);
    if (!names) {
      const parent = path.dirname(folder);
      names = parent !== folder && !listingOf(parent).has(path.basename(folder)) ? NOTHING : readListing(folder);
      listings.set(folder, names);
    }
    return names;
  };
  return (file) => (listingOf(path.dirname(file)).has(path.basename(file)) ? stat(file) : undefined);
}

function readListing(folder: string): ReadonlySet<string> {
  try {
    return new Set(fs.readdirSync(folder));
  } catch {
    return new Set(); // not a folder, or not readable
  }
}

// ---- The MDX components list -------------------------------------------------------------

const SCRIPT_EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js'];

/** The keys of the object `@theme/MDXComponents` exports: the site's swizzled file, or the classic theme's. */
function readMdxComponents(siteDir: string, probe: Probe, packages: DocusaurusPackages): MdxComponentsList {
  const swizzled = firstFile(path.join(siteDir, 'src', 'theme'), ['MDXComponents', 'MDXComponents/index'], probe);
  const theme = themeMdxComponentsFile(packages);
  if (swizzled) {
    const keys = objectKeysOf(swizzled, theme, (source) => siteModuleFile(siteDir, swizzled, source, probe));
    return { ...keys, source: siteRelative(siteDir, swizzled) };
  }
  if (!theme) return { names: [], source: '(no @theme/MDXComponents found)', complete: false };
  return { ...objectKeysOf(theme, undefined), source: theme.slice(theme.lastIndexOf('node_modules')) };
}

/** The names `@theme/MDXComponents` provides, for a step that needs them before the rest (load/site-transforms.ts). */
export function mdxComponentNames(siteDir: string): ReadonlySet<string> {
  return new Set(readMdxComponents(siteDir, statOrUndefined, docusaurusPackages(siteDir)).names);
}

function themeMdxComponentsFile(packages: DocusaurusPackages): string | undefined {
  const classic = packages.themeDirs.find((dir) => path.basename(dir) === 'theme-classic');
  return classic && firstFile(path.join(classic, 'lib', 'theme'), ['MDXComponents', 'MDXComponents/index'], statOrUndefined); // an installed package: the lock file's
}

function firstFile(dir: string, names: string[], probe: Probe): string | undefined {
  for (const name of names) for (const extension of SCRIPT_EXTENSIONS) {
    const file = path.join(dir, name + extension);
    if (probe(file)) return file;
  }
  return undefined;
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The file a module of the site imports by a relative or `@site/` path; undefined for anything else. */
export function siteModuleFile(siteDir: string, importer: string, source: string, probe: Probe): string | undefined {
  if (source.startsWith('.')) return existingFile(path.resolve(path.dirname(importer), source), probe);
  if (source.startsWith('@site/')) return existingFile(path.join(siteDir, source.slice('@site/'.length)), probe);
  return undefined;
}

/**
 * Keys of the default export's object literal. A spread of the original map
 * (`...MDXComponents` imported from `@theme-original/MDXComponents` or `@theme-init/…`) adds
 * the theme's keys; a spread of a namespace import of the site's own module (`import * as icons
 * from '../icons'`, `...icons`) adds that module's exports (`siteModule` finds its file);
 * anything else the reader cannot name makes the list incomplete.
 */
function objectKeysOf(file: string, originalFile: string | undefined, siteModule: (source: string) => string | undefined = () => undefined): { names: string[]; complete: boolean } {
  let program: any;
  try {
    program = parseModule(file);
  } catch {
    return { names: [], complete: false };
  }
  const originals = new Set<string>();
  const namespaces = new Map<string, string>(); // local name → source
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration' && /^@theme-(original|init)\/MDXComponents$/.test(statement.source.value)) {
      statement.specifiers.forEach((specifier: any) => originals.add(specifier.local.name));
    } else if (statement.type === 'ImportDeclaration') {
      for (const specifier of statement.specifiers) if (specifier.type === 'ImportNamespaceSpecifier') namespaces.set(specifier.local.name, statement.source.value);
    }
  }
  // Through `const a = b` chains: esbuild writes `var stdin_default = MDXComponents`.
  const object = exportedObjectOf(program);
  if (object === undefined) return { names: [], complete: false };
  const names: string[] = [];
  let complete = true;
  for (const property of object.properties) {
    if (property.type === 'SpreadElement') {
      if (property.argument.type === 'Identifier' && originals.has(property.argument.name) && originalFile) {
        const original = objectKeysOf(originalFile, undefined);
        names.push(...original.names);
        complete &&= original.complete;
      } else if (property.argument.type === 'Identifier' && namespaces.has(property.argument.name)) {
        const moduleFile = siteModule(namespaces.get(property.argument.name)!);
        const exported = moduleFile === undefined || !SCRIPT_EXTENSIONS.includes(path.extname(moduleFile)) ? undefined : exportedNames(moduleFile);
        if (exported) names.push(...exported);
        else complete = false;
      } else complete = false;
    } else if (!property.computed && property.key.type === 'Identifier') names.push(property.key.name);
    else if (!property.computed && property.key.type === 'Literal') names.push(String(property.key.value));
    else complete = false;
  }
  return { names: [...new Set(names)].sort(), complete };
}

// ---- Import resolution -------------------------------------------------------------------

// The path as written, then webpack's extensions in Docusaurus (@docusaurus/core's webpack/base.js):
// no Markdown one, so `import Setup from './_setup'` finds no `_setup.md` in the build either.
const MODULE_EXTENSIONS = ['', '.wasm', '.mjs', '.js', '.jsx', '.ts', '.tsx', '.json'];
const INDEX_FILES = ['index.js', 'index.jsx', 'index.ts', 'index.tsx'];

interface ModuleResolver {
  /** Whether `source`, imported by the site-relative `file`, resolves. Memoised per folder and source. */
  resolves(file: string, source: string): boolean;
  /** The file `source` resolves to, where the check reads modules' exports (see missingExportsOf); undefined elsewhere. */
  fileOf(file: string, source: string): string | undefined;
}

function moduleResolver(siteDir: string, staticFolders: readonly string[], probe: Probe, packages: DocusaurusPackages): ModuleResolver {
  const themeDirs = themeFolders(siteDir, packages);
  const fallbackDir = themeDirs.find((dir) => dir.endsWith(path.join('client', 'theme-fallback')));
  const coreExports = (() => {
    try {
      return path.join(path.dirname(createRequire(path.join(siteDir, 'package.json')).resolve('@docusaurus/core/package.json')), 'lib', 'client', 'exports');
    } catch {
      return undefined;
    }
  })();
  const memo = new Map<string, boolean>();
  const files = new Map<string, string | undefined>();
  const fromOf = (file: string, source: string) => (resourceOf(source).startsWith('.') ? path.posix.dirname(file) : '');
  return {
    resolves(file, source) {
      const from = fromOf(file, source);
      const key = `${from}\0${source}`;
      let answer = memo.get(key);
      if (answer === undefined) memo.set(key, (answer = resolves(path.join(siteDir, from), source)));
      return answer;
    },
    fileOf(file, source) {
      const from = fromOf(file, source);
      const key = `${from}\0${source}`;
      if (!files.has(key)) files.set(key, moduleFileOf(path.join(siteDir, from), source));
      return files.get(key);
    },
  };

  /** Where webpack finds a module of the site, of a theme or of Docusaurus's client; undefined for packages and anything else. */
  function moduleFileOf(fromDir: string, source: string): string | undefined {
    if (resourceOf(source) !== source || /[?#]/.test(source)) return undefined; // a loader's output: no module to read
    if (source.startsWith('/')) return rootedFile(siteDir, staticFolders, source, probe);
    if (source.startsWith('.')) return existingFile(path.resolve(fromDir, source), probe);
    if (source.startsWith('@site/')) return existingFile(path.join(siteDir, source.slice('@site/'.length)), probe);
    const theme = /^@theme(-original|-init)?\/(.+)$/.exec(source);
    if (theme) return themeAliasFile(theme[1], theme[2]);
    const core = /^@docusaurus\/([A-Za-z][\w-]*)$/.exec(source);
    return core && coreExports ? existingFile(path.join(coreExports, core[1]), statOrUndefined) : undefined;
  }

  function resolves(fromDir: string, source: string): boolean {
    const bare = resourceOf(source).split(/[?#]/)[0];
    if (bare.startsWith('/')) return rootedFile(siteDir, staticFolders, bare, probe) !== undefined;
    if (bare.startsWith('.')) return fileExists(path.resolve(fromDir, bare), probe);
    if (bare.startsWith('@site/')) return fileExists(path.join(siteDir, bare.slice('@site/'.length)), probe);
    if (bare.startsWith('@generated/')) return true; // written by Docusaurus during the build
    const theme = /^@theme(-original|-init)?\/(.+)$/.exec(bare);
    if (theme) return themeAliasFile(theme[1], theme[2]) !== undefined;
    const core = /^@docusaurus\/([A-Za-z][\w-]*)$/.exec(bare);
    if (core && coreExports && SCRIPT_EXTENSIONS.some((extension) => fs.existsSync(path.join(coreExports, core[1] + extension)))) return true;
    return packageResolves(bare);
  }

  /**
   * The file of `@theme<prefix>/<component>`, as @docusaurus/core's webpack/aliases makes them
   * (createThemeAliases): `@theme/X` takes the site's src/theme first, then the last theme that
   * provides X; `@theme-original/X` that theme, never src/theme alone; `@theme-init/X` the FIRST
   * theme that provides X, and exists only when two or more do (else "Module not found"). The
   * themes in Docusaurus's order are its fallback, then the plugins' themes, a later one winning:
   * themeFolders lists those winner first, so their order is turned round here. A package's
   * folders (lib/theme, src/theme) count as one theme.
   */
  function themeAliasFile(prefix: string | undefined, component: string): string | undefined {
    if (prefix === undefined) {
      const own = existingFile(path.join(themeDirs[0], component), probe);
      if (own) return own;
    }
    if (prefix !== '-init') {
      // The winner is the first theme folder that has it: no need to look further (most imports).
      for (const dir of themeDirs.slice(1)) {
        const found = dir === fallbackDir ? undefined : existingFile(path.join(dir, component), probe);
        if (found) return found;
      }
      return fallbackDir ? existingFile(path.join(fallbackDir, component), probe) : undefined;
    }
    const byTheme = new Map<string, string>();
    for (const dir of themeDirs.slice(1)) {
      if (dir === fallbackDir) continue;
      const theme = dir.replace(/[\\/](?:lib|src|dist|dist[\\/]client[\\/]client)[\\/]theme$/, '');
      const found = byTheme.has(theme) ? undefined : existingFile(path.join(dir, component), probe);
      if (found) byTheme.set(theme, found);
    }
    const fallback = fallbackDir ? existingFile(path.join(fallbackDir, component), probe) : undefined;
    const providers = [...(fallback ? [fallback] : []), ...[...byTheme.values()].reverse()];
    return providers.length >= 2 ? providers[0] : undefined;
  }

  function packageResolves(specifier: string): boolean {
    const parts = specifier.split('/');
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    const require = createRequire(path.join(siteDir, 'package.json'));
    try {
      require.resolve(specifier);
      return true;
    } catch (error) {
      // ESM-only packages may have no `require` condition: the package and its file are enough.
      const code = (error as { code?: string }).code;
      if (code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') {
        try {
          const manifest = require.resolve(`${name}/package.json`);
          const exportsField = JSON.parse(fs.readFileSync(manifest, 'utf8')).exports;
          const subpath = specifier === name ? '.' : `./${specifier.slice(name.length + 1)}`;
          return Boolean(exportsField && typeof exportsField === 'object' && subpath in exportsField);
        } catch {
          return false;
        }
      }
      return false;
    }
  }
}

function fileExists(base: string, probe: Probe): boolean {
  return existingFile(base, probe) !== undefined;
}

/** The file webpack takes for a module path from the root (`/src/data/x.js`): load/rooted-paths.ts. */
function rootedFile(siteDir: string, staticFolders: readonly string[], source: string, probe: Probe): string | undefined {
  for (const candidate of rootedCandidates(siteDir, staticFolders, source)) {
    const found = existingFile(candidate, probe);
    if (found) return found;
  }
  return undefined;
}

/** The file webpack takes for `base`: as written, with one of its extensions, or a folder's index file. */
export function existingFile(base: string, probe: Probe): string | undefined {
  const isFile = (file: string) => probe(file)?.isFile() === true;
  const withExtension = MODULE_EXTENSIONS.map((extension) => base + extension).find(isFile);
  return withExtension ?? INDEX_FILES.map((index) => path.join(base, index)).find(isFile);
}

/**
 * Folders `@theme/…` may come from, in the order they are tried: the site's src/theme,
 * Docusaurus's fallback theme, the theme folders of packages the config names that are not
 * Docusaurus's own (and of the themes such a preset depends on: @ionic-docs/preset-classic
 * brings @ionic-docs/theme-classic), then the installed @docusaurus/theme-* packages
 * (load/docusaurus-packages.ts). A theme listed after the classic one replaces its components
 * of the same name, as Docusaurus's theme aliases let the later theme win.
 */
function themeFolders(siteDir: string, packages: DocusaurusPackages): string[] {
  const require = createRequire(path.join(siteDir, 'package.json'));
  const folders = [path.join(siteDir, 'src', 'theme')];
  if (packages.coreDir) folders.push(path.join(packages.coreDir, 'lib', 'client', 'theme-fallback'));
  const configFile = findConfigFile(siteDir);
  const named = configFile ? [...fs.readFileSync(configFile, 'utf8').matchAll(/['"]((?:@[\w.-]+\/)?[\w.-]+)['"]/g)].map((match) => match[1]) : [];
  const dirsOf = (names: string[]) => names.flatMap((name) => packageDir(require, name) ?? []);
  const ours = (name: string) => name.startsWith('@docusaurus/');
  const namedDirs = dirsOf([...new Set(named)].filter((name) => !ours(name)));
  for (const dir of new Set([...namedDirs, ...namedDirs.flatMap(themeDependencyDirs), ...packages.themeDirs, ...dirsOf([...new Set(named)].filter(ours))])) {
    for (const sub of ['lib/theme', 'dist/theme', 'dist/client/client/theme', 'src/theme']) {
      if (fs.existsSync(path.join(dir, sub))) folders.push(path.join(dir, sub));
    }
  }
  return folders;
}

/** The folders of a package's dependencies named as themes (`…/theme-classic`, `docusaurus-theme-x`), resolved from the package. */
function themeDependencyDirs(dir: string): string[] {
  let manifest: { dependencies?: Record<string, string> };
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  } catch {
    return [];
  }
  const require = createRequire(path.join(dir, 'package.json'));
  return Object.keys(manifest.dependencies ?? {}).filter((name) => /theme/.test(name) && !name.startsWith('@docusaurus/')).flatMap((name) => packageDir(require, name) ?? []);
}
