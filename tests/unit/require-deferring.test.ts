/**
 * Docusaurus's front matter schema loads without the rest of @docusaurus/utils, nor what
 * @docusaurus/utils-validation only re-exports (content/model/require-deferring.ts), and answers
 * exactly as when loaded the usual way.
 * Node runs each test file in a process of its own: nothing here has loaded the package before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { requireDeferring } from '../../scripts/content/model/require-deferring.ts';

const require = createRequire(import.meta.url);
const DOCS_FRONT_MATTER = '@docusaurus/plugin-content-docs/lib/frontMatter.js';
type Schema = typeof import('@docusaurus/plugin-content-docs/lib/frontMatter.js');
const UTILS = { specifier: '@docusaurus/utils', requiredFrom: '@docusaurus/utils-validation', eagerFile: 'constants.js' };
const TAGS_FILE = { specifier: './tagsFile', requiredFrom: '@docusaurus/utils-validation' };
const VALIDATION_UTILS = { specifier: './validationUtils', requiredFrom: '@docusaurus/utils-validation' };
const DEFERRED = [UTILS, TAGS_FILE, VALIDATION_UTILS];
const fileOf = ({ specifier, requiredFrom }: { specifier: string; requiredFrom: string }) => createRequire(require.resolve(requiredFrom)).resolve(specifier);
const utilsMain = fileOf(UTILS);
/** Packages only the re-exported parts of utils-validation need (a tags file's reader, option validators' messages). */
const ONLY_REEXPORTED = ['fs-extra', 'lodash', '@docusaurus/logger'].map((name) => createRequire(fileOf(TAGS_FILE)).resolve(name));

/** Drop the modules whose paths match from Node's module cache: the next require loads them afresh. */
const forget = (paths: RegExp) => Object.keys(require.cache).forEach((id) => paths.test(id) && delete require.cache[id]);

const FRONT_MATTERS: Array<Record<string, unknown>> = [
  { title: 'A page', sidebar_label: 'A', slug: '/a' },
  { id: 5, hide_table_of_contents: 'maybe', tags: 5 },
  { image: 'not a url with spaces', keywords: ['a', 3], sidebar_position: '3' },
  { draft: true, unlisted: true, toc_min_heading_level: 4, toc_max_heading_level: 3 },
  { last_update: { date: 'yesterday' }, pagination_next: null, custom_edit_url: 'https://example.com/edit' },
];

test('the schema loads without @docusaurus/utils, which loads on first use of the rest of it', () => {
  assert.equal(require.cache[utilsMain], undefined, 'nothing loaded the package before this test');
  const deferred = requireDeferring<Schema>(import.meta.filename, DOCS_FRONT_MATTER, DEFERRED);
  assert.equal(require.cache[utilsMain], undefined, 'the stand-in is gone, and the package was not loaded');
  for (const file of [fileOf(TAGS_FILE), fileOf(VALIDATION_UTILS), ...ONLY_REEXPORTED]) assert.equal(require.cache[file], undefined, `${file} not loaded`);
  const deferredAnswers = FRONT_MATTERS.map((data) => deferred.DocFrontMatterSchema.validate(data, { convert: true, allowUnknown: true, abortEarly: false }));

  // The same module loaded the usual way, in a fresh copy: every answer is the same.
  forget(/@docusaurus[\\/](plugin-content-docs|utils-validation)[\\/]/);
  const usual = require(DOCS_FRONT_MATTER) as Schema;
  assert.notEqual(usual.DocFrontMatterSchema, deferred.DocFrontMatterSchema);
  assert.ok(require.cache[utilsMain], 'the usual way loads the package');
  FRONT_MATTERS.forEach((data, i) => {
    const expected = usual.DocFrontMatterSchema.validate(data, { convert: true, allowUnknown: true, abortEarly: false });
    assert.deepEqual(deferredAnswers[i].value, expected.value);
    assert.deepEqual(deferredAnswers[i].error?.details, expected.error?.details);
  });
  assert.ok(FRONT_MATTERS.some((_, i) => deferredAnswers[i].error !== undefined), 'some front matter fails');
});

test('a stand-in loads the whole package when anything beyond its eager part is used', () => {
  forget(/@docusaurus[\\/](utils|utils-validation|plugin-content-docs)[\\/]/);
  assert.equal(require.cache[utilsMain], undefined);
  const validation = requireDeferring<{ PathnameSchema: import('joi').StringSchema }>(import.meta.filename, '@docusaurus/utils-validation/lib/validationSchemas.js', DEFERRED);
  assert.equal(require.cache[utilsMain], undefined, 'not loaded yet');
  // PathnameSchema calls isValidPathname of @docusaurus/utils, which is not in constants.js.
  assert.equal(validation.PathnameSchema.validate('/docs/a').error, undefined);
  assert.ok(validation.PathnameSchema.validate('https://x.com/a').error);
  assert.ok(require.cache[utilsMain], 'the package is loaded now');
});

test('what utils-validation re-exports loads when it is used', () => {
  forget(/@docusaurus[\\/](utils|utils-validation|plugin-content-docs)[\\/]|[\\/](fs-extra|lodash|@docusaurus[\\/]logger)[\\/]/);
  const validation = requireDeferring<typeof import('@docusaurus/utils-validation')>(import.meta.filename, '@docusaurus/utils-validation', DEFERRED);
  assert.equal(require.cache[fileOf(TAGS_FILE)], undefined, 'not loaded yet');
  assert.equal(typeof validation.getTagsFile, 'function');
  assert.ok(require.cache[fileOf(TAGS_FILE)], 'loaded on first use');
  const { error } = validation.Joi.object({ a: validation.Joi.number() }).validate({ a: 'x' });
  assert.throws(() => validation.validateFrontMatter({ title: 5 }, validation.Joi.object({ title: validation.Joi.string() })), /title/);
  assert.ok(error);
  assert.ok(require.cache[fileOf(VALIDATION_UTILS)]);
});
