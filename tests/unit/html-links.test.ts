/**
 * `<a href>` written as raw HTML: in a page read as CommonMark the theme's Link renders it, and
 * the build checks its address like any link's; in a page compiled as MDX it is rendered as
 * written, and no link. The fixture was built with Docusaurus 3.10.2 (links and anchors on
 * `warn`): the build listed exactly the five links this test expects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportLinesOf } from '../helpers/check-fixture.ts';
import { anchorHrefsIn } from '../../scripts/content/extract/html-attributes.ts';
import { extractReference } from '../../scripts/content/extract/reference.ts';
import { extractPage } from '../../scripts/content/extract/page-extract.ts';

test('raw HTML links of a CommonMark page are checked as addresses; those in code, in an MDX page and names are not', async () => {
  const lines = await reportLinesOf('html-links');
  assert.deepEqual(lines.map((line) => line.slice(0, line.indexOf(': ', line.indexOf('warning')))), [
    'docs/intro.md:8:65: warning broken-link', // in an HTML block
    'docs/intro.md:11:54: warning broken-anchor', // inline, to no heading
    'docs/intro.md:11:93: warning broken-link', // an unquoted value starting with /
    'docs/intro.md:13:17: warning broken-link', // a .md file: no address in a browser
    'docs/intro.md:13:80: warning broken-link', // a file of static/: the build checks it as a page
  ]);
  assert.match(lines[3], /no page at "\/docs\/other\.md" \(from "\.\/other\.md"\).*Docusaurus checks an HTML <a>'s href as a page address, as a browser resolves it \(a \.md file is no address there\)/);
  assert.match(lines[4], /bundles a file only for a Markdown link: write \[text\]\(\/files\/guide\.pdf\), or href="pathname:\/\/\/files\/guide\.pdf"/);
});

test('an <a>\'s href, quoted either way or not, at its value; other tags\' hrefs and names are none', () => {
  const html = '<div>\n  <a class="x" href="/one">1</a> <a href=\'#two\'>2</a>\n<a href=/three>3</a> <link href="/no"> <area href="/no"> <a name="n">\n</div>';
  assert.deepEqual(anchorHrefsIn(html, { line: 10, column: 1 }).map(({ url, line, column, kind }) => `${line}:${column} ${kind} ${url}`), [
    '11:21 html-link /one', '11:42 html-link #two', '12:9 html-link /three',
  ]);
  assert.deepEqual(anchorHrefsIn('<abbr title="x">', { line: 1, column: 1 }), []);
});

test('the fast extractor and the reference agree on raw HTML links: blocks, inline, unquoted, across lines', () => {
  const pages = [
    '# T\n\n<div>\n<a href="/a">a</a>\n  <a href="/b">b</a>\n</div>\n\nText <a href=/c>c</a> and <a\nhref="/d">d</a>.\n',
    '- item <a href="/e">e</a>\n\n  <p><a href="/f">f</a></p>\n\n> <a href="#g">g</a>\n',
    '## Heading <a href="/h">h</a>\n\n| a | b |\n|---|---|\n| <a href="/i">i</a> | x |\n',
  ];
  for (const page of pages) {
    const links = (extract: { links: Array<{ url: string; line: number; column: number; kind: string }> }) => extract.links.map(({ url, line, column, kind }) => `${line}:${column} ${kind} ${url}`);
    assert.deepEqual(links(extractPage(page)), links(extractReference(page)), page);
    assert.ok(links(extractReference(page)).some((link) => link.includes('html-link')), page);
  }
});
