/**
 * The config as Docusaurus validates it before a build starts (load/config-validation.ts), for a
 * site whose plugins are all Docusaurus's own: the core schema, the classic preset's plugins'
 * options and the classic theme's config. Each refusal is one error at the key, or the value,
 * the message names. (The helper's diff66 built each of these with Docusaurus 3.10.2: each
 * stopped the build.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';

const configWith = (lines: string) => `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n${lines}\n};\n`;
const CLASSIC = "  presets: [['classic', { docs: { sidebarPath: false, routeBasePath: '/' }, blog: false }]],";

async function refusals(lines: string): Promise<string[]> {
  const problems = await problemsWith({ 'docusaurus.config.js': configWith(lines), 'docs/index.md': '---\nslug: /\n---\n\n# Home\n' });
  return problems.filter((p) => p.rule === 'config' && p.severity === 'error').map((p) => `${p.line}:${p.column} ${p.message}`);
}

test('a field the schema does not know, and a value it refuses: an error at the key', async () => {
  const unknown = await refusals(`${CLASSIC}\n  customFeild: { a: 1 },`);
  assert.equal(unknown.length, 1);
  assert.match(unknown[0], /^4:3 Docusaurus refuses this config: These field\(s\) \("customFeild",\) are not recognized/);
  assert.deepEqual(await refusals(`${CLASSIC}\n  onDuplicateRoutes: 'warning',`), ['4:3 Docusaurus refuses this config: "onDuplicateRoutes" must be one of [ignore, log, warn, throw]']);
});

test('future flags: a renamed one, and one that needs another', async () => {
  assert.match((await refusals(`${CLASSIC}\n  future: { experimental_faster: true },`))[0], /^4:13 .*`future\.experimental_faster` has been renamed to `future\.faster`/);
  assert.match((await refusals(`${CLASSIC}\n  future: { v4: { fasterByDefault: true } },`))[0], /^4:3 .*`future\.faster\.ssgWorkerThreads` requires the future flag `future\.v4\.removeLegacyPostBuildHeadAttribute`/);
});

test('the classic preset\'s docs options and the classic theme\'s config, as the plugins validate them', async () => {
  assert.deepEqual(await refusals("  presets: [['classic', { docs: { sidebarPath: false, routeBase: 'guide' }, blog: false }]],"), ['3:55 Docusaurus refuses this config: @docusaurus/plugin-content-docs: "routeBase" is not allowed']);
  assert.deepEqual(await refusals(`${CLASSIC}\n  themeConfig: { navbar: { items: [{ type: 'docsidebar', label: 'Docs' }] } },`), ['4:44 Docusaurus refuses this config: themeConfig: Bad navbar item type docsidebar']);
});

test('a config Docusaurus takes gets no config error', async () => {
  assert.deepEqual(await refusals(`${CLASSIC}\n  onDuplicateRoutes: 'warn',\n  future: { v4: true, faster: true },\n  themeConfig: { navbar: { items: [{ type: 'docSidebar', sidebarId: 'docs', label: 'Docs' }] } },`), []);
});
