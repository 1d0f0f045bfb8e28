/**
 * Docs instances other than the default one (load/site-config.ts, otherDocs; load/versions.ts):
 * each is read as the docs plugin reads it, with its own folder, sidebars and released versions
 * (`community_versions.json`, `community_versioned_docs/`), so its pages are checked and links
 * into it resolved; and a site without the default instance (`docs: false`) reads no docs/.
 * Each case below was built with Docusaurus 3.10 (tests/site/agreement.test.ts builds the
 * fixture and some of them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, checkWith, problemsOf } from '../helpers/check-fixture.ts';
import { textLine } from '../../scripts/check/report.ts';

const FIXTURE = 'docs-instances';
const read = (file: string) => fs.readFileSync(path.join(FIXTURES, FIXTURE, file), 'utf8');
const CONFIG = read('docusaurus.config.js');

/** The report's lines for the fixture with `files` written over it. */
async function linesWith(files: Record<string, string>): Promise<string[]> {
  return (await checkWith(files, FIXTURE)).problems.map(textLine);
}

test('both instances, with a released version of the second, get no problem, and every page is read', async () => {
  assert.deepEqual(await problemsOf(FIXTURE), []);
  const result = await checkWith({}, FIXTURE);
  assert.deepEqual(result.site!.pages.map(({ file, route }) => `${file} ${route}`).sort(), [
    'community/faq.md /community/next/faq',
    'community/guide.md /community/next/guide',
    'community_versioned_docs/version-1.0/faq.md /community/faq',
    'community_versioned_docs/version-1.0/guide.md /community/guide',
    'docs/intro.md /docs/intro',
    'docs/other.md /docs/other',
  ]);
  assert.deepEqual(result.site!.versions.map(({ name, instance }) => `${name}${instance ? ` of ${instance}` : ''}`), ['current', 'community:current of community', 'community:1.0 of community']);
});

test('a docs folder written as a path (./community, ./docs/) is the same folder: its pages, their Markdown links and their versions are read as with a plain name', async () => {
  const config = CONFIG.replace("path: 'community'", "path: './community'").replace("docs: { sidebarPath", "docs: { path: './docs/', sidebarPath");
  assert.notEqual(config, CONFIG);
  const faq = read('community/faq.md');
  const result = await checkWith({ 'docusaurus.config.js': config, 'community/faq.md': `${faq}[the guide](./guide.md)\n` }, FIXTURE);
  assert.deepEqual(result.problems.map(textLine), []);
  assert.deepEqual(result.site!.pages.map(({ file }) => file).sort(), [
    'community/faq.md', 'community/guide.md', 'community_versioned_docs/version-1.0/faq.md', 'community_versioned_docs/version-1.0/guide.md', 'docs/intro.md', 'docs/other.md',
  ]);
});

test('a link into the other instance is checked: an address it lacks, an anchor its page lacks, a tag page it does not make', async () => {
  const intro = read('docs/intro.md');
  assert.deepEqual(await linesWith({ 'docs/intro.md': `${intro}[gone](/community/nope) and [anchor](/community/guide#nope).\n` }), [
    'docs/intro.md:10:1: error broken-link: no page at "/community/nope" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
    'docs/intro.md:10:29: error broken-anchor: no heading "#nope" in community_versioned_docs/version-1.0/guide.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
  ]);
  const faq = read('community/faq.md');
  assert.deepEqual((await linesWith({ 'community/faq.md': `${faq}[tag](/community/next/tags/nope)\n` })).map((line) => line.split(' (')[0]), [
    'community/faq.md:6:1: error broken-link: no page at "/community/next/tags/nope"',
  ]);
});

test('a page of the other instance is checked, and a Markdown file link across instances is broken: each instance resolves links among its own docs', async () => {
  const guide = read('community/guide.md');
  assert.deepEqual(await linesWith({ 'community/guide.md': `${guide}[x](./missing.md)\n` }), [
    'community/guide.md:10:1: error broken-link: no page "community/missing.md" in version community:current (check the path; it is relative to this page\'s folder)',
  ]);
  const intro = read('docs/intro.md');
  assert.deepEqual(await linesWith({ 'docs/intro.md': `${intro}[file](../community/guide.md)\n` }), [
    'docs/intro.md:10:1: error broken-link: "community/guide.md" is a page of the docs instance "community", and a docs page\'s Markdown links find pages of its own instance only (link to its address: /community/next/guide)',
  ]);
});

test('a navbar item of the other instance names a doc or sidebar of its latest version', async () => {
  const lines = await linesWith({ 'docusaurus.config.js': CONFIG.replace("docId: 'guide', docsPluginId", "docId: 'nope', docsPluginId").replace("sidebarId: 'community', docsPluginId", "sidebarId: 'nosuch', docsPluginId") });
  assert.deepEqual(lines.map((line) => line.split(': rendering')[0]), [
    'docusaurus.config.js:24:31: error broken-link: the navbar names the doc id "nope", and the latest version, community:1.0, has no such doc',
    'docusaurus.config.js:25:42: error broken-link: the navbar names the sidebar "nosuch", and the latest version, community:1.0, has no such sidebar',
  ]);
});

test('a version the other instance\'s versions file lists without its folder stops the build, at that file\'s line', async () => {
  assert.deepEqual(await linesWith({ 'community_versions.json': '["2.0", "1.0"]\n' }), [
    'community_versions.json:1:2: error versions: version "community:2.0" has no docs folder (community_versioned_docs/version-2.0): the build stops (restore community_versioned_docs/version-2.0, or remove "2.0" from community_versions.json (and its community_versioned_sidebars file))',
  ]);
});

test('an instance whose remark plugins add syntax the default one\'s do not is taken on trust, whole', async () => {
  const config = CONFIG.replace("sidebarPath: require.resolve('./sidebarsCommunity.js') }", "sidebarPath: require.resolve('./sidebarsCommunity.js'), remarkPlugins: [require('remark-math').default ?? require('remark-math')] }");
  const result = await checkWith({ 'docusaurus.config.js': config, 'community/guide.md': '# Guide\n\n[x](./missing.md)\n' }, FIXTURE);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.site!.settings.foreignRoutePrefixes, ['/community']);
  assert.ok(result.site!.pages.every(({ file }) => file.startsWith('docs/')));
});

test('without the default instance (`docs: false`), docs/ is no docs folder: a blog-only site gets no "no docs folder" error, and a link to a page there is broken', async () => {
  const files = {
    'docusaurus.config.js': "module.exports = { title: 'Blog', url: 'https://x.example.com', baseUrl: '/', onBrokenLinks: 'throw', presets: [['classic', { docs: false, blog: { onUntruncatedBlogPosts: 'ignore' } }]] };\n",
    'src/pages/index.js': 'export default function Home() { return null; }\n',
    'blog/2024-01-02-hello.md': '---\ntitle: Hello\n---\n\nSee [the docs](/docs/intro).\n',
  };
  const withoutDocs = await checkWith(files);
  assert.deepEqual(withoutDocs.problems.map(textLine).map((line) => line.split(' (')[0]), ['blog/2024-01-02-hello.md:5:5: error broken-link: no page at "/docs/intro"']);
  assert.deepEqual(withoutDocs.site!.pages, []);
  // checkWith writes a docs/index.md: a folder the config no longer builds, whose pages are not published.
  assert.deepEqual((await checkWith({ ...files, 'docs/intro.md': '# Intro\n' })).problems.map(textLine).map((line) => line.split(' (')[0]), ['blog/2024-01-02-hello.md:5:5: error broken-link: no page at "/docs/intro"']);
});
