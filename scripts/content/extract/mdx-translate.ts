/**
 * What an element named Translate or Interpolate gets as its children, as React hands them to
 * Docusaurus's `<Translate>` (@docusaurus/Translate) and `<Interpolate>`
 * (@docusaurus/Interpolate), which take one plain text and throw on anything else ("only accept
 * simple string values"); without children, Translate needs an `id`, and Interpolate throws. MDX makes:
 * - `<Translate>Hello</Translate>` in a line: one text, a string;
 * - text beside markup or `{expression}`s (`Hello **you**`, `Hello {name}`): several children, an array;
 * - the element on lines of its own, with its text between: a paragraph, an element;
 * - `{'Hello'}` alone: whatever the expression is, trusted unless it is written as JSX, an
 *   object or a list.
 * An expression holding only a comment (`{/* note *\/}`) compiles to nothing.
 */
import type { TranslateChildren } from '../model/site.ts';

type Node = { type: string; data?: { estree?: unknown }; children?: Node[] };

/** The names of the elements whose children are read here. */
export const TAKES_ONE_TEXT: ReadonlySet<string> = new Set(['Translate', 'Interpolate']);

const NOT_TEXT = new Set(['JSXElement', 'JSXFragment', 'ObjectExpression', 'ArrayExpression']);

export function translateChildrenOf(element: Node): TranslateChildren {
  const children = (element.children ?? []).filter((child) => !isEmptyExpression(child));
  if (children.length === 0) return 'none';
  if (children.length > 1) return 'elements';
  const [only] = children;
  if (only.type === 'text') return 'text';
  if (only.type === 'mdxTextExpression' || only.type === 'mdxFlowExpression') {
    const body = (only.data?.estree as { body?: Array<{ type: string; expression?: { type: string } }> } | undefined)?.body;
    const expression = body?.length === 1 && body[0].type === 'ExpressionStatement' ? body[0].expression : undefined;
    return expression && NOT_TEXT.has(expression.type) ? 'elements' : 'expression';
  }
  return 'elements';
}

/** An expression holding only a comment (`{/* note *\/}`), which compiles to nothing. */
export function isEmptyExpression(node: Node): boolean {
  if (node.type !== 'mdxTextExpression' && node.type !== 'mdxFlowExpression') return false;
  return ((node.data?.estree as { body?: unknown[] } | undefined)?.body ?? []).length === 0;
}
