/**
 * Lists with nested content are read item by item (extract/fast-lists.ts), not by micromark:
 * each item's content scanned as a page and moved back by its indentation. What it answers must
 * be the reference's; where micromark might read the lines otherwise (a lazy line, a tab, a list
 * right after an indented code block) the region stays micromark's. Fuzzed documents with nested
 * containers are compared in extract-regions.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanBlocks } from '../../scripts/content/extract/fast.ts';
import { readListRegions } from '../../scripts/content/extract/fast-lists.ts';
import { extractPage } from '../../scripts/content/extract/page-extract.ts';
import { extractReference } from '../../scripts/content/extract/reference.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

/** Whether every region of `markdown` is read without micromark after the list reading. */
function readWithoutMicromark(markdown: string): boolean {
  const scan = scanBlocks(markdown)!;
  readListRegions(scan.lines, scan.regions);
  return scan.regions.every((region) => !region.hard);
}

const lists = [
  '1. Install it:\n\n   ```sh\n   helm install x\n   ```\n\n   Then see [the guide](guide.md#next).\n\n2. Check it:\n\n   - [status](status.md)\n   - nested\n\n     with a paragraph and ![a picture](/img/a.png)\n',
  '- a [link](a.md)\n\n  ## A heading in an item\n\n  [ref]: b.md\n\n- [used][ref]\n',
  '* item\n\n  > a quote [q](q.md)\n\n  1. inner\n\n     deeper [d](d.md)\n',
  '10. ten\n\n    [x](x.md) after a wide marker\n',
  '- a\n  - b\n\n    c [c](c.md)\n', // a sub-list that interrupts the item's paragraph
  // Real sites' shapes: a sub-list right under an item's text, a list right under a paragraph,
  // items indented by a space or two.
  '+ Mode only applies to the [group](g.md)\n+ The group must have the format nv.NAME.DOMAIN. \n    - Example: [nv.x.y](x.md)\n    - y=DOMAIN\n+ Supported values\n',
  ':::important\nThe password needs to follow [the format](f.md):\n  - 8 characters minimum.\n  - 1 [uppercase](u.md) character.\n',
  'Steps to follow:\n1. First [one](one.md)\n2. Then\n   - [two](two.md)\n',
  ' - indented [a](a.md)\n - by one\n   - and [b](b.md)\n',
  // Lazy lines: text indented less than the item's content continues its innermost paragraph.
  ':::important\nThe password needs:\n  - 8 characters\n  - 1 [digit](d.md)\n:::\n',
  '* Raw resources:\n    * Bundles\n    * `GitRepos`\n* Metrics of `monitoring-*` services.\nThis typically [includes](i.md)\n  [sharded](s.md) ones.\n',
  '- a\n  - b\n lazy [l](l.md) in b\n[c](c.md) too: no definition interrupts a paragraph\n',
];

test('lists with nested content: read without micromark, with the reference\'s links, headings and places', () => {
  for (const markdown of lists) {
    assert.ok(readWithoutMicromark(markdown), `read item by item:\n${markdown}`);
    assert.deepEqual(extractPage(markdown), extractReference(markdown), markdown);
  }
});

test('lines micromark may read otherwise keep the region micromark\'s, and the answer stays the reference\'s', () => {
  const others = [
    '- a\n\n  b\nlazy [l](l.md)\n', // a lazy continuation line
    '- a\n\n\tcode [t](t.md)\n', // a tab
    '1. a\n\n  b [c](c.md)\n', // indented less than the item's content: the list ends
    'Text\n2. two\n   - [t](t.md)\n', // an ordered item numbered 2 continues the paragraph
    '- a\n  ```\n  code\nafter [l](l.md) the fence\n', // a fence is open, not a paragraph: the list ends
    '- a | b\n  --- | ---\n  - c\nrow [l](l.md)\n', // a table may be open
    '- a\n\n      code\nafter [l](l.md)\n', // after a blank line, indented code may be open
    '- [x]: d.md\nafter [l](l.md)\n', // a definition is no paragraph
    '# Heading\n- [h](h.md)\n  - nested\n', // a paragraph of plain lines only, before the list
    'Text\n\n  indented\n- a\n  - [b](b.md)\n', // a blank line before the list: not one paragraph
  ];
  for (const markdown of others) {
    assert.ok(!readWithoutMicromark(markdown), `left to micromark:\n${markdown}`);
    assert.deepEqual(extractPage(markdown), extractReference(markdown), markdown);
  }
  // After an indented code block, micromark keeps it open over the blank line: `2)` starts no list there.
  const afterCode = '      code\n\n2) [a][r]\n   ```\n1. x\n\n   [r]: d.md\n';
  assert.deepEqual(extractPage(afterCode), extractReference(afterCode));
  assert.deepEqual(extractReference(afterCode).links, [], 'no definition: the fence is at the top level');
});

// Lists as real pages write them, and their near misses: items indented by 0 to 3 spaces, sub-lists
// right under an item's text, lists right under a paragraph, lazy lines, and inside items what
// may leave something other than a paragraph open (fences, tables, headings, HTML, definitions).
const text = fc.constantFrom('alpha [a](a.md)', 'Beta', ':::note', '[l](l.md) first', '`code` x', '**b** [c](c.md)', '2024 was', 'x | y', '(p) q');
const marker = fc.constantFrom('-', '*', '+', '1.', '2.', '1)', '10.');
const listLine = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('', '', ' ', '  ', '   ', '    ', '      '), marker, fc.constantFrom(' ', ' ', '  ', '    '), text).map((parts) => parts.join('')) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('', '', ' ', '  ', '   ', '    ', '      ', '        '), text).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('  ', '   ', '    '), fc.constantFrom('```', '```', '~~~', '# H [h](h.md)', '<div>', '[r]: r.md', '--- | ---', '> q', '***', '---', '===', '')).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', '```', '# Top', '<div>', '[r]: r.md') },
);
const listDocument = fc.array(listLine, { minLength: 1, maxLength: 10 }).map((lines) => `${lines.join('\n')}\n`);

propertyTest('fuzzed lists: what is read item by item is the reference\'s', { runs: 4000, timeoutMs: 300_000 }, (run) => {
  let readByItems = 0;
  assertProperty(fc.property(listDocument, (markdown) => {
    const scan = scanBlocks(markdown);
    if (scan && scan.regions.some((region) => region.hard)) {
      const hard = () => scan.regions.filter((region) => region.hard).length;
      const before = hard();
      readListRegions(scan.lines, scan.regions);
      if (hard() < before) readByItems++;
    }
    assert.deepEqual(extractPage(markdown), extractReference(markdown), markdown);
  }), run);
  // Worth something only if many documents really go through the list reading.
  assert.ok(readByItems >= run.numRuns / 40, `only ${readByItems} of ${run.numRuns} documents had a region read item by item`);
});
