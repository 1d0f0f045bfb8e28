import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsOf } from '../helpers/check-fixture.ts';

test('broken-link: every failing case is reported at its position, every passing case is not', async () => {
  assert.deepEqual(await problemsOf('broken-link'), [
    'docs/intro.md:23:7 error broken-link', // missing file
    'docs/intro.md:23:36 error broken-link', // case differs
    'docs/intro.md:23:60 error broken-link', // leaves the site folder
    'docs/intro.md:24:1 error broken-link', // image missing from static/
    'docs/intro.md:24:29 error broken-link', // URL-style route that does not exist
    'docs/intro.md:25:1 error broken-link', // from docs/ into versioned_docs/
    'docs/intro.md:27:1 error broken-link', // reference definition to a missing file
    'versioned_docs/version-1.0/guide/setup.md:7:41 error broken-link', // exists only in Latest
    'versioned_docs/version-1.0/guide/setup.md:7:72 error broken-link', // from a version into docs/
  ]);
});
