/**
 * The record cache's key covers the code that makes records: record-producer.ts hashes the
 * folders extract/ and model/, so the producer must not import our code from anywhere else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { RECORD_PRODUCER_SOURCES } from '../../scripts/content/load/record-producer.ts';
import { SITE_DIR } from '../helpers/paths.ts';

test('everything of ours that extract/page-record.ts loads is among the hashed sources', () => {
  const { metafile } = buildSync({
    entryPoints: [path.join(SITE_DIR, 'scripts/content/extract/page-record.ts')],
    bundle: true, platform: 'node', format: 'cjs', write: false, metafile: true, logLevel: 'silent',
    absWorkingDir: SITE_DIR,
  });
  const ours = Object.keys(metafile.inputs).filter((input) => !input.includes('node_modules'));
  assert.ok(ours.includes('scripts/content/extract/fast.ts') && ours.includes('scripts/content/extract/reference.ts'), ours.join('\n'));
  const outside = ours.filter((input) => !RECORD_PRODUCER_SOURCES.some((source) => input === source || input.startsWith(`${source}/`)));
  assert.deepEqual(outside, [], 'these files make records but are not in the record cache key');
});
