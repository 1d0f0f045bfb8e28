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
 *   node scripts/run.cjs scripts/check.ts [args…]
 */
const fs = require('node:fs');
const path = require('node:path');

const [entry, ...args] = process.argv.slice(2);
const root = path.resolve(__dirname, '..');
const name = path.relative(root, path.resolve(entry)).replace(/[\\/]/g, '__').replace(/\.ts$/, '');
const bundleDir = path.join(root, 'node_modules', '.cache', 'faq-scripts', name);
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
    const bundleTime = fs.statSync(bundle).mtimeMs;
    const built = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    // This file's build options shape the bundle too.
    return JSON.stringify(built.workers) === JSON.stringify(workers) && fs.statSync(__filename).mtimeMs <= bundleTime
      && built.inputs.every((input) => fs.statSync(path.join(root, input)).mtimeMs <= bundleTime);
  } catch {
    return false;
  }
}

/**
 * gray-matter parses YAML with js-yaml 3's safeLoad, which never reads `!!js/function`: the one
 * type that needs esprima. js-yaml still requires esprima as it loads (10 ms, 300 kB parsed, on
 * every run that reads a page's front matter). In the bundle, that type's file does without it,
 * as in js-yaml's browser build; if the file ever reads otherwise, nothing is replaced.
 */
const withoutEsprima = {
  name: 'js-yaml-without-esprima',
  setup(build) {
    build.onLoad({ filter: /[\\/]js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/ }, (args) => ({
      contents: fs.readFileSync(args.path, 'utf8').replace("_require('esprima')", 'undefined'),
      loader: 'js',
    }));
  },
};

async function build(workers) {
  const entryPoints = { main: path.resolve(entry) };
  for (const worker of workers) entryPoints[path.basename(worker, '.ts')] = path.join(root, worker);
  const result = await require('esbuild').build({
    entryPoints,
    bundle: true,
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
    plugins: [withoutEsprima],
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules'));
  // Write through temporary files, the main bundle last: another run starting at the same moment
  // must never load a half-written bundle, nor a fresh main bundle with stale workers.
  fs.mkdirSync(bundleDir, { recursive: true });
  const files = result.outputFiles.sort((a, b) => (a.path === bundle) - (b.path === bundle));
  for (const file of [...files, { path: manifest, contents: JSON.stringify({ workers, inputs }) }]) {
    const temp = `${file.path}.${process.pid}`;
    fs.writeFileSync(temp, file.contents);
    fs.renameSync(temp, file.path);
  }
}

async function main() {
  const workers = workerEntries();
  if (!isFresh(workers)) await build(workers);
  process.argv = [process.argv[0], bundle, ...args];
  require(bundle);
}

main().catch((error) => {
  process.stderr.write(`run.cjs: ${error.stack ?? error}\n`);
  process.exit(2);
});
