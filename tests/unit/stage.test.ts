/** Staging keeps `.publish/` in step with the site minus drafts, copying only what changed. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Site } from '../../scripts/content/model/site.ts';
import { stagePublishedSite } from '../../scripts/publish/stage.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';

test('staging copies the published set, then only what changed, and drops what is gone', () => {
  const dir = path.join(OUTPUT_DIR, 'stage', 'site');
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  const write = (file: string, text: string, ageMs = 60_000) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
    const time = new Date(Date.now() - ageMs);
    fs.utimesSync(path.join(dir, file), time, time);
  };
  write('docs/a.md', 'a');
  write('docs/b.md', 'b');
  write('docs/draft.md', 'd');
  write('build/index.html', 'old output');
  write('docusaurus.config.ts', 'config');
  const site = (drafts: string[]) => ({ dir, pages: ['docs/a.md', 'docs/b.md', 'docs/draft.md'].map((file) => ({ file, draft: drafts.includes(file) })) }) as unknown as Site;
  const staged = stagePublishedSite(site(['docs/draft.md']));
  const read = (file: string) => fs.readFileSync(path.join(staged, file), 'utf8');
  assert.equal(read('docs/a.md'), 'a');
  assert.equal(fs.existsSync(path.join(staged, 'docs/draft.md')), false, 'no draft');
  assert.equal(fs.existsSync(path.join(staged, 'build')), false, 'no output');

  fs.mkdirSync(path.join(staged, 'node_modules', '.cache'), { recursive: true });
  fs.mkdirSync(path.join(staged, '.docusaurus-unit-current'));
  write('docs/a.md', 'A', 30_000); // same size, another time
  fs.rmSync(path.join(dir, 'docs/b.md'));
  write('docs/c.md', 'c');
  stagePublishedSite(site(['docs/a.md']));
  assert.equal(fs.existsSync(path.join(staged, 'docs/a.md')), false, 'a page that became a draft is removed');
  assert.equal(fs.existsSync(path.join(staged, 'docs/b.md')), false, 'a deleted page is removed');
  assert.equal(read('docs/c.md'), 'c');
  assert.equal(read('docs/draft.md'), 'd', 'a draft published again is copied');
  assert.ok(fs.existsSync(path.join(staged, 'node_modules', '.cache')), "the bundler's cache is kept");
  assert.equal(fs.existsSync(path.join(staged, '.docusaurus-unit-current')), false, 'generated files go');

  write('docs/c.md', 'C', 30_000);
  const before = fs.statSync(path.join(staged, 'docusaurus.config.ts')).ino;
  stagePublishedSite(site([]));
  assert.equal(read('docs/c.md'), 'C', 'an edit of the same size is copied (its time changed)');
  assert.equal(fs.statSync(path.join(staged, 'docusaurus.config.ts')).ino, before, 'an unchanged file is not copied again');
});
