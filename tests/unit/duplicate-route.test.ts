/**
 * Rule `duplicate-route`: two docs of one version with one id, or two pages at one address, are
 * errors at both pages (at the `slug` or `id` line when the page sets it), each naming the other.
 * tests/site/duplicate-route-build.test.ts holds the fixture to Docusaurus's own build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import { checkWith, FIXTURES } from '../helpers/check-fixture.ts';
import { textLine } from '../../scripts/check/report.ts';
import { modelOf, scanSite } from '../../scripts/content/load/load-site.ts';
import { checkDuplicateRoutes } from '../../scripts/check/rules/duplicate-route.ts';
import { writeSiteFile } from '../helpers/paths.ts';

const SITE = path.join(FIXTURES, 'duplicate-route');

async function duplicates(options: { trailingSlash?: boolean } = {}) {
  const { problems } = await checkSite(SITE, { cache: false, ...options });
  return problems.filter((problem) => problem.rule === 'duplicate-route');
}

test('duplicate-route: every clash at both pages, the look-alikes (another version, another folder) clean', async () => {
  assert.deepEqual((await duplicates()).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}`), [
    'docs/01-setup.md:1:1 error', // id `setup`: the number prefix is dropped
    'docs/about.md:1:1 warning', // `/about` and the folder index `/about/`: the build passes, one page lost
    'docs/about/index.md:1:1 warning',
    'docs/contact.md:1:1 error', // src/pages/contact.md
    'docs/draft-a.md:3:1 warning', // drafts are not published
    'docs/draft-b.md:3:1 warning',
    'docs/first.md:3:1 error', // `slug: /shared` twice, at the slug's line
    'docs/guide/guide.md:1:1 error', // a file named like its folder, and index.md
    'docs/guide/index.md:1:1 error',
    'docs/install.md:3:1 error', // `id: upgrade`, at the id's line
    'docs/second.md:3:1 error',
    'docs/setup.md:1:1 error',
    'docs/tools/README.md:1:1 error', // README.md and index.md
    'docs/tools/index.md:1:1 error',
    'docs/upgrade.md:1:1 error',
    'src/pages/contact.md:1:1 error', // docs/contact.md, reported at both
  ]);
});

test('duplicate-route: the message names the other page and what Docusaurus does; the hint says how to fix it', async () => {
  const lines = new Map((await duplicates()).map((p) => [p.file, textLine(p)]));
  assert.deepEqual(['docs/01-setup.md', 'docs/install.md', 'docs/second.md', 'docs/about/index.md', 'docs/contact.md', 'docs/draft-a.md'].map((file) => lines.get(file)), [
    'docs/01-setup.md:1:1: error duplicate-route: doc id "setup" is also the id of docs/setup.md, as the number prefix "01-" is not part of an id; Docusaurus stops with "The docs plugin found docs sharing the same id" (rename one of the files, or give one of them its own `id` in the front matter)',
    'docs/install.md:3:1: error duplicate-route: doc id "upgrade" is also the id of docs/upgrade.md; Docusaurus stops with "The docs plugin found docs sharing the same id" (rename one of the files, or give one of them its own `id` in the front matter)',
    'docs/second.md:3:1: error duplicate-route: address "/shared" is also the address of docs/first.md; Docusaurus stops with "Duplicate routes found!" (change the `slug` or `id` of one of them, or rename one file)',
    'docs/about/index.md:1:1: warning duplicate-route: address "/about/" is also the address of docs/about.md, at "/about": Docusaurus builds, but writes both to about/index.html, so only one is published (change the `slug` or `id` of one of them, or rename one file)',
    'docs/contact.md:1:1: error duplicate-route: address "/contact" is also the address of src/pages/contact.md; Docusaurus stops with "Duplicate routes found!" (change the `slug` or `id`, or rename one file, or move the src/pages page)',
    'docs/draft-a.md:3:1: warning duplicate-route: address "/drafty" is also the address of docs/draft-b.md; Docusaurus stops with "Duplicate routes found!"; a draft is involved, so only `npm start`, which shows drafts, is affected (change the `slug` or `id` of one of them, or rename one file)',
  ]);
});

test('duplicate-route: where onDuplicateRoutes is not "throw", a shared address warns, as Docusaurus does; a shared id stays an error, and a lost page a warning', async () => {
  const site = await modelOf(await scanSite(SITE, { cache: false }));
  for (const onDuplicateRoutes of [undefined, 'warn'] as const) {
    const problems = checkDuplicateRoutes({ ...site, settings: { ...site.settings, onDuplicateRoutes } });
    const second = problems.find((p) => p.file === 'docs/second.md')!;
    assert.equal(second.severity, 'warning');
    assert.equal(second.message, 'address "/shared" is also the address of docs/first.md; Docusaurus warns "Duplicate routes found!" and publishes only one of them');
    assert.equal(problems.find((p) => p.file === 'docs/contact.md')!.severity, 'warning');
    assert.equal(problems.find((p) => p.file === 'docs/setup.md')!.severity, 'error');
    assert.equal(problems.find((p) => p.file === 'docs/about.md')!.severity, 'warning');
  }
});

test('duplicate-route: with trailingSlash set, `/about` and `/about/` are one route and Docusaurus stops', async () => {
  for (const trailingSlash of [true, false]) {
    const about = (await duplicates({ trailingSlash })).find((p) => p.file === 'docs/about.md')!;
    assert.equal(about.message, 'address "/about" is also the address of docs/about/index.md, at "/about/"; Docusaurus stops with "Duplicate routes found!"');
  }
});

test('duplicate-route: a page at the address of a generated index or a tags page, at its slug line; a warning where Docusaurus only warns', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duplicate-route-generated-'));
  fs.cpSync(SITE, dir, { recursive: true });
  const write = (file: string, text: string) => writeSiteFile(dir, file, text);
  write('docs/guides/_category_.json', '{ "label": "Guides", "link": { "type": "generated-index" } }\n');
  write('docs/guides/rotate.md', '---\ntitle: Rotate\ntags: [certificates]\n---\n\nRotating.\n');
  write('docs/guides-index.md', '---\ntitle: Guides index\nslug: /category/guides\n---\n\nThe guides.\n');
  write('docs/all-tags.md', '---\ntitle: All tags\nslug: /tags\n---\n\nEvery tag.\n');
  write('docs/later.md', '---\ntitle: Later\nslug: /tags/certificates\ndraft: true\n---\n\nNot yet.\n');
  try {
    const { problems } = await checkSite(dir, { cache: false });
    const clashes = problems.filter((p) => p.rule === 'duplicate-route' && /makes itself/.test(p.message));
    assert.deepEqual(clashes.map(textLine), [
      'docs/all-tags.md:3:1: error duplicate-route: address "/tags" is also the address of a page Docusaurus makes itself (a category\'s generated index, or a tags page); Docusaurus stops with "Duplicate routes found!" (change the `slug` or `id`, or rename the file; a generated index moves with its category\'s `link.slug`)',
      'docs/guides-index.md:3:1: error duplicate-route: address "/category/guides" is also the address of a page Docusaurus makes itself (a category\'s generated index, or a tags page); Docusaurus stops with "Duplicate routes found!" (change the `slug` or `id`, or rename the file; a generated index moves with its category\'s `link.slug`)',
      // A draft is not published: only `npm start` shows both.
      'docs/later.md:3:1: warning duplicate-route: address "/tags/certificates" is also the address of a page Docusaurus makes itself (a category\'s generated index, or a tags page); Docusaurus stops with "Duplicate routes found!"; a draft is involved, so only `npm start`, which shows drafts, is affected (change the `slug` or `id`, or rename the file; a generated index moves with its category\'s `link.slug`)',
    ]);
    const site = await modelOf(await scanSite(dir, { cache: false }));
    const warned = checkDuplicateRoutes({ ...site, settings: { ...site.settings, onDuplicateRoutes: undefined } }).find((p) => p.file === 'docs/all-tags.md')!;
    assert.equal(warned.severity, 'warning');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('duplicate-route: a page of src/pages at the address of another one, of a doc or of a page Docusaurus makes, at the page (its slug line); a draft page publishes nothing', async () => {
  const config = fs.readFileSync(path.join(FIXTURES, 'markdown-pages', 'docusaurus.config.js'), 'utf8').replace("onBrokenLinks: 'throw',", "onBrokenLinks: 'throw',\n  onDuplicateRoutes: 'throw',");
  const page = (title: string, more = '') => `---\ntitle: ${title}\n${more}---\n\n# ${title}\n`;
  const { problems } = await checkWith({
    'docusaurus.config.js': config,
    'docs/guides/_category_.json': '{ "label": "Guides", "link": { "type": "generated-index" } }\n',
    'docs/guides/rotate.md': '---\ntitle: Rotate\ntags: [certs]\n---\n\nText.\n',
    'src/pages/docs/tags.md': page('Tags'),
    'src/pages/docs/category/guides.md': page('Guides'),
    'src/pages/docs/intro.md': page('Intro'),
    'src/pages/about.js': "import React from 'react';\nexport default function About() { return <p>About</p>; }\n",
    'src/pages/moved.md': page('Moved', 'slug: /dashboard\n'),
    // Look-alikes: a draft publishes nothing; a draft doc at a page's address only warns.
    'src/pages/docs/later.md': page('Later', 'draft: true\n'),
    'docs/later.md': page('Later'),
    'docs/soon.md': page('Soon', 'slug: /soon\ndraft: true\n'),
    'src/pages/docs/soon.md': page('Soon'),
  }, 'markdown-pages');
  assert.deepEqual(problems.filter((p) => p.file.startsWith('src/pages/') || p.file === 'docs/intro.md').map(textLine), [
    'docs/intro.md:1:1: error duplicate-route: address "/docs/intro" is also the address of src/pages/docs/intro.md; Docusaurus stops with "Duplicate routes found!" (change the `slug` or `id`, or rename one file, or move the src/pages page)',
    'src/pages/about.js:1:1: error duplicate-route: address "/about" of this page of src/pages is also the address of src/pages/about.md; Docusaurus stops with "Duplicate routes found!" (rename or move the file in src/pages, or move the other page)',
    'src/pages/about.md:1:1: error duplicate-route: address "/about" of this page of src/pages is also the address of src/pages/about.js; Docusaurus stops with "Duplicate routes found!" (rename or move the file in src/pages, or move the other page)',
    'src/pages/dashboard.js:1:1: error duplicate-route: address "/dashboard" of this page of src/pages is also the address of src/pages/moved.md; Docusaurus stops with "Duplicate routes found!" (rename or move the file in src/pages, or move the other page)',
    'src/pages/docs/category/guides.md:1:1: error duplicate-route: address "/docs/category/guides" of this page of src/pages is also the address of a page Docusaurus makes itself (a category\'s generated index, or a tags page); Docusaurus stops with "Duplicate routes found!" (rename or move the file in src/pages, or move the other page)',
    'src/pages/docs/intro.md:1:1: error duplicate-route: address "/docs/intro" of this page of src/pages is also the address of docs/intro.md; Docusaurus stops with "Duplicate routes found!" (rename or move the file in src/pages, or move the other page)',
    'src/pages/docs/soon.md:1:1: warning duplicate-route: address "/docs/soon" of this page of src/pages is also the address of docs/soon.md; Docusaurus stops with "Duplicate routes found!"; a draft is involved, so only `npm start`, which shows drafts, is affected (rename or move the file in src/pages, or move the other page)',
    'src/pages/docs/tags.md:1:1: error duplicate-route: address "/docs/tags" of this page of src/pages is also the address of a page Docusaurus makes itself (a category\'s generated index, or a tags page); Docusaurus stops with "Duplicate routes found!" (rename or move the file in src/pages, or move the other page)',
    'src/pages/moved.md:3:1: error duplicate-route: address "/dashboard" of this page of src/pages is also the address of src/pages/dashboard.js; Docusaurus stops with "Duplicate routes found!" (change the `slug`, or move the other page)',
  ]);
  assert.deepEqual(problems.filter((p) => p.file.startsWith('docs/') && p.file !== 'docs/intro.md').map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), ['docs/soon.md:3 warning duplicate-route']);
});
