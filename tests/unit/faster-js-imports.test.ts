/**
 * `future.faster`'s SWC loader reads every script as TypeScript with JSX (load/faster.ts): an
 * import of a name a JavaScript module never uses is dropped from the bundle, so a missing
 * module there does not stop that build; with Babel (no `faster`) it does. diff68 built both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, problemsWith } from '../helpers/check-fixture.ts';
import { swcJsLoaderField } from '../../scripts/content/load/faster.ts';

const CONFIG = fs.readFileSync(path.join(FIXTURES, 'mdx', 'docusaurus.config.js'), 'utf8');
const withFuture = (future: string) => CONFIG.replace(/ {2}future: .*\n/, `  future: ${future},\n`);
const ROOT = (body: string) => `import React from 'react';\nimport Banner from './Banner';\n\nexport default function Root({ children }) {\n  return <>${body}{children}</>;\n}\n`;
const placed = async (files: Record<string, string>) =>
  (await problemsWith(files)).filter((p) => p.rule === 'broken-link').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}`);

test('faster on: a replaced Root.js that imports a missing ./Banner it never uses builds; one that renders it stops', async () => {
  assert.deepEqual(await placed({ 'docusaurus.config.js': withFuture('{ faster: true }'), 'src/theme/Root.js': ROOT('') }), []);
  assert.deepEqual(await placed({ 'docusaurus.config.js': withFuture('{ faster: true }'), 'src/theme/Root.js': ROOT('<Banner />') }), ['src/theme/Root.js:2:20 error']);
});

test('faster off (Babel keeps every import): the unused import of a missing ./Banner stops the build', async () => {
  assert.deepEqual(await placed({ 'docusaurus.config.js': withFuture('{ faster: false }'), 'src/theme/Root.js': ROOT('') }), ['src/theme/Root.js:2:20 error']);
  assert.deepEqual(await placed({ 'docusaurus.config.js': withFuture('{ faster: { swcJsLoader: false, rspackBundler: true } }'), 'src/theme/Root.js': ROOT('') }), ['src/theme/Root.js:2:20 error']);
});

test('the SWC loader as Docusaurus 3.10 resolves it: faster, its swcJsLoader, or future.v4\'s fasterByDefault', () => {
  const on = (config: Record<string, unknown>) => swcJsLoaderField(config).swcJsLoader === true;
  assert.equal(on({}), false);
  assert.equal(on({ future: { faster: true } }), true);
  assert.equal(on({ future: { faster: { swcJsLoader: true } } }), true);
  assert.equal(on({ future: { faster: { rspackBundler: true } } }), false);
  assert.equal(on({ future: { v4: true } }), true);
  assert.equal(on({ future: { v4: { fasterByDefault: true }, faster: { swcJsLoader: false } } }), false);
  assert.equal(on({ future: { v4: { removeLegacyPostBuildHeadAttribute: true } } }), false);
});
