/**
 * The plainest front matter is read without js-yaml (model/plain-yaml.ts). Wherever that reading
 * answers, it must be what js-yaml 4, through the gray-matter Docusaurus uses, gives; held here
 * on fuzzed blocks of lines near its edges (words the core schema reads otherwise, numbers with
 * a leading zero, quotes, comments, tabs, spaces, repeated keys, wide characters).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { plainYamlMapping } from '../../scripts/content/model/plain-yaml.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

const grayMatter = createRequire(require.resolve('@docusaurus/utils'))('@11ty/gray-matter') as { engines: { yaml: { parse(text: string): unknown } } };

/** js-yaml's reading, or 'refused' where it throws. */
function jsYamlReading(matter: string): unknown {
  try {
    return grayMatter.engines.yaml.parse(matter);
  } catch {
    return 'refused';
  }
}

const KEYS = ['title', 'sidebar_label', 'weight', 'k-e_y', '_x', '__proto__', 'constructor', 'true', 'null', '2', 'a b', 'Title'];
const VALUES = [
  'Hardening the cluster', 'x', 'Résumé', 'a,b', 'a, b (c)', "it's", 'a/b', 'a&b', 'a+b=c', 'a - b', 'a_b', 'a #b', 'a#b', 'a: b', 'a:b', 'http://x',
  'true', 'True', 'TRUE', 'tRUE', 'false', 'null', 'Null', 'nULL', 'yes', 'no', 'on', 'off', '~', 'NaN', '.nan', '.inf', 'Infinity',
  '0', '7', '10', '010', '0x1F', '0o17', '1_000', '1e3', '3.5', '-1', '+1', '123456789012345', '1234567890123456', '2024-01-01',
  '"quoted"', '"with # and : inside"', '"esc \\" aped"', '"back\\\\slash"', "'single'", "'it''s'", '""', "''", '"x" # c', '"unclosed',
  '[a, b]', '{a: 1}', '&anchor x', '*alias', '!tag x', '|', '>', '- item', '? x', '@x', '`x`', '%x',
  'a\u00A0', '\u00A0a', 'a\uFEFFb', 'emoji \uD83D\uDE00', 'a\u0085b', 'a\u2028b', 'ünïcödé', 'a\u0001b', 'a\u007Fb', 'a\u009Fb',
];
const SPACES = ['', ' ', '  ', '\t'];
const GOOD_VALUES = ['Hardening the cluster', 'x', 'Résumé', 'a, b (c)', "it's", 'a/b', '7', '340', '"quoted"', "'single'", 'ünïcödé'];
const line = fc.oneof(
  // Lines the plain reading takes, most of the time, so that whole blocks of them come up often.
  { weight: 12, arbitrary: fc.tuple(fc.constantFrom('title', 'sidebar_label', 'weight', 'k-e_y', '_x', 'constructor'), fc.constantFrom(...GOOD_VALUES)).map(([key, value]) => `${key}: ${value}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(':', ': ', ':  ', ' : '), fc.constantFrom(...VALUES), fc.constantFrom(...SPACES)).map(([key, colon, value, trailing]) => `${key}${colon}${value}${trailing}`) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '# comment', '  nested: x', '- item', 'key:', 'key: ', '...', 'title: x\r', '\tkey: x') },
);
const block = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => `\n${lines.join('\n')}\n`);

propertyTest('wherever the plain reading answers, it is js-yaml\'s reading', { runs: 3000, timeoutMs: 120_000 }, (run) => {
  let answered = 0;
  let left = 0;
  assertProperty(fc.property(block, (matter) => {
    const plain = plainYamlMapping(matter);
    if (plain === undefined) {
      left++;
      return;
    }
    answered++;
    assert.deepStrictEqual(plain, jsYamlReading(matter), JSON.stringify(matter));
  }), run);
  assert.ok(answered > run.numRuns / 20 && left > run.numRuns / 20, `both readings should be exercised (${answered} answered, ${left} left to js-yaml)`);
});

test('the plainest front matter: texts, whole numbers and quoted texts, read as js-yaml reads them', () => {
  const matter = '\ntitle: Hardening the cluster  \nweight: 340\nsidebar_label: "Label: one"\ndescription: \'A # b\'\n';
  assert.deepEqual(plainYamlMapping(matter), { title: 'Hardening the cluster', weight: 340, sidebar_label: 'Label: one', description: 'A # b' });
  assert.deepEqual(plainYamlMapping(matter), jsYamlReading(matter));
});

test('what the core schema reads otherwise, and what only js-yaml can say, is left to js-yaml', () => {
  for (const matter of ['\ndraft: true\n', '\ntitle: null\n', '\nweight: 010\n', '\nid: 2024-01-01\n', '\ntitle: a: b\n', '\ntitle: x # c\n', '\ntags: [a, b]\n', '\ntitle: x\ntitle: y\n', '\ntitle:\n', '\n# only\ntitle: x\n', '\ntitle: x\r\n', '\n__proto__: x\n']) {
    assert.equal(plainYamlMapping(matter), undefined, JSON.stringify(matter));
  }
});

test('every line of the fuzzer\'s parts, alone: where the plain reading answers, js-yaml reads the same', () => {
  let answered = 0;
  for (const key of KEYS) for (const colon of [':', ': ', ':  ', ' : ']) for (const value of VALUES) for (const trailing of SPACES) {
    const matter = `\n${key}${colon}${value}${trailing}\n`;
    const plain = plainYamlMapping(matter);
    if (plain === undefined) continue;
    answered++;
    assert.deepStrictEqual(plain, jsYamlReading(matter), JSON.stringify(matter));
  }
  assert.ok(answered > 500, `${answered} lines answered`);
});
