#!/usr/bin/env node
/**
 * Runs a TypeScript script fast: bundles it with esbuild into node_modules/.cache/faq-scripts/
 * the first time and whenever one of its source files changes, then runs the bundle with plain
 * Node. Starting through tsx costs about a third of a second on every run; the writers' check
 * runs on every save, so it should start in a blink.
 *
 *   node scripts/run.cjs scripts/check.ts [args…]
 */
const fs = require('node:fs');
const path = require('node:path');

const [entry, ...args] = process.argv.slice(2);
const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'node_modules', '.cache', 'faq-scripts');
const name = path.relative(root, path.resolve(entry)).replace(/[\\/]/g, '__').replace(/\.ts$/, '');
const bundle = path.join(outDir, `${name}.cjs`);
const manifest = `${bundle}.inputs.json`;

function isFresh() {
  try {
    const bundleTime = fs.statSync(bundle).mtimeMs;
    const inputs = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    return inputs.every((input) => fs.statSync(path.join(root, input)).mtimeMs <= bundleTime);
  } catch {
    return false;
  }
}

if (!isFresh()) {
  const result = require('esbuild').buildSync({
    entryPoints: [path.resolve(entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    write: false,
    metafile: true,
    logLevel: 'error',
    // Keep packages that load their own files or TypeScript at run time as real requires.
    external: ['tsx', 'tsx/*', 'esbuild', 'fsevents'],
    define: { 'import.meta.dirname': '__dirname' },
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules'));
  // Write through a temporary file: another run starting at the same moment must never load a
  // half-written bundle.
  fs.mkdirSync(outDir, { recursive: true });
  const temp = `${bundle}.${process.pid}`;
  fs.writeFileSync(temp, result.outputFiles[0].contents);
  fs.renameSync(temp, bundle);
  fs.writeFileSync(`${manifest}.${process.pid}`, JSON.stringify(inputs));
  fs.renameSync(`${manifest}.${process.pid}`, manifest);
}

process.argv = [process.argv[0], bundle, ...args];
require(bundle);
