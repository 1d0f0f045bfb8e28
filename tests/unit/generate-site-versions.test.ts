/**
 * The bench generator's versions: the same seed gives the same bytes, every version has the same
 * pages, and, as on real versioned sites, most of an older version's pages are byte-identical to
 * the next version's (the rest are other revisions of the same pages).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSite } from '../../scripts/bench/generate-site.ts';
import { listFiles } from '../../scripts/content/load/walk.ts';

/** Markdown file → sha1 of its bytes, for one docs folder. */
function digests(docsDir: string): Map<string, string> {
  return new Map(listFiles(docsDir).filter((file) => /\.mdx?$/.test(file)).map((file) => [file, crypto.createHash('sha1').update(fs.readFileSync(path.join(docsDir, file))).digest('hex')]));
}

function withSite<T>(options: Parameters<typeof generateSite>[1], use: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'generate-site-versions-'));
  try {
    generateSite(dir, options);
    return use(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const OPTIONS = { pagesPerVersion: 200, versions: 3, seed: 5 };
const folders = (dir: string) => [path.join(dir, 'docs'), path.join(dir, 'versioned_docs', 'version-2.9'), path.join(dir, 'versioned_docs', 'version-2.0-2.4')];

test('generated site: the same options give the same bytes', () => {
  const first = withSite(OPTIONS, (dir) => folders(dir).map(digests));
  const second = withSite(OPTIONS, (dir) => folders(dir).map(digests));
  assert.deepEqual(second, first);
  const other = withSite({ ...OPTIONS, seed: 6 }, (dir) => digests(folders(dir)[0]));
  assert.notDeepEqual(other, first[0]);
});

test('generated site: every version has the same pages, most of them identical to the next version', () => {
  withSite(OPTIONS, (dir) => {
    const [current, middle, oldest] = folders(dir).map(digests);
    assert.deepEqual([...middle.keys()].sort(), [...current.keys()].sort());
    assert.deepEqual([...oldest.keys()].sort(), [...current.keys()].sort());
    const identical = (older: Map<string, string>, newer: Map<string, string>) => [...older].filter(([file, digest]) => newer.get(file) === digest).length / older.size;
    for (const [older, newer] of [[middle, current], [oldest, middle]]) {
      const share = identical(older, newer);
      assert.ok(share >= 0.55 && share <= 0.85, `share of pages identical to the next version: ${share}`);
    }
    // Not all: the versions do differ.
    assert.ok(identical(oldest, current) < 0.7);
  });
});

test('generated site: copyRatio 0 makes every version distinct', () => {
  withSite({ ...OPTIONS, copyRatio: 0 }, (dir) => {
    const [current, middle] = folders(dir).map(digests);
    const generated = [...current].filter(([file]) => file.startsWith('topic-'));
    assert.ok(generated.length >= 200);
    assert.equal(generated.filter(([file, digest]) => middle.get(file) === digest).length, 0);
  });
});

test('generated site: a page the next version changed keeps most of its blocks, as writers\' edits do', () => {
  withSite(OPTIONS, (dir) => {
    const [current, middle] = folders(dir);
    let changedBytes = 0;
    let keptBytes = 0;
    for (const file of listFiles(middle).filter((name) => name.startsWith('topic-'))) {
      const older = fs.readFileSync(path.join(middle, file), 'utf8');
      const newer = fs.readFileSync(path.join(current, file), 'utf8');
      if (older === newer) continue;
      const blocks = new Set(newer.split(/\n[ \t]*\n/));
      changedBytes += older.length;
      for (const block of older.split(/\n[ \t]*\n/)) if (blocks.has(block)) keptBytes += block.length;
    }
    assert.ok(changedBytes > 0);
    // Six real versioned sites keep 59–85% (scripts/bench/site-stats.ts); a page rewritten whole keeps next to nothing.
    const kept = keptBytes / changedBytes;
    assert.ok(kept >= 0.6 && kept <= 0.9, `share of a changed page's bytes kept: ${kept}`);
  });
});
