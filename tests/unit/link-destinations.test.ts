/**
 * Link destinations found on one line (extract/link-destinations.ts): wherever it answers, the
 * destination of every link or image micromark finds there lies inside one of them, so nothing in
 * a real destination is ever read as a tag, an expression or code. (What it finds may be more: a
 * `](` that starts no link costs the caller an unsure answer at worst.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { destinationsOf } from '../../scripts/content/extract/link-destinations.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

const parser = unified().use(remarkParse);

/** Where micromark's inline links and images of a one-line paragraph end. */
function linkEnds(line: string): number[] {
  const ends: number[] = [];
  visit(parser.parse(`x ${line}`) as Root, ['link', 'image'], (node) => {
    if (line[node.position!.end.offset! - 3] === ')') ends.push(node.position!.end.offset! - 2);
  });
  return ends;
}

test('finds plain destinations, with their parentheses, and withholds the others', () => {
  assert.deepEqual(destinationsOf('see [a](b.md) and ![c](d(1).png) <br />'), [[7, 13], [22, 32]]);
  for (const line of ['[a](<b c>)', '[a](b "title")', '[a](b', '[a](b c)']) assert.equal(destinationsOf(line), undefined, line);
});

const piece = fc.constantFrom('[a](b)', '![i](p.png)', '[a]', '(b)', '](', ')', '(', '[', ']', '!', 'x', ' ', '\\)', '\\(', '<', '>', '`', '{', 'c.md', '#h');
const line = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

propertyTest('wherever it answers a fuzzed line, every destination micromark finds lies inside one it found', { runs: 3000, timeoutMs: 120_000 }, (run) => {
  let links = 0;
  assertProperty(fc.property(line, (text) => {
    const destinations = destinationsOf(text);
    if (!destinations) return;
    for (const end of linkEnds(text)) {
      links++;
      // The link's `)` is at end - 1; its destination runs from the `(` after `]` to there.
      const inside = destinations.some(([start, stop]) => start < end - 1 && end <= stop);
      assert.ok(inside, `${text}: a link ends at ${end}, outside every destination found (${JSON.stringify(destinations)})`);
    }
  }), run);
  // A floor in proportion to the runs: `npm run fuzz -- --runs N` may run fewer than `npm test`.
  assert.ok(links > run.numRuns / 30, `only ${links} links in the answered lines of ${run.numRuns}`);
});
