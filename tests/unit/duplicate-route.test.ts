/**
 * Rule `duplicate-route`: two docs of one version with one id, or two pages at one address, are
 * errors at both pages (at the `slug` or `id` line when the page sets it), each naming the other.
 * tests/site/duplicate-route-build.test.ts holds the fixture to Docusaurus's own build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';

const SITE = path.join(FIXTURES, 'duplicate-route');

async function duplicates(options: { trailingSlash?: boolean } = {}) {
  const { problems } = await checkSite(SITE, { cache: false, ...options });
  return problems.filter((problem) => problem.rule === 'duplicate-route');
}

test('duplicate-route: every clash at both pages, the look-alikes (another version, another folder) clean', async () => {
  assert.deepEqual((await duplicates()).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}`), [
    'docs/01-setup.md:1:1 error', // id `setup`: the number prefix is dropped
    'docs/about.md:1:1 error', // `/about` and the folder index `/about/`
    'docs/about/index.md:1:1 error',
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
  ]);
});

test('duplicate-route: the message names the other page and what Docusaurus does; the hint says how to fix it', async () => {
  const byFile = new Map((await duplicates()).map((p) => [p.file, p]));
  const told = (file: string) => {
    const { message, hint } = byFile.get(file)!;
    return { message, hint };
  };
  assert.deepEqual(told('docs/01-setup.md'), {
    message: 'doc id "setup" (the number prefix "01-" is not part of an id) is also the id of docs/setup.md; Docusaurus stops with "The docs plugin found docs sharing the same id"',
    hint: 'rename one of the files, or give one of them its own `id` in the front matter',
  });
  assert.deepEqual(told('docs/install.md'), {
    message: 'doc id "upgrade" is also the id of docs/upgrade.md; Docusaurus stops with "The docs plugin found docs sharing the same id"',
    hint: 'rename one of the files, or give one of them its own `id` in the front matter',
  });
  assert.deepEqual(told('docs/second.md'), {
    message: 'address "/shared" is also the address of docs/first.md; Docusaurus stops with "Duplicate routes found!"',
    hint: 'change the `slug` (or `id`) of one of them, or rename one file',
  });
  assert.deepEqual(told('docs/about/index.md'), {
    message: 'address "/about/" is also the address of docs/about.md ("/about"): Docusaurus builds, but writes both to about/index.html, so only one is published',
    hint: 'change the `slug` (or `id`) of one of them, or rename one file',
  });
  assert.deepEqual(told('docs/contact.md'), {
    message: 'address "/contact" is also the address of a page in src/pages; Docusaurus stops with "Duplicate routes found!"',
    hint: 'change the `slug` (or `id`), or rename one file, or move the src/pages page',
  });
  assert.equal(
    told('docs/draft-a.md').message,
    'address "/drafty" is also the address of docs/draft-b.md; Docusaurus stops with "Duplicate routes found!"; a draft is involved, so only `npm start` (which shows drafts) is affected',
  );
});

test('duplicate-route: with trailingSlash set, `/about` and `/about/` are one route and Docusaurus stops', async () => {
  for (const trailingSlash of [true, false]) {
    const about = (await duplicates({ trailingSlash })).find((p) => p.file === 'docs/about.md')!;
    assert.equal(about.message, 'address "/about" is also the address of docs/about/index.md ("/about/"); Docusaurus stops with "Duplicate routes found!"');
  }
});
