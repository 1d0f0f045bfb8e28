/**
 * Data written out in a page's JavaScript, read without running it (extract/static-value.ts):
 * what the check knows of `export const ports = {…}`. Anything the page computes is unknown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseExpressionAt } from 'acorn';
import { staticValueOf } from '../../scripts/content/extract/static-value.ts';

const valueOf = (code: string) => staticValueOf(parseExpressionAt(code, 0, { ecmaVersion: 'latest' }))?.value;

test('objects, lists, text, numbers, booleans and null written out are read, nested', () => {
  assert.deepEqual(valueOf('{api: 6443, "web ui": [80, 443], tls: {on: true, ca: null}, name: `rancher`, low: -1}'), {
    api: 6443, 'web ui': [80, 443], tls: { on: true, ca: null }, name: 'rancher', low: -1,
  });
  assert.deepEqual(valueOf('[]'), []);
  assert.equal(valueOf("'x'"), 'x');
  assert.deepEqual(valueOf('{1: "one"}'), { 1: 'one' });
});

test('whatever the page computes makes the whole value unknown', () => {
  for (const code of ['{a: b}', '{a}', '{...base, a: 1}', '{[key]: 1}', '{f() {}}', '{get a() { return 1; }}', '[1, , 2]', '[...xs]', '`port ${p}`', 'f()', '/x/', '10n', 'undefined', '-x', 'Infinity', '{__proto__: {a: 1}}', '{a: [1, {b: c}]}']) {
    assert.equal(staticValueOf(parseExpressionAt(code, 0, { ecmaVersion: 'latest' })), undefined, code);
  }
  assert.equal(staticValueOf(undefined), undefined);
});

test('data nested deeper than any page writes by hand is taken as unknown', () => {
  assert.equal(valueOf('['.repeat(40) + ']'.repeat(40)), undefined);
  assert.ok(Array.isArray(valueOf('['.repeat(20) + ']'.repeat(20))));
});
