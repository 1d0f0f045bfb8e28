/**
 * Markdown in HTML blocks (extract/mdx-html-links.ts): MDX reads it as Markdown, CommonMark as
 * raw HTML. Which lines open an HTML block, which blocks are worth a parse, and what the MDX
 * parser finds there. tests/site/agreement.test.ts builds the mistakes with Docusaurus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlBlockLinesWithBrackets, opensHtmlBlock } from '../../scripts/content/extract/mdx-html-links.ts';
import { parseMdxSource } from '../../scripts/content/extract/mdx-parse.ts';
import { mdxFactsOf } from '../../scripts/content/extract/mdx-facts.ts';
import { extractReference } from '../../scripts/content/extract/reference.ts';
import { recordOf } from '../../scripts/content/extract/page-record.ts';
import { extractAsCompiled } from '../../scripts/content/model/markdown-format.ts';

test('lines that open an HTML block, as CommonMark reads them', () => {
  for (const line of ['<div>![x](./x.png)</div>', '<details><summary>S</summary>[a](b)</details>', '<TabItem value="a">', '</Tabs>', '<!-- note -->', '  <p>text</p>', '- <div>', '> <table>', '<pre>']) assert.ok(opensHtmlBlock(line), line);
  // A tag followed by text on its line, of a name that is no block's: a paragraph with inline HTML.
  for (const line of ['<strong>Label</strong> and [a](b)', '<kbd>Ctrl</kbd>', 'Text <div>x</div>', '<https://e.com>', '< 5', '<1024']) assert.ok(!opensHtmlBlock(line), line);
});

test('only blocks that hold a bracket, outside fenced code, are worth a parse', () => {
  assert.deepEqual([...htmlBlockLinesWithBrackets('# T\n\n<div>\n[a](b)\n</div>\n\n[c](d)\n')], [3, 4, 5]);
  assert.deepEqual([...htmlBlockLinesWithBrackets('<div>\nno link\n</div>\n')], []);
  assert.deepEqual([...htmlBlockLinesWithBrackets('```html\n<div>[a](b)</div>\n```\n')], []);
  assert.deepEqual([...htmlBlockLinesWithBrackets('<strong>x</strong> [a](b)\n')], []);
});

test('what MDX finds there, and CommonMark does not, parsed whole or in parts', () => {
  const page = '# T\n\n<div>![x](./x.png)</div>\n\n<details>\n<summary>S</summary>\n[a](./a.md) and https://e.com\n</details>\n\n<div>\n\n[b](./b.md)\n\n</div>\n';
  const show = (found: ReturnType<typeof parseMdxSource>['markdownInHtml']) => (found ?? []).map(({ kind, url, line, column }) => `${kind} ${url} ${line}:${column}`);
  assert.deepEqual(show(parseMdxSource(page).markdownInHtml), ['image ./x.png 3:6', 'link ./a.md 7:1']);
  // The page's facts, read segment by segment: the same places.
  assert.deepEqual(show(mdxFactsOf(page).markdownInHtml), ['image ./x.png 3:6', 'link ./a.md 7:1']);
  // CommonMark sees none of them; it does see the link a blank line sets apart.
  assert.deepEqual(extractReference(page).links.map(({ url }) => url), ['./b.md']);
  // A page that does not parse gives none: its syntax error is reported instead.
  assert.equal(parseMdxSource('<div>[a](b)\n\n<br>\n').markdownInHtml, undefined);
});

test('a page compiled as MDX has those among its links, once; one read as CommonMark does not', () => {
  // `<span>` alone on its line cannot interrupt a paragraph: CommonMark reads the link after it too.
  const record = recordOf('# T\n\n<div>![x](./x.png)</div>\n\nText\n<span>\n[b](./b.md)\n</span>\n');
  assert.deepEqual(record.mdx.markdownInHtml?.map(({ url }) => url), ['./x.png', './b.md']);
  const urls = (format: 'md' | 'mdx') => extractAsCompiled(record.extract, record.mdx, format).links.map(({ url, line, column }) => `${url} ${line}:${column}`);
  assert.deepEqual(urls('md'), ['./b.md 7:1']);
  assert.deepEqual(urls('mdx'), ['./b.md 7:1', './x.png 3:6'], 'the link CommonMark found too is not added twice');
});
