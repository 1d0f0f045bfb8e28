/**
 * Docs (and blog posts) that show their last update (showLastUpdateTime, showLastUpdateAuthor),
 * built outside a git work tree (load/docs-last-update.ts): Docusaurus asks git for what a page's
 * `last_update` front matter does not give, git refuses, and the build stops. The check says so
 * once, where the config turns the option on. Built in tests/site/agreement.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';

const CONFIG = (docsOptions: string, future = '', blogOptions = 'false') => `module.exports = {
  title: 'Dates',
  url: 'https://docs.example.com',
  baseUrl: '/',${future}
  presets: [['classic', {
    docs: { ${docsOptions}, routeBasePath: '/' },
    blog: ${blogOptions},
  }]],
};
`;
const DATED = '---\ntitle: Dated\nlast_update:\n  date: 2026-01-31\n---\n\nText.\n';

/** A site of `files` outside any git work tree; `body` gets its folder and the check's errors. */
async function outsideGit(files: Record<string, string>, body: (dir: string, errors: () => Promise<string[]>) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-nogit-'));
  // Git looks no higher than the system's temporary folder: outside any work tree there.
  const ceiling = process.env.GIT_CEILING_DIRECTORIES;
  process.env.GIT_CEILING_DIRECTORIES = path.dirname(dir);
  try {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const errors = async () => (await checkSite(dir, { cache: false })).problems
      .filter(({ severity }) => severity === 'error')
      .map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message} (${p.hint})`);
    await body(dir, errors);
  } finally {
    if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
    else process.env.GIT_CEILING_DIRECTORIES = ceiling;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('a page without a last_update date, under showLastUpdateTime, outside git: one error where the config turns it on, naming the page', () => outsideGit({
  'docusaurus.config.js': CONFIG('showLastUpdateTime: true'),
  'docs/index.md': DATED,
  'docs/setup.md': '# Setup\n\nText.\n',
}, async (_dir, errors) => {
  assert.deepEqual(await errors(), [
    'docusaurus.config.js:6:13 page-file: showLastUpdateTime is on, and the page docs/setup.md has no last_update date in its front matter, so Docusaurus asks git for it; the site is outside any git work tree, so git refuses, and the build stops (build from a git checkout (a clone, not a copy of the files), or turn showLastUpdateTime off, or set future.experimental_vcs: false, or give each page last_update: { date: 2024-05-28, author: Jane Doe })',
  ]);
}));

test('many such pages, drafts among them, are one error that counts them', () => outsideGit({
  'docusaurus.config.js': CONFIG('showLastUpdateTime: true'),
  'docs/index.md': DATED,
  'docs/a.md': '# A\n',
  'docs/b.md': '# B\n',
  'docs/draft.md': '---\ndraft: true\n---\n\n# Draft\n',
}, async (_dir, errors) => {
  const found = await errors();
  assert.equal(found.length, 1);
  assert.match(found[0], /^docusaurus\.config\.js:6:13 page-file: showLastUpdateTime is on, and 3 pages \(the first: docs\/a\.md\) have no last_update date in their front matter/);
}));

test('the author the same way: a date alone does not give it, and the error names the option that asks', () => outsideGit({
  'docusaurus.config.js': CONFIG('showLastUpdateAuthor: true'),
  'docs/index.md': DATED,
}, async (dir, errors) => {
  const found = await errors();
  assert.equal(found.length, 1);
  assert.match(found[0], /^docusaurus\.config\.js:6:13 page-file: showLastUpdateAuthor is on, and the page docs\/index\.md has no last_update author in its front matter/);
  fs.writeFileSync(path.join(dir, 'docusaurus.config.js'), CONFIG('showLastUpdateTime: true, showLastUpdateAuthor: true'));
  assert.match((await errors())[0], /^docusaurus\.config\.js:6:39 page-file: showLastUpdateAuthor is on, and the page docs\/index\.md has no last_update author/);
}));

test('no error where the build never asks git: every page dated, the options off, a VCS that is not git, or a git checkout', () => outsideGit({
  'docusaurus.config.js': CONFIG('showLastUpdateTime: true'),
  'docs/index.md': DATED,
  'docs/other.md': DATED.replace('Dated', 'Other'),
}, async (dir, errors) => {
  assert.deepEqual(await errors(), [], 'every page dated in its front matter');
  fs.writeFileSync(path.join(dir, 'docs', 'setup.md'), '# Setup\n');
  assert.equal((await errors()).length, 1);
  fs.writeFileSync(path.join(dir, 'docusaurus.config.js'), CONFIG('showLastUpdateTime: false'));
  assert.deepEqual(await errors(), [], 'the option off');
  fs.writeFileSync(path.join(dir, 'docusaurus.config.js'), CONFIG('showLastUpdateTime: true', '\n  future: { experimental_vcs: false },'));
  assert.deepEqual(await errors(), [], 'no VCS');
  fs.writeFileSync(path.join(dir, 'docusaurus.config.js'), CONFIG('showLastUpdateTime: true'));
  assert.equal((await errors()).length, 1);
  execFileSync('git', ['init', '-q'], { cwd: dir });
  assert.deepEqual(await errors(), [], 'inside a git work tree');
}));

test('a blog that shows its posts\' last update the same way: a post without it is counted', () => outsideGit({
  'docusaurus.config.js': CONFIG('showLastUpdateTime: false', '', '{ showLastUpdateAuthor: true, onUntruncatedBlogPosts: \'ignore\' }'),
  'docs/index.md': '# Home\n',
  'blog/2026-01-31-news.md': '---\ntitle: News\nlast_update:\n  author: Jane\n---\n\nText.\n',
  'blog/2026-02-01-more.md': '---\ntitle: More\n---\n\nText.\n',
}, async (_dir, errors) => {
  assert.deepEqual(await errors(), [
    'docusaurus.config.js:7:13 page-file: showLastUpdateAuthor is on, and the page blog/2026-02-01-more.md has no last_update author in its front matter, so Docusaurus asks git for it; the site is outside any git work tree, so git refuses, and the build stops (build from a git checkout (a clone, not a copy of the files), or turn showLastUpdateAuthor off, or set future.experimental_vcs: false, or give each page last_update: { date: 2024-05-28, author: Jane Doe })',
  ]);
}));

test('the pages plugin\'s Markdown pages the same way, drafts among them; its React pages are never dated', () => outsideGit({
  'docusaurus.config.js': CONFIG('showLastUpdateTime: false').replace('blog: false,', 'blog: false,\n    pages: { showLastUpdateTime: true },'),
  'docs/index.md': '# Home\n',
  'src/pages/about.md': DATED,
  'src/pages/team.js': 'export default function Team() { return null; }\n',
}, async (dir, errors) => {
  assert.deepEqual(await errors(), [], 'the Markdown page dated, the React page never asked about');
  fs.writeFileSync(path.join(dir, 'src', 'pages', 'notes.md'), '---\ndraft: true\n---\n\n# Notes\n');
  assert.deepEqual(await errors(), [
    'docusaurus.config.js:8:14 page-file: showLastUpdateTime is on, and the page src/pages/notes.md has no last_update date in its front matter, so Docusaurus asks git for it; the site is outside any git work tree, so git refuses, and the build stops (build from a git checkout (a clone, not a copy of the files), or turn showLastUpdateTime off, or set future.experimental_vcs: false, or give each page last_update: { date: 2024-05-28, author: Jane Doe })',
  ]);
}));
