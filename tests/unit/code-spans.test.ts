/**
 * Code spans read line by line (extract/code-spans.ts): wherever it answers, its spans are the
 * ones micromark finds in that line (with GFM, as Docusaurus parses), start and end; it withholds
 * an answer where a backtick may pair with another line's or be taken by a URL or a link.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { codeSpansOf } from '../../scripts/content/extract/code-spans.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** micromark's code spans of a one-line paragraph, as [start, end) offsets. */
function micromarkSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  visit(parser.parse(`x ${line}`) as Root, 'inlineCode', (node) => {
    spans.push([node.position!.start.offset! - 2, node.position!.end.offset! - 2]);
  });
  return spans;
}

test('answers the usual lines as micromark does, and withholds the unsure ones', () => {
  for (const line of ['Use `kubectl` and `<name>`.', '``a ` b`` then `c`', 'no code here', '\\`not code\\` but `code`', 'a `{x}` b', 'Use `git::http://e.com/a`.', '`https://e.com/x` and https://e.com/y `z`']) {
    assert.deepEqual(codeSpansOf(line), micromarkSpans(line), line);
  }
  for (const line of ['an open ` run', 'see https://e.com/`x`', '[a](b`c)` d`', '`a|b`', '[x]: `y`']) assert.equal(codeSpansOf(line), undefined, line);
});

const piece = fc.constantFrom('`', '``', '```', '`x`', '``y ` z``', '`<b>`', ' ', 'a', 'word ', '\\', '\\`', '<b>', '{x}', '|', '[a](b)', '](', ')', 'www.e.com/', 'https://e.com/', 'http://a.b', '\t', '*', '_', '&amp;', '!');
const line = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

propertyTest('wherever it answers a fuzzed line, the spans are micromark\'s', { runs: 3000, timeoutMs: 120_000 }, (run) => {
  let answeredWithSpans = 0;
  assertProperty(fc.property(line, (text) => {
    const spans = codeSpansOf(text);
    if (!spans) return;
    if (spans.length > 0) answeredWithSpans++;
    assert.deepEqual(spans, micromarkSpans(text), text);
  }), run);
  // A floor in proportion to the runs: `npm run fuzz -- --runs N` may run fewer than `npm test`.
  assert.ok(answeredWithSpans > run.numRuns / 30, `only ${answeredWithSpans} of ${run.numRuns} lines with code spans were answered`);
});
