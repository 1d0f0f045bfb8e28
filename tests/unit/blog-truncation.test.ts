/**
 * A blog's published posts without a truncate marker, weighed by the blog's
 * `onUntruncatedBlogPosts` (rules/blog-post-files.ts): `throw` stops the build, `warn` (the
 * default) warns, `ignore` and `log` say nothing; the blog's own `truncateMarker` is the one
 * looked for, in the post's body. Built with Docusaurus 3.10 (tests/site/agreement.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, problemsWith } from '../helpers/check-fixture.ts';

// The fixture's config with the news blog's options replaced by `options`; its one post (news/2023-01-01-launch.md) has no marker.
const config = (options: string) => fs.readFileSync(path.join(FIXTURES, 'blog-posts', 'docusaurus.config.js'), 'utf8').replace("archiveBasePath: null, onUntruncatedBlogPosts: 'ignore'", `archiveBasePath: null${options}`);
const lines = async (options: string, files: Record<string, string> = {}) => (await problemsWith({ 'docusaurus.config.js': config(options), ...files }, 'blog-posts'))
  .map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`);

test('a published post without a truncate marker: a warning by default, an error under throw, nothing under ignore or log', async () => {
  assert.deepEqual(await lines(''), ['news/2023-01-01-launch.md:1:1 warning page-file: the post has no truncate marker: the blog\'s list pages show it whole (onUntruncatedBlogPosts: warn)']);
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'throw'"), ['news/2023-01-01-launch.md:1:1 error page-file: the post has no truncate marker, and the blog\'s onUntruncatedBlogPosts is throw: the build stops']);
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'ignore'"), []);
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'log'"), []);
});

test('a marker in the body counts, in either form; one in the front matter does not; a draft is never looked at', async () => {
  const launch = (text: string) => ({ 'news/2023-01-01-launch.md': text });
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'throw'", launch('---\ntitle: Launch\n---\n\nWe launched.\n\n<!-- truncate -->\n\nMore.\n')), []);
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'throw'", launch('---\ntitle: Launch\n---\n\nWe launched.\n\n{/* truncate */}\n\nMore.\n')), []);
  assert.deepEqual((await lines(", onUntruncatedBlogPosts: 'throw'", launch('---\ntitle: Launch\ndescription: "<!-- truncate -->"\n---\n\nWe launched.\n'))).length, 1);
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'throw'", { ...launch('---\ntitle: Launch\n---\n\nWe launched.\n<!-- truncate -->\n'), 'news/2024-01-01-plans.md': '---\ntitle: Plans\ndraft: true\n---\n\nSoon.\n' }), []);
});

test('the blog\'s own truncateMarker is the one looked for', async () => {
  const more = ", onUntruncatedBlogPosts: 'throw', truncateMarker: /<!--\\s*more\\s*-->/";
  assert.deepEqual(await lines(more, { 'news/2023-01-01-launch.md': '---\ntitle: Launch\n---\n\nWe launched.\n\n<!-- more -->\n\nMore.\n' }), []);
  assert.deepEqual((await lines(more, { 'news/2023-01-01-launch.md': '---\ntitle: Launch\n---\n\nWe launched.\n\n<!-- truncate -->\n\nMore.\n' })).length, 1);
});

test('the text before the marker is compiled alone for the list pages: an element it opens and the rest of the post closes stops the build there; one closed before the marker, or a post that is unlisted, does not', async () => {
  const post = (body: string, more = '') => ({ 'blog/2024-05-29-ports.md': `---\ntitle: Ports\n${more}---\n\n${body}\n` });
  const cut = '<details>\n<summary>More</summary>\n\nText.\n\n<!-- truncate -->\n\nRest.\n\n</details>';
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'ignore'", post(cut)), [
    'blog/2024-05-29-ports.md:5:1 error mdx-syntax: the blog\'s list pages compile this post up to its truncate marker (line 10) on its own, and there <details> is never closed',
  ]);
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'ignore'", post('<details>\n<summary>More</summary>\n\nText.\n\n</details>\n\n<!-- truncate -->\n\nRest.')), []);
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'ignore'", post(cut, 'unlisted: true\n')), []);
  // A draft's only warns: the build leaves it out.
  assert.deepEqual((await lines(", onUntruncatedBlogPosts: 'ignore'", post(cut, 'draft: true\n'))).map((line) => line.split(': ')[0]), ['blog/2024-05-29-ports.md:6:1 warning mdx-syntax']);
});

test('a name used before the marker that an import or export below it defines is undefined on the list pages, which compile that text alone; above the marker, or in an unlisted post, it is defined; a name the whole post lacks is reported once', async () => {
  const badge = { 'src/components/Badge.js': "import React from 'react';\nexport default function Badge({children}) { return <span>{children}</span>; }\n" };
  const post = (body: string, more = '') => ({ ...badge, 'blog/2024-06-01-late.md': `---\ntitle: Late\n${more}---\n\n${body}\n` });
  const late = "A <Badge>new</Badge> release, {version}.\n\n<!-- truncate -->\n\nimport Badge from '@site/src/components/Badge';\nexport const version = '2.9';\n\nRest.";
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'ignore'", post(late)), [
    'blog/2024-06-01-late.md:5:3 error mdx-undefined: <Badge> is imported at line 9, below the truncate marker (line 7): the blog compiles the post up to the marker on its own for its list pages, where Badge is not defined, and the build stops there',
    'blog/2024-06-01-late.md:5:32 error mdx-undefined: "version" is exported at line 10, below the truncate marker (line 7): the blog compiles the post up to the marker on its own for its list pages, where version is not defined, and the build stops there',
  ]);
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'ignore'", post("import Badge from '@site/src/components/Badge';\nexport const version = '2.9';\n\nA <Badge>new</Badge> release, {version}.\n\n<!-- truncate -->\n\nRest.")), []);
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'ignore'", post(late, 'unlisted: true\n')), []);
  assert.deepEqual((await lines(", onUntruncatedBlogPosts: 'ignore'", post(late, 'draft: true\n'))).map((line) => line.split(': ')[0]), ['blog/2024-06-01-late.md:6:3 warning mdx-undefined', 'blog/2024-06-01-late.md:6:32 warning mdx-undefined']);
  // <Nope> is undefined in the whole post: one problem, in the post's own words.
  const nope = await lines(", onUntruncatedBlogPosts: 'ignore'", post('A <Nope /> badge.\n\n<!-- truncate -->\n\nRest.'));
  assert.deepEqual(nope.map((line) => line.split(': ').slice(0, 2).join(': ')), ['blog/2024-06-01-late.md:5:3 error mdx-undefined: <Nope> is not defined']);
});

test('the list pages cut the file at its first marker, front matter included: a marker quoted in the front matter leaves them that front matter, read as MDX, and the body\'s own marker no longer counts there', async () => {
  const badge = { 'src/components/Badge.js': "import React from 'react';\nexport default function Badge({children}) { return <span>{children}</span>; }\n" };
  const post = (frontMatter: string, body: string) => ({ ...badge, 'blog/2024-06-01-cut.md': `---\n${frontMatter}---\n\n${body}\n` });
  const late = "A <Badge>new</Badge> release.\n\n<!-- truncate -->\n\nimport Badge from '@site/src/components/Badge';\n\nRest.";
  // The body's import below its marker no longer matters: the list pages stop in the front matter.
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'ignore'", post('title: Cut\ndescription: How to cut a post with <!-- truncate --> in it\n', late)), []);
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'ignore'", post('title: Why <details> matters\ndescription: cut with <!-- truncate -->\n', 'Text.\n\n<!-- truncate -->\n\nRest.')), [
    'blog/2024-06-01-cut.md:2:12 error mdx-syntax: the blog\'s list pages compile this post up to its first truncate marker, which is in its front matter (line 3): what stands before it is read as MDX, and there <details> is never closed',
  ]);
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'ignore'", post('title: Version {version}\ndescription: cut with <!-- truncate -->\n', 'Text.\n\n<!-- truncate -->\n\nRest.')), [
    'blog/2024-06-01-cut.md:2:17 error mdx-undefined: "version" is not defined on the blog\'s list pages: they compile this post up to its first truncate marker, which is in its front matter (line 3), and read what stands before it as MDX; the build stops there',
  ]);
  // Without a marker in its body the post is not truncated, whatever its front matter quotes.
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'ignore'", post('title: Why <details> matters\ndescription: cut with <!-- truncate -->\n', 'Text.')), []);
});

test('a component the theme provides needs no import on the list pages either: <Details> above the marker, imported below, builds', async () => {
  assert.deepEqual(await lines(", onUntruncatedBlogPosts: 'ignore'", { 'blog/2024-06-01-details.md': "---\ntitle: Details\n---\n\n<Details><summary>More</summary>Text.</Details>\n\n<!-- truncate -->\n\nimport Details from '@theme/Details';\n\nRest.\n" }), []);
});
