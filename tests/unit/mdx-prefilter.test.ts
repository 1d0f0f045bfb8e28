/**
 * The MDX prefilter reads a page in place (mayHoldMdx); linesOutsideCode is the same reading as
 * an array of lines, which other readers use. They must agree on every text: the fixtures and
 * the project's pages, and generated texts made of what the reading turns on (fences of both
 * kinds and lengths, indentation, tabs, directive closings, CRLF, a lone CR, line separators).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { lineMayHoldMdx, linesOutsideCode, mayHoldMdx } from '../../scripts/content/extract/mdx-prefilter.ts';
import { assertProperty, propertyRun } from '../helpers/property.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { PROJECT_ROOT } from '../../scripts/project.ts';

const byLines = (text: string) => /[<{]|import|export/.test(text) && linesOutsideCode(text).some(lineMayHoldMdx);

test('a fence that surely closes hides what it holds; one that may not, does not', () => {
  assert.equal(mayHoldMdx('Text\n\n```js\nconst a = <b />;\n```\n'), false);
  assert.equal(mayHoldMdx('Text\n\n~~~~\n{x}\n~~~~\n'), false);
  assert.equal(mayHoldMdx('- item\n\n  ```js\n<b />\n  ```\n'), true, 'a line indented less than the opening may end the list item, and the fence');
  assert.equal(mayHoldMdx(':::note\n```\n:::\n<b />\n```\n'), true, 'a directive closing ends the fence inside it');
  assert.equal(mayHoldMdx('```\n\t<b />\n```\n'), true, 'a tab makes the indentation unsure');
  assert.equal(mayHoldMdx('```\n<b />\n'), true, 'a fence never closed');
  assert.equal(mayHoldMdx('```js `x`\n<b />\n```\n'), true, 'a backtick in the info string: an inline code span, no fence');
  assert.equal(mayHoldMdx('---\ntitle: <x>\n---\n\nText\n'), false, 'front matter holds no MDX');
  assert.equal(mayHoldMdx('Text\r\n\r\n```\r\n<b />\r\n```\r\n'), false, 'CRLF lines');
  assert.equal(mayHoldMdx('import X from "./x";\n'), true);
  assert.equal(mayHoldMdx('An important export.\n'), false, 'import and export count only at a line\'s start');
});

function pagesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
}

test('on every fixture and project page, the reading in place agrees with the lines', () => {
  const texts = [...pagesUnder(FIXTURES), ...pagesUnder(path.join(PROJECT_ROOT, 'docs')), ...pagesUnder(path.join(PROJECT_ROOT, 'versioned_docs'))];
  assert.ok(texts.length > 100, `${texts.length} pages`);
  for (const text of texts) assert.equal(mayHoldMdx(text), byLines(text), text.slice(0, 200));
});

test('on generated texts, the reading in place agrees with the lines', () => {
  const line = fc.constantFrom(
    '```', '````', '```js', '``` `x`', '~~~', '~~~~ yaml', '   ```', '    ```', '  ~~~', '```\u2028x', ':::', ':::note', '  :::  ', '::::',
    '<b />', 'a < b', '{x}', '\\{x}', '`<b>`', 'import X from "x"', '  export const a = 1', 'important', '',
    '\t<b />', '  text', '\ttext', 'text', '- item', '  - nested', '---', 'title: x', '# Heading {#id}', '```mdx-code-block', '\u00a0',
  );
  const ending = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
  const text = fc.array(fc.tuple(line, ending), { maxLength: 14 }).map((lines) => lines.map(([content, end]) => content + end).join(''));
  assertProperty(fc.property(text, (page) => {
    assert.equal(mayHoldMdx(page), byLines(page));
  }), propertyRun(3_000));
});
