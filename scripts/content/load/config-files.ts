/**
 * The config file and the local modules it imports, followed recursively: what the settings are
 * made from besides the environment. The settings' fingerprint (site-config.ts,
 * settingsFingerprint) is made of their contents' hashes and the variables they read.
 *
 * This site's config imports its plugins, and they import the check's model: 338 files, 1.2 MB,
 * read on every run. Each file is hashed as its bytes, and each import takes one stat per
 * candidate: the settings step of a warm bench run took 80 ms with the files' texts joined and
 * hashed as one, 60 ms so (BENCHMARKS.md, forty-ninth round).
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentHash } from './content-hash.ts';

/** What the fingerprint takes from one file: its content's hash and the environment variables it reads (`process.env.NAME`). */
export interface ConfigFileFacts {
  hash: string;
  env: string[];
}

/** What resolveLocal tries, in order, after a specifier. */
const LOCAL_EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '/index.ts', '/index.js'];

/** Every file reached from the config (absolute paths, in the order reached), with its facts. */
export function configFiles(configFile: string): Map<string, ConfigFileFacts> {
  const reached = new Map<string, ConfigFileFacts>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    const text = fs.readFileSync(file);
    const source = text.toString('utf8');
    const env = new Set<string>();
    for (const match of source.matchAll(/process\.env\.([A-Za-z_][A-Za-z0-9_]*)|process\.env\[['"]([^'"]+)['"]\]/g)) env.add(match[1] ?? match[2]);
    reached.set(file, { hash: contentHash(text), env: [...env] });
    // Imports, and paths of modules the config names for Docusaurus to load (`sidebarPath: './sidebars.ts'`).
    const local = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]|['"](\.{1,2}\/[^'"]+\.(?:[cm]?[jt]sx?|json))['"]/g;
    for (const match of source.matchAll(local)) {
      // `./lib/` names the folder's index: the slash goes before the candidates are tried, or
      // `lib//index.ts` would be keyed beside `lib/index.ts`.
      const target = resolveLocal(path.join(path.dirname(file), match[1] ?? match[2]).replace(/[\\/]+$/, ''));
      if (target) visit(target);
    }
  };
  if (isFile(configFile)) visit(configFile);
  return reached;
}

/** The first candidate that is a file. */
function resolveLocal(base: string): string | undefined {
  return LOCAL_EXTENSIONS.map((extension) => base + extension).find(isFile);
}

const isFile = (file: string): boolean => fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
