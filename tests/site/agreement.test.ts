/**
 * Agreement with Docusaurus itself: a fixture site made of the link patterns of real versioned
 * sites (partials, @site/ links, a file path into another version among them) builds with every
 * broken-link option on "throw", and the check reports no error on it; break one link, in a page
 * or in a partial, and both refuse it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkSite } from '../../scripts/check/check-site.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';

const DOCUSAURUS = path.join(__dirname, '..', '..', 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');

function copyFixture(name: string): string {
  const dir = path.join(OUTPUT_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'real-patterns'), dir, { recursive: true });
  return dir;
}

const docusaurusBuild = (dir: string) =>
  spawnSync(process.execPath, [DOCUSAURUS, 'build', dir, '--out-dir', path.join(dir, 'build')], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });

test('a site Docusaurus builds with every broken-link setting on throw gets zero link errors', { timeout: 600_000 }, async () => {
  const dir = copyFixture('agreement-good');
  const build = docusaurusBuild(dir);
  assert.equal(build.status, 0, build.stderr.slice(-2000));
  const { problems, summary } = await checkSite(dir, { cache: false });
  // Docusaurus follows a file path into another version; the check only warns about it.
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), ['versioned_docs/version-0.9/index.md:5 warning broken-link']);
  assert.ok(summary.links >= 20, `only ${summary.links} links were checked`);
});

test('one broken anchor: Docusaurus refuses to build and the check names the line', { timeout: 600_000 }, async () => {
  const dir = copyFixture('agreement-bad');
  const page = path.join(dir, 'docs', 'concepts.md');
  fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('#bundledeploymentoptions', '#bundle-deployment-options'));
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.rule}`), ['docs/concepts.md:9 broken-anchor']);
  const build = docusaurusBuild(dir);
  assert.notEqual(build.status, 0, 'Docusaurus accepted the broken anchor');
  assert.match(build.stdout + build.stderr, /bundle-deployment-options/);
});

test('one broken anchor in a partial: Docusaurus refuses to build and the check names the partial\'s line', { timeout: 600_000 }, async () => {
  const dir = copyFixture('agreement-bad-partial');
  const partial = path.join(dir, 'docs', '_partials', '_install.md');
  fs.writeFileSync(partial, fs.readFileSync(partial, 'utf8').replace('#helmoptions', '#helm-options'));
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.rule}`), ['docs/_partials/_install.md:3 broken-anchor']);
  const build = docusaurusBuild(dir);
  assert.notEqual(build.status, 0, 'Docusaurus accepted the broken anchor');
  assert.match(build.stdout + build.stderr, /helm-options/);
});
