/**
 * A blog's tags and authors' pages, as the blog plugin makes them (model/blog-routes.ts,
 * load/blog-authors.ts, load/tags-files.ts, rules/tags.ts): each tag's pages and each author's
 * page are listed, so a link to one that is not there is a broken link; the blog's tags file is
 * read as the docs' is, and a post's tag it does not define is weighed by the blog's
 * `onInlineTags`. Built with Docusaurus 3.10 (tests/site/agreement.test.ts, and two audits of
 * built blog sites: BENCHMARKS.md, thirtieth and thirty-first rounds).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, problemsWith } from '../helpers/check-fixture.ts';
import { partialPosts } from '../helpers/blog-posts.ts';
import { blogListings, paginatedRoutes } from '../../scripts/content/model/blog-routes.ts';
import type { BlogPluginSettings, BlogPost, TagsFileRead } from '../../scripts/content/model/site.ts';

const BLOG = { routeBasePath: 'blog', tagsBasePath: 'tags', pageBasePath: 'page', postsPerPage: 2 as number | 'ALL' };
const DEFINED = { security: { label: 'Security', permalink: '/security-topics' } };

/** The routes of the blog's tag pages: those of its lists of the kind `tag` (model/blog-routes.ts, blogListings). */
function tagRoutes(posts: Array<Pick<BlogPost, 'tags' | 'unlisted'>>, defined: NonNullable<TagsFileRead['tags']>): string[] {
  return blogListings({ path: 'blog', ...BLOG } as BlogPluginSettings, partialPosts(posts), defined, []).filter(({ kind }) => kind === 'tag').flatMap(({ routes }) => routes);
}

test('a list is paginated as the blog paginates: its base, then /page/2…; under postsPerPage ALL, no page for no post', () => {
  assert.deepEqual(paginatedRoutes('/blog/tags/tls', BLOG, 5), ['/blog/tags/tls', '/blog/tags/tls/page/2', '/blog/tags/tls/page/3']);
  assert.deepEqual(paginatedRoutes('/blog/authors/jane', BLOG, 0), ['/blog/authors/jane']);
  assert.deepEqual(paginatedRoutes('/blog/authors/jane', { ...BLOG, postsPerPage: 'ALL' }, 3), ['/blog/authors/jane']);
  assert.deepEqual(paginatedRoutes('/blog/authors/jane', { ...BLOG, postsPerPage: 'ALL' }, 0), []);
});

test('tag pages: the tags file\'s permalink, the inline tag kebab-cased, an object tag\'s own; paginated over the listed posts, a post counted once', () => {
  const posts = [
    { tags: ['security', 'Zero Trust', 'Zero Trust'] },
    { tags: ['security', { label: 'Audit', permalink: '/audit-log' }] },
    { tags: ['security'] },
    { tags: ['security'], unlisted: true as const },
  ];
  assert.deepEqual(tagRoutes(posts, DEFINED), [
    '/blog/tags/security-topics', '/blog/tags/security-topics/page/2',
    '/blog/tags/zero-trust',
    '/blog/tags/audit-log',
  ]);
  // Without the file, `security` is inline too.
  assert.deepEqual(tagRoutes(posts.slice(2), {}), ['/blog/tags/security']);
});

test('a tag only unlisted posts have still has its page, listing them all', () => {
  const posts = [1, 2, 3].map(() => ({ tags: ['beta'], unlisted: true as const }));
  assert.deepEqual(tagRoutes(posts, {}), ['/blog/tags/beta', '/blog/tags/beta/page/2']);
});

const INTRO = fs.readFileSync(path.join(FIXTURES, 'blog-posts', 'docs', 'intro.md'), 'utf8');
const withLinks = (links: string, files: Record<string, string> = {}) => ({ ...files, 'docs/intro.md': `${INTRO}\n${links}\n` });
const lines = async (files: Record<string, string>) => (await problemsWith(files, 'blog-posts')).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`);
const post = (front: string) => ({ 'blog/2024-07-02-ports.md': `---\ntitle: Ports\n${front}---\n\nText.\n` });

test('a link to a tag page no published post makes is a broken link, with the closest tag in the hint; the pages that are there pass', async () => {
  // The fixture's blog tags one post `security`, two posts a page.
  const found = await problemsWith(withLinks('[s](/blog/tags/security) [tls](/blog/tags/tls) [s2](/blog/tags/security/page/2) [typo](/blog/tags/securty)'), 'blog-posts');
  assert.deepEqual(found.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), [
    'docs/intro.md:16:26 broken-link',
    'docs/intro.md:16:48 broken-link',
    'docs/intro.md:16:81 broken-link',
  ]);
  assert.match(found[0].hint!, /^no tag of the blog has its page there: a tag's page is \/blog\/tags\/ and its permalink/);
  assert.match(found[2].hint!, /^no tag of the blog has its page there; the closest is \/blog\/tags\/security:/);
  // A draft's tag has no page; a second post with the tag, a page of its own.
  assert.deepEqual(await lines(withLinks('[tls](/blog/tags/tls)', post('tags: [tls]\ndraft: true\n'))), [
    'docs/intro.md:16:1 error broken-link: no page at "/blog/tags/tls"',
  ]);
  assert.deepEqual(await lines(withLinks('[tls](/blog/tags/tls)', post('tags: [tls]\n'))), []);
});

test('a post\'s tag the blog\'s tags file does not define: weighed by the blog\'s onInlineTags (warn when unset), a draft\'s a warning', async () => {
  const config = (options: string) => fs.readFileSync(path.join(FIXTURES, 'blog-posts', 'docusaurus.config.js'), 'utf8').replace("onInlineTags: 'ignore', ", options);
  const tagsFile = { 'blog/tags.yml': 'security:\n  label: Security\n' };
  const files = (options: string, front: string) => ({ ...tagsFile, 'docusaurus.config.js': config(options), ...post(front) });
  assert.deepEqual(await lines(files("onInlineTags: 'throw', ", 'tags: [security, tls]\n')), [
    'blog/2024-07-02-ports.md:3:1 error tags: tag "tls" is not defined in blog/tags.yml (onInlineTags: throw): the build stops',
  ]);
  assert.deepEqual(await lines(files('', 'tags: [Security]\n')), ['blog/2024-07-02-ports.md:3:1 warning tags: tag "Security" is not defined in blog/tags.yml']);
  assert.deepEqual(await lines(files("onInlineTags: 'throw', ", 'tags: [tls]\ndraft: true\n')), [
    'blog/2024-07-02-ports.md:3:1 warning tags: tag "tls" is not defined in blog/tags.yml (onInlineTags: throw): published, this page would stop the build',
  ]);
  // The tags file's permalink is the tag page's: the fixture's link to /blog/tags/security (line 14) breaks.
  assert.deepEqual(await lines(withLinks('[sec](/blog/tags/sec)', { 'blog/tags.yml': 'security:\n  permalink: /sec\n' })), [
    'docs/intro.md:14:1 error broken-link: no page at "/blog/tags/security"',
  ]);
});

test('a blog\'s tags file the option names and the folder lacks, or one Docusaurus refuses, stops the build', async () => {
  const config = fs.readFileSync(path.join(FIXTURES, 'blog-posts', 'docusaurus.config.js'), 'utf8').replace("onInlineTags: 'ignore', ", "tags: 'topics.yml', ");
  assert.deepEqual(await lines({ 'docusaurus.config.js': config }), [
    'blog/topics.yml:1:1 error tags: the blog plugin\'s tags option names this file, and the blog\'s folder blog has none: the build stops',
  ]);
  assert.deepEqual(await lines({ 'blog/tags.yml': 'a:\n  permalink: /x\nb:\n  permalink: /x\n' }), [
    'blog/tags.yml:4:1 error tags: tags "a" and "b" both have the permalink /x: Docusaurus refuses the file',
  ]);
});

test('an author\'s page is there when the map gives the author one (page: true, or its own permalink), paginated over the author\'s listed posts', async () => {
  const map = { 'blog/authors.yml': 'jane:\n  name: Jane Doe\n  page: true\nJoe Smith:\n  name: Joe\n  page: {permalink: /joe}\nann:\n  name: Ann\n' };
  const links = '[jane](/blog/authors/jane) [joe](/blog/authors/joe) [kebab](/blog/authors/joe-smith) [ann](/blog/authors/ann) [jane 2](/blog/authors/jane/page/2)';
  assert.deepEqual(await lines(withLinks(links, map)), [
    'docs/intro.md:16:53 error broken-link: no page at "/blog/authors/joe-smith"',
    'docs/intro.md:16:86 error broken-link: no page at "/blog/authors/ann"',
    'docs/intro.md:16:111 error broken-link: no page at "/blog/authors/jane/page/2"',
  ]);
  // Three listed posts by jane, two a page.
  const byJane = { ...post('authors: jane\n'), 'blog/2024-07-03-tls.md': '---\ntitle: TLS\nauthors: [jane]\n---\n\nText.\n' };
  assert.deepEqual(await lines(withLinks('[jane 2](/blog/authors/jane/page/2)', { ...map, ...byJane })), []);
});

test('two authors whose pages share a permalink: the plugin refuses the map', async () => {
  assert.deepEqual(await lines({ 'blog/authors.yml': 'jane:\n  name: Jane\n  page: {permalink: /team}\njoe:\n  name: Joe\n  page: {permalink: /team}\n' }), [
    'blog/authors.yml:1:1 error front-matter: the blog plugin refuses this authors map, and the build stops: The following permalinks are duplicated: Permalink: /blog/authors/team Authors: Jane, Joe',
  ]);
});
