/**
 * Names a site's own remark plugins take away before MDX compiles a page (load/site-transforms.ts):
 * which plugins are run, what they are given, what is kept when they cannot be run, and a check
 * of a site with such plugins, cold, cached and edited.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { siteTransformsOf, type SiteTransforms } from '../../scripts/content/load/site-syntax.ts';
import { namesLeft } from '../../scripts/content/load/site-transforms.ts';
import { recordOf } from '../../scripts/content/extract/page-record.ts';
import { checkSite } from '../../scripts/check/check-site.ts';
import { textLine } from '../../scripts/check/report.ts';
import { clearCheckCache } from '../../scripts/content/load/check-cache.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { throwawaySiteDir } from '../helpers/paths.ts';
import { PROJECT_ROOT } from '../../scripts/project.ts';

const FIXTURE = path.join(FIXTURES, 'site-transforms');
type Plugin = (...options: any[]) => unknown;
const plugin = async (name: string): Promise<Plugin> => (await import(path.join(FIXTURE, 'plugins', name))).default;

/** The free names left of `text` after `plugins` ran on it, as `name@line:column`; undefined when they could not run. */
async function leftAfter(text: string, beforeDefault: unknown[], after: unknown[] = []): Promise<string[] | undefined> {
  const transforms = siteTransformsOf({ beforeDefaultRemarkPlugins: beforeDefault, remarkPlugins: after }) as SiteTransforms;
  const left = await namesLeft(text, '/site/docs/page.mdx', recordOf(text).frontMatter.data, { transforms });
  return left?.map(({ name, line, column }) => `${name}@${line}:${column}`);
}

test('the docs plugin\'s remark plugins are its transforms, before-default ones first, each with its options in the key', () => {
  const first: Plugin = function first() {};
  const second: Plugin = function second() {};
  assert.equal(siteTransformsOf(undefined), undefined);
  assert.equal(siteTransformsOf({ remarkPlugins: [] }), undefined);
  assert.equal(siteTransformsOf({ remarkPlugins: [false, 'a-name'] }), undefined, 'what is no function is Docusaurus\'s to refuse');
  const transforms = siteTransformsOf({ remarkPlugins: [[second, { level: 2 }]], beforeDefaultRemarkPlugins: [first] })!;
  assert.deepEqual(transforms.plugins, ['first', 'second']);
  assert.deepEqual(transforms.entries.map(([entry, options]) => [entry, options]), [[first, []], [second, [{ level: 2 }]]]);
  assert.notEqual(transforms.key, siteTransformsOf({ remarkPlugins: [[second, { level: 3 }]], beforeDefaultRemarkPlugins: [first] })!.key);
});

test('a name a plugin takes away is no longer free, and one it leaves is, at its place', async () => {
  const badge = await plugin('optional-badge.mjs');
  const text = '# Page\n\n## Ports {{optional}}\n\n## Hosts {{required}}\n';
  assert.deepEqual(recordOf(text).mdx!.freeNames.map(({ name }) => name), ['optional', 'required']);
  assert.deepEqual(await leftAfter(text, [badge]), ['required@5:12']);
});

test('an import a plugin adds binds the components it names, from remarkPlugins too', async () => {
  const importTabs = await plugin('import-tabs.mjs');
  const text = '# Page\n\n<Tabs>\n<TabItem value="a">\n\nA\n\n</TabItem>\n</Tabs>\n\n<Steps />\n';
  assert.deepEqual(await leftAfter(text, [], [[importTabs, { from: '@theme' }]]), ['Steps@11:1']);
  assert.deepEqual(recordOf(text).mdx!.freeNames.map(({ name, line, column }) => `${name}@${line}:${column}`), ['Tabs@3:1', 'TabItem@4:1', 'Steps@11:1'], 'as written, all three');
});

test('a plugin gets the page\'s path and front matter, as mdx-loader gives them', async () => {
  const seen: unknown[] = [];
  const spy: Plugin = () => (_tree: unknown, file: { path: string; data: { frontMatter?: unknown } }) => {
    seen.push(file.path, file.data.frontMatter);
  };
  await leftAfter('---\ntitle: T\nbadges: true\n---\n\n{name}\n', [spy]);
  assert.deepEqual(seen, ['/site/docs/page.mdx', { title: 'T', badges: true }]);
});

test('a plugin that throws, sync or async, leaves the names as written: the check cannot tell what it takes away', async () => {
  const throws: Plugin = () => () => {
    throw new Error('needs Docusaurus\'s own plugins first');
  };
  const rejects: Plugin = () => async () => {
    throw new Error('later');
  };
  assert.equal(await leftAfter('{name}\n', [throws]), undefined);
  assert.equal(await leftAfter('{name}\n', [rejects]), undefined);
});

test('a check of a site with such plugins reports only the names they leave, cold, cached and after an edit', async () => {
  const dir = throwawaySiteDir('site-transforms-');
  const report = async (cache: boolean) => (await checkSite(dir, { cache, reuseReport: cache })).problems.map(textLine);
  try {
    fs.cpSync(FIXTURE, dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
    assert.deepEqual(await report(false), []);
    assert.deepEqual(await report(true), []);
    assert.deepEqual(await report(true), [], 'warm');
    // A name the theme provides: no plugin needs to run, and the edited page is checked alone.
    fs.appendFileSync(path.join(dir, 'docs', 'index.md'), '\n<Details>\n<summary>More</summary>\n\nText.\n\n</Details>\n');
    const provided = await checkSite(dir, { reuseReport: true });
    assert.deepEqual([provided.problems, provided.pagesRechecked], [[], 1]);
    // Names nothing provides (ports.mdx has had some all along): the whole check runs the plugins.
    fs.appendFileSync(path.join(dir, 'docs', 'ports.mdx'), '\n## Hosts {{required}}\n\n<Steps />\n');
    const whole = await checkSite(dir, { reuseReport: true });
    assert.equal(whole.pagesRechecked, undefined);
    const edited = whole.problems.map(textLine);
    assert.deepEqual(edited.map((line) => line.split(': ').slice(0, 2).join(': ')), ['docs/ports.mdx:22:12: error mdx-undefined', 'docs/ports.mdx:24:1: error mdx-undefined']);
    assert.deepEqual(edited, await report(false));
    // The plugin itself edited: what it takes away is asked again, not taken from the cache. (A
    // process of its own: this one holds the plugin's first code, as Node keeps ES modules.)
    const cli = (...flags: string[]) => spawnSync(process.execPath, ['scripts/run.cjs', 'scripts/check.ts', '--site', dir, ...flags], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.split('\n').filter((line) => line.includes(' mdx-undefined: ')).map((line) => line.split(': ').slice(0, 2).join(': '));
    assert.equal(cli().length, 2, 'cached, before the plugin changes');
    const badge = path.join(dir, 'plugins', 'optional-badge.mjs');
    fs.writeFileSync(badge, fs.readFileSync(badge, 'utf8').replace("name = 'optional'", "name = 'nothing'"));
    assert.deepEqual(cli(), ['docs/ports.mdx:5:12: error mdx-undefined', 'docs/ports.mdx:22:12: error mdx-undefined', 'docs/ports.mdx:24:1: error mdx-undefined']);
    assert.deepEqual(cli(), cli('--no-cache'));
  } finally {
    clearCheckCache(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('each docs instance\'s pages run through that instance\'s own plugins: the guides\' take `{{beta}}` away, the docs\' take `{{optional}}`', async () => {
  const dir = throwawaySiteDir('site-transforms-instance-');
  try {
    fs.cpSync(FIXTURE, dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
    fs.writeFileSync(path.join(dir, 'docs', 'beta.md'), '# Beta\n\n## Early access {{beta}}\n');
    fs.copyFileSync(path.join(FIXTURE, 'mistakes', 'guides-optional.md'), path.join(dir, 'guides', 'optional.md'));
    const places = async (cache: boolean) => (await checkSite(dir, { cache })).problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.rule}`);
    const expected = ['docs/beta.md:3:19 mdx-undefined', 'guides/optional.md:5:12 mdx-undefined'];
    assert.deepEqual(await places(false), expected);
    assert.deepEqual(await places(true), expected);
    assert.deepEqual(await places(true), expected, 'warm: each record cached under its own instance\'s key');
  } finally {
    clearCheckCache(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a blog\'s and the pages plugin\'s own remark plugins take names away from posts and Markdown pages as the docs\' do from docs', async () => {
  const dir = throwawaySiteDir('site-transforms-blog-');
  try {
    fs.cpSync(FIXTURE, dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
    const config = path.join(dir, 'docusaurus.config.mjs');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('blog: false', "blog: { beforeDefaultRemarkPlugins: [optionalBadge], onUntruncatedBlogPosts: 'ignore', onInlineAuthors: 'ignore' }").replace('pages: false', 'pages: { remarkPlugins: [optionalBadge] }'));
    fs.mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'src', 'pages', 'gates.md'), '# Ports\n\n## Open {{optional}}\n\n## Closed {{closed}}\n');
    fs.mkdirSync(path.join(dir, 'blog'));
    fs.writeFileSync(path.join(dir, 'blog', '2024-05-01-ports.md'), '---\ntitle: Ports\n---\n\n## Ports {{optional}}\n\n## Hosts {{required}}\n\n<Tabs />\n');
    const places = (await checkSite(dir, { cache: false })).problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.rule}`);
    // The badge plugin is the blog's; the docs' import-tabs plugin is not, so Tabs stays undefined in the post.
    assert.deepEqual(places, ['blog/2024-05-01-ports.md:7:12 mdx-undefined', 'blog/2024-05-01-ports.md:9:1 mdx-undefined', 'src/pages/gates.md:5:13 mdx-undefined']);
  } finally {
    clearCheckCache(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
