/**
 * Input no writer means to write, which must still give a report: lines of nested quote
 * markers made one regular expression of the MDX segmenter backtrack for seconds per line
 * (20 markers: more than a minute for one page), and the check never ended. The expression is
 * now written so that each blank has one place in a match; a property holds it to the old one,
 * and whole pages of such lines are read in a child process with a time limit far above what
 * they take.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { NESTED_FENCE } from '../../scripts/content/extract/mdx-blocks.ts';
import type { PageRecord } from '../../scripts/content/model/site.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

const RECORD_OF_STDIN = path.join(import.meta.dirname, '..', 'helpers', 'record-of-stdin.ts');

/** The expression as it was: two ways to match each blank between markers. */
const BACKTRACKING_NESTED_FENCE = /^(?:[ \t]+|[ \t]*(?:[-*+]|\d{1,9}[.)]|>)[ \t]*)+(?:`{3,}|~{3,})/;

propertyTest('a fence after indentation or container markers is found on the same lines as before', { runs: 20_000, timeoutMs: 60_000 }, (run) => {
  // Short lines only: the old expression is exponential in their length.
  const piece = fc.constantFrom(' ', '  ', '\t', '-', '*', '+', '>', '1.', '12)', '1234567890.', '1', '.', '```', '~~~', '``', '`', '~', 'x', ':::');
  assertProperty(fc.property(fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')), (line) => {
    assert.equal(NESTED_FENCE.test(line), BACKTRACKING_NESTED_FENCE.test(line), JSON.stringify(line));
  }), run);
});

test('a line of 2,000 nested quote markers, with and without a fence or MDX after it, gets its record, with the syntax error MDX finds', () => {
  // What follows the markers, and whether MDX refuses it (an element or expression never closed).
  const cases: Array<[string, boolean]> = [['deep quote', false], ['```js', false], [`deep quote\n${'{'.repeat(500)}`, true], ['<div>', true], ['- item\n  ```', false]];
  for (const [after, refused] of cases) {
    // In a child process with a time limit: the old expression would block this one for hours.
    const child = spawnSync(process.execPath, ['--import', 'tsx', RECORD_OF_STDIN], { input: `---\ntitle: Quotes\n---\n\n${'> '.repeat(2_000)}${after}\n`, encoding: 'utf8', timeout: 60_000 });
    assert.equal(child.signal, null, `${after.slice(0, 20)}…: no record within a minute`);
    assert.equal(child.status, 0, child.stderr);
    const record = JSON.parse(child.stdout) as PageRecord;
    assert.equal(record.frontMatter.data.title, 'Quotes');
    assert.equal(record.mdx?.syntaxError !== undefined, refused, after.slice(0, 20));
  }
});

test('a line of nested list and quote markers before a fence, as a writer nests them, still marks the fence as nested', () => {
  for (const line of ['> - ```', '  1. > ```js', '\t- ~~~', '> > > > > > > > > > > > > > > > > > > > ```']) assert.ok(NESTED_FENCE.test(line), line);
  for (const line of ['```', '~~~js', '> text ```', '>```x`']) assert.ok(!NESTED_FENCE.test(line) || line === '>```x`', line);
});
