/**
 * Docusaurus's front matter schema is asked once per shape of front matter that it lets through
 * (model/front-matter-schema.ts): texts count as "some text" where the key's schema takes any,
 * keys it does not describe are left out. Held here to the schema asked about every front
 * matter, in any order, with Docusaurus's own schema object.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocFrontMatterSchema } from '@docusaurus/plugin-content-docs/lib/frontMatter.js';
import { anyTextKeysOf, displayedSidebarOf, docIdOf, docusaurusFailures, loadDocusaurusSchema, paginationIdOf, slugOf, validatedBySchema, validatedFailures } from '../../scripts/content/model/front-matter-schema.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

type Data = Record<string, unknown>;

/**
 * The verdict as the check gave it before the memo: nothing for a front matter of the site's own
 * keys alone (its rules are stricter), else the whole schema, then the id rule on the value the
 * schema converted.
 */
function verdictAskedEachTime(data: Data) {
  if (!validatedBySchema(data)) return [];
  const failures = validatedFailures(data);
  const { value } = DocFrontMatterSchema.validate(data, { convert: true, allowUnknown: true, abortEarly: false });
  const id = (value as Data | undefined)?.id;
  if (!failures.some((failure) => failure.key === 'id') && typeof id === 'string' && id.includes('/')) failures.push({ key: 'id', path: ['id'], type: 'id.slash', value: id });
  return failures;
}

const TEXTS = ['', 'Hardening', 'a/b', 'https://example.com/x.png', '/img/x.png', 'not a url %%', ' ', '2021'];
const SCALARS: unknown[] = [...TEXTS, 0, 2, 7, -1, 1.5, -0, Number.NaN, true, false, null, new Date('2024-05-06T00:00:00Z')];
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SCALARS) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...SCALARS), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('author', 'date', 'label', 'permalink', 'x'), fc.constantFrom(...SCALARS), { maxKeys: 2 }) },
);
// Keys of every kind the schema has (plain texts, texts allowing null or '', numbers with rules
// and references, booleans, lists, objects, URLs) and keys it does not describe.
const KEYS = ['id', 'title', 'description', 'slug', 'sidebar_label', 'displayed_sidebar', 'pagination_next', 'sidebar_position', 'hide_title', 'draft', 'unlisted',
  'toc_min_heading_level', 'toc_max_heading_level', 'tags', 'keywords', 'image', 'custom_edit_url', 'last_update', 'sidebar_custom_props', 'weight', 'aliases'];
const frontMatter = fc.dictionary(fc.constantFrom(...KEYS), value, { minKeys: 1, maxKeys: 5 });

propertyTest('the schema\'s verdict through the memo is its verdict asked about each front matter, whatever came before', { runs: 300, timeoutMs: 120_000 }, (run) => {
  let passed = 0;
  let refused = 0;
  assertProperty(fc.property(fc.array(frontMatter, { minLength: 1, maxLength: 30 }), (batch) => {
    // Each front matter, then one of its shape: its texts changed where they are texts.
    const withTwins = batch.flatMap((data) => [data, Object.fromEntries(Object.entries(data).map(([key, item]) => [key, typeof item === 'string' && item !== '' ? `${item} again` : item]))]);
    for (const data of withTwins) {
      const expected = verdictAskedEachTime(data);
      if (expected.length === 0) passed++;
      else refused++;
      assert.deepStrictEqual(docusaurusFailures(data), expected, JSON.stringify(data));
    }
  }), run);
  assert.ok(passed > 0 && refused > 0, `the front matters should mix verdicts (${passed} passed, ${refused} refused)`);
});

test('the keys that take any text are the schema\'s strings without rules: ids, titles, labels, slugs; not URLs, lists or numbers', () => {
  const keys = anyTextKeysOf(DocFrontMatterSchema);
  for (const key of ['id', 'title', 'description', 'slug', 'sidebar_label', 'displayed_sidebar', 'pagination_next', 'pagination_prev']) assert.ok(keys.has(key), key);
  for (const key of ['image', 'custom_edit_url', 'tags', 'keywords', 'sidebar_position', 'toc_min_heading_level', 'draft', 'last_update']) assert.ok(!keys.has(key), key);
});

test('front matters of one shape that passed pass; an empty text, or another value where the schema wants a boolean, is refused', () => {
  const first = { title: 'One', sidebar_label: 'First label', hide_title: true, weight: 10 };
  const second = { title: 'Two', sidebar_label: 'Second label', hide_title: true, weight: 20 };
  assert.deepEqual(docusaurusFailures(first), []);
  assert.deepEqual(docusaurusFailures(second), []);
  const empty = { title: 'Three', sidebar_label: '', hide_title: true };
  assert.deepEqual(docusaurusFailures(empty).map(({ key, type }) => `${key} ${type}`), ['sidebar_label string.empty']);
  assert.deepEqual(docusaurusFailures({ title: 'Four', sidebar_label: 'x', hide_title: 'maybe' }).map(({ key, type }) => `${key} ${type}`), ['hide_title boolean.base']);
});

// A field of any text is read as written once the schema's facts are known (from the schema, or
// an earlier check's memo): held here to the value the schema itself converts.
propertyTest('a slug, id, sidebar or pagination id is read as the schema converts it, texts of any kind included', { runs: 300, timeoutMs: 120_000 }, (run) => {
  loadDocusaurusSchema();
  const readers = { slug: slugOf, id: docIdOf, displayed_sidebar: displayedSidebarOf, pagination_next: (data: Data) => paginationIdOf(data, 'next') };
  const written = fc.oneof(fc.string(), fc.constantFrom(...SCALARS), fc.string({ unit: 'grapheme' }));
  assertProperty(fc.property(fc.constantFrom(...(Object.keys(readers) as Array<keyof typeof readers>)), written, (key, item) => {
    const { error, value } = DocFrontMatterSchema.extract(key).validate(item, { convert: true });
    const converted = error || typeof value !== 'string' ? undefined : value;
    const expected = key === 'displayed_sidebar' || key === 'pagination_next' ? converted || undefined : converted;
    assert.equal(readers[key]({ [key]: item }), expected, JSON.stringify(item));
  }), run);
});
