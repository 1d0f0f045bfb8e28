/**
 * The floor of `npm run bench:real` (scripts/bench/floor.cjs) reads what the check reads of a
 * site's docs: every version, every docs instance, and each locale's translations. A floor that
 * left out pages the check reads would flatter the check's ratio to it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const FLOOR = path.join(__dirname, '..', '..', 'scripts', 'bench', 'floor.cjs');

function siteWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-floor-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

test('the floor reads every version, docs instance and translation of the docs, and nothing else', () => {
  const page = '# Title\n\nSee [a](a.md) and [b](b.md).\n';
  const site = siteWith({
    'docs/a.md': page,
    'versioned_docs/version-1.0/a.md': page,
    'api/a.mdx': page,
    'api_versioned_docs/version-1.0/a.md': page,
    'i18n/fr/docusaurus-plugin-content-docs/current/a.md': page,
    'i18n/fr/docusaurus-plugin-content-docs/version-1.0/a.md': page,
    'i18n/fr/docusaurus-plugin-content-docs-api/current/a.md': page,
    // Not docs: a translated blog post, the theme's strings, a page of src/pages.
    'i18n/fr/docusaurus-plugin-content-blog/post.md': page,
    'i18n/fr/code.json': '{}',
    'src/pages/about.md': page,
  });
  try {
    const output = execFileSync(process.execPath, [FLOOR, site], { encoding: 'utf8' });
    assert.equal(output.trim(), `7 pages, ${7 * page.length} bytes, 14 links, 7 headings`);
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('a site without translations is read as before', () => {
  const site = siteWith({ 'docs/a.md': '# A\n', 'blog/post.md': '# Post\n' });
  try {
    assert.equal(execFileSync(process.execPath, [FLOOR, site], { encoding: 'utf8' }).trim(), '1 pages, 4 bytes, 0 links, 1 headings');
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});
