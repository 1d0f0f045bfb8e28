/**
 * The routes a blog makes beside its posts, and what they do to the posts' links
 * (load/blog-posts.ts publishedBlogRoutes, rules/blog-post-links.ts listPageProblems): list
 * pages by postsPerPage, the archive, the tags and authors indexes exist only where the blog
 * makes them; the list pages show each listed post up to its truncate marker, and the build
 * checks its links from there too; a list page's anchors are those of the posts it shows, in
 * the blog's order. Each shape was built with Docusaurus 3.10 by an audit (BENCHMARKS.md,
 * thirtieth and forty-fourth rounds).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, problemsWith } from '../helpers/check-fixture.ts';
import { partialPosts } from '../helpers/blog-posts.ts';
import { blogListings } from '../../scripts/content/model/blog-routes.ts';
import type { BlogPluginSettings } from '../../scripts/content/model/site.ts';

const INTRO = fs.readFileSync(path.join(FIXTURES, 'blog-posts', 'docs', 'intro.md'), 'utf8');
const places = async (files: Record<string, string>) => (await problemsWith(files, 'blog-posts')).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`);
const withLinks = (links: string) => ({ 'docs/intro.md': `${INTRO}\n${links}\n` });

test('list pages follow postsPerPage over the listed posts: /blog, then /blog/page/2…, never /blog/page/1', () => {
  const blog = { path: 'blog', routeBasePath: 'blog', pageBasePath: 'page', postsPerPage: 2 } as BlogPluginSettings;
  // Unlisted and draft posts are on no list page.
  const posts = (listed: number) => partialPosts([...Array.from({ length: listed }, () => ({})), { unlisted: true }, { draft: true }]);
  const listRoutes = (settings: BlogPluginSettings, listed: number) => blogListings(settings, posts(listed), {}, []).find(({ kind }) => kind === 'list')!.routes;
  assert.deepEqual(listRoutes(blog, 0), ['/blog']);
  assert.deepEqual(listRoutes(blog, 5), ['/blog', '/blog/page/2', '/blog/page/3']);
  assert.deepEqual(listRoutes({ ...blog, postsPerPage: 'ALL' }, 5), ['/blog']);
});

test('the fixture\'s blog (three listed posts, two a page) has /blog/page/2, an archive, a tags index and an authors index; its news blog has none of the last three, nor tag or author pages', async () => {
  assert.deepEqual(await places(withLinks('[p2](/blog/page/2) [p3](/blog/page/3) [p1](/blog/page/1) [archive](/blog/archive) [tags](/blog/tags) [authors](/blog/authors)')), [
    'docs/intro.md:16:20 error broken-link',
    'docs/intro.md:16:39 error broken-link',
  ]);
  assert.deepEqual(await places(withLinks('[archive](/news/archive) [tags](/news/tags) [authors](/news/authors) [a tag](/news/tags/x) [an author](/news/authors/x)')), [
    'docs/intro.md:16:1 error broken-link',
    'docs/intro.md:16:26 error broken-link',
    'docs/intro.md:16:45 error broken-link',
    'docs/intro.md:16:70 error broken-link',
    'docs/intro.md:16:92 error broken-link',
  ]);
});

test('a relative address in a listed post breaks on the list pages, where it leads elsewhere; a file link, a root address, or one below the truncate marker does not', async () => {
  const post = '---\ntitle: Ports\n---\n\nSee [the patch](../../06/01/patch), [the file](./welcome.md), [home](/) and [up](#upgrade).\n\n## Upgrade\n\n<!-- truncate -->\n\nBelow: [the patch](../../06/01/patch).\n';
  // Its address is /blog/2024/05/29/ports, from where ../../06/01/patch is the patch post.
  assert.deepEqual(await places({ 'blog/2024-05-29-ports.md': post }), ['blog/2024-05-29-ports.md:5:5 error broken-link']);
  // Unlisted, it is on no list page.
  assert.deepEqual(await places({ 'blog/2024-05-29-ports.md': post.replace('title: Ports\n', 'title: Ports\nunlisted: true\n') }), []);
});

test('an anchor of the post below its truncate marker is none on the list pages', async () => {
  const post = '---\ntitle: Ports\n---\n\nSee [the steps](#steps) and [the top](#top).\n\n## Top\n\n<!-- truncate -->\n\n## Steps\n';
  const found = await problemsWith({ 'blog/2024-05-29-ports.md': post }, 'blog-posts');
  assert.deepEqual(found.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`), [
    'blog/2024-05-29-ports.md:5:5 broken-anchor: the blog\'s list page (/blog) shows this post up to its truncate marker (line 9), and the heading "#steps" is below it: the list page has no such anchor',
  ]);
});

test('a partial the post renders above its truncate marker shows on the list pages: its headings are anchors there, and its relative addresses are judged from there; one rendered below the marker is on the post alone', async () => {
  const post = [
    '---', 'title: Ports', '---', '', "import Above from './_above.md';", "import Below from './_below.md';", '',
    'See [open](#open-ports) and [closed](#closed-ports).', '', '<Above />', '', '<!-- truncate -->', '', '<Below />', '',
  ].join('\n');
  const found = await problemsWith({
    'blog/2024-05-29-ports.mdx': post,
    'blog/_above.md': '## Open ports\n\nSee [the patch](../../06/01/patch).\n',
    'blog/_below.md': '## Closed ports\n\nSee [the patch](../../06/01/patch).\n',
    ...withLinks('[open](/blog#open-ports) [closed](/blog#closed-ports) [on the post](/blog/2024/05/29/ports#closed-ports)'),
  }, 'blog-posts');
  assert.deepEqual(found.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`), [
    'blog/2024-05-29-ports.mdx:8:29 broken-anchor: the blog\'s list page (/blog) shows this post up to its truncate marker (line 12), and the heading "#closed-ports" is below it: the list page has no such anchor',
    'blog/_above.md:3:5 broken-link: the blog\'s list page (/blog) shows this post too, up to its truncate marker, and from there "../../06/01/patch" leads to no page',
    'docs/intro.md:16:26 broken-anchor: no heading "#closed-ports" on the blog\'s list page at "/blog"',
  ]);
});

test('a partial above the marker is judged on the list pages with all the links the build collects there: its <Link>s, and its HTML links where it is read as CommonMark; one on the marker\'s line before it shows there too', async () => {
  const post = (imported: string, body: string) => ['---', 'title: Ports', '---', '', `import Part from './${imported}';`, '', body, '', 'More.', '', '## Steps', ''].join('\n');
  const withMarker = (imported: string) => post(imported, '<Part />\n\n<!-- truncate -->');
  const part = "import Link from '@docusaurus/Link';\n\n## Open ports\n\nSee <Link to=\"../../06/01/patch\">the patch</Link> and <Link to=\"#steps\">the steps</Link>.\n";
  assert.deepEqual(await places({ 'blog/2024-05-29-ports.mdx': withMarker('_part.mdx'), 'blog/_part.mdx': part }), [
    'blog/_part.mdx:5:11 error broken-link',
    'blog/_part.mdx:5:61 error broken-anchor',
  ]);
  const detect = fs.readFileSync(path.join(FIXTURES, 'blog-posts', 'docusaurus.config.js'), 'utf8').replace("markdown: { hooks:", "markdown: { format: 'detect', hooks:");
  assert.deepEqual(await places({ 'docusaurus.config.js': detect, 'blog/2024-05-29-ports.mdx': withMarker('_part.md'), 'blog/_part.md': '## Part heading\n\nSee <a href="../../06/01/patch">the patch</a>.\n' }), [
    'blog/_part.md:3:13 error broken-link',
  ]);
  // The blog cuts the text at the marker itself: what stands before it on its line is on the list page.
  assert.deepEqual(await places({ 'blog/2024-05-29-ports.mdx': post('_part.md', '<Part /> {/* truncate */}'), 'blog/_part.md': '## Part heading\n', ...withLinks('[on the list](/blog#part-heading)') }), []);
  assert.deepEqual(await places({ 'blog/2024-05-29-ports.mdx': post('_part.md', '{/* truncate */} <Part />'), 'blog/_part.md': '## Part heading\n', ...withLinks('[on the list](/blog#part-heading)') }), ['docs/intro.md:16:1 error broken-anchor']);
});

test('a post\'s own <Link>s are judged on the list pages too: a relative one and one to a heading below the marker break there; one in a lazy tab, which the build never renders, does not', async () => {
  const post = [
    '---', 'title: Ports', '---', '', "import Link from '@docusaurus/Link';", "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", '',
    'See <Link to="../../06/01/patch">the patch</Link> and <Link to="#steps">the steps</Link>.', '',
    '<Tabs lazy>', '<TabItem value="a">', '', 'A.', '', '</TabItem>', '<TabItem value="b">', '', '[Later](../../06/01/patch)', '', '</TabItem>', '</Tabs>', '',
    '<!-- truncate -->', '', '## Steps', '',
  ].join('\n');
  const found = await problemsWith({ 'blog/2024-05-29-ports.mdx': post }, 'blog-posts');
  assert.deepEqual(found.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`), [
    'blog/2024-05-29-ports.mdx:9:11 broken-link: the blog\'s list page (/blog) shows this post too, up to its truncate marker, and from there "../../06/01/patch" leads to no page',
    'blog/2024-05-29-ports.mdx:9:61 broken-anchor: the blog\'s list page (/blog) shows this post up to its truncate marker (line 24), and the heading "#steps" is below it: the list page has no such anchor',
  ]);
  // Tabs that are not lazy render every item: the link in the second one breaks there too.
  const eager = await problemsWith({ 'blog/2024-05-29-ports.mdx': post.replace('<Tabs lazy>', '<Tabs>') }, 'blog-posts');
  assert.deepEqual(eager.map((p) => `${p.line}:${p.column} ${p.rule}`), ['9:11 broken-link', '9:61 broken-anchor', '19:1 broken-link']);
});

test('a post shown on a tag\'s page and an author\'s page too: the problem names every page that shows it', async () => {
  const post = '---\ntitle: Ports\ntags: [release]\nauthors: [jane]\n---\n\nSee [the steps](#steps).\n\n<!-- truncate -->\n\n## Steps\n';
  const found = await problemsWith({ 'blog/2024-05-29-ports.md': post }, 'blog-posts');
  // Built with Docusaurus 3.10.2 (BENCHMARKS.md, forty-eighth round): the build names #steps broken on all three.
  assert.deepEqual(found.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`), [
    'blog/2024-05-29-ports.md:7:5 broken-anchor: the blog\'s list page (/blog), page of a tag (/blog/tags/release) and page of an author (/blog/authors/jane) show this post up to its truncate marker (line 9), and the heading "#steps" is below it: none of them has such an anchor',
  ]);
});

test('an unlisted post is on the pages of a tag whose every post is unlisted: an anchor below its marker and a relative address break there', async () => {
  const post = '---\ntitle: Internal notes\nslug: internal-notes\ndate: 2024-02-01\nunlisted: true\ntags: [internal]\n---\n\nSee [the steps](#steps) and [hello](./hello-world).\n\n<!-- truncate -->\n\n## Steps\n';
  const found = await problemsWith({ 'blog/internal.md': post }, 'blog-posts');
  // From its own address, /blog/internal-notes, ./hello-world is the welcome post; from /blog/tags/internal it is /blog/tags/hello-world.
  assert.deepEqual(found.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`), [
    'blog/internal.md:9:5 broken-anchor: the blog\'s page of a tag (/blog/tags/internal) shows this post up to its truncate marker (line 11), and the heading "#steps" is below it: the page of a tag has no such anchor',
    'blog/internal.md:9:29 broken-link: the blog\'s page of a tag (/blog/tags/internal) shows this post too, up to its truncate marker, and from there "./hello-world" leads to no page',
  ]);
  // With a listed post beside it in the tag, the tag's pages list only that one.
  const listed = '---\ntitle: Listed\ndate: 2024-03-01\ntags: [internal]\n---\n\nText.\n';
  assert.deepEqual(await problemsWith({ 'blog/internal.md': post, 'blog/listed.md': listed }, 'blog-posts'), []);
});

test('the problem names the list page the post lands on, where the dates say which: an old post is on /blog/page/2', async () => {
  const post = (date: string) => `---\ntitle: Ports\ndate: ${date}\n---\n\nSee [the steps](#steps).\n\n<!-- truncate -->\n\n## Steps\n`;
  const messages = async (date: string) => (await problemsWith({ 'blog/ports.md': post(date) }, 'blog-posts')).map((p) => `${p.line}:${p.column} ${p.message}`);
  // The blog lists three posts (2024-06-01, 2024-05-28, 2024-01-02), two a page.
  assert.deepEqual(await messages('2023-12-01'), ['6:5 the blog\'s list page (/blog/page/2) shows this post up to its truncate marker (line 8), and the heading "#steps" is below it: the list page has no such anchor']);
  assert.deepEqual(await messages('2024-05-30'), ['6:5 the blog\'s list page (/blog) shows this post up to its truncate marker (line 8), and the heading "#steps" is below it: the list page has no such anchor']);
  // The date of the post it would follow: which of the two comes first is the blog's glob order.
  assert.deepEqual(await messages('2024-05-28'), ['6:5 the blog\'s list pages (/blog, /blog/page/2) show this post up to its truncate marker (line 8), and the heading "#steps" is below it: none of them has such an anchor']);
});

test('a link to a page the blog does not make says why: how many list pages it makes, and when it makes its archive, tags and authors pages', async () => {
  const found = await problemsWith(withLinks('[p3](/blog/page/3) [archive](/news/archive) [tags](/news/tags) [authors](/news/authors) [p2](/news/page/2)'), 'blog-posts');
  assert.deepEqual(found.map((p) => `${p.line}:${p.column} ${p.hint}`), [
    '16:1 the blog makes two list pages, /blog and /blog/page/2: postsPerPage (2) over its listed posts, drafts and unlisted posts left out',
    '16:20 the blog\'s archive is turned off (archiveBasePath: null)',
    '16:45 the blog makes its tags page only when a published post has tags',
    '16:64 the blog makes its authors page only with an authors map (news/authors.yml) that names an author',
    '16:89 the blog makes one list page, /news: postsPerPage (10) over its listed posts, drafts and unlisted posts left out',
  ]);
});

test('a link to a blog\'s feed is to a file the build writes after its link check: the hint says to write pathname://', async () => {
  const found = await problemsWith(withLinks('[RSS](/blog/rss.xml) [Atom](pathname:///blog/atom.xml)'), 'blog-posts');
  assert.deepEqual(found.map((p) => `${p.line}:${p.column} ${p.rule} ${p.hint}`), [
    '16:1 broken-link the blog\'s feed is a file the build writes, not a page its link check knows: write the address as pathname:///blog/rss.xml',
  ]);
});

test('a post whose slug lands on a page the blog makes itself (its archive, tags page, a list page) is a duplicate route, named', async () => {
  const post = (slug: string) => ({ [`blog/2024-07-0${slug.length % 9}-x.md`]: `---\ntitle: X\nslug: ${slug}\n---\n\nText.\n` });
  const words = async (slug: string) => (await problemsWith(post(slug), 'blog-posts')).map((p) => `${p.rule}: ${p.message.split(';')[0]}`);
  assert.deepEqual(await words('archive'), ['duplicate-route: address "/blog/archive" of this post is also the address of the archive of the blog in blog/']);
  assert.deepEqual(await words('tags'), ['duplicate-route: address "/blog/tags" of this post is also the address of the tags page of the blog in blog/']);
  assert.deepEqual(await words('page/2'), ['duplicate-route: address "/blog/page/2" of this post is also the address of a list page of the blog in blog/']);
});

test('a list page\'s anchors are the headings of the posts it shows, newest first, each up to its truncate marker', async () => {
  // Two a page: the patch (June 1st) and 2.9 (May 28th, truncated above its steps) on /blog, the welcome post on /blog/page/2.
  assert.deepEqual(await places(withLinks('[a](/blog#agent-fix) [b](/blog/page/2#agent-fix) [c](/blog#upgrade-steps) [d](/blog/page/2)')), [
    'docs/intro.md:16:22 error broken-anchor',
    'docs/intro.md:16:50 error broken-anchor',
  ]);
  const [message] = (await problemsWith(withLinks('[b](/blog/page/2#agent-fix)'), 'blog-posts')).map((p) => `${p.message} (${p.hint})`);
  assert.equal(message, 'no heading "#agent-fix" on the blog\'s list page at "/blog/page/2" (a list page shows only its own posts, each up to its truncate marker: link to the post that has the heading)');
  // Oldest first: the welcome post and 2.9 on /blog, the patch alone on /blog/page/2.
  const config = fs.readFileSync(path.join(FIXTURES, 'blog-posts', 'docusaurus.config.js'), 'utf8').replace('blog: { postsPerPage: 2,', "blog: { postsPerPage: 2, sortPosts: 'ascending',");
  assert.deepEqual(await places({ 'docusaurus.config.js': config, ...withLinks('[a](/blog#agent-fix) [b](/blog/page/2#agent-fix)') }), ['docs/intro.md:16:1 error broken-anchor']);
});

test('a list page whose order the check cannot tell is not judged: posts of one date on both sides of a page break, a post git dates, a blog\'s processBlogPosts; a post that renders a partial is judged with the partial\'s headings', async () => {
  const links = withLinks('[b](/blog/page/2#agent-fix)');
  assert.deepEqual(await places(links), ['docs/intro.md:16:1 error broken-anchor']);
  assert.deepEqual(await places({ ...links, 'blog/2024-05-28-twin.md': '---\ntitle: Twin\n---\n\nThe same day as 2.9.\n' }), []);
  assert.deepEqual(await places({ ...links, 'blog/undated.md': '---\ntitle: Undated\n---\n\nGit gives its date.\n' }), []);
  const processed = fs.readFileSync(path.join(FIXTURES, 'blog-posts', 'docusaurus.config.js'), 'utf8').replace('blog: { postsPerPage: 2,', 'blog: { processBlogPosts: async ({blogPosts}) => blogPosts, postsPerPage: 2,');
  assert.deepEqual(await places({ ...links, 'docusaurus.config.js': processed }), [], 'processBlogPosts may move posts');
  // The oldest post, on /blog/page/2: the partial it renders there has the heading, or has not.
  const old = "---\ntitle: Old\n---\n\nimport Part from './_part.md';\n\n<Part />\n";
  assert.deepEqual(await places({ ...links, 'blog/2020-01-01-old.md': old, 'blog/_part.md': '## Agent fix\n' }), []);
  assert.deepEqual(await places({ ...links, 'blog/2020-01-01-old.md': old, 'blog/_part.md': 'A part.\n' }), ['docs/intro.md:16:1 error broken-anchor']);
});

// Built with Docusaurus 3.10.2, onBrokenAnchors 'warn': the build names exactly the three anchors below.
test('a tag\'s page has the anchors of the posts with that tag, each up to its truncate marker, paginated as the list', async () => {
  const config = `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  onBrokenAnchors: 'warn',\n  presets: [['classic', { docs: { routeBasePath: '/', sidebarPath: false }, blog: { postsPerPage: 1, onInlineAuthors: 'ignore', onUntruncatedBlogPosts: 'ignore' } }]],\n};\n`;
  const post = (title: string, tags: string, top: string, below: string) => `---\ntitle: ${title}\ntags: [${tags}]\n---\n\n## ${top}\n\nText.\n\n<!-- truncate -->\n\n${below}\n`;
  const links = '[shown](/blog/tags/release#install), [below](/blog/tags/release#below-the-fold), [nope](/blog/tags/release#nope), [page 2](/blog/tags/release/page/2#older-notes), [on page 2](/blog/tags/release#older-notes), [other tag](/blog/tags/other#install).';
  const found = await problemsWith({
    'docusaurus.config.js': config,
    'docs/index.md': `---\nslug: /\n---\n\n# Home\n\n${links}\n`,
    'blog/2024-02-01-new.md': post('New', 'release, other', 'Install', '## Below the fold'),
    'blog/2024-01-01-old.md': post('Old', 'release', 'Older notes', 'More.'),
  });
  assert.deepEqual(found.filter(({ rule }) => rule === 'broken-anchor').map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`), [
    'docs/index.md:7:38 no heading "#below-the-fold" on the blog\'s page of a tag at "/blog/tags/release"',
    'docs/index.md:7:82 no heading "#nope" on the blog\'s page of a tag at "/blog/tags/release"',
    'docs/index.md:7:164 no heading "#older-notes" on the blog\'s page of a tag at "/blog/tags/release"',
  ]);
});

// Built with Docusaurus 3.10.2, onBrokenAnchors 'warn': the build names exactly the four anchors below.
test('an author\'s page has the anchors of the listed posts that name the author, each up to its truncate marker, paginated as the list', async () => {
  const config = `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  onBrokenAnchors: 'warn',\n  presets: [['classic', { docs: { routeBasePath: '/', sidebarPath: false }, blog: { postsPerPage: 1, onInlineAuthors: 'ignore', onUntruncatedBlogPosts: 'ignore' } }]],\n};\n`;
  const post = (title: string, more: string, top: string, below: string) => `---\ntitle: ${title}\n${more}\n---\n\n## ${top}\n\nText.\n\n<!-- truncate -->\n\n${below}\n`;
  const links = '[shown](/blog/authors/jane#install), [below](/blog/authors/jane#below-the-fold), [nope](/blog/authors/jane#nope), [page 2](/blog/authors/jane/page/2#older-notes), [on page 2](/blog/authors/jane#older-notes), [unlisted](/blog/authors/jane#hidden).';
  const found = await problemsWith({
    'docusaurus.config.js': config,
    'docs/index.md': `---\nslug: /\n---\n\n# Home\n\n${links}\n`,
    'blog/authors.yml': 'jane:\n  name: Jane\n  page: true\nbob:\n  name: Bob\n',
    'blog/2024-02-01-new.md': post('New', 'authors: [jane, bob]', 'Install', '## Below the fold'),
    'blog/2024-01-01-old.md': post('Old', 'authors: jane', 'Older notes', 'More.'),
    'blog/2024-03-01-hidden.md': post('Hidden', 'authors: jane\nunlisted: true', 'Hidden', 'More.'),
  });
  assert.deepEqual(found.filter(({ rule }) => rule === 'broken-anchor').map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`), [
    'docs/index.md:7:38 no heading "#below-the-fold" on the blog\'s page of an author at "/blog/authors/jane"',
    'docs/index.md:7:82 no heading "#nope" on the blog\'s page of an author at "/blog/authors/jane"',
    'docs/index.md:7:164 no heading "#older-notes" on the blog\'s page of an author at "/blog/authors/jane"',
    'docs/index.md:7:209 no heading "#hidden" on the blog\'s page of an author at "/blog/authors/jane"',
  ]);
});

test('a site that renders its list pages with components of its own (a BlogPostItems that shows titles only) has them not judged; one that wraps the theme\'s has them judged', async () => {
  const post = '---\ntitle: Ports\n---\n\nSee [the patch](../../06/01/patch) and [up](#upgrade).\n\n<!-- truncate -->\n\n## Upgrade\n';
  const titlesOnly = "import React from 'react';\n\nexport default function BlogPostItems({ items }) {\n  return <ul>{items.map(({ content }) => <li key={content.metadata.permalink}>{content.metadata.title}</li>)}</ul>;\n}\n";
  assert.deepEqual(await places({ 'blog/2024-05-29-ports.md': post, 'src/theme/BlogPostItems/index.js': titlesOnly }), []);
  const wrapper = "import React from 'react';\nimport BlogPostItems from '@theme-original/BlogPostItems';\n\nexport default function Wrapper(props) {\n  return <BlogPostItems {...props} />;\n}\n";
  assert.deepEqual(await places({ 'blog/2024-05-29-ports.md': post, 'src/theme/BlogPostItems/index.js': wrapper }), ['blog/2024-05-29-ports.md:5:5 error broken-link', 'blog/2024-05-29-ports.md:5:40 error broken-anchor']);
});

test('a heading below the marker that another post on the same list page shows: the list page has the anchor, nothing is reported', async () => {
  const post = (title: string, heading: 'above' | 'below') => `---\ntitle: ${title}\n---\n\nSee [the end](#conclusion).\n\n${heading === 'above' ? '## Conclusion\n\n' : ''}<!-- truncate -->\n\n${heading === 'below' ? '## Conclusion\n' : 'More.\n'}`;
  // Both newer than the fixture's posts: /blog shows the two of them (two posts a page).
  assert.deepEqual(await places({ 'blog/2024-07-02-a.md': post('A', 'below'), 'blog/2024-07-01-b.md': post('B', 'above') }), []);
  // Alone on its page, it is broken there.
  assert.deepEqual(await places({ 'blog/2024-07-02-a.md': post('A', 'below') }), ['blog/2024-07-02-a.md:5:5 error broken-anchor']);
});
