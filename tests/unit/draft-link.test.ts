import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsOf } from '../helpers/check-fixture.ts';

test('draft-link: published pages may not link to drafts; problems inside drafts are warnings', async () => {
  assert.deepEqual(await problemsOf('draft-link'), [
    'docs/draft.md:6:68 warning broken-link',
    'docs/published.md:5:7 error draft-link',
    'docs/published.md:5:33 error draft-link',
  ]);
});
