/**
 * The site settings the check needs (url, baseUrl, trailingSlash, the docs plugin's options),
 * read from DIR's docusaurus.config.ts/.js. When the config cannot be loaded, flags or
 * Docusaurus's defaults apply and a warning says why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ON_INLINE_TAGS, REPORT_LEVELS, type BlogPluginSettings, type LayoutLink, type OnInlineTags, type PagesPluginSettings, type ReportLevel, type SidebarsOutline, type SiteSettings, type ConfigWarning, type Position } from '../model/site.ts';
import { DEFAULT_PAGES_PLUGIN } from '../model/pages-plugin.ts';
import type { JITIOptions } from 'jiti/dist/types';
import { GlobExcludeDefault } from '@docusaurus/utils/lib/globUtils.js';
import type { Worker } from 'node:worker_threads';
import { endWorker, startWorker, workersEnded } from './threads.ts';
import { sidebarsOutline, unreadableSidebars, versionedSidebarsOutline, withSidebarsVerdicts, type SidebarsVerdicts } from './sidebars-outline.ts';
import { positionAt } from '../model/text-position.ts';
import { requireWithCodeCache } from '../../module-code-cache.ts';
import { layoutLinksOf } from './layout-links.ts';
import { sidebarRenderingOf } from './sidebar-links.ts';
import { themeAsRendered, themeComponentsFingerprint } from './theme-components.ts';
import { prismLanguageProblems } from './config-prism-languages.ts';
import { swcJsLoaderField } from './faster.ts';
import { routeComponentsField } from './route-components.ts';
import { mdx1CompatField } from './mdx1-compat.ts';
import { blogEntriesOf, blogsOf, contentPluginOf, foreignRoutePrefixes, generatedIndexCategories, mayAddLoaders, pluginEntries, type GeneratedIndexCategory } from './plugin-routes.ts';
import { joinUrl } from '../model/routes.ts';
import { defaultLocaleOf, otherLocalesOf } from '../model/locales.ts';
import { redirectsOf } from './redirects.ts';
import { readVersionNames, versionNameInModel } from './versions.ts';
import { requireDocsPluginFile } from '../model/front-matter-schema.ts';
import type { SiteSyntax } from '../extract/site-syntax.ts';
import { configDeprecations } from './config-deprecations.ts';
import { defaultLocaleProblems } from './config-locales.ts';
import { configVerdictLoaded, pluginLifecycleRoutes, routesWithoutRuns, type PluginLifecycleResult } from './plugin-lifecycle.ts';
import { pluginInputsField } from './plugin-inputs.ts';
import { docusaurusPackages } from './docusaurus-packages.ts';
import { siteSyntaxOf, siteTransformsOf, summaryOf, type SiteTransforms } from './site-syntax.ts';
import { configFiles } from './config-files.ts';
import { declaredPackages } from './declared-packages.ts';

export interface DocsPluginSettings {
  /** The instance's id, for a docs instance other than the default one (the plugin's `id` option). */
  id?: string;
  path: string;
  /** Globs of the files that are pages, relative to each version's folder (the plugin's `include`). */
  include: string[];
  /** Globs of files that are not pages, among those (`exclude`; by default partials and tests). */
  exclude: string[];
  routeBasePath: string;
  lastVersion: string | undefined;
  includeCurrentVersion: boolean;
  onlyIncludeVersions: string[] | undefined;
  /** `disableVersioning`: versions.json is read, but only the current version is built. */
  disableVersioning: boolean;
  /**
   * Whether file and folder names lose their number prefixes (`01-intro` → `intro`): false with
   * `numberPrefixParser: false`. A parser of the site's own is taken for the default one.
   */
  numberPrefixes: boolean;
  versionPaths: Record<string, string>;
  /** Where tag pages go, under each version's path. */
  tagsBasePath: string;
  /** The `tags` option: a tags file name, false/null for none, undefined for `tags.yml` if present. */
  tagsFile: string | false | null | undefined;
  /** What Docusaurus does with a page's tag that the tags file does not define (`onInlineTags`). */
  onInlineTags: OnInlineTags;
  /** `generated-index` categories of the current version's sidebars file. */
  sidebarCategories: GeneratedIndexCategory[];
  /** The current version's sidebars (`defaultSidebar`, generated, without a sidebars file); undefined when its file could not be loaded. */
  sidebars: SidebarsOutline | undefined;
  /** `showLastUpdateTime` and `showLastUpdateAuthor`: what the plugin asks the VCS of a page whose `last_update` does not say it. */
  showLastUpdate: { time: boolean; author: boolean };
  /**
   * The instance's own remark plugins, whatever they do: the names they take away from its pages
   * are not undefined there (load/site-transforms.ts). Absent: none.
   */
  transforms?: { plugins: string[]; key: string };
}

export type { SidebarsOutline } from '../model/site.ts';

/** Where loading `file` stopped, as far as the error's stack says (`file:line[:column]`); line 1 otherwise. */
function errorPlace(error: unknown, file: string): { line: number; column: number } {
  for (const line of String((error as Error).stack ?? '').split('\n')) {
    const at = line.lastIndexOf(`${file}:`);
    const place = at === -1 ? undefined : /^(\d+)(?::(\d+))?/.exec(line.slice(at + file.length + 1));
    if (place) return { line: Number(place[1]), column: Math.max(1, Number(place[2] ?? 1)) };
  }
  return { line: 1, column: 1 };
}


/** The config's levels for links to nothing, when it sets them (SiteSettings); a hook written as a function counts as `throw`. */
function brokenLinkLevels(config: Record<string, any>): Pick<SiteSettings, 'onBrokenLinks' | 'onBrokenMarkdownLinks' | 'onBrokenMarkdownImages'> {
  const level = (value: unknown): ReportLevel | undefined => (typeof value === 'function' ? 'throw' : REPORT_LEVELS.includes(value as ReportLevel) ? (value as ReportLevel) : undefined);
  const hooks = config.markdown?.hooks ?? {};
  const levels = {
    onBrokenLinks: level(config.onBrokenLinks),
    // Docusaurus 3 takes the older top-level option over the hook.
    onBrokenMarkdownLinks: level(config.onBrokenMarkdownLinks) ?? level(hooks.onBrokenMarkdownLinks),
    onBrokenMarkdownImages: level(hooks.onBrokenMarkdownImages),
  };
  return Object.fromEntries(Object.entries(levels).filter(([, value]) => value !== undefined));
}

/** The redirects the config writes for plugin-client-redirects, when it has any. */
function redirectsField(config: Record<string, any>, text: string): Pick<SiteSettings, 'redirects'> {
  const redirects = redirectsOf(config, text);
  return redirects.length > 0 ? { redirects } : {};
}

function configWarningsField(config: Record<string, any>, text: string, { failures: pluginFailures, configRefused: refused }: PluginLifecycleResult, siteDir: string): Pick<SiteSettings, 'configWarnings'> {
  let declared: ReadonlySet<string> | undefined;
  const declaredOnce = () => (declared ??= declaredPackages(siteDir));
  const warnings = [...(refused === undefined ? [] : [configRefusal(refused, text)]), ...configDeprecations(config, text), ...defaultLocaleProblems(config, text, siteDir), ...prismLanguageProblems(config, text, siteDir), ...pluginFailures.map((failure) => pluginFailureWarning(failure, text, declaredOnce))];
  return warnings.length > 0 ? { configWarnings: warnings } : {};
}

/**
 * Docusaurus's validation refuses the config: at the key its message names
 * (`future.experimental_faster`), or at the nearest key above it that the config writes (`faster:
 * true` turns on `future.faster.ssgWorkerThreads`, written nowhere), or the top.
 */
function configRefusal(reason: string, text: string): ConfigWarning {
  // Docusaurus names a key in backquotes; Joi, for a plugin's options or the theme's config, in double quotes ("routeBase" is not allowed).
  const keys = (/`([\w.]+)`/.exec(reason) ?? /"([\w.]+)"/.exec(reason))?.[1]?.split('.').reverse() ?? [];
  // Written as a key (`faster: true`, `'faster':`) first; the deepest name anywhere else next.
  const asKey = keys.map((key) => text.search(new RegExp(`\\b${key}\\b['"]?\\s*:`))).find((offset) => offset >= 0);
  // No key named ("Bad navbar item type docsidebar"): the value it ends with, where the config writes it.
  const value = keys.length === 0 ? /([\w.-]+)\W*$/.exec(reason.split('\n')[0])?.[1] : undefined;
  const at = asKey ?? (keys.length > 0 ? text.search(new RegExp(`\\b${keys[0]}\\b`)) : value !== undefined ? text.search(new RegExp(`['"]${value.replace(/[.]/g, '\\.')}['"]`)) : -1);
  return {
    ...positionAt(text, Math.max(0, at)),
    severity: 'error',
    message: `Docusaurus refuses this config: ${reason.replace(/\s+/g, ' ')}`,
    hint: 'the build stops before it starts: mend the config as the message says',
  };
}

/**
 * The plugins that failed to load, each with why: the settings are loaded again until they load
 * (load/plugin-inputs.ts). Not those that took too long, which would hold every run as long.
 */
function failedToLoad({ failures }: PluginLifecycleResult): string[] {
  return failures.filter(({ timedOut }) => !timedOut).map(({ plugin, reason }) => `${plugin ?? 'the plugins'}: ${reason}`);
}

/**
 * A plugin whose routes the check could not learn, at its name in the config, or its
 * `plugins`/`themes` key: a warning; an error where its name resolves to nothing, which stops
 * the build before it starts.
 */
function pluginFailureWarning({ plugin, entry, reason, unresolved }: PluginLifecycleResult['failures'][number], text: string, declared: () => ReadonlySet<string>): ConfigWarning {
  const named = [entry, plugin].map((name) => (name === undefined ? -1 : text.indexOf(name)));
  const at = [...named, text.search(/\b(?:plugins|themes)\s*:/)].find((offset) => offset !== -1) ?? 0;
  if (unresolved && plugin !== undefined) {
    // Docusaurus stops at an entry it cannot resolve; one package.json names wants an install.
    const install = [plugin, `docusaurus-${unresolved}-${plugin}`, `@docusaurus/${unresolved}-${plugin}`].some((name) => declared().has(name));
    return {
      ...positionAt(text, at),
      ...(install ? {} : { severity: 'error' as const }),
      message: `Docusaurus cannot resolve the ${unresolved} "${plugin}", and the build stops before it starts`,
      hint: install
        ? 'package.json names it: install the site\'s dependencies with npm ci'
        : `install it (npm install ${plugin}), or fix its name; a ${unresolved} of the site's own is a path, such as ./src/${unresolved}s/my-${unresolved}`,
    };
  }
  return {
    ...positionAt(text, at),
    message: plugin === undefined
      ? `the check could not make the site's plugins as Docusaurus does (${reason}), so it does not know the routes they add: links to them are reported as broken`
      : `the check could not learn the routes the plugin ${plugin} adds (${reason}): links to them are reported as broken`,
    hint: 'the check runs the site\'s plugins as a production build does: `npm run build` shows the whole error; until the plugin loads, links to its pages cannot be told from broken ones',
  };
}

/**
 * The classic theme's `customCss`, from the classic preset's `theme` options or the theme's own
 * entry: each path as the theme resolves it (from the site's folder), where the config names it.
 */
function customCssField(config: Record<string, any>, text: string, siteDir: string): Pick<SiteSettings, 'customCss'> {
  const options = [
    ...(config.presets ?? []).filter((entry: unknown) => Array.isArray(entry) && /classic/.test(String(entry[0]))).map((entry: any[]) => entry[1]?.theme),
    ...(config.themes ?? []).filter((entry: unknown) => Array.isArray(entry) && /theme-classic|^classic$/.test(String(entry[0]))).map((entry: any[]) => entry[1]),
  ];
  const written = options.flatMap((option) => {
    const value = option?.customCss;
    return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string' && item !== '');
  });
  return written.length > 0 ? { customCss: placedFiles(written, 'customCss', text, siteDir) } : {};
}

/** The config's clientModules, paths Docusaurus resolves from the site's folder, and those of the site's own plugins. */
function clientModulesField(config: Record<string, any>, text: string, siteDir: string, ofPlugins: PluginLifecycleResult['clientModules'] = []): Pick<SiteSettings, 'clientModules'> {
  const written = (Array.isArray(config.clientModules) ? config.clientModules : []).filter((item: unknown): item is string => typeof item === 'string' && item !== '');
  // A plugin's own (getClientModules) are placed at the plugin's entry in the config.
  const pluginsAt = Math.max(0, text.search(/\bplugins\b/));
  const fromPlugins = ofPlugins.map(({ file, entry }) => ({ file: path.relative(siteDir, file).split(path.sep).join('/'), ...positionAt(text, [entry, path.basename(entry)].map((spelling) => text.indexOf(spelling)).find((offset) => offset >= 0) ?? pluginsAt) }));
  const all = [...placedFiles(written, 'clientModules', text, siteDir), ...fromPlugins];
  return all.length > 0 ? { clientModules: all } : {};
}

/**
 * Files a config names under `key`, each as a path from the site's folder (absolute outside it),
 * placed where the config writes it: its spelling, its name (a `require.resolve` of another
 * spelling), or the key.
 */
function placedFiles(written: string[], key: string, text: string, siteDir: string): Array<Position & { file: string }> {
  const keyAt = Math.max(0, text.search(new RegExp(`\\b${key}\\b`)));
  return [...new Set(written)].map((value) => {
    const absolute = path.resolve(siteDir, value);
    const relative = path.relative(siteDir, absolute).split(path.sep).join('/');
    const at = [value, path.basename(value)].map((spelling) => text.indexOf(spelling)).find((offset) => offset >= 0) ?? keyAt;
    return { file: relative.startsWith('../') || path.isAbsolute(relative) ? absolute : relative, ...positionAt(text, at) };
  });
}

/** The config's staticDirectories, where they are not the default: paths from the site's folder, as Docusaurus resolves each (model/static-folders.ts). */
function staticDirectoriesField(config: Record<string, any>, siteDir: string): Pick<SiteSettings, 'staticDirectories'> {
  if (!Array.isArray(config.staticDirectories) || !config.staticDirectories.every((item: unknown) => typeof item === 'string')) return {};
  const folders = (config.staticDirectories as string[]).map((folder) => path.relative(siteDir, path.resolve(siteDir, folder)).split(path.sep).join('/') || '.');
  return folders.length === 1 && folders[0] === 'static' ? {} : { staticDirectories: folders };
}

/** The locales other than the default one, when the config has any, and the default one (model/locales.ts). */
function localesField(config: Record<string, any>, siteDir: string, overrides: SettingOverrides): Pick<SiteSettings, 'locales' | 'defaultLocale'> {
  const site = { baseUrl: String(config.baseUrl ?? '/'), url: overrides.siteUrl ?? String(config.url ?? '') };
  const locales = otherLocalesOf(config.i18n, site, siteDir);
  const defaultLocale = defaultLocaleOf(config.i18n, site, siteDir);
  return { ...(locales.length > 0 ? { locales } : {}), ...(defaultLocale ? { defaultLocale } : {}) };
}

const withLayoutLinks = (layoutLinks: LayoutLink[]) => (layoutLinks.length > 0 ? { layoutLinks } : {});


export interface LoadedSettings {
  site: SiteSettings;
  docs: DocsPluginSettings;
  /**
   * The names versions.json lists, validated with the settings (the config's key covers the
   * file): a warm check need not load Docusaurus's validator (and lodash) again. Absent when
   * Docusaurus refuses them: the check reports that where it reads them.
   */
  versionNames?: string[];
  /**
   * Each released version's sidebars, read in the config's thread while the pages are read, and
   * judged by Docusaurus's validator on the main thread (withSidebarsVerdicts). For this run
   * only: the settings' key does not cover those files, so they are never cached with the
   * settings.
   */
  versionedSidebars?: Record<string, SidebarsOutline>;
  /** What Docusaurus refuses in the docs plugin's version options, in its words, at the option in the config (withVersionsOptionsVerdict). */
  versionsOptionsFailure?: { message: string; line: number; column: number };
  /** The site builds no default docs instance (`docs: false`): `docs` is then only Docusaurus's defaults, and no version of it is read. */
  noDefaultDocs?: true;
  /** The docs instances other than the default one that the check reads, each with its versions as the fields above give the default one's. */
  otherDocs?: OtherDocsInstance[];
}

/** A docs instance other than the default one (LoadedSettings.otherDocs); its versioned sidebars are in LoadedSettings.versionedSidebars, by their names in the model (`community:2.0`). */
export type OtherDocsInstance = { docs: DocsPluginSettings & { id: string } } & Pick<LoadedSettings, 'versionNames' | 'versionsOptionsFailure'>;

/** The settings of the docs instance a version belongs to (VersionLayout.instance: undefined for the default one). */
export function docsSettingsOf(settings: LoadedSettings, instance: string | undefined): DocsPluginSettings {
  return instance === undefined ? settings.docs : settings.otherDocs!.find(({ docs }) => docs.id === instance)!.docs;
}

export interface SettingOverrides {
  routeBasePath?: string;
  trailingSlash?: boolean;
  siteUrl?: string;
}

const CONFIG_FILES = ['docusaurus.config.ts', 'docusaurus.config.mts', 'docusaurus.config.js', 'docusaurus.config.mjs', 'docusaurus.config.cjs'];

export function findConfigFile(siteDir: string): string | undefined {
  return CONFIG_FILES.map((name) => path.join(siteDir, name)).find((file) => fs.existsSync(file));
}

/**
 * Load the settings in a worker thread: it has a module cache of its own, so a config edited
 * while `npm start` runs is read afresh, and whatever the config starts dies with the worker.
 * (A check that reads pages loads them in its page worker instead: load/load-site.ts.)
 */
export async function loadSettings(siteDir: string, overrides: SettingOverrides = {}): Promise<LoadedSettings> {
  await workersEnded();
  const worker = startWorker('load-settings', { siteDir, overrides });
  return settingsFrom(worker, overrides)
    .then(async ({ settings, configVerdict }) => withConfigVerdict(settings, await configVerdict))
    .finally(() => endWorker(worker));
}

/**
 * What a worker that loads the settings posts: them, or why it could not read them at all.
 * `configVerdictFollows`: Docusaurus's verdict on the config comes after, as a ConfigVerdictMessage.
 */
export type SettingsMessage = { settings: LoadedSettings; configVerdictFollows?: true } | { settingsFailure: string };
export type ConfigVerdictMessage = { configVerdict: ConfigVerdict };

const isSettingsMessage = (message: unknown): message is SettingsMessage =>
  typeof message === 'object' && message !== null && ('settings' in message || 'settingsFailure' in message);
const isConfigVerdictMessage = (message: unknown): message is ConfigVerdictMessage =>
  typeof message === 'object' && message !== null && 'configVerdict' in message;

/**
 * Read the settings in this thread, for a worker to post (readSettings, and its rare failure as
 * words). `verdict: 'later'`: when Docusaurus's verdict on the config can wait, the settings come
 * without it; `loadConfigJudge` loads Docusaurus's validators, and returns what asks them for
 * the verdict, to post next.
 */
export async function settingsMessage(siteDir: string, overrides: SettingOverrides, verdict: 'now' | 'later' = 'now'): Promise<{ message: SettingsMessage; loadConfigJudge?: () => () => ConfigVerdictMessage }> {
  try {
    const { settings, loadConfigJudge } = await readSettingsFirst(siteDir, overrides, 'later');
    if (!loadConfigJudge) return { message: { settings } };
    if (verdict === 'now') return { message: { settings: withConfigVerdict(settings, loadConfigJudge()()) } };
    return {
      message: { settings, configVerdictFollows: true },
      loadConfigJudge: () => {
        const judge = loadConfigJudge();
        return () => ({ configVerdict: judge() });
      },
    };
  } catch (error) {
    return { message: { settingsFailure: errorWords(error) } };
  }
}

/**
 * For a config that looked for a file by a relative path (`fs.readFileSync('./src/x.html')`) and
 * did not find it, while the check runs from another folder than the site's: Node reads such a
 * path from where the process started, as `docusaurus build` started there would.
 */
function startedElsewhere(siteDir: string, error: unknown): string {
  if ((error as NodeJS.ErrnoException)?.code !== 'ENOENT' || path.resolve(process.cwd()) === path.resolve(siteDir)) return '';
  return `; the check runs from ${process.cwd()}, where the config's relative paths are read: run it from the site's folder, as the build runs`;
}

/**
 * Why a config did not load, on one line: its error's message with its lines joined, cut at 300
 * characters. The first line alone can say nothing: a schema library's error (zod's) is JSON
 * whose first line is "[".
 */
export function errorWords(error: unknown): string {
  const words = String((error as Error)?.message ?? error).replace(/\s+/g, ' ').trim();
  return words.length > 300 ? `${words.slice(0, 299)}…` : words;
}

/** The settings, and Docusaurus's verdict on the config when it comes after them (null at once when it came with them). */
export interface SettingsArrival {
  settings: LoadedSettings;
  configVerdict: Promise<ConfigVerdict>;
}

/**
 * The settings `worker` loads and posts (SettingsMessage), with Docusaurus's verdicts on the
 * sidebars given here, on this thread (SidebarsVerdicts); Docusaurus's defaults, and a warning
 * why, when the worker fails or ends first.
 */
export function settingsFrom(worker: Worker, overrides: SettingOverrides): Promise<SettingsArrival> {
  return new Promise((resolve) => {
    let settleVerdict: ((verdict: ConfigVerdict) => void) | undefined;
    const configVerdict = new Promise<ConfigVerdict>((resolveVerdict) => {
      settleVerdict = resolveVerdict;
    });
    const stopListening = () => worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    const onMessage = (message: unknown) => {
      if (isConfigVerdictMessage(message)) {
        stopListening();
        settleVerdict!(message.configVerdict);
      }
      if (!isSettingsMessage(message)) return; // the worker's other messages (a page worker's)
      const follows = 'settings' in message && message.configVerdictFollows === true;
      if (!follows) {
        stopListening();
        settleVerdict!(null);
      }
      resolve({
        settings: 'settings' in message ? withSidebarsVerdicts(message.settings) : fallback(`could not load the config (${message.settingsFailure})`, overrides),
        configVerdict,
      });
    };
    // Before the settings: Docusaurus's defaults, and why. After them: the verdict is lost, and the report says so.
    const ended = (why: string) => {
      stopListening();
      resolve({ settings: fallback(`could not load the config (${why})`, overrides), configVerdict: Promise.resolve(null) });
      settleVerdict!(unaskedVerdict(why));
    };
    const onError = (error: Error) => ended(errorWords(error));
    const onExit = () => ended('its thread ended');
    worker.on('message', onMessage).once('error', onError).once('exit', onExit);
  });
}

/**
 * Docusaurus's verdict on the config, when the thread asking for it failed: a warning that says
 * so, kept with the settings as a verdict would be, until the config changes.
 */
function unaskedVerdict(why: string): ConfigVerdict {
  return {
    line: 1,
    column: 1,
    message: `the check could not ask Docusaurus's validators about this config (${why}): a mistake they would refuse may have gone unreported`,
    hint: '`npm run build` validates the config before it builds; `npm run check -- --no-cache` asks again',
  };
}

/** Read the settings from the config in this thread (see loadSettings). */
export async function readSettings(siteDir: string, overrides: SettingOverrides = {}, verdicts: SidebarsVerdicts = 'now'): Promise<LoadedSettings> {
  const { settings, loadConfigJudge } = await readSettingsFirst(siteDir, overrides, verdicts);
  return loadConfigJudge ? withConfigVerdict(settings, loadConfigJudge()()) : settings;
}

/**
 * Docusaurus's verdict on a config, as the check reports it: a warning (an error) at the key the
 * refusal names, or null when it accepts the config.
 */
export type ConfigVerdict = ConfigWarning | null;

/** The settings with Docusaurus's verdict on the config among their warnings, first. */
export function withConfigVerdict(settings: LoadedSettings, verdict: ConfigVerdict): LoadedSettings {
  if (!verdict) return settings;
  return { ...settings, site: { ...settings.site, configWarnings: [verdict, ...(settings.site.configWarnings ?? [])] } };
}

/**
 * The settings, and, for a site none of whose plugins must run (routesWithoutRuns), Docusaurus's
 * verdict on its config still to be asked: its validators take a third to half a second to load,
 * and nothing else in the settings depends on them, so a page worker posts the settings first,
 * loads the validators while the main thread goes on, and asks them after its pages
 * (load/page-records.worker.ts).
 */
async function readSettingsFirst(siteDir: string, overrides: SettingOverrides, verdicts: SidebarsVerdicts): Promise<{ settings: LoadedSettings; loadConfigJudge?: () => () => ConfigVerdict }> {
  const startedAt = Date.now(); // before the config or its plugins read any file (plugin-inputs.ts)
  const file = findConfigFile(siteDir);
  if (!file) return { settings: fallback(`no docusaurus.config file in ${siteDir}`, overrides) };
  let config: Record<string, any>;
  try {
    config = await configOf(file);
  } catch (error) {
    return { settings: fallback(`could not load ${path.basename(file)} (${errorWords(error)})${startedElsewhere(siteDir, error)}`, overrides) };
  }
  const docsOptions = docsOptionsOf(config);
  const syntax = syntaxOfContentPlugins(config, siteDir);
  loadedSyntax.set(siteDir, syntax);
  const configText = fs.readFileSync(file, 'utf8');
  const docs = await withSidebarsFile(docsPluginOptions(docsOptions, siteDir), docsOptions, siteDir, verdicts);
  const others = otherDocsEntries(config, syntax.docs);
  const otherDocs = await Promise.all(others.read.map(async ({ id, options }) => {
    const instance = await withSidebarsFile({ ...docsPluginOptions(options, siteDir), id, ...transformsField(syntax.docsTransforms?.[id]) }, options, siteDir, verdicts);
    return { docs: instance, ...withVersionsOptionsVerdict(siteDir, releasedVersions(siteDir, verdicts, id), instance, options, configText) };
  }));
  const released = withVersionsOptionsVerdict(siteDir, releasedVersions(siteDir, verdicts), docs, docsOptions, configText);
  // Every version's sidebars, by its name in the model, for this run only.
  const versionedSidebars = Object.assign({}, released.versionedSidebars, ...otherDocs.map((instance) => instance.versionedSidebars));
  // Last: Docusaurus validates a copy of the config, and the plugins may change what they are given.
  const { coreDir } = docusaurusPackages(siteDir);
  const routes = routesWithoutRuns(config, file, coreDir);
  const lifecycle: PluginLifecycleResult = routes ? { routes, failures: [] } : await pluginLifecycleRoutes(config, file, siteDir, coreDir);
  const loadConfigJudge = routes && coreDir ? () => {
    const judge = configVerdictLoaded(config, file, siteDir, coreDir);
    return () => {
      const refused = judge();
      return refused === undefined ? null : configRefusal(refused, configText);
    };
  } : undefined;
  const settings: LoadedSettings = {
    site: {
      url: overrides.siteUrl ?? String(config.url ?? ''),
      baseUrl: String(config.baseUrl ?? '/'),
      trailingSlash: overrides.trailingSlash ?? (typeof config.trailingSlash === 'boolean' ? config.trailingSlash : undefined),
      routeBasePath: overrides.routeBasePath ?? docs.routeBasePath,
      markdownFormat: ['md', 'mdx', 'detect'].includes(config.markdown?.format) ? config.markdown.format : 'mdx',
      foreignRoutePrefixes: [...foreignRoutePrefixes(config), ...others.unread],
      ...pagesPluginField(config, siteDir),
      ...blogsField(blogsOf(config, siteDir), syntax.blogs, syntax.blogTransforms),
      ...(mayAddLoaders(config, siteDir) ? { mayAddLoaders: true as const } : {}),
      ...customCssField(config, configText, siteDir),
      ...clientModulesField(config, configText, siteDir, lifecycle.clientModules),
      ...staticDirectoriesField(config, siteDir),
      ...mdx1CompatField(config),
      ...swcJsLoaderField(config),
      ...routeComponentsField(config),
      ...(config.markdown?.anchors?.maintainCase === true ? { anchorsMaintainCase: true as const } : {}),
      ...(datesFromGit(config.future?.experimental_vcs) ? { datesFromGit: true as const } : {}),
      onDuplicateRoutes: REPORT_LEVELS.includes(config.onDuplicateRoutes) ? config.onDuplicateRoutes : undefined,
      onBrokenAnchors: REPORT_LEVELS.includes(config.onBrokenAnchors) ? config.onBrokenAnchors : undefined,
      ...brokenLinkLevels(config),
      source: { kind: 'config', file: path.basename(file) },
      ...withLayoutLinks(layoutLinksOf(config, configText, siteDir)),
      ...(themeAsRendered(siteDir).keepsH1Ids() ? { h1Anchors: true as const } : {}),
      ...sidebarRenderingOf(config, docsOptions, siteDir),
      ...localesField(config, siteDir, overrides),
      ...redirectsField(config, configText),
      ...(lifecycle.routes.length > 0 ? { pluginRoutes: lifecycle.routes } : {}),
      ...pluginInputsField(lifecycle.watched ?? [], siteDir, failedToLoad(lifecycle), startedAt),
      ...configWarningsField(config, configText, lifecycle, siteDir),
      ...(syntax.docs ? { siteSyntax: summaryOf(syntax.docs) } : {}),
      ...(syntax.pages ? { pagesSyntax: summaryOf(syntax.pages) } : {}),
      ...(syntax.pagesTransforms ? { pagesTransforms: summaryOf(syntax.pagesTransforms) } : {}),
    },
    docs: { ...docs, routeBasePath: overrides.routeBasePath ?? docs.routeBasePath, ...transformsField(syntax.docsTransforms?.[DEFAULT_DOCS_ID]) },
    ...(docsOptions || !knowsEveryPreset(config) ? {} : { noDefaultDocs: true as const }),
    ...(otherDocs.length > 0 ? { otherDocs: otherDocs.map(({ versionedSidebars: _forThisRun, ...instance }) => instance) } : {}),
    ...released,
    ...(Object.keys(versionedSidebars).length > 0 ? { versionedSidebars } : {}),
  };
  return { settings, ...(loadConfigJudge ? { loadConfigJudge } : {}) };
}

/**
 * A docs instance's settings with its sidebars: its sidebars file's (loaded as Docusaurus loads
 * it), Docusaurus's one generated sidebar without a file, none with `sidebarPath: false`.
 */
async function withSidebarsFile<Docs extends DocsPluginSettings>(docs: Docs, options: Record<string, any> | undefined, siteDir: string, verdicts: SidebarsVerdicts): Promise<Docs> {
  const sidebarPath = options?.sidebarPath;
  if (sidebarPath === false) return { ...docs, sidebars: { names: [], autogeneratedDirs: [], docIds: [] } };
  if (typeof sidebarPath !== 'string') return { ...docs, sidebars: DEFAULT_SIDEBARS };
  const absolute = path.resolve(siteDir, sidebarPath);
  const file = path.relative(siteDir, absolute).split(path.sep).join('/');
  try {
    const loaded = await importModule(absolute);
    const sidebars = loaded?.default ?? loaded;
    return { ...docs, sidebarCategories: generatedIndexCategories(sidebars), sidebars: sidebarsOutline(sidebars, file, fs.readFileSync(absolute, 'utf8'), verdicts) };
  } catch (error) {
    // Docusaurus stops at a sidebars file it cannot load: so does the check (rules/sidebar.ts).
    return { ...docs, sidebars: unreadableSidebars(file, String((error as Error).message ?? error).split('\n')[0], errorPlace(error, absolute)) };
  }
}

/**
 * The docs instances other than the default one: those the check reads, and the base paths of
 * those it takes on trust. An instance whose remark plugins add syntax the default one's do not
 * is taken on trust: its pages would be read with another syntax than the site's.
 */
function otherDocsEntries(config: Record<string, any>, defaultSyntax: SiteSyntax | undefined): { read: DocsEntry[]; unread: string[] } {
  const read: DocsEntry[] = [];
  const unread: string[] = [];
  for (const entry of docsEntriesOf(config)) {
    if (entry.id === DEFAULT_DOCS_ID) continue;
    if (siteSyntaxOf(entry.options)?.key !== defaultSyntax?.key) unread.push(joinUrl(typeof entry.options.routeBasePath === 'string' ? entry.options.routeBasePath : 'docs'));
    else read.push(entry);
  }
  return { read, unread };
}

/** The id Docusaurus gives a plugin instance without one (its DEFAULT_PLUGIN_ID). */
const DEFAULT_DOCS_ID = 'default';

interface DocsEntry {
  id: string;
  options: Record<string, any>;
}

/** Every docs plugin instance of the config, the default one's among them, with its id. */
const docsEntriesOf = (config: Record<string, any>): DocsEntry[] => pluginEntries(config)
  .filter(([name]) => isDocsPlugin(name))
  .map(([, options]) => ({ id: typeof options.id === 'string' ? options.id : DEFAULT_DOCS_ID, options }));

/** A docs instance's transforms, as its settings keep them. */
const transformsField = (transforms: SiteTransforms | undefined): Pick<DocsPluginSettings, 'transforms'> => (transforms ? { transforms: summaryOf(transforms) } : {});

/**
 * Whether the check knows every plugin the config's presets add (the classic preset's): a preset
 * it does not know may add a docs or pages plugin of its own, whose defaults are then assumed.
 */
function knowsEveryPreset(config: Record<string, any>): boolean {
  return (config.presets ?? []).every((preset: unknown) => /classic/.test(String(Array.isArray(preset) ? preset[0] : preset)));
}

const isDocsPlugin = (name: string) => contentPluginOf(name) === 'docs';

/** The config file's object, as Docusaurus takes it: a default export, a function's result. */
async function configOf(file: string): Promise<Record<string, any>> {
  const imported = await importModule(file);
  let exported = imported.default ?? imported;
  if (exported && typeof exported === 'object' && 'default' in exported && !('url' in exported)) exported = exported.default;
  const config = typeof exported === 'function' ? await exported() : exported;
  if (!config || typeof config !== 'object') throw new Error('it exports no config object');
  return config;
}

/** The syntax each content plugin's own remark plugins add: the docs', the pages' and each blog's (by its folder). */
export interface ContentSyntax {
  docs?: SiteSyntax;
  pages?: SiteSyntax;
  /** By the blog's folder (BlogPluginSettings.path); absent when no blog has any. */
  blogs?: Record<string, SiteSyntax>;
  /**
   * Each docs instance's remark plugins, to run where they may take away names
   * (load/site-transforms.ts), by the instance's id (DEFAULT_DOCS_ID for the default one); absent
   * when no instance has any.
   */
  docsTransforms?: Record<string, SiteTransforms>;
  /** The same of each blog, by its folder; absent when no blog has any. */
  blogTransforms?: Record<string, SiteTransforms>;
  /** The same of the pages plugin, for the Markdown pages of src/pages. */
  pagesTransforms?: SiteTransforms;
}

function syntaxOfContentPlugins(config: Record<string, any>, siteDir: string): ContentSyntax {
  const entries = blogEntriesOf(config, siteDir);
  const blogs = entries.flatMap(({ blog, options }) => {
    const syntax = siteSyntaxOf(options);
    return syntax ? [[blog.path, syntax] as const] : [];
  });
  const blogTransforms = entries.flatMap(({ blog, options }) => {
    const transforms = siteTransformsOf(options);
    return transforms ? [[blog.path, transforms] as const] : [];
  });
  const docsOptions = docsOptionsOf(config);
  const docsTransforms = docsEntriesOf(config).flatMap(({ id, options }) => {
    const transforms = siteTransformsOf(options);
    return transforms ? [[id, transforms] as const] : [];
  });
  const pagesTransforms = siteTransformsOf(pagesOptionsOf(config));
  return {
    docs: siteSyntaxOf(docsOptions), pages: siteSyntaxOf(pagesOptionsOf(config)),
    ...(blogs.length > 0 ? { blogs: Object.fromEntries(blogs) } : {}),
    ...(docsTransforms.length > 0 ? { docsTransforms: Object.fromEntries(docsTransforms) } : {}),
    ...(blogTransforms.length > 0 ? { blogTransforms: Object.fromEntries(blogTransforms) } : {}),
    ...(pagesTransforms ? { pagesTransforms } : {}),
  };
}

/** The remark plugins of a docs instance (undefined: the default one), from what the config loaded. */
export const docsTransformsOf = ({ docsTransforms }: ContentSyntax, instance: string | undefined): SiteTransforms | undefined => docsTransforms?.[instance ?? DEFAULT_DOCS_ID];

/** Per site folder, the syntax this thread loaded with the config: its extensions are code, which the settings cannot carry. */
const loadedSyntax = new Map<string, ContentSyntax>();

/**
 * The syntax the site's remark plugins add (load/site-syntax.ts), for a thread that reads pages
 * with it: loaded with the config, here or by readSettings. Only asked when the settings say
 * the site has some (SiteSettings.siteSyntax, pagesSyntax). A config that no longer loads has
 * none here; the settings' own load says why.
 */
export async function loadSiteSyntax(siteDir: string): Promise<ContentSyntax> {
  let syntax = loadedSyntax.get(siteDir);
  if (!syntax) {
    const file = findConfigFile(siteDir);
    try {
      syntax = file ? syntaxOfContentPlugins(await configOf(file), siteDir) : {};
    } catch {
      syntax = {};
    }
    loadedSyntax.set(siteDir, syntax);
  }
  return syntax;
}

/**
 * The released versions, with Docusaurus's verdict on the docs plugin's version options
 * (`lastVersion`, `versions`, `onlyIncludeVersions`) when it refuses them: it stops the build as
 * it loads the plugin. Asked of its own validator (loaded to read versions.json anyway), once
 * with the settings: the settings' key covers the config and versions.json.
 */
function withVersionsOptionsVerdict(siteDir: string, released: Pick<LoadedSettings, 'versionNames' | 'versionedSidebars'>, docs: DocsPluginSettings, options: Record<string, any> | undefined, configText: string): Pick<LoadedSettings, 'versionNames' | 'versionedSidebars' | 'versionsOptionsFailure'> {
  // The docs plugin stops before it validates anything (its readVersionNames).
  if (docs.disableVersioning && released.versionNames?.length === 0 && !fs.existsSync(path.join(siteDir, 'versions.json'))) {
    const at = configText.search(/\bdisableVersioning\s*:/);
    return { ...released, versionsOptionsFailure: { message: 'Docs: using "disableVersioning: true" option on a non-versioned site does not make sense.', ...positionAt(configText, Math.max(0, at)) } };
  }
  // Without these options the validator has nothing to refuse: most sites, which then need not load it.
  if (!released.versionNames || !options || (options.lastVersion === undefined && options.versions === undefined && options.onlyIncludeVersions === undefined)) return released;
  const available = [...(docs.includeCurrentVersion ? ['current'] : []), ...(docs.disableVersioning ? [] : released.versionNames)];
  const { validateVersionsOptions } = requireDocsPluginFile<{ validateVersionsOptions(names: string[], options: unknown): void }>('@docusaurus/plugin-content-docs/lib/versions/validation.js');
  try {
    validateVersionsOptions(available, { lastVersion: options.lastVersion, versions: options.versions ?? {}, onlyIncludeVersions: options.onlyIncludeVersions });
    return released;
  } catch (error) {
    const message = String((error as Error).message ?? error);
    const key = ['lastVersion', 'onlyIncludeVersions', 'versions'].find((name) => message.includes(name)) ?? 'lastVersion';
    const at = configText.search(new RegExp(`\\b${key}\\s*:`));
    return { ...released, versionsOptionsFailure: { message, ...positionAt(configText, Math.max(0, at)) } };
  }
}

/** A docs instance's released versions' names when Docusaurus takes them, and those versions' sidebars by their names in the model (LoadedSettings). */
function releasedVersions(siteDir: string, verdicts: SidebarsVerdicts, instance?: string): Pick<LoadedSettings, 'versionNames' | 'versionedSidebars'> {
  let versionNames: string[];
  try {
    versionNames = readVersionNames(siteDir, { instance });
  } catch {
    return {};
  }
  return { versionNames, versionedSidebars: Object.fromEntries(versionNames.map((name) => [versionNameInModel(instance, name), versionedSidebarsOutline(siteDir, name, verdicts, instance)])) };
}

/**
 * Load a config (or sidebars file) as Docusaurus loads it: with jiti and the options of
 * Docusaurus's own `loadFreshModule` (@docusaurus/utils), so a file that builds is a file the
 * check reads. jiti keeps its transpiled files in a cache of its own, so a file seen before
 * loads quickly.
 */
async function importModule(file: string): Promise<any> {
  // jiti, and the config's imports (prism-react-renderer and its languages, React…), from code caches.
  return requireWithCodeCache(() => {
    // jiti's main module is the factory itself (its type declarations describe a default export).
    const createJiti = require('jiti') as typeof import('jiti').default;
    // jiti's own Babel transform, loaded when a file needs it: without a transform option, jiti
    // loads Babel on creation (0.05 to 0.1 s), though a file in its cache needs none.
    const transform: JITIOptions['transform'] = (options) => (require('jiti/dist/babel') as NonNullable<JITIOptions['transform']>)(options);
    return createJiti(__filename, { cache: true, requireCache: false, interopDefault: true, transform })(file);
  });
}

function fallback(reason: string, overrides: SettingOverrides): LoadedSettings {
  const routeBasePath = overrides.routeBasePath ?? 'docs';
  return {
    site: {
      url: overrides.siteUrl ?? '',
      baseUrl: '/',
      trailingSlash: overrides.trailingSlash,
      routeBasePath,
      markdownFormat: 'mdx',
      foreignRoutePrefixes: [],
      source: { kind: 'fallback', warning: `${reason}; using --route-base-path, --trailing-slash, --site-url or Docusaurus's defaults` },
    },
    docs: { ...defaultDocs(), routeBasePath },
  };
}

/** Docusaurus's sidebars without a sidebars file: `defaultSidebar`, generated from the folders. */
const DEFAULT_SIDEBARS: SidebarsOutline = { names: ['defaultSidebar'], autogeneratedDirs: ['.'], docIds: [] };

/** The docs plugin's options when a site sets none. */
export function defaultDocs(): DocsPluginSettings {
  return {
    // include: the docs plugin's default, which its options module keeps behind its Joi schema.
    path: 'docs', include: ['**/*.{md,mdx}'], exclude: [...GlobExcludeDefault], routeBasePath: 'docs', lastVersion: undefined, includeCurrentVersion: true, onlyIncludeVersions: undefined, disableVersioning: false, numberPrefixes: true, versionPaths: {},
    tagsBasePath: 'tags', tagsFile: undefined, onInlineTags: 'warn', sidebarCategories: [], sidebars: DEFAULT_SIDEBARS, showLastUpdate: { time: false, author: false },
  };
}

/** A plugin's `path` option as the folder it names, relative to the site's folder, with `/`. */
function siteRelative(siteDir: string, folder: string): string {
  return path.relative(siteDir, path.resolve(siteDir, folder)).split(path.sep).join('/');
}

/** The default docs plugin's options as written, from a preset or a plugin entry. */
function docsOptionsOf(config: Record<string, any>): Record<string, any> | undefined {
  return pluginEntries(config).find(([name, options]) => isDocsPlugin(name) && (options.id ?? 'default') === 'default')?.[1];
}

/** A docs plugin instance's settings the check needs, from its options as written. */
function docsPluginOptions(options: Record<string, any> | undefined, siteDir: string): DocsPluginSettings {
  const settings = defaultDocs();
  if (!options) return settings;
  const versions = (options.versions ?? {}) as Record<string, { path?: string }>;
  return {
    // As the plugin resolves it from the site's folder: './pnpr-docs' is the folder pnpr-docs.
    path: typeof options.path === 'string' ? siteRelative(siteDir, options.path) : settings.path,
    include: isStringList(options.include) ? options.include : settings.include,
    exclude: isStringList(options.exclude) ? options.exclude : settings.exclude,
    routeBasePath: typeof options.routeBasePath === 'string' ? options.routeBasePath : settings.routeBasePath,
    lastVersion: typeof options.lastVersion === 'string' ? options.lastVersion : undefined,
    includeCurrentVersion: options.includeCurrentVersion !== false,
    onlyIncludeVersions: Array.isArray(options.onlyIncludeVersions) ? options.onlyIncludeVersions : undefined,
    disableVersioning: options.disableVersioning === true,
    numberPrefixes: options.numberPrefixParser !== false,
    versionPaths: Object.fromEntries(
      Object.entries(versions).filter(([, value]) => typeof value?.path === 'string').map(([name, value]) => [name, value.path as string]),
    ),
    tagsBasePath: typeof options.tagsBasePath === 'string' ? options.tagsBasePath : settings.tagsBasePath,
    tagsFile: typeof options.tags === 'string' || options.tags === false || options.tags === null ? options.tags : undefined,
    onInlineTags: ON_INLINE_TAGS.includes(options.onInlineTags as OnInlineTags) ? options.onInlineTags as OnInlineTags : settings.onInlineTags,
    sidebarCategories: [],
    sidebars: DEFAULT_SIDEBARS,
    showLastUpdate: { time: options.showLastUpdateTime === true, author: options.showLastUpdateAuthor === true },
  };
}

/** The default pages plugin's options as written, from a preset or a plugin entry. */
function pagesOptionsOf(config: Record<string, any>): Record<string, any> | undefined {
  return pluginEntries(config).find(([name, options]) => contentPluginOf(name) === 'pages' && (options.id ?? 'default') === 'default')?.[1];
}

/**
 * The pages plugin's options (its default instance), when they are not its defaults: `false`
 * when the site surely has none (`pages: false` in the classic preset, or no preset and no
 * plugin entry). A preset the check does not know may add one: its defaults are assumed, so
 * that links to src/pages are never refused on a guess. An option of the wrong type stops the
 * build at the plugin's own validation; the check then reads the default.
 */
function pagesPluginField(config: Record<string, any>, siteDir: string): Pick<SiteSettings, 'pagesPlugin'> {
  const options = pagesOptionsOf(config);
  if (!options) return knowsEveryPreset(config) ? { pagesPlugin: false } : {};
  const folder = typeof options.path === 'string' ? siteRelative(siteDir, options.path) : DEFAULT_PAGES_PLUGIN.path;
  const plugin: PagesPluginSettings = {
    path: folder,
    routeBasePath: typeof options.routeBasePath === 'string' ? options.routeBasePath : DEFAULT_PAGES_PLUGIN.routeBasePath,
    include: isStringList(options.include) ? options.include : DEFAULT_PAGES_PLUGIN.include,
    exclude: isStringList(options.exclude) ? options.exclude : DEFAULT_PAGES_PLUGIN.exclude,
    ...(options.showLastUpdateTime === true || options.showLastUpdateAuthor === true ? { showLastUpdate: { time: options.showLastUpdateTime === true, author: options.showLastUpdateAuthor === true } } : {}),
  };
  return JSON.stringify(plugin) === JSON.stringify(DEFAULT_PAGES_PLUGIN) ? {} : { pagesPlugin: plugin };
}

/** The blogs, each with a summary of the syntax its own remark plugins add (the syntax itself is code: loadSiteSyntax). */
function blogsField(blogs: BlogPluginSettings[], syntax: ContentSyntax['blogs'], transforms: ContentSyntax['blogTransforms']): Pick<SiteSettings, 'blogs'> {
  if (blogs.length === 0) return {};
  return {
    blogs: blogs.map((blog) => ({
      ...blog,
      ...(syntax?.[blog.path] ? { syntax: summaryOf(syntax[blog.path]) } : {}),
      ...(transforms?.[blog.path] ? { transforms: summaryOf(transforms[blog.path]) } : {}),
    })),
  };
}

/** Whether `future.experimental_vcs` is one that asks git (unset and `true` are: the default presets use git in a production build). */
function datesFromGit(vcs: unknown): boolean {
  return vcs === undefined || vcs === true || (typeof vcs === 'string' && ['default-v1', 'default-v2', 'git-ad-hoc', 'git-eager'].includes(vcs));
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * A fingerprint of everything the settings depend on: the config file, the local files it
 * imports (followed recursively: config-files.ts), the environment variables they read,
 * every docs instance's versions file and the flags. Equal fingerprints mean the config need not
 * be loaded again.
 */
export function settingsFingerprint(siteDir: string, overrides: SettingOverrides): string {
  const configFile = findConfigFile(siteDir);
  const parts: string[] = [JSON.stringify(overrides)];
  const envNames = new Set<string>();
  for (const [file, { hash, env }] of configFile ? configFiles(configFile) : []) {
    parts.push(file, hash);
    for (const name of env) envNames.add(name);
  }
  // The default docs instance's versions.json, and another instance's (`community_versions.json`).
  for (const name of fs.readdirSync(siteDir).filter((entry) => entry.endsWith('versions.json')).sort()) {
    const versionsFile = path.join(siteDir, name);
    if (fs.statSync(versionsFile).isFile()) parts.push(name, fs.readFileSync(versionsFile, 'utf8'));
  }
  // Which theme components the site replaces decides what the check knows of the pages they render.
  parts.push('\0theme', themeComponentsFingerprint(siteDir));
  // The trace's own variables change on every traced run and never change the settings.
  for (const name of [...envNames].sort()) if (!name.startsWith('FAQ_CHECK_TRACE')) parts.push(`${name}=${process.env[name] ?? ''}`);
  return parts.join('\0');
}

