/**
 * page-lines.ts reads where remark-frontmatter (the MDX compiler) ends front matter, two ways:
 * line by line (frontMatterClosingLine, for the readers that have the lines) and on the whole
 * text (opensUnclosedFrontMatter, for every page, without splitting it). They must agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { frontMatterClosingLine, opensUnclosedFrontMatter } from '../../scripts/content/extract/page-lines.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

const LINES = ['---', '--- ', '---\t', '---\r', '----', '---x', ' ---', '...', 'title: x', '', 'text', '\r'];
const text = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));

propertyTest('the whole-text reading of an unclosed front matter is the line-by-line one', { runs: 3000, timeoutMs: 60_000 }, (run) => {
  let unclosed = 0;
  assertProperty(fc.property(text, (page) => {
    const expected = frontMatterClosingLine(page.split('\n')) === -1;
    if (expected) unclosed++;
    assert.equal(opensUnclosedFrontMatter(page), expected, JSON.stringify(page));
  }), run);
  assert.ok(unclosed > 0 && unclosed < run.numRuns, `the pages should mix closed and unclosed blocks (${unclosed} unclosed)`);
});

test('closed, unclosed, and no front matter at all', () => {
  assert.equal(opensUnclosedFrontMatter('---\ntitle: x\n---\nText.\n'), false);
  assert.equal(opensUnclosedFrontMatter('---\r\ntitle: x\r\n---\r\nText.\r\n'), false);
  assert.equal(opensUnclosedFrontMatter('---\ntitle: x\n...\nText.\n'), true, 'remark-frontmatter closes only with ---');
  assert.equal(opensUnclosedFrontMatter('---'), true);
  assert.equal(opensUnclosedFrontMatter('# Title\n---\n'), false, 'no front matter opens after line 1');
});
