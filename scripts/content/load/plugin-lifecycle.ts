/**
 * The routes that a site's other plugins and themes add (a search page, an API reference, a
 * plugin index), learned as Docusaurus learns them: each plugin is made with Docusaurus's own
 * code (presets, module names, option validation, the plugin's constructor) and run through its
 * `loadContent`, `contentLoaded` and `allContentLoaded`, whose `actions.addRoute` Docusaurus's own
 * action utilities record. The content plugins (docs, blog, pages) are left out: the check models
 * their routes from the pages, which is the point of not building. So are the other
 * `@docusaurus/*` packages that add no route (plugin-lifecycle.test.ts checks that claim against
 * the installed packages), and the search plugins whose one page the check models
 * (plugin-models.ts). The paths the plugins run say they read go with their routes
 * (plugin-inputs.ts), so that a change to one runs them again.
 *
 * It runs only when the settings are loaded (a new config, or no cache), as a production build
 * would: NODE_ENV is `production` meanwhile, so a plugin that stays out of builds stays out here.
 * A plugin that fails, or takes too long, leaves its routes unknown: a warning names it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Module, { createRequire } from 'node:module';
import type { PluginRoute } from '../model/site.ts';
import { pluginRoutesOf, type AddedRoute } from '../model/plugin-route-match.ts';
import { trace } from './trace.ts';
import { configJudge } from './config-validation.ts';
import { requireWithCodeCache } from '../../module-code-cache.ts';
import { watchedPaths } from './plugin-inputs.ts';
import { mechanismOff } from '../../mechanisms.ts';
import { isModeledPackage, modeledRoutes } from './plugin-models.ts';

/**
 * The packages of Docusaurus's own that add routes: the content plugins, whose routes the check
 * reads from the pages; the Algolia theme, whose one search page it models (plugin-models.ts);
 * and the debug plugin, which it runs.
 */
export const OWN_PACKAGES_WITH_ROUTES = new Set(['@docusaurus/plugin-debug', '@docusaurus/theme-search-algolia']);
const RUN_OWN_PACKAGES = new Set(['@docusaurus/plugin-debug']);

/** How long the plugins may take, all together: one that waits on the network must not hold the check. */
const TIME_LIMIT_MS = 20_000;

export interface PluginLifecycleResult {
  routes: PluginRoute[];
  /**
   * Plugins whose routes stay unknown, each with its entry in the config and why; without
   * `plugin`, none could be made. `timedOut`: they took longer than the time limit.
   * `unresolved`: no module answers to the entry's name, and the build stops before it starts.
   */
  failures: Array<{ plugin?: string; entry?: string; reason: string; timedOut?: true; unresolved?: 'preset' | 'plugin' | 'theme' }>;
  /** Why Docusaurus's own validation refuses the config: the build stops before it starts. */
  configRefused?: string;
  /** The paths the plugins run say they read (plugin-inputs.ts), relative to the site. */
  watched?: string[];
  /**
   * The client modules those plugins give every page (`getClientModules`), absolute, as
   * Docusaurus resolves them (from the plugin's folder), each with the plugin's entry; only the
   * site's own files (a local plugin's), not a package's.
   */
  clientModules?: Array<{ file: string; entry: string }>;
}

type PluginConfig = unknown;
/** A plugin as Docusaurus made it, with how the config names its entry (`entry`). */
type LoadedPlugin = { name: string; entry: string; path: string; options: { id: string }; getClientModules?: () => unknown; getPathsToWatch?: () => unknown; loadContent?: () => unknown; contentLoaded?: (args: unknown) => unknown; allContentLoaded?: (args: unknown) => unknown };

/**
 * Run the lifecycle of the config's plugins that the check does not model, and return the routes
 * they add (without the baseUrl). `config` is the config as loaded, `configFile` its path.
 */
export async function pluginLifecycleRoutes(config: Record<string, any>, configFile: string, siteDir: string, coreDir: string | undefined): Promise<PluginLifecycleResult> {
  if (!coreDir) return { routes: [], failures: [] };
  const { packages, unsure } = packagesOfEntries(config, configFile, coreDir);
  let modeled = modeledRoutes(packages, config);
  // Docusaurus validates the config, and the options of the plugins the check models, before anything runs.
  const refused = configVerdict(config, configFile, siteDir, coreDir);
  if (refused !== undefined) return { routes: modeled, failures: [], configRefused: refused };
  // Most sites have no plugin to run: they need not load Docusaurus's plugin machinery (a third of a second).
  if (!mustRunPlugins({ packages, unsure })) return { routes: modeled, failures: [] };
  trace('running the plugins the check does not model');
  // Docusaurus's modules from V8 code caches, as the config's imports (module-code-cache.ts).
  const core = requireWithCodeCache(() => docusaurusCore(coreDir));
  const restoreBabel = babelOnDemand(coreDir);
  const restore = quietProductionRun();
  const generatedFilesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-check-plugins-'));
  const failures: PluginLifecycleResult['failures'] = [];
  try {
    let context: Awaited<ReturnType<DocusaurusCore['contextOf']>>;
    try {
      context = await core.contextOf(config, configFile, siteDir, generatedFilesDir);
    } catch (error) {
      return { routes: modeled, failures, configRefused: reasonOf(error, '\n\n') };
    }
    const siteRequire = createRequire(configFile);
    // Docusaurus's own presets as packagesOfEntries called them (plain CommonJS, loaded already);
    // another author's through Docusaurus's loader, which also reads ESM and TypeScript.
    const preset = unsure ? await core.loadPresets(context) : docusaurusPresetsEntries(context, siteRequire, coreDir);
    const written = [...preset.plugins.map((entry) => [entry, 'plugin'] as const), ...preset.themes.map((entry) => [entry, 'theme'] as const), ...context.siteConfig.plugins.map((entry: PluginConfig) => [entry, 'plugin'] as const), ...context.siteConfig.themes.map((entry: PluginConfig) => [entry, 'theme'] as const)];
    // Each entry resolved on its own: a name that resolves to nothing is that entry's failure, not all of them.
    const entries = written.filter(([entry]) => Boolean(entry)).flatMap(([entry, type]) => {
      try {
        return [core.normalizeShorthand(entry, siteRequire, type)];
      } catch (error) {
        failures.push({ plugin: entryName(entry), entry: entryName(entry), reason: reasonOf(error), unresolved: type });
        return [];
      }
    });
    // A preset of another author's may turn on a plugin the check models.
    modeled = modeledRoutes(new Set([...packages, ...entries.map((entry) => packageOfEntry(entry, siteRequire))]), config);
    const unmodeled = entries.filter((entry) => !isModeled(entry, siteRequire));
    if (unmodeled.length === 0) return { routes: modeled, failures };
    // Docusaurus's own loading and making of plugins, one entry at a time (its presets already
    // expanded), so one that fails leaves the others' routes known.
    const made = await Promise.all(unmodeled.map(async (entry) => {
      const only = { ...context, siteConfig: { ...context.siteConfig, presets: [], plugins: [entry], themes: [] } };
      try {
        return (await core.initPluginsConfigs(only, await core.loadPluginConfigs(only))).flatMap(({ plugin }) => (plugin ? [{ ...plugin, entry: entryName(entry) }] : []));
      } catch (error) {
        failures.push({ plugin: entryName(entry), entry: entryName(entry), reason: reasonOf(error) });
        return [];
      }
    }));
    const plugins = made.flat();
    const added = await withinTimeLimit(runLifecycle(core, plugins, generatedFilesDir, context.siteConfig, failures), plugins, failures);
    trace(`plugins run: ${plugins.map(({ name }) => name).join(', ')}`);
    const clientModules = siteClientModules(plugins, siteDir);
    return { routes: [...modeled, ...pluginRoutesOf(added, context.siteConfig.baseUrl)], failures, watched: watchedPaths(plugins, siteDir), ...(clientModules.length > 0 ? { clientModules } : {}) };
  } catch (error) {
    // A preset Docusaurus cannot load or run; or resolve, which stops the build before it starts.
    const unresolved = /unable to resolve the "([^"]+)" (preset|plugin|theme)\b/.exec(String((error as Error)?.message));
    failures.push(unresolved ? { plugin: unresolved[1], entry: unresolved[1], reason: reasonOf(error), unresolved: unresolved[2] as 'preset' | 'plugin' | 'theme' } : { reason: reasonOf(error) });
    return { routes: modeled, failures };
  } finally {
    restore();
    restoreBabel();
    fs.rmSync(generatedFilesDir, { recursive: true, force: true });
  }
}

/** The client modules of the plugins, as core's loadClientModules resolves them, that are the site's own files. */
function siteClientModules(plugins: LoadedPlugin[], siteDir: string): Array<{ file: string; entry: string }> {
  return plugins.flatMap((plugin) => {
    let modules: unknown;
    try {
      modules = plugin.getClientModules?.();
    } catch {
      return []; // the build says why
    }
    if (!Array.isArray(modules)) return [];
    return modules.filter((module): module is string => typeof module === 'string')
      .map((module) => path.resolve(plugin.path, module))
      .filter((file) => file.startsWith(siteDir + path.sep) && !file.split(path.sep).includes('node_modules'))
      .map((file) => ({ file, entry: plugin.entry }));
  });
}

/** loadContent and contentLoaded of each plugin, then allContentLoaded, as Docusaurus's loadPlugins runs them. */
async function runLifecycle(core: DocusaurusCore, plugins: LoadedPlugin[], generatedFilesDir: string, siteConfig: Record<string, any>, failures: PluginLifecycleResult['failures']): Promise<AddedRoute[]> {
  const added: AddedRoute[] = [];
  const actionsOf = async (plugin: LoadedPlugin) => core.createPluginActionsUtils({ plugin, generatedFilesDir, baseUrl: siteConfig.baseUrl, trailingSlash: siteConfig.trailingSlash });
  const failed = new Set<LoadedPlugin>();
  const loaded = await Promise.all(plugins.map(async (plugin) => {
    try {
      const content = await plugin.loadContent?.();
      if (plugin.contentLoaded) {
        const utils = await actionsOf(plugin);
        await plugin.contentLoaded({ content, actions: utils.getActions() });
        added.push(...utils.getRoutes().map((route) => ({ plugin: plugin.name, route })));
      }
      return { ...plugin, content };
    } catch (error) {
      failed.add(plugin);
      failures.push({ plugin: plugin.name, entry: plugin.entry, reason: reasonOf(error) });
      return { ...plugin, content: undefined };
    }
  }));
  // The other plugins' content is not loaded: a plugin that needs it fails, and says so.
  const allContent = core.aggregateAllContent(loaded);
  await Promise.all(plugins.filter((plugin) => plugin.allContentLoaded && !failed.has(plugin)).map(async (plugin) => {
    try {
      const utils = await actionsOf(plugin);
      await plugin.allContentLoaded!({ allContent, actions: utils.getActions() });
      added.push(...utils.getRoutes().map((route) => ({ plugin: plugin.name, route })));
    } catch (error) {
      failures.push({ plugin: plugin.name, entry: plugin.entry, reason: reasonOf(error) });
    }
  }));
  return added;
}

async function withinTimeLimit(run: Promise<AddedRoute[]>, plugins: LoadedPlugin[], failures: PluginLifecycleResult['failures']): Promise<AddedRoute[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), TIME_LIMIT_MS);
    timer.unref();
  });
  try {
    const result = await Promise.race([run, late]);
    if (result !== 'late') return result;
    failures.push({ plugin: plugins.map(({ name }) => name).join(', '), reason: `their content took longer than ${TIME_LIMIT_MS / 1000} s to load`, timedOut: true });
    return [];
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The routes of a site none of whose plugins needs running (most sites): the plugins the check
 * models add them, whatever Docusaurus's verdict on the config (configVerdict), which can then
 * wait. Undefined when a plugin must run: only on a config Docusaurus accepts.
 */
export function routesWithoutRuns(config: Record<string, any>, configFile: string, coreDir: string | undefined): PluginRoute[] | undefined {
  if (!coreDir) return [];
  const known = packagesOfEntries(config, configFile, coreDir);
  return mustRunPlugins(known) ? undefined : modeledRoutes(known.packages, config);
}

/** Whether some plugin of the config must run for its routes: one the check neither models nor knows to add none, or a preset it cannot ask. */
const mustRunPlugins = ({ packages, unsure }: ConfigPackages): boolean => unsure || [...packages].some((name) => needsRunning(name));

/** Why Docusaurus's own validators refuse the config (config-validation.ts), or undefined; quietly, as in a production build. */
export function configVerdict(config: Record<string, any>, configFile: string, siteDir: string, coreDir: string): string | undefined {
  return configVerdictLoaded(config, configFile, siteDir, coreDir)();
}

/** configVerdict in two steps: its validators loaded now, asked when the returned function is called. */
export function configVerdictLoaded(config: Record<string, any>, configFile: string, siteDir: string, coreDir: string): () => string | undefined {
  const judge = quietly(() => configJudge(config, configFile, siteDir, coreDir));
  return () => quietly(judge);
}

function quietly<T>(work: () => T): T {
  const restoreConsole = quietProductionRun();
  try {
    return work();
  } finally {
    restoreConsole();
  }
}

/**
 * The packages of the config's plugins and themes, Docusaurus's presets asked which they turn on
 * by calling them as Docusaurus does (preset-classic adds the Algolia theme, or the debug
 * plugin, only when asked to); a file of the site's own, or a function, counts as none
 * (undefined). `unsure`: a preset other than Docusaurus's own, or an entry that does not resolve.
 */
export function packagesOfEntries(config: Record<string, any>, configFile: string, coreDir: string): ConfigPackages {
  // One config is asked twice when its plugins must run (routesWithoutRuns, then pluginLifecycleRoutes).
  let known = packagesOfConfig.get(config);
  if (!known) packagesOfConfig.set(config, (known = presetsAsked(config, configFile, coreDir)));
  return known;
}

type ConfigPackages = { packages: Set<string | undefined>; unsure: boolean };
const packagesOfConfig = new WeakMap<Record<string, any>, ConfigPackages>();

function presetsAsked(config: Record<string, any>, configFile: string, coreDir: string): ConfigPackages {
  const { resolveModuleName } = require(path.join(coreDir, 'lib', 'server', 'plugins', 'moduleShorthand.js')) as { resolveModuleName(name: string, require: NodeRequire, type: string): string };
  const siteRequire = createRequire(configFile);
  const entries: Array<[PluginConfig, 'plugin' | 'theme']> = [...(config.plugins ?? []).map((entry: PluginConfig) => [entry, 'plugin']), ...(config.themes ?? []).map((entry: PluginConfig) => [entry, 'theme'])];
  const packages = new Set<string | undefined>();
  try {
    const presets = (config.presets ?? []).filter(Boolean).map((preset: PluginConfig) => presetOf(preset, siteRequire, resolveModuleName));
    if (presets.some(({ file }: Preset) => !packageNameOf(file)?.startsWith('@docusaurus/'))) return { packages, unsure: true };
    // The config with Docusaurus's defaults where its presets read it (classic: `future.v4`).
    const siteConfig = { ...config, themeConfig: config.themeConfig ?? {}, future: { ...config.future, v4: config.future?.v4 ?? {} } };
    const { plugins, themes } = asInProduction(() => presetsEntries(presets, { siteConfig, siteConfigPath: configFile }));
    entries.push(...plugins.map((entry): [PluginConfig, 'plugin'] => [entry, 'plugin']), ...themes.map((entry): [PluginConfig, 'theme'] => [entry, 'theme']));
    for (const [entry, type] of entries) {
      if (!entry) continue;
      const specifier = specifierOf(entry);
      packages.add(specifier === undefined ? undefined : packageNameOf(siteRequire.resolve(resolveModuleName(specifier, siteRequire, type))));
    }
    return { packages, unsure: false };
  } catch {
    return { packages, unsure: true }; // Docusaurus will say what is wrong
  }
}

/** A preset entry: its module's file and its options. */
type Preset = { file: string; options: object };

function presetOf(entry: PluginConfig, siteRequire: NodeRequire, resolveModuleName: (name: string, require: NodeRequire, type: string) => string): Preset {
  const [name, options] = Array.isArray(entry) ? entry : [entry, {}];
  return { file: siteRequire.resolve(resolveModuleName(name, siteRequire, 'preset')), options: options ?? {} };
}

/** The plugins and themes these presets turn on, each preset function called as Docusaurus's loadPresets calls it, with `context`. */
function presetsEntries(presets: Preset[], context: object): { plugins: PluginConfig[]; themes: PluginConfig[] } {
  const made = presets.map(({ file, options }) => {
    const presetModule = require(file) as { default?: PresetFunction } & PresetFunction;
    return (presetModule.default ?? presetModule)(context, options);
  });
  return { plugins: made.flatMap(({ plugins }) => plugins ?? []), themes: made.flatMap(({ themes }) => themes ?? []) };
}

/** presetsEntries of the config's presets, all Docusaurus's own (packagesOfEntries was sure), with the context Docusaurus makes. */
function docusaurusPresetsEntries(context: { siteConfig: Record<string, any> }, siteRequire: NodeRequire, coreDir: string): { plugins: PluginConfig[]; themes: PluginConfig[] } {
  const { resolveModuleName } = require(path.join(coreDir, 'lib', 'server', 'plugins', 'moduleShorthand.js')) as { resolveModuleName(name: string, require: NodeRequire, type: string): string };
  return presetsEntries(context.siteConfig.presets.filter(Boolean).map((preset: PluginConfig) => presetOf(preset, siteRequire, resolveModuleName)), context);
}

/** `run()` with NODE_ENV as in a production build (a preset reads it to leave the debug plugin out). */
function asInProduction<T>(run: () => T): T {
  const restore = productionEnv();
  try {
    return run();
  } finally {
    restore();
  }
}

/** NODE_ENV as a production build sets it; returns what puts it back. */
function productionEnv(): () => void {
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  return () => {
    if (env === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env;
  };
}

/** The module an entry names (`'name'` or `['name', options]`); undefined for a function of the config's own. */
function specifierOf(entry: PluginConfig): string | undefined {
  const first = Array.isArray(entry) ? entry[0] : entry;
  return typeof first === 'string' ? first : undefined;
}

type PresetFunction = (context: object, options: object) => { plugins?: PluginConfig[]; themes?: PluginConfig[] };

/** How a plugin entry is written: its module's name, or a function of the config's own. */
function entryName(entry: PluginConfig): string {
  const specifier = specifierOf(entry);
  if (specifier !== undefined) return path.isAbsolute(specifier) ? packageNameOf(specifier) ?? specifier : specifier;
  const plugin = Array.isArray(entry) ? entry[0] : entry;
  return typeof plugin === 'function' && plugin.name ? `${plugin.name} (a function of the config)` : 'a function of the config';
}

/** Whether the check models the routes of a plugin entry, or knows it adds none: Docusaurus's own packages but for those that add routes, and MODELED_PACKAGES. */
function isModeled(entry: PluginConfig, siteRequire: NodeRequire): boolean {
  const name = packageOfEntry(entry, siteRequire);
  return name !== undefined && !needsRunning(name);
}

/** The package whose module a (normalized) entry names; undefined for the site's own file or function, or a module that does not resolve (Docusaurus says what is missing). */
function packageOfEntry(entry: PluginConfig, siteRequire: NodeRequire): string | undefined {
  const specifier = specifierOf(entry);
  if (specifier === undefined) return undefined;
  try {
    return packageNameOf(siteRequire.resolve(specifier));
  } catch {
    return undefined;
  }
}

/** Whether the check runs a plugin of this package (undefined: a file of the site's own) to learn its routes. */
const needsRunning = (name: string | undefined): boolean => name === undefined || RUN_OWN_PACKAGES.has(name) || !(name.startsWith('@docusaurus/') || isModeledPackage(name));

/** The package a resolved file belongs to (its last node_modules folder), or undefined for a file of the site's. */
export function packageNameOf(file: string): string | undefined {
  const parts = file.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at === -1 || at + 1 >= parts.length) return undefined;
  return parts[at + 1].startsWith('@') ? parts.slice(at + 1, at + 3).join('/') : parts[at + 1];
}

/**
 * Docusaurus loads each plugin and preset module with a new jiti (loadFreshModule), and jiti
 * loads its Babel transform when it is made (0.09 s), though a CommonJS module, or one in
 * jiti's cache, needs none. While the plugins are made, that transform is a stand-in that loads
 * Babel on its first call: the same transform, loaded only if a module needs it. Returns what
 * takes the stand-in away. FAQ_CHECK_WITHOUT=lazy-babel leaves Babel to load as usual.
 */
function babelOnDemand(coreDir: string): () => void {
  if (mechanismOff('lazy-babel')) return () => {};
  let file: string;
  let utilsRequire: NodeRequire;
  try {
    utilsRequire = createRequire(createRequire(path.join(coreDir, 'package.json')).resolve('@docusaurus/utils'));
    file = utilsRequire.resolve('jiti/dist/babel');
  } catch {
    return () => {}; // another layout: Docusaurus loads Babel as usual
  }
  if (require.cache[file]) return () => {};
  const standIn = new Module(file);
  standIn.filename = file;
  standIn.loaded = true;
  standIn.exports = (options: unknown) => {
    if (require.cache[file] === standIn) delete require.cache[file];
    return (utilsRequire(file) as (options: unknown) => unknown)(options);
  };
  require.cache[file] = standIn;
  return () => {
    if (require.cache[file] === standIn) delete require.cache[file];
  };
}

/** An error's message up to its first line break (or `end`): Docusaurus's own messages go on with advice for its own command line. */
const reasonOf = (error: unknown, end = '\n') => String((error as Error)?.message ?? error).split(end)[0].trim();

/**
 * NODE_ENV as in a production build, and the plugins' and Docusaurus's logs kept out of the
 * check's output (a config warning Docusaurus prints is the check's to report, in its words).
 */
function quietProductionRun(): () => void {
  const restoreEnv = productionEnv();
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  const quiet = () => {};
  Object.assign(console, { log: quiet, info: quiet, warn: quiet, error: quiet });
  return () => {
    restoreEnv();
    Object.assign(console, saved);
  };
}

interface DocusaurusCore {
  contextOf(config: Record<string, any>, configFile: string, siteDir: string, generatedFilesDir: string): Promise<Record<string, any> & { siteConfig: Record<string, any> }>;
  loadPresets(context: unknown): Promise<{ plugins: PluginConfig[]; themes: PluginConfig[] }>;
  normalizeShorthand(entry: PluginConfig, siteRequire: NodeRequire, type: 'plugin' | 'theme'): PluginConfig;
  loadPluginConfigs(context: unknown): Promise<unknown[]>;
  initPluginsConfigs(context: unknown, configs: unknown[]): Promise<Array<{ plugin: LoadedPlugin | null }>>;
  createPluginActionsUtils(args: { plugin: LoadedPlugin; generatedFilesDir: string; baseUrl: string; trailingSlash: boolean | undefined }): Promise<{ getActions(): unknown; getRoutes(): AddedRoute['route'][] }>;
  aggregateAllContent(plugins: Array<LoadedPlugin & { content: unknown }>): unknown;
}

/** The parts of the site's own @docusaurus/core that load plugins (core/lib/server). */
function docusaurusCore(coreDir: string): DocusaurusCore {
  const load = <T>(file: string): T => require(path.join(coreDir, 'lib', 'server', file)) as T;
  const { validateConfig } = load<{ validateConfig(config: unknown, file: string): Record<string, any> }>('configValidation.js');
  const { loadI18n } = load<{ loadI18n(args: object): Promise<{ currentLocale: string; path: string; localeConfigs: Record<string, { path: string }> }> }>('i18n.js');
  const { loadPresets } = load<Pick<DocusaurusCore, 'loadPresets'>>('plugins/presets.js');
  const { loadPluginConfigs } = load<Pick<DocusaurusCore, 'loadPluginConfigs'>>('plugins/configs.js');
  const { initPluginsConfigs } = load<Pick<DocusaurusCore, 'initPluginsConfigs'>>('plugins/init.js');
  const { createPluginActionsUtils } = load<Pick<DocusaurusCore, 'createPluginActionsUtils'>>('plugins/actions.js');
  const { aggregateAllContent } = load<Pick<DocusaurusCore, 'aggregateAllContent'>>('plugins/pluginsUtils.js');
  const { resolveModuleName } = load<{ resolveModuleName(name: string, require: NodeRequire, type: string): string }>('plugins/moduleShorthand.js');
  const { loadSiteVersion } = load<{ loadSiteVersion(siteDir: string): Promise<string | undefined> }>('siteMetadata.js');
  const { createSiteStorage } = load<{ createSiteStorage(config: unknown): unknown }>('storage.js');
  const { loadSiteCodeTranslations } = load<{ loadSiteCodeTranslations(args: { localizationDir: string }): Promise<Record<string, string>> }>('translations/translations.js');
  return {
    // The context Docusaurus's loadContext makes for the default locale, from the config the
    // check already loaded (validated by Docusaurus, so plugins see its defaults) rather than
    // loading it again. Not the bundler (`currentBundler`): loading webpack costs more than all
    // the rest, and only configureWebpack, which the check never calls, asks for it.
    async contextOf(config, configFile, siteDir, generatedFilesDir) {
      const siteConfig = validateConfig(config, path.relative(siteDir, configFile));
      const i18n = await loadI18n({ siteDir, config: siteConfig, currentLocale: siteConfig.i18n.defaultLocale, automaticBaseUrlLocalizationDisabled: false });
      const localizationDir = path.resolve(siteDir, siteConfig.i18n.path ?? 'i18n', i18n.localeConfigs[i18n.currentLocale]?.path ?? i18n.currentLocale);
      return {
        siteDir, siteConfig, siteConfigPath: configFile, generatedFilesDir, outDir: path.join(siteDir, 'build'), baseUrl: siteConfig.baseUrl, i18n, localizationDir,
        siteVersion: await loadSiteVersion(siteDir), siteStorage: createSiteStorage(siteConfig), codeTranslations: await loadSiteCodeTranslations({ localizationDir }),
      };
    },
    loadPresets,
    normalizeShorthand(entry, siteRequire, type) {
      const specifier = specifierOf(entry);
      if (specifier === undefined) return entry;
      return Array.isArray(entry) ? [resolveModuleName(specifier, siteRequire, type), entry[1] ?? {}] : resolveModuleName(specifier, siteRequire, type);
    },
    loadPluginConfigs,
    initPluginsConfigs,
    createPluginActionsUtils,
    aggregateAllContent,
  };
}
