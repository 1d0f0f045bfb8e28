/** Where the tests find the site and the built output. */
import fs from 'node:fs';
import path from 'node:path';

export const SITE_DIR = path.resolve(import.meta.dirname, '..', '..');
export const BUILD_DIR = path.join(SITE_DIR, 'build');
/** Screenshots and other things a person may want to look at (gitignored). */
export const OUTPUT_DIR = path.join(SITE_DIR, 'tests', 'output');

/** Fails with a clear message when there is no build to test (tests never build it themselves). */
export function requireBuild(): string {
  if (!fs.existsSync(path.join(BUILD_DIR, 'index.html'))) {
    throw new Error(`No built site in ${BUILD_DIR}: run \`npm run build\` before these tests.`);
  }
  return BUILD_DIR;
}

export function outputPath(name: string): string {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  return path.join(OUTPUT_DIR, name);
}

/**
 * A new empty folder for a throwaway site, inside the project: a site resolves packages from the
 * folders above it (Docusaurus's theme, for the components it provides), as a real site resolves
 * them from its own node_modules. One under the system's temp folder resolves none.
 */
export function throwawaySiteDir(prefix: string): string {
  const parent = path.join(OUTPUT_DIR, 'throwaway-sites');
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, prefix));
}


/** Write `text` to `file` (relative to `dir`), making its folders. */
export function writeSiteFile(dir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

/**
 * Give files, and folders with everything under them, a time a minute back. A file written just
 * before a check has a time too close to the run to vouch for its bytes (load/racy-files.cjs),
 * and the check trusts nothing stored on it: tests of what a warm run reuses write their files
 * "long ago". Folders too: the check records some (src/theme's, whose time changes when a file
 * is added or removed).
 */
export function settle(...paths: string[]): void {
  const past = new Date(Date.now() - 60_000);
  for (const file of paths) {
    if (fs.statSync(file).isDirectory()) {
      for (const entry of fs.readdirSync(file, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() || entry.isDirectory()) fs.utimesSync(path.join(entry.parentPath, entry.name), past, past);
      }
    }
    fs.utimesSync(file, past, past);
  }
}
