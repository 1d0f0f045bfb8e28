/**
 * The site settings the check needs (url, baseUrl, trailingSlash, the docs plugin's options),
 * read from DIR's docusaurus.config.ts/.js. When the config cannot be loaded, flags or
 * Docusaurus's defaults apply and a warning says why.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SiteSettings } from '../model/site.ts';
import type { JITIOptions } from 'jiti/dist/types';
import { GlobExcludeDefault } from '@docusaurus/utils/lib/globUtils.js';
import { startWorker } from './threads.ts';
import { requireWithCodeCache } from '../../module-code-cache.ts';
import { foreignRoutePrefixes, generatedIndexCategories, pluginEntries, type GeneratedIndexCategory } from './plugin-routes.ts';

export interface DocsPluginSettings {
  path: string;
  /** Globs of the files that are pages, relative to each version's folder (the plugin's `include`). */
  include: string[];
  /** Globs of files that are not pages, among those (`exclude`; by default partials and tests). */
  exclude: string[];
  routeBasePath: string;
  lastVersion: string | undefined;
  includeCurrentVersion: boolean;
  onlyIncludeVersions: string[] | undefined;
  versionPaths: Record<string, string>;
  /** Where tag pages go, under each version's path. */
  tagsBasePath: string;
  /** The `tags` option: a tags file name, false/null for none, undefined for `tags.yml` if present. */
  tagsFile: string | false | null | undefined;
  /** `generated-index` categories of the current version's sidebars file. */
  sidebarCategories: GeneratedIndexCategory[];
  /** The current version's sidebars by name (`defaultSidebar` without a sidebars file); undefined when its file could not be loaded. */
  sidebarNames: string[] | undefined;
}

export interface LoadedSettings {
  site: SiteSettings;
  docs: DocsPluginSettings;
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
 */
export function loadSettings(siteDir: string, overrides: SettingOverrides = {}): Promise<LoadedSettings> {
  return new Promise((resolve) => {
    const worker = startWorker('load-settings', { siteDir, overrides });
    worker.once('message', (settings: LoadedSettings) => {
      resolve(settings);
      void worker.terminate();
    });
    worker.once('error', (error) => resolve(fallback(`could not load the config (${error.message.split('\n')[0]})`, overrides)));
  });
}

/** Read the settings from the config in this thread (see loadSettings). */
export async function readSettings(siteDir: string, overrides: SettingOverrides = {}): Promise<LoadedSettings> {
  const file = findConfigFile(siteDir);
  if (!file) return fallback(`no docusaurus.config file in ${siteDir}`, overrides);
  let config: Record<string, any>;
  try {
    const imported = await importModule(file);
    let exported = imported.default ?? imported;
    if (exported && typeof exported === 'object' && 'default' in exported && !('url' in exported)) exported = exported.default;
    config = typeof exported === 'function' ? await exported() : exported;
    if (!config || typeof config !== 'object') throw new Error('it exports no config object');
  } catch (error) {
    return fallback(`could not load ${path.basename(file)} (${(error as Error).message.split('\n')[0]})`, overrides);
  }
  const docs = docsPluginOptions(config);
  const sidebarPath = docsOptionsOf(config)?.sidebarPath;
  // Without a sidebars file, Docusaurus makes one sidebar, `defaultSidebar`; with `false`, none.
  docs.sidebarNames = sidebarPath === false ? [] : ['defaultSidebar'];
  if (typeof sidebarPath === 'string') {
    try {
      const loaded = await importModule(path.resolve(siteDir, sidebarPath));
      const sidebars = loaded?.default ?? loaded;
      docs.sidebarCategories = generatedIndexCategories(sidebars);
      docs.sidebarNames = sidebars && typeof sidebars === 'object' ? Object.keys(sidebars) : [];
    } catch {
      // Docusaurus reports a sidebars file it cannot load; the check only misses its categories and names
      docs.sidebarNames = undefined;
    }
  }
  return {
    site: {
      url: overrides.siteUrl ?? String(config.url ?? ''),
      baseUrl: String(config.baseUrl ?? '/'),
      trailingSlash: overrides.trailingSlash ?? (typeof config.trailingSlash === 'boolean' ? config.trailingSlash : undefined),
      routeBasePath: overrides.routeBasePath ?? docs.routeBasePath,
      markdownFormat: ['md', 'mdx', 'detect'].includes(config.markdown?.format) ? config.markdown.format : 'mdx',
      foreignRoutePrefixes: foreignRoutePrefixes(config, siteDir),
      onDuplicateRoutes: ['throw', 'warn', 'log', 'ignore'].includes(config.onDuplicateRoutes) ? config.onDuplicateRoutes : undefined,
      onBrokenAnchors: ['throw', 'warn', 'log', 'ignore'].includes(config.onBrokenAnchors) ? config.onBrokenAnchors : undefined,
      source: { kind: 'config', file: path.basename(file) },
    },
    docs: { ...docs, routeBasePath: overrides.routeBasePath ?? docs.routeBasePath },
  };
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

/** The docs plugin's options when a site sets none. */
export function defaultDocs(): DocsPluginSettings {
  return {
    // include: the docs plugin's default, which its options module keeps behind its Joi schema.
    path: 'docs', include: ['**/*.{md,mdx}'], exclude: [...GlobExcludeDefault], routeBasePath: 'docs', lastVersion: undefined, includeCurrentVersion: true, onlyIncludeVersions: undefined, versionPaths: {},
    tagsBasePath: 'tags', tagsFile: undefined, sidebarCategories: [], sidebarNames: ['defaultSidebar'],
  };
}

/** The default docs plugin's options as written, from a preset or a plugin entry. */
function docsOptionsOf(config: Record<string, any>): Record<string, any> | undefined {
  return pluginEntries(config).find(([name, options]) => /plugin-content-docs|^content-docs$/.test(name) && (options.id ?? 'default') === 'default')?.[1];
}

/** The default docs plugin's settings the check needs. */
function docsPluginOptions(config: Record<string, any>): DocsPluginSettings {
  const options = docsOptionsOf(config);
  const settings = defaultDocs();
  if (!options) return settings;
  const versions = (options.versions ?? {}) as Record<string, { path?: string }>;
  return {
    path: typeof options.path === 'string' ? options.path : settings.path,
    include: isStringList(options.include) ? options.include : settings.include,
    exclude: isStringList(options.exclude) ? options.exclude : settings.exclude,
    routeBasePath: typeof options.routeBasePath === 'string' ? options.routeBasePath : settings.routeBasePath,
    lastVersion: typeof options.lastVersion === 'string' ? options.lastVersion : undefined,
    includeCurrentVersion: options.includeCurrentVersion !== false,
    onlyIncludeVersions: Array.isArray(options.onlyIncludeVersions) ? options.onlyIncludeVersions : undefined,
    versionPaths: Object.fromEntries(
      Object.entries(versions).filter(([, value]) => typeof value?.path === 'string').map(([name, value]) => [name, value.path as string]),
    ),
    tagsBasePath: typeof options.tagsBasePath === 'string' ? options.tagsBasePath : settings.tagsBasePath,
    tagsFile: typeof options.tags === 'string' || options.tags === false || options.tags === null ? options.tags : undefined,
    sidebarCategories: [],
    sidebarNames: ['defaultSidebar'],
  };
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * A fingerprint of everything the settings depend on: the config file, the local files it
 * imports (followed recursively), the environment variables they read, versions.json and the
 * flags. Equal fingerprints mean the config need not be loaded again.
 */
export function settingsFingerprint(siteDir: string, overrides: SettingOverrides): string {
  const configFile = findConfigFile(siteDir);
  const parts: string[] = [JSON.stringify(overrides)];
  const envNames = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    parts.push(file, text);
    for (const match of text.matchAll(/process\.env\.([A-Za-z_][A-Za-z0-9_]*)|process\.env\[['"]([^'"]+)['"]\]/g)) envNames.add(match[1] ?? match[2]);
    // Imports, and paths of modules the config names for Docusaurus to load (`sidebarPath: './sidebars.ts'`).
    const local = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]|['"](\.{1,2}\/[^'"]+\.(?:[cm]?[jt]sx?|json))['"]/g;
    for (const match of text.matchAll(local)) {
      const target = resolveLocal(path.dirname(file), match[1] ?? match[2]);
      if (target) visit(target);
    }
  };
  if (configFile) visit(configFile);
  const versionsFile = path.join(siteDir, 'versions.json');
  if (fs.existsSync(versionsFile)) parts.push(fs.readFileSync(versionsFile, 'utf8'));
  // The trace's own variables change on every traced run and never change the settings.
  for (const name of [...envNames].sort()) if (!name.startsWith('FAQ_CHECK_TRACE')) parts.push(`${name}=${process.env[name] ?? ''}`);
  return parts.join('\0');
}

const LOCAL_EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '/index.ts', '/index.js'];

function resolveLocal(dir: string, specifier: string): string | undefined {
  for (const extension of LOCAL_EXTENSIONS) {
    const candidate = path.join(dir, specifier + extension);
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}
