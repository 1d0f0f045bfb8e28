/**
 * Links to nothing, weighed by the config's levels (onBrokenLinks, markdown.hooks'
 * onBrokenMarkdownLinks and onBrokenMarkdownImages): an error where Docusaurus stops the build,
 * a warning that says which setting lets it through elsewhere, and an error whatever the
 * settings for what webpack cannot bundle. (tests/site/agreement.test.ts builds the fixture.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { textLine } from '../../scripts/check/report.ts';
import { FIXTURES, problemsWith, reportLinesOf } from '../helpers/check-fixture.ts';

const PAGE = fs.readFileSync(path.join(FIXTURES, 'link-levels', 'docs', 'index.md'), 'utf8');
const configWith = (levels: string) => `module.exports = { title: 'Levels', url: 'https://docs.example.com', baseUrl: '/', ${levels} presets: [['classic', { docs: { routeBasePath: '/' }, blog: false }]] };\n`;
const severities = async (config: string, page = PAGE) => (await problemsWith({ 'docusaurus.config.js': config, 'docs/index.md': page }, 'link-levels')).map((p) => `${p.line} ${p.severity}`);

test('link levels: where the config lets links to nothing through, the exact words a writer reads', async () => {
  assert.deepEqual(await reportLinesOf('link-levels'), [
    'docs/index.md:6:20: warning broken-link: no page "docs/old-guide.md" in version current; the config\'s onBrokenLinks and markdown.hooks.onBrokenMarkdownLinks let the build go on (check the path; it is relative to this page\'s folder)',
    'docs/index.md:8:13: warning broken-link: no page at "/portal"; the config\'s onBrokenLinks lets the build go on (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
    'docs/index.md:10:11: warning broken-link: no image "docs/diagram.png"; the config\'s markdown.hooks.onBrokenMarkdownImages lets the build go on, and the page shows a broken image (the path is relative to this page\'s folder)',
    'docs/index.md:12:16: warning broken-link: link with an empty URL: Docusaurus warns (markdown.hooks.onBrokenMarkdownLinks), and the page shows a link to nowhere (write the link\'s target, [text](./page.md), or leave the text without brackets)',
    'docs/index.md:14:17: warning broken-link: image with an empty URL: Docusaurus warns (markdown.hooks.onBrokenMarkdownImages), and the page shows a broken image (write the image\'s path, ![alt](./diagram.png))',
  ]);
});

test('link levels: under Docusaurus\'s defaults only an empty link lets the build through (its hook warns; the link check throws)', async () => {
  assert.deepEqual(await severities(configWith('')), ['6 error', '8 error', '10 error', '12 warning', '14 error']);
});

test('link levels: the hook alone or the link check alone stops a link to a missing page; the image hook decides images', async () => {
  assert.deepEqual(await severities(configWith("onBrokenLinks: 'warn',")), ['6 warning', '8 warning', '10 error', '12 warning', '14 error']);
  assert.deepEqual(await severities(configWith("onBrokenLinks: 'warn', markdown: { hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'log' } },")), ['6 error', '8 warning', '10 warning', '12 error', '14 warning']);
});

test('link levels: the older top-level onBrokenMarkdownLinks wins over the hook, as in Docusaurus 3; a hook written as a function counts as throw', async () => {
  // The last: docusaurus.config.js's line 1, the deprecation of the top-level key (rule config).
  assert.deepEqual(await severities(configWith("onBrokenLinks: 'warn', onBrokenMarkdownLinks: 'throw', markdown: { hooks: { onBrokenMarkdownLinks: 'warn' } },")), ['6 error', '8 warning', '10 error', '12 error', '14 error', '1 warning']);
  assert.deepEqual(await severities(configWith("onBrokenLinks: 'warn', markdown: { hooks: { onBrokenMarkdownLinks: () => undefined } },")), ['6 error', '8 warning', '10 error', '12 error', '14 error']);
});

test('link levels: what webpack cannot bundle stops the build whatever the settings', async () => {
  const page = '---\ntitle: Bundled\nslug: /\n---\n\nA folder: ![shots](./shots)\n\nA bad escape: [the sheet](./100%.pdf)\n';
  const problems = await problemsWith({ 'docs/index.md': page }, 'link-levels');
  assert.deepEqual(problems.map(textLine), [
    'docs/index.md:6:11: error broken-link: no image "docs/shots" (a folder has that name) (the path is relative to this page\'s folder)',
    'docs/index.md:8:15: error broken-link: "./100%.pdf" has a % that starts no escape: Docusaurus cannot decode the path ("URI malformed") and the build stops (write a % in a file name as %25, or rename the file)',
  ]);
});
