/**
 * MDX has no indented code: four spaces in, Docusaurus's MDX compiler reads Markdown where
 * CommonMark reads code (probe builds: a broken link or image there stops the build, a heading
 * there is an anchor). The extract keeps CommonMark's reading, and MDX's links and headings
 * beside it when they differ; the model gives each page the reading of the compiler that
 * builds it. tests/unit/extract-regions.test.ts holds the extraction to the reference.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { extractPage } from '../../scripts/content/extract/page-extract.ts';
import { extractAsCompiled } from '../../scripts/content/model/markdown-format.ts';
import type { PageExtract } from '../../scripts/content/model/site.ts';
import { FIXTURES, problemsWith } from '../helpers/check-fixture.ts';

const urls = (links: PageExtract['links']) => links.map(({ url, line, column }) => `${url}@${line}:${column}`);
const ids = (headings: PageExtract['headings']) => headings.map(({ depth, id }) => `h${depth} ${id}`);

test('a link in an indented block is MDX\'s, at its place in the page', () => {
  const extract = extractPage('Intro [a](a.md).\n\n    See [b](b.md).\n\n[c](c.md)\n');
  assert.deepEqual(urls(extract.links), ['a.md@1:7', 'c.md@5:1'], 'CommonMark: code');
  assert.deepEqual(urls(extract.mdxReading!.links), ['a.md@1:7', 'b.md@3:9', 'c.md@5:1']);
});

test('a link in a list item\'s indented content, and an image', () => {
  const extract = extractPage('1. Step\n\n        Then [read](./two.md).\n\n   ok\n\n        ![shot](./shot.png)\n');
  assert.deepEqual(urls(extract.links), []);
  assert.deepEqual(urls(extract.mdxReading!.links), ['./two.md@3:14', './shot.png@7:9']);
  assert.deepEqual(extract.mdxReading!.links.map(({ kind }) => kind), ['link', 'image']);
});

test('headings in indented code are headings to MDX, and move the ids of the headings after them', () => {
  const extract = extractPage('## Same\n\n    ## Same\n    # Shell comment\n\n## Same\n');
  assert.deepEqual(ids(extract.headings), ['h2 same', 'h2 same-1']);
  assert.deepEqual(ids(extract.mdxReading!.headings), ['h2 same', 'h2 same-1', 'h1 shell-comment', 'h2 same-2']);
});

test('an indented fence opens a fence to MDX, which runs on over the links after it', () => {
  const extract = extractPage('Intro\n\n    ```\n\n[x](y)\n\n## After\n');
  assert.deepEqual(urls(extract.links), ['y@5:1']);
  assert.deepEqual(extract.mdxReading, { links: [], headings: [] });
});

test('a definition in indented code serves the references of the page', () => {
  const extract = extractPage('Use [ref] here.\n\n    [ref]: r.md\n');
  assert.deepEqual(extract.links, []);
  assert.deepEqual(extract.mdxReading!.links.map(({ url, kind, usedBy }) => `${kind} ${url} ${usedBy}`), ['definition r.md link']);
});

test('indented code that reads the same either way leaves no second reading', () => {
  assert.equal(extractPage('Run:\n\n    npm ci --omit=dev\n    export PORT=8080\n').mdxReading, undefined);
  assert.equal(extractPage('Intro [a](a.md).\n\n```\n    [not](x)\n```\n').mdxReading, undefined, 'a fence is code to both');
  assert.equal(extractPage('Plain [a](a.md) page.\n\n## Heading\n').mdxReading, undefined);
});

test('a page compiled as MDX gets MDX\'s reading; one read as CommonMark keeps its own', () => {
  const extract = extractPage('Intro\n\n    See [b](b.md).\n');
  assert.deepEqual(urls(extractAsCompiled(extract, undefined, 'mdx').links), ['b.md@3:9']);
  assert.equal(extractAsCompiled(extract, undefined, 'mdx').mdxReading, undefined);
  assert.equal(extractAsCompiled(extract, undefined, 'md'), extract);
  const plain = extractPage('No indented code: [a](a.md)\n');
  assert.equal(extractAsCompiled(plain, undefined, 'mdx'), plain, 'the same object: copies of a text keep sharing it');
});

test('the check: a broken link indented in a page Docusaurus compiles as MDX, and not in one it reads as CommonMark', async () => {
  const page = 'Intro\n\n    See [the guide](./no-such-guide.md).\n';
  const config = fs.readFileSync(path.join(FIXTURES, 'mdx', 'docusaurus.config.js'), 'utf8');
  const detect = config.replace('markdown: {', "markdown: {\n    format: 'detect',");
  assert.notEqual(detect, config);
  const lines = async (files: Record<string, string>) => (await problemsWith(files)).map(({ file, line, column, rule }) => `${file}:${line}:${column} ${rule}`);
  assert.deepEqual(await lines({ 'docs/guide.md': page }), ['docs/guide.md:3:9 broken-link'], 'markdown.format mdx, the default');
  assert.deepEqual(await lines({ 'docs/guide.md': `---\nmdx:\n  format: md\n---\n${page}` }), [], 'mdx.format md in the front matter');
  assert.deepEqual(await lines({ 'docusaurus.config.js': detect, 'docs/guide.md': page, 'docs/other.mdx': page }), ['docs/other.mdx:3:9 broken-link'], 'markdown.format detect: .md is CommonMark');
});

test('the check: an anchor on a heading MDX reads in an indented block is there', async () => {
  const problems = await problemsWith({ 'docs/guide.md': 'Intro\n\n    ## Install steps\n\nSee [the steps](#install-steps).\n' });
  assert.deepEqual(problems, []);
});
