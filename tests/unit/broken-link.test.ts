import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsOf } from '../helpers/check-fixture.ts';

test('broken-link: every failing case is reported at its position, every passing case is not', async () => {
  assert.deepEqual(await problemsOf('broken-link'), [
    'docs/intro.md:24:7 error broken-link', // missing file
    'docs/intro.md:24:36 error broken-link', // case differs
    'docs/intro.md:24:60 error broken-link', // leaves the site folder
    'docs/intro.md:25:1 error broken-link', // image missing from static/
    'docs/intro.md:25:29 error broken-link', // URL-style route that does not exist
    'docs/intro.md:26:1 warning broken-link', // from docs/ into versioned_docs/: Docusaurus follows it
    'docs/intro.md:28:1 error broken-link', // reference definition to a missing file
    'docs/intro.md:30:7 error broken-link', // @site/ page that does not exist
    'docs/intro.md:30:55 error broken-link', // @site/ image that does not exist
    'versioned_docs/version-1.0/guide/setup.md:7:41 error broken-link', // exists only in Latest
    'versioned_docs/version-1.0/guide/setup.md:7:72 warning broken-link', // from a version into docs/: followed, warned
  ]);
});
