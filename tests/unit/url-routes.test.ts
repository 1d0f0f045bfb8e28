import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsOf } from '../helpers/check-fixture.ts';

test('URL-style links resolve against the page URL with trailingSlash, baseUrl, slugs, ids, prefixes and index pages', async () => {
  assert.deepEqual(await problemsOf('url-routes'), [
    'docs/01-getting-started/01-install.md:11:7 error broken-link', // number prefixes are not in URLs
    'docs/01-getting-started/01-install.md:11:39 error broken-link',
    'docs/01-getting-started/01-install.md:11:59 error broken-anchor',
    'docs/01-getting-started/01-install.md:12:1 error broken-link', // with trailing slashes, "configure" is a child
  ]);
});
