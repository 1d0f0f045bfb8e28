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
// The fast path's reference: the page's reading before what mdx-code-block fences hold is added, to both alike (reference.ts).
import { extractWithoutCodeBlocks as extractReference } from '../../scripts/content/extract/reference.ts';
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
const word = fc.constantFrom('alpha', 'Beta', 'gamma delta', 'x', 'snake_case', '2024', 'a.b', 'Q&A', '*em*', '**strong**', 'key:\tvalue', '\t', 'a\t\tb', '`a\tb`');
const url = fc.constantFrom(
  'a.md', '../b.md#c', '/img/x.png', 'https://e.com/x?y=1', '#here', 'c(d)e', '', 'p q', 'x.md "t"', "x.md 'it'", 'x.md (t)', '<a.md>', 'a\\).md',
  // Enclosed, escaped and encoded destinations, and titles with escapes or parentheses.
  '<a b>', '<a\\>b>', '<a<b>', '<>', '<a>b', '<a\nb>', 'a&amp;b', 'a&#x41;&#0;', '&copy;&copy', 'a&foo;', 'a\\(b', 'a\\\\b', 'a\\*b',
  'a<b>c', 'a(b(c))', '((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))', 'x.md "a\\"b"', 'x.md "a\\\\"b"', 'x.md (a(b))',
  "x.md 'a\\'", '<x.md> "t"', '<x.md>"t"', 'x.md\n"t"', 'x <y>',
  // Tabs: whitespace before a title, the end of a raw destination, text inside `<…>`.
  'x.md\t"t"', 'x\ty', 'x.md \t(t)', '\tx.md', '<a\tb>', 'x.md\t', 'x.md "a\tb"',
);
const label = fc.constantFrom('ref', 'Ref', 'other', 'r e f', 'missing', 'r\\]f', 'ref\\\\', 're\nf', ' ', '\\[ref', 'r\te\tf', '\t', 'ref\t');
const inline = fc.oneof(
  word,
  fc.tuple(word, url).map(([text, target]) => `[${text}](${target})`),
  fc.tuple(word, url).map(([text, target]) => `![${text}](${target})`),
  fc.tuple(word, label).map(([text, name]) => `[${text}][${name}]`),
  label.map((name) => `[${name}]`),
  label.map((name) => `[${name}][]`),
  fc.constantFrom('`code [x](y)`', '``a ` b``', '\\[not](link)', '[a [b](c) d](e)', '[![i](j)](k)', '[x]\n(y)', '[x](\ny)', '[', ']', '(', ')', '`', '!', '<b>', '&amp;', '\\'),
  // Inline HTML and autolinks, and their look-alikes.
  fc.constantFrom(
    '<br>', '<br/>', '</b>', '<code>x</code>', '<img src="a.png" alt="x">', '<a href="x" id="anchor">a</a>', "<a id='q'>", '<span id="s" >', '<h2 id="h">',
    '<a href=a/b>', '<a href=/abs/c>', "<a class=x href='#frag'>", '<x y=z w>', '<a b="]">', '<a title="`">', '<a\nhref="x" id="n">', '<span\n    id="m">', '<a id="x\ny">', '<Vars name="v" />',
    '<link rel="canonical" href="https://e.com/y">', '<link\nrel="canonical" href="https://e.com/z">',
    '<!-- c -->', '<!-->', '<!--->', '<!-- a\nb -->', '<!-- [x](y) -->', '<?php ?>', '<!DOCTYPE x>', '<![CDATA[ [x](y) ]]>', '<!-x->',
    'a < b', '<1024', '<a', '<a b=>', '< b>', '<a/b>', '<a b c=d/>', '<-->', '<>', '<a\n', '\\<b>', '`<b>`', '<b `c`>',
    '<http://a>', '<https://e.com/x?y=1>', '<http://x y>', '<http://x\ny>', '<mailto:a@b.c>', '<a@b.co>', '<a+b.c@d-e.f>', '<@b.c>', '<a@b>', '<a@b-.c>',
    '<a@-b.c>', '<x:>', '<ab:c d>', '<a:b>', '<HTTP://[x](y)>', '<a@b.c.>', '<abcdefghijklmnopqrstuvwxyzabcdefg:x>', '<http://a>b>',
    '<a\tid="t">', '<a id="t"\t/>', '<http://a\tb>', '<a\t@b.c>', '<!--\t-->',
  ),
  fc.tuple(word, url).map(([text, target]) => `[${text} <b>](${target})`),
  fc.tuple(word, url).map(([text, target]) => `![${text} <i id="img">](${target})`),
  fc.tuple(word, url).map(([text, target]) => `![${text} [in](x) <http://a>](${target})`),
  fc.tuple(word, url).map(([text, target]) => `[${text} <http://a>](${target})`),
  fc.tuple(word, url).map(([text, target]) => `[${text}<a href="](${target})">`),
);
const paragraph = fc.array(inline, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
const headingPiece = fc.constantFrom(
  'a', ' ', 'b c', '*', '**', '***', '_', '__', '*x*', '**x**', '_y_', 'snake_case', '_a_b_', '**a*', '*a **b** c*', '***x***', '*a*b*', 'a * b', '*.*', '"*x*"',
  '😀', '*😀*', '\u00a0*', '&amp;', '&copy', '&copy;', '&#0;', '&#x1F600;', '&foo;', '&*', '<3', 'a < b', '<b>', '</b>', '<span id="h">', '<b title="*">', '<!-- c -->', '[]', '[](x)', '[][r]', '![]', '<http://a>', '`*x*`', '\\*x*', '\\_', 'Q&A',
);
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
// GFM tables: rows cut into cells at `|` (in links, code spans, autolinks and HTML, escaped or
// not), header and delimiter rows that make a table or miss, and the lines right after one.
const cell = fc.oneof(
  word, inline,
  fc.constantFrom('[a|b](x.md)', '[a](x|y.md)', '`a | [l](m)`', '<http://a|b>', '<a href="x|y">', 'a \\| b', '[a\\|b](x.md)', '`a \\| b`', '\\\\|', '[ref|x]', '[x', 'y](z)', '`', '![i|j](k.png)', ''),
);
const row = fc.tuple(fc.array(cell, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([cells, outer]) => (outer ? `| ${cells.join(' | ')} |` : cells.join(' | ')));
const delimiterRow = fc.constantFrom('|---|---|', '| --- | :-: |', '---|---', '|:--|', '-|-', '| - |', '|---|', '--|--|--', '---', ':-', '| -- |\t');
const afterTable = fc.constantFrom('    [i](j)', '<Foo>\n[h](i)', '-', '---', '===', 'lazy [l](m)', '  two [t](u)', '   three [t](u)', '# h', '> q', '- item', '2. item', '[ref]: x.md', '```\n[c](d)\n```', '1.', '*', '2)', '<b>b</b> [l](m)', '<TabItem value="a">\n[h](i)');
const table = fc.tuple(fc.option(paragraph, { nil: undefined }), row, delimiterRow, fc.array(row, { maxLength: 3 }), fc.option(afterTable, { nil: undefined }), fc.constantFrom('', '  ', '   ', '- ', '> ', '1. '), fc.boolean())
  .map(([before, header, delimiter, rows, after, container, lazyAfter]) => {
    const lines = [...(before === undefined ? [] : [before]), header, delimiter, ...rows];
    // A container's marker on the first line; its other lines indented to its content, or quoted.
    const rest = container.startsWith('>') ? '> ' : ' '.repeat(container.length);
    const inside = lines.map((line, index) => (index === 0 ? container : rest) + line);
    // The line after the table inside the container, or lazy: at the left edge.
    if (after !== undefined) inside.push((lazyAfter ? '' : rest) + after);
    return inside.join('\n');
  });
const block = fc.oneof(
  paragraph,
  table,
  fc.tuple(fc.integer({ min: 1, max: 6 }), word).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  // Headings with emphasis, entities and look-alikes of links and HTML.
  fc.array(headingPiece, { minLength: 1, maxLength: 5 }).map((parts) => `## ${parts.join('')}`),
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
  // Tabs that make (or might make) a block, and tabs in blocks the scanner reads.
  fc.tuple(fc.constantFrom('-\t', '*\t', '1.\t', '2)\t', '#\t', '##\t', '>\t', '\t', ' \t', '- a\t', '# a\t', '> a\t', '  a\t', '[ref]:\t', '[r\tf]: ', '```a\t', '<div\t'), paragraph).map(([start, text]) => start + text),
  fc.constantFrom('***\t', '* *\t*', '---\t', '===\t', '- -\t-', 'a\t\n---', 'a\t\n===', 'a\n\t---', '# a\t#', '## x\t', '[ref]: a.md\t"t"', '[ref]: a.md\t'),
  html,
);
const document = fc.tuple(fc.boolean(), fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n')), { maxLength: 12 })).map(
  ([frontMatter, blocks]) => (frontMatter ? '---\ntitle: T\n---\n' : '') + blocks.map(([text, gap]) => text + gap).join(''),
);
/** Some documents with Windows line endings, as files written on Windows have, and a few with lone CRs (micromark ends a line there too; a real site wrote `\r\r\r\n`). */
const anyDocument = fc.tuple(document, fc.constantFrom('\n', '\n', '\n', '\r\n', '\r\n', '\r', '\r\r\n')).map(([text, ending]) => text.replace(/\n/g, ending));

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
  // Front matter fences may end in spaces or tabs (fuzz seed 13).
  { text: '---\n---\t\na\t\n---\n', why: 'a front matter closing fence with a tab after it, then a setext heading', fastAnswers: false },
  { text: '---\nx: 1\n---\t\n\n[a](b)\n', why: 'a front matter closing fence with a tab after it', fastAnswers: true },
  { text: '---  \ntitle: x\n--- \n\n[a](b)\n', why: 'front matter fences with spaces after them', fastAnswers: true },
  // At the top level, with no list item or quote in the region, 1-3 spaces of indentation mean
  // nothing: a paragraph, or a fence (real pages: ` and`, ` \`\`\``).
  { text: 'Text:\n\n```\ncode\n ```\n\n and [a](b)\n\n ```\n [c](d)\n```\n\n## After\n', why: 'indented paragraphs and fences at the top level', fastAnswers: true },
  { text: '# T\n   three [a](b)\n  two\n', why: 'an indented paragraph right after a heading', fastAnswers: true },
  // ...but after a list item or a quote, an indented line may belong to it: left to micromark.
  { text: '- item\n\n  more [a](b)\n', why: 'an indented paragraph after a list item', fastAnswers: false },
  { text: '- item\n\n ```\n [c](d)\n ```\n', why: 'an indented fence after a list item', fastAnswers: false },
  { text: '> quote\n\n  more [a](b)\n', why: 'an indented line after a quote', fastAnswers: false },
  // `2)` leaves the list item: a new list starts (any number does, outside the paragraph's
  // container), so the code span cannot reach across and `[x](y)` is inside it in neither.
  { text: '- `\n2) `code [x](y)` [ref]\n', why: 'an ordered item after a list item paragraph starts a list', fastAnswers: true },
  { text: '1. `a\n2. b [x](y)`\n', why: 'the next item of an ordered list is no lazy line', fastAnswers: true },
  { text: '> `a\n2) [x](y) `\n', why: 'an ordered item after a block quote paragraph starts a list', fastAnswers: true },
  // ...but right after definitions `2)` starts no list (it cannot interrupt them): left to micromark.
  { text: '[a]: b\n2) `x\n3) [l](m)`\n', why: 'an ordered item not at 1 right after definitions is paragraph text', fastAnswers: false },
  // An image's description is its alt text: the links and HTML inside it leave the tree.
  { text: '![a [b](c) <a id="i">](d)\n', why: 'nodes inside an image description are not in the tree', fastAnswers: true },
  // micromark reads a (…) title up to the first `)`, unescaped `(` and all (unlike the spec).
  { text: 'x [a](b (c(d)) y\n', why: 'a parenthesised title may hold an unescaped parenthesis', fastAnswers: true },
  // Only markdown whitespace is trimmed: a no-break space is content.
  { text: '## \u00a0a\n', why: 'a heading keeps a leading no-break space', fastAnswers: true },
  { text: '## ` \u00a0 `\n', why: 'a code span of a no-break space between spaces loses the spaces', fastAnswers: true },
  // GFM tables: a row is cut into cells at each unescaped `|` before its text is read.
  { text: '| Key | Link |\n|-----|:----:|\n| a | [the guide](./guide.md#x) |\n| `b` | ![i](./i.png) [r] |\n\n[r]: ./r.md\n', why: 'a table whose cells each hold their links', fastAnswers: true },
  { text: '1. Set:\n   | Key | Link |\n   | --- | --- |\n   | a | [g](./g.md) |\n', why: 'a table that interrupts a list item\'s paragraph, every line at its content', fastAnswers: true },
  { text: '| a |\n|---|\n| [one|two](./x.md) |\n', why: 'a link whose text a cell boundary cuts', fastAnswers: false },
  { text: '| a | b |\n|---|---|\n| `x | [c](./c.md)` | d |\n', why: 'a code span a cell boundary cuts, freeing the link in it', fastAnswers: false },
  { text: '| a | b |\n|---|---|\n| `open | c |\n| `"` | [l](./l.md) |\n', why: 'a code span across rows (elemental-docs: a backtick left open)', fastAnswers: false },
  { text: '| a | [b\\|c](./x.md) |\n|---|---|\n', why: 'an escaped pipe cuts nothing', fastAnswers: true },
  { text: 'alpha\n:-\n<TabItem value="a">\n[l](./l.md)\n', why: 'a one-column table without pipes, then HTML that runs to a blank line', fastAnswers: false },
  { text: '| a | b |\n|---|---|\n    | [x](./x.md) |\n', why: 'a line indented four columns after a table is code', fastAnswers: false },
  // Definitions the block scanner does not read (labels with escapes or across lines).
  { text: '[re\nf]: a.md\n', why: 'a definition label across lines', fastAnswers: false },
  { text: '[r\\]f]: a.md\n', why: 'a definition label with an escaped bracket', fastAnswers: false },
  // A definition's (…) title, too, ends at its first `)`: comments written as definitions, as generated pages open.
  { text: '[//]: # (generated)\n[//]: # (forked from [docs](https://e.com/docs.)\n\nText [a](b.md).\n', why: 'a definition title in parentheses holding `(`', fastAnswers: true },
  { text: '[//]: # (x (y) z)\n\nText [a](b.md).\n', why: 'text after the first `)` of a definition title: no definition, a paragraph', fastAnswers: false },
  { text: '[//]: # (x (y)\n[z]: z.md\n\n[w][z]\n', why: 'definitions after one whose title holds `(`', fastAnswers: true },
  // Raw HTML `<a href>`s are links of CommonMark's reading alone: MDX's reading never differs by them.
  { text: 'tab\there [alpha](a.md)\n<!-- open\n<div>\n[alpha<a href="](a.md)"> ![alpha <i id="img">](a.md)\n<!-->\n[alpha <b>](a.md)\n', why: 'an <a href> only a comment MDX reads hides', fastAnswers: false },
  // A comment right below a line of text is no comment to MDX: its lines are Markdown there.
  { text: '- [key:\tvalue][ref]\n<!--\n[^note]: d.md\n# <!-- c -->\n', why: 'a heading in a comment right below a list item', fastAnswers: false },
];

test('agrees with the reference on every counterexample found so far', () => {
  for (const { text, why, fastAnswers } of COUNTEREXAMPLES) {
    const fast = extractFast(text);
    assert.equal(fast !== undefined, fastAnswers, `${why}: the fast extractor ${fastAnswers ? 'should answer' : 'should leave it to the reference'}`);
    if (fast) assert.deepEqual(comparable(fast), comparable(extractReference(text)), why);
  }
});

/**
 * Inline constructs the fast extractor models (autolinks, inline HTML, destinations with `<…>`,
 * escapes and character references, emphasis and entities in headings) and their look-alikes:
 * each must agree with the reference, and be answered where `fastAnswers` says so.
 */
const INLINE_CASES: Array<{ text: string; fastAnswers: boolean }> = [
  // Autolinks: the url is the raw text, `mailto:` before an email address; at the `<`.
  { text: 'See <https://e.com/x?y=1> and <mailto:a@b.c>, mail <a.b+c@d-e.example.org>.\n', fastAnswers: true },
  { text: 'Not: <http://x y>, <http://x\ny>, <ab:c d>, <x:>, <@b.c>, <a@b-.c>, <a@-b.c>, <a@b.c.>, <>; yes: <a@b>, <a:b>.\n', fastAnswers: true },
  { text: 'x <HTTP://[x](y)> <http://a>b> <abcdefghijklmnopqrstuvwxyzabcdefg:x> <abcdefghijklmnopqrstuvwxyzabcdef:x>\n', fastAnswers: true },
  // Inline HTML of every kind: open and closing tags, comments, instructions, declarations, CDATA.
  { text: 'a <br> b <br/> c </b> <code>x</code> <img src="a.png" alt="x"> <Vars name="v" />\n', fastAnswers: true },
  { text: 'a <a href="x" id="anchor">b</a> and <h2 id=\'h\'> and <span id="s">\n', fastAnswers: true },
  { text: 'a <!-- [x](y) --> b <!--> [c](d) <!---> <!-- a\nb [e](f) -->\n', fastAnswers: true },
  { text: 'a <?php [x](y) ?> <!DOCTYPE [x](y)> <![CDATA[ [x](y) ]]> <!-x-> [z](w)\n', fastAnswers: true },
  // Look-alikes: a `<` that starts neither is text, and what follows it is read as usual.
  { text: 'a < b, <1024, x <a [l](m) <a b=> < b> <a/b> <-->\n', fastAnswers: true },
  { text: 'x <a href=a/b> [l](m) <x y=z w> <a b c=d/> <b `c`>\n', fastAnswers: true },
  { text: 'x <a href=/docs/y> [l](m) <a href=/z/>w</a>\n', fastAnswers: true },
  { text: 'x \\<b id="c"> and `<b id="d">` and <b title="`">`\n', fastAnswers: true },
  // HTML, autolinks and code bind tighter than link brackets.
  { text: 'x [a <b c="]">](d) [e](f <g>) [h<a href="](i)">\n', fastAnswers: true },
  { text: 'x [a <http://b>](c) [d `]`](e) [f](<g h>)\n', fastAnswers: true },
  // Across lines: ids stay exact; a canonical link, an `<a href>` or an id spanning lines goes to the reference.
  { text: 'x <span\n    id="m">y <a\ntitle="x" id="n">\n', fastAnswers: true },
  { text: 'x <a\nhref="x" id="n">\n', fastAnswers: false },
  { text: 'x <a id="x\ny">\n', fastAnswers: false },
  { text: 'x <link rel="canonical" href="https://e.com/y">\n', fastAnswers: true },
  { text: 'x <link\nrel="canonical" href="https://e.com/z">\n', fastAnswers: false },
  // Inline ids in document order among the ids of HTML blocks; canonical links by position.
  { text: '<details id="one">\n\nx <a id="two"> y\n\n<details id="three">\n\nz <a id="four">\n\n<details id="five">\n', fastAnswers: true },
  { text: '<head>\n<link rel="canonical" href="https://e.com/a"/>\n</head>\n\nx <link rel="canonical" href="https://e.com/b">\n', fastAnswers: true },
  // Destinations: `<…>`, escapes and character references decoded as mdast holds them.
  { text: '[text](<a b>) [x](<a\\>b>) [x](<a<b>) [x](<>) [x](<a>b) [x](<a\nb>)\n', fastAnswers: true },
  { text: '[x](a&amp;b&#x41;&#0;&copy&foo;) [x](a\\(b\\)\\\\c\\*d) [x](a<b>c) [x](&copy;)\n', fastAnswers: true },
  { text: '[x](y "a\\"b") [x](y \'a\\\'\') [x](<y>"t") [x](<y> "t") [x][ref\\\\] [x][r\\]f]\n', fastAnswers: true },
  // Headings: emphasis and strong delimiters that match are not text; entities are decoded.
  { text: '## **How Do I...**\n## *a **b** c*\n## _x_y_ snake_case __a__b\n## **a* ***x*** *a*b*\n## a * b *.* "*x*"\n', fastAnswers: true },
  { text: '## Q&A &amp; &copy &#35; &#0; &#x1F600; &foo;\n## a < b <3\n## `*x*` \\*y* \\_\n## *😀* \u00a0*a*\n', fastAnswers: true },
  // Tags in headings: left out of the text (Docusaurus reads a heading's text without its HTML), their ids kept.
  { text: '## <b>x</b>\n## `sync` <span className="required" data-required="false"></span> <span className="type">object</span> {#sync}\n', fastAnswers: true },
  { text: '## a <span id="inner">b</span> c\n## *a* <b title="*_">x</b> *c* _d_\n## <b>**x**</b> y\n', fastAnswers: true },
  { text: '## <a id="x"></a> <b></b>\n', fastAnswers: true },
  { text: '## `list` <span>string[]</span> {#list}\n## a[] b [] c\n', fastAnswers: true },
  { text: '## a [](x)\n', fastAnswers: false },
  { text: '## a [][r]\n\n[r]: x\n', fastAnswers: false },
  { text: '## [a []][r]\n\n[r]: x\n', fastAnswers: false },
  { text: '## ![](i.png)\n', fastAnswers: false },
  { text: '## *a <b>x</b>*\n', fastAnswers: false },
  { text: '## <a id="only"></a>\n', fastAnswers: false },
  { text: '## Title <!-- #title-id -->\n', fastAnswers: false },
  { text: '## Title <link rel="canonical" href="https://e.com/h">\n', fastAnswers: false },
  { text: '## <http://a>\n', fastAnswers: false },
];

test('agrees with the reference on autolinks, inline HTML, destinations and heading text, answering them', () => {
  for (const { text, fastAnswers } of INLINE_CASES) {
    const fast = extractFast(text);
    assert.equal(fast !== undefined, fastAnswers, `${JSON.stringify(text)}: the fast extractor ${fastAnswers ? 'should answer' : 'should leave it to the reference'}`);
    if (fast) assert.deepEqual(comparable(fast), comparable(extractReference(text)), JSON.stringify(text));
  }
});

test('a top-level paragraph is still continued by an ordered line not starting at 1', () => {
  // The other side of the container rule: here every container continued, so `2)` cannot interrupt.
  const text = 'a `\n2) [x](y)`\n';
  assert.deepEqual(extractFast(text)?.links, []);
  assert.deepEqual(extractReference(text).links, []);
});

test('a tab in text is read where it is; in a label it counts the columns it spans', () => {
  // Mid-line tabs (`Key:\tvalue`) are common in real pages: the fast path reads those lines.
  const text = 'Key:\tvalue [a](b.md\t"t") and [c][r\tf].\n- **Item**:\t[d](e.md)\n\n[r f]: f.md\n';
  assert.deepEqual(comparable(extractFast(text)!), comparable(extractReference(text)));
  // A label holds at most 999 characters, a tab counting as the columns it spans: here one
  // after 995 characters, four after 996. A full reference that is a link takes `[a][…]`; one
  // whose label is too long leaves `[…](x.md)` to be a link of its own.
  const label = (before: number) => `${'x'.repeat(before)}\t${'x'.repeat(998 - before)}`;
  const page = (before: number) => `[a][${label(before)}](x.md)\n\n[${label(before).replace('\t', ' ')}]: d.md\n`;
  const urls = (extract: PageExtract) => extract.links.map((link) => link.url);
  assert.deepEqual(urls(extractReference(page(995))), ['d.md']);
  assert.deepEqual(urls(extractReference(page(996))), ['x.md', 'd.md']);
  for (const before of [995, 996]) assert.equal(extractFast(page(before)), undefined, 'left to the reference, which counts columns');
});

test('lone CRs end lines as micromark reads them: a list item after `\\r\\r\\r\\n` is read at its line, and nothing throws', () => {
  // From a real site: the reference read the source lines by `\n` alone, and a list item past them crashed the check.
  const text = '---\ntitle: A\n---\n\n- [one](https://example.com)\r\r\r\n- two [t](./t.md)\r\n    - four in [f](./f.md)\r\r## H\r\rSee [x](#h).\n';
  const reference = extractReference(text);
  assert.deepEqual(reference.links.map(({ url, line }) => `${url}@${line}`), ['https://example.com@5', './t.md@8', './f.md@9', '#h@13']);
  const fast = extractFast(text);
  if (fast) assert.deepEqual(comparable(fast), comparable(reference));
  // A paragraph over lone CRs, and a fence after them, are read at micromark's lines too.
  assert.deepEqual(extractReference('some text\r\rmore\r\r\r\nlast [x](./nope.md)\n').links.map(({ line }) => line), [6]);
  assert.deepEqual(extractReference('a\r\r- item\r\r      ```\r      [c](d)\r      ```\r\r[e](f)\n').links.map(({ url, line }) => `${url}@${line}`), ['f@9']);
});
