/**
 * Routes a site's own plugin adds from files it reads are learned again when those files
 * change, on a warm run too: the plugin names them as it does for `docusaurus start`'s watcher
 * (getPathsToWatch), and the stored settings keep a fingerprint of them (load/plugin-inputs.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import { inputsFingerprint, watchedPaths } from '../../scripts/content/load/plugin-inputs.ts';
import { OUTPUT_DIR, settle, writeSiteFile } from '../helpers/paths.ts';

function freshSite(name: string, files: Record<string, string>): string {
  const dir = path.join(OUTPUT_DIR, `plugin-inputs-${name}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeSiteFile(dir, file, text);
  settle(dir); // written "long ago": a time too close to a run vouches for nothing (load/racy-files.cjs)
  return dir;
}

// A plugin that adds a page per name in data/pages.json, and watches data/*.json.
const DATA_ROUTES = `const fs = require('fs');
const path = require('path');
module.exports = function dataRoutes(context) {
  return {
    name: 'data-routes',
    getPathsToWatch: () => [path.join(context.siteDir, 'data', '*.json')],
    loadContent: () => JSON.parse(fs.readFileSync(path.join(context.siteDir, 'data', 'pages.json'), 'utf8')),
    contentLoaded({ content, actions }) {
      for (const name of content) actions.addRoute({ path: '/data/' + name, component: '@theme/NotFound', exact: true });
    },
  };
};
`;
const CONFIG = `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false, pages: false }]],\n  plugins: ['./data-routes.js'],\n};\n`;
const PAGE = '---\nslug: /\n---\n\n# Home\n\nSee [a](/data/a) and [b](/data/b).\n';

const brokenLinks = async (dir: string) => {
  const result = await checkSite(dir, { reuseReport: true });
  return { read: result.site !== undefined, broken: result.problems.filter(({ rule }) => rule === 'broken-link').map(({ line, column }) => `${line}:${column}`) };
};

test('a plugin\'s routes are learned again, on a warm run, when a file it watches changes; not otherwise', async () => {
  const dir = freshSite('warm', { 'docusaurus.config.js': CONFIG, 'data-routes.js': DATA_ROUTES, 'data/pages.json': '["a"]\n', 'docs/index.md': PAGE });
  assert.deepEqual(await brokenLinks(dir), { read: true, broken: ['7:22'] });
  assert.deepEqual(await brokenLinks(dir), { read: false, broken: ['7:22'] }, 'nothing changed: the stored report');
  fs.writeFileSync(path.join(dir, 'data', 'notes.txt'), 'not a watched file\n');
  assert.deepEqual(await brokenLinks(dir), { read: false, broken: ['7:22'] }, 'a file the glob does not match');
  fs.writeFileSync(path.join(dir, 'data', 'pages.json'), '["a", "b"]\n');
  assert.deepEqual(await brokenLinks(dir), { read: true, broken: [] }, 'the plugin ran again and added /data/b');
  fs.writeFileSync(path.join(dir, 'data', 'pages.json'), '["b"]\n');
  assert.deepEqual(await brokenLinks(dir), { read: true, broken: ['7:5'] });
});

test('a watched file rewritten in place, at the same size and time, within a tick of the plugins\' run: the next run runs them again', async () => {
  const dir = freshSite('racy', { 'docusaurus.config.js': CONFIG, 'data-routes.js': DATA_ROUTES, 'data/pages.json': '[]\n', 'docs/index.md': PAGE });
  // A time ahead of the clock, as a write during the run gives: racy whatever the machine's speed.
  const time = new Date(Date.now() + 30_000);
  const pages = path.join(dir, 'data', 'pages.json');
  const write = (text: string) => {
    fs.writeFileSync(pages, text);
    fs.utimesSync(pages, time, time);
  };
  write('["a"]\n');
  assert.deepEqual(await brokenLinks(dir), { read: true, broken: ['7:22'] });
  write('["b"]\n');
  assert.deepEqual(await brokenLinks(dir), { read: true, broken: ['7:5'] }, 'the plugin ran again and added /data/b, not /data/a');
});

test('a fingerprint taken when a watched file\'s time is within a tick of the plugins\' run matches none taken later', () => {
  const dir = freshSite('racy-fingerprint', { 'spec.yaml': 'a: 1\n' });
  const { mtimeMs } = fs.statSync(path.join(dir, 'spec.yaml'));
  assert.notEqual(inputsFingerprint(dir, ['spec.yaml'], mtimeMs + 10), inputsFingerprint(dir, ['spec.yaml']), 'read in the tick of its time');
  assert.equal(inputsFingerprint(dir, ['spec.yaml'], mtimeMs + 60_000), inputsFingerprint(dir, ['spec.yaml']), 'read long after it');
});

// A plugin that reads data/spec.json when it is made: it fails before it can say what it watches.
const SPEC_IN_CONSTRUCTOR = `const fs = require('fs');
const path = require('path');
module.exports = function specRoutes(context) {
  const names = JSON.parse(fs.readFileSync(path.join(context.siteDir, 'data', 'spec.json'), 'utf8'));
  return {
    name: 'spec-routes',
    contentLoaded({ actions }) {
      for (const name of names) actions.addRoute({ path: '/data/' + name, component: '@theme/NotFound', exact: true });
    },
  };
};
`;

test('a plugin that fails when it is made is made again on every run until it loads: the file it lacked may have come since', async () => {
  const config = CONFIG.replace('./data-routes.js', './spec-routes.js');
  const dir = freshSite('failing', { 'docusaurus.config.js': config, 'spec-routes.js': SPEC_IN_CONSTRUCTOR, 'docs/index.md': PAGE });
  const failed = async () => {
    const result = await checkSite(dir, { reuseReport: true });
    return { read: result.site !== undefined, broken: result.problems.filter(({ rule }) => rule === 'broken-link').length, warned: result.problems.some(({ rule, message }) => rule === 'config' && message.includes('spec-routes.js')) };
  };
  assert.deepEqual(await failed(), { read: true, broken: 2, warned: true });
  assert.deepEqual(await failed(), { read: false, broken: 2, warned: true }, 'the same failure: the stored report');
  writeSiteFile(dir, 'data/spec.json', '["a", "b"]\n');
  assert.deepEqual(await failed(), { read: true, broken: 0, warned: false }, 'it loads now, and adds both pages');
  assert.deepEqual(await failed(), { read: false, broken: 0, warned: false }, 'loaded, and watching nothing: the stored report');
});

test('watched paths as Docusaurus\'s watcher takes them: relative to the site, with /, each once', () => {
  const siteDir = path.join(path.sep, 'site');
  const plugins = [
    { getPathsToWatch: () => [path.join(siteDir, 'data', '*.json'), 'specs/api.yaml', '', undefined] },
    { getPathsToWatch: () => ['specs/api.yaml'] },
    { getPathsToWatch: () => { throw new Error('broken'); } },
    {},
  ];
  assert.deepEqual(watchedPaths(plugins, siteDir), ['data/*.json', 'specs/api.yaml']);
});

test('the fingerprint follows the files a path, a folder or a glob stands for, and an absent file', () => {
  const dir = freshSite('fingerprint', { 'spec.yaml': 'a: 1\n', 'notes/one.md': '1\n', 'data/x.json': '{}\n' });
  const paths = ['spec.yaml', 'notes', 'data/*.json', 'later.json'];
  const first = inputsFingerprint(dir, paths);
  assert.equal(inputsFingerprint(dir, paths), first, 'the same files, the same fingerprint');
  const changes: Array<[string, () => void]> = [
    ['a watched file grows', () => fs.appendFileSync(path.join(dir, 'spec.yaml'), 'b: 2\n')],
    ['a file appears in a watched folder', () => fs.writeFileSync(path.join(dir, 'notes', 'two.md'), '2\n')],
    ['a file the glob matches appears', () => fs.writeFileSync(path.join(dir, 'data', 'y.json'), '[]\n')],
    ['an absent watched file appears', () => fs.writeFileSync(path.join(dir, 'later.json'), '1\n')],
  ];
  let last = first;
  for (const [what, change] of changes) {
    change();
    const now = inputsFingerprint(dir, paths);
    assert.notEqual(now, last, what);
    last = now;
  }
  fs.writeFileSync(path.join(dir, 'data', 'z.txt'), 'unmatched\n');
  assert.equal(inputsFingerprint(dir, paths), last, 'a file the glob does not match');
});
