/**
 * Large sites are read by several threads at once, and their records cached in parts. Neither
 * may change a single problem or a single page record. The runs that use threads go through the
 * command line, as writers run it: from source (tsx), a worker starts so slowly that the main
 * thread may read every page of a test-sized site before any worker claims one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import { clearCheckCache } from '../../scripts/content/load/check-cache.ts';
import { generateSite } from '../../scripts/bench/generate-site.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';
import type { Problem } from '../../scripts/check/problem.ts';

const ROOT = path.join(__dirname, '..', '..');
const SITE = path.join(OUTPUT_DIR, 'check-threads');

/** A generated site large enough for worker threads, with a few mistakes of each kind. */
function siteWithMistakes(): string {
  fs.rmSync(SITE, { recursive: true, force: true });
  generateSite(SITE, { pagesPerVersion: 1100, versions: 2, seed: 11 });
  const pages = (fs.readdirSync(path.join(SITE, 'docs'), { recursive: true }) as string[]).filter((file) => file.endsWith('.md')).sort();
  pages.slice(0, 40).forEach((page, i) => {
    const mistakes = ['[gone](./gone.md)', '[anchor](#no-such-heading)', '![img](./missing.png)', '[route](/no/such/route)'];
    fs.appendFileSync(path.join(SITE, 'docs', page), `\nA mistake: ${mistakes[i % mistakes.length]}.\n`);
  });
  return SITE;
}

/** `npm run check` on the site, with the check's timeline (which thread read how many pages). */
function checkCommand(dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/run.cjs', 'scripts/check.ts', '--site', dir, '--format', 'json', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, FAQ_CHECK_TRACE: '1' },
  });
  const computed = [...run.stderr.matchAll(/(main|worker \d+): computed (\d+) pages/g)].map(([, thread, pages]) => ({ thread, pages: Number(pages) }));
  return { status: run.status, problems: JSON.parse(run.stdout).problems as Problem[], computed, stderr: run.stderr };
}

const lineOf = (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}`;

test('worker threads read pages, and find exactly what one thread finds', { timeout: 180_000 }, async () => {
  const dir = siteWithMistakes();
  const threaded = checkCommand(dir, '--no-cache');
  const byWorkers = threaded.computed.filter(({ thread }) => thread !== 'main').reduce((sum, { pages }) => sum + pages, 0);
  assert.ok(byWorkers > 0, `no page was read by a worker:\n${threaded.stderr}`);
  const one = await checkSite(dir, { cache: false, threads: 1 });
  assert.equal(threaded.computed.reduce((sum, { pages }) => sum + pages, 0), one.site!.pages.length, 'every page read once');
  assert.ok(one.problems.length >= 40, `the planted mistakes are found (${one.problems.length})`);
  assert.deepEqual(threaded.problems.map(lineOf), one.problems.map(lineOf));
});

test('records that worker threads wrote to the cache read back as the same pages', { timeout: 180_000 }, async () => {
  const dir = siteWithMistakes();
  clearCheckCache(dir);
  try {
    const cold = checkCommand(dir);
    assert.ok(cold.computed.some(({ thread, pages }) => thread !== 'main' && pages > 0), 'a worker read pages');
    const page = path.join(dir, 'docs', (fs.readdirSync(path.join(dir, 'docs'), { recursive: true }) as string[]).find((file) => file.endsWith('.md'))!);
    fs.appendFileSync(page, '\nOne more: [gone too](./gone-too.md).\n');
    const warm = await checkSite(dir, { threads: 1 });
    assert.ok(warm.site, 'a page changed: the model was rebuilt from the cache and the edited page');
    const uncached = await checkSite(dir, { cache: false, threads: 1 });
    assert.deepEqual(warm.site!.pages, uncached.site!.pages);
    assert.deepEqual(warm.problems.map(lineOf), uncached.problems.map(lineOf));
    assert.equal(warm.problems.length, cold.problems.length + 1);
  } finally {
    clearCheckCache(dir);
  }
});
