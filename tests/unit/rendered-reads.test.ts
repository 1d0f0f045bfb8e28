/**
 * `{frontMatter.a.b}`, `{toc[0]}`, `{props.x.y}`: reads a page renders as they are, from values
 * the check knows without running it (rules/mdx-render.ts, renderedReadProblems). A read from
 * undefined and an object rendered stop the build; what exists, and `?.`, build. Each shape was
 * built with Docusaurus 3.10 by an audit (BENCHMARKS.md, twenty-ninth round).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';
import { renderedNameOf } from '../../scripts/content/extract/mdx-names.ts';
import { parseMdxSource } from '../../scripts/content/extract/mdx-parse.ts';

const lines = async (text: string) => (await problemsWith({ 'docs/page.mdx': text, 'docs/_part.md': '## Part heading\n' })).map((p) => `${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`);

test('a read from undefined stops the build: in the front matter, past the table of contents\' end, in the props', async () => {
  assert.deepEqual(await lines('---\ntitle: T\n---\n\nDeep: {frontMatter.nope.deep}\n'), [
    '5:7 error mdx-render: {frontMatter.nope.deep} reads "deep" of undefined: frontMatter.nope is undefined in the front matter, and the build stops when it renders the page ("Cannot read properties of undefined")',
  ]);
  assert.deepEqual(await lines('# A\n\nFifth: {toc[4].value}\n\n## B\n'), [
    '3:8 error mdx-render: {toc[4].value} reads "value" of undefined: toc[4] is undefined in the table of contents (1 heading), and the build stops when it renders the page ("Cannot read properties of undefined")',
  ]);
  assert.deepEqual(await lines('Prop: {props.foo.bar}\n'), [
    '1:7 error mdx-render: {props.foo.bar} reads "bar" of undefined: props.foo is undefined in the props MDX gives the page (none), and the build stops when it renders the page ("Cannot read properties of undefined")',
  ]);
});

test('an object read from the front matter or the table of contents stops the build; a list of texts does not', async () => {
  assert.deepEqual(await lines('---\ncustom:\n  k: 1\nkeywords: [a, b]\n---\n\n# A\n\nObj: {frontMatter.custom}, list: {frontMatter.keywords}, first: {toc[0]}\n\n## B\n'), [
    '9:6 error mdx-render: {frontMatter.custom} renders an object from the front matter, and React stops the build when it renders the page: objects are not valid as a React child',
    '9:65 error mdx-render: {toc[0]} renders an object from the table of contents (1 heading), and React stops the build when it renders the page: objects are not valid as a React child',
  ]);
});

test('what is there, a read with ?., a key a text lacks and a page that imports (whose table of contents may grow) build', async () => {
  assert.deepEqual(await lines('---\ntitle: T\ncustom:\n  k: 1\n---\n\n# A\n\n{frontMatter.title} {frontMatter.custom.k} {frontMatter.nope?.deep} {toc.length} {toc[0].value} {toc[3]?.value} {props.foo}\n\n## B\n'), []);
  assert.deepEqual(await lines("import Part from './_part.md';\n\n# A\n\n{toc[3].value}\n\n<Part />\n"), []);
  assert.deepEqual(await lines('---\ntitle: T\n---\n\n{frontMatter.title.length} {frontMatter.title.nope}\n'), []);
});

test('a chain of reads is kept with its keys and its ?. marks, and marked when it is called; anything else is no rendered read', () => {
  const estreeOf = (text: string) => parseMdxSource(text).renderedNames;
  assert.deepEqual(estreeOf('{a.b[0]?.["c"]}\n'), [{ name: 'a', path: ['b', 0, 'c'], optional: [false, false, true], line: 1, column: 1 }]);
  assert.deepEqual(estreeOf('{a}\n'), [{ name: 'a', line: 1, column: 1 }]);
  assert.deepEqual(estreeOf('{a[b].c} {(a).b + 1} {a[b]()}\n'), undefined);
  assert.deepEqual(estreeOf('{a.b()}\n'), [{ name: 'a', path: ['b'], optional: [false], call: true, line: 1, column: 1 }]);
  assert.deepEqual(renderedNameOf(undefined), {});
});

test('the same reads from the page\'s own export of data written out: a read from undefined and an object stop the build', async () => {
  assert.deepEqual(await lines('export const limits = {api: {port: 6443}, agent: null};\n\nAPI: {limits.api}, agent: {limits.agent.port}, web: {limits.web.port}.\n'), [
    '3:6 error mdx-render: {limits.api} renders an object from the value the page exports as limits (line 1), and React stops the build when it renders the page: objects are not valid as a React child',
    '3:27 error mdx-render: {limits.agent.port} reads "port" of null: limits.agent is null in the value the page exports as limits (line 1), and the build stops when it renders the page ("Cannot read properties of null")',
    '3:53 error mdx-render: {limits.web.port} reads "port" of undefined: limits.web is undefined in the value the page exports as limits (line 1), and the build stops when it renders the page ("Cannot read properties of undefined")',
  ]);
});

test('what the export holds, a read with ?., an export the page computes and a let build', async () => {
  assert.deepEqual(await lines('export const limits = {api: {port: 6443}};\nexport const computed = {api: Date.now()};\nexport let later = {};\n\n{limits.api.port} {limits.web?.port} {limits.web} {computed.web.port} {later.a.b}\n'), []);
});

test('the same reads from imported JSON: a read from undefined and an object stop the build; {data} itself is an object', async () => {
  const ports = { 'docs/ports.json': '{"https": 8443, "agent": {"tcp": 9443}}' };
  const found = await problemsWith({ ...ports, 'docs/page.mdx': "import ports from './ports.json';\n\nPorts: {ports.https}, {ports.agent}, {ports.web.tcp}, {ports}, {ports.web?.tcp}, {ports.agent.tcp}.\n" });
  assert.deepEqual(found.map((p) => `${p.line}:${p.column} ${p.rule}: ${p.message}`), [
    '3:23 mdx-render: {ports.agent} renders an object from ./ports.json, which the page imports as ports, and React stops the build when it renders the page: objects are not valid as a React child',
    '3:38 mdx-render: {ports.web.tcp} reads "tcp" of undefined: ports.web is undefined in ./ports.json, which the page imports as ports, and the build stops when it renders the page ("Cannot read properties of undefined")',
    '3:55 mdx-render: {ports} renders an object from ./ports.json, which the page imports as ports, and React stops the build when it renders the page: objects are not valid as a React child',
  ]);
  // A named import, JSON that does not parse (the import rule's) and a file that is no JSON are not read here.
  const others = await problemsWith({ ...ports, 'docs/bad.json': '{"https": 8443,}', 'docs/page.mdx': "import {https} from './ports.json';\nimport bad from './bad.json';\n\n{https.x.y} {bad.x.y}\n" });
  assert.deepEqual(others.map((p) => p.rule), ['broken-link']);
});

test('a partial reads the props of each element that renders it: a key one element does not give stops the build, at the read, naming that element; given, spread, in a lazy tab left out, inside a component, with ?., or children, it is fine', async () => {
  const part = 'Agent: {props.agent.port}. Items: {props.items.map((i) => i)}. Maybe: {props.note?.text}. Inner: {props.children}.\n';
  const lazy = "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\nimport Agent from './_agent.mdx';\n\n<Tabs lazy>\n<TabItem value=\"a\">A</TabItem>\n<TabItem value=\"b\"><Agent /></TabItem>\n</Tabs>\n";
  const given = "import Agent from './_agent.mdx';\n\nexport const more = {agent: {port: 1}, items: []};\nexport const Box = () => null;\n\n<Agent agent={{port: 8443}} items={[]} />\n\n<Agent {...more} />\n\n<Box><Agent /></Box>\n";
  const missing = "import Agent from './_agent.mdx';\n\n# Missing\n\n<Agent items={[1]} />\n\n<Agent />\n";
  const problems = await problemsWith({ 'docs/_agent.mdx': part, 'docs/lazy.mdx': lazy, 'docs/given.mdx': given, 'docs/missing.mdx': missing });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message} (${p.hint})`), [
    'docs/_agent.mdx:1:8 error mdx-render: {props.agent.port} reads "port" of undefined: props.agent is undefined in the props <Agent> gives it at docs/missing.mdx:5:1, and the build stops when it renders the page ("Cannot read properties of undefined") (give the prop where the partial is rendered (<Agent agent={…} />), or read it with ?. ({props.agent?.…}))',
    'docs/_agent.mdx:1:35 error mdx-render: {props.items.map(…)} reads "map" of undefined: props.items is undefined in the props <Agent> gives it at docs/missing.mdx:7:1, and the build stops when it renders the page ("Cannot read properties of undefined") (give the prop where the partial is rendered (<Agent items={…} />), or read it with ?. ({props.items?.…}))',
  ]);
});

test('a partial without front matter reads its own, empty one, not the page\'s: a read past it stops the build; one with front matter (warned about as it is) is not judged', async () => {
  const problems = await problemsWith({
    'docs/page.mdx': "---\nversion:\n  latest: '2.9'\n---\n\nimport Latest from './_latest.mdx';\nimport Own from './_own.mdx';\n\n<Latest />\n\n<Own />\n",
    'docs/_latest.mdx': 'Latest: {frontMatter.version.latest}, title: {frontMatter.title}.\n',
    'docs/_own.mdx': '---\nversion: 1\n---\n\nOwn: {frontMatter.version.latest}.\n',
  });
  // Only this rule's: the front-matter rule's word on _own.mdx depends on CI being set.
  assert.deepEqual(problems.filter((p) => p.rule === 'mdx-render').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`), [
    'docs/_latest.mdx:1:9 error mdx-render: {frontMatter.version.latest} reads "latest" of undefined: frontMatter.version is undefined in the partial\'s own front matter (it has none: a partial\'s frontMatter is not the page\'s), and the build stops when it renders the page ("Cannot read properties of undefined")',
  ]);
  assert.ok(problems.some((p) => p.file === 'docs/_own.mdx' && p.rule === 'front-matter'), 'the partial with front matter is not reported');
});

test('an object read renders only where the page renders it: inside a component that may take it as data, or in a tab <Tabs lazy> leaves out, it is fine; inside the theme\'s Details it is shown; a read of undefined stops the build anywhere', async () => {
  const page = [
    '---',
    'custom:',
    '  port: 443',
    '---',
    '',
    "import Details from '@theme/Details';",
    "import Tabs from '@theme/Tabs';",
    "import TabItem from '@theme/TabItem';",
    '',
    'export const ShowData = ({children}) => JSON.stringify(children);',
    'export const limits = {agent: {port: 1}};',
    '',
    '<ShowData>{frontMatter.custom} {limits.agent} {frontMatter} {limits}</ShowData>',
    '',
    '<ShowData>',
    '{limits.agent}',
    '</ShowData>',
    '',
    '<Details summary="More">{limits.agent}</Details>',
    '',
    '<ShowData>{limits.nope.port}</ShowData>',
    '',
    '<Tabs lazy>',
    '<TabItem value="a">A</TabItem>',
    '<TabItem value="b">{limits.agent} {frontMatter.custom} {limits.gone.port}</TabItem>',
    '</Tabs>',
    '',
  ].join('\n');
  assert.deepEqual(await lines(page), [
    '19:25 error mdx-render: {limits.agent} renders an object from the value the page exports as limits (line 11), and React stops the build when it renders the page: objects are not valid as a React child',
    '21:11 error mdx-render: {limits.nope.port} reads "port" of undefined: limits.nope is undefined in the value the page exports as limits (line 11), and the build stops when it renders the page ("Cannot read properties of undefined")',
    '25:56 error mdx-render: {limits.gone.port} reads "port" of undefined: limits.gone is undefined in the value the page exports as limits (line 11), and the build stops when it renders the page ("Cannot read properties of undefined")',
  ]);
});
