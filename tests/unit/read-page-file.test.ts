/**
 * readPageFile reads a page in one read into a buffer it keeps, and hashes the bytes instead of
 * the text: the text must be what readFileSync gives, and the hash the text's wherever the bytes
 * are valid UTF-8, for pages of every size the buffer meets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readPageFile } from '../../scripts/content/load/page-records.ts';
import { contentHash } from '../../scripts/content/load/content-hash.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-page-file-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function written(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

test('a page reads as readFileSync reads it, with its size, time and the hash of its text', () => {
  // Empty, small, one byte under, at and over the first buffer's size, and far larger, in
  // turn: the buffer grows and is then reused for smaller pages.
  const texts = ['', '# Title\n\nCafé, naïve, 日本語, 🙂.\n', 'x'.repeat(65_535), 'y'.repeat(65_536), 'z'.repeat(65_537), `${'## Q\n\nA long answer.\n'.repeat(20_000)}`, 'short again\n'];
  texts.forEach((text, i) => {
    const file = written(`page-${i}.md`, text);
    const read = readPageFile(file);
    const stat = fs.statSync(file);
    assert.equal(read.content, fs.readFileSync(file, 'utf8'), `page ${i}`);
    assert.equal(read.content, text);
    assert.equal(read.size, stat.size);
    assert.equal(read.mtimeMs, stat.mtimeMs);
    assert.equal(read.hash, contentHash(text));
  });
});

test('a byte-order mark and CRLF line endings are kept, and hash as the text does', () => {
  const text = '\uFEFF---\r\ntitle: BOM\r\n---\r\n\r\nBody.\r\n';
  const read = readPageFile(written('bom.md', text));
  assert.equal(read.content, text);
  assert.equal(read.hash, contentHash(text));
});

test('bytes that are not UTF-8 read as replacement characters; the hash is of the bytes, so two files differing there differ', () => {
  const latin1 = Buffer.from('Caf\xe9 cr\xe8me\n', 'latin1');
  const other = Buffer.from('Caf\xe8 cr\xe8me\n', 'latin1');
  const a = readPageFile(written('latin1-a.md', latin1));
  const b = readPageFile(written('latin1-b.md', other));
  assert.equal(a.content, fs.readFileSync(path.join(dir, 'latin1-a.md'), 'utf8'));
  assert.ok(a.content.includes('\uFFFD'));
  // Both decode to the same text; the hash is of the bytes, so a change to them is a change.
  assert.equal(a.content, b.content);
  assert.notEqual(a.hash, b.hash);
  assert.equal(a.hash, contentHash(latin1));
});
