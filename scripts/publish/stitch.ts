/**
 * Stitching: the units' outputs merged into one site folder that reads like a build of every
 * version at once.
 * - Latest gives everything outside the older versions' prefixes: home, 404, search page.
 * - An older unit gives its `<prefix>/` folder and its search index (which it wrote at the root,
 *   being its own build's last version) moved into `<prefix>/`.
 * - Other files of older units (bundles, static files) are added when missing; the same name
 *   with other bytes is an error, as a reader would get one unit's file in place of another's.
 * - One sitemap.xml with every unit's own URLs (archived versions have none: noIndex).
 * - VERSIONS_FILE: every version and its routes, for the dropdowns of every unit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { routeInside, VERSIONS_FILE, type VersionsFileEntry } from '../../src/theme/VersionUnits/unit-routes.ts';
import { LATEST_UNIT } from './units.ts';

export interface StitchedUnit {
  name: string;
  prefix: string;
  dir: string;
  /** sha256 of the unit's files (its store manifest), when known: compared instead of bytes. */
  files?: Record<string, string>;
}

const SEARCH_INDEX = /^search-index.*\.json$/;
/** Files every unit writes for itself; only Latest's are kept. */
const PER_UNIT = (file: string) => file.endsWith('.html') || file === 'sitemap.xml' || file.startsWith('.unit-');

function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/**
 * Files come from the store as hard links: stitching costs a link per file, not a copy of its
 * bytes, whatever the number of versions. Stored files are never written in place (a file that
 * stitching changes is replaced, see writeNew), and a stored output whose files were changed
 * through build/ fails its hash check and is rebuilt.
 */
function copy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to, fs.constants.COPYFILE_FICLONE); // another file system
  }
}

/** Write a file that may be a link into the store: unlink first, so the store keeps its bytes. */
function writeNew(file: string, text: string): void {
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, text);
}

const sameBytes = (a: string, b: string) => fs.statSync(a).size === fs.statSync(b).size && fs.readFileSync(a).equals(fs.readFileSync(b));

/** `<url>…</url>` entries of a sitemap whose location is inside the unit. */
export function sitemapEntries(xml: string, siteUrl: string, baseUrl: string, owns: (route: string) => boolean): string[] {
  const entries = xml.match(/<url>[\s\S]*?<\/url>/g) ?? [];
  return entries.filter((entry) => {
    const loc = /<loc>([^<]+)<\/loc>/.exec(entry)?.[1] ?? '';
    const pathname = new URL(loc, siteUrl).pathname;
    return owns(`/${pathname.slice(baseUrl.length)}`);
  });
}

/**
 * Returns the sha256 of each output file linked from a unit with known hashes (by path in
 * outDir), so that verification can skip contents it has already passed.
 */
export function stitchUnits(units: StitchedUnit[], outDir: string, options: { siteUrl: string; baseUrl: string; versions: VersionsFileEntry[] }): Map<string, string> {
  const hashes = new Map<string, string>();
  const link = (unit: StitchedUnit, file: string, to: string) => {
    copy(path.join(unit.dir, file), path.join(outDir, to));
    const hash = unit.files?.[file];
    if (hash) hashes.set(to, hash);
    else hashes.delete(to);
  };
  const latest = units.find((unit) => unit.name === LATEST_UNIT);
  if (!latest) throw new Error('no Latest unit to stitch');
  const older = units.filter((unit) => unit !== latest);
  const olderPrefixes = older.map((unit) => unit.prefix.slice(1));
  const inOlderPrefix = (file: string) => olderPrefixes.some((prefix) => file === prefix || file.startsWith(`${prefix}/`));

  for (const file of listFiles(latest.dir)) {
    if (file.startsWith('.unit-') || inOlderPrefix(file)) continue;
    link(latest, file, file);
  }
  const sitemaps: string[] = [];
  for (const unit of older) {
    const own = unit.prefix.slice(1);
    for (const file of listFiles(unit.dir)) {
      if (file === own || file.startsWith(`${own}/`)) {
        link(unit, file, file);
      } else if (SEARCH_INDEX.test(file)) {
        link(unit, file, `${own}/${file}`);
      } else if (!PER_UNIT(file) && !inOlderPrefix(file)) {
        const to = path.join(outDir, file);
        if (!fs.existsSync(to)) link(unit, file, file);
        else if (!sameContent(unit, file, hashes.get(file), to)) throw new Error(`${file} differs between unit "${unit.name}" and another unit`);
      }
    }
    const sitemap = path.join(unit.dir, 'sitemap.xml');
    if (fs.existsSync(sitemap)) {
      const owns = (route: string) => routeInside(route, unit.prefix) !== undefined;
      sitemaps.push(...sitemapEntries(fs.readFileSync(sitemap, 'utf8'), options.siteUrl, options.baseUrl, owns));
    }
  }
  const latestSitemap = path.join(outDir, 'sitemap.xml');
  if (fs.existsSync(latestSitemap) && sitemaps.length > 0) {
    const xml = fs.readFileSync(latestSitemap, 'utf8');
    writeNew(latestSitemap, xml.replace('</urlset>', `${sitemaps.join('')}</urlset>`));
    hashes.delete('sitemap.xml');
  }
  writeNew(path.join(outDir, VERSIONS_FILE), JSON.stringify(options.versions));
  hashes.delete(VERSIONS_FILE);
  return hashes;
}

/** A unit's file against the one already stitched: by manifest hash when both are known. */
function sameContent(unit: StitchedUnit, file: string, stitchedHash: string | undefined, stitched: string): boolean {
  const hash = unit.files?.[file];
  if (hash && stitchedHash) return hash === stitchedHash;
  return sameBytes(path.join(unit.dir, file), stitched);
}
