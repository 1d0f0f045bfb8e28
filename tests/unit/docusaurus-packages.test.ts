/**
 * A site installed with pnpm: its node_modules/@docusaurus holds links to its own dependencies
 * (core, the classic preset) only, and what the preset loads (the classic theme, plugin-svgr)
 * sits beside the preset in pnpm's store. Docusaurus finds the theme from the preset's folder;
 * so must the check, or every `@theme/Tabs` import is refused although the build takes it (seen
 * on a site installed with pnpm 9: four false errors on one page, and a build that passed).
 *
 * The layout is made under the system's temp folder, away from the project's own node_modules,
 * with copies of the installed packages' files the check reads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { docusaurusPackages } from '../../scripts/content/load/docusaurus-packages.ts';
import { loadMdxEnvironment } from '../../scripts/content/load/mdx-environment.ts';

const installed = (name: string) => path.dirname(createRequire(import.meta.filename).resolve(`${name}/package.json`));

/** Copy the parts of an installed package that the check reads into pnpm's store, as `.pnpm/<key>/node_modules/<name>`. */
function storePackage(site: string, key: string, name: string, parts: string[]): string {
  const dir = path.join(site, 'node_modules', '.pnpm', key, 'node_modules', name);
  for (const part of ['package.json', ...parts]) fs.cpSync(path.join(installed(name), part), path.join(dir, part), { recursive: true });
  return dir;
}

function link(target: string, at: string): void {
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.symlinkSync(target, at, 'dir');
}

/** A pnpm-shaped site; `themeBesidePreset` false leaves the theme out of the preset's folder. */
function pnpmSite(themeBesidePreset = true): string {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'pnpm-site-'));
  fs.writeFileSync(path.join(site, 'package.json'), '{"dependencies": {"@docusaurus/core": "3", "@docusaurus/preset-classic": "3"}}\n');
  const core = storePackage(site, 'core', '@docusaurus/core', ['lib/client']);
  const preset = storePackage(site, 'preset', '@docusaurus/preset-classic', ['lib']);
  const theme = storePackage(site, 'theme', '@docusaurus/theme-classic', ['lib/theme']);
  const svgr = storePackage(site, 'svgr', '@docusaurus/plugin-svgr', ['lib']);
  link(core, path.join(site, 'node_modules', '@docusaurus', 'core'));
  link(preset, path.join(site, 'node_modules', '@docusaurus', 'preset-classic'));
  const besidePreset = path.join(site, 'node_modules', '.pnpm', 'preset', 'node_modules', '@docusaurus');
  if (themeBesidePreset) link(theme, path.join(besidePreset, 'theme-classic'));
  link(svgr, path.join(besidePreset, 'plugin-svgr'));
  return site;
}

const page = {
  file: 'docs/a.mdx',
  imports: [],
  mdx: {
    parsed: true, bound: ['Tabs', 'Nope'],
    imports: [{ source: '@theme/Tabs', names: [{ imported: 'default', local: 'Tabs' }], line: 1, column: 1 }, { source: '@theme/Nope', names: [{ imported: 'default', local: 'Nope' }], line: 2, column: 1 }],
    freeNames: [{ name: 'Unknown', usage: 'component' as const, line: 4, column: 1 }],
  },
};

test('the classic theme is found beside the preset that loads it, as Docusaurus finds it', () => {
  const site = pnpmSite();
  try {
    assert.deepEqual(fs.readdirSync(path.join(site, 'node_modules', '@docusaurus')).sort(), ['core', 'preset-classic']);
    const packages = docusaurusPackages(site);
    assert.deepEqual(packages.themeDirs.map((dir) => path.basename(dir)), ['theme-classic']);
    assert.match(packages.resolve('@docusaurus/plugin-svgr') ?? '', /\.pnpm\/svgr\/node_modules\/@docusaurus\/plugin-svgr\//);
    assert.equal(packages.resolve('@docusaurus/nope'), undefined);
    const environment = loadMdxEnvironment(site, [page], new Set());
    // The theme's component resolves; a name no theme has does not.
    assert.deepEqual(environment.unresolvedImports, { 'docs/a.mdx': ['@theme/Nope'] });
    // The theme's MDXComponents is read: a component it does not provide is known to be missing.
    assert.equal(environment.components?.complete, true);
    assert.match(environment.components?.source ?? '', /theme-classic\/lib\/theme\/MDXComponents\/index\.js$/);
    assert.ok(!environment.components?.names.includes('Unknown'));
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('without the theme beside the preset, its components resolve nowhere', () => {
  const site = pnpmSite(false);
  try {
    assert.deepEqual(docusaurusPackages(site).themeDirs, []);
    const environment = loadMdxEnvironment(site, [page], new Set());
    assert.deepEqual(environment.unresolvedImports, { 'docs/a.mdx': ['@theme/Tabs', '@theme/Nope'] });
    assert.equal(environment.components?.complete, false);
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('with npm\'s flat layout (this project\'s own), the same packages are found from the site', () => {
  const packages = docusaurusPackages(path.resolve(import.meta.dirname, '..', '..'));
  assert.ok(packages.themeDirs.some((dir) => path.basename(dir) === 'theme-classic'));
  assert.equal(packages.coreDir, installed('@docusaurus/core'));
  assert.equal(packages.resolve('@docusaurus/plugin-svgr'), createRequire(import.meta.filename).resolve('@docusaurus/plugin-svgr'));
});

test('a site in a monorepo finds the packages its own node_modules lacks in the repository\'s', () => {
  // The repository's node_modules holds the packages (links to this project's installed ones);
  // the site's own holds one other package only, as workspaces leave a version that differs.
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'monorepo-'));
  try {
    const site = path.join(repo, 'website');
    fs.mkdirSync(site);
    fs.writeFileSync(path.join(site, 'package.json'), '{}\n');
    for (const name of ['core', 'preset-classic', 'theme-classic', 'plugin-svgr']) link(installed(`@docusaurus/${name}`), path.join(repo, 'node_modules', '@docusaurus', name));
    storePackage(site, 'own', '@docusaurus/logger', []);
    link(path.join(site, 'node_modules', '.pnpm', 'own', 'node_modules', '@docusaurus', 'logger'), path.join(site, 'node_modules', '@docusaurus', 'logger'));
    const packages = docusaurusPackages(site);
    assert.deepEqual(packages.themeDirs.map((dir) => path.basename(dir)).filter((name) => name === 'theme-classic'), ['theme-classic']);
    const environment = loadMdxEnvironment(site, [page], new Set());
    assert.deepEqual(environment.unresolvedImports, { 'docs/a.mdx': ['@theme/Nope'] });
  } finally {
    fs.rmSync(repo, { recursive: true, force: true });
  }
});
