/**
 * Which versions a site has and where each is served, as the docs plugin decides it:
 * `docs/` is `current`; `versions.json` lists the rest (newest first), each in
 * `versioned_docs/version-<name>/`. The last version (default: the newest released one) is
 * served at the docs root, the others under their name (or their configured `path`). A docs
 * instance other than the default one keeps its released versions in files named after its id
 * (`community_versions.json`, `community_versioned_docs/`), as Docusaurus names them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DocsPluginSettings } from './site-config.ts';
import { joinUrl } from '../model/routes.ts';
import { requireDocsPluginFile } from '../model/front-matter-schema.ts';
import { InputFileError } from './input-file-error.ts';
import { jsonErrorPlace } from './json-error-place.ts';
import { positionAt } from '../model/text-position.ts';

export interface VersionLayout {
  /**
   * The version's name in the site model: the docs plugin's own (`docsVersion`), after the
   * instance's id for a docs instance other than the default one (`community:current`), so
   * that every version of the site has a name of its own.
   */
  name: string;
  /** The docs plugin's name for it: `current` for the docs folder, else a name of the versions file. */
  docsVersion: string;
  /** The id of the docs instance it belongs to, for one other than the default one. */
  instance?: string;
  dir: string;
  path: string;
  /** In a locale's build: the folder of the version's translations, read first (load/locales.ts). */
  localizedDir?: string;
  /** The latest version (`lastVersion`, by default the newest released one). */
  last?: true;
}

/**
 * The released versions' names, newest first, as the docs plugin reads `versions.json`: JSON,
 * validated by its own validateVersionNames. `current` there stands for `docs/`, which is read
 * anyway, and a name written twice is read as one version (Docusaurus loads it twice:
 * assertVersionsListedOnce).
 */
/**
 * The names versions.json lists, validated as Docusaurus validates them (throws an InputFileError
 * where it refuses them). `validate: false` for a guess, which need not load the validator.
 */
export function readVersionNames(siteDir: string, { validate = true, instance }: { validate?: boolean; instance?: string } = {}): string[] {
  const versionsFile = instanceFiles(instance).versionsFile;
  const file = path.join(siteDir, versionsFile);
  if (!fs.existsSync(file)) return [];
  const text = fs.readFileSync(file, 'utf8');
  let names: unknown;
  try {
    names = JSON.parse(text);
  } catch (error) {
    const { line, column } = jsonErrorPlace(text, error);
    throw new InputFileError(versionsFile, line, column, `${versionsFile} is not JSON: ${(error as Error).message.replace(/\s+/g, ' ')}; the build stops`, 'write a list of version names, newest first: ["2.9", "2.8"]');
  }
  if (validate) {
    try {
      requireDocsPluginFile<{ validateVersionNames(names: unknown): void }>('@docusaurus/plugin-content-docs/lib/versions/validation.js').validateVersionNames(names);
    } catch (error) {
      throw new InputFileError(versionsFile, 1, 1, `Docusaurus refuses ${versionsFile}: ${(error as Error).message}`, 'write a list of version names, newest first: ["2.9", "2.8"]');
    }
  }
  // Validated, a list of texts; unvalidated (a guess), whatever texts it lists.
  const listed = Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
  return [...new Set(listed.filter((name) => name !== 'current'))];
}

/**
 * The versions Docusaurus builds; `released`: the names of versions.json, when already read.
 * With `disableVersioning`, none of them. The last version is the newest released one that
 * `onlyIncludeVersions` keeps, as the docs plugin picks it after that filter.
 */
export function versionLayouts(siteDir: string, docs: DocsPluginSettings, released = readVersionNames(siteDir, { instance: docs.id })): VersionLayout[] {
  const { versionedDocs } = instanceFiles(docs.id);
  const names = [...(docs.includeCurrentVersion ? ['current'] : []), ...(docs.disableVersioning ? [] : released)].filter(
    (name) => !docs.onlyIncludeVersions || docs.onlyIncludeVersions.includes(name),
  );
  const lastVersion = docs.lastVersion ?? names.find((name) => name !== 'current') ?? 'current';
  return names.map((name) => {
    const defaultPath = name === lastVersion ? '' : name === 'current' ? 'next' : name;
    const versionPath = docs.versionPaths[name] ?? defaultPath;
    return {
      name: versionNameInModel(docs.id, name),
      docsVersion: name,
      ...(docs.id === undefined ? {} : { instance: docs.id }),
      dir: name === 'current' ? docs.path : `${versionedDocs}/version-${name}`,
      path: joinUrl(docs.routeBasePath, versionPath),
      ...(name === lastVersion ? { last: true as const } : {}),
    };
  });
}

/**
 * Stops as the docs plugin stops at a version it cannot load: one whose docs folder is not there,
 * and one without a single doc (a page of its folder that the plugin's globs take in; drafts
 * count, as Docusaurus reads them before it leaves them out). Thrown as an InputFileError at the
 * version's name in versions.json (the config, for the current version).
 */
export function assertVersionsLoad(siteDir: string, layouts: VersionLayout[], pagesIn: (layout: VersionLayout) => number, configFile = 'docusaurus.config.js'): void {
  for (const layout of layouts) {
    const missing = !fs.existsSync(path.join(siteDir, layout.dir));
    if (!missing && pagesIn(layout) > 0) continue;
    const where = versionPlace(siteDir, layout, configFile);
    const { versionsFile, versionedSidebars } = instanceFiles(layout.instance);
    throw new InputFileError(where.file, where.line, where.column,
      missing ? `version "${layout.name}" has no docs folder (${layout.dir}): the build stops` : `version "${layout.name}" has no docs in ${layout.dir}: the build stops`,
      layout.docsVersion === 'current'
        ? 'add a page to the docs folder, or set includeCurrentVersion: false in the docs plugin options'
        : `restore ${layout.dir}, or remove "${layout.docsVersion}" from ${versionsFile} (and its ${versionedSidebars} file)`);
  }
}

/**
 * Stops as the build stops at a version versions.json lists twice: Docusaurus loads it twice, so
 * each of its pages has two routes, and `onDuplicateRoutes: 'throw'` stops it ("Duplicate routes
 * found!"). Otherwise that is a warning and the site builds (both copies alike): nothing here.
 * Thrown as an InputFileError at the second entry.
 */
export function assertVersionsListedOnce(siteDir: string, layouts: VersionLayout[], onDuplicateRoutes: string | undefined): void {
  if (onDuplicateRoutes !== 'throw') return;
  // Each docs instance reads its own versions file.
  for (const instance of new Set(layouts.map((layout) => layout.instance))) {
    const built = new Set(layouts.filter((layout) => layout.instance === instance).map(({ docsVersion }) => docsVersion));
    assertListedOnce(siteDir, instanceFiles(instance).versionsFile, built);
  }
}

function assertListedOnce(siteDir: string, versionsFile: string, built: ReadonlySet<string>): void {
  const file = path.join(siteDir, versionsFile);
  if (!fs.existsSync(file)) return;
  const text = fs.readFileSync(file, 'utf8');
  const names: unknown = JSON.parse(text); // read before, by readVersionNames
  if (!Array.isArray(names)) return;
  const seen = new Set<unknown>();
  for (const name of names) {
    if (seen.has(name) && built.has(name)) {
      const entry = JSON.stringify(name);
      const { line, column } = positionAt(text, Math.max(0, text.indexOf(entry, text.indexOf(entry) + entry.length)));
      throw new InputFileError(versionsFile, line, column,
        `version "${name}" is listed twice in ${versionsFile}: Docusaurus loads it twice, which puts two pages at each of its addresses, and stops with "Duplicate routes found!"`,
        `remove the second "${name}"`);
    }
    seen.add(name);
  }
}

/** Where a version is named: its entry in its versions file; the config for the current version. */
function versionPlace(siteDir: string, layout: VersionLayout, configFile: string): { file: string; line: number; column: number } {
  const { versionsFile } = instanceFiles(layout.instance);
  const file = path.join(siteDir, versionsFile);
  if (layout.docsVersion === 'current' || !fs.existsSync(file)) return { file: configFile, line: 1, column: 1 };
  const text = fs.readFileSync(file, 'utf8');
  return { file: versionsFile, ...positionAt(text, Math.max(0, text.indexOf(JSON.stringify(layout.docsVersion)))) };
}

/** A version's name in the site model (VersionLayout.name): the docs plugin's own, after the instance's id for one other than the default one. */
export const versionNameInModel = (instance: string | undefined, name: string): string => (instance === undefined ? name : `${instance}:${name}`);

/**
 * The files and folders of a docs instance's released versions, named as Docusaurus names them:
 * the default instance's `versions.json`, `versioned_docs/` and `versioned_sidebars/`; another
 * one's with its id in front (`community_versions.json`).
 */
export function instanceFiles(instance: string | undefined): { versionsFile: string; versionedDocs: string; versionedSidebars: string } {
  const prefix = instance === undefined ? '' : `${instance}_`;
  return { versionsFile: `${prefix}versions.json`, versionedDocs: `${prefix}versioned_docs`, versionedSidebars: `${prefix}versioned_sidebars` };
}
