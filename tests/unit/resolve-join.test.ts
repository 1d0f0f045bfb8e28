/** The links rule's own join of a page's folder and a link's path: the same as path.posix.join, cheaper in the usual shapes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { joinFromFolder } from '../../scripts/check/resolve.ts';
import { assertProperty, propertyRun } from '../helpers/property.ts';

test('the usual shapes of a link join as path.posix.join joins them', () => {
  const cases: Array<[string, string]> = [
    ['docs/faq', 'security.md'], ['docs/faq', './security.md'], ['docs/faq', '../guide/x.md'],
    ['docs/a/b', '../../c.md'], ['docs', '../static/x.png'], ['docs', '../../x.md'], ['.', 'x.md'],
    ['docs/faq', './../x.md'], ['docs/faq', 'a/./b.md'], ['docs/faq', 'a//b.md'], ['docs/faq', 'a/'],
    ['docs/faq', ''], ['docs/faq', '.'], ['docs/faq', '..'], ['docs/faq', '../..'], ['..', 'x.md'],
    ['../docs', '../x.md'], ['docs/..x', 'y.md'], ['docs/faq', '.hidden.md'], ['docs/faq', '...md'],
  ];
  for (const [folder, relative] of cases) assert.equal(joinFromFolder(folder, relative), path.posix.join(folder, relative), `${folder} + ${relative}`);
});

test('any folder and link path join as path.posix.join joins them', () => {
  const segment = fc.constantFrom('docs', 'a', 'b', '.', '..', '', '.x', 'x.', '...', 'v-1.0');
  const folder = fc.array(fc.constantFrom('docs', 'a', 'b', 'v-1.0', '..'), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
  const relative = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));
  assertProperty(fc.property(fc.oneof(folder, fc.constant('.')), relative, (from, to) => {
    assert.equal(joinFromFolder(from, to), path.posix.join(from, to));
  }), propertyRun(2_000));
});
