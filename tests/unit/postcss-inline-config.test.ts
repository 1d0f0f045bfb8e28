/**
 * The postcss-inline-config plugin turns off postcss-loader's search for a postcss.config.* file
 * and keeps the PostCSS plugins Docusaurus and other plugins configured inline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import postcssInlineConfigPlugin from '../../src/plugins/postcss-inline-config/index.ts';

test('postcss-inline-config: no config file search, the inline plugins kept', () => {
  const plugin = postcssInlineConfigPlugin();
  const autoprefixer = { postcssPlugin: 'autoprefixer' };
  const options = { ident: 'postcss', plugins: [autoprefixer] };
  const result = plugin.configurePostCss!(options);
  assert.equal(result.config, false);
  assert.deepEqual(result.plugins, [autoprefixer]);
  assert.equal(result.ident, 'postcss');
});
