/**
 * The config file and the local modules it imports, followed recursively: what the settings are
 * made from besides the environment. The settings' fingerprint (site-config.ts,
 * settingsFingerprint) is made of their contents' hashes and the variables they read.
 *
 * This site's config imports its plugins, and they import the check's model: 338 files, 1.2 MB,
 * read, scanned and hashed on every run, a tenth of a warm check. So what a file taught is kept
 * (the check cache's `configFiles`) and taken again while the file's size and time are as they
 * were, as the cache does for pages; only a changed file is read. `FAQ_CHECK_WITHOUT=config-memo`
 * reads them all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentHash } from './content-hash.ts';

/** What one file of the config's taught: enough to follow its imports again without reading it. */
export interface ConfigFileFacts {
  size: number;
  mtimeMs: number;
  hash: string;
  /** The local modules it imports, each as its path without the extension tried and the index of that extension in LOCAL_EXTENSIONS. */
  locals: Array<[base: string, extension: number]>;
  /** Local imports (paths without an extension) that named no file when it was read: one may be there now. */
  unresolved: string[];
  /** The environment variables it reads (`process.env.NAME`). */
  env: string[];
  /**
   * Whether it had not changed for a while when it was read. A file's time moves in ticks (a few
   * milliseconds here, seconds on some file systems): one written again within the tick it was
   * read in, at the same size, would look unchanged. Facts of a file read that soon are not taken again.
   */
  settled: boolean;
}

/** Facts by absolute path. */
export type ConfigFilesMemo = Record<string, ConfigFileFacts>;

/** How long a file must have been unchanged when read for its facts to be taken again (the coarsest file times are 2 s). */
const SETTLED_MS = 2_000;

/** What resolveLocal tries, in order, after a specifier. */
const LOCAL_EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '/index.ts', '/index.js'];

/**
 * Every file reached from the config, with its facts: from `memo` for a file whose size and time
 * are unchanged and whose imports still resolve as they did, read afresh otherwise. The answer
 * holds only the files reached, in the order they are reached (the next run's memo).
 */
export function configFiles(configFile: string, memo: ConfigFilesMemo = {}): ConfigFilesMemo {
  const reached: ConfigFilesMemo = {};
  const visit = (file: string, stat: fs.Stats) => {
    if (file in reached) return;
    const known = memo[file];
    let facts = known;
    let targets = known?.settled && known.size === stat.size && known.mtimeMs === stat.mtimeMs ? targetsIfResolving(known) : undefined;
    if (!facts || !targets) {
      facts = readFacts(file, stat);
      targets = targetsOf(facts.locals).filter((target): target is [string, fs.Stats] => target[1] !== undefined);
    }
    reached[file] = facts;
    for (const [target, targetStat] of targets) visit(target, targetStat);
  };
  const stat = fileStat(configFile);
  if (stat) visit(configFile, stat);
  return reached;
}

/** Each import's file and its stat, as the imports resolve now; undefined when one would resolve otherwise than it did when the facts were read. */
function targetsIfResolving(facts: ConfigFileFacts): Array<[string, fs.Stats]> | undefined {
  if (facts.unresolved.some((base) => resolveLocal(base) !== undefined)) return undefined;
  const targets = targetsOf(facts.locals);
  const stillResolve = targets.every(([, stat]) => stat !== undefined)
    && facts.locals.every(([base, extension]) => LOCAL_EXTENSIONS.slice(0, extension).every((earlier) => !fileStat(base + earlier)));
  return stillResolve ? targets as Array<[string, fs.Stats]> : undefined;
}

const targetsOf = (locals: ConfigFileFacts['locals']): Array<[string, fs.Stats | undefined]> =>
  locals.map(([base, extension]) => [base + LOCAL_EXTENSIONS[extension], fileStat(base + LOCAL_EXTENSIONS[extension])]);

function readFacts(file: string, stat: fs.Stats): ConfigFileFacts {
  const bytes = fs.readFileSync(file);
  const text = bytes.toString('utf8');
  const env = new Set<string>();
  for (const match of text.matchAll(/process\.env\.([A-Za-z_][A-Za-z0-9_]*)|process\.env\[['"]([^'"]+)['"]\]/g)) env.add(match[1] ?? match[2]);
  const locals: ConfigFileFacts['locals'] = [];
  const unresolved: string[] = [];
  const dir = path.dirname(file);
  // Imports, and paths of modules the config names for Docusaurus to load (`sidebarPath: './sidebars.ts'`).
  const local = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]|['"](\.{1,2}\/[^'"]+\.(?:[cm]?[jt]sx?|json))['"]/g;
  for (const match of text.matchAll(local)) {
    const base = path.join(dir, match[1] ?? match[2]);
    const resolved = resolveLocal(base);
    if (resolved) locals.push(resolved);
    else unresolved.push(base);
  }
  const settled = Date.now() - stat.mtimeMs > SETTLED_MS;
  return { size: stat.size, mtimeMs: stat.mtimeMs, hash: contentHash(bytes), locals, unresolved, env: [...env], settled };
}

/** The first candidate that is a file: `[base, index of its extension]`. */
function resolveLocal(base: string): [string, number] | undefined {
  const found = LOCAL_EXTENSIONS.findIndex((extension) => fileStat(base + extension) !== undefined);
  return found === -1 ? undefined : [base, found];
}

function fileStat(file: string): fs.Stats | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? stat : undefined;
}

/** Whether a value read from the cache is a memo of this shape (an older check's may not be). */
export function isConfigFilesMemo(value: unknown): value is ConfigFilesMemo {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((facts: Partial<ConfigFileFacts>) => typeof facts?.hash === 'string' && typeof facts.size === 'number'
    && typeof facts.mtimeMs === 'number' && typeof facts.settled === 'boolean' && Array.isArray(facts.locals) && Array.isArray(facts.unresolved) && Array.isArray(facts.env));
}
