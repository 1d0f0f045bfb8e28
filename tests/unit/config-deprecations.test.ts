/**
 * What Docusaurus warns about in a config it takes (load/config-deprecations.ts): the top-level
 * onBrokenMarkdownLinks, asked of the value as Docusaurus asks it, placed at the key.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configDeprecations } from '../../scripts/content/load/config-deprecations.ts';

const places = (config: Record<string, unknown>, text: string) => configDeprecations(config, text).map(({ line, column }) => `${line}:${column}`);

test('onBrokenMarkdownLinks at the top level is a deprecation, at its key, with the new place in the hint', () => {
  const text = "export default {\n  title: 'T',\n  onBrokenMarkdownLinks: 'warn',\n};\n";
  const [warning, ...more] = configDeprecations({ title: 'T', onBrokenMarkdownLinks: 'warn' }, text);
  assert.deepEqual(more, []);
  assert.deepEqual([warning.line, warning.column], [3, 3]);
  assert.match(warning.message, /deprecated since Docusaurus 3\.9/);
  assert.equal(warning.hint, 'move it: markdown: { hooks: { onBrokenMarkdownLinks: "warn" } }');
});

test('the key in markdown.hooks is the new place: nothing; written in both places, the top-level one is named', () => {
  const hooksOnly = "module.exports = {\n  markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } },\n};\n";
  assert.deepEqual(places({ markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } } }, hooksOnly), []);
  const both = "module.exports = {\n  markdown: {\n    hooks: {\n      onBrokenMarkdownLinks: 'throw',\n    },\n  },\n  'onBrokenMarkdownLinks': 'warn',\n};\n";
  assert.deepEqual(places({ markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } }, onBrokenMarkdownLinks: 'warn' }, both), ['7:3']);
});

test('Docusaurus tests the value: an undefined or empty one is no deprecation', () => {
  assert.deepEqual(places({ onBrokenMarkdownLinks: undefined }, 'onBrokenMarkdownLinks: undefined'), []);
  assert.deepEqual(places({ onBrokenMarkdownLinks: '' }, "onBrokenMarkdownLinks: ''"), []);
});

test('a key the text does not show (a config built by a function) is placed at the file\'s start', () => {
  assert.deepEqual(places({ onBrokenMarkdownLinks: 'warn' }, 'export default makeConfig({ level: "warn" });\n'), ['1:1']);
});
