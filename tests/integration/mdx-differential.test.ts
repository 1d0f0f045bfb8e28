/**
 * The check's MDX answer (ok, or the first syntax error at line:col) equals what Docusaurus's
 * own MDX compiler (mdx-loader's compileToJSX, every remark plugin included) says of the whole
 * page: on every fixture page, every project page, a generated bench site and fuzzed texts.
 * This also proves the prefilter exact: a text it lets skip the parser must compile.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { mdxFactsOf, mayHoldMdx } from '../../scripts/content/extract/mdx-facts.ts';
import { checkSite } from '../../scripts/check/check-site.ts';
import { extractPage } from '../../scripts/content/extract/page-extract.ts';
import { docusaurusReadsUrl } from '../../scripts/content/model/url-parse.ts';
import { generateSite } from '../../scripts/bench/generate-site.ts';
import { compileMdx, type CompileAnswer } from '../helpers/mdx-compile.ts';

const ROOT = path.resolve(__dirname, '..', '..');
const SEED = Number(process.env.FAQ_FUZZ_SEED ?? 20261128);

function checkAnswer(text: string): CompileAnswer {
  const { syntaxError, unreadableUrls } = mdxFactsOf(text);
  if (syntaxError) return { ok: false, line: syntaxError.line, column: syntaxError.column, reason: syntaxError.reason };
  // Docusaurus's link transforms throw on a URL they cannot read, without a place (1:1).
  const links = extractPage(text).links.filter((link) => link.kind !== 'definition' && !docusaurusReadsUrl(link.url));
  if (links.length > 0 || (unreadableUrls?.mdx.length ?? 0) > 0) return { ok: false, line: 1, column: 1, reason: 'unreadable URL' };
  return { ok: true };
}

const position = (answer: CompileAnswer) => (answer.ok ? 'ok' : `${answer.line}:${answer.column}`);

async function assertAgrees(label: string, text: string): Promise<void> {
  if (text.includes('\0')) return; // binary: the check refuses it before parsing (see mdx-bad-input)
  const expected = await compileMdx(text);
  const actual = checkAnswer(text);
  assert.equal(position(actual), position(expected), `${label}: check says ${JSON.stringify(actual)}, compiler says ${JSON.stringify(expected)}\n---\n${text.slice(0, 400)}`);
}

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('fixture and project pages: the check and the compiler agree on every page', { timeout: 300_000 }, async () => {
  const files = [...markdownFiles(path.join(ROOT, 'tests', 'fixtures')), ...markdownFiles(path.join(ROOT, 'docs')), ...markdownFiles(path.join(ROOT, 'versioned_docs'))];
  assert.ok(files.length > 50, `only ${files.length} files found`);
  let failing = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    await assertAgrees(path.relative(ROOT, file), text);
    if (!checkAnswer(text).ok) failing++;
  }
  assert.ok(failing >= 6, `the MDX mistake fixtures should fail to compile (${failing} did)`);
});

test('a generated bench site: the check and the compiler agree, and its MDX pages go through the parser', { timeout: 300_000 }, async () => {
  const dir = path.join(ROOT, 'tests', 'output', 'mdx-differential-bench');
  fs.rmSync(dir, { recursive: true, force: true });
  generateSite(dir, { pagesPerVersion: 120, versions: 2, seed: SEED });
  const files = [...markdownFiles(path.join(dir, 'docs')), ...markdownFiles(path.join(dir, 'versioned_docs'))];
  let parsed = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    if (mayHoldMdx(text)) parsed++;
    await assertAgrees(path.relative(dir, file), text);
  }
  assert.ok(parsed > 0 && parsed < files.length / 3, `${parsed} of ${files.length} pages parsed: the MDX pages and only few others should be`);
});

test('addresses Docusaurus cannot read: the compiler refuses exactly the pages the check reports', { timeout: 120_000 }, async () => {
  const site = path.join(ROOT, 'tests', 'fixtures', 'unreadable-url');
  const { problems } = await checkSite(site, { cache: false });
  const reported = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const cases = [
    ...markdownFiles(path.join(site, 'docs')).map((file) => ({ file: path.relative(site, file), text: fs.readFileSync(file, 'utf8') })),
    // The same addresses where they are no links: the compiler takes them.
    { file: 'fine.md', text: 'In code: `http://HOST:PORT/`, and [a][c] with a definition.\n\n[c]: http://h:PORT/\n\n```\nhttp://H:PORT/\n```\n' },
  ];
  for (const { file, text } of cases) {
    const compiled = await compileMdx(text, path.join(ROOT, 'docs', path.basename(file)));
    assert.equal(compiled.ok, !reported.has(file), `${file}: compiler ${JSON.stringify(compiled)}, check ${reported.has(file) ? 'reports it' : 'is silent'}`);
  }
  assert.equal(reported.size, 3);
});

test('a fence inside a directive container ends where the container does: what follows is MDX again, as the compiler says', { timeout: 60_000 }, async () => {
  for (const text of [':::note\n```\n<x>\n:::\n<br>\n```\n', ':::note\n```\n<x>\n```\n:::\n<br/>\n']) await assertAgrees('directive', text);
  assert.equal(checkAnswer(':::note\n```\n<x>\n:::\n<br>\n```\n').ok, false);
});

test('MDX has no indented code: a closing fence indented four spaces or more still closes, and what follows is MDX', { timeout: 60_000 }, async () => {
  for (const text of ['```\ncode\n    ```\n<br>\n```\n', 'text\n\n```\ncode\n        ```\n\n<Foo />\n\n```\n']) await assertAgrees('indented closing fence', text);
  assert.equal(checkAnswer('```\ncode\n    ```\n<br>\n```\n').ok, false);
  assert.deepEqual(mdxFactsOf('text\n\n```\ncode\n        ```\n\n<Foo />\n\n```\n').freeNames.map(({ name }) => name), ['Foo']);
});

test('a URL that GFM links keeps a backslash in its path: the `<` after it opens a tag, as the compiler says', { timeout: 60_000 }, async () => {
  for (const text of ['see https://e.com/a\\<b>x\n', 'www.e.com/\\</br>\n', 'ok https://e.com/a\\{x}\n', 'a www.e.com/`<b>` c\n']) await assertAgrees('url', text);
  assert.equal(checkAnswer('see https://e.com/a\\<b>x\n').ok, false);
});

test('line endings: CRLF pages, and a CR that ends a line alone, as the compiler reads them', { timeout: 300_000 }, async () => {
  // Pages written on Windows: every fixture and project page that can hold MDX, with CRLF.
  const files = [...markdownFiles(path.join(ROOT, 'tests', 'fixtures')), ...markdownFiles(path.join(ROOT, 'docs'))];
  const crlf = files.map((file) => fs.readFileSync(file, 'utf8')).filter(mayHoldMdx).map((text) => text.replace(/\r?\n/g, '\r\n'));
  assert.ok(crlf.length > 20, `only ${crlf.length} pages hold MDX`);
  for (const text of crlf) await assertAgrees('CRLF', text);
  // micromark ends a line at a lone CR: here it closes the fence, and `<b>` is left open.
  for (const text of ['```\nx\r```\n<b>\n```\n', '<b>\rx</b>\r\n\r\n<Foo />\r\n', '<details>\r\n\r\n* a [b](c)\r\n\r\n</details>\r\n']) await assertAgrees('CR', text);
  assert.equal(checkAnswer('```\nx\r```\n<b>\n```\n').ok, false);
});

const pieces = fc.constantFrom(
  '<', '>', '{', '}', '<1024', 'a < b', '\\<', '&lt;', '<br>', '<br />', '<img src="x.png">', '<img src="x.png" />', '<details>', '</details>',
  '<summary>s</summary>', '<Tabs>', '</Tabs>', '<https://example.com>', '{/*', '*/}', '{/* c */}', '{x}', '{1 + 1}', '<!-- c -->', '<!--',
  "import X from './x';", 'import the thing', 'export const a = 1;', 'export ', '```', '```js {1}', '~~~', '`', '---\n', '---', ':::note', ':::note Title', ':::',
  '## H {#id}', '# ', '- ', '> ', '1. ', '  ', '    ', '\t', '\n', '\n\n', 'word', ' ', '[a](b)', '*', '\\', '"', "'", '=', '/', '(', ')', ':', '@',
  'www.e.com/', 'https://e.com/a', '`<b>`', '`{x}`', '    ```', '\t```', 'http://HOST:PORT/', '[a]: b', '[a](b)', '[<b>x</b>](y)', '<Tabs>\n', '</Tabs>\n',
);
const texts = fc.array(fc.oneof({ weight: 5, arbitrary: pieces }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: 40 }).map((parts) => parts.join(''));

test(`fuzzed texts (seed ${SEED}, FAQ_FUZZ_SEED to change): the check and the compiler agree`, { timeout: 600_000 }, async () => {
  await fc.assert(fc.asyncProperty(texts, (text) => assertAgrees('fuzzed', text)), { seed: SEED, numRuns: Number(process.env.FAQ_FUZZ_RUNS ?? 600) });
});
