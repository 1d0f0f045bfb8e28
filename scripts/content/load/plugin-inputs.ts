/**
 * The files a site's own plugins say they read, so that routes learned by running them
 * (plugin-lifecycle.ts) are learned again when those files change. A plugin names them as it
 * does for `docusaurus start`, whose watcher reloads the plugin when one changes:
 * `getPathsToWatch()`, paths or globs, absolute or relative to the site. The settings keep the
 * paths and a fingerprint of what they match (each file's size and time); a run whose
 * fingerprint differs loads the settings again, plugins and all (load-site.ts, cachedSettings).
 * A file whose time is too close to the plugins' run to vouch for what they read
 * (load/racy-files.cjs) makes a fingerprint that nothing matches: the next run loads them again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createMatcher } from '@docusaurus/utils/lib/globUtils.js';
import { listFiles } from './walk.ts';
import { contentHash } from './content-hash.ts';
import type { PluginInputs } from '../model/site.ts';
import { statStamp } from './racy-files.cjs';


/** The watched paths of the plugins, relative to the site with `/` (Docusaurus's getPluginPathsToWatch). */
export function watchedPaths(plugins: ReadonlyArray<{ getPathsToWatch?: () => unknown }>, siteDir: string): string[] {
  const paths = new Set<string>();
  for (const plugin of plugins) {
    let watched: unknown;
    try {
      watched = plugin.getPathsToWatch?.();
    } catch {
      continue; // Docusaurus's watcher would fail on it too; its routes are what they are
    }
    if (!Array.isArray(watched)) continue;
    for (const entry of watched) {
      if (typeof entry !== 'string' || entry === '') continue;
      paths.add((path.isAbsolute(entry) ? path.relative(siteDir, entry) : entry).split(path.sep).join('/'));
    }
  }
  return [...paths].sort();
}

/** Characters that make a path a glob (micromatch's, as chokidar's watcher reads them). */
const GLOB_MAGIC = /[*?[\]{}()!]/;

/**
 * A fingerprint of the files the paths match now: each file's path, size and time. A path
 * that is a folder stands for the files under it; one that matches nothing counts as absent.
 * `readSince`: when the plugins that read them started; a file with a time too close to it is
 * marked unsettled, and the fingerprint matches no other.
 */
export function inputsFingerprint(siteDir: string, paths: readonly string[], readSince?: number): string {
  const lines: string[] = [];
  const fileLine = (file: string) => {
    try {
      const { size, mtimeMs } = fs.statSync(path.join(siteDir, file));
      // Unsettled, the line is its run's own: neither the settings nor a report stored under them is taken again.
      lines.push(readSince === undefined ? `${file}\0${size}\0${mtimeMs}` : statStamp(file, size, mtimeMs, readSince));
    } catch {
      lines.push(`${file}\0absent`);
    }
  };
  for (const watched of paths) {
    lines.push(`\0${watched}`);
    const magicAt = watched.search(GLOB_MAGIC);
    if (magicAt === -1) {
      const full = path.join(siteDir, watched);
      let isFolder = false;
      try {
        isFolder = fs.statSync(full).isDirectory();
      } catch {
        // absent: fileLine says so
      }
      if (isFolder) listFiles(full).sort().forEach((file) => fileLine(`${watched.replace(/\/$/, '')}/${file}`));
      else fileLine(watched);
      continue;
    }
    // A glob: the files under its folder without wildcards that it matches.
    const base = watched.slice(0, magicAt).replace(/[^/]*$/, '').replace(/\/$/, '');
    const matches = createMatcher([watched]);
    listFiles(path.join(siteDir, base)).map((file) => (base ? `${base}/${file}` : file)).filter(matches).sort().forEach(fileLine);
  }
  return contentHash(lines.join('\n'));
}

/**
 * The settings' field for these watched paths and the plugins that `failed` (each with why):
 * absent when there are neither. A plugin that failed before it could say what it reads (in its
 * constructor, say, on a file it needs) may load once that file is there: nothing tells when.
 * `readSince`: when the settings' loading began, before any plugin read a file.
 */
export function pluginInputsField(paths: string[], siteDir: string, failed: string[], readSince: number): { pluginInputs?: PluginInputs } {
  if (paths.length === 0 && failed.length === 0) return {};
  return { pluginInputs: { paths, fingerprint: inputsFingerprint(siteDir, paths, readSince), ...(failed.length > 0 ? { failed } : {}) } };
}

/** Whether the files the plugins read are as they were (true when they named none); never while a plugin fails. */
export const inputsUnchanged = (siteDir: string, inputs: PluginInputs | undefined): boolean =>
  inputs === undefined || (inputs.failed === undefined && inputsFingerprint(siteDir, inputs.paths) === inputs.fingerprint);
