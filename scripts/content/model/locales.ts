/**
 * The locales `docusaurus build` builds besides the default one, from the config's `i18n`, as
 * Docusaurus's loadI18n reads it (core/lib/server/i18n.js): each is a whole build of its own,
 * under its own base URL (`/fr/` by default), which stops on its own broken links.
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
  if (!i18n || typeof i18n !== 'object') return [];
  const { defaultLocale = DEFAULT_LOCALE, locales = [DEFAULT_LOCALE], path: i18nPath = DEFAULT_I18N_PATH, localeConfigs = {} } = i18n as Record<string, any>;
  if (!Array.isArray(locales) || typeof i18nPath !== 'string') return [];
  return locales.filter((locale): locale is string => typeof locale === 'string' && locale !== defaultLocale).map((name) => {
    const own = (localeConfigs && typeof localeConfigs === 'object' ? localeConfigs[name] : undefined) ?? {};
    // The folder is named after the locale's `path` (by default its name), never its htmlLang.
    const folder = typeof own.path === 'string' ? own.path : name;
    const dir = path.relative(siteDir, path.resolve(siteDir, i18nPath, folder)).split(path.sep).join('/');
    return {
      name,
      dir,
      // As loadI18n infers it, or the locale's own, with a slash at each end.
      baseUrl: normalizeUrl(['/', typeof own.baseUrl === 'string' ? own.baseUrl : normalizeUrl([site.baseUrl, name]), '/']),
      url: typeof own.url === 'string' ? own.url : site.url,
      // Absent: Docusaurus translates when the locale's folder is there (load/locales.ts looks).
      ...(typeof own.translate === 'boolean' ? { translate: own.translate } : {}),
    };
  });
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
