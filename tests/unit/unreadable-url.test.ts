/**
 * Addresses Docusaurus cannot read as URLs stop its build (its link transforms call
 * `new URL()`): in a Markdown link or image, and in plain text that GFM turns into a link. The
 * check reports each at its place; the same address in code, in a definition, or readable, is
 * no problem. The quick scan that spares most pages the parse must never miss one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { problemsOf, reportLinesOf } from '../helpers/check-fixture.ts';
import { mayHoldUnreadableLiteral } from '../../scripts/content/extract/url-literals.ts';
import { literalsOfPage, unreadableLiterals } from '../../scripts/content/extract/url-literals-parse.ts';
import { preprocessMdx } from '../../scripts/content/extract/mdx-preprocess.ts';
import { parseMdxSource } from '../../scripts/content/extract/mdx-parse.ts';
import { docusaurusReadsUrl } from '../../scripts/content/model/url-parse.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

test('unreadable URLs: every one is reported at its place, in pages and partials, and nothing else', async () => {
  assert.deepEqual(await problemsOf('unreadable-url'), [
    'docs/_partials/_setup.md:1:20 error broken-link', // text in a partial
    'docs/intro.md:5:6 error broken-link', // text: a port that is no number
    'docs/intro.md:7:8 error broken-link', // a link
    'docs/intro.md:7:56 error broken-link', // an image with `>` in its host
    'docs/ports.mdx:7:22 error broken-link', // www. literal
    'docs/ports.mdx:11:35 error broken-link', // text inside a JSX element is Markdown
  ]);
});

test('unreadable URLs: the words a writer reads', async () => {
  const lines = await reportLinesOf('unreadable-url');
  assert.equal(lines[1], 'docs/intro.md:5:6: error broken-link: GFM reads "http://HOST:PORT/ui" as a link, and Docusaurus cannot read its URL: the build stops (a port must be a number and a host cannot hold <, > or spaces; write a placeholder address in a code span: `http://HOST:PORT/`)');
  assert.match(lines[2], /Docusaurus cannot read the URL "http:\/\/localhost:PORT\/console": the build stops/);
});

test('what Docusaurus reads: ports are numbers, hosts hold no `>`; an empty link is never parsed', () => {
  for (const url of ['https://example.com/a', '../a.md#x', '/img/a.png', 'mailto:a@b.co', '', 'http://localhost:3000/']) assert.ok(docusaurusReadsUrl(url), url);
  for (const url of ['http://HOST:PORT/', 'https://e.com>', 'http://[::1', 'https://a b.com']) assert.ok(!docusaurusReadsUrl(url), url);
});

propertyTest('what Docusaurus reads: the shortcut for links without a scheme or authority agrees with new URL', { runs: 20_000, timeoutMs: 60_000 }, (run) => {
  const char = fc.constantFrom('a', '1', '/', '\\', ':', '.', '#', '?', '@', '%', '<', '>', '[', ']', ' ', '\t', '\n', '|', '^');
  assertProperty(fc.property(fc.array(char, { maxLength: 12 }).map((chars) => chars.join('')), (url) => {
    let parses = true;
    try {
      new URL(url, 'unspecified://');
    } catch {
      parses = false;
    }
    assert.equal(docusaurusReadsUrl(url), url === '' || parses, JSON.stringify(url));
  }), run);
});

const piece = fc.constantFrom(
  'http://', 'https://', 'www.', 'HTTP://', 'e.com', 'h', ':', 'PORT', '80', '/', 'a', '>', '<', ')', '(', ']', '[', '.', ',', '_', '*', '~',
  '&amp;', '&', ';', '`', ' ', '\n', '\n\n', '\n```\n', '\n~~~\n', '---\n', '    ', '- ', '"', "'", '?', '!', '-', '@', '#', 'x.y', '[a](', '<b>', '{', '}', '\\',
  // Whole suspects too, so that a short run (`npm run fuzz -- --runs 300`) still meets some.
  'http://HOST:PORT/', 'www.e.com:PORT',
  // Addresses quoted in code, where the closing backtick is no part of a port.
  '`https://e.com:6443`', '`www.e.com:1`', '``http://h:1` ``',
  // What takes a backtick before a code span can: a tag's attribute, an expression, an autolink.
  '<a title="`">', '{"`"}', '<https://e.com/`>',
  // A line of no-break spaces is no blank line: the paragraph, and a code span, go on through it.
  '\u00a0',
);
const texts = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

propertyTest('the quick scan never misses a literal the parse finds unreadable', { runs: 3000, timeoutMs: 300_000 }, (run) => {
  let unreadable = 0;
  assertProperty(fc.property(texts, (text) => {
    const found = [...unreadableLiterals(text, 'md'), ...unreadableLiterals(text, 'mdx')];
    if (found.length > 0) {
      unreadable++;
      assert.ok(mayHoldUnreadableLiteral(text), `missed: ${JSON.stringify(found)} in ${JSON.stringify(text)}`);
    }
  }), run);
  // A floor in proportion to the runs: `npm run fuzz -- --runs N` may run fewer than `npm test`.
  assert.ok(unreadable > run.numRuns / 300, `only ${unreadable} of ${run.numRuns} texts held an unreadable literal: the property tests little`);
});

test('the quick scan: an address quoted in code spares the parse, unless a backtick from elsewhere may pair with the quote\'s', () => {
  const spared = [
    'the API server is at `https://example.com:6443`',
    'first line with `code`\nthe API server is at `https://example.com:6443`\n\na ` b',
    '- use `www.e.com:PORT` or `http://HOST:PORT/`',
  ];
  for (const text of spared) {
    assert.deepEqual([...unreadableLiterals(text, 'md'), ...unreadableLiterals(text, 'mdx')], [], text);
    assert.equal(mayHoldUnreadableLiteral(text), false, text);
  }
  // Each time, what the quote seemed to hold is text, and its closing backtick ends a port.
  const unsure = [
    'a ` b\n`https://h:p` c', // a backtick on the line before
    'a ` b\n\u00a0\n`https://h:p` c', // no-break spaces make no blank line
    '<a title="`">https://h:p` c', // a tag's attribute
    '{"`"}\n`https://h:p` c', // an expression
  ];
  for (const text of unsure) {
    assert.ok(unreadableLiterals(text, 'md').length + unreadableLiterals(text, 'mdx').length > 0, `the parse finds none in ${JSON.stringify(text)}`);
    assert.equal(mayHoldUnreadableLiteral(text), true, text);
  }
});

// Pages: blocks around suspects, including what may span blank lines or decide what is a link.
const block = fc.constantFrom(
  'see http://HOST:PORT/x', 'http://h:p', 'www.e.com>', 'ok https://e.com/a', '`http://H:P/`', '[a](b) http://x:y',
  '```', '~~~', '<pre>', '</pre>', '<!--', '-->', '<Tabs>', '</Tabs>', '{', '}', '[a]: http://h:p', '[http://h:p/][a]',
  '- item http://h:p', '> quote www.e.com>', '    indented http://h:p', ':::note', ':::', '| a | http://h:p |', '| - | - |',
  '---', 'title: x', 'import A from "./a";', '<details>', 'text', '',
  // Addresses quoted in code, and what may take a backtick before a code span does, over lines too.
  'run `https://h:p` here', '`www.e.com:1` and `b`', 'a ` b', '<a title="`">', '{"`"}', '<b title="`', '">`', '[a](`x`) `http://h:p`',
);
const page = fc.array(fc.tuple(block, fc.constantFrom('\n', '\n', '\n\n')), { maxLength: 14 }).map((parts) => parts.map(([b, end]) => b + end).join(''));

propertyTest('read by parts, a page has the unreadable literals it has read whole', { runs: 1500, timeoutMs: 300_000 }, (run) => {
  let found = 0;
  assertProperty(fc.property(page, (text) => {
    for (const format of ['md', 'mdx'] as const) {
      // A page MDX cannot parse reports its syntax error; its literals are not looked for.
      if (format === 'mdx' && parseMdxSource(preprocessMdx(text)).syntaxError) continue;
      const whole = literalsOfPage(format === 'mdx' ? preprocessMdx(text) : text, format);
      found += whole.length;
      assert.deepEqual(unreadableLiterals(text, format), whole, `${format}\n---\n${text}`);
    }
  }), run);
  assert.ok(found > run.numRuns / 30, `only ${found} unreadable literals in ${run.numRuns} pages: the property tests little`);
});
