/**
 * Parsing only a page's segments that can hold MDX (extract/mdx-blocks.ts) gives exactly what
 * parsing it whole gives:
 * the same syntax error at the same place, the same free names, imports and bound names. On
 * every fixture and project page, on pages shaped like real sites' and on fuzzed texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { mayHoldMdx, mdxFactsOf, parseInParts } from '../../scripts/content/extract/mdx-facts.ts';
import { mdxSegments, SEGMENT_END_LABEL } from '../../scripts/content/extract/mdx-blocks.ts';
import { preprocessMdx } from '../../scripts/content/extract/mdx-preprocess.ts';
import { parseMdxSource } from '../../scripts/content/extract/mdx-parse.ts';
import { pageDeferred } from '../../scripts/content/extract/mdx-deferred.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';
import { SITE_DIR } from '../helpers/paths.ts';

function wholePageAnswer(text: string) {
  if (!mayHoldMdx(text)) return { syntaxError: undefined, freeNames: [], imports: [], bound: [], deferred: undefined };
  const { syntaxError, freeNames, imports, bound, deferred } = parseMdxSource(preprocessMdx(text));
  return { syntaxError, freeNames, imports, bound: [...bound].sort(), deferred: syntaxError ? undefined : pageDeferred(deferred).deferred };
}

function answerInParts(text: string) {
  const { syntaxError, freeNames, imports, bound, deferred } = mdxFactsOf(text);
  return { syntaxError, freeNames, imports, bound: [...bound].sort(), deferred: syntaxError ? undefined : deferred };
}

const agrees = (text: string) => assert.deepEqual(answerInParts(text), wholePageAnswer(text), `---\n${text}`);

test('every fixture and project page: parts and whole agree', () => {
  const files = ['tests/fixtures', 'docs', 'versioned_docs'].flatMap((dir) =>
    fs.readdirSync(path.join(SITE_DIR, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name)));
  assert.ok(files.length > 50);
  for (const file of files) agrees(fs.readFileSync(file, 'utf8'));
});

test('a page of real sites\' shapes is cut, its JSX parts are parsed apart, and names bound in one part count in another', () => {
  const page = [
    '---', 'title: Install', '---', '',
    "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", '',
    'export const version = "2.9";', '', 'Words between, without MDX.', '',
    'Install version {version} first.', '',
    '<Tabs>', '<TabItem value="helm">', '', 'Use Helm:', '', '```bash', 'helm install <name> {x}', '```', '', '</TabItem>', '</Tabs>', '',
    '1. A step', '   ```yaml', '   key: {value}', '   ```', '2. Another <br /> step', '',
    'Plain text, no MDX at all.',
  ].join('\n');
  /** The first lines of the segments the parser sees. */
  const parsedStarts = (text: string) => {
    const cut = mdxSegments(preprocessMdx(text))!;
    return cut.segments.filter((segment) => segment.mdxLines.length > 0 || segment.nestedFence).map(({ from }) => cut.lines[from]);
  };
  assert.deepEqual(parsedStarts(page), [
    "import Tabs from '@theme/Tabs';", 'export const version = "2.9";', 'Install version {version} first.', '<Tabs>', '1. A step',
  ], 'cut at every fresh start; segments without MDX (the words, the plain text) are not parsed; the indented fence\'s is');
  const withoutNestedFence = page.replace('   ```yaml\n   key: {value}\n   ```\n', '');
  agrees(page);
  agrees(withoutNestedFence);
  assert.deepEqual(answerInParts(withoutNestedFence).freeNames, []);
  assert.deepEqual(answerInParts(withoutNestedFence.replace('{version}', '{versoin}')).freeNames.map((name) => `${name.name}@${name.line}:${name.column}`), ['versoin@12:18']);
});

test('a cut that an indented fence makes fall inside code is caught by the check after its segment', () => {
  // A fence indented at the top level, closed by a line in column 0: the cut before `plain`
  // lies inside code, and the segment before it leaves the fence open.
  const page = '  ```\ncode\n\nplain words\nmore words\n```\n\n{undefinedName}\n\n<Foo />\n';
  const cut = mdxSegments(preprocessMdx(page))!;
  const first = cut.segments[0];
  assert.ok(first.nestedFence && first.mdxLines.length === 0, 'the fence\'s segment is marked, though it holds no MDX');
  const definitions: string[] = [];
  parseMdxSource(`\n${cut.lines.slice(first.from, first.to).join('\n')}\n\n[${SEGMENT_END_LABEL}]: #`, { definitions });
  assert.deepEqual(definitions, [], 'the definition after it is read as code');
  agrees(page);
  assert.deepEqual(answerInParts(page).freeNames.map((name) => name.name), ['undefinedName', 'Foo']);
});

test('a fence indented by spaces and closed at its own indentation is followed: its code is no MDX', () => {
  const followed = [
    '1. Open the port:\n\n   ```sh\n   curl http://localhost:<1024>/{x}\n\n   <br>\n   ```\n\n2. Then <Foo />.\n',
    '- item\n  ```json\n  { "a": <b> }\n  ```\n- next {y}\n',
    'text\n\n  ~~~\n  {x} <y>\n  ~~~\n\n<br />\n',
  ];
  for (const page of followed) {
    agrees(page);
    const cut = mdxSegments(preprocessMdx(page))!;
    assert.ok(cut.segments.every((segment) => !segment.nestedFence), `followed: ${page}`);
  }
  assert.deepEqual(answerInParts(followed[0]).freeNames.map((name) => name.name), ['Foo']);
  // Not followed (marked, and parsed): a closing fence at another indentation, a line that
  // leaves the fence's container, a fence-like or directive line inside, a tab.
  for (const page of [
    '- a\n\n  ```\n  <x>\n    ```\n  {y}\n  ```\n',
    '- a\n\n  ```\n  <x>\nplain {y}\n  ```\n',
    ':::note\n\n  ```\n  <x>\n:::\n  ```\n',
    'text\n\n  ~~~\n  ```\n  {x}\n  ~~~\n',
    '- a\n\n  ```\n\t<x>\n  ```\n',
  ]) {
    agrees(page);
    assert.ok(mdxSegments(preprocessMdx(page))!.segments.some((segment) => segment.nestedFence), `marked: ${page}`);
  }
});

test('a fence after a list marker, on the line that starts a segment, marks that segment: its code is no MDX', () => {
  // Found by the fuzzer (seed 22): the mark went to the segment before, and the simple reader read the code as MDX.
  const page = 'Words.\n\n1. ~~~{b}<Foo />`{a}`\n';
  agrees(page);
  assert.deepEqual(answerInParts(page).freeNames, []);
});

test('an import bound again in a later segment is the error it is in the page', () => {
  for (const page of [
    'import A from "./a";\n\n\nimport A from "./a";',
    'import A from "./a";\n\ntext\n\nexport const A = 1;\n',
    'import A from "./a";\n\n<A />\n\nexport default function A() {}\n',
    'export const A = 1;\n\nimport {B} from "./b";\n\nexport const C = {A};\n\nimport {D} from "./d";\n\n<B /> <D /> {A} {C}\n',
    // ESM in a segment that starts otherwise: after a tag or an expression, MDX reads it as ESM.
    'import A from "./a";\n\n<Foo />\nimport A from "./a";\n', 'import A from "./a";\n\n{1}\nexport const A = 2;\n', 'import A from "./a";\n\n<Foo />\nimport B from "./b";\n\n<B />\n',
  ]) agrees(page);
  assert.equal(answerInParts('import A from "./a";\n\n\nimport A from "./a";').syntaxError?.kind, 'esm');
});

/** The texts parseInParts hands the parser for `page`. */
function textsParsed(page: string): string[] {
  const parsed: string[] = [];
  parseInParts(preprocessMdx(page), (text, details) => {
    parsed.push(text);
    return parseMdxSource(text, details);
  });
  return parsed;
}

test('shapes that once had the whole page parsed are parsed in parts, as the page reads them', () => {
  const pages = [
    // A tag over lines, whose element holds blank lines: no cut inside it.
    ['---', 'title: T', '---', '', 'Intro.', '', '<details>', '  <summary>', '', '### Title', '', '  </summary>', '  <Tabs', '    defaultValue="a"', '    values={[', '      {label: "A", value: "a"},', '    ]}', '  >', '    <TabItem value="a">', '', '      text', '', '    </TabItem>', '  </Tabs>', '</details>', '', 'After.', ''],
    // A self-closing tag over lines, and an expression attribute over lines.
    ['---', 'title: T', '---', '', '<Flow>', '', '<CodeBlock', '  code={`a`}', '/>', '', '<Tabs values={[', '  {value: "x"},', ']} onChange={() => f()}>', '', 'x', '', '</Tabs>', '', '</Flow>', '', 'End.', ''],
    // A shell example in a template string, with a line like ESM, after an import.
    ['---', 'title: T', '---', '', 'import CodeBlock from "@theme/CodeBlock";', '', 'Text.', '', '<CodeBlock', '  code={`# set it', 'export TOKEN=1', 'echo $TOKEN`}', '  language="bash"', '/>', ''],
  ].map((lines) => lines.join('\n'));
  for (const page of pages) {
    assert.ok(!textsParsed(page).some((text) => text.startsWith('---')), `no parse of the whole page:\n${page}`);
    agrees(page);
  }
});

test('front matter is in no segment: what it holds is YAML, not MDX', () => {
  for (const page of ['---\ntitle: a {x} b\n---\n<Foo />\n', '---\ndescription: <br> here\n---\n\n{y}\n']) agrees(page);
  assert.deepEqual(answerInParts('---\ntitle: a {x} b\n---\n<Foo />\n').freeNames.map((name) => name.name), ['Foo']);
});

test('no cut inside a directive container, where JSX must close before the container does', () => {
  for (const page of [
    ':::note\n\n<Tabs>\n\n:::\n\n</Tabs>\n',
    '::::tabs\n\n:::\n\n<Foo>\n\n::::\n\n</Foo>\n',
    ':::note\n\ntext\n\n<Tabs>\n</Tabs>\n\n:::\n\n{x}\n',
    // The container's end ends the fence inside it: `<br>` is MDX again.
    ':::note\n```\n:::\n<br>\n',
    ':::note\n\n```\ncode\n:::\n\n<br>\n\n```\n',
  ]) agrees(page);
  assert.match(answerInParts(':::note\n\n<Tabs>\n\n:::\n\n</Tabs>\n').syntaxError?.reason ?? '', /before the end of `directiveContainer`/);
});

test('a container the page\'s last segment leaves open runs to the end there as in the page: only that segment is parsed', () => {
  // Real pages end in a `:::note` never closed (or "closed" by another `:::warning`). Each page
  // below is unique to this test: segments already read elsewhere would not be parsed again.
  const lastOpen = [
    'Intro <b>x</b> for the open-note test.\n\n:::note\n`docker rm -f <scanner id>` stops it.\n\n```shell\ndocker ps\n```\n',
    'Intro {open} here.\n\n:::warning[Limits]\n\n```yaml\nk: v\n```\n\n:::warning\n\nAfter <Foo /> in it.\n',
    'Text {a1}.\n\n- item\n\n  ```sh\n  <never closed> {b1}\n',
  ];
  for (const page of lastOpen) {
    const parsed: string[] = [];
    parseInParts(preprocessMdx(page), (text, details) => (parsed.push(text), parseMdxSource(text, details)));
    assert.equal(parsed.length, 1, `one segment parsed: ${JSON.stringify(parsed)}`);
    assert.ok(page.endsWith(parsed[0].slice(1).replace(/\n\n\[[^\]]+\]: #$/, '')), 'the last one');
    agrees(page);
  }
  // Code left open before another segment runs into that one: the page is parsed whole.
  const openBefore = '  ```\nopen code\n\nplain words\n```\n\n{c1}\n\n<Bar />\n';
  const parsed: string[] = [];
  parseInParts(preprocessMdx(openBefore), (text, details) => (parsed.push(text), parseMdxSource(text, details)));
  assert.ok(parsed.includes(preprocessMdx(openBefore)), `parsed whole: ${JSON.stringify(parsed)}`);
  agrees(openBefore);
});

const pieces = fc.constantFrom(
  '\n', '\n\n', '\n\n\n', '  ', '   ', '    ', '\t', '- ', '1. ', '2) ', '> ', '---', '***', ':::note', ':::', '::::tip', '::::', ':::note\n\n<Tabs>\n\n', '---\ntitle: {t}\n---\n',
  '```', '```js', '~~~', '````', '  ```', '    ```', '\t```', '- ```', '> ```', '`', '``', '\n  ```\n', '\n   ~~~js\n', '\n  ```\n  <b>\n  ```\n',
  '<', '>', '{', '}', '<1', 'a < b', '\\<', '\\{', '<br>', '<br />', '<details>', '</details>', '<summary>s</summary>',
  '<Tabs>', '</Tabs>', '<Foo />', '<Foo.Bar />', '<x-y>', '<!--', '-->', '<!-- c -->', '{/*', '*/}', '{a}', '{b}', '{a + b}',
  'import A from "./a";', 'export const a = 1;', 'export const b = {', 'export function f() {}', '<https://x.y>',
  // Functions whose reads run only when something calls them (extract/mdx-deferred.ts), and their callers.
  'export const G = () => <Foo />;', 'export function F() { return b; }', 'export const {p} = {p: () => A};', '{F()}', '<G />', '{p}',
  '<button onClick={() => a()}>x</button>',
  // Tags over lines, and lines like ESM inside template strings.
  '<Tabs\n', '  values={[1]}\n', '>', '/>', ']}>', 'x={() => 1}', 'export X=1', '{`', '`}', '<Foo\n  a={`\n',
  '`<b>`', '`{a}`', '``<b>`{a}``', '`a|{b}`', 'www.e.com/', '](', 'x`',
  'word', 'text', '[a](b)', '# ', '## H {#id}', '|a|b|', '|-|-|',
  // No blank line to micromark, nor indentation: white space other than spaces and tabs.
  '\n\u00a0\n', '\u00a0', '\u3000', ':::\u00a0',
);
const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

propertyTest('fuzzed texts: parts and whole agree', { runs: 3000, timeoutMs: 300_000 }, (run) => {
  assertProperty(fc.property(texts, (text) => {
    agrees(text);
  }), run);
});

// Release notes kept with Windows line endings: the CR of each CRLF is part of the line ending.
test('pages with CRLF line endings: parts and whole agree', () => {
  for (const page of [
    '<details>\r\n\r\n* Remove vendored code by @someone in https://github.com/o/r/pull/1\r\n\r\n</details>\r\n',
    "import Tabs from '@theme/Tabs';\r\n\r\n<Tabs>\r\n<TabItem value=\"a\">\r\n\r\nx <br />\r\n\r\n</TabItem>\r\n</Tabs>\r\n",
    '{a}\r\n\r\n<Foo\r\n  x="1" />\r\n',
    // A CRLF line opens a fence, or a directive container, as its LF twin does.
    'Text {b}\r\n\r\n~~~yaml\r\nkey: {a}\r\n~~~\r\n',
    'Text {b}\r\n\r\n  ~~~\r\n  key: {a}\r\n  ~~~\r\n\r\nMore {c}\r\n',
    ':::note\r\n\r\n<Tabs>\r\n\r\n:::\r\n\r\n</Tabs>\r\n',
    // A lone CR ends a line too: such pages are read as they are.
    '<b>\rx</b>\r\n\r\n<Foo />\r\n',
  ]) agrees(page);
});

propertyTest('fuzzed texts with CRLF line endings: parts and whole agree', { runs: 1500, timeoutMs: 300_000 }, (run) => {
  assertProperty(fc.property(texts, (text) => {
    agrees(text.replace(/\r?\n/g, '\r\n'));
  }), run);
});

test('a CR that ends a line alone is a line ending: a fence it closes is no longer code', () => {
  // micromark reads `x`, then the closing fence: `<b>` is an unclosed tag outside code.
  const page = '```\nx\r```\n<b>\n```\n';
  agrees(page);
  assert.equal(mayHoldMdx(page), true);
  assert.ok(mdxFactsOf(page).syntaxError);
});

test('an HTML comment holding blank lines is never cut: its segment parses alone, and the page is not parsed whole', () => {
  const page = [
    '---', 'title: API', '---', '', 'Intro.', '',
    '<!--', 'Generated below.', '', 'Do not edit by hand.', '-->', '',
    '# API Reference', '',
    '| Field | Description |', '| - | - |', '| `a` | one<br />two |', '',
    'Text <!-- one line --> and more.', '',
  ].join('\n');
  const cut = mdxSegments(preprocessMdx(page))!;
  const commentSegment = cut.segments.find(({ from }) => cut.lines[from] === '<!--')!;
  const lastLine = cut.lines.slice(commentSegment.from, commentSegment.to).filter((line) => line.trim() !== '').at(-1);
  assert.equal(lastLine, '-->', 'the comment\'s segment ends with its closing line');
  const parsed: string[] = [];
  parseInParts(preprocessMdx(page), (text, details) => {
    parsed.push(text);
    return parseMdxSource(text, details);
  });
  assert.ok(!parsed.some((text) => text.startsWith('---')), 'no parse of the whole page');
  agrees(page);
});
