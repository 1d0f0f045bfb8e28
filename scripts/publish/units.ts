/**
 * Which units `npm run build` makes and what each one's key is. A unit is one docs version built
 * alone at its final URL (Latest at `/`, the others at `/<version>/`). Its key is the content hash
 * of everything that can change its HTML; an unchanged key means its stored output is reused.
 * Pure: file contents come in as hashes (see unit-inputs.ts), nothing is read here.
 */
import crypto from 'node:crypto';
import type { Site, Version } from '../content/model/site.ts';
import type { LatestDoc, UnitData, UnitVersion, VersionsFileEntry } from '../../src/theme/VersionUnits/unit-routes.ts';

export const LATEST_UNIT = 'current';

export interface UnitPlan {
  /** Version name, `current` for Latest. */
  name: string;
  /** Route prefix without baseUrl: '' or '/2.9'. */
  prefix: string;
  /** The version's docs folder and sidebar file, relative to the site. */
  docsDir: string;
  sidebarFile: string;
  data: UnitData;
}

export interface VersionLabel {
  label: string;
  archived: boolean;
}

function prefixOf(version: Version): string {
  const trimmed = version.path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

function mainDocOf(pages: Site['pages']): Site['pages'][number] | undefined {
  return [...pages].sort((a, b) => a.route.localeCompare(b.route))[0];
}

/** Published routes of a version, relative to its prefix, sorted. */
function versionRoutes(site: Site, version: Version): string[] {
  const prefix = prefixOf(version);
  const docs = site.pages.filter((page) => !page.draft && page.version === version.name).map((page) => page.route);
  return [...docs, ...version.extraRoutes].map((route) => route.slice(prefix.length) || '/').sort();
}

/** The versions as the dropdown lists them, Latest first, then versions.json's order. */
export function unitVersions(site: Site, labels: (name: string) => VersionLabel): UnitVersion[] {
  return site.versions.map((version) => ({
    name: version.name,
    prefix: prefixOf(version),
    ...labels(version.name),
    mainRoute: versionRoutes(site, version)[0] ?? '/',
  }));
}

/** One unit per version, with what each is told about the others. */
export function planUnits(site: Site, labels: (name: string) => VersionLabel): UnitPlan[] {
  const published = site.pages.filter((page) => !page.draft);
  const versions = unitVersions(site, labels);
  const olderPrefixes = versions.filter((version) => version.name !== LATEST_UNIT).map((version) => version.prefix);
  const latestPages = published.filter((page) => page.version === LATEST_UNIT);
  const baseUrl = site.settings.baseUrl.replace(/\/$/, '');
  // Generated category pages are in the docs plugin's global data too, with their slug as id.
  const latestCategories = site.versions.find((version) => version.name === LATEST_UNIT)?.extraRoutes ?? [];
  const latestDocs: LatestDoc[] = [
    ...latestPages.map((page) => ({ id: page.id, path: `${baseUrl}${page.route}`, unlisted: page.frontMatter.data.unlisted === true })),
    ...latestCategories.map((route) => ({ id: route, path: `${baseUrl}${route}`, unlisted: false })),
  ].sort((a, b) => a.id.localeCompare(b.id));
  const latest = versions.find((version) => version.name === LATEST_UNIT);
  return site.versions.map((version) => {
    const isLatest = version.name === LATEST_UNIT;
    const data: UnitData = {
      unit: version.name,
      prefix: prefixOf(version),
      otherPrefixes: isLatest ? olderPrefixes : [],
      ...(isLatest || !latest
        ? {}
        : { latest: { label: latest.label, path: `${baseUrl}/`, mainDocId: mainDocOf(latestPages)?.id ?? '', docs: latestDocs } }),
      versions,
    };
    return {
      name: version.name,
      prefix: data.prefix,
      docsDir: version.dir,
      sidebarFile: isLatest ? 'sidebars.ts' : `versioned_sidebars/version-${version.name}-sidebars.json`,
      data,
    };
  });
}

/** The stitched site's versions file: every version with its published routes. */
export function versionsFile(site: Site, labels: (name: string) => VersionLabel): VersionsFileEntry[] {
  return unitVersions(site, labels).map((version, i) => ({ ...version, routes: versionRoutes(site, site.versions[i]) }));
}

export interface KeyInputs {
  /** sha256 of each input file, by path relative to the staged site. */
  files: Record<string, string>;
  /** Settings that change the HTML: SITE_URL, BASE_URL, EDIT_URL, Faster on or off. */
  env: Record<string, string>;
  /** The unit's last git commit (dates shown as "last updated"), '' outside git. */
  lastCommit: string;
}

/**
 * The unit's key. The versions list (`data.versions`) is left out on purpose: it only seeds the
 * server-rendered dropdown, which browsers replace with the stitched VERSIONS_FILE, so adding a
 * version does not rebuild frozen versions. Everything else the unit is told is in.
 */
export function unitKey(unit: UnitPlan, inputs: KeyInputs): string {
  const { versions: _dropdownSeed, ...told } = unit.data;
  const canonical = JSON.stringify({
    unit: { name: unit.name, prefix: unit.prefix, docsDir: unit.docsDir, sidebarFile: unit.sidebarFile, told },
    files: Object.entries(inputs.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    env: Object.entries(inputs.env).sort(([a], [b]) => (a < b ? -1 : 1)),
    lastCommit: inputs.lastCommit,
  });
  return crypto.createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

/** Folders and files whose content every unit's HTML depends on, relative to the site. */
export const SHARED_INPUTS = [
  'docusaurus.config.ts',
  'src',
  'static',
  'scripts/site',
  // The sidebar order scripts/site/sidebar-items-generator.ts imports.
  'scripts/content/model/order.ts',
  'package-lock.json',
  'scripts/publish/build-unit.ts',
];

/** Environment variables that reach the HTML through the config. */
export const KEY_ENV = ['SITE_URL', 'BASE_URL', 'EDIT_URL', 'FAQ_FASTER'];
