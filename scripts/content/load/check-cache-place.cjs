/**
 * Where a site's check cache lives, in plain CommonJS: check-cache.ts keeps its files there, and
 * scripts/run.cjs looks for them before the check's bundle loads (scripts/check-reads-pages.cjs).
 * One set of files per site folder, under the project's node_modules/.cache/faq-check/.
 */
const crypto = require('node:crypto');
const path = require('node:path');

/** The cache's folder in a project. */
function checkCacheDir(projectRoot) {
  return path.join(projectRoot, 'node_modules', '.cache', 'faq-check');
}

/** Where a site's cache files start (`<base>.index.json`…): a fingerprint of the site folder's full path. */
function checkCacheBase(projectRoot, siteDir) {
  const fingerprint = crypto.createHash('sha1').update(path.resolve(siteDir)).digest('base64');
  return path.join(checkCacheDir(projectRoot), fingerprint.replace(/[/+=]/g, '_'));
}

module.exports = { checkCacheDir, checkCacheBase };
