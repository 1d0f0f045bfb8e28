/** The cache's file writer: whole files or none, in order. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { writeFiles } from '../../scripts/content/load/write-files.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';

const dir = path.join(OUTPUT_DIR, 'write-files');

test('a write gives the parts joined, replaces the file whole, and leaves no temporary file behind', () => {
  fs.rmSync(dir, { recursive: true, force: true });
  const parts = Array.from({ length: 80 }, (_, i) => `{"part":${i},"text":"${'é'.repeat(60_000)}"}\n`);
  const big = path.join(dir, 'nested', 'big.json');
  fs.mkdirSync(path.dirname(big), { recursive: true });
  fs.writeFileSync(big, 'old');
  writeFiles([{ file: big, parts }]);
  assert.equal(fs.readFileSync(big, 'utf8'), parts.join(''));
  assert.deepEqual(fs.readdirSync(path.dirname(big)), ['big.json'], 'no temporary file is left behind');
});

test('a write that cannot happen is skipped without an error: the cache is only an optimisation', () => {
  fs.mkdirSync(dir, { recursive: true });
  const blocker = path.join(dir, 'a-file');
  fs.writeFileSync(blocker, 'x');
  // A folder cannot be made inside a file.
  writeFiles([{ file: path.join(blocker, 'inside.json'), parts: ['{}'] }]);
  writeFiles([{ file: path.join(blocker, 'large.json'), parts: ['x'.repeat(5_000_000)] }]);
  assert.equal(fs.readFileSync(blocker, 'utf8'), 'x');
});
