/**
 * A page written again at the same size within one tick of the file system's clock keeps its time
 * (git's "racily clean" entries, load/racy-files.cjs). The cache keeps a page whose time is that
 * close to the run that read it unconfirmed, and hashes it again before it trusts it: on the
 * report reused whole, on an edit checked alone, and on the whole check. So too a file the report
 * rests on by its size and time alone, such as a category file. A file outside the listed
 * folders that the MDX rules read (a component, a swizzled MDXComponents) with such a time is
 * stored as unsettled, and the next run checks again.
 *
 * The tests give the page a time after the run's start (as a write during the run gives): that
 * is racy whatever the machine's speed, so the outcome does not depend on timing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import { clearCheckCache, openCheckCache } from '../../scripts/content/load/check-cache.ts';
import { contentHash } from '../../scripts/content/load/content-hash.ts';
import { isRacy, racyWindowMs } from '../../scripts/content/load/racy-files.cjs';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { OUTPUT_DIR, settle } from '../helpers/paths.ts';

const GOOD = '# Racy\n\nSee [the intro](./intro.md).\n';
/** The same size as GOOD, with a broken link at 3:5. */
const BROKEN = '# Racy\n\nSee [the intro](./intrx.md).\n';

/** A copy of the broken-link fixture with docs/racy.md, its time ahead of the clock; its cache cleared after `run`. */
async function withRacyPage(name: string, run: (site: { dir: string; page: string; time: Date }) => Promise<void>): Promise<void> {
  const dir = path.join(OUTPUT_DIR, `cache-racy-${name}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'broken-link'), dir, { recursive: true });
  settle(dir); // all but the racy page written "long ago"
  clearCheckCache(dir);
  const page = path.join(dir, 'docs', 'racy.md');
  const time = new Date(Date.now() + 30_000);
  fs.writeFileSync(page, GOOD);
  fs.utimesSync(page, time, time);
  try {
    await run({ dir, page, time });
  } finally {
    clearCheckCache(dir);
  }
}

/** Write the page again, at the same size and with the same time: only its bytes tell. */
function rewriteInPlace(page: string, time: Date): void {
  const before = fs.statSync(page);
  fs.writeFileSync(page, BROKEN);
  fs.utimesSync(page, time, time);
  const after = fs.statSync(page);
  assert.deepEqual([after.size, after.mtimeMs], [before.size, before.mtimeMs], 'the stat shows no change');
}

const racyProblems = async (dir: string) =>
  (await checkSite(dir, { reuseReport: true })).problems.filter(({ file }) => file === 'docs/racy.md').map((p) => `${p.line}:${p.column} ${p.rule}`);

test('racy window: a time within a tick of the run\'s start, or after it, is not trusted; whole seconds tick in 2 s', () => {
  const start = 1_764_000_000_123.5;
  assert.equal(racyWindowMs(start - 10.25), 50);
  assert.equal(isRacy(start - 10.25, start), true, 'within the fine tick');
  assert.equal(isRacy(start + 5000.5, start), true, 'after the start');
  assert.equal(isRacy(start - 60.25, start), false, 'older than the tick');
  const wholeSecond = 1_764_000_000_000;
  assert.equal(racyWindowMs(wholeSecond), 2000);
  assert.equal(isRacy(wholeSecond, wholeSecond + 1500), true, 'a file system that keeps seconds');
  assert.equal(isRacy(wholeSecond, wholeSecond + 2500), false);
});

test('racy page: the stored report is reused only while the page holds the bytes read', async () => {
  await withRacyPage('reuse', async ({ dir, page, time }) => {
    assert.deepEqual(await racyProblems(dir), []);
    const warm = await checkSite(dir, { reuseReport: true });
    assert.equal(warm.site, undefined, 'hashed again and unchanged: the report is reused');
    rewriteInPlace(page, time);
    assert.deepEqual(await racyProblems(dir), ['3:5 broken-link']);
  });
});

test('racy page: an edit of another page is not checked alone when a racy page changed too', async () => {
  await withRacyPage('edit', async ({ dir, page, time }) => {
    assert.deepEqual(await racyProblems(dir), []);
    fs.appendFileSync(path.join(dir, 'docs', 'guide', 'setup.md'), '\nOne more sentence.\n');
    rewriteInPlace(page, time);
    const result = await checkSite(dir, { reuseReport: true });
    assert.equal(result.pagesRechecked, undefined, 'the whole check ran');
    assert.deepEqual(result.problems.filter(({ file }) => file === 'docs/racy.md').map((p) => `${p.line}:${p.column} ${p.rule}`), ['3:5 broken-link']);
  });
});

test('racy page: the whole check reads it again instead of taking its stored record', async () => {
  await withRacyPage('full', async ({ dir, page, time }) => {
    assert.deepEqual(await racyProblems(dir), []);
    // A category file shapes routes: the whole check runs, with every page's stored record at hand.
    fs.writeFileSync(path.join(dir, 'docs', 'guide', '_category_.json'), '{"label": "The guide"}');
    rewriteInPlace(page, time);
    assert.deepEqual(await racyProblems(dir), ['3:5 broken-link']);
  });
});

test('racy page: hashed again and unchanged, it is confirmed once its time is far enough from a run\'s start, and no later run hashes it', () => {
  const dir = path.join(OUTPUT_DIR, 'cache-racy-confirmed');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  clearCheckCache(dir);
  const file = path.join(dir, 'page.md');
  fs.writeFileSync(file, GOOD);
  const time = new Date(Date.now() - 60_000);
  fs.utimesSync(file, time, time);
  const { size, mtimeMs } = fs.statSync(file);
  const hash = contentHash(fs.readFileSync(file));
  try {
    const reading = openCheckCache(dir, true, mtimeMs + 10); // a run that started just before the page's time
    reading.setFile('page.md', size, mtimeMs, hash);
    assert.equal(reading.fileHash('page.md', size, mtimeMs), hash, 'read in this run: trusted in it');
    reading.save();

    const later = openCheckCache(dir, true, mtimeMs + 30_000);
    assert.equal(later.fileHash('page.md', size, mtimeMs), undefined, 'left unconfirmed: not trusted by its size and time');
    assert.equal(later.unconfirmedHold(dir), true);
    assert.equal(later.fileHash('page.md', size, mtimeMs), hash, 'hashed again: trusted');
    later.save();

    const next = openCheckCache(dir, true, mtimeMs + 40_000);
    fs.writeFileSync(file, BROKEN);
    fs.utimesSync(file, time, time);
    assert.equal(next.unconfirmedHold(dir), true, 'confirmed: not hashed again, so a change that keeps the time is not seen');
    assert.equal(next.fileHash('page.md', size, mtimeMs), hash);
  } finally {
    clearCheckCache(dir);
  }
});

test('racy category file: rewritten in place, it is judged again', async () => {
  const dir = path.join(OUTPUT_DIR, 'cache-racy-category');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'broken-link'), dir, { recursive: true });
  clearCheckCache(dir);
  const category = path.join(dir, 'docs', 'guide', '_category_.json');
  const time = new Date(Date.now() + 30_000);
  fs.writeFileSync(category, '{"label": "Guide"}\n');
  fs.utimesSync(category, time, time);
  const categoryProblems = async () => (await checkSite(dir, { reuseReport: true })).problems.filter(({ file }) => file === 'docs/guide/_category_.json').map((p) => p.rule);
  try {
    assert.deepEqual(await categoryProblems(), []);
    assert.deepEqual(await categoryProblems(), [], 'hashed again and unchanged');
    fs.writeFileSync(category, '{"lab3l": "Guide"}\n');
    fs.utimesSync(category, time, time);
    assert.deepEqual(await categoryProblems(), ['category-file'], 'the same size and time, other bytes');
    const again = await checkSite(dir, { reuseReport: true });
    assert.equal(again.site, undefined, 'noted again as the whole check read it: the report is reused');
    assert.deepEqual(again.problems.filter(({ file }) => file === 'docs/guide/_category_.json').map((p) => p.rule), ['category-file']);
    fs.writeFileSync(category, '{"label": "Guide"}\n');
    fs.utimesSync(category, time, time);
    assert.deepEqual(await categoryProblems(), [], 'and back');
  } finally {
    clearCheckCache(dir);
  }
});

/** A copy of the MDX fixture, its files settled, with `files` written and given a time ahead of the clock; its cache cleared after `run`. */
async function withRacyMdxSite(name: string, files: Record<string, string>, run: (dir: string, rewrite: (file: string, text: string) => void) => Promise<void>): Promise<void> {
  const dir = path.join(OUTPUT_DIR, `cache-racy-${name}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'mdx'), dir, { recursive: true });
  fs.rmSync(path.join(dir, 'mistakes'), { recursive: true });
  settle(dir);
  clearCheckCache(dir);
  const time = new Date(Date.now() + 30_000);
  const rewrite = (file: string, text: string) => {
    const full = path.join(dir, file);
    const before = fs.existsSync(full) ? fs.statSync(full).size : text.length;
    assert.equal(text.length, before, 'rewritten at the same size');
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    fs.utimesSync(full, time, time);
  };
  for (const [file, text] of Object.entries(files)) rewrite(file, text);
  try {
    await run(dir, rewrite);
  } finally {
    clearCheckCache(dir);
  }
}

const problemsOf = async (dir: string, file: string) =>
  (await checkSite(dir, { reuseReport: true })).problems.filter((problem) => problem.file === file).map((p) => `${p.line}:${p.column} ${p.rule}`);

const WITH_HIGHLIGHT = "import MDXComponents from '@theme-original/MDXComponents';\n\nexport default { ...MDXComponents, Highlight: () => null };\n";

test('racy component file: a swizzled MDXComponents rewritten in place is read again, not taken from the stored report', async () => {
  await withRacyMdxSite('mdx-components', {
    'src/theme/MDXComponents.js': WITH_HIGHLIGHT,
    'docs/uses.mdx': '# Uses\n\n<Highlight>x</Highlight>\n',
  }, async (dir, rewrite) => {
    assert.deepEqual(await problemsOf(dir, 'docs/uses.mdx'), []);
    rewrite('src/theme/MDXComponents.js', WITH_HIGHLIGHT.replace('Highlight', 'Highlighx'));
    assert.deepEqual(await problemsOf(dir, 'docs/uses.mdx'), ['3:1 mdx-undefined'], 'the same size and time, other bytes');
  });
});

test('racy component file: one an edit checked alone imports is read again by the next run', async () => {
  const exporting = (name: string) => `export function ${name}() {\n  return null;\n}\n`;
  await withRacyMdxSite('mdx-import', {}, async (dir, rewrite) => {
    assert.deepEqual(await problemsOf(dir, 'docs/index.md'), []);
    rewrite('src/components/Extra.js', exporting('Extra'));
    fs.appendFileSync(path.join(dir, 'docs', 'index.md'), "\nimport {Extra} from '@site/src/components/Extra';\n\n<Extra />\n");
    const importLine = fs.readFileSync(path.join(dir, 'docs', 'index.md'), 'utf8').split('\n').indexOf("import {Extra} from '@site/src/components/Extra';") + 1;
    const edited = await checkSite(dir, { reuseReport: true });
    assert.equal(edited.pagesRechecked, 1, 'the edited page was checked alone');
    assert.deepEqual(edited.problems.filter(({ file }) => file === 'docs/index.md'), []);
    rewrite('src/components/Extra.js', exporting('Extrb'));
    const problems = await problemsOf(dir, 'docs/index.md');
    assert.ok(problems.some((problem) => problem.startsWith(`${importLine}:`)), `the name it imports is gone: ${problems.join(', ')}`);
  });
});
