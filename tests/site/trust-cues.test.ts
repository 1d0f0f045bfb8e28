/**
 * Trust cues on every built doc page: a "last updated" date taken from git, and an "Edit this
 * page" link that opens the file the page was built from (the versioned copy for older versions).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { parseFrontMatter } from '../../scripts/content/model/front-matter.ts';
import { builtDocPages } from '../helpers/built-pages.ts';
import { editedFile, editLink } from '../helpers/edit-link.ts';
import { SITE_DIR } from '../helpers/paths.ts';
import { normalise } from '../helpers/text.ts';

/** Commit time of the last commit touching a file (what Docusaurus reads), in ms. */
function lastCommitTime(file: string): number {
  const seconds = execFileSync('git', ['log', '-1', '--format=%ct', '--', file], { cwd: SITE_DIR, encoding: 'utf8' }).trim();
  return Number(seconds) * 1000;
}

describe('trust cues', () => {
  test('edit links open the page\'s own file: docs/ for Latest, versioned_docs/version-X/ for X', () => {
    const pages = builtDocPages();
    assert.ok(pages.length > 0);
    const versionsSeen = new Set<string>();
    for (const page of pages) {
      const href = editLink(page);
      assert.ok(href, `${page.route} has an edit link`);
      assert.match(href, /^https:\/\//, `${page.route}: absolute edit URL`);
      const file = editedFile(page);
      assert.ok(file, `${page.route}: ${href} names a docs file`);
      const expectedRoot = page.version === 'current' ? 'docs/' : `versioned_docs/version-${page.version}/`;
      assert.ok(file.startsWith(expectedRoot), `${page.route} (version ${page.version}) edits ${file}`);
      const source = path.join(SITE_DIR, file);
      assert.ok(fs.existsSync(source), `${page.route}: ${file} exists`);
      const title = String(parseFrontMatter(fs.readFileSync(source, 'utf8')).data.title ?? '');
      assert.equal(title, normalise(page.$('article h1').first().text()), `${page.route}: ${file} is the page's file`);
      versionsSeen.add(page.version ?? '');
    }
    assert.ok(versionsSeen.has('current') && versionsSeen.has('2.9'), 'Latest and 2.9 pages were checked');
  });

  test('the 2.9 FAQ edits versioned_docs/version-2.9/faq/security.md, Latest edits docs/faq/security.md', () => {
    const byRoute = new Map(builtDocPages().map((page) => [page.route, page]));
    assert.equal(editedFile(byRoute.get('/2.9/faq/security')!), 'versioned_docs/version-2.9/faq/security.md');
    assert.equal(editedFile(byRoute.get('/faq/security')!), 'docs/faq/security.md');
  });

  test('"last updated" shows the date of the last git commit of the page\'s file', () => {
    for (const page of builtDocPages()) {
      const datetime = page.$('.theme-last-updated time').attr('datetime');
      assert.ok(datetime, `${page.route} shows a last-updated date`);
      const file = editedFile(page);
      assert.ok(file);
      assert.equal(Date.parse(datetime), lastCommitTime(file), `${page.route}: date of ${file}`);
    }
  });
});
