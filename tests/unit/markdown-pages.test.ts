/**
 * Links to the pages of src/pages (load/site-pages.ts): a Markdown page's anchors are its
 * headings, as a doc's; a React page's, the ids it gives the theme's Heading (load/react-page-anchors.ts);
 * those of a Markdown page that renders a partial are not judged. A heading changed there is seen by
 * the next check, warm or not.
 * (tests/site/agreement.test.ts builds the fixture and a broken anchor with Docusaurus.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import { clearCheckCache } from '../../scripts/content/load/check-cache.ts';
import { textLine } from '../../scripts/check/report.ts';
import { checkWith, FIXTURES } from '../helpers/check-fixture.ts';
import { throwawaySiteDir } from '../helpers/paths.ts';

const lines = async (files: Record<string, string>) => (await checkWith(files, 'markdown-pages')).problems.map(textLine);

test('markdown pages: a link to a heading a Markdown page of src/pages lacks is a broken anchor there, with the closest one', async () => {
  assert.deepEqual(await lines({}), []);
  assert.deepEqual(await lines({ 'docs/intro.md': '---\ntitle: Introduction\n---\n\nSee [the team](/about#teams) and [the end](/about#footnote-label).\n' }), [
    'docs/intro.md:5:5: error broken-anchor: no heading "#teams" in src/pages/about.md (did you mean "#team"? Heading ids are the heading text in lower case with dashes)',
    'docs/intro.md:5:34: error broken-anchor: no heading "#footnote-label" in src/pages/about.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
  ]);
});

test('markdown pages: a React page\'s anchors are the ids it gives Heading; a Markdown page\'s that renders a partial are its own and its partial\'s', async () => {
  assert.deepEqual(await lines({
    'docs/intro.md': '---\ntitle: Introduction\n---\n\n[a](/dashboard#summary), [b](/team#alice) and [c](/team#anything)\n',
    'src/pages/team.md': "---\ntitle: Team\n---\n\nimport People from './_people.md';\n\n<People />\n",
    'src/pages/_people.md': '## Alice\n',
  }), [
    'docs/intro.md:5:47: error broken-anchor: no heading "#anything" in src/pages/team.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
  ]);
});

test('markdown pages: a heading renamed in one is seen by the next check, through the cache', async () => {
  const site = throwawaySiteDir('markdown-pages-');
  try {
    fs.cpSync(path.join(FIXTURES, 'markdown-pages'), site, { recursive: true });
    assert.deepEqual((await checkSite(site, { reuseReport: true })).problems, []);
    const about = path.join(site, 'src', 'pages', 'about.md');
    fs.writeFileSync(about, fs.readFileSync(about, 'utf8').replace('## Team', '## Our team'));
    assert.deepEqual((await checkSite(site, { reuseReport: true })).problems.map((p) => `${p.file}:${p.line} ${p.rule}`), ['docs/intro.md:5 broken-anchor']);
  } finally {
    clearCheckCache(site);
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('markdown pages: a draft is left out, so links to its address break; an unlisted page is published', async () => {
  assert.deepEqual(await lines({
    'src/pages/plans.md': '---\ntitle: Plans\ndraft: true\n---\n\n# Plans\n\n## Next\n',
    // The pages plugin reads `draft` through its schema, which turns the text "true" into true.
    'src/pages/later.md': '---\ntitle: Later\ndraft: "True"\n---\n\n# Later\n',
    'src/pages/kept.md': '---\ntitle: Kept\ndraft: "false"\n---\n\n# Kept\n',
    'docs/more.md': '---\ntitle: More\n---\n\n[l](/later) [k](/kept)\n',
    'src/pages/hidden.md': '---\ntitle: Hidden\nunlisted: true\n---\n\n# Hidden\n\n## Notes\n',
    'docs/intro.md': '---\ntitle: Introduction\n---\n\n[p](/plans) [n](/plans#next) [h](/hidden#notes)\n',
    'src/pages/index.md': '---\ntitle: Home\n---\n\n# Home\n\nThe [plans](/plans).\n',
  }), [
    'docs/intro.md:5:1: error broken-link: no page at "/plans" (src/pages/plans.md is a draft (draft: true), which a production build leaves out)',
    'docs/intro.md:5:13: error broken-link: no page at "/plans" (src/pages/plans.md is a draft (draft: true), which a production build leaves out)',
    'docs/more.md:5:1: error broken-link: no page at "/later" (src/pages/later.md is a draft (draft: true), which a production build leaves out)',
    'src/pages/index.md:7:5: error broken-link: no page at "/plans" (src/pages/plans.md is a draft (draft: true), which a production build leaves out)',
  ]);
});

test('markdown pages: a slug publishes the page there, from the site\'s root whatever its folder, and not at its file\'s name', async () => {
  assert.deepEqual(await lines({
    'src/pages/about.md': '---\ntitle: About\nslug: /about-us\n---\n\n# About us\n\n## Team\n',
    'src/pages/sub/rel.md': '---\ntitle: Rel\nslug: rel-slug\n---\n\n# Rel\n',
    'docs/intro.md': '---\ntitle: Introduction\n---\n\n[a](/about-us#team) [b](/rel-slug) [c](/about) [d](/sub/rel-slug) [e](/sub/rel)\n',
    'src/pages/index.md': '---\ntitle: Home\n---\n\n# Home\n\n[md](./about.md#team) [old](/about)\n',
  }), [
    'docs/intro.md:5:36: error broken-link: no page at "/about" (src/pages/about.md is published at its slug, /about-us: link there)',
    'docs/intro.md:5:48: error broken-link: no page at "/sub/rel-slug" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
    'docs/intro.md:5:67: error broken-link: no page at "/sub/rel" (src/pages/sub/rel.md is published at its slug, /rel-slug: link there)',
    'src/pages/index.md:7:23: error broken-link: no page at "/about" (src/pages/about.md is published at its slug, /about-us: link there)',
  ]);
});
