/**
 * The links of Markdown pages of src/pages (rules/site-page-links.ts): checked as the build
 * checks a doc's, at the page's own address, except `.md` links, which the pages plugin resolves
 * only among the Markdown pages of src/pages. On the markdown-pages fixture, whose config stops
 * the build at a broken link or anchor. (tests/site/agreement.test.ts builds one with Docusaurus.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { textLine } from '../../scripts/check/report.ts';
import { checkSite } from '../../scripts/check/check-site.ts';
import { clearCheckCache } from '../../scripts/content/load/check-cache.ts';
import { checkWith, FIXTURES } from '../helpers/check-fixture.ts';
import { throwawaySiteDir } from '../helpers/paths.ts';

const lines = async (files: Record<string, string>) => (await checkWith(files, 'markdown-pages')).problems.map(textLine);
const page = (body: string) => `---\ntitle: Links\n---\n\n# Links\n\n## Own heading\n\n${body}\n`;

test('src/pages links: an address with no page and a heading a doc lacks are reported at the page\'s line', async () => {
  assert.deepEqual(await lines({ 'src/pages/links.md': page('See [a](/nowhere) and [b](/docs/intro#nope).') }), [
    'src/pages/links.md:9:5: error broken-link: no page at "/nowhere" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
    'src/pages/links.md:9:23: error broken-anchor: no heading "#nope" in docs/intro.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
  ]);
});

test('src/pages links: a .md link finds only a Markdown page of src/pages, not a doc', async () => {
  assert.deepEqual(await lines({ 'src/pages/links.md': page('[a](./other.md) and [b](../../docs/intro.md)') }), [
    'src/pages/links.md:9:1: error broken-link: no Markdown page "src/pages/other.md" in src/pages (check the path; it is relative to this page\'s folder, and a .md link of src/pages finds only another Markdown page of src/pages)',
    'src/pages/links.md:9:21: error broken-link: no Markdown page "docs/intro.md" in src/pages (the pages plugin resolves .md links only to Markdown pages of src/pages, not to docs: link to the doc\'s address, /docs/intro)',
  ]);
});

test('src/pages links: a .md link to a Markdown page of src/pages, addresses of a doc and of a React page, and the page\'s own heading are no problem', async () => {
  assert.deepEqual(await lines({
    'src/pages/links.md': page('[a](./about.md), [b](about.md#team), [c](/about.md), [d](@site/src/pages/about.md#contact-us), [e](/docs/intro), [f](/dashboard), [g](#own-heading), [h](./index.md)'),
  }), []);
});

test('src/pages links: a heading the linked Markdown page lacks, and a case that differs', async () => {
  assert.deepEqual(await lines({ 'src/pages/links.md': page('[a](./about.md#teams) and [b](./About.md)') }), [
    'src/pages/links.md:9:1: error broken-anchor: no heading "#teams" in src/pages/about.md (did you mean "#team"? Heading ids are the heading text in lower case with dashes)',
    'src/pages/links.md:9:27: error broken-link: no file "src/pages/About.md" (the case differs from "src/pages/about.md"; the site is served from Linux, where case matters)',
  ]);
});

test('src/pages links: under Docusaurus\'s default levels a missing heading only warns; with onBrokenLinks on warn, so do an address and a .md link to nothing', async () => {
  const config = fs.readFileSync(path.join(FIXTURES, 'markdown-pages', 'docusaurus.config.js'), 'utf8');
  const mistakes = page('[a](/nowhere), [b](#nope) and [c](./other.md)');
  assert.deepEqual(await lines({ 'docusaurus.config.js': config.replace(/^ {2}onBroken(Links|Anchors):.*\n/gm, ''), 'src/pages/links.md': mistakes }), [
    'src/pages/links.md:9:1: error broken-link: no page at "/nowhere" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
    'src/pages/links.md:9:16: warning broken-anchor: no heading "#nope" in src/pages/links.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
    'src/pages/links.md:9:31: error broken-link: no Markdown page "src/pages/other.md" in src/pages (check the path; it is relative to this page\'s folder, and a .md link of src/pages finds only another Markdown page of src/pages)',
  ]);
  assert.deepEqual(await lines({ 'docusaurus.config.js': config.replace("onBrokenLinks: 'throw'", "onBrokenLinks: 'warn'"), 'src/pages/links.md': mistakes }), [
    'src/pages/links.md:9:1: warning broken-link: no page at "/nowhere"; the config\'s onBrokenLinks lets the build go on (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
    'src/pages/links.md:9:16: error broken-anchor: no heading "#nope" in src/pages/links.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
    'src/pages/links.md:9:31: warning broken-link: no Markdown page "src/pages/other.md" in src/pages; the config\'s onBrokenLinks and markdown.hooks.onBrokenMarkdownLinks let the build go on (check the path; it is relative to this page\'s folder, and a .md link of src/pages finds only another Markdown page of src/pages)',
  ]);
});

test('src/pages links: a draft page\'s only warn, and a .md link to a draft finds nothing; a page that renders a partial is judged with it: the partial\'s headings are its anchors, and the partial\'s links are judged there', async () => {
  assert.deepEqual(await lines({
    'src/pages/draft.md': '---\ntitle: Draft\ndraft: true\n---\n\n[a](/nowhere)\n',
    'src/pages/links.md': page('[a](./draft.md)'),
    'src/pages/team.md': "---\ntitle: Team\n---\n\nimport People from './_people.md';\n\n<People />\n\n[a](/nowhere) [b](#alice)\n",
    'src/pages/_people.md': '## Alice\n\n[Bob](/nowhere-bob)\n',
  }), [
    'src/pages/_people.md:3:1: error broken-link: no page at "/nowhere-bob" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
    'src/pages/draft.md:6:1: warning broken-link: no page at "/nowhere" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
    'src/pages/links.md:9:1: error broken-link: no Markdown page "src/pages/draft.md" in src/pages (src/pages/draft.md is a draft (draft: true), which a production build leaves out)',
    'src/pages/team.md:9:1: error broken-link: no page at "/nowhere" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
  ]);
});

test('src/pages links: the pages plugin compiles the partials of its folder too, so their .md links find its Markdown pages, and not docs', async () => {
  const team = "---\ntitle: Team\n---\n\nimport People from './_people.md';\n\n<People />\n";
  assert.deepEqual(await lines({ 'src/pages/team.md': team, 'src/pages/_people.md': 'See [about](./about.md).\n' }), []);
  assert.deepEqual(await lines({ 'src/pages/team.md': team, 'src/pages/_people.md': 'See [the intro](../../docs/intro.md).\n' }), [
    'src/pages/_people.md:1:5: error broken-link: no Markdown page "docs/intro.md" in src/pages (the pages plugin resolves .md links only to Markdown pages of src/pages, not to docs: link to the doc\'s address, /docs/intro)',
  ]);
});

test('src/pages links: the headings of the partials a page shows are anchors of its route for the other pages, as its own are', async () => {
  assert.deepEqual(await lines({
    'src/pages/team.md': "---\ntitle: Team\n---\n\nimport People from './_people.md';\n\n## Leads\n\n<People />\n",
    'src/pages/_people.md': '## Alice\n',
    'src/pages/links.md': page('[a](/team#leads) [b](/team#alice) [c](/team#bob)'),
  }), [
    'src/pages/links.md:9:35: error broken-anchor: no heading "#bob" in src/pages/team.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
  ]);
});

test('src/pages links: through the cache, a doc\'s heading renamed and a src/pages page edited are both seen by the next check', async () => {
  const site = throwawaySiteDir('site-pages-links-');
  const problemsOf = async () => (await checkSite(site, { reuseReport: true })).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);
  try {
    fs.cpSync(path.join(FIXTURES, 'markdown-pages'), site, { recursive: true });
    const intro = path.join(site, 'docs', 'intro.md');
    const links = path.join(site, 'src', 'pages', 'links.md');
    fs.writeFileSync(intro, `${fs.readFileSync(intro, 'utf8')}\n## Who we are\n`);
    fs.writeFileSync(links, page('[a](/docs/intro#who-we-are)'));
    assert.deepEqual(await problemsOf(), []);
    // A doc's edit that moves an anchor: the src/pages page that links to it is weighed again.
    fs.writeFileSync(intro, fs.readFileSync(intro, 'utf8').replace('## Who we are', '## Who we were'));
    assert.deepEqual(await problemsOf(), ['src/pages/links.md:9:1 broken-anchor']);
    // An edit of the src/pages page itself changes the site's structure: the whole site is checked.
    fs.writeFileSync(links, page('[a](/docs/intro#who-we-were) and [b](/nowhere)'));
    assert.deepEqual(await problemsOf(), ['src/pages/links.md:9:34 broken-link']);
  } finally {
    clearCheckCache(site);
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('src/pages links: a doc that renders a partial of src/pages has the partial\'s .md links resolved by the pages plugin, and through the cache a page renamed behind the same address is seen', async () => {
  const shared = { 'src/pages/_shared.md': 'See [about](./about.md).\n', 'docs/uses.mdx': "import Shared from '@site/src/pages/_shared.md';\n\n# Uses\n\n<Shared />\n" };
  assert.deepEqual(await lines(shared), []);
  assert.deepEqual(await lines({ ...shared, 'src/pages/_shared.md': 'See [the intro](../../docs/intro.md).\n' }), [
    'src/pages/_shared.md:1:5: error broken-link: no Markdown page "docs/intro.md" in src/pages (the pages plugin resolves .md links only to Markdown pages of src/pages, not to docs: link to the doc\'s address, /docs/intro)',
  ]);
  const site = throwawaySiteDir('site-pages-partial-in-doc-');
  const problemsOf = async () => (await checkSite(site, { reuseReport: true })).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);
  try {
    fs.cpSync(path.join(FIXTURES, 'markdown-pages'), site, { recursive: true });
    for (const [file, text] of Object.entries(shared)) fs.writeFileSync(path.join(site, file), text);
    assert.deepEqual(await problemsOf(), []);
    // Same address, same anchors, another file: the doc's partial's ./about.md now finds nothing.
    const about = path.join(site, 'src', 'pages', 'about.md');
    fs.writeFileSync(path.join(site, 'src', 'pages', 'about-us.md'), fs.readFileSync(about, 'utf8').replace(/^---\n/, '---\nslug: /about\n'));
    fs.rmSync(about);
    assert.deepEqual(await problemsOf(), ['src/pages/_shared.md:1:5 broken-link']);
  } finally {
    clearCheckCache(site);
    fs.rmSync(site, { recursive: true, force: true });
  }
});
