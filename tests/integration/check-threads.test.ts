/**
 * Large sites are read by several threads at once, and their records cached in parts. Neither
 * may change a single problem or a single page record. Every run names its thread count
 * (`--threads N`), so these tests pass on one CPU, and none depends on which thread claims which
 * pages: the threads share one queue, and on a busy machine the main thread may read every page
 * before a worker has started. The last test gives a worker the whole queue, to compare what a
 * worker computes with what this thread computes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { checkSite } from '../../scripts/check/check-site.ts';
import { clearCheckCache, openCheckCache } from '../../scripts/content/load/check-cache.ts';
import { contentHash } from '../../scripts/content/load/content-hash.ts';
import type { ChunkRead, ChunkRest } from '../../scripts/content/load/page-records.ts';
import { chunkCount, pageQueue } from '../../scripts/content/load/page-queue.ts';
import { startWorker } from '../../scripts/content/load/threads.ts';
import { recordOf } from '../../scripts/content/extract/page-record.ts';
import { recordsFromJson } from '../../scripts/content/model/front-matter.ts';
import { generateSite } from '../../scripts/bench/generate-site.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';
import type { Problem } from '../../scripts/check/problem.ts';
import type { PageRecord } from '../../scripts/content/model/site.ts';

const ROOT = path.join(__dirname, '..', '..');
const SITE = path.join(OUTPUT_DIR, 'check-threads');

/** A generated site large enough to be worth threads, with a few mistakes of each kind. */
function siteWithMistakes(): string {
  fs.rmSync(SITE, { recursive: true, force: true });
  generateSite(SITE, { pagesPerVersion: 1100, versions: 2, seed: 11 });
  docPages(SITE).slice(0, 40).forEach((page, i) => {
    const mistakes = ['[gone](./gone.md)', '[anchor](#no-such-heading)', '![img](./missing.png)', '[route](/no/such/route)'];
    fs.appendFileSync(path.join(SITE, page), `\nA mistake: ${mistakes[i % mistakes.length]}.\n`);
  });
  // Values JSON cannot hold, which records must keep through the threads and the cache: YAML
  // reads a date as a date (the site's rule wants a title to be text), .nan and -0.0 as numbers.
  const title = docPages(SITE)[41];
  fs.writeFileSync(path.join(SITE, title), fs.readFileSync(path.join(SITE, title), 'utf8').replace(/^---\ntitle: [^\n]*\n/, '---\ntitle: 2023-01-01\n'));
  const keywords = docPages(SITE)[42];
  fs.writeFileSync(path.join(SITE, keywords), fs.readFileSync(path.join(SITE, keywords), 'utf8').replace(/^---\n/, '---\nkeywords: [2024-05-06, .nan, -0.0]\nlast_update:\n  date: 2024-05-06\n'));
  return SITE;
}

/** Page files of the latest version, relative to the site folder, in a stable order. */
function docPages(dir: string): string[] {
  return (fs.readdirSync(path.join(dir, 'docs'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file.split(path.sep).join('/')}`)
    .sort();
}

/** `npm run check` on the site with the trace on: its problems, and how many pages each thread computed. */
function checkCommand(dir: string, ...args: string[]) {
  return checkCommandWith({}, dir, ...args);
}

function checkCommandWith(env: NodeJS.ProcessEnv, dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/run.cjs', 'scripts/check.ts', '--site', dir, '--format', 'json', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, FAQ_CHECK_TRACE: '1', ...env },
  });
  const perThread = new Map<string, number>();
  for (const [, thread, pages] of run.stderr.matchAll(/(main|worker \d+): computed (\d+) pages/g)) {
    perThread.set(thread, (perThread.get(thread) ?? 0) + Number(pages));
  }
  const computed = [...perThread.values()].reduce((sum, pages) => sum + pages, 0);
  return { status: run.status, problems: JSON.parse(run.stdout).problems as Problem[], perThread, computed, stderr: run.stderr };
}

/** Page files of every version, relative to the site folder. */
function allPages(dir: string): string[] {
  return ['docs', 'versioned_docs'].flatMap((top) => (fs.readdirSync(path.join(dir, top), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.md'))
    .map((file) => `${top}/${file.split(path.sep).join('/')}`));
}

const lineOf = (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}`;

test('--threads 3 finds exactly what --threads 1 finds, and every page is computed exactly once', { timeout: 180_000 }, async () => {
  const dir = siteWithMistakes();
  const one = checkCommand(dir, '--no-cache', '--threads', '1');
  const three = checkCommand(dir, '--no-cache', '--threads', '3');
  const model = await checkSite(dir, { cache: false, threads: 1 });
  const files = model.site!.pages.length + model.site!.partials.length;

  assert.equal(one.status, 1, one.stderr);
  assert.ok(one.problems.length >= 41, `the planted mistakes are found (${one.problems.length})`);
  assert.equal(three.problems.filter((problem) => problem.rule === 'front-matter' && /got a date/.test(problem.message)).length, 1, 'a date read by a worker stays a date');
  assert.deepEqual(three.problems.map(lineOf), one.problems.map(lineOf));
  assert.deepEqual([...one.perThread.keys()], ['main'], 'one thread: no worker starts');
  // Each thread reports what it computed, none at all included: the main thread and two workers.
  assert.equal(three.perThread.size, 3, `three threads read pages:\n${three.stderr}`);
  assert.equal(one.computed, files, 'one thread computes every page once');
  assert.equal(three.computed, files, 'three threads compute every page once between them');
});

test('threads that split a record in two stages (load/page-queue.ts) find what threads making whole records find', { timeout: 180_000 }, () => {
  const dir = siteWithMistakes();
  const split = checkCommand(dir, '--no-cache', '--threads', '2');
  const whole = checkCommandWith({ FAQ_CHECK_WITHOUT: 'stage-split' }, dir, '--no-cache', '--threads', '2');
  assert.equal(split.status, 1, split.stderr);
  assert.ok(split.problems.length >= 41, `the planted mistakes are found (${split.problems.length})`);
  assert.deepEqual(split.problems.map(lineOf), whole.problems.map(lineOf));
  // How many of the worker's chunks the main thread finishes depends on the threads' pace (on a
  // busy machine the main thread may read every page before the worker starts); switched off, none.
  assert.match(whole.stderr, /main: computed \d+ pages, \d+ distinct texts, and the rest of 0 chunks the workers read/, 'switched off, it makes none');
});

test('a text that several versions hold alike is computed once per thread, and each copy gets its problems', { timeout: 180_000 }, async () => {
  const dir = siteWithMistakes();
  // The older version keeps the current version's text wherever a page exists in both, as a
  // version cut from an unchanged page does.
  const versionDir = path.join(dir, 'versioned_docs', fs.readdirSync(path.join(dir, 'versioned_docs'))[0]);
  let copies = 0;
  for (const file of docPages(dir)) {
    const copy = path.join(versionDir, file.slice('docs/'.length));
    if (!fs.existsSync(copy)) continue;
    fs.copyFileSync(path.join(dir, file), copy);
    copies++;
  }
  assert.ok(copies > 500, `most pages have a copy (${copies})`);
  const one = checkCommand(dir, '--no-cache', '--threads', '1');
  const three = checkCommand(dir, '--no-cache', '--threads', '3');
  const model = await checkSite(dir, { cache: false, threads: 1 });
  const texts = [...model.site!.pages, ...model.site!.partials].map(({ file }) => fs.readFileSync(path.join(dir, file), 'utf8'));
  // Pages, then the partials they import: each round reports its own count.
  const distinct = [...one.stderr.matchAll(/computed \d+ pages, (\d+) distinct texts/g)].reduce((sum, match) => sum + Number(match[1]), 0);

  assert.equal(one.computed, texts.length, 'every page has its record');
  assert.equal(distinct, new Set(texts).size, 'one thread computes each distinct text once');
  assert.deepEqual(three.problems.map(lineOf), one.problems.map(lineOf));
  const planted = one.problems.filter((problem) => problem.message.includes('gone.md'));
  assert.ok(planted.some((p) => p.file.startsWith('docs/')) && planted.some((p) => p.file.startsWith('versioned_docs/')), 'a copied mistake is reported in each copy');
});

test('records in the cache after a --threads 3 run are the records one thread computes, and read back as the same site', { timeout: 180_000 }, async () => {
  const dir = siteWithMistakes();
  clearCheckCache(dir);
  try {
    const cold = checkCommand(dir, '--threads', '3');
    assert.equal(cold.perThread.size, 3);
    const cache = openCheckCache(dir, true);
    // Every page of both versions: the older version holds copies, which a thread sends once.
    for (const file of allPages(dir)) {
      const content = fs.readFileSync(path.join(dir, file), 'utf8');
      const { size, mtimeMs } = fs.statSync(path.join(dir, file));
      assert.equal(cache.fileHash(file, size, mtimeMs), contentHash(content), `${file}: indexed by its content`);
      assert.deepEqual(cache.record(contentHash(content)), recordOf(content), file);
    }

    const page = path.join(dir, docPages(dir)[0]);
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

test('a worker given the whole queue computes every page, with the records this thread computes', { timeout: 120_000 }, async () => {
  const dir = siteWithMistakes();
  // More than two chunks, and copies of some texts: an older version's copy of a page sits
  // beside it in the queue, or two chunks further on.
  const latest = docPages(dir).slice(0, 150);
  for (const file of latest.slice(0, 10)) fs.copyFileSync(path.join(dir, file), path.join(dir, `${file}.copy.md`));
  const files = [...latest.slice(0, 140), ...latest.slice(0, 10).map((file) => `${file}.copy.md`), ...latest.slice(140)];
  // This thread claims nothing from the queue: the worker must take every chunk, and then make
  // the rest of each chunk's records, as nobody else claimed it.
  const queue = pageQueue(files.map((file) => path.join(dir, file)));
  const { port1, port2 } = new MessageChannel();
  const worker = startWorker('page-records', { queue, port: port2 }, [port2]);
  // It says 'done', then waits for another queue (the main thread keeps it for the partials).
  const said = await new Promise<unknown>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker exited (${code}) before it was done`)));
    worker.once('message', resolve);
  });
  assert.equal(said, 'done');
  await worker.terminate();
  // The worker posts every chunk before it says it is done: they are all waiting on the port.
  const records: PageRecord[] = new Array(files.length);
  const reads = new Map<number, ChunkRead>();
  const rests: number[] = [];
  for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1)) {
    const posted = message.message as ChunkRead | ChunkRest;
    if ('extract' in posted) {
      assert.equal(posted.extract.length, posted.newHashes.length);
      assert.equal(posted.texts?.length, posted.newHashes.length, 'the texts go with the first stage, for the rest');
      reads.set(posted.chunk, posted);
    } else {
      assert.ok(reads.has(posted.chunk), 'the rest of a chunk comes after its first stage');
      rests.push(posted.chunk);
      const read = reads.get(posted.chunk)!;
      assert.equal(posted.rest.length, read.newHashes.length);
      read.rest = posted.rest;
    }
  }
  assert.deepEqual([...reads.keys()].sort((a, b) => a - b), Array.from({ length: chunkCount(files.length) }, (_, i) => i));
  assert.deepEqual(rests, [...reads.keys()].reverse(), 'the rest of every chunk, from the last back');
  // A chunk holds the records of the texts the worker had not sent yet: each text once.
  const sent = new Map<string, PageRecord>();
  for (const read of reads.values()) {
    read.newHashes.forEach((hash, i) => {
      assert.ok(!sent.has(hash), `text ${hash} sent twice`);
      sent.set(hash, recordsFromJson([{ ...JSON.parse(read.extract[i]), ...JSON.parse(read.rest![i]) } as PageRecord])[0]);
    });
    read.indexes.forEach((index, i) => {
      assert.equal(records[index], undefined, `page ${index} computed twice`);
      records[index] = sent.get(read.hashes[i])!;
    });
  }
  port1.close();
  files.forEach((file, index) => assert.deepEqual(records[index], recordOf(fs.readFileSync(path.join(dir, file), 'utf8')), file));
});

test('the partials the pages import are read by the worker that read the pages, and the process still ends', { timeout: 180_000 }, () => {
  const dir = siteWithMistakes();
  // 300 partials, each imported by one page, one of them with a broken link: a second reading
  // large enough for two threads, after the pages'.
  const pages = docPages(dir).slice(100, 400);
  fs.mkdirSync(path.join(dir, 'docs', '_parts'), { recursive: true });
  pages.forEach((file, i) => {
    const link = i === 7 ? '[gone](./gone-partial.md)' : '[the first page](/)';
    fs.writeFileSync(path.join(dir, 'docs', '_parts', `_part${i}.md`), `A shared paragraph, number ${i}, with a link: ${link}.\n`);
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const end = text.indexOf('\n---\n', 4) + 5;
    fs.writeFileSync(path.join(dir, file), `${text.slice(0, end)}\nimport Part${i} from '@site/docs/_parts/_part${i}.md';\n\n${text.slice(end)}\n<Part${i} />\n`);
  });
  const one = checkCommand(dir, '--no-cache', '--threads', '1');
  const two = checkCommand(dir, '--no-cache', '--threads', '2');
  assert.deepEqual(two.problems.map(lineOf), one.problems.map(lineOf));
  assert.ok(one.problems.some((problem) => problem.file === 'docs/_parts/_part7.md' && problem.message.includes('gone-partial.md')), 'the partial\'s broken link is found');
  // Two readings (the pages, then the partials: these 300 and the generator's own), each with one
  // worker: the same one.
  const claims = [...two.stderr.matchAll(/(worker \d+): claiming pages from a queue of (\d+)/g)].map(([, thread, size]) => ({ thread, size: Number(size) }));
  assert.equal(claims.length, 2, two.stderr);
  assert.equal(claims[0].size + claims[1].size, one.computed, 'the pages, then every partial');
  assert.ok(claims[1].size >= 300, two.stderr);
  assert.equal(new Set(claims.map(({ thread }) => thread)).size, 1, `one worker for both readings:\n${two.stderr}`);
  assert.ok((two.perThread.get(claims[0].thread) ?? 0) > 0);
});
