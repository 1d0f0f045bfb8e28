/**
 * The config as Docusaurus validates it before a build starts, for a site whose plugins the check
 * need not run (load/plugin-lifecycle.ts runs the others through Docusaurus's own loading, which
 * validates on the way). Docusaurus's own validators, from the site's packages: the config's
 * schema (`customFeild`, `onDuplicateRoutes: 'warning'`, a renamed future flag), then the
 * classic preset's plugins' options (`routeBase` for `routeBasePath`) and the classic theme's
 * config (a navbar item of no known type). Each stops the build before any page is built.
 * Settings are kept under the config's fingerprint, so this runs when the config changes.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { requireWithCodeCache } from '../../module-code-cache.ts';

/**
 * Docusaurus's validators for this config, loaded now (most of the verdict's time: Joi, the
 * plugins' option modules, what they import); the returned function asks them, in the order the
 * build does, and says why the first one refuses, or undefined: a validator the check cannot load
 * refuses nothing. The page worker loads them before its pages and asks them after
 * (load/page-records.worker.ts).
 */
export function configJudge(config: Record<string, any>, configFile: string, siteDir: string, coreDir: string): () => string | undefined {
  const coreRequire = createRequire(path.join(coreDir, 'package.json'));
  const siteRequire = createRequire(configFile);
  const load = <T>(specifier: string): T | undefined => {
    for (const from of [siteRequire, coreRequire]) {
      try {
        return requireWithCodeCache(() => from(specifier)) as T;
      } catch {
        // not there: try the next place
      }
    }
    return undefined;
  };
  const core = load<{ validateConfig(config: unknown, file: string): unknown }>(path.join(coreDir, 'lib', 'server', 'configValidation.js'));
  const validation = load<{ normalizePluginOptions: unknown; normalizeThemeConfig: unknown }>('@docusaurus/utils-validation');
  const plugins = validation ? classicParts(config).map(([name, options]) => ({ name, options, validator: load<{ validateOptions?(args: { validate: unknown; options: unknown }): unknown }>(`${name}/lib/options.js`) })) : [];
  const theme = validation && usesClassicTheme(config) ? load<{ validateThemeConfig?(args: { validate: unknown; themeConfig: unknown }): unknown }>('@docusaurus/theme-classic/lib/options.js') : undefined;
  return () => {
    try {
      core?.validateConfig(config, path.relative(siteDir, configFile));
    } catch (error) {
      return firstParagraph(error);
    }
    if (!validation) return undefined;
    for (const { name, options, validator } of plugins) {
      try {
        validator?.validateOptions?.({ validate: validation.normalizePluginOptions, options: { id: 'default', ...options } });
      } catch (error) {
        return `${name}: ${firstParagraph(error)}`;
      }
    }
    if (theme) {
      try {
        theme.validateThemeConfig?.({ validate: validation.normalizeThemeConfig, themeConfig: config.themeConfig ?? {} });
      } catch (error) {
        return `themeConfig: ${firstParagraph(error)}`;
      }
    }
    return undefined;
  };
}

const CLASSIC_PRESET = /^(?:classic|@docusaurus\/preset-classic)$/;

/** The classic preset's content plugins and theme, each with the options the config gives it (those set to `false` are off). */
function classicParts(config: Record<string, any>): Array<[name: string, options: Record<string, unknown>]> {
  const parts: Array<[string, Record<string, unknown>]> = [];
  for (const entry of config.presets ?? []) {
    const [name, options] = Array.isArray(entry) ? entry : [entry, {}];
    if (typeof name !== 'string' || !CLASSIC_PRESET.test(name)) continue;
    for (const [key, plugin] of [['docs', 'plugin-content-docs'], ['blog', 'plugin-content-blog'], ['pages', 'plugin-content-pages'], ['theme', 'theme-classic']]) {
      const value = options?.[key];
      if (value === false) continue;
      parts.push([`@docusaurus/${plugin}`, value && typeof value === 'object' ? value : {}]);
    }
  }
  return parts;
}

export function usesClassicTheme(config: Record<string, any>): boolean {
  const named = (entry: unknown) => String(Array.isArray(entry) ? entry[0] : entry);
  return (config.presets ?? []).some((entry: unknown) => CLASSIC_PRESET.test(named(entry))) || (config.themes ?? []).some((entry: unknown) => /^(?:classic|@docusaurus\/theme-classic)$/.test(named(entry)));
}

/** A validation error's message, up to its first blank line (Joi's errors carry the value after it). */
const firstParagraph = (error: unknown) => String((error as Error)?.message ?? error).split('\n\n')[0].trim();
