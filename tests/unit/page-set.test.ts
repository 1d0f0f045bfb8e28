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
import { FIXTURES, problemsOf, problemsWith } from '../helpers/check-fixture.ts';
import { textLine } from '../../scripts/check/report.ts';
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

// Git ignores node_modules/ folders anywhere, so these pages are written when the test runs.
test('page set: a node_modules or build folder inside the docs (or src/pages) holds pages, as any other folder does', async () => {
  const problems = await problemsWith({
    'docs/node_modules/pkg/readme.md': '---\ntitle: Package\n---\n\nSee [nothing](/nowhere).\n',
    'docs/build/old.md': '---\ntitle: Old\n---\n\nThe [package](../node_modules/pkg/readme.md).\n',
    'src/pages/node_modules/extra.md': '# Extra\n\nBack [home](/build/old) and [nowhere](/no-page).\n',
    'docs/index.md': '---\nslug: /\n---\n\nThe [package](/node_modules/pkg/), the [old page](./build/old.md) and the [extra](/node_modules/extra).\n',
  });
  assert.deepEqual(problems.map(textLine), [
    'docs/node_modules/pkg/readme.md:5:5: error broken-link: no page at "/nowhere" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
    'src/pages/node_modules/extra.md:3:29: error broken-link: no page at "/no-page" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
  ]);
});
