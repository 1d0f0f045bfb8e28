/**
 * Rule `versions`: versions.json read as the docs plugin reads it (JSON, then its own
 * validateVersionNames); one it refuses is the report's one error, at its place, not a crash.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readVersionNames } from '../../scripts/content/load/versions.ts';
import { checkWith } from '../helpers/check-fixture.ts';

/** The check's lines on a copy of the tags fixture (two versions) with this versions.json. */
async function linesWith(versions: string): Promise<string[]> {
  const { problems, summary } = await checkWith({ 'versions.json': versions }, 'tags');
  return [...problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`), `${summary.pages} pages`];
}

test('versions.json that is not JSON is one error at the place the parser stopped', async () => {
  assert.deepEqual(await linesWith('[\n  "1.0"\n  "0.9"\n]\n'), [
    'versions.json:3:3 error versions: versions.json is not JSON: Expected \',\' or \']\' after array element in JSON at position 12; the build stops',
    '0 pages',
  ]);
});

test('a version name Docusaurus refuses is shown with its words', async () => {
  assert.deepEqual(await linesWith('["1.0/beta"]\n'), [
    'versions.json:1:1 error versions: Docusaurus refuses versions.json: Invalid version name "1.0/beta": version name should not include slash (/) or backslash (\\).',
    '0 pages',
  ]);
});

test('current stands for docs/, and a name written twice is one version, as Docusaurus reads them', async () => {
  assert.deepEqual(await linesWith('["1.0", "current", "1.0"]\n'), ['3 pages']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'versions-names-'));
  try {
    fs.writeFileSync(path.join(dir, 'versions.json'), '["2.0", "current", "1.0", "2.0"]');
    assert.deepEqual(readVersionNames(dir), ['2.0', '1.0']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
