/**
 * A blog's authors, as the blog plugin's own functions judge them (load/blog-authors.ts,
 * rules/blog-authors.ts): a key the authors map lacks, a key without a map, one key named twice,
 * and a map that does not parse or that the plugin's schema refuses each stop the build; authors
 * written out in full are weighed by the blog's onInlineAuthors. Built with Docusaurus 3.10
 * (tests/site/agreement.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { FIXTURES, problemsWith } from '../helpers/check-fixture.ts';
import { inlineAuthorsOf } from '../../scripts/content/load/blog-authors.ts';

const lines = async (files: Record<string, string>) => (await problemsWith(files, 'blog-posts')).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`);
const post = (front: string) => ({ 'blog/2024-07-02-ports.md': `---\ntitle: Ports\n${front}---\n\nText.\n` });
// The fixture's blog/ has this map; its news/ has none.
const MAP = { 'blog/authors.yml': 'jane:\n  name: Jane Doe\n  title: Security lead\n  page: true\n' };

test('authors named by a key the map has, or written out in full where the blog ignores inline authors, pass', async () => {
  // The fixture's blog/ sets onInlineAuthors: 'ignore'.
  assert.deepEqual(await lines({ ...MAP, ...post('authors: [jane, {name: Joe}]\n') }), []);
  assert.deepEqual(await lines({ ...MAP, ...post('authors: [{key: jane, title: Guest}]\n') }), []);
});

// The fixture's news/ blog, its onInlineAuthors set by `level` (absent: the plugin's default, warn).
const NEWS_CONFIG = fs.readFileSync(path.join(FIXTURES, 'blog-posts', 'docusaurus.config.js'), 'utf8');
const news = async (level: string | undefined, front: string, file = 'news/2024-07-02-ports.md') => lines({
  'docusaurus.config.js': level === undefined ? NEWS_CONFIG : NEWS_CONFIG.replace("archiveBasePath: null, ", `archiveBasePath: null, onInlineAuthors: '${level}', `),
  [file]: `---\ntitle: Ports\n${front}---\n\nText.\n`,
});

test('authors written out in full: a warning by default, an error under onInlineAuthors throw, nothing under log or ignore; at the authors line', async () => {
  const front = 'date: 2024-07-02\nauthors: [{name: Joe, title: Writer}, {name: Ann}]\n';
  assert.deepEqual(await news(undefined, front), [
    'news/2024-07-02-ports.md:4:1 warning front-matter: authors "Joe", "Ann" are written out here, not defined in news/authors.yml (onInlineAuthors: warn)',
  ]);
  assert.deepEqual(await news('throw', front), [
    'news/2024-07-02-ports.md:4:1 error front-matter: authors "Joe", "Ann" are written out here, not defined in news/authors.yml (onInlineAuthors: throw): the build stops',
  ]);
  assert.deepEqual(await news('log', front), []);
  assert.deepEqual(await news('ignore', front), []);
});

test('the older author keys are an author written out in full; a draft\'s authors are never read', async () => {
  assert.deepEqual(await news('throw', 'author: Jane Doe\nauthor_url: https://example.com\n'), [
    'news/2024-07-02-ports.md:3:1 error front-matter: author "Jane Doe" is written out here, not defined in news/authors.yml (onInlineAuthors: throw): the build stops',
  ]);
  assert.deepEqual(await news('throw', 'authors: {name: Joe}\ndraft: true\n'), []);
});

test('one author key named twice in a post stops the build, in the plugin\'s words', async () => {
  assert.deepEqual(await lines({ ...MAP, ...post('authors: [jane, {key: jane, title: Guest}]\n') }), [
    'blog/2024-07-02-ports.md:3:1 error front-matter: the blog plugin refuses this post\'s authors, and the build stops: Duplicate blog post authors were found in blog post "2024-07-02-ports.md" front matter: - {"name":"Jane Doe","title":"Guest","page":{"permalink":"/blog/authors/jane"},"key":"jane","socials":{}}',
  ]);
});

test('which authors are written out in full: the same as the plugin\'s own getBlogPostAuthors finds without a key', () => {
  const { getBlogPostAuthors } = createRequire(__filename)('@docusaurus/plugin-content-blog/lib/authors.js');
  const authorsMap = { jane: { key: 'jane', name: 'Jane', page: null } };
  const cases: Array<Record<string, unknown>> = [
    {}, { authors: 'jane' }, { authors: ['jane'] }, { authors: { name: 'Joe' } }, { authors: [{ name: 'Joe' }, 'jane'] },
    { authors: [{ key: 'jane', title: 'Guest' }] }, { authors: [{ title: 'No name' }] }, { authors: [] },
    { author: 'Jane' }, { author_title: 'Lead' }, { authorTitle: 'Lead' }, { author_url: 'https://x.example' }, { authorURL: 'https://x.example' },
    { author_image_url: '/img/a.png' }, { authorImageURL: 'https://x.example/a.png' }, { author: '' }, { author_title: '', authorTitle: 'Lead' },
  ];
  for (const frontMatter of cases) {
    const plugin = getBlogPostAuthors({ authorsMap, frontMatter, baseUrl: '/' }).filter((author: { key?: string | null }) => !author.key).length;
    assert.equal(inlineAuthorsOf(frontMatter).length, plugin, JSON.stringify(frontMatter));
  }
});

test('a key the map lacks, and a key without a map, stop the build: at the post\'s authors line, in the plugin\'s words', async () => {
  assert.deepEqual(await lines({ ...MAP, ...post('date: 2024-07-02\nauthors: [jane, joe]\n') }), [
    'blog/2024-07-02-ports.md:4:1 error front-matter: the blog plugin refuses this post\'s authors, and the build stops: Blog author with key "joe" not found in the authors map file. Valid author keys are: - jane',
  ]);
  // The second blog (news/) has no authors map.
  assert.deepEqual(await lines({ 'news/2024-07-02-ports.md': '---\ntitle: Ports\nauthors: nope\n---\n\nText.\n' }), [
    'news/2024-07-02-ports.md:3:1 error front-matter: the blog plugin refuses this post\'s authors, and the build stops: Can\'t reference blog post authors by a key (such as \'nope\') because no authors map file could be loaded. Please double-check your blog plugin config (in particular \'authorsMapPath\'), ensure the file exists at the configured path, is not empty, and is valid!',
  ]);
});

test('a draft\'s authors are never read: the plugin leaves drafts out first', async () => {
  assert.deepEqual(await lines({ ...MAP, ...post('authors: joe\ndraft: true\n') }), []);
});

test('a map that does not parse is shown where the YAML reader stopped; one the schema refuses at its first line', async () => {
  const broken = await lines({ 'blog/authors.yml': 'jane:\n  name: Jane\n  nope: [\n' });
  assert.equal(broken.length, 1);
  assert.match(broken[0], /^blog\/authors\.yml:4:1 error front-matter: the blog plugin refuses this authors map, and the build stops: The file at "\S*blog\/authors\.yml" looks invalid \(not Yaml nor JSON\)\. \(unexpected end of the stream within a flow collection \(4:1\)\)$/);
  assert.deepEqual(await lines({ 'blog/authors.yml': 'jane: 5\n' }), [
    'blog/authors.yml:1:1 error front-matter: the blog plugin refuses this authors map, and the build stops: "jane" should be an author object containing properties like name, title, and imageURL.',
  ]);
});
