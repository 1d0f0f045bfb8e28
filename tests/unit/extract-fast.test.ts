/**
 * Differential test: wherever the fast extractor answers, it must find exactly the links,
 * positions and headings that the reference (remark-parse + remark-frontmatter) finds: on every
 * fixture and project page, on a generated site, and on fuzzed Markdown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { extractFast } from '../../scripts/content/extract/fast.ts';
import { extractReference } from '../../scripts/content/extract/reference.ts';
import { generateSite } from '../../scripts/bench/generate-site.ts';
import type { PageExtract } from '../../scripts/content/model/site.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

const ROOT = path.join(__dirname, '..', '..');

/** Both extractors in one comparable shape: links in document position order. */
const comparable = (extract: PageExtract) => ({
  ...extract,
  links: [...extract.links].sort((a, b) => a.line - b.line || a.column - b.column),
});

function markdownFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => /\.mdx?$/.test(file)).map((file) => path.join(dir, file));
}

function compareOn(files: string[]): { handled: number; total: number } {
  let handled = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const fast = extractFast(text);
    if (!fast) continue;
    handled++;
    assert.deepEqual(comparable(fast), comparable(extractReference(text)), file);
  }
  return { handled, total: files.length };
}

test('agrees with the reference on every fixture and project page it handles', () => {
  const files = ['tests/fixtures', 'docs', 'versioned_docs'].flatMap((dir) => markdownFiles(path.join(ROOT, dir)));
  const { handled, total } = compareOn(files);
  assert.ok(handled >= total * 0.6, `handled only ${handled} of ${total} pages`);
});

// The generated site is calibrated to real sites (nested lists, inline HTML, tabs…), so the fast
// path answers only part of it; the agreement on what it answers is what counts here.
test('agrees with the reference on a generated site, and handles a good part of it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-fast-'));
  try {
    generateSite(dir, { pagesPerVersion: 120, versions: 2, seed: 7 });
    const { handled, total } = compareOn(['docs', 'versioned_docs'].flatMap((sub) => markdownFiles(path.join(dir, sub))));
    assert.ok(handled >= total * 0.3, `handled only ${handled} of ${total} pages`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Markdown made of the pieces docs are made of, often well-formed, sometimes not.
const word = fc.constantFrom('alpha', 'Beta', 'gamma delta', 'x', 'snake_case', '2024', 'a.b', 'Q&A', '*em*', '**strong**');
const url = fc.constantFrom('a.md', '../b.md#c', '/img/x.png', 'https://e.com/x?y=1', '#here', 'c(d)e', '', 'p q', 'x.md "t"', "x.md 'it'", 'x.md (t)', '<a.md>', 'a\\).md');
const label = fc.constantFrom('ref', 'Ref', 'other', 'r e f', 'missing');
const inline = fc.oneof(
  word,
  fc.tuple(word, url).map(([text, target]) => `[${text}](${target})`),
  fc.tuple(word, url).map(([text, target]) => `![${text}](${target})`),
  fc.tuple(word, label).map(([text, name]) => `[${text}][${name}]`),
  label.map((name) => `[${name}]`),
  label.map((name) => `[${name}][]`),
  fc.constantFrom('`code [x](y)`', '``a ` b``', '\\[not](link)', '[a [b](c) d](e)', '[![i](j)](k)', '[x]\n(y)', '[x](\ny)', '[', ']', '(', ')', '`', '!', '<b>', '&amp;', '\\'),
);
const paragraph = fc.array(inline, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
// HTML and JSX blocks as docs have them, and near misses: ids and canonical links inside, links
// that are raw text there, blocks that end at a blank line or at `-->`.
const tagLine = fc.constantFrom(
  '<div>', '</div>', '<div id="top">', '<details>', '<summary>Title</summary>', '<head>', '</head>', '<p>',
  '<link rel="canonical" href="https://e.com/x"/>', '<Tabs>', '</Tabs>', '<TabItem value="a" label="A" default>',
  '<CodeBlock language="yaml" title="x.yaml">', '<img src="a.png" alt="a" />', '<a name="anchor"></a>', '<span id=\'s\'>',
  '<Tabs groupId=x>', '<Tabs/>', '<div/x>', '<Tabs x=/y>', '<Tabs a="b"c>', '<script>', '</script>', '<!DOCTYPE html>', '<?php ?>',
  '<!-- note -->', '<!-->', '<!--->', '<!-- open', 'still comment -->', '-->', '<b>bold</b> text', '<3 less', '<', '  <div>', '<Tabs> [x](y)',
);
const html = fc.array(fc.oneof(tagLine, paragraph), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('\n'));
const listItem = fc.tuple(fc.constantFrom('-', '*', '+', '1.', '2.', '2)', '10)'), paragraph).map(([marker, text]) => `${marker} ${text}`);
const quoteLine = fc.tuple(fc.constantFrom('>', '> ', '>  ', '>> '), paragraph).map(([marker, text]) => `${marker}${text}`);
const block = fc.oneof(
  paragraph,
  fc.tuple(fc.integer({ min: 1, max: 6 }), word).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  word.map((text) => `## ${text} {#custom-${text.length}}`),
  word.map((text) => `### ${text} \\{#id-${text.length}} ###`),
  listItem,
  // Lists, block quotes and the lines after them: where a line leaves a container or continues it lazily.
  fc.array(fc.oneof(listItem, quoteLine, paragraph), { minLength: 2, maxLength: 4 }).map((lines) => lines.join('\n')),
  fc.tuple(label, url).map(([name, target]) => `[${name}]: ${target}`),
  paragraph.map((text) => `\`\`\`js\n${text}\n\`\`\``),
  paragraph.map((text) => `~~~\n${text}`),
  fc.constantFrom('---', '***', '===', '> quote [q](r)', '    indented [i](j)', '  continued [c](d)', '<div>\n[h](i)\n</div>', '- ', '1.'),
  quoteLine,
  fc.constantFrom('## The `code` heading', '## snake_case and a_b', '## Q&A &amp; more', '## _em_ heading', '## ` a `', '## ``tick`` `', '## a\\_b \\` c'),
  paragraph.map((text) => `\`\`\`yaml\nkey:\tvalue ${text}\n\`\`\``),
  paragraph.map((text) => `tab\there ${text}`),
  html,
);
const document = fc.tuple(fc.boolean(), fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n')), { maxLength: 12 })).map(
  ([frontMatter, blocks]) => (frontMatter ? '---\ntitle: T\n---\n' : '') + blocks.map(([text, gap]) => text + gap).join(''),
);
/** Some documents with Windows line endings, as files written on Windows have. */
const anyDocument = fc.tuple(document, fc.boolean()).map(([text, crlf]) => (crlf ? text.replace(/\n/g, '\r\n') : text));

propertyTest('agrees with the reference on fuzzed Markdown wherever it answers', { runs: 6000, timeoutMs: 300_000 }, (run) => {
  let answered = 0;
  assertProperty(
    fc.property(anyDocument, (text) => {
      const fast = extractFast(text);
      if (!fast) return;
      answered++;
      assert.deepEqual(comparable(fast), comparable(extractReference(text)));
    }),
    run,
  );
  // The fast path must keep its coverage: a bail-out too broad would pass every comparison.
  assert.ok(answered >= run.numRuns / 6, `the fast extractor answered only ${answered} of ${run.numRuns} documents`);
});

/**
 * Documents on which the two extractors once disagreed (found by fuzzing or while fixing what
 * fuzzing found). The fast extractor must agree with the reference on each, and answer those it
 * models (a broader bail-out would cost the fast path its coverage).
 */
const COUNTEREXAMPLES: Array<{ text: string; why: string; fastAnswers: boolean }> = [
  // `2)` leaves the list item: a new list starts (any number does, outside the paragraph's
  // container), so the code span cannot reach across and `[x](y)` is inside it in neither.
  { text: '- `\n2) `code [x](y)` [ref]\n', why: 'an ordered item after a list item paragraph starts a list', fastAnswers: true },
  { text: '1. `a\n2. b [x](y)`\n', why: 'the next item of an ordered list is no lazy line', fastAnswers: true },
  { text: '> `a\n2) [x](y) `\n', why: 'an ordered item after a block quote paragraph starts a list', fastAnswers: true },
  // ...but right after definitions `2)` starts no list (it cannot interrupt them): left to micromark.
  { text: '[a]: b\n2) `x\n3) [l](m)`\n', why: 'an ordered item not at 1 right after definitions is paragraph text', fastAnswers: false },
];

test('agrees with the reference on every counterexample found so far', () => {
  for (const { text, why, fastAnswers } of COUNTEREXAMPLES) {
    const fast = extractFast(text);
    assert.equal(fast !== undefined, fastAnswers, `${why}: the fast extractor ${fastAnswers ? 'should answer' : 'should leave it to the reference'}`);
    if (fast) assert.deepEqual(comparable(fast), comparable(extractReference(text)), why);
  }
});

test('a top-level paragraph is still continued by an ordered line not starting at 1', () => {
  // The other side of the container rule: here every container continued, so `2)` cannot interrupt.
  const text = 'a `\n2) [x](y)`\n';
  assert.deepEqual(extractFast(text)?.links, []);
  assert.deepEqual(extractReference(text).links, []);
});
