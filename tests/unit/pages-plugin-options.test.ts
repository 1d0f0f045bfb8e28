/**
 * The pages plugin as the config sets it (model/pages-plugin.ts): its folder, base path and
 * globs say which files are pages and where they are published, and a site without the plugin
 * (`pages: false`) publishes none of them. (tests/site/agreement.test.ts builds both with
 * Docusaurus.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textLine } from '../../scripts/check/report.ts';
import { checkWith } from '../helpers/check-fixture.ts';

const config = (pages: string) => `module.exports = {
  title: 'Pages', url: 'https://docs.example.com', baseUrl: '/',
  onBrokenLinks: 'throw', onBrokenAnchors: 'throw',
  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false, pages: ${pages} }]],
};
`;
const lines = async (files: Record<string, string>) => (await checkWith(files)).problems.map(textLine);
const home = '---\ntitle: Home\nslug: /\n---\n\n# Home\n';

test('pages plugin options: its folder, base path and exclude say which files are pages, and where', async () => {
  const site = {
    'docusaurus.config.js': config("{ path: 'pages', routeBasePath: 'site', exclude: ['**/old/**'] }"),
    'docs/index.md': home,
    'pages/about.md': '---\ntitle: About\n---\n\n# About\n\n## Team\n',
    'pages/moved.md': '---\ntitle: Moved\nslug: elsewhere\n---\n\n# Moved\n\n## Here\n',
    'pages/old/gone.md': '---\ntitle: Gone\n---\n\n# Gone\n',
    'pages/index.md': '---\ntitle: Start\n---\n\n[about](/about.md#team) [moved](./moved.md#here)\n',
    // src/pages is no folder of this site's pages plugin: nothing there is published.
    'src/pages/team.md': '---\ntitle: Team\n---\n\n# Team\n',
  };
  assert.deepEqual(await lines({ ...site, 'docs/links.md': '---\ntitle: Links\n---\n\n[a](/site/about#team) [b](/site/elsewhere#here) [c](/site/)\n' }), []);
  assert.deepEqual(await lines({ ...site, 'docs/links.md': '---\ntitle: Links\n---\n\n[a](/about) [b](/site/gone) [c](/site/moved) [d](/site/about#nope) [e](/team)\n' }), [
    'docs/links.md:5:1: error broken-link: no page at "/about" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
    'docs/links.md:5:13: error broken-link: no page at "/site/gone" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
    'docs/links.md:5:29: error broken-link: no page at "/site/moved" (pages/moved.md is published at its slug, /site/elsewhere: link there)',
    'docs/links.md:5:46: error broken-anchor: no heading "#nope" in pages/about.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
    'docs/links.md:5:68: error broken-link: no page at "/team" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
  ]);
});

test('pages plugin options: a .md link of one of its pages is looked for in its folder, and the words name it', async () => {
  assert.deepEqual(await lines({
    'docusaurus.config.js': config("{ path: 'pages' }"),
    'docs/index.md': home,
    'pages/about.md': '---\ntitle: About\n---\n\n[gone](/gone.md)\n',
  }), ['pages/about.md:5:1: error broken-link: no Markdown page "pages/gone.md" in pages (check the path; it is relative to this page\'s folder, and a .md link of pages finds only another Markdown page of pages)']);
});

test('pages: false: no file of src/pages is a page, so links to one break, and nothing in one is judged', async () => {
  assert.deepEqual(await lines({
    'docusaurus.config.js': config('false'),
    'docs/index.md': '---\ntitle: Home\nslug: /\n---\n\nWho we are: [the team](/about#team), [the dashboard](/dashboard).\n',
    'src/pages/about.md': '---\ntitle: About\nslug: 5\n---\n\n## Team\n\nA [broken](/nowhere) link, and <br> in MDX.\n',
    'src/pages/dashboard.js': "export default function Dashboard() { return null; }\n",
  }), [
    'docs/index.md:6:13: error broken-link: no page at "/about" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
    'docs/index.md:6:38: error broken-link: no page at "/dashboard" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
  ]);
});

test('a preset the check does not know may publish src/pages: its links are not refused; with no preset and no pages plugin, they are', async () => {
  const files = (presetsAndPlugins: string) => ({
    'docusaurus.config.js': `module.exports = {\n  title: 'Pages', url: 'https://docs.example.com', baseUrl: '/',\n  ${presetsAndPlugins}\n};\n`,
    'docs/index.md': '---\ntitle: Home\nslug: /\n---\n\n[about](/about)\n',
    'src/pages/about.md': '---\ntitle: About\n---\n\n# About\n',
  });
  // A preset of the site's own: what it turns on is its code's to say (here the docs and pages plugins).
  const preset = "module.exports = () => ({ plugins: [['@docusaurus/plugin-content-docs', { routeBasePath: '/' }], '@docusaurus/plugin-content-pages'] });\n";
  assert.deepEqual(await lines({ ...files("presets: [['./our-preset', {}]],"), 'our-preset.js': preset }), []);
  assert.deepEqual(await lines(files("plugins: [['@docusaurus/plugin-content-docs', { routeBasePath: '/' }]],")), [
    'docs/index.md:6:1: error broken-link: no page at "/about" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
  ]);
});
