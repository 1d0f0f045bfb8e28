/**
 * The site's blogs, read as the blog plugin publishes them (load/blog-posts.ts,
 * model/blog-routes.ts): a link from a doc to a post that is not there, to a draft, or to an
 * anchor a post lacks is an error, and the blog's list, tag and archive pages are taken on
 * trust. The fixture and each mistake were built with Docusaurus 3.10 (tests/site/agreement.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseBlogFileName } from '@docusaurus/plugin-content-blog/lib/blogUtils.js';
import { blogFileSlug, blogPostRoute } from '../../scripts/content/model/blog-routes.ts';
import { blogsOf, foreignRoutePrefixes } from '../../scripts/content/load/plugin-routes.ts';
import { checkWith, FIXTURES, problemsOf, problemsWith } from '../helpers/check-fixture.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import type { Problem } from '../../scripts/check/problem.ts';

/** Each problem as one line: place, severity, rule and message. */
const described = (problems: readonly Problem[]) => problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`);

const INTRO = fs.readFileSync(path.join(FIXTURES, 'blog-posts', 'docs', 'intro.md'), 'utf8');
/** The fixture's problems with one more line of links in its doc (line 16). */
const withLinks = async (links: string) => (await problemsWith({ 'docs/intro.md': `${INTRO}\n${links}\n` }, 'blog-posts')).map((p) => `${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message} (${p.hint})`);

test('links to posts, at their files\' dates or their slugs, to their headings and to the blogs\' own pages pass', async () => {
  assert.deepEqual(await problemsOf('blog-posts'), []);
});

test('a post that is not there, a draft, a file the globs leave out, a post\'s old address: each is a broken link, with the way to the post', async () => {
  assert.deepEqual(await withLinks('[gone](/blog/2024/05/28/release-2-8) [plans](/blog/plans) [template](/blog/_template) [welcome](/blog/welcome) [news](/news/launch)'), [
    '16:1 error broken-link: no page at "/blog/2024/05/28/release-2-8" (no post of the blog is there; the closest is /blog/2024/05/28/release-2-9 (blog/2024-05-28-release-2-9.md): a post\'s address is its slug, or else its file\'s date and name (blog/2024-05-28-release.md is at /blog/2024/05/28/release))',
    '16:38 error broken-link: no page at "/blog/plans" (blog/plans.md is a draft (draft: true), which a production build leaves out)',
    '16:59 error broken-link: no page at "/blog/_template" (no post of the blog is there: a post\'s address is its slug, or else its file\'s date and name (blog/2024-05-28-release.md is at /blog/2024/05/28/release))',
    '16:87 error broken-link: no page at "/blog/welcome" (blog/welcome.md is published at its slug, /blog/hello-world: link there)',
    '16:112 error broken-link: no page at "/news/launch" (no post of the blog is there: a post\'s address is its slug, or else its file\'s date and name (news/2024-05-28-release.md is at /news/2024/05/28/release))',
  ]);
});

test('an anchor a post lacks is a broken anchor: its title and its footnotes have none another page can link to', async () => {
  const found = await withLinks('[rollback](/blog/2024/05/28/release-2-9#rollback) [title](/blog/2024/05/28/release-2-9#release-29) [note](/blog/2024/05/28/release-2-9#user-content-fn-1) [fix](/blog/2024/06/01/patch#agent-fix)');
  assert.deepEqual(found.map((line) => line.slice(0, line.indexOf(': '))), ['16:1 error broken-anchor', '16:51 error broken-anchor', '16:100 error broken-anchor']);
  assert.match(found[0], /no heading "#rollback" in blog\/2024-05-28-release-2-9\.md/);
});

test('a Markdown link from a doc to a post\'s file is broken: the docs resolve .md links among the docs alone', async () => {
  assert.deepEqual(await withLinks('[the post](../blog/2024-05-28-release-2-9.md)'), [
    '16:1 error broken-link: "blog/2024-05-28-release-2-9.md" is a blog post, and the docs\' Markdown links find docs only (link to its address: /blog/2024/05/28/release-2-9)',
  ]);
});

const post = async (text: string) => (await problemsWith({ 'blog/2024-07-02-ports.md': text }, 'blog-posts')).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message.replace(/ \(.*$/, '')}`);

test('a post is compiled as a doc is: its MDX, its links from its own address and its front matter by the blog\'s schema are judged', async () => {
  assert.deepEqual(await post('---\ntitle: Ports\n---\n\nPorts <1024 need root.\n'), [
    'blog/2024-07-02-ports.md:5:8 error mdx-syntax: MDX reads "<" before a digit as the start of a tag',
  ]);
  assert.deepEqual(await post('---\ntitle: Ports\ntags: 5\ndate: someday\n---\n\nText.\n'), [
    'blog/2024-07-02-ports.md:3:1 error front-matter: tags must be a list, got number 5',
    'blog/2024-07-02-ports.md:4:1 error front-matter: date must be a date, got the text "someday"',
  ]);
  assert.deepEqual(await post('---\ntitle: Ports\n---\n\nSee [nothing](/nothing), [a post](./gone.md), [the release](./2024-05-28-release-2-9.md#upgrade-steps) and [the top](#ports).\n\n## Ports\n'), [
    'blog/2024-07-02-ports.md:5:5 error broken-link: no page at "/nothing"',
    'blog/2024-07-02-ports.md:5:26 error broken-link: no post "blog/gone.md" in blog',
  ]);
});

test('a post that renders a partial is judged with it, as a doc is: the partial\'s headings are anchors of the post, its links and its MDX are judged where the post renders it', async () => {
  const problems = await problemsWith({
    'blog/2024-07-02-ports.mdx': [
      '---', 'title: Ports', '---', '', "import Link from '@docusaurus/Link';", "import Ports from './_ports.md';", '',
      'See [nothing](/nothing), [a post](./gone.md), [the part](#open-ports), <Link to="#closed-ports">closed</Link> and [the release](./2024-05-28-release-2-9.md#no-such-heading).', '', '<Ports />', '',
    ].join('\n'),
    'blog/_ports.md': '## Open ports\n\n## Closed ports\n\nSee [gone](/nowhere-from-part) and [open](#open-ports).\n\nPorts <1024 need root.\n',
  }, 'blog-posts');
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`), [
    'blog/2024-07-02-ports.mdx:8:5 error broken-link',
    'blog/2024-07-02-ports.mdx:8:26 error broken-link',
    'blog/2024-07-02-ports.mdx:8:115 error broken-anchor',
    'blog/_ports.md:5:5 error broken-link',
    'blog/_ports.md:7:8 error mdx-syntax',
  ]);
});

test('the headings of the partials a post shows are anchors of its route for other pages, as its own are; those of a partial a <Tabs lazy> leaves out are none', async () => {
  const problems = await problemsWith({
    'blog/2024-07-02-ports.mdx': [
      '---', 'title: Ports', '---', '', "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", "import Ports from './_ports.md';", "import Hidden from './_hidden.md';", '',
      '## Summary', '', '<Ports />', '', '<Tabs lazy>', '<TabItem value="a">', '', 'A.', '', '</TabItem>', '<TabItem value="b">', '', '<Hidden />', '', '</TabItem>', '</Tabs>', '',
    ].join('\n'),
    'blog/_ports.md': "import Nested from './_nested.md';\n\n## Open ports\n\n<Nested />\n",
    'blog/_nested.md': '## Closed ports\n',
    'blog/_hidden.md': '## Hidden ports\n',
    'docs/ports.md': [
      '# Ports', '',
      '[summary](/blog/2024/07/02/ports#summary) [open](/blog/2024/07/02/ports#open-ports) [closed](/blog/2024/07/02/ports#closed-ports)', '',
      '[hidden](/blog/2024/07/02/ports#hidden-ports) [none](/blog/2024/07/02/ports#no-such-heading)', '',
    ].join('\n'),
  }, 'blog-posts');
  assert.deepEqual(problems.filter((p) => p.file === 'docs/ports.md').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`), [
    'docs/ports.md:5:1 error broken-anchor',
    'docs/ports.md:5:47 error broken-anchor',
  ]);
});

/** The blog-posts fixture's problems with a post (/blog/2024/05/29/ports) that renders the partial `from` imports, and `files`. */
const withPart = (from: string, files: Record<string, string>) => problemsWith({ 'blog/2024-05-29-ports.mdx': `---\ntitle: Ports\n---\n\nimport Part from '${from}';\n\n<Part />\n`, ...files }, 'blog-posts');

test('a partial in a blog\'s folder is compiled by the blog\'s loader: its .md links find the blog\'s posts, and one that finds none stops the build', async () => {
  const problems = await withPart('./_part.md', {
    'blog/_part.md': '## Part heading\n\nSee [the release](./2024-05-28-release-2-9.md#upgrade-steps), [nothing](./2024-05-27-nope.md) and [the intro](../docs/intro.md).\n',
  });
  assert.deepEqual(described(problems), [
    'blog/_part.md:3:63 error broken-link: no post "blog/2024-05-27-nope.md" in blog',
    'blog/_part.md:3:99 error broken-link: no post "docs/intro.md" in blog',
  ]);
  // A partial in the other blog's folder is that blog's: its .md links find the news posts.
  const other = await withPart('../news/_part.md', {
    'news/_part.md': 'See [the launch](./2023-01-01-launch.md) and [the release](../blog/2024-05-28-release-2-9.md).\n',
  });
  assert.deepEqual(described(other), [
    'news/_part.md:1:46 error broken-link: no post "blog/2024-05-28-release-2-9.md" in news',
  ]);
});

test('the footnotes of a partial in a blog\'s folder have no ids another page can link to, as a post\'s: the blog\'s loader gives them ids of its own', async () => {
  const problems = await withPart('./_part.md', {
    'blog/_part.md': 'Ports below 1024 need root.[^note]\n\n[^note]: On Linux.\n',
    'docs/ports.md': '# Ports\n\n[the note](/blog/2024/05/29/ports#user-content-fn-note).\n',
  });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`), ['docs/ports.md:3:1 error broken-anchor']);
});

test('a post\'s .md link finds posts of its own blog only; a draft post\'s problems only warn', async () => {
  assert.deepEqual(await post('---\ntitle: Ports\n---\n\nSee [the intro](../docs/intro.md), [the launch](../news/2023-01-01-launch.md) and [plans](./plans.md).\n'), [
    'blog/2024-07-02-ports.md:5:5 error broken-link: no post "docs/intro.md" in blog',
    'blog/2024-07-02-ports.md:5:36 error broken-link: no post "news/2023-01-01-launch.md" in blog',
    'blog/2024-07-02-ports.md:5:83 error broken-link: no post "blog/plans.md" in blog',
  ]);
  assert.deepEqual(await post('---\ntitle: Ports\ndraft: true\n---\n\nPorts <1024, [nothing](/nothing).\n'), [
    'blog/2024-07-02-ports.md:6:8 warning mdx-syntax: MDX reads "<" before a digit as the start of a tag',
    'blog/2024-07-02-ports.md:6:14 warning broken-link: no page at "/nothing"',
  ]);
});

test('every blog is read, one at the site\'s root and one whose folder is not there too (its list page is made for no post); none is taken on trust', async () => {
  const config = {
    presets: [['classic', { blog: { routeBasePath: 'news', archiveBasePath: null, tagsBasePath: 'topics' } }]],
    plugins: [['@docusaurus/plugin-content-blog', { id: 'root', path: 'news', routeBasePath: '/' }], ['@docusaurus/plugin-content-blog', { id: 'gone', path: 'no-such-folder' }]],
  };
  const dir = path.join(FIXTURES, 'blog-posts');
  assert.deepEqual(blogsOf(config, dir).map(({ path: folder, routeBasePath, archiveBasePath, tagsBasePath }) => [folder, routeBasePath, archiveBasePath, tagsBasePath]), [['blog', 'news', null, 'topics'], ['news', '/', 'archive', 'tags'], ['no-such-folder', 'blog', 'archive', 'tags']]);
  assert.deepEqual(foreignRoutePrefixes(config), []);
  // A third blog, in a folder that is not there: /gone is a page, its archive is not.
  const goneConfig = fs.readFileSync(path.join(FIXTURES, 'blog-posts', 'docusaurus.config.js'), 'utf8').replace("plugins: [", "plugins: [['@docusaurus/plugin-content-blog', { id: 'gone', path: 'gone', routeBasePath: 'gone' }], ");
  const gone = await problemsWith({ 'docusaurus.config.js': goneConfig, 'docs/intro.md': '---\nslug: /\n---\n\n# Notes\n\n[gone](/gone) [archive](/gone/archive)\n' }, 'blog-posts');
  assert.deepEqual(gone.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['docs/intro.md:7:15 broken-link']);
});

test('a post\'s route is its slug\'s, or its file\'s, under the blog\'s base path', () => {
  assert.equal(blogPostRoute('2024-05-28-release.md', {}, 'blog'), '/blog/2024/05/28/release');
  assert.equal(blogPostRoute('2024-05-28-release.md', { slug: '/hello' }, 'blog'), '/blog/hello');
  assert.equal(blogPostRoute('2024-05-28-release.md', { slug: 'hello' }, '/news/'), '/news/hello');
  assert.equal(blogPostRoute('team/intro/index.mdx', { slug: 5 }, 'blog'), '/blog/team/intro');
});

const part = fc.constantFrom('2024', '05', '5', '28', '-', '/', 'release', 'index', 'x.y', '_a', 'a b', '2024-05-28', '2024/05/28', '10-1', '');
const fileName = fc.tuple(fc.array(part, { maxLength: 6 }), fc.constantFrom('.md', '.mdx', '/index.md', '/index.mdx'))
  .map(([parts, extension]) => `${parts.join('')}${extension}`.replace(/^\/+/, ''))
  .filter((name) => !name.startsWith('.'));

propertyTest('the slug a file gives is the blog plugin\'s own, for any file name', { runs: 2000, timeoutMs: 60_000 }, (run) => {
  for (const name of ['2021-05-28-jest-27.md', 'welcome.md', 'a/b/index.mdx', '2021/05/28/x/index.md', 'folder/2020-1-2-x.md', '2020-01-01.md', 'x-2020-01-01-y.mdx']) {
    assert.equal(blogFileSlug(name), parseBlogFileName(name).slug, name);
  }
  assertProperty(fc.property(fileName, (name) => {
    assert.equal(blogFileSlug(name), parseBlogFileName(name).slug, name);
  }), run);
});

test('a blog\'s own remark plugins add syntax its posts are read with: math with `<1` is no tag there, and `<1024` beside it still is', async () => {
  const found = await problemsWith({ 'blog/2024-06-01-more.md': '---\ntitle: More\n---\n\nMath: $x<1$ and $\\{k\\}$. Text: ports <1024.\n' }, 'site-syntax');
  assert.deepEqual(found.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['blog/2024-06-01-more.md:5:39 mdx-syntax']);
});

test('a doc at a post\'s address clashes with it: each names the other (built: "Duplicate routes found!")', async () => {
  const found = await problemsWith({ 'docs/clash.md': '---\nslug: /blog/hello-world\n---\n\n# Clash\n' }, 'blog-posts');
  assert.deepEqual(described(found), [
    'blog/welcome.md:3:1 error duplicate-route: address "/blog/hello-world" of this post is also the address of docs/clash.md; Docusaurus stops with "Duplicate routes found!"',
    'docs/clash.md:2:1 error duplicate-route: address "/blog/hello-world" is also the address of blog/welcome.md; Docusaurus stops with "Duplicate routes found!"',
  ]);
});

test('a post the blog publishes where its list pages cannot link, two posts at one address, and a file date that is no date each stop the build', async () => {
  const found = async (files: Record<string, string>) => (await problemsWith(files, 'blog-posts')).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`);
  assert.deepEqual(await found({ 'blog/q.md': '---\ntitle: Q\nslug: a?b\n---\n\nText.\n', 'blog/p.md': '---\ntitle: P\nslug: 100%-done\n---\n\nText.\n', 'blog/d.md': '---\ntitle: D\nslug: ../escape\n---\n\nText.\n' }), [
    'blog/d.md:3:1 error invalid-route',
    'blog/p.md:3:1 error invalid-route',
    'blog/q.md:3:1 error invalid-route',
  ]);
  assert.deepEqual(await found({ 'blog/2024-07-01-a.md': '---\ntitle: A\nslug: same\n---\n\nText.\n', 'blog/2024-07-02-b.md': '---\ntitle: B\nslug: same\n---\n\nText.\n' }), [
    'blog/2024-07-01-a.md:3:1 error duplicate-route',
    'blog/2024-07-02-b.md:3:1 error duplicate-route',
  ]);
  assert.deepEqual(await found({ 'blog/2024-13-45-x.md': '---\ntitle: X\n---\n\nText.\n', 'blog/2024-14-01-y.md': '---\ntitle: Y\ndate: 2024-05-01\n---\n\nText.\n' }), ['blog/2024-13-45-x.md:1:1 error page-file']);
});

test('the blog reads its front matter with its own schema: a number is text there (slug: 5, title: 5, authors: 5), unlike for a doc', async () => {
  assert.deepEqual(await problemsWith({ 'blog/2024-07-02-five.md': '---\ntitle: 5\nslug: 5\n---\n\nText.\n', 'docs/intro.md': `${INTRO}\n[five](/blog/5)\n` }, 'blog-posts'), []);
  const authors = await problemsWith({ 'news/2024-07-02-five.md': '---\ntitle: Five\nauthors: 5\n---\n\nText.\n' }, 'blog-posts');
  assert.deepEqual(authors.map((p) => `${p.file}:${p.line} ${p.rule}`), ['news/2024-07-02-five.md:3 front-matter']);
  assert.match(authors[0].message, /such as '5'/);
});

test('a link a post writes to one of its own footnotes finds none: the blog gives them ids of its own', async () => {
  const found = await problemsWith({ 'blog/2024-07-02-notes.md': '---\ntitle: Notes\n---\n\nA claim.[^1] See [the note](#user-content-fn-1).\n\n[^1]: The source.\n' }, 'blog-posts');
  assert.deepEqual(found.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message} (${p.hint})`), [
    'blog/2024-07-02-notes.md:5:18 broken-anchor: no footnote anchor "#user-content-fn-1" in blog/2024-07-02-notes.md (the page has no footnote anchor a link can name (a blog gives a post\'s footnotes ids of its own): link to a heading instead)',
  ]);
});

test('a blog at the site\'s root is read as any other: every address is checked against its pages, and the hint names a post only where a blog\'s base path is not the root', async () => {
  const intro = fs.readFileSync(path.join(FIXTURES, 'blog-root', 'docs', 'intro.md'), 'utf8');
  const found = await problemsWith({ 'docs/intro.md': `${intro}\n[gone](/nonexistent) [old](/2024/05/03/welcome) [tls](/tags/tls) [steps](/2024/05/02/welcome#steps)\n` }, 'blog-root');
  assert.deepEqual(found.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`), [
    'docs/intro.md:6:1 broken-link: no page at "/nonexistent"',
    'docs/intro.md:6:22 broken-link: no page at "/2024/05/03/welcome"',
    'docs/intro.md:6:49 broken-link: no page at "/tags/tls"',
    'docs/intro.md:6:66 broken-anchor: no heading "#steps" in blog/2024-05-02-welcome.md',
  ]);
  assert.doesNotMatch(found[0].hint!, /post/);
  assert.match(found[2].hint!, /^no tag of the blog has its page there/);
});

test('the summary counts the posts and their links beside the docs\'', async () => {
  const { summary } = await checkWith({}, 'blog-posts');
  // One doc (13 links) and six posts, the draft and the unlisted one included (four links).
  assert.deepEqual([summary.pages, summary.links], [7, 17]);
});

test('outside a git work tree, a published post without a date stops the build where git cannot date it; a dated one, a draft, or a VCS that is not git\'s does not', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-nogit-'));
  // Outside any work tree wherever the system keeps its temporary files: git looks no higher.
  const ceiling = process.env.GIT_CEILING_DIRECTORIES;
  process.env.GIT_CEILING_DIRECTORIES = path.dirname(dir);
  try {
    fs.cpSync(path.join(FIXTURES, 'blog-posts'), dir, { recursive: true });
    const places = async () => (await checkSite(dir, { cache: false })).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);
    assert.deepEqual(await places(), [], 'every post of the fixture is dated');
    fs.writeFileSync(path.join(dir, 'blog', 'roadmap.md'), '---\ntitle: Roadmap\n---\n\nNext.\n');
    assert.deepEqual(await places(), ['blog/roadmap.md:1:1 page-file']);
    fs.writeFileSync(path.join(dir, 'blog', 'roadmap.md'), '---\ntitle: Roadmap\ndraft: true\n---\n\nNext.\n');
    assert.deepEqual(await places(), []);
    fs.writeFileSync(path.join(dir, 'blog', 'roadmap.md'), '---\ntitle: Roadmap\n---\n\nNext.\n');
    const config = path.join(dir, 'docusaurus.config.js');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("future: { faster: true,", "future: { experimental_vcs: 'disabled', faster: true,"));
    assert.deepEqual(await places(), [], 'the disabled VCS dates nothing from git');
  } finally {
    if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
    else process.env.GIT_CEILING_DIRECTORIES = ceiling;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a blog at the site\'s root has its list page at /: a page of src/pages there is a duplicate route, reported at the page', async () => {
  const config = fs.readFileSync(path.join(FIXTURES, 'blog-root', 'docusaurus.config.js'), 'utf8').replace('pages: false', 'pages: {}');
  const found = await problemsWith({ 'docusaurus.config.js': config, 'src/pages/index.md': '# Home\n\nHello.\n' }, 'blog-root');
  assert.deepEqual(described(found), [
    'src/pages/index.md:1:1 error duplicate-route: address "/" of this page of src/pages is also the address of the list page of the blog in blog/; Docusaurus stops with "Duplicate routes found!"',
  ]);
  assert.match(found[0].hint!, /give the blog another routeBasePath/);
});
