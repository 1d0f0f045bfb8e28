/**
 * A default locale that `i18n.locales` leaves out. Docusaurus's validation takes it, and the
 * build only warns ("The locale en was not found") and builds that locale too. But each other
 * locale is built with the configs of its own list alone, and the classic theme's page head asks
 * every page for the default locale's (the `x-default` alternate link): static rendering stops on
 * every page of that locale ("no locale config found for locale=en"). The helper's diff66 built
 * it with Docusaurus 3.10.2.
 */
import type { ConfigWarning } from '../model/site.ts';
import { positionAt } from '../model/text-position.ts';
import { usesClassicTheme } from './config-validation.ts';
import { replacesComponent } from './theme-components.ts';

export function defaultLocaleProblems(config: Record<string, any>, text: string, siteDir: string): ConfigWarning[] {
  const { defaultLocale, locales } = config.i18n ?? {};
  if (typeof defaultLocale !== 'string' || !Array.isArray(locales) || locales.includes(defaultLocale)) return [];
  // Built alone, the default locale has every config it asks for: only another locale fails.
  if (!locales.some((locale) => locale !== defaultLocale)) return [];
  // The alternate links are the classic theme's page head; a site's own SiteMetadata may ask for no such thing.
  if (!usesClassicTheme(config) || replacesComponent(siteDir, 'SiteMetadata')) return [];
  const listed = locales.map((locale) => JSON.stringify(locale)).join(', ');
  const at = text.search(/\bdefaultLocale\b['"]?\s*:/);
  return [{
    ...positionAt(text, Math.max(0, at)),
    severity: 'error',
    message: `i18n.defaultLocale "${defaultLocale}" is not one of i18n.locales (${listed}): the build of each other locale stops on every page ("no locale config found for locale=${defaultLocale}")`,
    hint: `add "${defaultLocale}" to i18n.locales, or make defaultLocale one of them`,
  }];
}
