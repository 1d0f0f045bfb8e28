/**
 * What a page writes inside an element of a component of the site's that never renders its
 * children reaches no built page (load/childless-spans.ts): its Markdown links and their anchors
 * are never checked, its headings are no anchors though the table of contents lists them, and a
 * `<Link id>` in it collects nothing. Only what mdx-loader resolves as it compiles, a `.md` link
 * to no file, still stops the build. diff74's F2, M1 and M2 built each of these with Docusaurus
 * 3.10.2; tests/site/agreement.test.ts builds them again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementSpansOf } from '../../scripts/content/extract/element-spans.ts';
import { mdxTreeOf } from '../../scripts/content/extract/mdx-parse.ts';
import { checkWith, FIXTURES } from '../helpers/check-fixture.ts';

const spans = (text: string, ...names: string[]) => elementSpansOf(mdxTreeOf(text) as never, new Set(names)).map(({ name, line, column, endLine, endColumn }) => `${name} ${line}:${column}-${endLine}:${endColumn}`);

test('the spans of the named elements that hold children: flow and text elements, the outermost only, none for a self-closing one or one in code', () => {
  assert.deepEqual(spans('<Card title="a">\n\n## In\n\n<Card>\nnested\n</Card>\n\n</Card>\n', 'Card'), ['Card 1:1-9:8']);
  assert.deepEqual(spans('Text <Card>inline [x](/y)</Card> after.\n', 'Card'), ['Card 1:6-1:33']);
  assert.deepEqual(spans('<Card title="a" />\n\n```jsx\n<Card>in code</Card>\n```\n', 'Card'), []);
  assert.deepEqual(spans('<Box>\n\n<Card>\nx\n</Card>\n\n</Box>\n', 'Card'), ['Card 3:1-5:8']);
});

const CARD_IGNORING = "import React from 'react';\n\nexport default function Card({ title }) {\n  return <h3>{title}</h3>;\n}\n";
const CARD_RENDERING = "import React from 'react';\n\nexport default function Card({ title, children }) {\n  return <section><h3>{title}</h3>{children}</section>;\n}\n";
const BOX = "import React from 'react';\n\nexport default function Box({ children }) {\n  return <div>{children}</div>;\n}\n";

const PAGE = [
  '# A', // 1
  '',
  "import Link from '@docusaurus/Link';",
  "import Card from '@site/src/components/Card';",
  "import Box from '@site/src/components/Box';", // 5
  '',
  '<Card title="Card">',
  '',
  '## Hidden heading',
  '', // 10
  'See [x](/nowhere), [y](./other.md#nope) and [z](./gone.md).',
  '',
  '<Box>',
  '',
  'Nested [w](/nowhere-nested).', // 15
  '',
  '</Box>',
  '',
  '<Link id="z" to="/other">z</Link>',
  '', // 20
  '</Card>',
  '',
  'Back to [z](#z).',
  '',
].join('\n');

const problemsWith = async (card: string) => (await checkWith({ 'docs/a.mdx': PAGE, 'docs/other.md': '# Other\n', 'src/components/Card.js': card, 'src/components/Box.js': BOX })).problems;

test('inside a component that never renders its children: links and anchors are not checked, a file link to no file is, the heading stops the build through the table of contents, and a <Link id> is no anchor', async () => {
  const problems = await problemsWith(CARD_IGNORING);
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), [
    'docs/a.mdx:9:1 broken-anchor',
    'docs/a.mdx:11:45 broken-link',
    'docs/a.mdx:23:9 broken-anchor',
  ]);
  // The writer reads why: the component, and what to do.
  const toc = problems.find(({ line }) => line === 9)!;
  assert.equal(toc.message, 'this heading is inside <Card>, which never renders its children, and the page\'s table of contents links to "#hidden-heading": the build finds no such anchor');
  assert.equal(toc.hint, 'render children in Card (its children prop), or move the content out of <Card>; or keep the heading out of the table of contents (hide_table_of_contents: true)');
  const id = problems.find(({ line }) => line === 23)!;
  assert.equal(id.message, 'the <Link id="z"> of docs/a.mdx is inside <Card>, which never renders its children: the built page has no such anchor');
});

test('inside a component that renders its children, the same links and anchors are checked, and the heading is an anchor', async () => {
  const problems = await problemsWith(CARD_RENDERING);
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), [
    'docs/a.mdx:11:5 broken-link',
    'docs/a.mdx:11:20 broken-anchor',
    'docs/a.mdx:11:45 broken-link',
    'docs/a.mdx:15:8 broken-link',
  ]);
});

test('a link from another page to a heading inside such a component says where the heading is', async () => {
  const { problems } = await checkWith({
    'docs/a.mdx': "# A\n\nimport Card from '@site/src/components/Card';\n\n<Card>\n\n## Inside\n\n</Card>\n",
    'docs/b.md': '# B\n\nSee [inside](./a.mdx#inside).\n',
    'src/components/Card.js': CARD_IGNORING,
  });
  const link = problems.find(({ file }) => file === 'docs/b.md');
  assert.equal(link?.message, 'the heading "#inside" of docs/a.mdx is inside <Card>, which never renders its children: the built page has no such anchor');
  assert.equal(link?.hint, 'render children in Card (its children prop), or move the content out of <Card>');
});

// diff73's p23 and p05 (e8) built both: the content renders as the layout's children.
test('a page whose own default export is a layout that never renders its children: nothing of its content is checked, and its table of contents still stops the build', async () => {
  const page = (layout: string) => `${layout}\n\n# Moved\n\n## Gone\n\n[old link](/nowhere)\n`;
  const lines = async (layout: string) => (await checkWith({ 'docs/moved.mdx': page(layout), 'docs/b.md': '# B\n\n[gone](./moved.mdx#gone)\n' })).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`);
  assert.deepEqual(await lines('export default function Layout() { return <p>Moved: see the new page.</p>; }'), [
    'docs/b.md:3:1 broken-anchor: the heading "#gone" of docs/moved.mdx is in the page\'s content, which its default export Layout never renders: the built page has no such anchor',
    'docs/moved.mdx:5:1 broken-anchor: this heading is in the page\'s content, which its default export Layout never renders, and the page\'s table of contents links to "#gone": the build finds no such anchor',
  ]);
  assert.deepEqual(await lines('export default function Layout({ children }) { return <main>{children}</main>; }'), ['docs/moved.mdx:7:1 broken-link: no page at "/nowhere"']);
});

test('a partial rendered only inside such a component is left out too: its links are not checked, and its headings in the table of contents are errors at the element', async () => {
  const { problems } = await checkWith({
    'docs/a.mdx': "# A\n\nimport Card from '@site/src/components/Card';\nimport Steps from './_steps.mdx';\n\n<Card>\n\n<Steps />\n\n</Card>\n",
    'docs/_steps.mdx': '## Apply\n\nSee [more](/nowhere-in-steps).\n',
    'docs/b.md': '# B\n\n[apply](./a.mdx#apply)\n',
    'src/components/Card.js': CARD_IGNORING,
  });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message} (${p.hint})`), [
    'docs/a.mdx:8:1 broken-anchor: docs/_steps.mdx, rendered here inside <Card>, which never renders its children, has the heading "#apply", which the page\'s table of contents links to: the build finds no such anchor (render children in Card (its children prop), or move the content out of <Card>; or keep the heading out of the table of contents (hide_table_of_contents: true))',
    'docs/b.md:3:1 broken-anchor: the heading "#apply" is in docs/_steps.mdx, which docs/a.mdx renders only inside <Card>, which never renders its children: it has no such anchor (render children in Card (its children prop), or move the content out of <Card>)',
  ]);
});

// diff75's M1 and M2 built each: a post's, a page's of src/pages and a partial's hidden headings
// are in the table of contents of the page that shows them, and the build stops there.
test('the table of contents of a blog post and of an MDX page of src/pages, and the headings a partial hides itself, are judged as a doc\'s own', async () => {
  const config = fs.readFileSync(path.join(FIXTURES, 'mdx', 'docusaurus.config.js'), 'utf8').replace('blog: false', "blog: { onUntruncatedBlogPosts: 'ignore' }");
  const hidden = (heading: string) => `import Card from '@site/src/components/Card';\n\n<Card title="x">\n\n## ${heading}\n\n</Card>\n`;
  const { problems } = await checkWith({
    'docusaurus.config.js': config,
    'blog/2024-01-01-post.mdx': `---\ntitle: Post\n---\n\n${hidden('In the post')}`,
    'src/pages/page.mdx': `# Page\n\n${hidden('In the page')}`,
    'docs/_part.mdx': hidden('In the partial'),
    'docs/a.mdx': "# A\n\nimport Part from './_part.mdx';\n\n<Part />\n",
    'src/components/Card.js': CARD_IGNORING,
  });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`), [
    'blog/2024-01-01-post.mdx:9:1 broken-anchor: this heading is inside <Card>, which never renders its children, and the page\'s table of contents links to "#in-the-post": the build finds no such anchor',
    'docs/_part.mdx:5:1 broken-anchor: this heading is inside <Card>, which never renders its children, and the table of contents of docs/a.mdx, which renders this partial, links to "#in-the-partial": the build finds no such anchor',
    'src/pages/page.mdx:7:1 broken-anchor: this heading is inside <Card>, which never renders its children, and the page\'s table of contents links to "#in-the-page": the build finds no such anchor',
  ]);
});

// diff75's p09 built it: a post's partial in the blog's folder, rendered inside <Card>, has its
// heading in the post's table of contents, and the build stops there.
test('a blog post\'s partial rendered only inside such a component is left out as a doc\'s is: its heading in the post\'s table of contents is an error at the element', async () => {
  const config = fs.readFileSync(path.join(FIXTURES, 'mdx', 'docusaurus.config.js'), 'utf8').replace('blog: false', "blog: { onUntruncatedBlogPosts: 'ignore' }");
  const { problems } = await checkWith({
    'docusaurus.config.js': config,
    'blog/2024-01-01-post.mdx': "---\ntitle: Post\n---\n\nimport Card from '@site/src/components/Card';\nimport Part from './_part.mdx';\n\n<Card>\n\n<Part />\n\n</Card>\n",
    'blog/_part.mdx': '## Hidden part\n\nSee [more](/nowhere-in-part).\n',
    'src/components/Card.js': CARD_IGNORING,
  });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`), [
    'blog/2024-01-01-post.mdx:10:1 broken-anchor: blog/_part.mdx, rendered here inside <Card>, which never renders its children, has the heading "#hidden-part", which the page\'s table of contents links to: the build finds no such anchor',
  ]);
});
