/**
 * Links CommonMark reads where MDX reads JavaScript (extract/mdx-script-spans.ts): in ESM, in an
 * expression, in a JSX tag's attributes. A page compiled as MDX has none of them; one read as
 * CommonMark keeps them. tests/site/agreement.test.ts builds such pages with Docusaurus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseMdxSource, mdxTreeOf } from '../../scripts/content/extract/mdx-parse.ts';
import { mdxFactsOf } from '../../scripts/content/extract/mdx-facts.ts';
import { preprocessMdx } from '../../scripts/content/extract/mdx-preprocess.ts';
import { recordOf } from '../../scripts/content/extract/page-record.ts';
import { extractAsCompiled } from '../../scripts/content/model/markdown-format.ts';
import type { TextSpan } from '../../scripts/content/model/site.ts';
import { assertProperty, propertyRun } from '../helpers/property.ts';
import { problemsWith } from '../helpers/check-fixture.ts';

const show = (spans: TextSpan[] | undefined) => (spans ?? []).map(({ line, column, endLine, endColumn }) => `${line}:${column}-${endLine}:${endColumn}`);

/** The links of a page as it is built: as MDX compiles it, or as CommonMark reads it. */
function linksAs(text: string, format: 'md' | 'mdx') {
  const record = recordOf(text);
  return extractAsCompiled(record.extract, record.mdx, format).links.map(({ url, line, column }) => `${url}@${line}:${column}`).sort();
}

/** The headings of a page as it is built, with their ids and places. */
function headingsAs(text: string, format: 'md' | 'mdx') {
  const record = recordOf(text);
  return extractAsCompiled(record.extract, record.mdx, format).headings.map(({ id, line, column }) => `${id}@${line}:${column}`);
}

/**
 * What MDX's own parse of the page holds: its links, images and definitions (sorted), and the
 * places of its headings; undefined when MDX cannot read the page (rule mdx-syntax).
 */
function mdxReadingOf(text: string): { links: string[]; headingPlaces: string[] } | undefined {
  let tree: unknown;
  try {
    tree = mdxTreeOf(preprocessMdx(text));
  } catch {
    return undefined;
  }
  const links: string[] = [];
  const headingPlaces: string[] = [];
  const visit = (node: { type: string; url?: string; position?: { start: { line: number; column: number } }; children?: unknown[] }) => {
    const start = node.position?.start;
    if (start && (node.type === 'link' || node.type === 'image' || node.type === 'definition')) links.push(`${node.url}@${start.line}:${start.column}`);
    if (start && node.type === 'heading') headingPlaces.push(`${start.line}:${start.column}`);
    (node.children as Array<typeof node> | undefined)?.forEach(visit);
  };
  visit(tree as never);
  return { links: links.sort(), headingPlaces };
}

test('the stretches MDX reads as JavaScript that may hold a link, as the parser places them', () => {
  const page = [
    "export const tip = 'See [the guide](./guide.md)';", // 1: ESM
    '',
    "Read {'the [guide](./guide.md) text'} and {versions['v1'].name}.", // 3: one expression of two may hold a link
    '',
    '<CodeBlock>', // 5
    '{`Intro.',
    '',
    'See [x](./x.md).`}', // 8: an expression over lines, a blank one among them
    '</CodeBlock>',
    '',
    "Some <span title={'[a](./a.md)'} data-x=\"[b](./b.md)\">text</span>.", // 11: both attributes
    '',
    'Beside {1} [c](./c.md).', // 13: a link outside any
  ].join('\n');
  const expected = ['1:1-1:50', '3:6-3:38', '6:1-8:19', '11:12-11:33', '11:34-11:54'];
  assert.deepEqual(show(parseMdxSource(page).scriptSpans), expected);
  // Read segment by segment, and with the parser's help only where a segment needs it: the same places.
  assert.deepEqual(show(mdxFactsOf(page).scriptSpans), expected);
  assert.equal(mdxFactsOf('Use {versions["v0.6"].kubernetes} and <b>[a](./a.md)</b>.\n').scriptSpans, undefined, 'an index is no link, and a link in an element is Markdown');
});

test('ESM after an earlier import: the block\'s own lines', () => {
  // The segment with the export is parsed after an import of the earlier segments' names (mdx-facts.ts).
  const page = "import A from './a';\n\n<A />\n\n```\nfence\n```\n\nexport const b = '[b](./b.md)';\n\n<A />\n";
  assert.deepEqual(show(mdxFactsOf(page).scriptSpans), ['9:1-9:32']);
});

test('a page compiled as MDX drops the links that start there; one read as CommonMark keeps them', () => {
  const page = "export const tip = 'See [the guide](./guide.md)';\n\nRead {'[this](./this.md)'} and [that](./that.md).\n\nSome <span title={'t'} data-x=\"[b](./b.md)\">x</span>.\n";
  assert.deepEqual(linksAs(page, 'mdx'), ['./that.md@3:32']);
  assert.deepEqual(linksAs(page, 'md'), ['./b.md@5:32', './guide.md@1:25', './that.md@3:32', './this.md@3:8']);
});

test('a `# comment` line of a template over lines is a heading to CommonMark only: MDX drops it, and the headings after it take its ids', () => {
  const page = [
    '## Install', // 1
    '',
    '{`helm repo add x', // 3: an expression over lines
    '# install', // 4: a heading to CommonMark
    'helm install x`}',
    '',
    'export const setup = `', // 7: ESM over lines
    '# Install',
    '`;',
    '',
    '## Install {#by-hand}', // 11: an id of its own
    '',
    '## Install', // 13
  ].join('\n');
  assert.deepEqual(headingsAs(page, 'md'), ['install@1:1', 'install-1@4:1', 'install-2@8:1', 'by-hand@11:1', 'install-3@13:1']);
  assert.deepEqual(headingsAs(page, 'mdx'), ['install@1:1', 'by-hand@11:1', 'install-1@13:1']);
  assert.deepEqual(mdxReadingOf(page)?.headingPlaces, ['1:1', '11:1', '13:1']);
});

test('a YAML `---` in a template makes no heading of the text before it, where the heading would start before the template', () => {
  const page = '<CodeBlock language="yaml">{`apiVersion: v1\nkind: Bundle\n---\napiVersion: v2`}</CodeBlock>\n\n## Next\n';
  assert.deepEqual(headingsAs(page, 'md'), ['apiversion-v1kind-bundle@1:1', 'next@6:1']);
  assert.deepEqual(headingsAs(page, 'mdx'), ['next@6:1']);
  assert.deepEqual(mdxReadingOf(page)?.headingPlaces, ['6:1']);
});

const LINK = fc.constantFrom('[a](./a.md)', '[b c](./b.md#x)', '![i](./i.png)', '[d](../d/)');
/** Text JavaScript holds: a quoted string or a template, with a link in it or not. */
const JS_TEXT = fc.tuple(fc.constantFrom("'", '"', '`'), fc.oneof(LINK, fc.constant('plain')), fc.constantFrom('', ' and more')).map(([quote, inside, after]) => `${quote}see ${inside}${after}${quote}`);
/**
 * Templates over lines whose lines CommonMark may read as headings, each a block of its own:
 * inside a paragraph, the backtick CommonMark leaves after such a line may pair with one further
 * on (a gap mdx-script-spans.ts names).
 */
const HEADING_TEMPLATE = fc.constantFrom('`run\n# comment\nmore`', '`a\n## Text\n`', '`Title\n===\n`', '`x\n   # three`', '`y\n#no-space`');
const INLINE = fc.oneof(
  fc.constantFrom('Text', 'more words', '{1}', '<b>bold</b>'),
  LINK,
  LINK.map((link) => `<b>${link}</b>`),
  JS_TEXT.map((js) => `{${js}}`),
  JS_TEXT.map((js) => `<span title={${js}}>x</span>`),
  LINK.map((link) => `<span data-x="${link}" b={'t'}>x</span>`),
);
const PARAGRAPH = fc.array(fc.array(INLINE, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(' ')), { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const BLOCK = fc.oneof(
  { weight: 4, arbitrary: PARAGRAPH },
  { weight: 1, arbitrary: JS_TEXT.map((js) => `export const name = ${js};`) },
  { weight: 1, arbitrary: fc.tuple(LINK, LINK).map(([a, b]) => `{\`${a}\n\n${b}\`}`) },
  { weight: 1, arbitrary: PARAGRAPH.map((inside) => `<div>\n\n${inside}\n\n</div>`) },
  // HTML blocks to CommonMark, whose lines MDX reads as Markdown (extract/mdx-html-links.ts).
  { weight: 1, arbitrary: PARAGRAPH.map((inside) => `<div>\n${inside}\n</div>`) },
  { weight: 1, arbitrary: fc.tuple(INLINE, fc.constantFrom('{versions["v1"].name}', '{a[0]}', '[plain]', '')).map(([inside, more]) => `<CodeBlock>\n${inside} ${more}\n</CodeBlock>`) },
  { weight: 1, arbitrary: HEADING_TEMPLATE.map((js) => `{${js}}`) },
  { weight: 1, arbitrary: HEADING_TEMPLATE.map((js) => `export const name = ${js};`) },
  // Headings, one with the text of a comment line above, and one with an id of its own.
  { weight: 1, arbitrary: fc.constantFrom('## comment', '## Text', '# Title {#own}', '### run') },
  // GFM tables, which cut rows at `|` before MDX reads the cells.
  { weight: 1, arbitrary: fc.array(fc.oneof(INLINE, fc.constantFrom('[p|q](./p.md)', '`x | [c](./c.md)`', '[r](./r|s.md)', '[e\\|f](./e.md)')), { minLength: 1, maxLength: 3 }).map((cells) => `| h | i |\n| --- | --- |\n| ${cells.join(' | ')} |`) },
);

test('property: a page compiled as MDX has exactly the links and headings MDX\'s own parse finds', () => {
  const documents = fc.array(BLOCK, { minLength: 1, maxLength: 6 }).map((blocks) => {
    let count = 0;
    // Each export binds a name of its own: binding one twice is a syntax error.
    return blocks.join('\n\n').replace(/export const name/g, () => `export const name${count++}`) + '\n';
  });
  const run = propertyRun(300);
  let compared = 0;
  assertProperty(fc.property(documents, (text) => {
    // A page MDX cannot read stops the build (rule mdx-syntax): it has no links to compare. A
    // template over lines inside an element can be one.
    const mdx = mdxReadingOf(text);
    if (!mdx) return;
    compared++;
    assert.deepEqual(linksAs(text, 'mdx'), mdx.links, text);
    assert.deepEqual(headingsAs(text, 'mdx').map((heading) => heading.slice(heading.indexOf('@') + 1)), mdx.headingPlaces, text);
  }), run);
  // Pages MDX cannot read are left out: they must stay few, or the property would compare little.
  assert.ok(compared >= run.numRuns * 0.8, `only ${compared} of ${run.numRuns} pages compiled`);
});

test('the check: a link in JavaScript is none in a page compiled as MDX, and one in a page read as CommonMark', async () => {
  const page = "export const tip = 'See [the guide](./no-such-guide.md)';\n\nThe tip: {tip}\n";
  const lines = async (text: string) => (await problemsWith({ 'docs/guide.md': text })).map(({ file, line, column, rule }) => `${file}:${line}:${column} ${rule}`);
  assert.deepEqual(await lines(page), []);
  assert.deepEqual(await lines(`---\nmdx:\n  format: md\n---\n\n${page}`), ['docs/guide.md:6:25 broken-link']);
});
