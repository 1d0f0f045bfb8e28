import { test } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import { COLLECTING_EXPORT, renderingMarkdown } from '../helpers/anchor-components.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';
import assert from 'node:assert/strict';
import { checkWith, problemsOf, reportLinesOf } from '../helpers/check-fixture.ts';
import { createHeadingIds, splitCustomId } from '../../scripts/content/model/headings.ts';
import { footnoteAnchors } from '../../scripts/content/model/footnotes.ts';

test('broken-anchor: repeated headings, custom ids, accents and comment ids (in a page read as CommonMark) resolve; others fail', async () => {
  assert.deepEqual(await problemsOf('broken-anchor'), [
    'docs/source.md:8:77 error broken-anchor', // an HTML id in a page read as MDX (the default) is no anchor
    'docs/source.md:11:7 error broken-anchor', // only two "Install Rancher" headings
    'docs/source.md:11:41 error broken-anchor', // the custom id replaced the slug
    'docs/source.md:11:64 error broken-anchor', // same page
    'docs/source.md:11:79 error broken-anchor', // URL-style link with a bad anchor
    'docs/source.md:11:98 error broken-anchor', // an HTML comment's id is CommonMark's: MDX drops the comment ("setup-", a build shows)
  ]);
});

test('heading ids follow github-slugger with -1, -2 for repeats and {#id} overrides', () => {
  const ids = createHeadingIds();
  assert.deepEqual(
    ['Install', 'Install', 'Install', 'Why? {#why}', 'Café & Co.'].map((text) => ids.idFor(text).id),
    ['install', 'install-1', 'install-2', 'why', 'café--co'],
  );
  assert.deepEqual(splitCustomId('Title {#custom-id}'), { text: 'Title', id: 'custom-id' });
});

// Checked against Docusaurus 3.10.2 with every broken-link option on throw: the passing links
// build, and the build names exactly the four failing ones.
test('HTML anchors count only in pages read as CommonMark, on a, li, details and h2–h6; an h1 has none', async () => {
  assert.deepEqual(await problemsOf('html-anchors'), [
    'docs/intro.md:6:7 error broken-anchor', // a div's id
    'docs/intro.md:6:39 error broken-anchor', // a name attribute
    'docs/intro.md:6:71 error broken-anchor', // an id in a page read as MDX
    'docs/intro.md:7:1 error broken-anchor', // the h1's slug
  ]);
});

test('broken-anchor: the exact words a writer reads, message and hint', async () => {
  assert.deepEqual(await reportLinesOf('broken-anchor'), [
    'docs/source.md:8:77: error broken-anchor: no heading "#html-anchor" in docs/target.md (an id="html-anchor" written on an HTML element in MDX is no anchor to Docusaurus\'s link check, which counts only headings and its own components: give a heading that id with {#html-anchor}, or link to a heading)',
    'docs/source.md:11:7: error broken-anchor: no heading "#install-rancher-2" in docs/target.md (did you mean "#install-rancher"? Heading ids are the heading text in lower case with dashes)',
    'docs/source.md:11:41: error broken-anchor: no heading "#custom" in docs/target.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
    'docs/source.md:11:64: error broken-anchor: no heading "#nowhere" in docs/source.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
    'docs/source.md:11:79: error broken-anchor: no heading "#nope" in docs/target.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
    'docs/source.md:11:98: error broken-anchor: no heading "#comment-id" in docs/target.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
  ]);
});

test('html-anchors: the exact words a writer reads, message and hint', async () => {
  assert.deepEqual(await reportLinesOf('html-anchors'), [
    'docs/intro.md:6:7: error broken-anchor: no heading "#div-id" in docs/commonmark.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
    'docs/intro.md:6:39: error broken-anchor: no heading "#a-name" in docs/commonmark.md (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
    'docs/intro.md:6:71: error broken-anchor: no heading "#jsx-a-id" in docs/jsx.mdx (an id="jsx-a-id" written on an HTML element in MDX is no anchor to Docusaurus\'s link check, which counts only headings and its own components: give a heading that id with {#jsx-a-id}, or link to a heading)',
    'docs/intro.md:7:1: error broken-anchor: no heading "#mdx-page" in docs/jsx.mdx (heading ids are the heading text in lower case with dashes, or a {#custom-id})',
  ]);
});

test('broken-anchor follows onBrokenAnchors: an error only where the build throws, a warning under Docusaurus\'s default', async () => {
  const dir = path.join(OUTPUT_DIR, 'broken-anchor-default');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'broken-anchor'), dir, { recursive: true });
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("onBrokenAnchors: 'throw',", ''));
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual([...new Set(problems.map((p) => `${p.rule} ${p.severity}`))], ['broken-anchor warning']);
  assert.equal(problems.length, 6);
});

test('a link reference definition no text uses is in no built page: its anchor is not judged; used, it is', async () => {
  const definitions = "[an old name]: ./other.md#a-heading-long-gone\n[a missing page]: ./gone.md\n";
  const other = '# Other\n\n## The one heading\n';
  const unused = await checkWith({ 'docs/index.md': `# Home\n\nNo reference uses these.\n\n${definitions}`, 'docs/other.md': other });
  assert.deepEqual(unused.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.rule}`), ['6:1 error broken-link'], 'the missing file fails the build, used or not');
  const used = await checkWith({ 'docs/index.md': `# Home\n\nSee [the section][an old name].\n\n${definitions}`, 'docs/other.md': other });
  assert.deepEqual(used.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.rule}`), ['5:1 error broken-anchor', '6:1 error broken-link']);
});

// Checked against Docusaurus 3.10.2 by tests/site/agreement.test.ts: the passing links build, and
// the build names exactly these three.
test('footnotes make anchors in .md and .mdx pages: a called note, each of its calls, the list; not an uncalled note', async () => {
  assert.deepEqual(await reportLinesOf('footnote-anchors'), [
    'docs/notes.md:14:7: error broken-anchor: no footnote anchor "#user-content-fnref-src-3" in docs/notes.md (did you mean "#user-content-fnref-src-2"? A footnote the page calls makes "#user-content-fn-<label>" for its note and "#user-content-fnref-<label>" for its first call (-2, -3 for later calls))',
    'docs/notes.md:14:50: error broken-anchor: no footnote anchor "#user-content-fn-unused" in docs/notes.md (a footnote the page calls makes "#user-content-fn-<label>" for its note and "#user-content-fnref-<label>" for its first call (-2, -3 for later calls))',
    'docs/other.mdx:9:7: error broken-anchor: no footnote anchor "#user-content-fn-nope" in docs/notes.md (a footnote the page calls makes "#user-content-fn-<label>" for its note and "#user-content-fnref-<label>" for its first call (-2, -3 for later calls))',
  ]);
});

test('footnote anchors are named as mdast-util-to-hast names them: calls counted per note, labels escaped as URLs', () => {
  assert.deepEqual(footnoteAnchors(['src', 'café', 'src']), [
    'footnote-label', 'user-content-fn-caf%C3%A9', 'user-content-fn-src', 'user-content-fnref-caf%C3%A9', 'user-content-fnref-src', 'user-content-fnref-src-2',
  ]);
  assert.deepEqual(footnoteAnchors([]), []);
});

// Checked against Docusaurus 3.10.2 by tests/site/agreement.test.ts: the passing links build, and
// the build names exactly these three.
test('pages the theme renders on its own: a generated index and a tag\'s page have no anchors, the tags page one per first letter', async () => {
  assert.deepEqual(await reportLinesOf('theme-page-anchors'), [
    'docs/index.md:9:7: error broken-anchor: no anchor "#setup" on the page at "/category/guides" (Docusaurus renders that page itself, with no anchors: link to the page without a #)',
    'docs/index.md:9:58: error broken-anchor: no anchor "#top" on the page at "/tags/audit" (Docusaurus renders that page itself, with no anchors: link to the page without a #)',
    'docs/index.md:9:104: error broken-anchor: no anchor "#Z" on the page at "/tags" (Docusaurus renders that page itself; its anchors are #A, #E)',
  ]);
});

test('a theme page the site renders with a component of its own has anchors the check does not know: its links are not judged', async () => {
  const { problems } = await checkWith({ 'src/theme/DocCategoryGeneratedIndexPage.tsx': 'export default function Mine() { return null; }\n' }, 'theme-page-anchors');
  assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.rule}`), ['9:58 broken-anchor', '9:104 broken-anchor']);
  const wrapped = await checkWith({ 'src/theme/DocCategoryGeneratedIndexPage.tsx': "import Original from '@theme-original/DocCategoryGeneratedIndexPage';\nexport default Original;\n" }, 'theme-page-anchors');
  assert.equal(wrapped.problems.length, 3, 'a wrapper renders the theme\'s own');
});

test('Docusaurus\'s Heading (h2–h6) and Link elements give anchors in pages compiled as MDX; an h1 Heading, a look-alike, and other components do not', async () => {
  const page = [
    '---', 'title: Components', '---', '',
    "import Heading from '@theme/Heading';", "import Link from '@docusaurus/Link';", "import Box from '@site/src/components/Box';", '',
    '<Heading as="h2" id="custom-id">Custom</Heading>', '',
    '<Heading as="h1" id="top-id">Top</Heading>', '',
    '<Link id="linked" to="/">Home</Link>', '',
    '<Box id="boxed">A box.</Box>', '',
  ].join('\n');
  const source = '# Source\n\n[a](./components.md#custom-id) [b](./components.md#linked) [c](./components.md#top-id) [d](./components.md#boxed)\n';
  const { problems } = await checkWith({ 'docs/components.md': page, 'docs/source.md': source, 'src/components/Box.js': 'export default function Box(props) { return props.children; }\n' });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`), [
    'docs/source.md:3:60 error broken-anchor',
    'docs/source.md:3:88 error broken-anchor',
  ]);
  // The same page read as CommonMark has none of them: its JSX is HTML, and HTML ids count there.
  const commonMark = await checkWith({ 'docs/components.md': page.replace('title: Components', 'title: Components\nmdx:\n  format: md'), 'docs/source.md': source });
  assert.ok(commonMark.problems.some((p) => p.file === 'docs/source.md' && p.rule === 'broken-anchor' && p.column === 1), 'a Heading read as HTML is no Docusaurus component');
});

test('a <details> or <Details> with an id gives an anchor in a page compiled as MDX (the theme\'s Details collects it); an <a>, <h2> or <li> with an id written in JSX does not', async () => {
  const page = [
    '# Elements', '',
    '<details id="table">', '<summary>Table</summary>', '', 'Text.', '', '</details>', '',
    '<Details id="more" summary="More">Text.</Details>', '',
    '<a id="named"></a>', '',
    '<h2 id="titled">Title</h2>', '',
    '<ul><li id="item">x</li></ul>', '',
  ].join('\n');
  const source = '# Source\n\n[a](./elements.mdx#table) [b](./elements.mdx#more) [c](./elements.mdx#named) [d](./elements.mdx#titled) [e](./elements.mdx#item)\n';
  const { problems } = await checkWith({ 'docs/elements.mdx': page, 'docs/source.md': source });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`), [
    'docs/source.md:3:52 error broken-anchor',
    'docs/source.md:3:78 error broken-anchor',
    'docs/source.md:3:105 error broken-anchor',
  ]);
});

test('a page that renders Markdown through a component file of the site\'s (a .jsx that imports a .md) may have any anchor: links to it are not judged; a component that imports no Markdown changes nothing', async () => {
  const { problems } = await checkWith({
    'docs/_components.jsx': renderingMarkdown('./ios.md'),
    'docs/_plain.jsx': 'export function Note() {\n  return <p>Note</p>;\n}\n',
    'docs/ios.md': '# iOS\n\n## Register the module\n',
    'docs/modules.md': "# Modules\n\nimport {Ios} from './_components';\n\n<Ios />\n",
    'docs/notes.md': "# Notes\n\nimport {Note} from './_plain';\n\n<Note />\n",
    'docs/source.md': '# Source\n\n[a](./modules.md#register-the-module) [b](./modules.md#anything) [c](./notes.md#register-the-module)\n',
  });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['docs/source.md:3:66 broken-anchor']);
});

test('Markdown a component file renders is followed beside the site too (a docs folder at ../docs): the page\'s anchors are taken on trust', async () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-anchors-'));
  try {
    fs.cpSync(path.join(FIXTURES, 'outside-docs'), copy, { recursive: true });
    fs.writeFileSync(path.join(copy, 'docs', '_components.jsx'), renderingMarkdown('./ios.md'));
    fs.writeFileSync(path.join(copy, 'docs', 'ios.md'), '# iOS\n\n## Register the module\n');
    fs.writeFileSync(path.join(copy, 'docs', 'modules.md'), "# Modules\n\nimport {Ios} from './_components';\n\n<Ios />\n");
    fs.writeFileSync(path.join(copy, 'docs', 'source.md'), '# Source\n\n[a](./modules.md#register-the-module)\n');
    assert.deepEqual((await checkSite(path.join(copy, 'site'), { cache: false })).problems, []);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});

test('a component of the site\'s that collects a prop as an anchor (useBrokenLinks().collectAnchor) gives the pages that render it the values they write; one the check cannot read opens them; a replaced MDX component that collects, every page', async () => {
  const exportComponent = (collects: string) => `import useBrokenLinks from '@docusaurus/useBrokenLinks';\n\nexport default function Export(props) {\n  useBrokenLinks().collectAnchor(${collects});\n  return <div id={props.anchor}>{props.children}</div>;\n}\n`;
  const files = {
    'src/components/Export.jsx': exportComponent('props.anchor'),
    'docs/api.mdx': "# API\n\nimport Export from '@site/src/components/Export';\n\n<Export anchor=\"HashableObj\">A class.</Export>\n\n<Export anchor={'HashMap'}>A map.</Export>\n",
    'docs/plain.md': '# Plain\n\n<a name="year"></a>\n',
    'docs/source.md': '# Source\n\n[a](./api.mdx#HashableObj) [b](./api.mdx#HashMap) [c](./api.mdx#LazySeq) [d](./plain.md#year)\n',
  };
  const places = (result: Awaited<ReturnType<typeof checkWith>>) => result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);
  assert.deepEqual(places(await checkWith(files)), ['docs/source.md:3:51 broken-anchor', 'docs/source.md:3:74 broken-anchor']);
  // Destructured from the props, the same.
  assert.deepEqual(places(await checkWith({ ...files, 'src/components/Export.jsx': COLLECTING_EXPORT })), ['docs/source.md:3:51 broken-anchor', 'docs/source.md:3:74 broken-anchor']);
  // What it collects is no prop the check can read: the page's anchors are taken on trust.
  assert.deepEqual(places(await checkWith({ ...files, 'src/components/Export.jsx': exportComponent('`api-${props.anchor}`') })), ['docs/source.md:3:74 broken-anchor']);
  // A `>` inside another prop's braces or quotes, before the collected one, is no end of the tag.
  const api = files['docs/api.mdx'];
  assert.deepEqual(places(await checkWith({ ...files, 'docs/api.mdx': `${api}\n<Export when={1 > 0} note="a > b" anchor="LazySeq">A sequence.</Export>\n` })), ['docs/source.md:3:74 broken-anchor']);
  // A value the page computes: the same.
  assert.deepEqual(places(await checkWith({ ...files, 'docs/api.mdx': "# API\n\nimport Export from '@site/src/components/Export';\n\nexport const sequence = 'LazySeq';\n\n<Export anchor={sequence}>A sequence.</Export>\n" })), ['docs/source.md:3:74 broken-anchor']);
  // An element in a code block or an MDX comment renders nothing: LazySeq stays broken.
  assert.deepEqual(places(await checkWith({ ...files, 'docs/api.mdx': `${api}\n\`\`\`mdx\n<Export anchor="LazySeq">A sequence.</Export>\n\`\`\`\n\n{/* <Export anchor="LazySeq" /> */}\n` })), ['docs/source.md:3:51 broken-anchor', 'docs/source.md:3:74 broken-anchor']);
  // One in a tab <Tabs lazy> leaves out never renders (diff73's p24 built it): LazySeq stays broken.
  const lazy = "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n<Tabs lazy>\n  <TabItem value=\"a\">A.</TabItem>\n  <TabItem value=\"b\"><Export anchor=\"LazySeq\" /></TabItem>\n</Tabs>\n";
  assert.deepEqual(places(await checkWith({ ...files, 'docs/api.mdx': `${api}\n${lazy}` })), ['docs/source.md:3:51 broken-anchor', 'docs/source.md:3:74 broken-anchor']);
  // One inside a component of the site's that never renders its children collects nothing (diff73's p25 built it): LazySeq stays broken.
  const inside = (component: string) => ({ ...files, 'src/components/Box.jsx': component, 'docs/api.mdx': `${api}\nimport Box from '@site/src/components/Box';\n\n<Box title="Sequences">\n  <Export anchor="LazySeq" />\n</Box>\n` });
  assert.deepEqual(places(await checkWith(inside('export default function Box({ title }) {\n  return <h3>{title}</h3>;\n}\n'))), ['docs/source.md:3:51 broken-anchor', 'docs/source.md:3:74 broken-anchor']);
  assert.deepEqual(places(await checkWith(inside('export default (props) => null;\n'))), ['docs/source.md:3:51 broken-anchor', 'docs/source.md:3:74 broken-anchor']);
  // One that renders them, or may (a spread, destructured with a rest), gives it the anchor.
  assert.deepEqual(places(await checkWith(inside('export default function Box({ title, children }) {\n  return <section><h3>{title}</h3>{children}</section>;\n}\n'))), ['docs/source.md:3:74 broken-anchor']);
  assert.deepEqual(places(await checkWith(inside('export default (props) => <section {...props} />;\n'))), ['docs/source.md:3:74 broken-anchor']);
  assert.deepEqual(places(await checkWith(inside('export default function Box({ title, ...rest }) {\n  return <section title={title} {...rest} />;\n}\n'))), ['docs/source.md:3:74 broken-anchor']);
  // One the page renders inside an expression: its props are not read, and the page is taken on trust.
  assert.deepEqual(places(await checkWith({ ...files, 'docs/api.mdx': `${api}\n{true && <Export anchor="LazySeq">A sequence.</Export>}\n` })), ['docs/source.md:3:74 broken-anchor']);
  const namedAnchor = "import useBrokenLinks from '@docusaurus/useBrokenLinks';\nimport A from '@theme-original/MDXComponents/A';\n\nexport default function NamedAnchor(props) {\n  useBrokenLinks().collectAnchor(props.id ?? props.name);\n  return <A {...props} />;\n}\n";
  assert.deepEqual((await checkWith({ ...files, 'src/theme/MDXComponents/A/index.js': namedAnchor })).problems, []);
  // Except a page read as CommonMark: its <a name> is HTML, which no MDX component renders.
  const commonMark = { ...files, 'src/theme/MDXComponents/A/index.js': namedAnchor, 'docs/plain.md': `---\nmdx:\n  format: md\n---\n\n${files['docs/plain.md']}` };
  assert.deepEqual(places(await checkWith(commonMark)), ['docs/source.md:3:74 broken-anchor']);
});

test('a component that collects anchors gives them to a blog post, to the blog\'s list page that shows the post, and to a Markdown page of src/pages; one that renders Markdown leaves them unjudged', async () => {
  const withExport = (anchor: string) => `import Export from '@site/src/components/Export';\n\n<Export anchor="${anchor}">A map.</Export>\n`;
  const files = {
    'src/components/Export.jsx': COLLECTING_EXPORT,
    'blog/2024-07-01-api.mdx': `---\ntitle: API\n---\n\n${withExport('HashMap')}\n<!-- truncate -->\n\nMore.\n`,
    'src/pages/reference.md': `---\ntitle: Reference\n---\n\n${withExport('LazySeq')}`,
    'docs/intro.md': '---\nslug: /\n---\n\n# Intro\n\n[a](/blog/2024/07/01/api#HashMap) [b](/blog#HashMap) [c](/reference#LazySeq) [d](/blog/2024/07/01/api#HashSet) [e](/reference#HashSet)\n',
  };
  const places = async (changed: Record<string, string> = {}) => (await checkWith({ ...files, ...changed }, 'blog-posts')).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);
  assert.deepEqual(await places(), ['docs/intro.md:7:78 broken-anchor', 'docs/intro.md:7:112 broken-anchor']);
  // What a component renders from Markdown is not read: those pages' anchors are not judged.
  assert.deepEqual(await places({ 'src/components/Export.jsx': renderingMarkdown('./notes.md').replace('export function Ios', 'export default function Export'), 'src/components/notes.md': '## Notes\n' }), []);
});

test('the theme\'s Heading named through @theme-original is the same component: a doc\'s own keeps its ids; a component\'s leaves the doc unjudged; a collected `#Hashed` is the anchor Hashed', async () => {
  const files = {
    'docs/own.mdx': "# Own\n\nimport Heading from '@theme-original/Heading';\n\n<Heading as=\"h2\" id=\"from-original\">From original</Heading>\n",
    'src/components/Sec.js': "import React from 'react';\nimport Heading from '@theme-original/Heading';\n\nexport default function Sec() {\n  return <Heading as=\"h2\" id=\"in-component\">In a component</Heading>;\n}\n",
    'docs/uses.mdx': "# Uses\n\nimport Sec from '@site/src/components/Sec';\n\n<Sec />\n",
    'docs/api.mdx': "# API\n\nimport Export from '@site/src/components/Export';\n\n<Export anchor=\"#Hashed\">A class.</Export>\n",
    'src/components/Export.jsx': COLLECTING_EXPORT,
    'docs/source.md': '# Source\n\n[a](./own.mdx#from-original) [b](./uses.mdx#in-component) [c](./api.mdx#Hashed) [d](./own.mdx#nowhere) [e](./api.mdx#Other)\n',
  };
  assert.deepEqual((await checkWith(files)).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['docs/source.md:3:81 broken-anchor', 'docs/source.md:3:104 broken-anchor']);
});

test('an h1 is no anchor with the theme\'s Heading, or a copy that keeps its h1 test, or one that wraps the theme\'s; it is one where the site\'s own Heading keeps the h1\'s id', async () => {
  const pages = { 'docs/index.md': '# Home\n\nSee [the guide\'s title](./guide.md#the-guide) and [its section](./guide.md#a-section).\n', 'docs/guide.md': '# The guide\n\n## A section\n' };
  const places = async (files: Record<string, string> = {}) => (await checkWith({ ...pages, ...files })).problems.filter(({ rule }) => rule === 'broken-anchor').map(({ file, line, column }) => `${file}:${line}:${column}`);
  const heading = (h1Test: string) => `import React from 'react';\n\nexport default function Heading({as: As, id, ...props}) {\n${h1Test}\n  return <As {...props} id={id} />;\n}\n`;
  assert.deepEqual(await places(), ['docs/index.md:3:5']);
  assert.deepEqual(await places({ 'src/theme/Heading/index.js': heading("  if (As === 'h1' || !id) return <As {...props} />;") }), ['docs/index.md:3:5']);
  assert.deepEqual(await places({ 'src/theme/Heading.js': "import Heading from '@theme-original/Heading';\n\nexport default function HeadingWrapper(props) {\n  return <Heading {...props} />;\n}\n" }), ['docs/index.md:3:5']);
  assert.deepEqual(await places({ 'src/theme/Heading/index.js': heading("  // if (As === 'h1' || !id) {\n  //   return <As {...props} />;\n  // }") }), []);
});

// diff70's p03, p04 and p09 built each of these with Docusaurus 3.10.2: every good link passed.
test('anchors a component collects count where the build renders it: given by the site\'s MDXComponents with no import, imported as @theme/X from src/theme, or rendered by a partial; a link to an id none collects is still broken', async () => {
  const sec = "import React from 'react';\nimport Heading from '@theme/Heading';\n\nexport default function Sec() {\n  return <Heading as=\"h2\" id=\"from-code\">From code</Heading>;\n}\n";
  const files = {
    'src/components/Export.jsx': COLLECTING_EXPORT,
    'src/components/Sec.js': sec,
    'src/theme/MDXComponents.js': "import MDXComponents from '@theme-original/MDXComponents';\nimport Export from '@site/src/components/Export';\n\nexport default { ...MDXComponents, Export };\n",
    'src/theme/ApiExport.js': COLLECTING_EXPORT,
    'docs/global.mdx': '# Global\n\n<Export anchor="GlobalA" />\n',
    'docs/themed.mdx': "# Themed\n\nimport ApiExport from '@theme/ApiExport';\n\n<ApiExport anchor=\"FromTheme\" />\n",
    'docs/_part.mdx': "import Sec from '@site/src/components/Sec';\n\n<Sec />\n",
    'docs/withpart.mdx': "# With a partial\n\nimport Part from './_part.mdx';\n\n<Part />\n",
    'docs/source.md': '# Source\n\n[a](./global.mdx#GlobalA) [b](./themed.mdx#FromTheme) [c](./withpart.mdx#from-code) [d](./global.mdx#Other) [e](./themed.mdx#Other) [f](./withpart.mdx#other)\n',
  };
  assert.deepEqual((await checkWith(files)).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['docs/source.md:3:85 broken-anchor', 'docs/source.md:3:109 broken-anchor', 'docs/source.md:3:133 broken-anchor']);
  // In a page read as CommonMark the element is HTML: no component renders, nothing is collected (diff71's p17).
  const commonMark = { ...files, 'docs/global.mdx': '---\nmdx:\n  format: md\n---\n\n# Global\n\n<Export anchor="GlobalA" />\n' };
  assert.deepEqual((await checkWith(commonMark)).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['docs/source.md:3:1 broken-anchor', 'docs/source.md:3:85 broken-anchor', 'docs/source.md:3:109 broken-anchor', 'docs/source.md:3:133 broken-anchor']);
  // A name the site's map takes from something the check cannot read leaves the pages using it unjudged.
  const unread = { ...files, 'src/theme/MDXComponents.js': "import MDXComponents from '@theme-original/MDXComponents';\n\nexport default { ...MDXComponents, Export: (props) => <span {...props} /> };\n" };
  assert.deepEqual((await checkWith(unread)).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['docs/source.md:3:109 broken-anchor', 'docs/source.md:3:133 broken-anchor']);
});

test('a component that collects a value it computes leaves its pages unjudged; one with a default prop gives the default where a page writes none', async () => {
  const files = {
    'src/components/ApiItem.js': "import useBrokenLinks from '@docusaurus/useBrokenLinks';\n\nexport default function ApiItem({ name }) {\n  const id = name.toLowerCase();\n  useBrokenLinks().collectAnchor(id);\n  return <section id={id} />;\n}\n",
    'src/components/Anchor.js': "import useBrokenLinks from '@docusaurus/useBrokenLinks';\n\nexport default function Anchor({ anchor = 'default-anchor' }) {\n  useBrokenLinks().collectAnchor(anchor);\n  return <span id={anchor} />;\n}\n",
    'docs/api.mdx': "# API\n\nimport ApiItem from '@site/src/components/ApiItem';\n\n<ApiItem name=\"HashMap\" />\n",
    'docs/defaults.mdx': "# Defaults\n\nimport Anchor from '@site/src/components/Anchor';\n\n<Anchor />\n\n<Anchor anchor=\"given\" />\n",
    'docs/source.md': '# Source\n\n[a](./api.mdx#hashmap) [b](./defaults.mdx#default-anchor) [c](./defaults.mdx#given) [d](./defaults.mdx#other)\n',
  };
  assert.deepEqual((await checkWith(files)).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['docs/source.md:3:85 broken-anchor']);
});

test('a page whose own ESM declares a component that collects anchors, or renders the theme\'s Heading, is left unjudged; one exporting data only is judged', async () => {
  const esm = "import useBrokenLinks from '@docusaurus/useBrokenLinks';\n\nexport const Anchor = ({ id }) => {\n  useBrokenLinks().collectAnchor(id);\n  return <span id={id} />;\n};\n\n# ESM\n\n<Anchor id=\"custom-a\" />\n";
  const heading = "import Heading from '@theme/Heading';\n\nexport const Section = ({ children }) => <Heading as=\"h2\" id=\"esm-h\">{children}</Heading>;\n\n# Section\n\n<Section>From ESM</Section>\n";
  const files = {
    'docs/esm.mdx': esm,
    'docs/section.mdx': heading,
    'docs/data.mdx': "export const versions = ['1.0', '2.0'];\n\n# Data\n\n{versions.join(', ')}\n",
    // Docusaurus's own docs show this one: its ESM renders no collecting component; the <Link> is in the text (diff71's p07).
    'docs/highlight.mdx': "import Link from '@docusaurus/Link';\n\nexport const Highlight = ({ children, color }) => <span style={{ backgroundColor: color }}>{children}</span>;\n\n# Highlight\n\n<Highlight color=\"#25c2a0\">green</Highlight> and <Link to=\"/source\">source</Link>.\n",
    // An imported component exported under another name renders as itself (diff71's p07).
    'src/components/Export.jsx': COLLECTING_EXPORT,
    'docs/alias.mdx': "import Export from '@site/src/components/Export';\n\nexport const Api = Export;\nexport const Api2 = Api;\n\n# Alias\n\n<Api anchor=\"Aliased\" />\n\n<Api2 anchor=\"Aliased2\" />\n",
    // A component of the page's ESM that renders a collecting one, or an object holding one, with props
    // the check does not read: the page is taken on trust (diff73's p20 and p22 built both).
    'docs/wrapper.mdx': "import Export from '@site/src/components/Export';\n\nexport const Api = (props) => <Export {...props} />;\nexport const C = { Api: Export };\n\n# Wrapper\n\n<Api anchor=\"Wrapped\" />\n\n<C.Api anchor=\"InObject\" />\n",
    // ESM shown in a code block is no ESM: only what the page's parse reads as ESM counts.
    'docs/shown.mdx': "export const Highlight = ({ children }) => <mark>{children}</mark>;\n\n# Shown\n\n```jsx\nexport const Anchor = ({ id }) => {\n  useBrokenLinks().collectAnchor(id);\n  return <Heading id={id} />;\n};\n```\n",
    'docs/source.md': '# Source\n\n[a](./esm.mdx#custom-a) [b](./section.mdx#esm-h) [c](./data.mdx#custom-a) [d](./highlight.mdx#nope) [e](./alias.mdx#Aliased) [f](./alias.mdx#Other) [g](./shown.mdx#nope) [h](./alias.mdx#Aliased2) [i](./wrapper.mdx#Wrapped) [j](./wrapper.mdx#InObject)\n',
  };
  assert.deepEqual((await checkWith(files)).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['docs/source.md:3:50 broken-anchor', 'docs/source.md:3:75 broken-anchor', 'docs/source.md:3:126 broken-anchor', 'docs/source.md:3:149 broken-anchor']);
});

// diff70's p18 built it: the doc's, the Markdown page's and the React page's links to #newsletter passed.
test('the ids the site\'s copy of an app component (its Footer) gives Heading are anchors of every page, not only of React pages', async () => {
  const files = {
    'src/theme/Footer/index.js': "import React from 'react';\nimport Heading from '@theme/Heading';\n\nexport default function Footer() {\n  return <footer><Heading as=\"h2\" id=\"newsletter\">Newsletter</Heading></footer>;\n}\n",
    'src/pages/about.md': '# About\n',
    'docs/source.md': '# Source\n\n[a](#newsletter) [b](/about#newsletter) [c](#nope) [d](/about#nope)\n',
  };
  assert.deepEqual((await checkWith(files)).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['docs/source.md:3:41 broken-anchor', 'docs/source.md:3:52 broken-anchor']);
  // A copy of a docs part (DocItem/Footer) renders on the docs only (diff71's p06 built both).
  const docsPart = {
    'src/theme/DocItem/Footer/index.js': "import React from 'react';\nimport Footer from '@theme-original/DocItem/Footer';\nimport Heading from '@theme/Heading';\n\nexport default function FooterWrapper(props) {\n  return <><Heading as=\"h2\" id=\"feedback\">Feedback</Heading><Footer {...props} /></>;\n}\n",
    'src/pages/about.md': '# About\n',
    'docs/source.md': '# Source\n\n[a](#feedback) [b](/about#feedback)\n',
  };
  assert.deepEqual((await checkWith(docsPart)).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['docs/source.md:3:16 broken-anchor']);
});

test('a component that collects its prop and also gives the theme\'s Heading literal ids adds both; a computed id leaves its pages unjudged', async () => {
  const section = (id: string) => `import React from 'react';\nimport useBrokenLinks from '@docusaurus/useBrokenLinks';\nimport Heading from '@theme/Heading';\n\nexport default function Sect({ anchor }) {\n  useBrokenLinks().collectAnchor(anchor);\n  return <section id={anchor}><Heading as="h3" id=${id}>Title</Heading><Heading as="h3" id="api-usage">Usage</Heading></section>;\n}\n`;
  const files = {
    'src/components/Sect.js': section('"sect-title"'),
    'docs/api.mdx': "# API\n\nimport Sect from '@site/src/components/Sect';\n\n<Sect anchor=\"Sect\" />\n",
    'docs/source.md': '# Source\n\n[a](./api.mdx#Sect) [b](./api.mdx#sect-title) [c](./api.mdx#api-usage) [d](./api.mdx#other)\n',
  };
  const places = async (changed: Record<string, string> = {}) => (await checkWith({ ...files, ...changed })).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);
  assert.deepEqual(await places(), ['docs/source.md:3:72 broken-anchor']);
  assert.deepEqual(await places({ 'src/components/Sect.js': section('{`${anchor}-title`}') }), []);
});

// diff73's M6: such a wrapper left every page that imported it unjudged; the build takes w1 and fails #wrapped-one.
test('a component that gives its own prop to the theme\'s Heading as the id collects the values pages give it; a computed id leaves its pages unjudged', async () => {
  const wrapper = (id: string) => `import React from 'react';\nimport Heading from '@theme/Heading';\n\nexport default function H2({ id, children }) {\n  return <Heading as="h2" id=${id}>{children}</Heading>;\n}\n`;
  const files = {
    'src/components/H2.js': wrapper('{id}'),
    'docs/a.mdx': "# A\n\nimport H2 from '@site/src/components/H2';\n\n<H2 id=\"w1\">Wrapped one</H2>\n",
    'docs/b.md': '# B\n\n[x](./a.mdx#w1) [y](./a.mdx#wrapped-one)\n',
  };
  const places = async (changed: Record<string, string> = {}) => (await checkWith({ ...files, ...changed })).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);
  assert.deepEqual(await places(), ['docs/b.md:3:17 broken-anchor'], 'the heading text is no anchor: the id is');
  // Imported and not rendered, or rendered without the prop: nothing collected.
  assert.deepEqual(await places({ 'docs/a.mdx': "# A\n\nimport H2 from '@site/src/components/H2';\n\n<H2>Wrapped one</H2>\n" }), ['docs/b.md:3:1 broken-anchor', 'docs/b.md:3:17 broken-anchor']);
  assert.deepEqual(await places({ 'src/components/H2.js': wrapper('{id.toLowerCase()}') }), []);
});

// diff71's p15: a page importing `{ Export }` from an index that passes it on was left unjudged.
test('a component imported through a barrel of the site\'s (by the page, or by the site\'s MDXComponents) gives the anchors it collects, read where it is declared', async () => {
  const files = {
    'src/components/Export.jsx': COLLECTING_EXPORT,
    'src/components/api/index.js': "export { default as Export } from '../Export';\n",
    'src/theme/MDXComponents.js': "import MDXComponents from '@theme-original/MDXComponents';\nimport { Export as GlobalExport } from '@site/src/components/api';\n\nexport default { ...MDXComponents, GlobalExport };\n",
    'docs/api.mdx': "# API\n\nimport { Export } from '@site/src/components/api';\n\n<Export anchor=\"HashMap\" />\n\n<GlobalExport anchor=\"LazySeq\" />\n",
    'docs/source.md': '# Source\n\n[a](./api.mdx#HashMap) [b](./api.mdx#LazySeq) [c](./api.mdx#Other)\n',
  };
  assert.deepEqual((await checkWith(files)).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['docs/source.md:3:47 broken-anchor']);
});
