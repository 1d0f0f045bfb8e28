/**
 * Which files of a site the pages plugin publishes, and where: its folder (`src/pages`), its
 * globs and its base path, as the config sets them (SiteSettings.pagesPlugin), or none at all
 * when the site has no pages plugin.
 */
import { GlobExcludeDefault } from '@docusaurus/utils/lib/globUtils.js';
import type { PagesPluginSettings, SiteSettings } from './site.ts';

/** The plugin's defaults (its options module keeps them behind its Joi schema, which costs a tenth of a second to load). */
export const DEFAULT_PAGES_PLUGIN: Readonly<PagesPluginSettings> = {
  path: 'src/pages',
  routeBasePath: '/',
  include: ['**/*.{js,jsx,ts,tsx,md,mdx}'],
  exclude: [...GlobExcludeDefault],
};

/** The site's pages plugin: its settings, or undefined when it has none. */
export function pagesPluginOf(settings: Pick<SiteSettings, 'pagesPlugin'>): Readonly<PagesPluginSettings> | undefined {
  if (settings.pagesPlugin === false) return undefined;
  return settings.pagesPlugin ?? DEFAULT_PAGES_PLUGIN;
}
