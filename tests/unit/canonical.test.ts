import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsOf } from '../helpers/check-fixture.ts';

test('canonical: absolute https only, and on our own host a published route', async () => {
  assert.deepEqual(await problemsOf('canonical'), [
    'docs/http.md:6:14 error canonical',
    'docs/relative.md:6:30 error canonical',
    'docs/to-draft.md:6:30 error canonical',
    'docs/unknown-route.md:6:30 error canonical',
  ]);
});
