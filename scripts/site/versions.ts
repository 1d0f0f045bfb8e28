/**
 * The versions the site publishes and how each one is presented. `versions.json` (written by
 * `docusaurus docs:version`) says which exist; this table says how readers see them.
 */
import type { PluginOptions } from '@docusaurus/plugin-content-docs';

type VersionOptions = PluginOptions['versions'][string];

/** Archived versions: labelled, kept out of search engines and the sitemap, bannered. */
export const ARCHIVED_VERSIONS = ['2.0-2.4'] as const;

export const LATEST_LABEL = 'Latest';

export function versionOptions(versionNames: readonly string[]): Record<string, VersionOptions> {
  const options: Record<string, VersionOptions> = {
    current: { label: LATEST_LABEL, path: '' },
  };
  for (const name of versionNames) {
    const archived = (ARCHIVED_VERSIONS as readonly string[]).includes(name);
    options[name] = archived
      ? { label: `${name} (Archived)`, path: name, banner: 'unmaintained', noIndex: true }
      : { label: name, path: name, banner: 'none' };
  }
  return options;
}
