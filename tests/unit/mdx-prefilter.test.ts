/**
 * The MDX prefilter reads a page in place, and linesOutsideCode gives the same reading as lines
 * for other readers. Both are held here to the rule written out plainly, line by line (an
 * oracle of this test's own): fixtures and the project's pages, and generated texts made of
 * what the reading turns on (fences of both kinds and lengths, indentation, tabs, directive
 * closings, CRLF, a lone CR, line separators).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { lineMayHoldMdx, linesOutsideCode, mayHoldMdx } from '../../scripts/content/extract/mdx-prefilter.ts';
import { preprocessMdx } from '../../scripts/content/extract/mdx-preprocess.ts';
import { assertProperty, propertyRun } from '../helpers/property.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { PROJECT_ROOT } from '../../scripts/project.ts';

/**
 * The rule, line by line: front matter blanked; a fence opened with at most three spaces is code
 * up to the first line that closes it, unless a line before that may close a directive
 * container, is indented less than the opening, or holds a tab; a page with a lone CR keeps
 * every line.
 */
function oracleLines(text: string): string[] {
  const body = preprocessMdx(text).replace(/^---[ \t]*\r?\n(?:.*\r?\n)*?---[ \t]*(?:\r?\n|$)/, (block) => '\n'.repeat(block.split('\n').length - 1));
  if (/\r(?!\n)/.test(body)) return body.split('\n');
  const lines = body.split('\n').map((line) => line.replace(/\r$/, ''));
  for (let i = 0; i < lines.length; i++) {
    const opening = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!opening || (opening[2][0] === '`' && opening[3].includes('`'))) continue;
    const closing = new RegExp(`^[ \\t]*${opening[2][0] === '`' ? '`' : '~'}{${opening[2].length},}[ \\t]*$`);
    let end = -1;
    for (let j = i + 1; j < lines.length; j++) {
      if (closing.test(lines[j])) {
        end = j;
        break;
      }
      if (/^[ \t]*:{3,}[ \t]*$/.test(lines[j]) || (/[^ \t]/.test(lines[j]) && /^[ \t]*/.exec(lines[j])![0].length < opening[1].length) || lines[j].includes('\t')) break;
    }
    if (end < 0) continue;
    lines.fill('', i, end + 1);
    i = end;
  }
  return lines;
}

const byOracle = (text: string) => /[<{]|import|export/.test(text) && oracleLines(text).some(lineMayHoldMdx);

/** Both readings agree with the oracle on `text`. */
function assertAsOracle(text: string): void {
  assert.deepEqual(linesOutsideCode(text), oracleLines(text), text.slice(0, 200));
  assert.equal(mayHoldMdx(text), byOracle(text), text.slice(0, 200));
}

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

test('on every fixture and project page, both readings agree with the rule line by line', () => {
  const texts = [...pagesUnder(FIXTURES), ...pagesUnder(path.join(PROJECT_ROOT, 'docs')), ...pagesUnder(path.join(PROJECT_ROOT, 'versioned_docs'))];
  assert.ok(texts.length > 100, `${texts.length} pages`);
  for (const text of texts) assertAsOracle(text);
});

test('on generated texts, both readings agree with the rule line by line', () => {
  const line = fc.constantFrom(
    '```', '````', '```js', '``` `x`', '~~~', '~~~~ yaml', '   ```', '    ```', '  ~~~', '```\u2028x', ':::', ':::note', '  :::  ', '::::',
    '<b />', 'a < b', '{x}', '\\{x}', '`<b>`', 'import X from "x"', '  export const a = 1', 'important', '',
    '\t<b />', '  text', '\ttext', 'text', '- item', '  - nested', '---', 'title: x', '# Heading {#id}', '```mdx-code-block', '\u00a0',
  );
  const ending = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
  const text = fc.array(fc.tuple(line, ending), { maxLength: 14 }).map((lines) => lines.map(([content, end]) => content + end).join(''));
  assertProperty(fc.property(text, assertAsOracle), propertyRun(3_000));
});
