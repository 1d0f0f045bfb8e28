/**
 * Third-party modules a check requires at run time, compiled from V8 code caches: Joi for
 * Docusaurus's front matter schema and sidebars (main thread), and what a site's config imports
 * (the thread that loads it, the page worker on a cold check: jiti, prism-react-renderer's
 * languages, React). Node 20 compiles each of them anew in every run (Node 22 has
 * module.enableCompileCache for this). The bundles' own caches are scripts/run.cjs's; this is
 * the same for the modules outside them.
 *
 * Within `requireWithCodeCache(load)`, each file under node_modules that Node compiles is
 * compiled as Node's loader would (the same wrapper, require, dynamic import), with the cache
 * kept for it next to the bundle (`module-caches/<path hash>.<size>-<time>.<flags>.v8cache`:
 * V8 checks a cache only against its text's length and its flags). The caches are written when
 * the thread has done its usual work (scripts/code-cache.ts), after the modules ran, so they
 * hold the functions the run compiled; only those V8 did not accept are written.
 * Only from the bundle: from source (tests, `npm start`) modules load as usual.
 * FAQ_CHECK_WITHOUT=module-cache switches it off (scripts/mechanisms.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { mechanismOff } from './mechanisms.ts';
import { writeFiles } from './content/load/write-files.ts';
import { codeCacheFile, MODULE_CACHES } from './code-cache-files.cjs';

type CompilingModule = Module & { _compile(content: string, filename: string): unknown };
interface ModuleInternals {
  prototype: CompilingModule;
  _resolveFilename(request: string, parent: Module, isMain: boolean, options?: { paths?: string[] }): string;
  _resolveLookupPaths(request: string, parent: Module): string[] | null;
  _cache: NodeJS.Require['cache'];
  _extensions: NodeJS.Require['extensions'];
}

const RUNNING_FROM_BUNDLE = __filename.endsWith('.cjs');
const CACHE_DIR = path.join(__dirname, MODULE_CACHES);
// Dynamic import() in a module compiled by vm behaves as in Node's loader only with this; a Node
// without it loads modules as usual.
const DEFAULT_LOADER = (vm.constants as unknown as { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } | undefined)?.USE_MAIN_CONTEXT_DEFAULT_LOADER;

/** Scripts compiled without a cache V8 accepted, with where their cache goes. */
const unsaved: Array<{ file: string; script: vm.Script }> = [];

export function requireWithCodeCache<T>(load: () => T): T {
  if (!RUNNING_FROM_BUNDLE || DEFAULT_LOADER === undefined || mechanismOff('module-cache')) return load();
  const internals = Module as unknown as ModuleInternals;
  const usual = internals.prototype._compile;
  internals.prototype._compile = function compileFromCache(this: CompilingModule, content: string, filename: string) {
    // Only third-party code: not the bundles (run.cjs caches them), nor a site's own files.
    // A file starting with `#!` is left to Node, which reads that line as a comment.
    if (!filename.includes(`${path.sep}node_modules${path.sep}`) || filename.startsWith(__dirname) || content.startsWith('#!')) return usual.call(this, content, filename);
    return runCached(this, content, filename, internals);
  };
  try {
    return load();
  } finally {
    internals.prototype._compile = usual;
  }
}

/** Write the caches of the modules compiled without one: once this thread's usual work is done. */
export function writeModuleCodeCaches(): void {
  const writes = unsaved.splice(0).map(({ file, script }) => ({ file, parts: [script.createCachedData()] }));
  if (writes.length === 0) return;
  // Caches of older versions of the same modules (same path, another size or time, same flags)
  // are never read again.
  const written = new Set(writes.map(({ file }) => path.basename(file)));
  const moduleOf = (name: string) => `${name.split('.')[0]}|${name.split('.').slice(2).join('.')}`;
  const modules = new Set([...written].map(moduleOf));
  try {
    for (const name of fs.readdirSync(CACHE_DIR)) if (!written.has(name) && modules.has(moduleOf(name))) fs.rmSync(path.join(CACHE_DIR, name), { force: true });
  } catch {
    // no folder yet
  }
  writeFiles(writes); // each whole or not at all; a cache that cannot be written only costs time
}

function runCached(module: CompilingModule, content: string, filename: string, internals: ModuleInternals): unknown {
  const { size, mtimeMs } = fs.statSync(filename);
  const name = crypto.createHash('sha1').update(filename).digest('hex').slice(0, 20);
  const file = codeCacheFile(path.join(CACHE_DIR, name), size, mtimeMs, process.env.FAQ_SCRIPT_FLAGS ?? '');
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(file);
  } catch {
    // none yet
  }
  const script = new vm.Script(Module.wrap(content), { filename, cachedData, importModuleDynamically: DEFAULT_LOADER as never });
  if (cachedData === undefined || script.cachedDataRejected) unsaved.push({ file, script });
  // The require a module gets from Node's loader (makeRequireFunction).
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  const resolve = (request: string, options?: { paths?: string[] }) => internals._resolveFilename(request, module, false, options);
  require.resolve = Object.assign(resolve, { paths: (request: string) => internals._resolveLookupPaths(request, module) });
  require.main = process.mainModule;
  require.extensions = internals._extensions;
  require.cache = internals._cache;
  const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
  return wrapper.call(module.exports, module.exports, require, module, filename, path.dirname(filename));
}
