/**
 * MDX has no HTML blocks: a `<details>` or `<TabItem>` line is a JSX element and the lines after
 * it are Markdown. CommonMark ends such a block at a blank line, which may sit inside a fence the
 * element holds: it then reads the rest of the code as Markdown and the fence's closing line as
 * an opening one, which swallows what follows. A page compiled as MDX gets MDX's reading
 * (extract/mdx-html-flow.ts, extract/reference.ts); tests/unit/extract-regions.test.ts holds the
 * fast path to it, and tests/site/agreement.test.ts builds both shapes below.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPage } from '../../scripts/content/extract/page-extract.ts';
import { extractReference } from '../../scripts/content/extract/reference.ts';
import { mdxMayReadHtmlBlockOtherwise } from '../../scripts/content/extract/mdx-html-flow.ts';
import { extractAsCompiled } from '../../scripts/content/model/markdown-format.ts';
import { problemsWith } from '../helpers/check-fixture.ts';

const ids = (headings: Array<{ id: string }>) => headings.map(({ id }) => id);
const urls = (links: Array<{ url: string; line: number }>) => links.map(({ url, line }) => `${url}@${line}`);

/** hydra's job.md in small: a blank line inside the fence that `<details>` holds. */
const DETAILS = [
  '<details>',
  '  <summary>Show the settings</summary>',
  '  ```python',
  '  class Settings:',
  '      name: str = "faq"',
  '',
  '      # the port to serve on',
  '      port: int = 8080',
  '  ```',
  '</details>',
  '',
  '## The job name',
  '',
  'See [the guide](./guide.md).',
  '',
].join('\n');

/** OpenAPI-Qraft's overview in small: tabs holding indented fences with blank lines. */
const TABS = [
  '<Tabs>',
  '  <TabItem value="yaml" label="YAML">',
  '    ```yaml',
  '    port: 8080',
  '',
  '    # the host',
  '    host: localhost',
  '    ```',
  '  </TabItem>',
  '</Tabs>',
  '',
  '## After the tabs',
  '',
  '- [Install](./install.md)',
  '',
].join('\n');

test('a fence an element holds, with a blank line inside: MDX reads the fence, and the headings and links after it', () => {
  for (const [page, headings, links] of [[DETAILS, ['the-job-name'], ['./guide.md@14']], [TABS, ['after-the-tabs'], ['./install.md@14']]] as const) {
    // MDX without HTML blocks yet with indented code would swallow the link after the tabs:
    // the reading is without both.
    const extract = extractPage(page);
    assert.deepEqual(extract, extractReference(page), 'the fast path gives the reference answer');
    const compiled = extractAsCompiled(extract, undefined, 'mdx');
    assert.deepEqual(ids(compiled.headings), headings, 'no comment line of the code is a heading, and none after it is lost');
    assert.deepEqual(urls(compiled.links), links);
  }
  // Read as CommonMark (`format: md`), the block ends at the blank line, as Docusaurus reads it
  // there too: the fence's closing line opens one that swallows the heading and the link.
  const commonMark = extractAsCompiled(extractPage(DETAILS), undefined, 'md');
  assert.deepEqual([ids(commonMark.headings), urls(commonMark.links)], [[], []]);
});

test('a comment over a blank line inside an element is a comment to MDX: the link in it is none', () => {
  const page = '<div>\n<!--\n\n[old](./old.md)\n-->\n</div>\n\n[new](./new.md)\n';
  const extract = extractPage(page);
  assert.deepEqual(extract, extractReference(page));
  assert.deepEqual(urls(extractAsCompiled(extract, undefined, 'mdx').links), ['./new.md@8']);
  assert.deepEqual(urls(extractAsCompiled(extract, undefined, 'md').links), ['./old.md@4', './new.md@8']);
});

test('a block that ends at its closing tag, text right below: MDX reads both as one paragraph, so a definition there is none', () => {
  const page = '<script>\n</pre>\n[ref]: d.md\n\n[x][ref]\n';
  const extract = extractPage(page);
  assert.deepEqual(extract, extractReference(page));
  assert.deepEqual(urls(extractAsCompiled(extract, undefined, 'md').links), ['d.md@3']);
  assert.deepEqual(urls(extractAsCompiled(extract, undefined, 'mdx').links), []);
  // A comment is a comment block to MDX too, ending where CommonMark's does: nothing to read again.
  assert.equal(extractReference('<!-- c -->\n[ref]: d.md\n\n[x][ref]\n').mdxReading, undefined);
});

test('which blocks MDX may read otherwise: Markdown, a fence, a comment left open; not plain tags and text, nor a closed comment', () => {
  for (const block of ['<div>\n[a](b.md)', '<div>\n## Title', '<div>\nTitle\n---', '<details>\n  ```js', '<div>\n<!--\n', '<div>\n<https://example.com>', '<!-- note -->[a](b.md)', '<!--\n- [<!-- c -->](a.md)']) {
    assert.ok(mdxMayReadHtmlBlockOtherwise(block), block);
  }
  for (const block of ['<div>', '<TabItem value="a">\n  Some text', '<!-- [a](b.md) -->', '<table>\n<tr><td>1</td></tr>\n</table>']) {
    assert.ok(!mdxMayReadHtmlBlockOtherwise(block), block);
  }
});

test('the check: a broken link after tabs that hold code is reported; an anchor to a heading after a <details> holding code is there', async () => {
  const tabs = `import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n${TABS.replace('./install.md', './no-such-page.md')}`;
  const lines = async (files: Record<string, string>) => (await problemsWith(files)).map(({ file, line, rule }) => `${file}:${line} ${rule}`);
  assert.deepEqual(await lines({ 'docs/tabs.md': tabs }), ['docs/tabs.md:17 broken-link']);
  assert.deepEqual(await lines({ 'docs/job.md': DETAILS.replace('./guide.md', '#the-job-name') }), []);
  assert.deepEqual(await lines({ 'docs/job.md': DETAILS.replace('./guide.md', '#the-job-nam') }), ['docs/job.md:14 broken-anchor']);
});
