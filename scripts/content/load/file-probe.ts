/**
 * What the check sees of the site's files as it resolves modules: a stat that lists each folder
 * once, and records what it saw of every file of the site's own (FileProbe), so that a cached
 * report is thrown away when one of those files appears, changes or goes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FileProbe } from '../model/site.ts';

/** A file's stat, or undefined when it is not there. */
export type Probe = (file: string) => fs.Stats | undefined;

/** A path as the site's files are named: from the site's folder, with `/`. */
export const siteRelative = (siteDir: string, file: string) => path.relative(siteDir, file).split(path.sep).join('/');

/**
 * A Probe that remembers what it saw of each file, in the site or beside it (a component of
 * `../shared` that a page of `../docs` renders); what is in node_modules is the lock file's.
 */
export function probeOf(siteDir: string, probes: Map<string, FileProbe>): Probe {
  const statOf = listingFirst(statOrUndefined);
  const installed = installedOutside(siteDir);
  return (file) => {
    const stat = statOf(file);
    if (installed(file)) return stat;
    const relative = siteRelative(siteDir, file);
    if (!path.isAbsolute(relative) && !relative.split('/').includes('node_modules')) {
      probes.set(relative, stat ? [relative, stat.size, stat.mtimeMs] : [relative, -1, 0]);
    }
    return stat;
  };
}

/**
 * Whether the probe surely records nothing of a file: one in a node_modules folder, for a site
 * whose own path holds none (its relative path then names that folder). Most files the theme's
 * tree is resolved against are such, and working out each one's relative path took a third of
 * that walk. A path not plainly normal (a `.` or `..` part, a doubled separator) is left to
 * path.relative.
 */
function installedOutside(siteDir: string): (file: string) => boolean {
  const { sep } = path;
  // Any case: on Windows, path.relative matches the folders' names whatever their case.
  if (siteDir.toLowerCase().includes('node_modules')) return () => false;
  return (file) => file.includes(`${sep}node_modules${sep}`) && !file.includes(`${sep}.`) && !file.includes(`${sep}${sep}`);
}

/**
 * A stat that asks a file's folder first: resolving a module tries a dozen names in each of a
 * few folders (extensions, index files, the themes' folders), nearly all absent, and one
 * listing per folder answers for them all. Only the names a folder lists are stat'ed; an absent
 * one is still recorded as absent by the probe.
 */
function listingFirst(stat: Probe): Probe {
  const listings = new Map<string, ReadonlySet<string>>();
  const NOTHING: ReadonlySet<string> = new Set();
  // A folder its parent does not list is not read (a failed read costs an error's making).
  const listingOf = (folder: string): ReadonlySet<string> => {
    let names = listings.get(folder);
    if (!names) {
      const parent = path.dirname(folder);
      names = parent !== folder && !listingOf(parent).has(path.basename(folder)) ? NOTHING : readListing(folder);
      listings.set(folder, names);
    }
    return names;
  };
  return (file) => (listingOf(path.dirname(file)).has(path.basename(file)) ? stat(file) : undefined);
}

function readListing(folder: string): ReadonlySet<string> {
  try {
    return new Set(fs.readdirSync(folder));
  } catch {
    return new Set(); // not a folder, or not readable
  }
}

export function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
