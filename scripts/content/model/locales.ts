/**
 * The locales `docusaurus build` builds, from the config's `i18n`, as Docusaurus's loadI18n reads
 * it (core/lib/server/i18n.js): each other locale is a whole build of its own, under its own base
 * URL (`/fr/` by default), which stops on its own broken links.
 */
import path from 'node:path';
import { normalizeUrl } from '@docusaurus/utils/lib/urlUtils.js';
import type { LocaleBuild } from './site.ts';

/** Docusaurus's defaults for a config without `i18n`, or without one of its keys. */
const DEFAULT_LOCALE = 'en';
const DEFAULT_I18N_PATH = 'i18n';

/**
 * The locales other than the default one, in the config's order. `baseUrl` and `url` are the
 * site's; `siteDir` places `dir`, the locale's folder of translations (`i18n/fr`), relative to it.
 */
export function otherLocalesOf(i18n: unknown, site: { baseUrl: string; url: string }, siteDir: string): LocaleBuild[] {
  const config = i18nOf(i18n);
  if (!config) return [];
  return config.locales.filter((locale): locale is string => typeof locale === 'string' && locale !== config.defaultLocale).map((name) => localeBuild(name, config, site, siteDir));
}

/**
 * The default locale's build. Its translations count too: when `i18n/en/…` holds a doc, the build
 * reads that file in place of the docs folder's (getContentPathList, as for any locale). Its base
 * URL is the site's, unless the locale's own config says otherwise.
 */
export function defaultLocaleOf(i18n: unknown, site: { baseUrl: string; url: string }, siteDir: string): LocaleBuild | undefined {
  const config = i18nOf(i18n ?? {});
  return config && typeof config.defaultLocale === 'string' ? localeBuild(config.defaultLocale, config, site, siteDir) : undefined;
}

interface I18nConfig {
  defaultLocale: unknown;
  locales: unknown[];
  i18nPath: string;
  localeConfigs: Record<string, any>;
}

/** The config's `i18n` with Docusaurus's defaults, or undefined when it is not one Docusaurus takes. */
function i18nOf(i18n: unknown): I18nConfig | undefined {
  if (!i18n || typeof i18n !== 'object') return undefined;
  const { defaultLocale = DEFAULT_LOCALE, locales = [DEFAULT_LOCALE], path: i18nPath = DEFAULT_I18N_PATH, localeConfigs = {} } = i18n as Record<string, any>;
  if (!Array.isArray(locales) || typeof i18nPath !== 'string') return undefined;
  return { defaultLocale, locales, i18nPath, localeConfigs: localeConfigs && typeof localeConfigs === 'object' ? localeConfigs : {} };
}

/** One locale's build, as Docusaurus's loadI18n reads its config (core/lib/server/i18n.js). */
function localeBuild(name: string, config: I18nConfig, site: { baseUrl: string; url: string }, siteDir: string): LocaleBuild {
  const own = config.localeConfigs[name] ?? {};
  // The folder is named after the locale's `path` (by default its name), never its htmlLang.
  const folder = typeof own.path === 'string' ? own.path : name;
  const dir = path.relative(siteDir, path.resolve(siteDir, config.i18nPath, folder)).split(path.sep).join('/');
  // As loadI18n infers it (the locale's name after the site's, but for the default locale), or the locale's own.
  const inferred = name === config.defaultLocale ? site.baseUrl : normalizeUrl([site.baseUrl, name]);
  return {
    name,
    dir,
    // With a slash at each end.
    baseUrl: normalizeUrl(['/', typeof own.baseUrl === 'string' ? own.baseUrl : inferred, '/']),
    url: typeof own.url === 'string' ? own.url : site.url,
    // Absent: Docusaurus translates when the locale's folder is there (load/locales.ts looks).
    ...(typeof own.translate === 'boolean' ? { translate: own.translate } : {}),
  };
}

/** Where a locale's build reads a blog's translated posts: `i18n/fr/docusaurus-plugin-content-blog[-<id>]`. */
export function localizedBlogDir(locale: LocaleBuild, id: string | undefined): string {
  return `${locale.dir}/docusaurus-plugin-content-blog${id === undefined ? '' : `-${id}`}`;
}

/**
 * Where a locale's build reads a docs version's translations: the docs plugin's
 * getDocsDirPathLocalized, `i18n/fr/docusaurus-plugin-content-docs[-<id>]/<current|version-X>`.
 */
export function localizedDocsDir(locale: LocaleBuild, docsVersion: string, instance: string | undefined): string {
  const plugin = instance === undefined ? 'docusaurus-plugin-content-docs' : `docusaurus-plugin-content-docs-${instance}`;
  return `${locale.dir}/${plugin}/${docsVersion === 'current' ? 'current' : `version-${docsVersion}`}`;
}
