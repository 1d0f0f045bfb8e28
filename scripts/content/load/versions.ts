/**
 * Which versions a site has and where each is served, as the docs plugin decides it:
 * `docs/` is `current`; `versions.json` lists the rest (newest first), each in
 * `versioned_docs/version-<name>/`. The last version (default: the newest released one) is
 * served at the docs root, the others under their name (or their configured `path`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DocsPluginSettings } from './site-config.ts';
import { joinUrl } from '../model/routes.ts';

export interface VersionLayout {
  name: string;
  dir: string;
  path: string;
}

export function readVersionNames(siteDir: string): string[] {
  const file = path.join(siteDir, 'versions.json');
  if (!fs.existsSync(file)) return [];
  const names = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(names)) throw new Error('versions.json must be a list of version names');
  return names.map(String);
}

export function versionLayouts(siteDir: string, docs: DocsPluginSettings): VersionLayout[] {
  const released = readVersionNames(siteDir);
  const names = [...(docs.includeCurrentVersion ? ['current'] : []), ...released].filter(
    (name) => !docs.onlyIncludeVersions || docs.onlyIncludeVersions.includes(name),
  );
  const lastVersion = docs.lastVersion ?? released[0] ?? 'current';
  return names.map((name) => {
    const defaultPath = name === lastVersion ? '' : name === 'current' ? 'next' : name;
    const versionPath = docs.versionPaths[name] ?? defaultPath;
    return {
      name,
      dir: name === 'current' ? docs.path : `versioned_docs/version-${name}`,
      path: joinUrl(docs.routeBasePath, versionPath),
    };
  });
}
