/**
 * An element's children as MDX's compiler sees them (extract/mdx-unravel.ts), held to the
 * compiler's own remark-mark-and-unravel on parsed texts: hand-picked and fuzzed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { mdxTreeOf } from '../../scripts/content/extract/mdx-parse.ts';
import { unraveledChildren } from '../../scripts/content/extract/mdx-unravel.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

// The compiler's plugin, by path: @mdx-js/mdx's exports hide lib/.
const PLUGIN = path.join(__dirname, '..', '..', 'node_modules', '@mdx-js', 'mdx', 'lib', 'plugin', 'remark-mark-and-unravel.js');

type Node = { type: string; name?: string | null; value?: unknown; children?: Node[] };
/** What a child is, for comparing: its type and, for an element, its name; for text, its value. */
const shape = (node: Node) => `${node.type}${node.name ? `:${node.name}` : ''}${node.type === 'text' ? `=${JSON.stringify(node.value)}` : ''}`;

async function pluginChildren(text: string): Promise<string[][]> {
  const { remarkMarkAndUnravel } = await import(PLUGIN);
  const tree = mdxTreeOf(text) as unknown as Node;
  remarkMarkAndUnravel()(tree);
  return (tree.children ?? []).filter((node) => node.type === 'mdxJsxFlowElement').map((node) => (node.children ?? []).map(shape));
}

function ourChildren(text: string): string[][] {
  const tree = mdxTreeOf(text) as unknown as Node;
  return (tree.children ?? []).filter((node) => node.type === 'mdxJsxFlowElement').map((node) => unraveledChildren(node).map(shape));
}

test('a line of inline JSX in an element is its elements, as the compiler sees it; a line with text stays a paragraph', async () => {
  const text = '<head>\n  <title>Name</title>\n  <meta name="a" content="b" />\n</head>\n\n<Tabs>\n<TabItem value="a">A</TabItem> {x} <TabItem value="b">B</TabItem>\n\nPick one: <b>x</b>\n</Tabs>\n';
  assert.deepEqual(ourChildren(text), await pluginChildren(text));
  assert.deepEqual(ourChildren(text), [['mdxJsxFlowElement:title', 'mdxJsxFlowElement:meta'], ['mdxJsxFlowElement:TabItem', 'mdxFlowExpression', 'mdxJsxFlowElement:TabItem', 'paragraph']]);
});

const piece = fc.constantFrom('<b>x</b>', '<Foo />', '{a}', '{/* c */}', ' ', '  ', '\t', 'word', '\f', '*em*', '`c`', '<i></i>');
const line = fc.array(piece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(''));

propertyTest('children of elements over lines match the compiler\'s unravelling', { runs: 300, timeoutMs: 120_000 }, async (run) => {
  const { remarkMarkAndUnravel } = await import(PLUGIN);
  assertProperty(
    fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\n\n'), (lines, between) => {
      const text = `<div>\n${lines.join(between)}\n</div>\n`;
      let ours: string[][];
      try {
        ours = ourChildren(text);
      } catch {
        return; // no MDX: nothing to compare
      }
      const tree = mdxTreeOf(text) as unknown as Node;
      remarkMarkAndUnravel()(tree);
      const theirs = (tree.children ?? []).filter((node) => node.type === 'mdxJsxFlowElement').map((node) => (node.children ?? []).map(shape));
      assert.deepEqual(ours, theirs, JSON.stringify(text));
    }),
    run,
  );
});
