import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsOf, reportLinesOf } from '../helpers/check-fixture.ts';

test('draft-link: published pages may not link to drafts; problems inside drafts are warnings', async () => {
  assert.deepEqual(await problemsOf('draft-link'), [
    'docs/draft.md:6:68 warning broken-link',
    'docs/published.md:5:7 error draft-link',
    'docs/published.md:5:33 error draft-link',
  ]);
});

test('draft-link: the exact words a writer reads, message and hint', async () => {
  assert.deepEqual(await reportLinesOf('draft-link'), [
    `docs/draft.md:6:68: warning broken-link: no page "docs/missing.md" in version current (check the path; it is relative to this page's folder)`,
    'docs/published.md:5:7: error draft-link: links to draft page docs/draft.md, which is not published (remove the link, or publish the page by setting draft: false)',
    'docs/published.md:5:33: error draft-link: links to draft page docs/draft.md, which is not published (remove the link, or publish the page by setting draft: false)',
  ]);
});
