/**
 * A cold check loads the site's config in its page worker, before that worker reads pages
 * (load/load-site.ts): the worker posts the settings, then takes its queue. The settings are the
 * ones a worker of their own gives; a config that throws or ends its thread gives Docusaurus's
 * defaults and a warning; a worker the reading does not need is ended once they are read; what
 * a config starts (a timer) does not keep the check alive; and a config that takes its time
 * does not lose the queue that reaches the worker meanwhile. Docusaurus's verdict on the config comes after
 * the worker's first pages (or at the word that it gets none), and reaches the report and the
 * cache all the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { startWorker } from '../../scripts/content/load/threads.ts';
import { loadSettings, settingsFrom, withConfigVerdict, type LoadedSettings } from '../../scripts/content/load/site-config.ts';
import { checkSite, type CheckResult } from '../../scripts/check/check-site.ts';
import { checkCacheBase } from '../../scripts/content/load/check-cache-place.cjs';
import { PROJECT_ROOT } from '../../scripts/project.ts';
import { endPageWorkers, NO_QUEUE, readPageRecords, type ChunkRead } from '../../scripts/content/load/page-records.ts';
import { pageQueue } from '../../scripts/content/load/page-queue.ts';
import { clearCheckCache, openCheckCache } from '../../scripts/content/load/check-cache.ts';
import { generateSite } from '../../scripts/bench/generate-site.ts';
import { outputPath } from '../helpers/paths.ts';
import { listFiles } from '../../scripts/content/load/walk.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';

/** Resolves when the worker says it is done with its queue (it posts other messages before: the settings, the verdict). */
const doneOf = (worker: Worker) => new Promise<void>((resolve) => worker.on('message', (message) => message === 'done' && resolve()));

/** A copy of the categories fixture with a sidebars file Docusaurus refuses (a misspelled key). */
function siteWithSidebars(name: string): string {
  const dir = outputPath(name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'categories'), dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
  fs.writeFileSync(path.join(dir, 'sidebars.js'), "module.exports = {\n  docs: [\n    { type: 'doc', id: 'install/linux', lable: 'Linux' },\n  ],\n};\n");
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("docs: { routeBasePath: '/' }", "docs: { routeBasePath: '/', sidebarPath: './sidebars.js' }"));
  return dir;
}

test('a page worker posts the settings first, the same as the config\'s own worker gives, then reads its pages', { timeout: 120_000 }, async () => {
  const dir = siteWithSidebars('settings-in-page-worker');
  const worker = startWorker('page-records', { settings: { siteDir: dir, overrides: {} } });
  const { settings, configVerdict } = await settingsFrom(worker, {});
  assert.equal(settings.site.source.kind, 'config');
  assert.deepEqual(settings, await loadSettings(dir), 'as the config\'s own worker reads them');
  assert.match(settings.docs.sidebars?.invalid?.message ?? '', /"lable" is not allowed/, 'judged on this thread');
  assert.equal(settings.docs.sidebars?.unjudged, undefined);

  const page = path.join(dir, 'docs', 'install', 'linux.md');
  const { port1, port2 } = new MessageChannel();
  const done = doneOf(worker);
  worker.postMessage({ queue: pageQueue([page]), port: port2 }, [port2]);
  assert.equal(await configVerdict, null, 'Docusaurus accepts the config');
  await done;
  const read = receiveMessageOnPort(port1)?.message as ChunkRead;
  assert.deepEqual(read.indexes, [0]);
  port1.close();
  await worker.terminate();
});

/** A site folder with this config and nothing else. */
function siteWithConfig(name: string, config: string): string {
  const dir = outputPath(name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'docusaurus.config.js'), config);
  return dir;
}

/** The warning of settings that fell back to Docusaurus's defaults; undefined for read ones. */
const fallbackWarning = (settings: LoadedSettings) => (settings.site.source.kind === 'fallback' ? settings.site.source.warning : undefined);

test('a config that does not load gives Docusaurus\'s defaults and says why, from the page worker too', { timeout: 60_000 }, async () => {
  const dir = siteWithConfig('settings-in-page-worker-broken', "throw new Error('no config today');\n");
  const worker = startWorker('page-records', { settings: { siteDir: dir, overrides: {} } });
  const { settings } = await settingsFrom(worker, {});
  await worker.terminate();
  assert.match(fallbackWarning(settings) ?? '', /no config today/);
});

test('a config whose error spans lines (a schema library\'s JSON) is said on one line, whole up to 300 characters, from either thread', { timeout: 60_000 }, async () => {
  const issues = JSON.stringify([{ code: 'invalid_type', path: ['TYPEDOC'], message: 'Expected text, received boolean' }], null, 2);
  const dir = siteWithConfig('settings-in-page-worker-multiline', `throw new Error(${JSON.stringify(issues)});\n`);
  const worker = startWorker('page-records', { settings: { siteDir: dir, overrides: {} } });
  for (const settings of [(await settingsFrom(worker, {})).settings, await loadSettings(dir)]) {
    assert.match(fallbackWarning(settings) ?? '', /\(\[ \{ "code": "invalid_type", "path": \[ "TYPEDOC" \], "message": "Expected text, received boolean" \} \]\)/);
  }
  await worker.terminate();
  const long = siteWithConfig('settings-in-page-worker-long', `throw new Error('x'.repeat(400));\n`);
  assert.match(fallbackWarning(await loadSettings(long)) ?? '', /\(x{299}…\)/);
});

test('a config that reads a file by a relative path, not found from where the check runs, says where that is and to run from the site\'s folder', { timeout: 60_000 }, async () => {
  const dir = siteWithConfig('settings-in-page-worker-relative', "require('fs').readFileSync('./src/snippets/sdks.html');\nmodule.exports = {};\n");
  fs.mkdirSync(path.join(dir, 'src', 'snippets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'src', 'snippets', 'sdks.html'), '<p>SDKs</p>\n');
  assert.notEqual(process.cwd(), dir);
  const words = fallbackWarning(await loadSettings(dir)) ?? '';
  assert.match(words, /ENOENT[^;]*sdks\.html'\); the check runs from \S+, where the config's relative paths are read: run it from the site's folder, as the build runs/);
});

test('a config that ends its thread (process.exit) gives the defaults and says so: the check goes on, from either thread', { timeout: 60_000 }, async () => {
  const dir = siteWithConfig('settings-in-page-worker-exit', 'process.exit(3);\n');
  const worker = startWorker('page-records', { settings: { siteDir: dir, overrides: {} } });
  for (const settings of [(await settingsFrom(worker, {})).settings, await loadSettings(dir)]) {
    assert.match(fallbackWarning(settings) ?? '', /could not load the config \(its thread ended\)/);
  }
});

test('a page worker the reading does not need is kept once it has posted the settings, and ended with the others', { timeout: 60_000 }, async () => {
  const dir = siteWithSidebars('settings-in-page-worker-unneeded');
  const worker = startWorker('page-records', { settings: { siteDir: dir, overrides: {} } });
  const settingsRead = settingsFrom(worker, {});
  const exited = once(worker, 'exit');
  const page = path.join(dir, 'docs', 'install', 'linux.md');
  // One page is one thread's work: this thread reads it.
  const cache = openCheckCache(dir, false);
  const [record] = await readPageRecords([{ file: 'docs/install/linux.md', absolutePath: page }], cache, undefined, undefined, { worker, settingsRead });
  assert.ok(record.extract);
  assert.equal((await settingsRead).settings.site.source.kind, 'config', 'the settings came first');
  // Kept for a later reading (the partials), until the check has read everything.
  endPageWorkers();
  await exited;
});

/** A generated site of 600 pages whose config `change` rewrites, and its page files. */
function generatedSite(name: string, change: (config: string) => string) {
  const dir = outputPath(name);
  fs.rmSync(dir, { recursive: true, force: true });
  generateSite(dir, { pagesPerVersion: 300, versions: 2, seed: 7 });
  const config = path.join(dir, 'docusaurus.config.ts');
  fs.writeFileSync(config, change(fs.readFileSync(config, 'utf8')));
  const files = listFiles(dir).filter((file) => /^(?:docs|versioned_docs)\/.*\.mdx?$/.test(file)).map((file) => ({ file, absolutePath: path.join(dir, file) }));
  return { dir, files };
}

test('a page worker that read pages is ended with the others, even when the config it loaded started a timer', { timeout: 120_000 }, async () => {
  const { dir, files } = generatedSite('settings-in-page-worker-timer', (config) => `setInterval(() => {}, 1000);\n${config}`);
  const worker = startWorker('page-records', { settings: { siteDir: dir, overrides: {} } });
  const settingsRead = settingsFrom(worker, {});
  const exited = once(worker, 'exit');
  const records = await readPageRecords(files, openCheckCache(dir, false), 2, undefined, { worker, settingsRead });
  assert.equal(records.length, files.length);
  assert.equal((await settingsRead).settings.site.source.kind, 'config');
  endPageWorkers();
  await exited; // the timer would keep it alive
});

test('a config that takes its time (an async config awaiting a timer) gets its queue all the same', { timeout: 120_000 }, async () => {
  // The queue reaches the worker while the config still loads: it must not be lost.
  const { dir, files } = generatedSite('settings-in-page-worker-slow', (config) => {
    assert.match(config, /^export default config;$/m);
    return config.replace(/^export default config;$/m, 'export default async function createConfig() {\n  await new Promise((resolve) => setTimeout(resolve, 300));\n  return config;\n}');
  });
  const worker = startWorker('page-records', { settings: { siteDir: dir, overrides: {} } });
  const settingsRead = settingsFrom(worker, {});
  const records = await readPageRecords(files, openCheckCache(dir, false), 2, undefined, { worker, settingsRead });
  assert.equal(records.length, files.length);
  assert.equal((await settingsRead).settings.site.source.kind, 'config');
});

test('a page worker posts the settings, reads its pages, then asks Docusaurus\'s validators (loaded before the pages) and posts the verdict: the same settings as the config\'s own worker gives', { timeout: 120_000 }, async () => {
  const dir = siteWithSidebars('settings-in-page-worker-refused');
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('module.exports = {', "module.exports = {\n  onDuplicateRoutes: 'warning',"));
  const worker = startWorker('page-records', { settings: { siteDir: dir, overrides: {} } });
  const messages: unknown[] = [];
  worker.on('message', (message) => messages.push(message));
  const { settings, configVerdict } = await settingsFrom(worker, {});
  assert.equal(settings.site.configWarnings?.some(({ message }) => message.startsWith('Docusaurus refuses')) ?? false, false, 'the settings come first, without the verdict');

  const { port1, port2 } = new MessageChannel();
  const done = doneOf(worker);
  worker.postMessage({ queue: pageQueue([path.join(dir, 'docs', 'install', 'linux.md')]), port: port2 }, [port2]);
  const verdict = await configVerdict;
  assert.deepEqual((receiveMessageOnPort(port1)?.message as ChunkRead).indexes, [0], 'the page\'s records were posted before the verdict');
  assert.match(verdict?.message ?? '', /^Docusaurus refuses this config: "onDuplicateRoutes" must be one of/);
  assert.equal(verdict?.severity, 'error');
  await done;
  assert.deepEqual(messages.map((message) => (typeof message === 'string' ? message : Object.keys(message as object).sort().join(','))), ['configVerdictFollows,settings', 'configVerdict', 'done']);
  assert.deepEqual(withConfigVerdict(settings, verdict), await loadSettings(dir), 'with the verdict, as the config\'s own worker reads them');
  port1.close();
  await worker.terminate();
});

test('a page worker that gets no queue (too few pages, or none to read) posts Docusaurus\'s verdict at the word', { timeout: 120_000 }, async () => {
  const dir = siteWithSidebars('settings-in-page-worker-no-queue');
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('module.exports = {', "module.exports = {\n  onDuplicateRoutes: 'warning',"));
  const worker = startWorker('page-records', { settings: { siteDir: dir, overrides: {} } });
  try {
    const { configVerdict } = await settingsFrom(worker, {});
    worker.postMessage(NO_QUEUE);
    assert.match((await configVerdict)?.message ?? '', /^Docusaurus refuses this config: "onDuplicateRoutes" must be one of/);
    // The word again (a reading that ends it after its queue) changes nothing: it still takes a queue.
    worker.postMessage(NO_QUEUE);
    const { port1, port2 } = new MessageChannel();
    const done = doneOf(worker);
    worker.postMessage({ queue: pageQueue([path.join(dir, 'docs', 'install', 'linux.md')]), port: port2 }, [port2]);
    await done;
    assert.deepEqual((receiveMessageOnPort(port1)?.message as ChunkRead).indexes, [0]);
    port1.close();
  } finally {
    await worker.terminate();
  }
});

test('a page worker whose thread ends after the settings, while Docusaurus validates the config, keeps the settings and gives a warning for the verdict it could not ask; the check reports it', { timeout: 120_000 }, async () => {
  // The settings read `tagline` once (they copy the config); Docusaurus's schema reads it again, and the thread ends there.
  const dir = siteWithConfig('settings-in-page-worker-exit-in-verdict', "let reads = 0;\nmodule.exports = {\n  title: 'Exits', url: 'https://docs.example.com', baseUrl: '/',\n  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false }]],\n  get tagline() { reads += 1; if (reads > 1) process.exit(0); return 'Tagline'; },\n};\n");
  const worker = startWorker('page-records', { settings: { siteDir: dir, overrides: {} } });
  try {
    const { settings, configVerdict } = await settingsFrom(worker, {});
    assert.equal(settings.site.source.kind, 'config', 'the settings came before the thread ended');
    worker.postMessage(NO_QUEUE);
    const verdict = await configVerdict;
    assert.match(verdict?.message ?? '', /^the check could not ask Docusaurus's validators about this config \(its thread ended\)/);
    assert.deepEqual([verdict?.line, verdict?.column, verdict?.severity ?? 'warning'], [1, 1, 'warning']);
  } finally {
    await worker.terminate();
  }
  fs.mkdirSync(path.join(dir, 'docs'));
  fs.writeFileSync(path.join(dir, 'docs', 'index.md'), '# Home\n');
  clearCheckCache(dir);
  try {
    const { problems } = await checkSite(dir, { reuseReport: false });
    assert.deepEqual(problems.map(({ file, line, severity, rule, message }) => `${file}:${line} ${severity} ${rule}: ${message.split(':')[0]}`), ['docusaurus.config.js:1 warning config: the check could not ask Docusaurus\'s validators about this config (its thread ended)']);
  } finally {
    clearCheckCache(dir);
  }
});

test('a refusal found after the settings came is reported by the cold check, and kept with the settings for the next run', { timeout: 120_000 }, async () => {
  const dir = siteWithSidebars('settings-in-page-worker-refused-cached');
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('module.exports = {', "module.exports = {\n  onDuplicateRoutes: 'warning',"));
  clearCheckCache(dir);
  const refusals = ({ problems }: CheckResult) => problems.filter(({ rule, severity }) => rule === 'config' && severity === 'error').map(({ line, message }) => `${line} ${message.slice(0, 60)}`);
  try {
    const cold = await checkSite(dir, { reuseReport: false });
    const line = fs.readFileSync(config, 'utf8').split('\n').findIndex((text) => text.includes('onDuplicateRoutes')) + 1;
    assert.deepEqual(refusals(cold), [`${line} Docusaurus refuses this config: "onDuplicateRoutes" must be `]);
    // The cache's index starts with its head, on one line: the settings are there, with the verdict.
    const head = JSON.parse(fs.readFileSync(`${checkCacheBase(PROJECT_ROOT, dir)}.index.json`, 'utf8').split('\n')[0]) as { settings?: { value: LoadedSettings } };
    assert.match(head.settings?.value.site.configWarnings?.[0]?.message ?? '', /^Docusaurus refuses this config/);
    const warm = await checkSite(dir, { reuseReport: false });
    assert.deepEqual(refusals(warm), refusals(cold), 'from the settings in the cache');
  } finally {
    clearCheckCache(dir);
  }
});

test('a config edited after a cold check: the settings are read again by the page worker, which has no page to read, and its verdict still comes', { timeout: 120_000 }, async () => {
  const dir = siteWithSidebars('settings-in-page-worker-config-edited');
  const config = path.join(dir, 'docusaurus.config.js');
  clearCheckCache(dir);
  const refusals = ({ problems }: CheckResult) => problems.filter(({ rule, severity }) => rule === 'config' && severity === 'error').map(({ message }) => message.slice(0, 60));
  try {
    assert.deepEqual(refusals(await checkSite(dir, { reuseReport: true })), []);
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('module.exports = {', "module.exports = {\n  onDuplicateRoutes: 'warning',"));
    assert.deepEqual(refusals(await checkSite(dir, { reuseReport: true })), ['Docusaurus refuses this config: "onDuplicateRoutes" must be ']);
  } finally {
    clearCheckCache(dir);
  }
});
