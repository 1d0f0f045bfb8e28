/**
 * Which files are pages: those the docs plugin lists, with its `include` and `exclude` and the
 * globbing Docusaurus uses (globby skips dotfiles and dot-folders). Other files are neither
 * checked nor pages that links can reach; partials stay readable through their imports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { Globby } from '@docusaurus/utils/lib/globUtils.js';
import { DEFAULT_OPTIONS } from '@docusaurus/plugin-content-docs/lib/options.js';
import { FIXTURES, problemsOf } from '../helpers/check-fixture.ts';
import { diskView } from '../../scripts/content/load/disk-view.ts';
import { defaultDocs, readSettings } from '../../scripts/content/load/site-config.ts';

const SITE = path.join(FIXTURES, 'page-set');

test('page set: dotfiles, dot-folders and excluded folders are not pages; links to them are broken', async () => {
  assert.deepEqual(await problemsOf('page-set'), [
    'docs/intro.md:11:3 error broken-link', // .hidden.md exists, but Docusaurus does not list it
    'docs/intro.md:11:52 error broken-link', // archive/ is excluded by the config
  ]);
});

test('page set: the config\'s include and exclude are read', async () => {
  const { docs } = await readSettings(SITE);
  assert.deepEqual(docs.include, ['**/*.{md,mdx}']);
  assert.deepEqual(docs.exclude, ['**/_*.{md,mdx}', '**/_*/**', '**/archive/**']);
});

test('page set: the defaults are the docs plugin\'s own', () => {
  assert.deepEqual(defaultDocs().include, DEFAULT_OPTIONS.include);
  assert.deepEqual(defaultDocs().exclude, DEFAULT_OPTIONS.exclude);
});

test('page set: the same pages as the docs plugin\'s Globby, for the defaults and for custom patterns', async () => {
  const cases = [
    defaultDocs(),
    { include: ['**/*.md'], exclude: ['**/archive/**'] },
    { include: ['**/*.{md,mdx}', '.drafts/*.md'], exclude: [] }, // a dot-folder named explicitly is listed
    { include: ['notes/**/*.mdx', '*.md'], exclude: ['guide.md'] },
  ];
  for (const patterns of cases) {
    const ours = diskView(SITE).listVersion('docs', patterns).pages.map(({ source }) => source).sort();
    const docusaurus = (await Globby(patterns.include, { cwd: path.join(SITE, 'docs'), ignore: patterns.exclude })).sort();
    assert.deepEqual(ours, docusaurus, JSON.stringify(patterns));
  }
});
