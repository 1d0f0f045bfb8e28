import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsOf, reportLinesOf } from '../helpers/check-fixture.ts';

test('canonical: absolute https only, and on our own host a published route', async () => {
  assert.deepEqual(await problemsOf('canonical'), [
    'docs/http.md:6:14 error canonical',
    'docs/relative.md:6:30 error canonical',
    'docs/to-draft.md:6:30 error canonical',
    'docs/unknown-route.md:6:30 error canonical',
  ]);
});

test('canonical: the exact words a writer reads, message and hint', async () => {
  assert.deepEqual(await reportLinesOf('canonical'), [
    'docs/http.md:6:14: error canonical: canonical link "http://docs.example.com/good" is not https (search engines should be sent to the https address)',
    'docs/relative.md:6:30: error canonical: canonical link "/good" is not an absolute URL (write the full address, e.g. https://docs.example.com/relative)',
    'docs/to-draft.md:6:30: error canonical: canonical link "https://docs.example.com/secret" names a draft page, which is not published (point it at a published page)',
    'docs/unknown-route.md:6:30: error canonical: canonical link "https://docs.example.com/faq/nothing-here" names no page of this site (point it at a published page; Latest URLs have no version in them)',
  ]);
});
