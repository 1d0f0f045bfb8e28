/**
 * Routes other plugins make: the blog's (its posts read, its list, tag and author pages listed), doc tag pages, and category pages
 * that the sidebars declare, current and versioned. The fixture was built with Docusaurus 3.10.2
 * and every broken-link option on throw: the build named exactly the four links this test expects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foreignRoutePrefixes, generatedIndexCategories } from '../../scripts/content/load/plugin-routes.ts';
import { problemsOf } from '../helpers/check-fixture.ts';

test('links to blog, tag and category pages pass; pages that are not there, and redirects, fail', async () => {
  assert.deepEqual(await problemsOf('plugin-routes'), [
    'blog/2024-01-01-hello.md:1:1 warning page-file', // no truncate marker: the build warns too (onUntruncatedBlogPosts)
    'docs/intro.md:11:7 error broken-link', // a tag no page has
    'docs/intro.md:11:39 error broken-link', // a category no sidebar declares
    'docs/intro.md:11:80 error broken-link', // nothing at all
    'docs/intro.md:12:1 error broken-link', // a redirect: not a route for Docusaurus's link check either
  ]);
});

test('sidebar categories with a generated index, in order, shorthand and nested ones included', () => {
  const sidebars = {
    main: ['a', { type: 'category', label: 'One', link: { type: 'generated-index' }, items: [{ type: 'category', label: 'Two', link: { type: 'generated-index', slug: '/two' }, items: [] }] }],
    other: { Shorthand: ['b', { type: 'category', label: 'Three', link: { type: 'doc', id: 'b' }, items: [] }] },
  };
  assert.deepEqual(generatedIndexCategories(sidebars), [{ label: 'One', slug: undefined }, { label: 'Two', slug: '/two' }]);
});

test('a blog whose processBlogPosts may drop or move posts is taken on trust, whole', () => {
  const config = { presets: [['classic', { blog: { routeBasePath: 'news', processBlogPosts: async ({ blogPosts }: { blogPosts: unknown[] }) => blogPosts.slice(1) } }]] };
  assert.deepEqual(foreignRoutePrefixes(config), ['/news']);
});

test('neither another docs instance nor a blog without processBlogPosts is taken on trust: both are read', () => {
  const config = {
    presets: [['classic', { blog: { routeBasePath: 'news' } }]],
    plugins: [['@docusaurus/plugin-content-docs', { id: 'community', routeBasePath: 'community' }], ['@docusaurus/plugin-content-blog', { id: 'b2', path: 'no-such-folder' }], ['/abs/node_modules/@docusaurus/plugin-content-blog/lib/index.js', { id: 'b3', routeBasePath: 'releases' }]],
  };
  assert.deepEqual(foreignRoutePrefixes(config), []);
  assert.deepEqual(foreignRoutePrefixes({ presets: [['classic', { blog: false }]] }), []);
});
