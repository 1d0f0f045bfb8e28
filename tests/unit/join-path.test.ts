/** Link resolution joins paths with a quick path of its own: it must agree with path.posix.join. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { joinPath } from '../../scripts/check/resolve.ts';

const segment = fc.constantFrom('.', '..', 'docs', 'a', 'b.md', '.hidden', '..x', 'x..', '', 'version-2.9', 'img.png');
const relativePath = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/'));
// Page folders as the check has them: normalized, relative to the site dir.
const pageDir = fc.array(fc.constantFrom('docs', 'a', 'versioned_docs', 'version-2.9', 'x..', '..b'), { maxLength: 4 })
  .map((parts) => path.posix.normalize(parts.join('/') || '.'));

test('joinPath gives exactly what path.posix.join gives', () => {
  fc.assert(
    fc.property(pageDir, relativePath, (dir, relative) => {
      assert.equal(joinPath(dir, relative), path.posix.join(dir, relative));
    }),
    { numRuns: 20_000 },
  );
});
