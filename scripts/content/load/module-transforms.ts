/**
 * The site's TypeScript modules in src/, stripped of their types by esbuild's asynchronous
 * service while the page worker loads the config, for readModule (parse-module.ts) to take once
 * the pages are read. Without them readModule asks esbuild's synchronous API, on the main thread
 * after the last page, while the other core waits: that API starts a service of its own on first
 * use (about 35 ms here) and waits a round trip per module (about 1 ms). The asynchronous service
 * is a child process: it costs this thread its start (about 12 ms) and the reading of the files.
 *
 * An early answer is taken only for the very text and loader it was made from: a module edited
 * since, or read with another loader (JavaScript, which acorn reads, or which a site's SWC loader
 * reads as TypeScript), is stripped as before. So the answers never change a result, only when
 * it is made.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TransformOptions } from 'esbuild';
import { trace } from './trace.ts';
import { mechanismOff } from '../../mechanisms.ts';

/** The loaders readModule strips a module with. */
export type StripLoader = 'ts' | 'tsx' | 'jsx';

/**
 * How readModule reads a module, by its extension: TypeScript (`ts`, `tsx`) is stripped by
 * esbuild; JavaScript (`js`, `jsx`) is read by acorn as it is, unless the build's SWC loader
 * reads it as TypeScript (`jsAsTypeScript`).
 */
export function moduleLoaderOf(file: string, jsAsTypeScript = false): StripLoader | 'js' {
  const extension = path.extname(file).slice(1);
  if (extension === 'ts' || extension === 'mts' || extension === 'cts') return 'ts';
  if (extension === 'tsx' || jsAsTypeScript) return 'tsx';
  return extension === 'jsx' ? 'jsx' : 'js';
}

/** How readModule strips a module: one definition, so that an early answer is the answer. */
export const stripOptions = (file: string, loader: StripLoader): TransformOptions =>
  ({ loader, format: 'esm', jsx: 'preserve', sourcemap: 'external', sourcefile: path.basename(file) });

/** A src/ with more than this holds more than the few components pages import: the rest is stripped when read, as before. */
const MAX_MODULES = 256;
/** Larger files are rarely components; reading them early would cost more than it spares. */
const MAX_BYTES = 256 * 1024;

const DECLARATIONS = /\.d\.[cm]?ts$/;

interface Stripped {
  source: string;
  loader: StripLoader;
  code: string;
  map: string;
}

/** The last early stripping started (one check at a time; a later one replaces it). */
let early: { answers: Map<string, Stripped>; settled: Promise<void> } | undefined;

/**
 * Hand the TypeScript modules of `siteDir`/src to esbuild's asynchronous service. Returns at
 * once; the answers come in while this thread waits (for the settings, for a worker's pages).
 */
export function startModuleTransforms(siteDir: string): void {
  early = undefined; // another check's answers are no use to this one
  if (mechanismOff('early-strip')) return;
  const modules = typeScriptModulesOf(path.join(siteDir, 'src'));
  if (modules === undefined || modules.length === 0) return;
  let esbuild: typeof import('esbuild');
  try {
    esbuild = require('esbuild') as typeof import('esbuild');
  } catch {
    return;
  }
  const answers = new Map<string, Stripped>();
  const strippings = modules.map(async (file) => {
    const source = fs.readFileSync(file, 'utf8');
    const loader = moduleLoaderOf(file) as 'ts' | 'tsx'; // typeScriptModulesOf keeps those alone
    const { code, map } = await esbuild.transform(source, stripOptions(file, loader));
    answers.set(file, { source, loader, code, map });
  });
  // A module that cannot be read or stripped now gets the same failure when readModule reads it.
  const settled = Promise.allSettled(strippings).then(() => {});
  early = { answers, settled };
  trace(`${modules.length} TypeScript modules of src/ handed to esbuild`);
}

/** Resolves once every early stripping has answered or failed (at once when none was started). */
export const moduleTransformsSettled = (): Promise<void> => early?.settled ?? Promise.resolve();

/** The early stripping of `file`, when it was made from `source` with `loader`. */
export function earlyTransformOf(file: string, source: string, loader: StripLoader): { code: string; map: string } | undefined {
  const answer = early?.answers.get(file);
  return answer !== undefined && answer.source === source && answer.loader === loader ? answer : undefined;
}

/** The modules worth stripping early, absolute; undefined when there are too many (or no src/). */
function typeScriptModulesOf(srcDir: string): string[] | undefined {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(srcDir, { recursive: true, withFileTypes: true });
  } catch {
    return undefined;
  }
  const modules: string[] = [];
  for (const entry of entries) {
    const loader = entry.isFile() && !DECLARATIONS.test(entry.name) ? moduleLoaderOf(entry.name) : undefined;
    if (loader !== 'ts' && loader !== 'tsx') continue;
    const file = path.join(entry.parentPath, entry.name);
    if (file.includes(`${path.sep}node_modules${path.sep}`)) continue;
    modules.push(file);
    if (modules.length > MAX_MODULES) return undefined;
  }
  // A file gone since the listing is left out: readModule says what it says of it.
  return modules.filter((file) => (fs.statSync(file, { throwIfNoEntry: false })?.size ?? Infinity) <= MAX_BYTES);
}
