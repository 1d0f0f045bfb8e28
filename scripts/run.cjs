#!/usr/bin/env node
/**
 * Runs a TypeScript script fast: bundles it with esbuild into node_modules/.cache/faq-scripts/
 * the first time and whenever one of its source files changes, then runs the bundle with plain
 * Node. Starting through tsx costs about a third of a second on every run; the writers' check
 * runs on every save, so it should start in a blink.
 *
 * Worker modules (`scripts/**\/<name>.worker.ts`) get a bundle each, next to the main one, so
 * that worker threads start without tsx too (see scripts/content/load/threads.ts).
 *
 * Each bundle runs from a V8 code cache kept next to it (`<bundle>.<size>-<time>.<flags>.v8cache`,
 * see runBundle), in the worker threads too: scripts/content/load/threads.ts starts them through
 * this file.
 *
 *   node scripts/run.cjs scripts/check.ts [args…]
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const { isMainThread, workerData } = require('node:worker_threads');

const { switchedOff } = require('./switched-off.cjs');
const { bundleDirOf, codeCacheFile } = require('./code-cache-files.cjs');
const { isRacy } = require('./content/load/racy-files.cjs');

const withoutCodeCache = switchedOff('code-cache');
const CODE_CACHE_READY = Symbol.for('faq.code-cache-ready');
/** Where the worker threads started early wait to be taken (scripts/content/load/threads.ts). */
const WAITING_WORKERS = Symbol.for('faq.waiting-workers');

if (!isMainThread) {
  // A worker thread of a bundled script (threads.ts): its own bundle, from its code cache.
  runBundle(workerData.entry, process.env.FAQ_SCRIPT_FLAGS ?? '');
  return;
}

const [entry, ...args] = process.argv.slice(2);
const root = path.resolve(__dirname, '..');
const bundleDir = bundleDirOf(root, path.resolve(entry));
const bundle = path.join(bundleDir, 'main.cjs');
const manifest = path.join(bundleDir, 'inputs.json');

function workerEntries(dir = __dirname) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return workerEntries(full);
    return item.name.endsWith('.worker.ts') ? [path.relative(root, full)] : [];
  });
}

function isFresh(workers) {
  try {
    if (!fs.existsSync(bundle)) return false;
    const built = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    // This file's build options shape the bundle too.
    // Made from this tree: two checkouts sharing one node_modules (a git worktree) share the
    // folder, and one's older files would pass for the other's bundle by their times alone.
    // A source whose time is within a tick of the build's start may have been written again
    // after esbuild read it, keeping its time (content/load/racy-files.cjs): built again.
    const settled = (file) => !isRacy(fs.statSync(file).mtimeMs, built.startedAt);
    return built.root === root && JSON.stringify(built.workers) === JSON.stringify(workers) && typeof built.startedAt === 'number'
      && settled(__filename) && built.inputs.every((input) => settled(path.join(root, input)));
  } catch {
    return false;
  }
}

async function build(workers) {
  const startedAt = Date.now(); // before esbuild reads any source (isFresh)
  const entryPoints = { main: path.resolve(entry) };
  for (const worker of workers) entryPoints[path.basename(worker, '.ts')] = path.join(root, worker);
  const result = await require('esbuild').build({
    entryPoints,
    bundle: true,
    // The metafile names inputs from this folder, whatever folder the run started in (isFresh
    // reads them from the root; from elsewhere, every run would bundle again).
    absWorkingDir: root,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: bundleDir,
    outExtension: { '.js': '.cjs' },
    write: false,
    metafile: true,
    logLevel: 'error',
    // Keep packages that load their own files or TypeScript at run time as real requires.
    external: ['tsx', 'tsx/*', 'esbuild', 'jiti', 'fsevents'],
    define: { 'import.meta.dirname': '__dirname' },
    // acorn has an ES module for imports and a CommonJS file for require calls (acorn-jsx's): one
    // copy for both, or every bundle that reads MDX carries it twice (230 kB each, parsed on
    // every start).
    alias: { acorn: require.resolve('acorn') },
    // Without comments and indentation: 1.3 MB instead of 1.8 MB, and all ASCII (the packages'
    // comments hold curly quotes and emoji), so each thread reads and compiles a one-byte string
    // instead of a two-byte one: warm checks 5 to 16% faster (BENCHMARKS.md, thirty-sixth round).
    // Names are kept, for stack traces and CPU profiles.
    minifyWhitespace: true,
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules'));
  // Write through temporary files, the main bundle last: another run starting at the same moment
  // must never load a half-written bundle, nor a fresh main bundle with stale workers.
  fs.mkdirSync(bundleDir, { recursive: true });
  // The old bundles' code caches (runBundle) would never be read again.
  for (const file of fs.readdirSync(bundleDir)) if (file.endsWith('.v8cache')) fs.rmSync(path.join(bundleDir, file), { force: true });
  const files = result.outputFiles.sort((a, b) => (a.path === bundle) - (b.path === bundle));
  for (const file of [...files, { path: manifest, contents: JSON.stringify({ root, workers, inputs, startedAt }) }]) writeAtomically(file.path, file.contents);
}

/**
 * V8 flags a script runs under, set before its bundle is compiled: V8 takes a code cache only
 * under the flags it was made under, and the script would set them as it starts anyway.
 */
const SCRIPT_FLAGS = { 'scripts/check.ts': () => require('./v8-flags.cjs').setCheckFlags() };

/**
 * Worker threads a script's cold runs ask for, started before its bundle is compiled. A thread
 * takes 60 to 90 ms to start; meanwhile the main thread compiles its bundle (about 40 ms) with
 * the other core idle. Started here, the page worker loads the site's config (load/load-site.ts)
 * and starts claiming pages soon after the main thread does; only for a run that will read pages
 * (check-reads-pages.cjs). A run that turns out not to need it ends it (threads.ts
 * releaseWaitingWorkers).
 * FAQ_CHECK_WITHOUT=early-workers starts none (scripts/mechanisms.ts).
 */
const SCRIPT_WORKERS = {
  'scripts/check.ts': (args) => (require('./check-reads-pages.cjs').checkReadsPages(args, root) ? ['page-records'] : []),
};

/**
 * Run a bundle from the V8 code cache next to it: the bytecode of the functions a typical run
 * compiled, so that neither the bundle (1 to 1.5 MB) is parsed nor those functions compiled
 * again, in each thread of each run. V8 refuses a cache made from another text or under other
 * flags; the bundle is then compiled as usual. The cache is written when the script says its
 * thread has done its usual work (scripts/code-cache.ts), if none was accepted at the start.
 * FAQ_CHECK_WITHOUT=code-cache runs without it (scripts/mechanisms.ts).
 */
function runBundle(file, flags) {
  if (withoutCodeCache) {
    require(file);
    return;
  }
  const { size, mtimeMs } = fs.statSync(file);
  const cacheFile = codeCacheFile(file, size, mtimeMs, flags);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // none yet: this run writes it
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  // Making the cache takes 5-15 ms: only when there is none V8 accepted.
  if (cachedData === undefined || script.cachedDataRejected) {
    globalThis[CODE_CACHE_READY] = () => {
      globalThis[CODE_CACHE_READY] = undefined;
      try {
        writeAtomically(cacheFile, script.createCachedData());
      } catch {
        // A cache that cannot be written (a read-only or full disk) is only a run that stays slower.
      }
    };
  }
  // As Node's own loader would run it: a module with its own require, in the module cache.
  const bundleModule = new Module(file, module);
  bundleModule.filename = file;
  bundleModule.paths = Module._nodeModulePaths(path.dirname(file));
  require.cache[file] = bundleModule;
  const requireFromBundle = Module.createRequire(file);
  script.runInThisContext().call(bundleModule.exports, bundleModule.exports, requireFromBundle, bundleModule, file, path.dirname(file));
  bundleModule.loaded = true;
}

/** Another run starting at the same moment must never read a half-written file. */
function writeAtomically(file, contents) {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    fs.writeFileSync(temp, contents);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

async function main() {
  const workers = workerEntries();
  if (!isFresh(workers)) await build(workers);
  const script = path.relative(root, path.resolve(entry)).split(path.sep).join('/');
  const flags = SCRIPT_FLAGS[script]?.() ?? '';
  process.argv = [process.argv[0], bundle, ...args];
  // Worker threads of the bundle start through this file too (threads.ts), for their code caches.
  if (!withoutCodeCache) Object.assign(process.env, { FAQ_SCRIPT_RUNNER: __filename, FAQ_SCRIPT_FLAGS: flags });
  if (!switchedOff('early-workers')) startWaitingWorkers(SCRIPT_WORKERS[script]?.(args) ?? []);
  runBundle(bundle, flags);
}

/**
 * Start each named worker of the bundle now, to wait for its input in a message
 * (threads.ts). Each is kept by its bundle file until taken; one that fails or ends before
 * is dropped, and the script starts a fresh one instead.
 */
function startWaitingWorkers(names) {
  if (names.length === 0) return;
  const { Worker } = require('node:worker_threads');
  const waiting = new Map();
  for (const name of names) {
    const entry = path.join(bundleDir, `${name}.worker.cjs`);
    const worker = new Worker(__filename, { workerData: { entry } });
    worker.unref(); // a run that never takes it does not wait for it
    const drop = () => {
      if (waiting.get(entry) === worker) waiting.delete(entry);
    };
    worker.once('error', drop);
    worker.once('exit', drop);
    waiting.set(entry, worker);
  }
  globalThis[WAITING_WORKERS] = waiting;
}

main().catch((error) => {
  process.stderr.write(`run.cjs: ${error.stack ?? error}\n`);
  process.exit(2);
});
