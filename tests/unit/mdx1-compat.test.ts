/**
 * MDX 1 compatibility (`markdown.mdx1Compat`, turned off by `future.v4`): the settings as
 * Docusaurus 3.10 resolves them, and where a page holds what MDX reads only through it, placed
 * where the build stops (tests/site/agreement.test.ts builds the same with Docusaurus).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdx1CompatField } from '../../scripts/content/load/mdx1-compat.ts';
import { mdx1SyntaxOf } from '../../scripts/content/extract/mdx1-syntax.ts';

test('the settings: on unless future.v4 turns the default off; a key the config sets wins', () => {
  assert.deepEqual(mdx1CompatField({}), {});
  assert.deepEqual(mdx1CompatField({ future: { v4: { removeLegacyPostBuildHeadAttribute: true } } }), {});
  const off = { comments: false, admonitions: false, headingIds: false };
  assert.deepEqual(mdx1CompatField({ future: { v4: true } }), { mdx1Compat: off });
  assert.deepEqual(mdx1CompatField({ future: { v4: { mdx1CompatDisabledByDefault: true } } }), { mdx1Compat: off });
  assert.deepEqual(mdx1CompatField({ future: { v4: true }, markdown: { mdx1Compat: { comments: true, admonitions: true, headingIds: true } } }), {});
  assert.deepEqual(mdx1CompatField({ future: { v4: true }, markdown: { mdx1Compat: { headingIds: true } } }), { mdx1Compat: { comments: false, admonitions: false, headingIds: true } });
  assert.deepEqual(mdx1CompatField({ markdown: { mdx1Compat: { comments: false } } }), { mdx1Compat: { comments: false, admonitions: true, headingIds: true } });
});

const page = (...lines: string[]) => ['---', 'title: T', '---', '', ...lines].join('\n');

test('HTML comments outside code: at the "!" of each, one open across lines counted once', () => {
  assert.deepEqual(mdx1SyntaxOf(page('Text <!-- a --> and <!-- b -->.', '', '<!--', 'still in it <!-- no', '-->', '')), {
    htmlComments: [{ line: 5, column: 7 }, { line: 5, column: 22 }, { line: 7, column: 2 }],
  });
});

test('comments in code, code spans, escapes and expressions are none, and leave nothing open', () => {
  assert.deepEqual(mdx1SyntaxOf(page('```html', '<!-- code -->', '```', '', 'A span `<!-- x`, \\<!-- escaped, {"<!--"}.', '', '---', 'x: <!-- after a thematic break -->')), {
    htmlComments: [{ line: 12, column: 5 }],
  });
  assert.deepEqual(mdx1SyntaxOf('---\ntitle: <!-- in front matter -->\n---\n\nText.\n'), {});
});

test('heading ids: the first {#…} of a line the preprocessor reads as a heading, at its "#"', () => {
  assert.deepEqual(mdx1SyntaxOf(page('## Open ports {#ports}', '', '# A {#a} {#b}', '', '#hashtag {#c}')), {
    headingIdBraces: [{ line: 5, column: 16 }, { line: 7, column: 6 }, { line: 9, column: 11 }],
  });
});

test('heading ids escaped, in code spans, in code, or on lines the preprocessor leaves alone are none', () => {
  assert.deepEqual(mdx1SyntaxOf(page('## Escaped \\{#a}', '', '## The `{#x}` syntax', '', '```', '# {#z}', '```', '', '  ## Indented {#i}', '', '####### Seven {#s}', '', 'Text {#t}')), {});
});

test('an mdx-code-block fence, which the preprocessor unwraps, keeps the file\'s lines', () => {
  assert.deepEqual(mdx1SyntaxOf(page('```mdx-code-block', 'import X from "./x";', '```', '', '## After {#after}', '', 'Then <!-- c -->.')), {
    htmlComments: [{ line: 11, column: 7 }],
    headingIdBraces: [{ line: 9, column: 11 }],
  });
});
