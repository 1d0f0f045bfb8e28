/**
 * A blog's authors, as the blog plugin's own functions judge them (load/blog-authors.ts,
 * rules/blog-authors.ts): a key the authors map lacks, a key without a map, and a map that does
 * not parse or that the plugin's schema refuses each stop the build. Built with Docusaurus 3.10
 * (tests/site/agreement.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';

const lines = async (files: Record<string, string>) => (await problemsWith(files, 'blog-posts')).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`);
const post = (front: string) => ({ 'blog/2024-07-02-ports.md': `---\ntitle: Ports\n${front}---\n\nText.\n` });
// The fixture's blog/ has this map; its news/ has none.
const MAP = { 'blog/authors.yml': 'jane:\n  name: Jane Doe\n  title: Security lead\n  page: true\n' };

test('authors named by a key the map has, or written out in full, pass', async () => {
  assert.deepEqual(await lines({ ...MAP, ...post('authors: [jane, {name: Joe}]\n') }), []);
  assert.deepEqual(await lines({ 'news/2024-07-02-ports.md': '---\ntitle: Ports\nauthors: {name: Joe, title: Writer}\n---\n\nText.\n' }), []);
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
