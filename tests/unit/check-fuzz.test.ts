/** Property: whatever Markdown a writer types, the check finishes, never throws, and reports sane positions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractReference } from '../../scripts/content/extract-reference.ts';
import { parseFrontMatter } from '../../scripts/content/front-matter.ts';

const pieces = fc.constantFrom(
  '[', ']', '(', ')', '![', '](', '#', '## ', '\n', '\n\n', '```', '~~~', '`', '<', '>', '<!--', '-->', '{#', '}',
  '---\n', '*', '_', '\\', '&amp;', 'x.md', '../', '#anchor', ': ', '[ref]: ', '    ', '- ', '1. ', '"', '<head>', '<link rel="canonical" href="x"/>',
);
const markdown = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(''));

test('random Markdown never crashes the extractor or front matter parser, and positions stay inside the text', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(markdown, (text) => {
      const lines = text.split('\n').length;
      const extract = extractReference(text);
      for (const item of [...extract.links, ...extract.headings, ...extract.canonicals]) {
        assert.ok(item.line >= 1 && item.line <= lines, `line ${item.line} of ${lines}`);
        assert.ok(item.column >= 1);
      }
      const frontMatter = parseFrontMatter(text);
      for (const issue of frontMatter.issues) assert.ok(issue.line >= 1 && issue.line <= lines);
    }),
    { numRuns: 1500 },
  );
});
