/**
 * Rule `mdx-render`: JSX that compiles and that React refuses when the page is rendered, found
 * from the parse (extract/react-refusals.ts), in pages compiled as MDX only. (tests/site/
 * agreement.test.ts builds each kind with Docusaurus.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { mdxFactsOf } from '../../scripts/content/extract/mdx-facts.ts';
import { PLAIN_OBJECT_CONSTRUCTORS } from '../../scripts/content/extract/mdx-names.ts';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, problemsWith } from '../helpers/check-fixture.ts';

/** The check's mdx-render lines on a site of the mdx fixture's config and these files. */
async function linesFor(files: Record<string, string>): Promise<string[]> {
  return (await problemsWith(files)).filter((p) => p.rule === 'mdx-render').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`);
}

test('style written as text, or bare, is shown at the attribute; as an object it is fine', async () => {
  assert.deepEqual(await linesFor({ 'docs/a.md': 'Red: <span style="color: red">x</span>, <b style>y</b>, <i style={{color: \'red\'}}>z</i>.\n' }), [
    'docs/a.md:1:12 error: <span style="…">: MDX is JSX, where style is an object, not text; React stops the build when it renders the page',
    'docs/a.md:1:44 error: <b style="…">: MDX is JSX, where style is an object, not text; React stops the build when it renders the page',
  ]);
});

test('a void element with content is shown at the element; an empty pair or a closed one is fine', async () => {
  assert.deepEqual(await linesFor({ 'docs/a.mdx': 'A <br>b</br> c, <br></br> and <hr />.\n\n<img src="/x.png">\n  Caption\n</img>\n\nA <keygen>key</keygen>.\n' }), [
    'docs/a.mdx:1:3 error: <br> holds content, and React stops the build when it renders the page: <br> is an element that holds nothing',
    'docs/a.mdx:3:1 error: <img> holds content, and React stops the build when it renders the page: <img> is an element that holds nothing',
    'docs/a.mdx:7:3 error: <keygen> holds content, and React stops the build when it renders the page: <keygen> is an element that holds nothing',
  ]);
});

test('an inner HTML beside content, on a void element, or without an __html key is shown at the element; alone, beside a comment or white space, beside one expression that may give null, under a computed key, or in a component, it is fine', async () => {
  const page = [
    'A <span dangerouslySetInnerHTML={{__html: "<b>x</b>"}}>child</span>.',
    '',
    '<div dangerouslySetInnerHTML={{__html: "x"}}>',
    '',
    'A paragraph.',
    '',
    '</div>',
    '',
    '<hr dangerouslySetInnerHTML={{__html: "x"}} />',
    '',
    '<div dangerouslySetInnerHTML={{html: "x"}} />',
    '',
    '<div dangerouslySetInnerHTML={{__html: "x"}} />',
    '',
    '<div dangerouslySetInnerHTML={{__html: "y"}}>{/* note */}</div>',
    '',
    '<div dangerouslySetInnerHTML={{__html: "z"}}>',
    '</div>',
    '',
    '<div dangerouslySetInnerHTML={{["__html"]: "w"}} />',
    '',
    'B <span dangerouslySetInnerHTML={{__html: "v"}}>{props.note}</span> <b dangerouslySetInnerHTML={{...props.html}} />',
    '',
    '<pre dangerouslySetInnerHTML={{__html: "code"}}>text</pre>',
    '',
    'export const Box = ({children}) => children;',
    '',
    '<Box dangerouslySetInnerHTML={{html: "u"}}>text</Box>',
    '',
  ].join('\n');
  assert.deepEqual(await linesFor({ 'docs/a.mdx': page }), [
    'docs/a.mdx:1:3 error: <span dangerouslySetInnerHTML={…}> has content too: React takes content or an inner HTML, not both, and stops the build when it renders the page',
    'docs/a.mdx:3:1 error: <div dangerouslySetInnerHTML={…}> has content too: React takes content or an inner HTML, not both, and stops the build when it renders the page',
    'docs/a.mdx:9:1 error: <hr dangerouslySetInnerHTML={…}>: <hr> is an element that holds nothing, so React refuses an inner HTML there, and stops the build when it renders the page',
    'docs/a.mdx:11:1 error: <div dangerouslySetInnerHTML={{…}}> has no __html key: React takes only {{__html: …}} there, and stops the build when it renders the page',
    'docs/a.mdx:24:1 error: <pre dangerouslySetInnerHTML={…}> has content too: React takes content or an inner HTML, not both, and stops the build when it renders the page',
  ]);
});

test('a component decides for itself; a page read as CommonMark has HTML, not JSX', async () => {
  assert.deepEqual(await linesFor({
    'docs/a.mdx': 'import Box from "@site/src/Box";\n\n<Box style="x">y</Box>\n',
    'src/Box.js': 'export default function Box(props) { return props.children; }\n',
    'docs/b.md': '---\nmdx:\n  format: md\n---\n\n<div style="color: red">HTML</div>\n',
  }), []);
});

test('a draft\'s is a warning; a partial\'s is an error where a published page renders it', async () => {
  assert.deepEqual(await linesFor({
    'docs/later.md': '---\ndraft: true\n---\n\n<p style="x">y</p>\n',
    'docs/_part.mdx': '<br>x</br>\n',
    'docs/uses.mdx': 'import Part from "./_part.mdx";\n\n<Part />\n',
  }), [
    'docs/_part.mdx:1:1 error: <br> holds content, and React stops the build when it renders the page: <br> is an element that holds nothing',
    'docs/later.md:5:4 warning: <p style="…">: MDX is JSX, where style is an object, not text; React stops the build when it renders the page',
  ]);
});

test('<Tabs> are judged only where the page imports them from the theme; a custom Tabs is its author\'s', async () => {
  const tabs = '<Tabs>\n<TabItem value="a" />\n<TabItem value="a" />\n</Tabs>\n';
  assert.deepEqual(await linesFor({
    'docs/theme.mdx': `import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n${tabs}`,
    'docs/custom.mdx': `import Tabs from '@site/src/Tabs';\nimport TabItem from '@site/src/TabItem';\n\n${tabs}`,
    'src/Tabs.js': 'export default function Tabs(props) { return props.children; }\n',
    'src/TabItem.js': 'export default function TabItem(props) { return props.children; }\n',
  }), ['docs/theme.mdx:6:1 error: a second <TabItem> with the value "a" in this <Tabs>: the theme stops the build when it renders the page']);
});

test('a <TabItem> inside another component is left alone: that component may render a <Tabs> around it', () => {
  assert.equal(mdxFactsOf('<MyTabs>\n<TabItem value="a">\n\nA\n\n</TabItem>\n</MyTabs>\n').tabs, undefined);
  assert.deepEqual(mdxFactsOf('<div>\n<TabItem value="a">\n\nA\n\n</TabItem>\n</div>\n').tabs, [{ kind: 'item-outside', line: 2, column: 1 }]);
});

test('the facts are the same whether the page is parsed whole or in parts', () => {
  const text = '# Title\n\nPlain text.\n\n<div style="a">x</div>\n\n```\n<br>code</br>\n```\n\nMore <br>y</br>.\n';
  const facts = mdxFactsOf(text);
  assert.deepEqual(facts.renderRefusals?.map(({ kind, line, column }) => `${kind}@${line}:${column}`), ['text-style@5:6', 'void-children@11:6']);
});

test('style or dangerouslySetInnerHTML given text in braces (a string or a template) is shown at the attribute; other JavaScript is the page\'s to know', async () => {
  assert.deepEqual(await linesFor({ 'docs/a.md': "Red: <span style={'color: red'}>x</span> <b style={`color: ${c}`}>y</b> <i style={styles.red}>z</i>\n\n<div dangerouslySetInnerHTML={\"<b>x</b>\"} />\n\nexport const c = 'red';\nexport const styles = {red: {color: 'red'}};\n" }), [
    "docs/a.md:1:12 error: <span style={'…'}>: MDX is JSX, where style is an object, not text; React stops the build when it renders the page",
    "docs/a.md:1:45 error: <b style={'…'}>: MDX is JSX, where style is an object, not text; React stops the build when it renders the page",
    "docs/a.md:3:6 error: <div dangerouslySetInnerHTML={'…'}>: React takes only {{__html: …}} there, and stops the build when it renders the page",
  ]);
});

test('{name} rendering an object the page exports, or the front matter, is shown at the expression; its values, lists of text and imports are fine', async () => {
  const page = "export const versions = {latest: '2.9'};\nexport const names = ['a', 'b'];\nexport const rows = [{a: 1}];\nimport {other} from '@site/src/other';\n\n# Versions\n\nLatest: {versions}, {versions.latest}, {names}, {other}.\n\n{rows}\n\nBy {frontMatter} and {frontMatter.title}.\n";
  assert.deepEqual(await linesFor({ 'docs/a.md': page, 'src/other.js': 'export const other = 1;\n' }), [
    "docs/a.md:8:9 error: {versions} renders an object (the page's export versions is one, or holds one), and React stops the build when it renders the page: objects are not valid as a React child",
    "docs/a.md:10:1 error: {rows} renders an object (the page's export rows is one, or holds one), and React stops the build when it renders the page: objects are not valid as a React child",
    'docs/a.md:12:4 error: {frontMatter} renders the front matter, an object, and React stops the build when it renders the page: objects are not valid as a React child',
  ]);
});

test('an object made in braces (data, a regular expression, a Date) is shown at its brace, in text, on a line of its own and in an HTML element; inside a component, as a prop, turned into text, a list of text, or the page\'s own Date, it is fine', async () => {
  const page = "import Data from '@site/src/data';\n\n# Ports\n\nDefaults: {{port: 443, tls: true}}.\n\n{[{name: 'https'}]}\n\n<div>{{a: 1}}</div> {/ab+c/} {new Date(0)}\n\n<Data>{{port: 443}}</Data> <span style={{color: 'red'}}>x</span> {JSON.stringify({a: 1})} {['a', 1]} {{a: 1}.a} {new Date(0).getFullYear()} {new Map()}\n";
  const ownDate = "export function Date() { return 'today'; }\n\n# Dates\n\n{new Date()}\n";
  assert.deepEqual(await linesFor({ 'docs/a.md': page, 'docs/b.md': ownDate, 'src/data.js': 'export default function Data() { return null; }\n' }), [
    'docs/a.md:5:11 error: {{port: 443, tls: true}} renders an object, and React stops the build when it renders the page: objects are not valid as a React child',
    "docs/a.md:7:1 error: {[{name: 'https'}]} renders an object, and React stops the build when it renders the page: objects are not valid as a React child",
    'docs/a.md:9:6 error: {{a: 1}} renders an object, and React stops the build when it renders the page: objects are not valid as a React child',
    'docs/a.md:9:21 error: {/ab+c/} renders an object, and React stops the build when it renders the page: objects are not valid as a React child',
    'docs/a.md:9:30 error: {new Date(0)} renders an object, and React stops the build when it renders the page: objects are not valid as a React child',
  ]);
});

test('an object made in braces inside the theme\'s CodeBlock, Admonition, Details, TabItem or Link, or a fragment, is shown at its brace; inside a tab <Tabs lazy> leaves out, a component of the page\'s own, or one under another name or from elsewhere, it is fine', async () => {
  const imports = "import CodeBlock from '@theme/CodeBlock';\nimport Admonition from '@theme/Admonition';\nimport Details from '@theme/Details';\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\nimport Link from '@docusaurus/Link';\n";
  const page = `${imports}\n# Ports\n\n<CodeBlock>{{a: 1}}</CodeBlock> <Link to="/">{/ab+c/}</Link> <>{{b: 2}}</>\n\n<Admonition type="note">\n{[{c: 3}]}\n</Admonition>\n\n<Details summary="More">\n{new Date(0)}\n</Details>\n\n<Tabs>\n<TabItem value="a">{{d: 4}}</TabItem>\n</Tabs>\n`;
  const lazy = `${imports}\n# Lazy\n\n<Tabs lazy>\n<TabItem value="a">{{shown: 1}}</TabItem>\n<TabItem value="b">{{hidden: 2}}</TabItem>\n</Tabs>\n`;
  const others = "import Code from '@theme/CodeBlock';\nimport CodeBlock from '@site/src/code';\n\nexport const Show = ({children}) => JSON.stringify(children);\n\n# Others\n\n<CodeBlock>{{a: 1}}</CodeBlock> <Show>{{b: 2}}</Show> <Code><Show>{{c: 3}}</Show></Code>\n";
  assert.deepEqual(await linesFor({ 'docs/a.md': page, 'docs/lazy.md': lazy, 'docs/others.md': others, 'src/code.js': 'export default function Code() { return null; }\n' }), [
    'docs/a.md:10:12 error: {{a: 1}} renders an object, and React stops the build when it renders the page: objects are not valid as a React child',
    'docs/a.md:10:46 error: {/ab+c/} renders an object, and React stops the build when it renders the page: objects are not valid as a React child',
    'docs/a.md:10:64 error: {{b: 2}} renders an object, and React stops the build when it renders the page: objects are not valid as a React child',
    'docs/a.md:13:1 error: {[{c: 3}]} renders an object, and React stops the build when it renders the page: objects are not valid as a React child',
    'docs/a.md:17:1 error: {new Date(0)} renders an object, and React stops the build when it renders the page: objects are not valid as a React child',
    'docs/a.md:21:20 error: {{d: 4}} renders an object, and React stops the build when it renders the page: objects are not valid as a React child',
    'docs/lazy.md:11:20 error: {{shown: 1}} renders an object, and React stops the build when it renders the page: objects are not valid as a React child',
  ]);
});

test('an element of a name the page knows the value of is shown at its tag: a number, a list, text that is no tag name; a member the data lacks or holds as null or 0, even inside a component or a lazy tab left out, as MDX tests those first; a tag name, a value inside a component or a lazy tab left out, and values not known are fine', async () => {
  const page = "import Details from '@theme/Details';\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\nimport ports from '@site/src/ports.json';\n\nexport const Port = 443;\nexport const Steps = ['a'];\nexport const Version = '2.9';\nexport const parts = {tag: 'x-part', none: null, zero: 0};\nexport const Later = () => null;\n\n# Ports\n\n<Port /> <Steps /> <Version /> <parts.missing /> <parts.none.x /> <ports.console />\n\n<parts.tag /> <Later><Port /></Later> <Details><Port /></Details> <props.x />\n\n<Later><parts.zero /></Later>\n\n<Tabs lazy>\n<TabItem value=\"a\">A</TabItem>\n<TabItem value=\"b\"><Port /> <ports.hidden /></TabItem>\n</Tabs>\n";
  const unknown = "export const Comp = () => <b>x</b>;\nexport const parts = {Note: () => null};\n\n# Unknown\n\n<Comp /> <parts.Note /> <parts.Other />\n";
  assert.deepEqual(await linesFor({ 'docs/a.md': page, 'docs/b.md': unknown, 'src/ports.json': '{"api": 443}\n' }), [
    'docs/a.md:14:1 error: <Port> is the number 443 in the value the page exports as Port (line 6), not a component: React stops the build when it renders the page ("Element type is invalid")',
    'docs/a.md:14:10 error: <Steps> is a list in the value the page exports as Steps (line 7), not a component: React stops the build when it renders the page ("Element type is invalid")',
    'docs/a.md:14:20 error: <Version> renders an element named "2.9", the value the page exports as Version (line 8), which is no tag name: React stops the build when it renders the page ("Invalid tag")',
    'docs/a.md:14:32 error: <parts.missing> names nothing: parts.missing is undefined in the value the page exports as parts (line 9), and MDX stops the build when it renders the page, wherever the element is ("Expected component `parts.missing` to be defined")',
    'docs/a.md:14:50 error: <parts.none.x> names nothing: parts.none is null in the value the page exports as parts (line 9), and MDX stops the build when it renders the page, wherever the element is ("Expected object `parts.none` to be defined")',
    'docs/a.md:14:67 error: <ports.console> names nothing: ports.console is undefined in @site/src/ports.json, which the page imports as ports, and MDX stops the build when it renders the page, wherever the element is ("Expected component `ports.console` to be defined")',
    'docs/a.md:16:48 error: <Port> is the number 443 in the value the page exports as Port (line 6), not a component: React stops the build when it renders the page ("Element type is invalid")',
    'docs/a.md:16:67 error: <props.x> names nothing: props.x is undefined in the props MDX gives the page (none), and MDX stops the build when it renders the page, wherever the element is ("Expected component `props.x` to be defined")',
    'docs/a.md:18:8 error: <parts.zero> names nothing: parts.zero is the number 0 in the value the page exports as parts (line 9), and MDX stops the build when it renders the page, wherever the element is ("Expected component `parts.zero` to be defined")',
    'docs/a.md:22:29 error: <ports.hidden> names nothing: ports.hidden is undefined in @site/src/ports.json, which the page imports as ports, and MDX stops the build when it renders the page, wherever the element is ("Expected component `ports.hidden` to be defined")',
  ]);
});

test('a member element in an expression is tested as MDX tests it, before anything renders, whatever the branch; one inside a function, or in ESM, MDX does not test', async () => {
  const page = "import ports from '@site/src/ports.json';\n\nexport const parts = {none: null};\nexport const Later = () => <ports.later />;\n\n# Ports\n\n{false && <ports.console />} and {ports.api > 0 ? <b>open</b> : <parts.none.x />}\n\n{[].map(() => <ports.mapped />)}\n\n<details title={<ports.attribute />}>x</details>\n";
  assert.deepEqual(await linesFor({ 'docs/a.md': page, 'src/ports.json': '{"api": 443}\n' }), [
    'docs/a.md:8:12 error: <ports.console> names nothing: ports.console is undefined in @site/src/ports.json, which the page imports as ports, and MDX stops the build when it renders the page, wherever the element is ("Expected component `ports.console` to be defined")',
    'docs/a.md:8:66 error: <parts.none.x> names nothing: parts.none is null in the value the page exports as parts (line 3), and MDX stops the build when it renders the page, wherever the element is ("Expected object `parts.none` to be defined")',
    'docs/a.md:12:18 error: <ports.attribute> names nothing: ports.attribute is undefined in @site/src/ports.json, which the page imports as ports, and MDX stops the build when it renders the page, wherever the element is ("Expected component `ports.attribute` to be defined")',
  ]);
});

test('JavaScript\'s own objects rendered bare are shown at the brace; their values and what their functions give, a page\'s own binding of the name, and an element of one (MDX takes it from the page\'s components) are left to other rules', async () => {
  const page = '# Limits\n\n{JSON} {Math} {Intl}\n\n{Math.max(1, 2)} {Math.PI} {JSON.stringify({a: 1})} {Intl.DateTimeFormat}\n';
  const own = "export const Reflect = 'mine';\n\n# Own\n\n{Reflect}\n";
  assert.deepEqual(await linesFor({ 'docs/a.md': page, 'docs/b.md': own }), [
    'docs/a.md:3:1 error: {JSON} renders JavaScript\'s JSON object, and React stops the build when it renders the page: objects are not valid as a React child',
    'docs/a.md:3:8 error: {Math} renders JavaScript\'s Math object, and React stops the build when it renders the page: objects are not valid as a React child',
    'docs/a.md:3:15 error: {Intl} renders JavaScript\'s Intl object, and React stops the build when it renders the page: objects are not valid as a React child',
  ]);
});

test('React itself refuses to render what each built-in on the list makes, and renders the iterables left off it', () => {
  const made = (name: string) => new (globalThis as unknown as Record<string, new (arg: unknown) => unknown>)[name](name === 'URL' ? 'https://docs.example.com' : 0);
  // react-dom has no types here (tests/helpers/mdx-compile.ts reads it the same way).
  const { renderToString } = require('react-dom/server') as { renderToString(element: unknown): string };
  const rendered = (value: unknown) => {
    try {
      renderToString(createElement('p', null, value as never));
      return 'rendered';
    } catch (error) {
      return (error as Error).message.startsWith('Objects are not valid as a React child') ? 'refused' : (error as Error).message;
    }
  };
  for (const name of PLAIN_OBJECT_CONSTRUCTORS) assert.equal(rendered(made(name)), 'refused', name);
  for (const name of ['Set', 'Array']) assert.equal(rendered(new (globalThis as unknown as Record<string, new () => unknown>)[name]()), 'rendered', name);
});

test('{props}, and {toc} once the page has a heading below its title, are shown at the expression; {toc} on a page without one, a toc of the page\'s own, and their values are fine', async () => {
  const withHeading = '# Title\n\nContents: {toc}, props: {props}, {props.name}, {toc.length}.\n\n## Install\n';
  const withoutHeading = '# Title\n\nContents: {toc}.\n\n## {#only-an-id}\n';
  const ownToc = "export const toc = 'the list';\n\n# Title\n\n## Install\n\nContents: {toc}.\n";
  assert.deepEqual(await linesFor({ 'docs/a.md': withHeading, 'docs/b.md': withoutHeading, 'docs/c.md': ownToc }), [
    'docs/a.md:3:11 error: {toc} renders the page\'s table of contents, a list of objects ({value, id, level}), and React stops the build when it renders the page: objects are not valid as a React child',
    'docs/a.md:3:25 error: {props} renders the props MDX gives the page, an object, and React stops the build when it renders the page: objects are not valid as a React child',
  ]);
});

test('a rendered name is placed at its brace, in text and on a line of its own; an object export is marked, with its value', () => {
  const page = 'export const o = {a: 1};\n\nText {o} and more.\n\n{o}\n';
  const facts = mdxFactsOf(page);
  assert.deepEqual(facts.renderedNames, [{ name: 'o', line: 3, column: 6 }, { name: 'o', line: 5, column: 1 }]);
  assert.deepEqual(facts.exported, [{ name: 'o', line: 1, column: 1, object: true, value: { a: 1 } }]);
});

test('the call an expression makes first is kept with what it calls: a name, or a chain of reads; an optional call, or one of what a call returned, is not', () => {
  const page = 'Text {Port()} and {ports.map((p) => p).join(", ")}.\n\n{a?.b(1)} {f?.()} {g()()} {x.y[0].z()} {h.k().length}\n';
  const facts = mdxFactsOf(page);
  assert.deepEqual(facts.renderedNames, [
    { name: 'Port', call: true, line: 1, column: 6 },
    { name: 'ports', path: ['map'], optional: [false], call: true, line: 1, column: 19 },
    { name: 'a', path: ['b'], optional: [true], call: true, line: 3, column: 1 },
    { name: 'g', call: true, line: 3, column: 19 },
    { name: 'x', path: ['y', 0, 'z'], optional: [false, false, false], call: true, line: 3, column: 27 },
    { name: 'h', path: ['k'], optional: [false], call: true, line: 3, column: 40 },
  ]);
});

test('a call of what the page holds as data, and is no function, is shown at the expression, inside any component or tab too (MDX makes the children as the page renders); methods of lists, text, numbers and dates, and optional calls, are fine', async () => {
  const page = "---\ntitle: Calls\nplatforms: linux\nreleased: 2024-05-06\n---\n\nexport const Port = 443;\nexport const ports = {api: 443};\nexport const names = ['a'];\n\n# Calls\n\n{Port()} {ports.map((p) => p)} {frontMatter.platforms.join(', ')} {props.render()} {ports.api.x.y()}\n\n{names.join(', ')} {Port.toFixed(0)} {frontMatter.platforms.toUpperCase()} {frontMatter.released.getUTCFullYear()} {ports.map?.((p) => p)} {ports.missing?.()} {names.filter(Boolean).size()}\n\nexport const Later = () => null;\n\n<Later>{ports.keys()}</Later>\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n<Tabs lazy>\n<TabItem value=\"a\">A</TabItem>\n<TabItem value=\"b\">{ports.values()}</TabItem>\n</Tabs>\n";
  assert.deepEqual(await linesFor({ 'docs/a.md': page }), [
    'docs/a.md:13:1 error: {Port(…)} calls Port, which is the number 443 in the value the page exports as Port (line 7), not a function: the build stops when it renders the page ("Port is not a function")',
    'docs/a.md:13:10 error: {ports.map(…)} calls ports.map, which is undefined in the value the page exports as ports (line 8), not a function: the build stops when it renders the page ("ports.map is not a function")',
    'docs/a.md:13:32 error: {frontMatter.platforms.join(…)} calls frontMatter.platforms.join, which is undefined in the front matter, not a function: the build stops when it renders the page ("frontMatter.platforms.join is not a function")',
    'docs/a.md:13:67 error: {props.render(…)} calls props.render, which is undefined in the props MDX gives the page (none), not a function: the build stops when it renders the page ("props.render is not a function")',
    'docs/a.md:13:84 error: {ports.api.x.y(…)} reads "y" of undefined: ports.api.x is undefined in the value the page exports as ports (line 8), and the build stops when it renders the page ("Cannot read properties of undefined")',
    'docs/a.md:19:8 error: {ports.keys(…)} calls ports.keys, which is undefined in the value the page exports as ports (line 8), not a function: the build stops when it renders the page ("ports.keys is not a function")',
    'docs/a.md:26:20 error: {ports.values(…)} calls ports.values, which is undefined in the value the page exports as ports (line 8), not a function: the build stops when it renders the page ("ports.values is not a function")',
  ]);
});

test('a theme component without the prop it reads is shown at the element; given it, or a spread, or a component of the site\'s own, it is fine', async () => {
  const page = [
    "import TOCInline from '@theme/TOCInline';",
    "import Picture from '@theme/ThemedImage';",
    "import Heading from '@theme/Heading';",
    "import DocCard from '@site/src/DocCard';",
    '',
    '# Page',
    '',
    '<TOCInline />',
    '',
    'A <Picture alt="diagram" /> and <Heading id="x">Title</Heading> inline.',
    '',
    '<TOCInline toc={toc} /> <TOCInline {...props} /> <DocCard />',
    '',
    '<Picture alt="d" sources={{light: "/l.png", dark: "/d.png"}} /> <Heading as="h3">Fine</Heading>',
    '',
  ].join('\n');
  assert.deepEqual(await linesFor({ 'docs/a.md': page, 'src/DocCard.js': 'export default function DocCard() { return null; }\n' }), [
    'docs/a.md:8:1 error: <TOCInline> without its `toc` prop: @theme/TOCInline reads it to render, and the build stops',
    'docs/a.md:10:3 error: <Picture> without its `sources` prop: @theme/ThemedImage reads it to render, and the build stops',
    'docs/a.md:10:33 error: <Heading> without its `as` prop: @theme/Heading reads it to render, and the build stops',
  ]);
});

test('a theme component the site replaces (src/theme/DocCard.js), or a theme of a preset the config names, is judged as the site\'s own: no prop of the classic one is asked of it', async () => {
  const page = "import DocCard from '@theme/DocCard';\nimport Heading from '@theme/Heading';\n\n# Page\n\n<DocCard header=\"Plugins\" href=\"/\" />\n\n<Heading id=\"x\">Title</Heading>\n";
  const classic = await linesFor({ 'docs/a.md': page });
  assert.deepEqual(classic, [
    'docs/a.md:6:1 error: <DocCard> without its `item` prop: @theme/DocCard reads it to render, and the build stops',
    'docs/a.md:8:1 error: <Heading> without its `as` prop: @theme/Heading reads it to render, and the build stops',
  ]);
  // The site's copy of DocCard: only Heading is the classic theme's still.
  assert.deepEqual(await linesFor({ 'docs/a.md': page, 'src/theme/DocCard.js': 'export default function DocCard({header}) { return header; }\n' }), [classic[1]]);
  // A preset the config names, whose own theme (a dependency) brings its DocCard.
  const config = fs.readFileSync(path.join(FIXTURES, 'mdx', 'docusaurus.config.js'), 'utf8').replace('module.exports = {', "module.exports = {\n  themes: ['acme-docs-preset'],");
  assert.deepEqual(await linesFor({
    'docs/a.md': page, 'docusaurus.config.js': config,
    'node_modules/acme-docs-preset/package.json': '{"name": "acme-docs-preset", "version": "1.0.0", "main": "index.js", "dependencies": {"acme-docs-theme": "1.0.0"}}\n',
    'node_modules/acme-docs-preset/index.js': 'module.exports = () => ({});\n',
    'node_modules/acme-docs-theme/package.json': '{"name": "acme-docs-theme", "version": "1.0.0", "main": "lib/index.js"}\n',
    'node_modules/acme-docs-theme/lib/index.js': 'module.exports = () => ({ name: "acme" });\n',
    'node_modules/acme-docs-theme/lib/theme/DocCard/index.js': 'export default function DocCard({header}) { return header; }\n',
  }), [classic[1]]);
});

test('a hook called as the page loads, outside any component, is shown at the call; in {…}, JSX or a function it is fine', async () => {
  const page = [
    "import useBaseUrl from '@docusaurus/useBaseUrl';",
    '',
    "export const logo = useBaseUrl('/img/logo.png');",
    "export const Logo = () => <img src={useBaseUrl('/img/logo.png')} />;",
    'export function home() { return useBaseUrl(\'/\'); }',
    '',
    '# Page',
    '',
    "<img src={useBaseUrl('/img/logo.png')} /> <Logo /> {logo}",
    '',
  ].join('\n');
  assert.deepEqual(await linesFor({ 'docs/a.md': page }), [
    'docs/a.md:3:21 error: useBaseUrl(…) is called as the page loads, outside any component: React has no component to give it, and the build stops',
  ]);
});

test('<Translate> given more than one plain text, or nothing and no id, is shown at the element; one text, one expression, an id or another Translate is fine', async () => {
  const page = [
    "import Translate from '@docusaurus/Translate';",
    '',
    '# Page',
    '',
    'Markup: <Translate>Save the **key**</Translate>. An expression beside text: <Translate values={{port}}>Open {port}</Translate>.',
    '',
    '<Translate>',
    'On lines of its own, the text is a paragraph.',
    '</Translate>',
    '',
    'Nothing: <Translate values={{port: 1}} />. JSX: <Translate>{<b>x</b>}</Translate>.',
    '',
    "Fine: <Translate>Save the key</Translate>, <Translate id=\"faq.save\" />, <Translate>{'Open {port}'}</Translate>, <Translate>{/* note */}Rotate it</Translate>, <Translate {...props} />.",
    '',
    '<Translate>One message alone on its line is one text.</Translate>',
    '',
  ].join('\n');
  assert.deepEqual(await linesFor({ 'docs/a.md': page, 'docs/b.md': "import Translate from '@site/src/Translate';\n\n<Translate>Save the **key**</Translate>\n", 'src/Translate.js': 'export default function Translate(props) { return props.children; }\n' }), [
    'docs/a.md:5:9 error: <Translate> holds more than one plain text (markup, {expressions}, or a paragraph when it stands on lines of its own): Docusaurus\'s Translate only takes a string, and the build stops',
    'docs/a.md:5:77 error: <Translate> holds more than one plain text (markup, {expressions}, or a paragraph when it stands on lines of its own): Docusaurus\'s Translate only takes a string, and the build stops',
    'docs/a.md:7:1 error: <Translate> holds more than one plain text (markup, {expressions}, or a paragraph when it stands on lines of its own): Docusaurus\'s Translate only takes a string, and the build stops',
    'docs/a.md:11:10 error: <Translate> without a message or an id: Docusaurus\'s Translate has nothing to show, and the build stops',
    'docs/a.md:11:49 error: <Translate> holds more than one plain text (markup, {expressions}, or a paragraph when it stands on lines of its own): Docusaurus\'s Translate only takes a string, and the build stops',
  ]);
});

test('<Tabs values={[…]}> gives the values instead of the children; queryString alone needs a groupId', async () => {
  const imports = 'import Tabs from \'@theme/Tabs\';\nimport TabItem from \'@theme/TabItem\';\n\n';
  const item = '<TabItem value="a">A</TabItem>';
  assert.deepEqual(await linesFor({
    'docs/query.mdx': `${imports}<Tabs queryString>\n${item}\n</Tabs>\n`,
    'docs/query-true.mdx': `${imports}<Tabs queryString={true} groupId="">\n${item}\n</Tabs>\n`,
    'docs/listed-twice.mdx': `${imports}<Tabs values={[{label: 'A', value: 'a'}, {label: 'B', value: 'a'}]}>\n${item}\n</Tabs>\n`,
    'docs/listed-default.mdx': `${imports}<Tabs values={[{label: 'A', value: 'a'}]} defaultValue="b">\n${item}\n</Tabs>\n`,
    'docs/listed-empty.mdx': `${imports}<Tabs values={[]}>\n${item}\n</Tabs>\n`,
    // Look-alikes the theme renders: a groupId, a named parameter, values it cannot know, and a default among the listed values.
    'docs/fine.mdx': `${imports}<Tabs queryString groupId="os">\n${item}\n</Tabs>\n\n<Tabs queryString="os">\n${item}\n</Tabs>\n\nexport const listed = [{label: 'A', value: 'a'}];\n\n<Tabs values={listed}>\n${item}\n</Tabs>\n\n<Tabs values={[{label: 'A', value: 'a'}]} defaultValue="a">\n<TabItem value="a">A</TabItem>\n</Tabs>\n`,
  }), [
    'docs/listed-default.mdx:4:1 error: <Tabs defaultValue="b">, and no <TabItem> has that value (a): the theme stops the build when it renders the page',
    'docs/listed-empty.mdx:4:1 error: a <Tabs> without a <TabItem>: the theme stops the build when it renders the page',
    'docs/listed-twice.mdx:4:1 error: a second <TabItem> with the value "a" in this <Tabs>: the theme stops the build when it renders the page',
    'docs/query-true.mdx:4:1 error: <Tabs queryString> without a groupId, which would name the URL\'s search parameter: the theme stops the build when it renders the page',
    'docs/query.mdx:4:1 error: <Tabs queryString> without a groupId, which would name the URL\'s search parameter: the theme stops the build when it renders the page',
  ]);
});

test('<DocCardList /> without items on a page that shows no sidebar is shown at the element; in a sidebar, with items, a spread or another DocCardList it is fine', async () => {
  const cards = "import DocCardList from '@theme/DocCardList';\n\n<DocCardList />\n";
  const config = "module.exports = { title: 'x', url: 'https://x.example', baseUrl: '/', presets: [['classic', { docs: { routeBasePath: '/', sidebarPath: require.resolve('./sidebars.js') }, blog: false }]] };\n";
  assert.deepEqual(await linesFor({
    'docusaurus.config.js': config,
    'sidebars.js': "module.exports = { docs: ['index', 'listed', {type: 'autogenerated', dirName: 'guides'}] };\n",
    'docs/listed.mdx': cards,
    'docs/guides/generated.mdx': cards,
    'docs/orphan.mdx': `${cards}\n<DocCardList items={[]} /> <DocCardList {...props} />\n`,
    'docs/hidden.mdx': `---\ndisplayed_sidebar: null\n---\n\n${cards}`,
    'docs/later.mdx': `---\ndraft: true\n---\n\n${cards}`,
    'docs/own.mdx': "import DocCardList from '@site/src/DocCardList';\n\n<DocCardList />\n",
    'src/DocCardList.js': 'export default function DocCardList() { return null; }\n',
  }), [
    'docs/hidden.mdx:7:1 error: <DocCardList /> without items shows the cards of the page\'s sidebar, and this page shows none (its front matter says `displayed_sidebar: null`): the build stops ("cant find current sidebar in context")',
    'docs/later.mdx:7:1 warning: <DocCardList /> without items shows the cards of the page\'s sidebar, and this page shows none (no sidebar of its version lists it): the build stops ("cant find current sidebar in context")',
    'docs/orphan.mdx:3:1 error: <DocCardList /> without items shows the cards of the page\'s sidebar, and this page shows none (no sidebar of its version lists it): the build stops ("cant find current sidebar in context")',
  ]);
});

test('a <Head> from @docusaurus/Head holding what Head does not render is shown as a <head> is; another Head, or one holding head elements, is fine', async () => {
  const head = '<Head>\n  <meta name="robots" content="noindex" />\n  <div>Not for the head</div>\n  <title>\n    Over lines\n  </title>\n</Head>\n';
  assert.deepEqual(await linesFor({
    'docs/docusaurus.mdx': `import Head from '@docusaurus/Head';\n\n${head}`,
    'docs/fine.mdx': "import Head from '@docusaurus/Head';\n\n<Head>\n  <title>Security FAQ</title>\n  <meta name=\"robots\" content=\"noindex\" />\n</Head>\n",
    'docs/own.mdx': `import Head from '@site/src/Head';\n\n${head}`,
    'src/Head.js': 'export default function Head(props) { return props.children; }\n',
  }), [
    'docs/docusaurus.mdx:5:3 error: the page\'s <Head> holds <div>, and Docusaurus\'s Head renders only base, link, meta, noscript, script, style and title there: the build stops when it renders the page',
    'docs/docusaurus.mdx:6:3 error: <title> in the page\'s <Head> holds more than text (content over lines, or an element): Docusaurus\'s Head stops the build when it renders the page',
  ]);
});

test('<Interpolate> given more than one plain text, or nothing, is shown at the element; one text, one expression or another Interpolate is fine', async () => {
  const page = [
    "import Interpolate from '@docusaurus/Interpolate';",
    '',
    'Markup: <Interpolate>Open **port** 8443</Interpolate>.',
    '',
    '<Interpolate values={{port: 8443}}>',
    'Open port {\'{port}\'} first.',
    '</Interpolate>',
    '',
    'Nothing: <Interpolate values={{port: 1}} />.',
    '',
    "Fine: <Interpolate>Open port 8443</Interpolate>, <Interpolate values={{port: <b>8443</b>}}>{'Open port {port}'}</Interpolate>.",
    '',
  ].join('\n');
  assert.deepEqual(await linesFor({ 'docs/a.md': page, 'docs/b.md': "import Interpolate from '@site/src/Interpolate';\n\n<Interpolate>Open **port**</Interpolate>\n", 'src/Interpolate.js': 'export default function Interpolate(props) { return props.children; }\n' }), [
    'docs/a.md:3:9 error: <Interpolate> holds more than one plain text (markup, {expressions}, or a paragraph when it stands on lines of its own): Docusaurus\'s Interpolate only takes a string, and the build stops',
    'docs/a.md:5:1 error: <Interpolate> holds more than one plain text (markup, {expressions}, or a paragraph when it stands on lines of its own): Docusaurus\'s Interpolate only takes a string, and the build stops',
    'docs/a.md:9:10 error: <Interpolate> without a message: Docusaurus\'s Interpolate only takes a string, and the build stops',
  ]);
});

// Checked against Docusaurus 3.10.2: with `lazy` the theme's TabItem renders only the tab shown
// first, so another tab's h2 is no anchor; the table of contents still links to it (build
// fails at the page alone), and a broken <Link> there is never checked (the build passes).
test('<Tabs lazy>: a heading in a tab not shown first is no anchor, and the table of contents links to it; a <Link> there is not checked', async () => {
  const page = (front: string, tabs: string) => ['---', 'title: Lazy', front, '---', '', "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", "import Link from '@docusaurus/Link';", '', tabs, ''].join('\n');
  const tabs = (open: string, second = '') => [open, '<TabItem value="one">', '', '## In tab one', '', '</TabItem>', `<TabItem value="two"${second}>`, '', '## In tab two', '', '<Link to="/nowhere">x</Link>', '', '</TabItem>', '</Tabs>'].join('\n');
  const problems = await problemsWith({
    'docs/lazy.mdx': page('toc_max_heading_level: 2', `${tabs('<Tabs lazy>')}\n\nSee [two](#in-tab-two) and [one](#in-tab-one).`),
    'docs/hidden-toc.mdx': page('hide_table_of_contents: true', tabs('<Tabs lazy={true}>')),
    'docs/default.mdx': page('', `${tabs('<Tabs lazy>', ' default')}\n\nSee [two](#in-tab-two).`),
    'docs/not-lazy.mdx': page('', `${tabs('<Tabs lazy={false}>')}\n\nSee [two](#in-tab-two).`),
    'docs/index.md': '# Home\n\n[Two](./lazy.mdx#in-tab-two), [hidden](./hidden-toc.mdx#in-tab-two), [default one](./default.mdx#in-tab-one).\n',
  });
  const lazy = 'is in a tab that <Tabs lazy> leaves out of the built page';
  // The tab shown first (by `default`, or with lazy={false} every tab) renders its <Link>, which the build checks.
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`), [
    `docs/default.mdx:13:1 error broken-anchor: this heading ${lazy}, and the page's table of contents links to "#in-tab-one": the build finds no such anchor`,
    'docs/default.mdx:20:7 error broken-link: no page at "/nowhere"',
    `docs/index.md:3:1 error broken-anchor: the heading "#in-tab-two" of docs/lazy.mdx ${lazy}: the built page has no such anchor`,
    `docs/index.md:3:31 error broken-anchor: the heading "#in-tab-two" of docs/hidden-toc.mdx ${lazy}: the built page has no such anchor`,
    `docs/index.md:3:70 error broken-anchor: the heading "#in-tab-one" of docs/default.mdx ${lazy}: the built page has no such anchor`,
    `docs/lazy.mdx:18:1 error broken-anchor: this heading ${lazy}, and the page's table of contents links to "#in-tab-two": the build finds no such anchor`,
    `docs/lazy.mdx:25:5 error broken-anchor: the heading "#in-tab-two" of docs/lazy.mdx ${lazy}: the built page has no such anchor`,
    'docs/not-lazy.mdx:20:7 error broken-link: no page at "/nowhere"',
  ]);
});

// diff70's p27 built both with Docusaurus 3.10.2: the Links in the tabs left out did not stop it.
test('<Tabs lazy>: a defaultValue written as a literal in braces (a string, or a template with nothing in it) selects its tab, and the theme\'s Tabs imported under another name leaves tabs out too', async () => {
  const page = (imports: string, tabs: string) => ['---', 'title: Lazy', 'hide_table_of_contents: true', '---', '', imports, "import TabItem from '@theme/TabItem';", "import Link from '@docusaurus/Link';", '', tabs, ''].join('\n');
  const tabs = (open: string, close: string) => [open, '<TabItem value="one">', '', '<Link to="/nowhere-one">x</Link>', '', '</TabItem>', '<TabItem value="two">', '', '<Link to="/nowhere-two">x</Link>', '', '</TabItem>', close].join('\n');
  const problems = await problemsWith({
    'docs/braces.mdx': page("import Tabs from '@theme/Tabs';", tabs('<Tabs lazy defaultValue={"two"}>', '</Tabs>')),
    'docs/template.mdx': page("import Tabs from '@theme/Tabs';", tabs('<Tabs lazy defaultValue={`two`}>', '</Tabs>')),
    'docs/renamed.mdx': page("import MyTabs from '@theme/Tabs';", tabs('<MyTabs lazy>', '</MyTabs>')),
    // A component of the site's named Tabs is not the theme's: each of its tabs may render.
    'docs/own.mdx': page("import MyTabs from '@site/src/components/MyTabs';", tabs('<MyTabs lazy>', '</MyTabs>')),
    'src/components/MyTabs.js': 'export default function MyTabs({ children }) { return children; }\n',
  });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`), [
    'docs/braces.mdx:18:7 error broken-link',
    'docs/own.mdx:13:7 error broken-link',
    'docs/own.mdx:18:7 error broken-link',
    'docs/renamed.mdx:13:7 error broken-link',
    'docs/template.mdx:18:7 error broken-link',
  ]);
});

// Checked against Docusaurus 3.10.2 (tests/site/agreement.test.ts builds both): a tab the build
// leaves out is never rendered, so its addresses and anchors are never checked; mdx-loader still
// resolves its Markdown file links as it compiles the page, and stops at one to no page.
test('<Tabs lazy>: in a tab not shown first, addresses and anchors are not checked, and a Markdown file link still is', async () => {
  const tabs = (hidden: string) => ['---', 'title: Lazy', 'hide_table_of_contents: true', '---', '', "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", '',
    '<Tabs lazy>', '<TabItem value="one">', '', 'Shown first: [nowhere](/nowhere).', '', '</TabItem>', '<TabItem value="two">', '', hidden, '', '</TabItem>', '</Tabs>', ''].join('\n');
  const problems = await problemsWith({
    'docs/lazy.mdx': tabs('[Nowhere](/nowhere), [an anchor](./other.md#missing), [an address anchor](/other#missing), [a file](./gone.md).'),
    'docs/other.md': '# Other\n\n## Here\n',
  });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`), [
    'docs/lazy.mdx:12:14 error broken-link',
    'docs/lazy.mdx:17:92 error broken-link',
  ]);
});

test('a file that imports itself is named for what it is: a partial, or a page', async () => {
  assert.deepEqual(await linesFor({
    'docs/_p.mdx': "import P from './_p.mdx';\n\n<P />\n",
    'docs/uses.mdx': "import P from './_p.mdx';\n\n<P />\n",
    'docs/me.mdx': "import Me from './me.mdx';\n\n<Me />\n",
  }), [
    'docs/_p.mdx:1:1 error: the partial imports itself: rendering stops ("Cannot access … before initialization")',
    'docs/me.mdx:1:1 error: the page imports itself: rendering stops ("Cannot access … before initialization")',
  ]);
});

// diff73's p17 built these with Docusaurus 3.10.2: the pages exporting `name`, `length` and
// `caller` failed static rendering; `displayName` and the partial's `name` built.
test('a page that exports a name its content function keeps for itself (name, length, caller) is shown at the export; another name, or a partial\'s export, is fine', async () => {
  const lines = await linesFor({
    'docs/r1.mdx': "export const name = 'Alice';\n\n# R1\n\nHello {name}.\n",
    'docs/r2.mdx': 'export const length = 3;\nexport const displayName = \'R2\';\n\n# R2\n',
    'docs/r3.mdx': "import Part from './_part.mdx';\n\n# R3\n\n<Part />\n",
    'docs/_part.mdx': "export const name = 'Bob';\n\nHi {name}.\n",
  });
  assert.deepEqual(lines.map((line) => line.split(': ')[0]), ['docs/r1.mdx:1:1 error', 'docs/r2.mdx:1:1 error']);
  assert.match(lines[0], /the page exports "name": Docusaurus copies a page's exports onto its content, a function whose "name" cannot be set, and the page fails to render/);
});
