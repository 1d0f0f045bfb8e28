/**
 * Where scripts/run.cjs keeps a script's bundles and their V8 code caches, and how a cache file
 * is named. Read by the runner, by the module caches (module-code-cache.ts, in a folder of the
 * bundle's) and by the benches, which remove them to time a first run or to have a whole check
 * write them.
 */
const fs = require('node:fs');
const path = require('node:path');

/** A script's bundle folder; FAQ_SCRIPTS_CACHE moves them all (a test that changes caches works on its own). */
function bundleDirOf(root, entry, env = process.env) {
  const name = path.relative(root, path.resolve(root, entry)).replace(/[\\/]/g, '__').replace(/\.ts$/, '');
  return path.join(env.FAQ_SCRIPTS_CACHE ?? path.join(root, 'node_modules', '.cache', 'faq-scripts'), name);
}

/** The folder of a bundle's third-party module caches. */
const MODULE_CACHES = 'module-caches';

/**
 * The cache of the file `base` names, at its size and time, under V8 `flags`. V8 checks a cache
 * only against its text's length and its flags: the name holds the file's version and the
 * flags, so a cache made under other flags is another file, not one to overwrite.
 */
function codeCacheFile(base, size, mtimeMs, flags) {
  const tag = flags ? `.${flags.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}` : '';
  return `${base}.${size}-${Math.round(mtimeMs)}${tag}.v8cache`;
}

/**
 * Remove a bundle's V8 code caches and its third-party modules' (for the benches): the next
 * whole check writes them anew, with the functions it compiles. Which run wrote them decides
 * what they hold, and a small site's left a real site's check 3-8% slower.
 */
function removeCodeCaches(bundleDir) {
  if (!fs.existsSync(bundleDir)) return;
  for (const file of fs.readdirSync(bundleDir)) if (file.endsWith('.v8cache')) fs.rmSync(path.join(bundleDir, file));
  fs.rmSync(path.join(bundleDir, MODULE_CACHES), { recursive: true, force: true });
}

module.exports = { bundleDirOf, codeCacheFile, MODULE_CACHES, removeCodeCaches };
