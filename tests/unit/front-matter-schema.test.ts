/**
 * The narrow copies of Docusaurus's front matter schema (schemaForKeys): each must give the
 * verdict and the converted value that the whole schema gives, for any front matter.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Joi } from '@docusaurus/utils-validation';
import type { ObjectSchema } from 'joi';
import { DocFrontMatterSchema } from '@docusaurus/plugin-content-docs/lib/frontMatter.js';
import { schemaForKeys } from '../../scripts/content/model/front-matter-schema.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

const OPTIONS = { convert: true, allowUnknown: true, abortEarly: false } as const;
const narrow = schemaForKeys(DocFrontMatterSchema);

/** What a validation answers, in a form deepEqual compares: each failure and the value. */
function outcome(schema: ObjectSchema, data: Record<string, unknown>) {
  const { error, value } = schema.validate(data, OPTIONS);
  const failures = (error?.details ?? []).map(({ type, path, message, context }) => ({ type, path, message, value: context?.value, limit: context?.limit }));
  return { failures, value };
}

const describedKeys = Object.keys(DocFrontMatterSchema.describe().keys ?? {});
const childCount = (schema: ObjectSchema) => (schema.$_terms as { keys: unknown[] }).keys.length;
/** The keys a schema validates, in its order. */
const keysIn = (schema: ObjectSchema) => Array.from((schema.$_terms as { keys: Array<{ key: string }> }).keys, ({ key }) => key);

// Values of every kind YAML gives, and those Docusaurus's keys convert or refuse.
const scalar = fc.oneof(
  fc.constantFrom('', 'a/b', 'false', 'true', '3', '2.5', '/custom', 'https://example.com/x', 'not a url', 'draft', 'x'),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -2, max: 8 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(new Date('2024-05-06T00:00:00Z')),
);
const value = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(fc.oneof(scalar, fc.record({ label: scalar, permalink: scalar }, { requiredKeys: [] })), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('author', 'date', 'other'), scalar, { maxKeys: 3 }) },
);
const frontMatter = fc.dictionary(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...describedKeys) }, { weight: 1, arbitrary: fc.constantFrom('weight', 'draft', 'unlisted', 'aliases', 'toc') }), value, { maxKeys: 6 });

propertyTest('a narrow copy of the schema answers every front matter as the whole schema does', { runs: 3000, timeoutMs: 120_000 }, (run) => {
  let narrowed = 0;
  assertProperty(fc.property(frontMatter, (data) => {
    const schema = narrow(data);
    if (schema !== DocFrontMatterSchema) narrowed++;
    assert.deepStrictEqual(outcome(schema, data), outcome(DocFrontMatterSchema, data));
  }), run);
  assert.ok(narrowed > run.numRuns / 2, `only ${narrowed} of ${run.numRuns} front matters got a narrow copy`);
});

test('a copy holds the keys a front matter has, and those whose absence may matter', () => {
  const schema = narrow({ title: 'Hardening', weight: 3, sidebar_label: 'Hardening' });
  const keys = keysIn(schema);
  assert.ok(keys.includes('title') && keys.includes('sidebar_label'), keys.join());
  // toc_min_heading_level has a condition on another key: it is always validated.
  assert.ok(keys.includes('toc_min_heading_level'), keys.join());
  assert.ok(childCount(schema) < childCount(DocFrontMatterSchema) / 4, keys.join());
  assert.equal(narrow({ sidebar_label: 'Other', title: 'Other' }), schema, 'one copy per set of keys');
});

test('what a narrow copy must still refuse: rules across keys, conversions, nested objects', () => {
  const cases: Array<Record<string, unknown>> = [
    { draft: true, unlisted: true, title: 'x' }, // the object's own rule
    { toc_min_heading_level: 4, toc_max_heading_level: 3 }, // a reference to another key
    { toc_min_heading_level: 7 },
    { last_update: { other: 1 } }, // an object that needs author or date
    { id: 2021, sidebar_position: '3', parse_number_prefixes: 'false' }, // converted values
    { tags: 5, hide_table_of_contents: 'maybe' },
  ];
  for (const data of cases) {
    assert.deepStrictEqual(outcome(narrow(data), data), outcome(DocFrontMatterSchema, data), JSON.stringify(data));
  }
  assert.ok(outcome(narrow(cases[0]), cases[0]).failures.some(({ type }) => type === 'frontMatter.draftAndUnlistedError'));
  assert.ok(outcome(narrow(cases[1]), cases[1]).failures.some(({ type }) => type === 'number.max'));
});

test('a schema whose rules read several keys gets no copy', () => {
  const withDependency = Joi.object({ a: Joi.string(), b: Joi.string(), c: Joi.string() }).with('a', 'b');
  assert.equal(schemaForKeys(withDependency)({ a: 'x' }), withDependency);
  const plain = Joi.object({ a: Joi.string(), b: Joi.string().required(), c: Joi.string().default('d') });
  // A required key and a key with a default stay in every copy.
  const copy = schemaForKeys(plain)({ a: 'x' });
  assert.deepEqual(keysIn(copy), ['a', 'b', 'c']);
  const partial = schemaForKeys(Joi.object({ a: Joi.string(), b: Joi.string(), c: Joi.number() }))({ c: 'x' });
  assert.deepEqual(keysIn(partial), ['c']);
});
