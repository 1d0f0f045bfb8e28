/**
 * Front matter is read as Docusaurus reads it: with its own parseFrontMatter (@docusaurus/utils,
 * i.e. @11ty/gray-matter and js-yaml 4), on fuzzed page tops and on the cases where the gray-matter
 * package (js-yaml 3, and a reading of where the block ends) gave other data.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { DEFAULT_PARSE_FRONT_MATTER } from '@docusaurus/utils';
import { DocFrontMatterSchema } from '@docusaurus/plugin-content-docs/lib/frontMatter.js';
import { parseFrontMatter, parseYaml } from '../../scripts/content/model/front-matter.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

const grayMatter = createRequire(require.resolve('@docusaurus/utils'))('@11ty/gray-matter') as { clearCache(): void };

/**
 * Docusaurus's reading: its front matter, or 'refused' when it throws or when the docs plugin
 * refuses it as a whole (YAML that is a text or a list, not keys with values): the build stops.
 */
async function docusaurusReading(source: string): Promise<unknown> {
  // gray-matter keeps every text it read, and a text it failed on comes back from there as empty.
  grayMatter.clearCache();
  let frontMatter: unknown;
  try {
    frontMatter = (await DEFAULT_PARSE_FRONT_MATTER({ filePath: 'docs/page.md', fileContent: source })).frontMatter;
  } catch {
    return 'refused';
  }
  const notKeys = DocFrontMatterSchema.validate(frontMatter).error?.details.some(({ type, path }) => type === 'object.base' && path.length === 0);
  return notKeys ? 'refused' : frontMatter;
}

/** The check's reading, in the same terms: a front matter it reports as broken is one the build refuses. */
function checkReading(source: string): unknown {
  const { data, yamlError } = parseFrontMatter(source);
  return yamlError ? 'refused' : data;
}

const FIRST_LINES = ['---', '--- ', '---\t', '---yaml', '--- yaml', '---json', '----', '--', 'title: x', '', '\uFEFF---'];
const LINES = [
  'title: Hardening', 'weight: 010', 'sidebar_position: 1:30', 'n: 1_000', 'x: 0o17', 'd: 2024-01-01', 'b: yes', 'b: True', 'e:', 'e: ~',
  'tags: [a, b]', 'tags: [a, b', 'list:', '  - a', '  nested: y', 'title: x: y', 'q: "quoted"', '# comment', 'Some text.', '',
  '---', '--- ', '----', '---more', '...', '... ', '{"title": "json"}', 'title: Résumé', 'title: x\r',
];
const page = fc.tuple(fc.constantFrom(...FIRST_LINES), fc.array(fc.constantFrom(...LINES), { maxLength: 7 })).map(([first, rest]) => [first, ...rest].join('\n'));

propertyTest('the check reads every fuzzed front matter as Docusaurus does, or refuses it where Docusaurus does', { runs: 1500, timeoutMs: 120_000 }, async (run) => {
  const samples: string[] = [];
  fc.sample(page, { seed: run.seed, numRuns: run.numRuns }).forEach((source) => samples.push(source));
  // Docusaurus's function is asynchronous: the expected readings first, then the property.
  const expected = new Map<string, unknown>();
  for (const source of samples) expected.set(source, await docusaurusReading(source));
  let refused = 0;
  assertProperty(fc.property(fc.constantFrom(...samples), (source) => {
    const wanted = expected.get(source);
    if (wanted === 'refused') refused++;
    assert.deepStrictEqual(checkReading(source), wanted, JSON.stringify(source));
  }), run);
  assert.ok(refused > 0 && refused < run.numRuns, `the pages should mix readings and refusals (${refused} refused)`);
});

test('values as js-yaml 4 reads them, not js-yaml 3', () => {
  const { data } = parseFrontMatter('---\nsidebar_position: 010\nweight: 1:30\nn: 1_000\n---\n\nText.\n');
  assert.deepStrictEqual(data, { sidebar_position: 10, weight: '1:30', n: '1_000' });
});

test('where Docusaurus ends the block: at the first line starting with ---, never at ...', async () => {
  for (const source of ['---\ntitle: x\n----\nText.\n', '---\ntitle: x\n---more\nText.\n', '---yaml\ntitle: x\n---\nText.\n']) {
    assert.deepStrictEqual(parseFrontMatter(source).data, { title: 'x' }, source);
    assert.deepStrictEqual(checkReading(source), await docusaurusReading(source), source);
  }
  const dots = parseFrontMatter('---\ntitle: x\n...\n\nText.\n');
  assert.equal(dots.yamlError?.ranInto, 'dots');
  assert.equal(dots.yamlError?.line, 3, 'shown on the ... line');
  assert.equal(await docusaurusReading('---\ntitle: x\n...\n\nText.\n'), 'refused');
});

test('a block that never closes is read to the end of the page, as YAML', async () => {
  const broken = parseFrontMatter('---\ntitle: x\n\nSome text.\n');
  assert.deepEqual([broken.yamlError?.line, broken.yamlError?.ranInto], [1, 'end-of-page']);
  assert.equal(await docusaurusReading('---\ntitle: x\n\nSome text.\n'), 'refused');
  assert.deepStrictEqual(parseFrontMatter('---\ntitle: x\n').data, { title: 'x' });
});

test('YAML that is not keys with values is refused, as Docusaurus refuses it', async () => {
  const text = parseFrontMatter('---\njust a sentence\n---\n\nText.\n');
  assert.match(text.yamlError?.reason ?? '', /not keys with values/);
});

test('other YAML files are read with the js-yaml Docusaurus reads category files with', () => {
  const docsRequire = createRequire(require.resolve('@docusaurus/plugin-content-docs'));
  const jsYaml = docsRequire('js-yaml') as { load(text: string): unknown };
  for (const text of ['position: 010', 'label: 1:30', 'items: [a, b]']) assert.deepStrictEqual(parseYaml(text), jsYaml.load(text), text);
});

test('front matter opened with ---js is not run: gray-matter would eval it, the check reads it as empty', () => {
  const marker = globalThis as { frontMatterRan?: boolean };
  marker.frontMatterRan = false;
  for (const opening of ['---js', '---javascript', '---JS']) {
    assert.deepStrictEqual(parseFrontMatter(`${opening}\n(globalThis.frontMatterRan = true, {title: 'x'})\n---\n\nText.\n`).data, {});
  }
  assert.equal(marker.frontMatterRan, false);
});
