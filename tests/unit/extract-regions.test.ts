/**
 * Differential test of the page extractor (page-extract.ts): the fast scanner reads the regions
 * it models and micromark the others, in one text with sentinels between them. On every page
 * (not only those the fast scanner reads whole) the result must equal the reference's, which
 * parses the whole page: on fixtures and project pages, a generated site, pages built to break
 * the region cuts, and fuzzed documents full of nested containers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { extractPage } from '../../scripts/content/extract/page-extract.ts';
import { extractReference, referenceParts } from '../../scripts/content/extract/reference.ts';
import { scanBlocks } from '../../scripts/content/extract/fast.ts';
import { generateSite } from '../../scripts/bench/generate-site.ts';
import type { PageExtract } from '../../scripts/content/model/site.ts';
import { assertProperty, propertyTest, type PropertyRun } from '../helpers/property.ts';

const ROOT = path.join(__dirname, '..', '..');

const inOrder = (links: PageExtract['links']) => [...links].sort((a, b) => a.line - b.line || a.column - b.column);
const comparable = (extract: PageExtract) => ({
  ...extract,
  links: inOrder(extract.links),
  ...(extract.mdxReading ? { mdxReading: { ...extract.mdxReading, links: inOrder(extract.mdxReading.links) } } : {}),
});
const assertAgrees = (text: string, message?: string) => assert.deepEqual(comparable(extractPage(text)), comparable(extractReference(text)), message);

function markdownFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => /\.mdx?$/.test(file)).map((file) => path.join(dir, file));
}

/** The hard regions of a page, as 1-based line ranges. */
const hardLines = (text: string) => scanBlocks(text)!.regions.filter((region) => region.hard).map(({ from, to }) => [from + 1, to]);

test('agrees with the reference on every fixture and project page', () => {
  const files = ['tests/fixtures', 'docs', 'versioned_docs'].flatMap((dir) => markdownFiles(path.join(ROOT, dir)));
  assert.ok(files.length > 50);
  for (const file of files) assertAgrees(fs.readFileSync(file, 'utf8'), file);
});

test('agrees with the reference on every page of a generated site', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-regions-'));
  try {
    generateSite(dir, { pagesPerVersion: 120, versions: 2, seed: 5 });
    for (const file of ['docs', 'versioned_docs'].flatMap((sub) => markdownFiles(path.join(dir, sub)))) assertAgrees(fs.readFileSync(file, 'utf8'), file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('only the stretch holding a nested list goes to micromark', () => {
  const text = [
    '# Install', '', 'First [a](a.md).', '',
    '1. Step one', '   ```bash', '   run [not a link](x)', '   ```', '', '   More about [b](b.md).', '',
    'Then [c](c.md).', '', '## Done', '',
  ].join('\n');
  assert.deepEqual(hardLines(text), [[5, 11]]);
  assertAgrees(text);
  assert.deepEqual(extractPage(text).links.map((link) => link.url), ['a.md', 'b.md', 'c.md']);
});

test('pages that defeat a region cut still get the reference answer', () => {
  const cases: Array<[string, string]> = [
    // A fence opened in a hard region (a tab) runs past the next column-0 line: its sentinel
    // becomes code, so the page is parsed whole.
    ['a fence left open across a fresh-looking line', '-\ta b\n```\n\nnot [x](y) a link\n```\n\n[z](w)\n'],
    ['an HTML comment left open across blank lines', '-\ta\n<!--\n\n[x](y)\n-->\n\n[z](w)\n'],
    ['a fence left open to the end of the page', '\ta\n```\n\n[x](y)\n'],
    ['a definition in a hard region, used by a paragraph the scanner reads', '- item\n\n  [ref]: nested.md\n\nSee [the page][ref] and [ref].\n'],
    ['a reference in a hard region to a definition the scanner read', '- a\n\n  [use][top] it\n\n[top]: top.md\n'],
    ['a definition only the hard region defines, used in a heading', '\t[h]: x.md\n\n# A [h] heading\n'],
    ['the sentinel label written in the page', '- a\n\n  b\n\n[faq-region-end-0]: x.md\n\n[faq-region-end-0]\n'],
    ['headings on both sides share one slugger', '# Same\n\n- a\n\n  # Same\n\n# Same\n'],
    // GFM footnotes, as Docusaurus reads them: a definition, and a call, are no links.
    ['a footnote whose text is a path, and its call', 'See the ports[^ports].\n\n[^ports]: ./ports.md\n\n[a](a.md)\n'],
    ['a footnote holding a link, over two lines', 'Text[^1] here.\n\n[^1]: See [the guide](./guide.md)\n    and more.\n'],
    // MDX reads indented code as Markdown: the hard regions are read again without it.
    ['a link in indented code', 'Intro [a](a.md).\n\n    See [b](b.md).\n\n[c](c.md)\n'],
    ['an indented fence, which MDX leaves open to the end', 'Intro\n\n    ```\n\n[x](y)\n\n## After\n'],
    ['a definition in indented code, used by a paragraph the scanner reads', 'Use [ref] here.\n\n    [ref]: r.md\n'],
    ['a line right after indented code, which MDX reads on in its paragraph', 'Intro\n\n    code\nNext\n===\n'],
    ['headings in indented code, before headings of the same text', '## Same\n\n    ## Same\n    # Shell comment\n\n## Same\n'],
    ['inline HTML in a paragraph, and a line starting with it (a hard region)', 'A <a id="x">link</a> [y](z)\n\n# T\n\n<span id="s">s</span>\n'],
    ['CRLF line endings with a hard region', '- a\r\n\r\n  b [x](y)\r\n\r\n[z](w)\r\n'],
    // The hard regions are parsed with their CRs, which an HTML value keeps.
    ['an HTML value across CRLF lines in a hard region', '- a\r\n\r\n  <a id="x\r\ny">t</a> [x](y)\r\n\r\n<div id="d\r\ne"></div>\r\n\r\n[z](w)\r\n'],
    ['CRLF and LF lines in one page', '- a\n\n  b [x](y)\r\n  <a id="p\r\nq">t</a>\n\n[z](w)\r\n\n- c\r\n\r\n  <b id="r\ns">u</b>\r\n'],
    ['front matter, then a hard region at once', '---\ntitle: T\n---\n\tcode\n\n[x](y)\n'],
  ];
  for (const [why, text] of cases) assertAgrees(text, why);
});

test('a hard run read on one page is taken as read on another only where it reads the same', () => {
  // Each page repeats the run `- memo item\n\n  nested [l](m.md)` (a list with nested content, with
  // a tab so that the list reading leaves it to micromark) in another setting.
  const run = '-\tmemo item\n\n  nested [l](m.md) and [a][r](x.md)';
  const pages = [
    `# One\n\n${run}\n\n[after](a.md)\n`,
    // The same run at another line, twice, and ending the page.
    `Intro\n\nmore\n\n${run}\n\n# Two\n\n${run}\n`,
    // A page definition: the run's `[a][r]` is a reference here, and `[r](x.md)` a link on the other pages.
    `[r]: defined.md\n\n${run}\n`,
    // Ending one page, the run leaves a fence open; before another region it would swallow it.
    '-\tfence item\n\n  ```\n',
    '-\tfence item\n\n  ```\n\n[x](y)\n\n[z](w)\n',
    // A definition inside a run serves a reference in another run: both are read together.
    '-\tdef item\n\n  [d]: d.md\n\n# H\n\n-\tuse item\n\n  see [t][d](x.md)\n',
    '-\tuse item\n\n  see [t][d](x.md)\n',
  ];
  for (const page of pages) assertAgrees(page, page);
  for (const page of [...pages].reverse()) assertAgrees(page, `again: ${page}`);
  assert.deepEqual(extractPage(pages[0]).links.map((link) => link.url), ['m.md', 'x.md', 'a.md']);
  assert.deepEqual(extractPage(pages[2]).links.map((link) => link.url), ['defined.md', 'm.md']);
  assert.deepEqual(extractPage(pages[4]).links, [], 'the fence runs to the end of the page');
  assert.deepEqual(extractPage(pages[6]).links.map((link) => link.url), ['x.md'], 'no definition of d on this page');
});

test('a hard run that holds a definition is kept, and read again with the page where it may serve another run', () => {
  // Read alone first, the run is kept: nothing else on its page could use its definitions.
  const defining = '-\tdefinitions\n\n  [Long  Label]: long.md\n\n  [STRASSE]: street.md';
  const pages = [
    `${defining}\n\n# Alone\n`,
    // A reference whose label goes over lines inside a quote; one that folds to the label (ß to SS).
    `${defining}\n\n# Uses\n\n> -\tsee [the page][long\n>   label]\n`,
    `${defining}\n\n# Uses\n\n-\tsee [straße]\n`,
    // Other words in brackets: the runs read alone as together.
    `${defining}\n\n# Others\n\n-\tsee [long] [label](x.md)\n`,
    // Comments written as definitions, as generated API pages open: the second is no definition (its
    // title holds a parenthesis), so both lines are a paragraph; a run after it, read on its own.
    '[//]: # (generated)\n[//]: # (from [docs](https://example.com/a.))\n\n-\titem\n\n  see [x](y.md)\n',
    '[//]: # (generated)\n[//]: # (from [docs](https://example.com/a.))\n\n-\titem\n\n  see [x](y.md)\n\n-\tnew item\n\n  see [//]\n',
  ];
  for (const page of pages) assertAgrees(page, page);
  for (const page of [...pages].reverse()) assertAgrees(page, `again: ${page}`);
  const uses = (page: string) => extractPage(page).links.map(({ url, usedBy }) => `${url}${usedBy ? ` (${usedBy})` : ''}`);
  assert.deepEqual(uses(pages[0]), ['long.md', 'street.md']);
  assert.deepEqual(uses(pages[1]), ['long.md (link)', 'street.md']);
  assert.deepEqual(uses(pages[2]), ['long.md', 'street.md (link)']);
  assert.deepEqual(uses(pages[3]), ['long.md', 'street.md', 'x.md']);
});

test('MDX\'s reading of a hard run is taken as read on another page only where it reads the same', () => {
  // Each page repeats an indented block, which MDX reads as Markdown, in another setting.
  const run = '    See [the guide][g] and [b](b.md).';
  const pages = [
    `Intro\n\n${run}\n\n[after](a.md)\n`,
    // A definition of g: the block's `[the guide][g]` is a link here, and text on the other pages.
    `[g]: guide.md\n\nIntro\n\n${run}\n`,
    // Ending the page, an indented fence leaves MDX's fence open; before another region it would swallow it.
    'Intro\n\n    ```\n',
    'Intro\n\n    ```\n\n[x](y)\n',
  ];
  for (const page of pages) assertAgrees(page, page);
  for (const page of [...pages].reverse()) assertAgrees(page, `again: ${page}`);
  const mdxUrls = (page: string) => extractPage(page).mdxReading?.links.map((link) => link.url);
  assert.deepEqual(mdxUrls(pages[0]), ['b.md', 'a.md']);
  assert.deepEqual(mdxUrls(pages[1]), ['guide.md', 'b.md']);
  assert.equal(extractPage(pages[1]).mdxReading?.links[0].usedBy, 'link', 'to MDX, the block uses the definition');
  assert.equal(extractPage(pages[1]).links[0].usedBy, undefined, 'to CommonMark, nothing does');
  assert.deepEqual(extractPage(pages[3]).mdxReading?.links, [], 'the fence runs to the end of the page');
});

// Documents made of what defeats the fast scanner, mixed with what it reads: nested list content,
// indented and tab-indented code, fences inside items, HTML blocks of every kind (some that run
// across blank lines), definitions inside containers, inline HTML and autolinks.
const word = fc.constantFrom(
  'key:\tvalue', 'alpha', 'Beta', 'x', 'snake_case', 'Q&A', '*em*', '`code`', '<b>b</b>', '<https://e.com>', '&amp;',
  '<a id="i">i</a>', '<!-- c -->', '<link rel="canonical" href="https://e.com/c">', '[d](<a b> "t")', '**bold**', 'a < b',
);
const label = fc.constantFrom('ref', 'Ref', 'other', 'gone', '^note');
const inline = fc.oneof(
  word,
  fc.tuple(word, fc.constantFrom('a.md', '#h', '../b.md#c', 'p q')).map(([text, url]) => `[${text}](${url})`),
  fc.tuple(word, label).map(([text, name]) => `[${text}][${name}]`),
  label.map((name) => `[${name}]`),
);
const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
// Mostly column 0, so that pages are cut into many regions; often indented, where containers nest.
const indent = fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.constantFrom('  ', '   ', '    ', '\t', ' \t', '      ') });
const piece = fc.oneof(
  line,
  fc.tuple(fc.constantFrom('-', '*', '1.', '2)', '10.'), line).map(([marker, text]) => `${marker} ${text}`),
  fc.tuple(label, fc.constantFrom('d.md', 'e.md#f')).map(([name, url]) => `[${name}]: ${url}`),
  fc.tuple(fc.integer({ min: 1, max: 3 }), word).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  fc.constantFrom('```', '~~~', '```yaml', '<!--', '-->', '<div>', '</div>', '<pre>', '</pre>', '<script>', '</script>', '<Tabs>', '</Tabs>', '> quote', '>', '---', '***', '===', ''),
  // White space that is not a space or a tab (pasted from a word processor): such a line is no
  // blank line and such a start no indentation, to micromark.
  fc.constantFrom('\u00a0', '\u3000', '\u00a0word', '\u2003- x', '> \u00a0', '\f'),
);
const blockLine = fc.tuple(indent, piece).map(([space, text]) => space + text);
const document = fc.tuple(fc.boolean(), fc.array(fc.tuple(blockLine, fc.constantFrom('\n', '\n\n')), { maxLength: 24 })).map(
  ([frontMatter, lines]) => (frontMatter ? '---\ntitle: T\n---\n' : '') + lines.map(([text, gap]) => text + gap).join(''),
);

/** Every drawn document agrees with the reference, and many are really split between both readers. */
function assertAgreesOnSplitDocuments(documents: fc.Arbitrary<string>, run: PropertyRun) {
  let split = 0;
  assertProperty(
    fc.property(documents, (text) => {
      const scan = scanBlocks(text);
      if (scan && scan.regions.some((region) => region.hard) && scan.regions.some((region) => !region.hard)) split++;
      assertAgrees(text);
    }),
    run,
  );
  // The property is only worth something if many documents mix fast and hard regions.
  assert.ok(split >= run.numRuns / 4, `only ${split} of ${run.numRuns} documents mixed fast and hard regions`);
}

propertyTest('agrees with the reference on fuzzed documents with nested containers', { runs: 4000, timeoutMs: 300_000 }, (run) => {
  assertAgreesOnSplitDocuments(document, run);
});

// Release notes written on Windows: CRLF line endings, or some lines' only (the hard regions are
// then parsed with the page's own line endings).
const endings = fc.tuple(document, fc.constantFrom('crlf', 'mixed'), fc.nat(1)).map(([text, kind, parity]) => {
  let index = 0;
  return text.replace(/\n/g, () => (kind === 'crlf' || index++ % 2 === parity ? '\r\n' : '\n'));
});

propertyTest('agrees with the reference on fuzzed documents with CRLF line endings', { runs: 2000, timeoutMs: 300_000 }, (run) => {
  assertAgreesOnSplitDocuments(endings, run);
});

// The reference reads a page a second time, as MDX does (without indented code), only where its
// first reading saw a line that may read otherwise (mdxMayDiffer): that must be every page whose
// links or headings that second reading changes.
propertyTest('the lines MDX may read otherwise include every one where it does', { runs: 3000, timeoutMs: 300_000 }, (run) => {
  const readingOf = (parts: ReturnType<typeof referenceParts>) => JSON.stringify([parts.links, parts.headings]);
  let differing = 0;
  assertProperty(
    fc.property(document, (text) => {
      const commonMark = referenceParts(text);
      if (readingOf(commonMark) === readingOf(referenceParts(text, { indentedCode: false }))) return;
      differing++;
      assert.notDeepEqual(commonMark.mdxMayDiffer, [], 'MDX reads this page otherwise');
    }),
    run,
  );
  assert.ok(differing >= run.numRuns / 20, `only ${differing} of ${run.numRuns} documents read otherwise without indented code`);
});
