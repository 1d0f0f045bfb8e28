/** Free names of a page's MDX: what scopes bind (params, destructuring, hoisting) and what they do not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxFactsOf } from '../../scripts/content/extract/mdx-facts.ts';

const free = (text: string) => mdxFactsOf(text).freeNames.map(({ name, usage, line, column }) => `${usage} ${name} ${line}:${column}`);

test('arrow and function params, destructuring, defaults and hoisting bind names; reads outside them do not', () => {
  assert.deepEqual(free('{[1].map((x, i) => x + i + y)}\n'), ['value y 1:28']);
  assert.deepEqual(free('{(({a, b: [c], ...rest}, d = e) => a + c + rest.length + d)({b: []})}\n'), ['value e 1:30']);
  assert.deepEqual(free('{(function () { return f(); function f() { return 1; } })()}\n'), []);
  assert.deepEqual(free('{typeof window === "undefined" ? 1 : window.x}\n'), ['value window 1:38']);
  assert.deepEqual(free('{obj.prop} {({key: 1}).key}\n'), ['value obj 1:2']);
});

test('components: capitalised and member tags count, lowercase tags are HTML, imports and exports bind', () => {
  assert.deepEqual(free('<Foo.Bar /> <my-el /> <span /> <_X />\n'), ['component Foo 1:1', 'component _X 1:32']);
  assert.deepEqual(free("import Tabs from '@theme/Tabs';\nexport const {a, b: [c]} = {b: [1]};\nexport function F() { return null; }\n\n<Tabs>{a + c}<F /></Tabs>\n"), []);
  assert.deepEqual(free('{[1].map((Item) => <Item key={1} />)}\n'), []);
});

test('a text without <, { or an import/export line outside code is not parsed at all', () => {
  assert.equal(mdxFactsOf('# Title\n\n```js\nconst a = {b: 1} < 2;\n```\n\nPlain text.\n').parsed, false);
  assert.equal(mdxFactsOf('Ports \\<1024 and \\{x}.\n').parsed, false);
  assert.equal(mdxFactsOf('Ports <1024.\n').parsed, true);
});
