/**
 * The front matter of the Markdown pages of src/pages, which the pages plugin validates with a
 * schema of its own (content/model/plugin-front-matter-schema.ts): each value it refuses stops the
 * build, a draft's too, and is an error at its key's line; keys it does not describe pass.
 * (tests/site/agreement.test.ts builds these with Docusaurus.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { textLine } from '../../scripts/check/report.ts';
import { checkWith } from '../helpers/check-fixture.ts';

const lines = async (files: Record<string, string>) => (await checkWith(files, 'markdown-pages')).problems.map(textLine);
const page = (frontMatter: string, heading = 'Page') => `---\n${frontMatter}---\n\n# ${heading}\n`;

// First in this file (each test file runs in a process of its own): nothing has loaded the schema yet.
test('site page front matter: pages with a title alone, and sites without Markdown pages, never load the pages plugin\'s schema', async () => {
  const schemaFile = createRequire(__filename).resolve('@docusaurus/plugin-content-pages/lib/frontMatter.js');
  assert.deepEqual(await lines({ 'src/pages/more.md': page('title: More\n'), 'src/pages/plain.md': '# Plain\n' }), []);
  assert.equal(require.cache[schemaFile], undefined, 'the check loaded the pages plugin\'s front matter schema');
  assert.deepEqual((await checkWith({ 'docs/index.md': page('title: Home\nslug: /\ndescription: Home\n') })).problems, []);
  assert.equal(require.cache[schemaFile], undefined, 'the check loaded the pages plugin\'s front matter schema');
});

test('site page front matter: each value the pages plugin refuses is an error at its key\'s line, a draft\'s too, in the docs\' words', async () => {
  assert.deepEqual(await lines({
    'src/pages/empty-slug.md': page("title: Empty\nslug: ''\n"),
    'src/pages/number-slug.md': page('title: Number\n\nslug: 5\n'),
    'src/pages/list-title.md': page('title: [a]\ndescription: Listed\n'),
    'src/pages/maybe.md': page('title: Maybe\nhide_table_of_contents: maybe\nkeywords: 5\n'),
    'src/pages/both.md': page('title: Both\ndraft: true\nunlisted: true\n'),
    'src/pages/broken.md': page('title: Broken\ndescription: a: b\n'),
    'src/pages/plans.md': page('title: Plans\ndraft: true\nslug: 5\n'),
    'src/pages/levels.md': page('title: Levels\ntoc_min_heading_level: 1\nkeywords: [cis, 5]\nwrapperClassName: [wide]\n'),
    'src/pages/listed.md': '---\n- a\n- b\n---\n\n# Listed\n',
  }), [
    'src/pages/both.md:4:1: error front-matter: a page cannot be both a draft and unlisted (remove draft: true to publish it unlisted, or unlisted: true to keep it a draft)',
    'src/pages/broken.md:3:15: error front-matter: front matter is not valid YAML: bad indentation of a mapping entry (check indentation, and quote values that contain ": " or start with a special character)',
    'src/pages/empty-slug.md:3:1: error front-matter: slug must not be empty (remove the line, or e.g. slug: /faq/security)',
    'src/pages/levels.md:3:1: error front-matter: toc_min_heading_level must be at least 2, got number 1 (e.g. toc_min_heading_level: 2)',
    'src/pages/levels.md:4:1: error front-matter: item 2 of keywords must be text, got number 5 (e.g. keywords: [cis, benchmark])',
    'src/pages/levels.md:5:1: error front-matter: wrapperClassName must be text, got a list (e.g. wrapperClassName: "…")',
    'src/pages/list-title.md:2:1: error front-matter: title must be text, got a list (quote it: title: "…")',
    'src/pages/listed.md:2:1: error front-matter: front matter is YAML, but not keys with values: Docusaurus refuses it (write one "key: value" line per field, e.g. title: Hardening)',
    'src/pages/maybe.md:3:1: error front-matter: hide_table_of_contents must be true or false, got the text "maybe" (YAML reads "maybe" as text: write hide_table_of_contents: true or hide_table_of_contents: false)',
    'src/pages/maybe.md:4:1: error front-matter: keywords must be a list, got number 5 (e.g. keywords: [cis, benchmark])',
    'src/pages/number-slug.md:4:1: error front-matter: slug must be text, got number 5 (e.g. slug: /faq/security)',
    'src/pages/plans.md:4:1: error front-matter: slug must be text, got number 5 (e.g. slug: /faq/security)',
  ]);
});

test('site page front matter: what the pages plugin takes passes, and so do keys it does not describe (the docs\' keys included)', async () => {
  assert.deepEqual(await lines({
    'src/pages/kept.md': page("title: ''\ndescription: ''\nkeywords: [cis, '5']\nslug: /kept\nwrapperClassName: wide\nhide_table_of_contents: 'true'\ntoc_min_heading_level: 2\ntoc_max_heading_level: 4\nimage: https://docs.example.com/card.png\nlast_update:\n  author: Jane Doe\n"),
    'src/pages/loose.md': page('title: Loose\nsidebar_position: first\ntags: 5\nid: a/b\nsidebar_label: [x]\npagination_next: nowhere\ncustom_edit_url: 5\nunlisted: true\ndraft: false\n'),
    'src/pages/later.md': page('title: Later\ndraft: true\nhide_table_of_contents: false\n'),
  }), []);
});
