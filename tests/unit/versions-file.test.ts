/**
 * Rule `versions`: versions.json read as the docs plugin reads it (JSON, then its own
 * validateVersionNames); one it refuses is the report's one error, at its place, not a crash.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readVersionNames } from '../../scripts/content/load/versions.ts';
import { checkWith, FIXTURES } from '../helpers/check-fixture.ts';
import { checkSite } from '../../scripts/check/check-site.ts';

/** The check's lines on a copy of the tags fixture (two versions) with this versions.json. */
async function linesWith(versions: string): Promise<string[]> {
  const { problems, summary } = await checkWith({ 'versions.json': versions }, 'tags');
  return [...problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`), `${summary.pages} pages`];
}

test('versions.json that is not JSON is one error at the place the parser stopped', async () => {
  assert.deepEqual(await linesWith('[\n  "1.0"\n  "0.9"\n]\n'), [
    'versions.json:3:3 error versions: versions.json is not JSON: Expected \',\' or \']\' after array element in JSON at position 12; the build stops',
    '0 pages',
  ]);
});

test('a version name Docusaurus refuses is shown with its words', async () => {
  assert.deepEqual(await linesWith('["1.0/beta"]\n'), [
    'versions.json:1:1 error versions: Docusaurus refuses versions.json: Invalid version name "1.0/beta": version name should not include slash (/) or backslash (\\).',
    '0 pages',
  ]);
});

test('current stands for docs/, and a name written twice is read as one version (Docusaurus loads it twice, and only warns where onDuplicateRoutes is not "throw")', async () => {
  assert.deepEqual(await linesWith('["1.0", "current", "1.0"]\n'), ['3 pages']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'versions-names-'));
  try {
    fs.writeFileSync(path.join(dir, 'versions.json'), '["2.0", "current", "1.0", "2.0"]');
    assert.deepEqual(readVersionNames(dir), ['2.0', '1.0']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a version listed twice where onDuplicateRoutes is "throw" is the one error, at its second entry: Docusaurus loads it twice and stops on its routes', async () => {
  const config = fs.readFileSync(path.join(FIXTURES, 'tags', 'docusaurus.config.js'), 'utf8').replace("onBrokenLinks: 'throw',", "onBrokenLinks: 'throw',\n  onDuplicateRoutes: 'throw',");
  const { problems } = await checkWith({ 'docusaurus.config.js': config, 'versions.json': '[\n  "1.0",\n  "1.0"\n]\n' }, 'tags');
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`), [
    'versions.json:3:3 error versions: version "1.0" is listed twice in versions.json: Docusaurus loads it twice, which puts two pages at each of its addresses, and stops with "Duplicate routes found!"',
  ]);
  // A version left out of the build (onlyIncludeVersions) makes no routes.
  const leftOut = config.replace("routeBasePath: '/',", "routeBasePath: '/', onlyIncludeVersions: ['current'],");
  assert.deepEqual((await checkWith({ 'docusaurus.config.js': leftOut, 'versions.json': '["1.0", "1.0"]\n' }, 'tags')).problems.filter((p) => p.rule === 'versions'), []);
});

test('version options Docusaurus refuses (lastVersion, versions, onlyIncludeVersions naming no version) are the one error, in its words, at the option in the config', async () => {
  const config = fs.readFileSync(path.join(FIXTURES, 'tags', 'docusaurus.config.js'), 'utf8');
  const lines = async (options: string) => (await checkWith({ 'docusaurus.config.js': config.replace("routeBasePath: '/',", `routeBasePath: '/',\n      ${options},`) }, 'tags')).problems
    .map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`);
  assert.deepEqual(await lines("lastVersion: '9.9'"), [
    'docusaurus.config.js:13:7 error versions: Docusaurus refuses the docs plugin\'s version options: Docs option lastVersion: 9.9 is invalid. Available version names are: current, 1.0; the build stops',
  ]);
  assert.deepEqual(await lines("versions: { '2.0': { label: 'Two' } }"), [
    'docusaurus.config.js:13:7 error versions: Docusaurus refuses the docs plugin\'s version options: Invalid docs option "versions": unknown versions (2.0) found. Available version names are: current, 1.0; the build stops',
  ]);
  assert.deepEqual(await lines("onlyIncludeVersions: ['current', '0.1']"), [
    'docusaurus.config.js:13:7 error versions: Docusaurus refuses the docs plugin\'s version options: Invalid docs option "onlyIncludeVersions": unknown versions (0.1) found. Available version names are: current, 1.0; the build stops',
  ]);
  // Names it knows pass.
  assert.deepEqual((await lines("lastVersion: '1.0', versions: { current: { label: 'Next' }, '1.0': { label: 'One' } }, onlyIncludeVersions: ['current', '1.0']")).filter((line) => line.includes(' versions: ')), []);
});

test('a version the docs plugin cannot load is the one error: no docs folder, or no doc in it, at its name in versions.json', async () => {
  assert.deepEqual(await linesWith('["1.0", "0.8"]\n'), [
    'versions.json:1:9 error versions: version "0.8" has no docs folder (versioned_docs/version-0.8): the build stops',
    '0 pages',
  ]);
  const { problems } = await checkWith({ 'versions.json': '[\n  "1.0",\n  "0.8"\n]\n', 'versioned_docs/version-0.8/_partials/_p.md': '## Part\n' }, 'tags');
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`), [
    'versions.json:3:3 error versions: version "0.8" has no docs in versioned_docs/version-0.8: the build stops',
  ]);
});

test('a versioned sidebar named as early Docusaurus 2 named them (version-1.0/docs) is refused, as Docusaurus 3 refuses it', async () => {
  const { problems } = await checkWith({ 'versioned_sidebars/version-1.0-sidebars.json': '{\n  "version-1.0/docs": [{"type": "autogenerated", "dirName": "."}]\n}\n' }, 'tags');
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`), [
    'versioned_sidebars/version-1.0-sidebars.json:2:3 error sidebar: the sidebar name "version-1.0/docs" has the version in it, as early Docusaurus 2 wrote it: Docusaurus 3 refuses it, and the build stops',
  ]);
});

test('a config that does not load, then no docs where the defaults look: the report keeps why (the config\'s failure) and names the config file as it is', async () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'unloaded-config-'));
  try {
    fs.writeFileSync(path.join(site, 'docusaurus.config.mjs'), "import plugin from 'no-such-remark-plugin';\nexport default { title: 'T', url: 'https://docs.example.com', baseUrl: '/', presets: [['classic', { docs: { path: '../docs', remarkPlugins: [plugin] } }]] };\n");
    const { problems, settings } = await checkSite(site, { cache: false });
    assert.equal(settings.source.kind, 'fallback');
    assert.match(settings.source.kind === 'fallback' ? settings.source.warning : '', /could not load docusaurus\.config\.mjs .*no-such-remark-plugin/);
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.rule}`), ['docusaurus.config.mjs:1 versions']);
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});
