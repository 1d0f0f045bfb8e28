/**
 * Early loads (load/early-loads.ts): Docusaurus's front matter schema is loaded as soon as a
 * chunk of records holds a page with a key beyond the site's own, and not for pages without one.
 * Each test file runs in a process of its own, so nothing else has loaded the schema here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { earlyLoads } from '../../scripts/content/load/early-loads.ts';
import { recordOf } from '../../scripts/content/extract/page-record.ts';

const schemaFile = createRequire(__filename).resolve('@docusaurus/plugin-content-docs/lib/frontMatter.js');
const schemaLoaded = () => schemaFile in require.cache;

test('the schema is loaded with the first chunk that needs it, and only then', () => {
  const onRecords = earlyLoads();
  assert.equal(schemaLoaded(), false);
  onRecords([recordOf('---\ntitle: A\nweight: 2\ndraft: false\n---\n\n# A\n'), recordOf('# No front matter\n')]);
  assert.equal(schemaLoaded(), false, 'the site\'s own keys need no schema');
  onRecords([recordOf('---\ntitle: B\nslug: /b\n---\n\n# B\n')]);
  assert.equal(schemaLoaded(), true, 'slug is read through Docusaurus\'s schema');
});
