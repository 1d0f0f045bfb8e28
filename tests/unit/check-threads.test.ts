/**
 * Large sites are read by several threads at once, and their records cached in parts. Neither
 * may change a single problem: compare one thread with several, and a warm run from the cache a
 * multi-threaded run wrote with a run that ignores the cache.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import { clearCheckCache } from '../../scripts/content/check-cache.ts';
import { generateSite } from '../../scripts/bench/generate-site.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';

const SITE = path.join(OUTPUT_DIR, 'check-threads');

/** A generated site with a few mistakes of each kind, so there is something to compare. */
function siteWithMistakes(): string {
  fs.rmSync(SITE, { recursive: true, force: true });
  generateSite(SITE, { pagesPerVersion: 300, versions: 2, seed: 11 });
  const pages = (fs.readdirSync(path.join(SITE, 'docs'), { recursive: true }) as string[]).filter((file) => file.endsWith('.md')).sort();
  pages.slice(0, 40).forEach((page, i) => {
    const mistakes = ['[gone](./gone.md)', '[anchor](#no-such-heading)', '![img](./missing.png)', '[route](/no/such/route)'];
    fs.appendFileSync(path.join(SITE, 'docs', page), `\nA mistake: ${mistakes[i % mistakes.length]}.\n`);
  });
  return SITE;
}

const lines = (result: Awaited<ReturnType<typeof checkSite>>) => result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}`);

test('several threads find exactly what one thread finds, page by page', { timeout: 120_000 }, async () => {
  const dir = siteWithMistakes();
  const one = await checkSite(dir, { cache: false, threads: 1 });
  const three = await checkSite(dir, { cache: false, threads: 3 });
  assert.ok(one.problems.length >= 40, `the planted mistakes are found (${one.problems.length})`);
  assert.deepEqual(lines(three), lines(one));
  assert.deepEqual(three.site!.pages, one.site!.pages);
});

test('a cache written by several threads reads back to the same problems after an edit', { timeout: 120_000 }, async () => {
  const dir = siteWithMistakes();
  clearCheckCache(dir);
  try {
    const cold = await checkSite(dir, { threads: 3 });
    const page = path.join(dir, 'docs', (fs.readdirSync(path.join(dir, 'docs'), { recursive: true }) as string[]).find((file) => file.endsWith('.md'))!);
    fs.appendFileSync(page, '\nOne more: [gone too](./gone-too.md).\n');
    const warm = await checkSite(dir, { threads: 1 });
    assert.ok(warm.site, 'a page changed: the model was rebuilt from the cache and the edited page');
    const uncached = await checkSite(dir, { cache: false, threads: 1 });
    assert.deepEqual(lines(warm), lines(uncached));
    assert.equal(warm.problems.length, cold.problems.length + 1);
  } finally {
    clearCheckCache(dir);
  }
});
