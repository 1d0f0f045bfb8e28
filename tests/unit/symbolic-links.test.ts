/**
 * Symbolic links in a site's folders: files are listed as a glob that follows links lists them
 * (load/walk.ts), a link to nothing is no file (it crashed the check before: "ENOENT … stat"),
 * and every page reached through a link is a `page-file` error (rules/page-file.ts), as the
 * agreement builds show (tests/site/agreement.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFiles } from '../../scripts/content/load/walk.ts';
import { checkSite } from '../../scripts/check/check-site.ts';
import { throwawaySiteDir } from '../helpers/paths.ts';

function folderWithLinks(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'symbolic-links-'));
  fs.mkdirSync(path.join(root, 'docs', 'own'), { recursive: true });
  fs.mkdirSync(path.join(root, 'shared', 'deeper'), { recursive: true });
  fs.writeFileSync(path.join(root, 'docs', 'own', 'page.md'), '# Own\n');
  fs.writeFileSync(path.join(root, 'shared', 'file.md'), '# Shared\n');
  fs.writeFileSync(path.join(root, 'shared', 'deeper', 'inner.md'), '# Inner\n');
  fs.symlinkSync('../shared/file.md', path.join(root, 'docs', 'file.md'));
  fs.symlinkSync('../shared', path.join(root, 'docs', 'folder'));
  fs.symlinkSync('../nowhere.md', path.join(root, 'docs', 'gone.md'));
  // A link back up the tree: walked once, not for ever.
  fs.symlinkSync('..', path.join(root, 'docs', 'own', 'up'));
  return root;
}

test('a linked file is a file, a linked folder is walked, a link to nothing is no file, a link up the tree is walked once; the files reached through links are named', () => {
  const root = folderWithLinks();
  try {
    const linked: string[] = [];
    const files = listFiles(path.join(root, 'docs'), new Set(), linked).sort();
    assert.deepEqual(files, ['file.md', 'folder/deeper/inner.md', 'folder/file.md', 'own/page.md']);
    assert.deepEqual(linked.sort(), ['file.md', 'folder/deeper/inner.md', 'folder/file.md']);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

const CONFIG = "module.exports = { title: 'T', url: 'https://docs.example.com', baseUrl: '/', presets: [['classic', { docs: { routeBasePath: '/' }, blog: false }]] };\n";

test('each page reached through a link is a page-file error; a link to nothing never crashes the check', async () => {
  const dir = throwawaySiteDir('symbolic-links-');
  try {
    fs.mkdirSync(path.join(dir, 'docs'));
    fs.mkdirSync(path.join(dir, 'shared'));
    fs.writeFileSync(path.join(dir, 'docusaurus.config.js'), CONFIG);
    fs.writeFileSync(path.join(dir, 'docs', 'index.md'), '# Home\n\nSee [the linked page](./linked.md).\n');
    fs.writeFileSync(path.join(dir, 'shared', 'linked.md'), '# Linked\n');
    fs.symlinkSync('../shared/linked.md', path.join(dir, 'docs', 'linked.md'));
    fs.symlinkSync('../nowhere.md', path.join(dir, 'docs', 'gone.md'));
    const { problems } = await checkSite(dir, { cache: false });
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`), ['docs/linked.md:1:1 error page-file']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
