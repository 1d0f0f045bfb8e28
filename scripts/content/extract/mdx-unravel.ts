/**
 * An element's children as MDX's compiler hands them to React. The parse puts a line holding only
 * inline JSX (`<TabItem value="a">Text</TabItem>`, `<title>Name</title>`) in a paragraph; the
 * compiler (remark-mark-and-unravel in @mdx-js/mdx) replaces a paragraph that holds nothing but
 * JSX elements and expressions, and white space, by those elements and expressions, dropping the
 * white space between them. Rules that weigh an element's children one by one (mdx-tabs.ts, a
 * page's `<head>`) must see them that way. tests/unit/mdx-unravel.test.ts holds this to the plugin.
 */

type Node = { type: string; value?: unknown; children?: Node[] };

/** HTML white space: what the compiler takes for nothing between the elements of such a paragraph. */
const HTML_BLANK = /^[ \t\n\f\r]*$/;
/** What it then drops (a form feed alone is kept, as text). */
const DROPPED_BLANK = /^[\t\r\n ]+$/;

const isInlineJsx = (node: Node) => node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression';

export function unraveledChildren<T extends Node>(parent: { children?: T[] }): T[] {
  const children = parent.children ?? [];
  if (!children.some((child) => child.type === 'paragraph')) return children;
  return children.flatMap((child) => {
    if (child.type !== 'paragraph') return [child];
    const inner = (child.children ?? []) as T[];
    const onlyJsx = inner.some(isInlineJsx) && inner.every((node) => isInlineJsx(node) || (node.type === 'text' && HTML_BLANK.test(String(node.value))));
    if (!onlyJsx) return [child];
    return inner
      .filter((node) => !(node.type === 'text' && DROPPED_BLANK.test(String(node.value))))
      .map((node) => ({ ...node, type: node.type === 'mdxJsxTextElement' ? 'mdxJsxFlowElement' : node.type === 'mdxTextExpression' ? 'mdxFlowExpression' : node.type }));
  });
}
