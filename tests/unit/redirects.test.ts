/**
 * Client-side redirects (load/redirects.ts, rules/redirects.ts): once every page is built,
 * @docusaurus/plugin-client-redirects stops the build at a redirect whose path no page has. The
 * fixture and its mistakes are built with Docusaurus 3.10 in tests/site/agreement.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { redirectsOf } from '../../scripts/content/load/redirects.ts';
import { textLine } from '../../scripts/check/report.ts';
import { FIXTURES, checkWith } from '../helpers/check-fixture.ts';

const FIXTURE = 'redirects';
const CONFIG = fs.readFileSync(path.join(FIXTURES, FIXTURE, 'docusaurus.config.js'), 'utf8');

/** The report's lines with the config's `from` replaced by `to`. */
async function linesWith(from: string, to: string, files: Record<string, string> = {}): Promise<string[]> {
  assert.ok(CONFIG.includes(from), `the config has no "${from}"`);
  return (await checkWith({ 'docusaurus.config.js': CONFIG.replace(from, to), ...files }, FIXTURE)).problems.map(textLine);
}

test('the redirects of the plugin\'s options, each placed at its own `to`, the same path written twice included', () => {
  const text = `plugins: [['client-redirects', {\n  redirects: [\n    { from: '/a', to: '/x' },\n    { from: ['/b', '/c'], to: "/x" },\n    { to: 5 },\n  ],\n}]]`;
  const config = { plugins: [['client-redirects', { redirects: [{ from: '/a', to: '/x' }, { from: ['/b', '/c'], to: '/x' }, { to: 5 }] }]] };
  assert.deepEqual(redirectsOf(config, text), [
    { from: ['/a'], to: '/x', line: 3, column: 23 },
    { from: ['/b', '/c'], to: '/x', line: 4, column: 31 },
  ]);
  assert.deepEqual(redirectsOf({ plugins: [['@docusaurus/plugin-ideal-image', { redirects: [{ from: '/a', to: '/x' }] }]] }, ''), [], 'another plugin\'s option of that name');
  assert.deepEqual(redirectsOf({ plugins: ['@docusaurus/plugin-client-redirects'] }, ''), [], 'no redirects option');
});

test('the fixture\'s redirects lead to pages (one in the other spelling of its trailing slash), home and off the site: no problem', async () => {
  assert.deepEqual(await linesWith('', ''), []);
});

test('a redirect to no page names the redirect, the plugin, and the closest address in the same folder', async () => {
  const [line] = await linesWith("to: '/guide/install/' }", "to: '/guide/instal' }");
  assert.equal(line, 'docusaurus.config.js:17:33: error broken-link: the redirect from "/setup" leads to "/guide/instal", where no page is: @docusaurus/plugin-client-redirects stops the build once every page is built (did you mean "/guide/install"? point the redirect at the page\'s address, its slug or its path under the docs without .md, or remove it)');
});

test('a redirect to a draft, and one written with the base URL, say why', async () => {
  const [draft] = await linesWith("to: '/guide/install/' }", "to: '/guide/upcoming' }");
  assert.match(draft, /leads to "\/guide\/upcoming", where no page is \(docs\/guide\/upcoming\.md, a draft, which a production build leaves out\)/);
  const [base] = await linesWith("to: '/guide/install/' }", "to: '/base/guide/install' }");
  assert.match(base, /\(write it without the base URL, "\/guide\/install": the plugin's paths are the site's routes without it\)$/);
});

test('both spellings of a page\'s trailing slash: the one that is not the page\'s own is refused, at each redirect that writes it', async () => {
  const lines = await linesWith("{ from: '/start', to: '/' },", "{ from: '/start', to: '/guide/install' },");
  assert.deepEqual(lines.map((line) => line.split(': ')[0]), ['docusaurus.config.js:17:33', 'docusaurus.config.js:18:57']);
  assert.match(lines[0], /leads to "\/guide\/install\/", and another one to "\/guide\/install".*\(write "\/guide\/install" here too\)$/);
});

test('with trailingSlash set, a redirect\'s path is spelled as the site spells addresses: either spelling finds the page', async () => {
  for (const trailingSlash of ['true', 'false']) {
    assert.deepEqual(await linesWith("baseUrl: '/base/',", `baseUrl: '/base/', trailingSlash: ${trailingSlash},`), [], `trailingSlash: ${trailingSlash}`);
  }
});

test('a `from` that is no path alone (no leading slash, a query) is refused with the plugin\'s options; one with a space is a path', async () => {
  for (const from of ['old-install', '/old-install?x=1']) {
    const lines = await linesWith("from: ['/old-install', '/install-old']", `from: ['${from}', '/install-old']`);
    assert.equal(lines.length, 1, from);
    assert.match(lines[0], new RegExp(`^docusaurus\\.config\\.js:18:\\d+: error broken-link: the redirect from "${from.replace(/[?]/g, '\\$&')}" leads from no path: .*the build stops before it starts`));
  }
  assert.deepEqual(await linesWith("from: ['/old-install', '/install-old']", "from: ['/old install', '/install-old']"), []);
});
