/**
 * Segments of plain JSX tags are answered without the MDX parser (extract/mdx-simple.ts). Wherever
 * that answer is given, it must be the parser's: no syntax error, no import, the same component
 * names at the same places. On lines built from tags, their near misses and the Markdown around
 * them (fuzzed), and on the shapes real pages have.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { simpleSegmentFacts } from '../../scripts/content/extract/mdx-simple.ts';
import { mdxSegments } from '../../scripts/content/extract/mdx-blocks.ts';
import { parseMdxSource } from '../../scripts/content/extract/mdx-parse.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

/** The parser's answer for a segment, with its first line as line 1 (as simpleSegmentFacts numbers them). */
function parserAnswer(text: string) {
  const details = { importedNames: [] as string[] };
  const { syntaxError, freeNames, imports, bound, usedImports, renderRefusals, tabs, exported, jsxLinks, renderedNames, componentProps, expressionComponents, componentIds, topLevelHooks, scriptSpans, memberElements, deferred } = parseMdxSource(`\n${text}`, details);
  const above = <T extends { line: number }>(found: T) => ({ ...found, line: found.line - 1 });
  return { syntaxError, freeNames: freeNames.map(above), imports: imports.map(above), bound, usedImports, importedNames: details.importedNames, renderRefusals: renderRefusals?.map(above), tabs: tabs?.map(above), exported: exported?.map(above), jsxLinks: jsxLinks?.map(above), renderedNames: renderedNames?.map(above), componentProps: componentProps?.map(above), expressionComponents: expressionComponents?.map(above), componentIds: componentIds?.map(above), topLevelHooks: topLevelHooks?.map(above), scriptSpans: scriptSpans?.map((span) => ({ ...above(span), endLine: span.endLine - 1 })), memberElements: memberElements?.map(above), deferred };
}

/** The tags-alone answer for each segment of `text` (undefined where the parser must say), with the segment's text. */
function simpleAnswers(text: string) {
  const cut = mdxSegments(text);
  if (!cut) return [];
  return cut.segments
    .filter((segment) => segment.mdxLines.length > 0 || segment.nestedFence)
    .map((segment) => ({ text: cut.lines.slice(segment.from, segment.to).join('\n'), simple: simpleSegmentFacts(cut.lines, segment) }));
}

/** The answer for a text of one segment. */
const simpleOf = (text: string) => {
  const answers = simpleAnswers(text);
  assert.equal(answers.length, 1, `one segment that can hold MDX: ${text}`);
  return answers[0].simple;
};

/** Whether every segment of `text` got an answer from its tags; each answer given is the parser's. */
function agreesWhereAnswered(text: string): boolean {
  const answers = simpleAnswers(text);
  for (const { text: segment, simple } of answers) {
    // An answer without the parser holds nothing React or the theme refuses (mdx-parse.ts, mdx-tabs.ts).
    if (simple) assert.deepEqual({ syntaxError: undefined, ...simple, usedImports: simple.usedImports, renderedNames: simple.renderedNames, componentProps: simple.componentProps, componentIds: simple.componentIds, topLevelHooks: simple.topLevelHooks, exported: simple.exported, deferred: simple.deferred, renderRefusals: undefined, tabs: undefined, jsxLinks: undefined, expressionComponents: undefined, scriptSpans: undefined, memberElements: undefined }, parserAnswer(segment), `---\n${segment}`);
  }
  return answers.length > 0 && answers.every(({ simple }) => simple !== undefined);
}

test('answers the shapes real pages have, as the parser does', () => {
  const answered = [
    'Line one<br />line two<br/>',
    '| a | b<br />c |\n| - | - |\n| <kbd>Ctrl</kbd> | x |',
    'An <a href="https://e.com/x" target="_blank">example</a> of it.',
    '<strong>Note:</strong> words after.',
    'The <Vars name="toolkit" link="toolkit_url" /> project.\n<Vars name="x" />',
    '- item with <code>kubectl</code> in it\n- and <em>another</em>',
    '```html\n<div <broken\n```\nthen <br />',
    '> quoted <br /> line',
    '## A <kbd>heading</kbd>',
    '`<br>` <br />',
    'Use `<name>` or `{id}` here.',
    '| `{a}` | <br /> `<b>` |\n| - | - |',
    'A ``code with ` and <Foo />`` then <Bar />',
    'Named `metrics_<service>`,\nand `events_<ns>`.',
    'See [the docs](../a.md#b) and <code>kubectl</code> <br />',
    '[<Vars name="op" />](chart.md) and ![x](i.png) <br/>',
    '<strong>[x](y)</strong> `<b>`',
    '<details>\n<summary>s</summary>\n</details>',
    '<Tabs groupId="os">\n<TabItem value="linux" label="Linux" default>\n\nRun it <br /> now.\n\n</TabItem>\n<TabItem value="mac" label="Mac">\n\n```sh\nbrew <x>\n```\n\n</TabItem>\n</Tabs>',
    '<Tabs>\n  <TabItem value="a" label="A">\n  text after\n  </TabItem>\n</Tabs>',
    '<Tabs><TabItem value="a">\n\n- a list\n- in it\n\n</TabItem></Tabs>',
    // Elements and directive containers inside one another, each closed inside what holds it.
    ':::note\n\n<Tabs>\n<TabItem value="a">\n\ntext\n\n</TabItem>\n</Tabs>\n\n:::',
    '<details>\n<summary>s</summary>\n\n:::tip[A title]\n\n<ol>\n<li>one</li>\n</ol>\n\n:::\n\n</details>',
    // An admonition title with code, as Docusaurus's preprocessing turns `:::note Title` into a label.
    ':::note[chart reference depending on `fleet.yaml` location]\nIf a `fleet.yaml` file is outside, use `helm.chart`:\n\n* templating with `${ }`\n* Helm templating `{{ }}`\n:::',
    '::::note\n:::tip\n<div>\n</div>\n:::\n::::',
    // The first closing fence closes the outer container, and the one inside it.
    ':::warning\n:::note\n:::\n<div>\n:::\n</div>',
    '- item\n:::note\n- inside\n\n<Tabs>\n<TabItem value=\"a\">\n</TabItem>\n</Tabs>\n  :::',
    // Emphasis beside an element or around it, never inside: it cannot cross the element.
    '* an item with <code>scan-81</code> in it',
    '4. **Provider**: the <strong>provider</strong> password.',
    '*around <b>x</b> it* and _after_ <kbd>K</kbd>',
    // Expressions on one line, as the parser's acorn reads them.
    '<CodeBlock language="yaml" showLineNumbers>{Selector}</CodeBlock>',
    '<CodeBlock language="bash">\n{`kubectl apply -f x.yaml`}\n</CodeBlock>',
    'Use {versions["v0.6"].kubernetes} or later, `{not this}`.',
    'It listens on {release.ports.map((port) => port * 1).join(\', \')}.',
    'x {a ? {b: 1} : 2} y {/* a comment */} {} <b>{a * 2}</b>',
    '{foo} and {props.x} in [a {link}](b.md)',
    '| a | {b} |\n| - | - |',
    'Add {`helm repo add fleet https://e.com/charts/`} and `git::http://e.com/a` {b} :x {c}',
    // Expressions at the block level over lines.
    '<CodeBlock language="bash">\n{`helm -n x install \\\\\n    fleet-crd fleet/crd`}\n</CodeBlock>',
    '{a\n}', '{\n  a +\n\n   b\n}  ', ':::note\n{x &&\n  foo}\n:::',
    // ESM blocks, as the parser's acorn reads them.
    'import Tabs from "@theme/Tabs";\nimport TabItem from "@theme/TabItem";\n\n<Tabs>\n<TabItem value="a" />\n</Tabs>',
    'import ClusterTarget from "!!raw-loader!./x.yaml"\n\n<CodeBlock language="yaml">{ClusterTarget}</CodeBlock>',
    'export const versions = {a: 1};\nimport {b} from "@site/src/v";\n\nUse {versions.a} and {b.c}.',
    'export default function Layout({children}) { return <main>{children}</main>; }',
    // A code span over two lines, a blank line away from the MDX: it cannot pair with a backtick there.
    'errors such as `SSL certificate problem:\nunable to get the issuer` when run.\n\n* templating with `${ }` <br />',
    // An address and a code span on one line: the address ends at the space before the code.
    '3. See [a](https://e.com/a) or https://e.com/b and `<controller>` <br />',
    // Character escapes: the punctuation after a backslash is text (generated reference tables write `\\{\\}`).
    '\\<b> <br />', 'Required: \\{\\} <br />', '| a | \\{x\\} <br /> |', '\\\\<br />', 'a\\ <br />', '<br />\\', '\\a <b>c</b>', '[a\\]b](c) <br />', '\\*a <b>c</b>*',
    // The canonical block writers put on pages, and tabs as the theme wants them.
    '<head>\n  <link rel="canonical" href="https://e.com/x" />\n</head>',
    // Ids on components and <details>, which Docusaurus may collect as anchors (the model says which): the first one written.
    '<Flow id="delete-namespace-ui">\n  <Step>\n    In the <NavStep>Namespaces</NavStep> view.\n  </Step>\n</Flow>',
    '<details id="more" open>\n<summary>s</summary>\n</details>', 'A <Heading as="h3" id="h">x</Heading> and <Link id=\'l\' id="m">y</Link>.', '<Details id="" as="x" />', '<div id="not-collected" />',
    // HTML comments, which remark-comment reads (MDX 1 compatibility): alone on a line, or among words.
    'UI <!-- vale off -->**Admin > Config**<!-- vale on -->:', '<!-- vale off -->', '  <!-- a -- b -->  ', '<Step>\n<!-- x -->\n</Step>', 'a <b>x</b><!-- y --> `<c>`', '- item <!-- {x} <b> --> <br />',
    // Tags whose attributes go on over lines, values in braces among them (the old form of <Tabs>, templates).
    '<Tabs\n  defaultValue="vcluster"\n  values={[\n    { label: \'vcluster\', value: \'vcluster\', },\n    { label: \'helm\', value: \'helm\', },\n  ]\n}>\n<TabItem value="vcluster">\n\n- a list\n- in it\n\n</TabItem>\n<TabItem value="helm">\n</TabItem>\n</Tabs>',
    '<Tabs\n  defaultValue="cli"\n  values={[\n    { label: "CLI", value: "cli" },\n    { label: "Helm", value: "helm" },\n  ]}\n>\n  <TabItem value="cli">\n\nRun:\n\n```bash\n- not a list\n```\n\n  </TabItem>\n  <TabItem value="helm">\n  </TabItem>\n</Tabs>',
    '<InterpolatedCodeBlock\n  code={\n`eksctl create cluster \\\\\n  --region [[GLOBAL:AWS_REGION]]`\n  }\n  language="bash"\n/>',
    '<img\n  src="/img/a.png"\n  alt="A diagram"\n/>', '<Foo a\n  b={x.y}>\n\ntext\n\n</Foo>', '<Foo\n  f={(y) => y + z}\n  id="i" as="h2" />', '<Foo\n  a={{b: "}", c: \'{\', d: {e: [1]}}}\n/>', '- item\n\n<Foo\n  a="b">\n  <Bar />\n</Foo>',
    'import Tabs from "@theme/Tabs";\nimport TabItem from "@theme/TabItem";\n\n<Tabs groupId="os" defaultValue="b">\n<TabItem value="a" label="A">\n\nText.\n\n</TabItem>\n<TabItem value="b">\n</TabItem>\n</Tabs>',
    // Elements that close on their line inside list items and quotes, as generated API reference pages write anchors.
    '- **spec** (Spec), required\n\n  Spec is the desired state.\n\n  <a name="Spec"></a>\n\n  *Spec holds the rules.*\n\n  - **spec.rules** ([]Rule)\n\n    <a name="Rule"></a>\n    <span class="x">t</span><Vars name="v" />\n\n    *Rule is one rule.*',
    '> quoted\n>\n>   <b>x</b>', '1. step\n   <a name="s"></a>\n2. next',
    // The texts a component's props are given (MdxFacts.componentProps `texts`): quoted, in braces over lines, the last of a name.
    '<Export anchor="HashMap" />', '<Export anchor="a" anchor="b" title=\'t\' open />', '<Export\n  anchor={\'HashMap\'}\n  title="t"\n/>', '<Export\n  anchor={`Lazy`}\n  other={name}\n/>', '<Vars name="Helm & Kustomize" />', '<Export anchor="a & b;" />',
  ];
  for (const text of answered) assert.ok(agreesWhereAnswered(text), `answered: ${text}`);
  assert.deepEqual(simpleOf('A <Heading as="h3" id="h">x</Heading> <details id="d">y</details>')?.componentIds, [{ name: 'Heading', id: 'h', as: 'h3', line: 1, column: 3 }, { name: 'details', id: 'd', line: 1, column: 39 }]);
  // Each component element with the innermost component around it (HTML elements between do not count), as the parser gives it.
  const nested = '<Flow>\n  <Step>\n    In the <NavStep>Namespaces</NavStep> view, <b><Kbd /></b>.\n  </Step>\n</Flow>';
  assert.ok(agreesWhereAnswered(nested));
  assert.deepEqual(simpleOf(nested)?.componentProps?.map(({ name, within }) => `${name} in ${within ?? 'the page'}`), ['Flow in the page', 'Step in Flow', 'NavStep in Step', 'Kbd in Step']);
  assert.deepEqual(simpleOf('<Export anchor="a" anchor="b" title=\'t\' open />')?.componentProps?.[0].texts, { anchor: 'b', title: 't' });
  assert.deepEqual(simpleOf('<Export\n  anchor={\'HashMap\'}\n  other={name}\n/>')?.componentProps?.[0].texts, { anchor: 'HashMap' });
  assert.deepEqual(simpleOf('The <Vars name="t" /> and <Foo/>.')?.freeNames.map((name) => `${name.name}@${name.line}:${name.column}`), ['Vars@1:5', 'Foo@1:27']);
});

test('leaves to the parser what it cannot be sure of', () => {
  const left = [
    'import A from "./a";<Foo />', 'export const a = 1;<br />',
    'Ports <1024 need root.', '<br>', '<img src="a.png">', '<https://e.com>',
    // A component's text with a character reference, which the parser decodes.
    '<Export anchor="a&amp;b" />', '<Export anchor="a&#38;b" />', '<Export anchor="&unknown;" />',
    '<Tabs>\n\nx', '<Tabs>\n\n</Tab>', ':::note\n\n<Tabs>\n\n:::\n\n</Tabs>', '<Tabs>\n:::note\n</Tabs>\n:::',
    '::::note\n:::tip\n<div>\n::::\n</div>', '::::warning\n:::note\n:::\n<div>\n::::\n</div>', ':::note{.x}\n<div>\n</div>\n:::', '- item\n\n  :::note\n  <div>\n  </div>\n  :::', '  :::note\n<div>\n</div>\n:::', '- item\n\n  <Tabs>\n\n  </Tabs>', '- item\n\n  <a name="x">\n  </a>', '- item\n\n  <b>x</b><i>\n\ny</i>', '- item\n\n  <TabItem value="a"></TabItem>', '<Tabs>\n\n```\ncode\n</Tabs>',
    'a <b>*c</b>*', '*a <b>c*</b>', '<b>x_</b>y_', 'https://e.com/x`<b>` <br />', '`<br> <br />', 'a `b\nc` <br />', 'https://e.com/`<b>` x`', '[a](b`) `<br>`', '`a|<b>` <br />', '[<b>x](y)</b>', '![<Foo />](#x)', '![a {b}](c.png)', '<b>[x</b>](y)', '[a](<b>) <br />', '[a]: <b>', 'see https://e.com/\\<br> x', 'www.e.com\\{a} <br />', 'a \\`<br>` <br />', 'import {a} from "x"\nimport {a} from "y"', 'import{a} from "x"', 'text\nimport a from "x"', 'import a from\n\n"x"', 'import a from "x";\nconst b = 1;', 'import\ta from "x"', '<Tabs>\n\nimport a from "x"\n\n</Tabs>', 'text\n{a\n}', '{a\n} b', '- x\n{a\n}', '{a\n\tb}', '{a b}', '{`a\n\nb` c', 'x `a\n{`b`}', ':::note\n{a +\n:::\nb}', '| {a || b} |\n| - | - |', ':name{x}', ':name[a b]{x}', '[a]{x}', 'https://e.com/{x}', 'see www.e.com/a{x}', '{`a} `b`', '{a}\t', 'import A from "./a";\n<A />', '<!-- c --> <br />',
    // A backtick left open above pairs with the first one below: `{y}` is code there.
    'a `b\n`x` {y} `z`',
    '<a title="x>y">z</a>', '<a:b />', '<x-y />', '<Foo.Bar />', '</b>', '<b></i>', 'a < b <br />', '<b>x\n</b>',
    // <Tabs> the theme may refuse (mdx-tabs.ts): empty, two tabs with one value, a tab without one,
    // a default no tab has, text or another element directly inside, a <TabItem> outside, tabs in a line.
    '<Tabs>\n</Tabs>', '<Tabs>\n<TabItem value="a" />\n<TabItem value="a" />\n</Tabs>', '<Tabs>\n<TabItem label="A" />\n</Tabs>',
    '<Tabs defaultValue="z">\n<TabItem value="a" />\n</Tabs>', '<Tabs>\nx\n<TabItem value="a" />\n</Tabs>', '<Tabs>\n<div />\n</Tabs>',
    '<TabItem value="a" />', 'a <Tabs><TabItem value="a">x</TabItem></Tabs> b', '<Tabs values="v">\n<TabItem value="a" />\n</Tabs>',
    // A <head> holding what Docusaurus's Head does not render: another element, text.
    '<head>\n<div />\n</head>', '<head>\n<meta name="robots" content="noindex" />\n\nHidden.\n</head>', '<head>\n<title>\nName\n</title>\n</head>',
    // The same in a <Head>, which is Docusaurus's Head where the page imports it from @docusaurus/Head.
    '<Head>\n<div />\n</Head>', '<Head>\n<meta name="robots" content="noindex" />\n\nHidden.\n</Head>',
    // What Translate and Interpolate are given is the parser's to say (mdx-translate.ts).
    'A <Translate>x</Translate>.', 'A <Interpolate>x</Interpolate>.',
    // A `language` without a value, which a CodeBlock around text refuses (mdx-code-language.ts).
    'A <CodeBlock language>x</CodeBlock>.', '<Code language />',
    // An id whose character reference the parser decodes.
    '<Flow id="a&amp;b" />', '<Heading id="h" as="&#104;3" />',
    // Comments MDX may read as a block, or that a code span or a destination crosses, or whose dashes the parser counts.
    '<br /><!-- x -->', '- <!-- x --> a', '<b><!-- y --> z</b>', 'a <!-- `x --> `b`', 'a <!--> b', 'a <!---> b', 'a <!---- x --> b', 'a <!-- x', 'a <!-- x\n--> b',
    // Tags over lines the plain reader does not follow, or that the theme or React may refuse.
    '<Foo\n  a="b"\n/> x', '<Foo\n\n  a="b" />', '<Foo\n  a={}\n/>', '<Foo\n  a={x}\n  a="y" />', '<Foo {...x}\n />', '<Foo\n  a = "b" />', '<Foo\n\ta="b" />', '<div\n  title={x}>\n</div>', '<Cards\n  items={[{href: "/x"}]} />', '<Code\n  language={x} />', '<Foo\n  a="[x](y)" />', '<Foo\n  a={`\n# h`} />', 'text\n<Foo\n  a="b" />', '- item\n  <Foo\n  a="b" />',
    // A member element in an expression, which MDX tests before anything renders (mdx-parse.ts, memberElements).
    '{false && <ports.console />}', '<Foo\n  a={<parts.Note />} />',
    // JSX in an expression or a prop renders components the parser places (mdx-parse.ts, expressionComponents).
    '{<Next />}', 'Text {<Next />} inline', '{<Foo />} and {props.x} in [a {link}](b.md)', ':::note\n{x &&\n  <Foo />}\n:::', '{[1].map((i) => <Two key={i} />)}', '<Box\n  footer={<Next />}\n/>',
    '<Tabs\n  values={[{label: "A", value: "a"}, {label: "B", value: "a"}]}>\n<TabItem value="a">\n</TabItem>\n</Tabs>', '<Tabs\n  defaultValue="z"\n  values={[{value: "a"}]}>\n<TabItem value="a">\n</TabItem>\n</Tabs>', '<Tabs\n  values={[]}>\n</Tabs>', '<Tabs\n  lazy\n  values={[{value: "a"}]}>\n<TabItem value="a">\n</TabItem>\n</Tabs>',
  ];
  for (const text of left) assert.equal(simpleOf(text), undefined, text);
  assert.deepEqual(parserAnswer('<Tabs>\n<TabItem value="a" />\n<TabItem value="a" />\n</Tabs>').tabs?.map(({ kind, line }) => `${kind}@${line}`), ['duplicate-value@3']);
  assert.deepEqual(parserAnswer('<Tabs\n  values={[{label: "A", value: "a"}, {label: "B", value: "a"}]}>\n<TabItem value="a">\n</TabItem>\n</Tabs>').tabs?.map(({ kind, line }) => `${kind}@${line}`), ['duplicate-value@1']);
  assert.ok(parserAnswer('<br /><!-- x -->').syntaxError, 'a comment after a tag at the block level is a second tag to MDX');
  // The answers the parser gives for some of them: errors the check must report.
  assert.ok(parserAnswer('<br>').syntaxError);
  assert.ok(parserAnswer('a <b>*c</b>*').syntaxError);
});

const name = fc.constantFrom('br', 'b', 'strong', 'kbd', 'a', 'Vars', 'Foo', 'TabItem', 'x1', 'BR', 'a-b', 'x.y', 'x:y', '1', 'img', 'hr', 'input', 'Link', 'CodeBlock');
const attribute = fc.constantFrom('', ' id="x"', " id='y' as='h2'", ' id', ' id="a&amp;"', ' href="x"', " title='t'", ' x', ' data-x="1"', ' a="b|c"', ' a="{x}"', ' a="<"', ' a=b', ' a="x\\"', '  ', ' style="color: red"', ' style', " dangerouslySetInnerHTML='x'", ' data-style="x"', ' value="a"', ' value="a"', " value='b'", ' value', ' defaultValue="a"', ' defaultValue="z"', ' values="v"', ' groupId="g"', ' value="a" label="A"', ' to="/x"', ' href="/y#z"', ' title="[a](b)"', ' language', ' language="yaml"', ' language-x');
const tag = fc.oneof(
  fc.tuple(name, attribute).map(([tagName, attrs]) => `<${tagName}${attrs}>`),
  fc.tuple(name, attribute, fc.constantFrom('/>', ' />', '/ >')).map(([tagName, attrs, end]) => `<${tagName}${attrs}${end}`),
  name.map((tagName) => `</${tagName}>`),
  fc.tuple(name, attribute, fc.constantFrom('text', '', '*em*', 'a_b', '`c`')).map(([tagName, attrs, inner]) => `<${tagName}${attrs}>${inner}</${tagName}>`),
);
const word = fc.constantFrom('word', 'two words', '*', '_', '~', '**', '|', '`', '[', ']', '(', ')', '>', '<', '< ', '&amp;', '\\', ':', '#', '- ', '1. ', '> ', '    ', '\t', '!', '{', '}', '``', '](', ']:', 'www.e.com/', 'https://e.com/', '\\`', ':x', '\\{', '\\}', '\\<', '\\*', '\\[');
// Expressions and near misses: braces in strings and objects, code, JSX, comments, links.
const expression = fc.constantFrom('{a}', '{a.b}', '{x ? "}" : 1}', '{`t`}', '{`a${b}`}', '{/* c */}', '{}', '{ }', '{a}b}', '{(x) => x * 2}', '{<Foo />}', '{props.x}', '{a[0](1)}', '{"`"}', '{a | b}', '{ {a: 1} }', '{1 +}', '{a}{b}', '{<b>x</b>}', '{"["}', '{"]("}', '{a // c}', '{let}', '{...a}', '{typeof (x)}', '{(a)}', '{"\\u2028"}', '{*}', '{_a_}', '{`https://e.com/`}', 'https://e.com/ {a}', '{a\r+b}', '{a}\r', '{"[a](./b.md)"}', '{`see [a](b)`}', "{'[a]: b'}");
// Code spans, with what MDX would read as syntax outside one.
const codeSpan = fc.constantFrom('`<x>`', '`{a}`', '`<Foo />`', '``a`<b>``', '`a|<b>`', '` <br> `', '`\\`', '`{`', '`}`', '`<`', '``', '`x`');
// Links, with tags and code around and inside them.
const link = fc.constantFrom('[a](b)', '[<b>x</b>](y)', '![i](p.png)', '[a](<b>)', '[a](b c)', '[a]: b', '[a](x{y})', '[a](x(y)z)', '[`c`](d)', '[a](b`c)`', '[x]', '[', ']', '](', '[<Foo />](#x)');
// Mostly lines as pages have them (tags among words), often with near misses mixed in.
const plainWord = fc.constantFrom('word', 'two words ', ' ', 'Note: ', '.');
const plainTag = fc.constantFrom('<br />', '<br/>', '<strong>x</strong>', '<Vars name="t" />', '<a href="x" target="_blank">y</a>', '<kbd>K</kbd>', '<em></em>');
const line = fc.oneof(
  { weight: 2, arbitrary: fc.array(fc.oneof(plainTag, plainWord, tag), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.array(fc.oneof(tag, word), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.array(fc.oneof(plainTag, plainWord, codeSpan, word), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.array(fc.oneof(plainTag, plainWord, codeSpan, link, tag), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.array(fc.oneof(plainTag, plainWord, expression, expression, codeSpan, link, word), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')) },
);
// Lines of tags alone, which MDX reads at the block level: elements that span lines.
// Elements whose children are weighed one by one (Tabs, head) are mostly left to the parser: the
// others are drawn twice as often, so that enough segments are answered.
const blockName = fc.constantFrom('Tabs', 'TabItem', 'head', 'title', 'link', 'details', 'div', 'b', 'details', 'div', 'b');
const blockTags = fc.array(fc.oneof(
  fc.tuple(blockName, attribute).map(([tagName, attrs]) => `<${tagName}${attrs}>`),
  blockName.map((tagName) => `</${tagName}>`),
  fc.constantFrom('<br />', '<summary>s</summary>', '<Foo />'),
), { minLength: 1, maxLength: 3 });
const blockLine = fc.tuple(fc.constantFrom('', '', '', '  ', '\t', '    '), blockTags, fc.constantFrom('', ' '), fc.constantFrom('', '', '', ' ', 'x'))
  .map(([indent, tags, between, end]) => indent + tags.join(between) + end);
const blockish = fc.constantFrom('- item', '1. item', '  - nested', '> quote', '  text', '* * *', '# Heading', 'para text', '| a | b |', '| - | - |', '   ```', '  ```js');
// ESM lines, and lines near them: JavaScript that is not ESM, an import split over lines.
const esmLine = fc.constantFrom('export const G = () => <Foo />;', 'export function F() { return b; }', 'export const {p} = {p: () => A, q: f()};', 'import A from "./a";', 'import {b, c} from "@site/x";', 'export const d = {e: 1};', 'import A from "./a"', 'export default X;', 'import {A} from "y";', 'import * as N from "n";', 'export {f} from "g";', 'import\tA from "x"', 'import{a} from "x"', 'export const x = <Foo />;', 'import A, {B} from "c";', 'const q = 1;', 'import A from', '"x";', 'export function f() { return y; }', 'import {', '  a,', '} from "z";', 'export const A = 1', 'importance', '  import A from "x"', 'export const u = useBaseUrl("/x");', 'export const F = () => useY();', 'export const t = "[a](./b.md)";');
// Lines of an expression over several lines, and near misses.
const expressionLine = fc.constantFrom('{F()}', '<G />', '{p.q}', '{`a', '  b`}', '   c`} x', '{', '}', '{a +', '  b}', '{/*', '*/}', '  {x', '}</Foo>', '{`', '`}', '  {`<b>`', '\t}', '{x &&', '<Foo />}', '{a', '} b');
const expressionOverLines = fc.tuple(
  fc.constantFrom('', '\n', '\n', '<CodeBlock>\n'),
  fc.constantFrom('{`a', '{a +', '{', '  {x &&', '{/*', '{`<b>', '{(x) =>'),
  fc.array(fc.constantFrom('', '  b', '   c', '`', '<b>x</b>', '*/', 'd', '    e', '{', '\t', '```'), { maxLength: 2 }),
  fc.constantFrom('`}', ' b}', '}', '<Foo />}', '*/}', '} x', '`} ', 'x}', '  }'),
).map(([before, first, middle, last]) => `${before}${[first, ...middle, last].join('\n')}`);
const segment = fc.array(fc.oneof(line, esmLine, expressionLine, expressionOverLines, fc.constantFrom('```', '~~~', '```js', '    ```', '\t```', '', '', '---', '| a | b |', '| - | - |', ':::note', ':::')), { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));
// Elements over several lines, among the blocks real pages put in them.
const inner = fc.array(fc.oneof(line, blockLine, blockish, expressionLine, fc.constantFrom('', '', 'text', '```', ':::note', ':::', '::::', ':::tip[T]')), { maxLength: 5 });
const element = fc.tuple(blockName, attribute, fc.constantFrom('', '', '  ', ' '), inner, fc.constantFrom('', '', '  ', 'x'))
  .map(([tagName, attrs, indent, body, closeIndent]) => [`${indent}<${tagName}${attrs}>`, ...body, `${closeIndent}</${tagName}>`].join('\n'));
// Elements as pages write them: plain tags and words inside.
const plainLine = fc.array(fc.oneof(plainTag, plainWord), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const plainElement = fc.tuple(blockName, fc.array(fc.oneof(plainLine, fc.constantFrom('', '<summary>s</summary>')), { maxLength: 3 }))
  .map(([tagName, body]) => [`<${tagName}>`, ...body, `</${tagName}>`].join('\n'));
// Directive containers' fences, as pages write them and near misses.
const directiveFence = fc.constantFrom(':::note', ':::', ':::', '::::note', '::::', ':::tip[A title]', ':::note Title', ':::danger{.x}', '  :::', '::: ', ':::x-', ':::note[<b>x</b>]', ':::note[]', ':::note[`a` b]', ':::tip[a `b]', ':::note[`]`]', ':::note About `x.yaml`', '    :::note', ':::::', ':::a_b');
const directiveBlock = fc.tuple(
  fc.oneof(directiveFence, fc.constantFrom(':::note', ':::tip[A title]', '::::note')),
  fc.array(fc.oneof(element, plainElement, plainElement, blockLine, fc.constantFrom('', 'text')), { maxLength: 3 }),
  fc.constantFrom(':::', '::::', ':::', '', ':::note'),
).map(([opening, body, closing]) => [opening, ...body, closing].join('\n'));
const blockSegment = fc.array(fc.oneof(element, element, blockLine, line, blockish, directiveFence, directiveBlock, fc.constantFrom('```', '', '')), { minLength: 1, maxLength: 5 }).map((lines) => lines.join('\n'));

propertyTest('wherever it answers a fuzzed segment, it is the parser\'s answer', { runs: 8000, timeoutMs: 300_000 }, (run) => {
  let answered = 0;
  let withTags = 0;
  let withExpressions = 0;
  let withEsm = 0;
  let overLines = 0;
  assertProperty(
    fc.property(segment, (text) => {
      agreesWhereAnswered(text);
      for (const answer of simpleAnswers(text)) {
        if (answer.simple && /\{[^}]*[a-z][^}]*\}/.test(answer.text.replace(/`[^`]*`/g, ''))) withExpressions++;
        if (answer.simple && /^(?:import|export) /m.test(answer.text)) withEsm++;
        if (answer.simple && /^ *\{[^}\n]*\n/m.test(answer.text)) overLines++;
        if (!answer.text.includes('<')) continue;
        withTags++;
        if (answer.simple) answered++;
      }
    }),
    run,
  );
  // Worth something only if it answers a fair share of the segments with tags, and some with expressions.
  assert.ok(answered >= withTags / 20, `answered only ${answered} of ${withTags} segments with tags`);
  assert.ok(withExpressions >= run.numRuns / 100, `answered only ${withExpressions} segments with expressions in ${run.numRuns} runs`);
  assert.ok(withEsm >= run.numRuns / 100, `answered only ${withEsm} segments with ESM in ${run.numRuns} runs`);
  assert.ok(overLines >= run.numRuns / 200, `answered only ${overLines} segments with an expression over lines in ${run.numRuns} runs`);
});

propertyTest('wherever it answers a fuzzed segment with elements over several lines, it is the parser\'s answer', { runs: 8000, timeoutMs: 300_000 }, (run) => {
  let answered = 0;
  let inDirectives = 0;
  assertProperty(
    fc.property(blockSegment, (text) => {
      agreesWhereAnswered(text);
      for (const answer of simpleAnswers(text)) {
        if (!answer.simple || !/^[ \t]*<[A-Za-z][^\n]*>[ \t]*\n[\s\S]*<\//m.test(answer.text)) continue;
        answered++;
        if (/^:{3,}[a-z]/m.test(answer.text)) inDirectives++;
      }
    }),
    run,
  );
  // Worth something only if it answers a fair number of them: 100 in the 8,000 runs of npm test,
  // and some with a directive container.
  assert.ok(answered >= run.numRuns / 80, `answered only ${answered} segments with an element over several lines in ${run.numRuns} runs`);
  assert.ok(inDirectives >= run.numRuns / 400, `answered only ${inDirectives} segments with elements and directive containers in ${run.numRuns} runs`);
});

// Tags whose attributes go on over lines, as the old form of <Tabs> and template props write
// them, with near misses: values the theme refuses, blank lines, tabs, braces left open.
const overName = fc.constantFrom('Tabs', 'Tabs', 'Foo', 'InterpolatedCodeBlock', 'img', 'div', 'TabItem', 'Link', 'details', 'Cards', 'Code');
const overAttribute = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('  a="b"', '  groupId="g"', '  defaultValue="a"', "  label='x'", '  id="i"', '  as="h2"', '  x={a.b}', '  code={`a\nb [[VAR:X:y]]`}', '  code={\n`a \\\\\n  b`\n  }', '  values={[\n    {label: "A", value: "a"},\n    {label: "B", value: "b"},\n  ]}', '  values={[\n    { label: \'A\', value: \'a\', },\n  ]\n}', '  values={[{value: v}]}') },
  { weight: 1, arbitrary: fc.constantFrom(
    '  defaultValue="z"', '  lazy', '  to="/x"', '  b="<"', '  a="[x](y)"', '', '  values={[{value: "a"}, {value: "a"}]}', '  values={[]}', '  values={x}',
    '  f={(y) => y + z}', '  item={{href: "/x"}}', '  a={}', '  a={\n', '  style={{a: 1}}', '  a={`\n# h`}', '  language={x}', '  a={b}c="d"',
    '\ta="b"', '  {...p}', '  a = "b"', '  a="b"c="d"', '\n', '  a={x}\n  a="y"', '  n={require("x")}', '  i={import("y")}',
    // Braces in strings, comments and templates, where a `}` may or may not end the value.
    '  a={{b: "}", c: \'{\'}}', '  a={[\n  "{",\n  \'}\' ]}', '  a={x /* } */}', '  a={x // }\n}', '  a={`}`}', '  a={{b: {c: 1}}\n  }', '  a={"\\"}"}', '  a={<b>}</b>}', '  a={x / 2 }',
  ) },
);
const overEnd = fc.constantFrom('>', '/>', '  />', '\n>', '\n/>', '\n  />', '>', '\n>', '> x', '/> x', '>\t', '');
const overContext = fc.constantFrom('', '', '', '- item', 'text', ':::note', '<Foo>', '  ');
const overInner = fc.array(fc.constantFrom('<TabItem value="a">', '</TabItem>', '<TabItem value="a">\n\ntext\n\n</TabItem>', '  <TabItem value="b">\n\n```yaml\n- key: v\n```\n\n  </TabItem>', '  <TabItem value="b">', '  </TabItem>', '', '', 'text', '- item', '1. step', '```yaml', '- key: v', '```', '<Bar />', '  <Bar />', '<!-- vale off -->', 'a <!-- c --> b', '<InterpolatedCodeBlock\n  code={`x`}\n/>', '{a}', ':::'), { maxLength: 6 });
const tagOverLines = fc.tuple(overContext, fc.constantFrom('', '', '  '), overName, fc.array(overAttribute, { maxLength: 3 }), overEnd, overInner, fc.constantFrom('', '  ', 'x'))
  .map(([context, indent, tagName, attributes, end, inner, closeIndent]) => {
    const opening = `${indent}<${tagName}\n${attributes.join('\n')}${end}`;
    const element = end.includes('/>') ? [opening] : [opening, ...inner, `${closeIndent}</${tagName}>`];
    return [...(context ? [context, ''] : []), ...element].join('\n');
  });
// Comments among words and tags, and near misses: dashes the parser counts, comments over lines or after a tag.
const commentPart = fc.constantFrom('<!-- c -->', '<!-- vale off -->', '<!-- a -- b -->', '<!-- `x` -->', '<!-- {x} <b> -->', '<!--->', '<!-->', '<!---x-->', '<!-- x --->', '<!---- x -->', '<!-- x', '-->', '<!--', '<!-- [a](b) -->', '`<!-- c -->`');
const commentLine = fc.oneof(
  { weight: 2, arbitrary: fc.array(fc.oneof(fc.constantFrom('<!-- c -->', '<!-- vale off -->', '**A > B**'), plainWord, plainTag), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.array(fc.oneof(commentPart, plainTag, plainWord, codeSpan, fc.constantFrom('- ', '> ', '**', '*', '[', ']', '(x)')), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')) },
);

propertyTest('wherever it answers a fuzzed segment with tags over lines or comments, it is the parser\'s answer', { runs: 6000, timeoutMs: 300_000 }, (run) => {
  let overLines = 0;
  let listed = 0;
  let comments = 0;
  assertProperty(
    fc.property(fc.array(fc.oneof(tagOverLines, tagOverLines, commentLine, blockLine, fc.constantFrom('', 'text')), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('\n')), (text) => {
      agreesWhereAnswered(text);
      for (const answer of simpleAnswers(text)) {
        if (!answer.simple) continue;
        if (/^[ \t]*<[A-Za-z]+\n/m.test(answer.text)) overLines++;
        if (/values=\{\[/.test(answer.text)) listed++;
        if (/<!--/.test(answer.text)) comments++;
      }
    }),
    run,
  );
  // Worth something only if it answers a fair number of each: in the 6,000 runs of npm test,
  // some hundreds of tags over lines, some dozens with listed tabs, hundreds with comments.
  assert.ok(overLines >= run.numRuns / 40, `answered only ${overLines} segments with a tag over lines in ${run.numRuns} runs`);
  assert.ok(listed >= run.numRuns / 300, `answered only ${listed} segments with <Tabs values={[…]}> in ${run.numRuns} runs`);
  assert.ok(comments >= run.numRuns / 40, `answered only ${comments} segments with comments in ${run.numRuns} runs`);
});
