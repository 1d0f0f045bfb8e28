/**
 * Plain text of Markdown content, for structured data. Unlike mdast-util-to-string, block
 * children are separated by a space, so "one paragraph.Next one" never happens.
 */
import type { Nodes } from 'mdast';

/** Nodes that carry no reader-visible text (imports, JS expressions, <Head> blocks, comments). */
function isInvisible(node: Nodes): boolean {
  const type = node.type as string;
  if (type === 'mdxjsEsm' || type === 'mdxFlowExpression' || type === 'mdxTextExpression') return true;
  if (type === 'html' || type === 'yaml' || type === 'toml') return true;
  if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
    const name = (node as { name?: string | null }).name;
    return name === 'Head' || name === 'head';
  }
  return false;
}

function textOf(node: Nodes): string {
  if (isInvisible(node)) return '';
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    default:
      break;
  }
  if (!('children' in node)) return '';
  const children = node.children as Nodes[];
  // Inline content joins as written; block content gets a separator.
  const isInline = children.every((child) => isPhrasing(child));
  return children.map(textOf).join(isInline ? '' : ' ');
}

function isPhrasing(node: Nodes): boolean {
  return [
    'text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'break',
    'image', 'imageReference', 'mdxJsxTextElement', 'mdxTextExpression', 'footnoteReference', 'html',
  ].includes(node.type as string);
}

/** The reader-visible text of some nodes, whitespace collapsed. */
export function plainText(nodes: readonly Nodes[]): string {
  return nodes.map(textOf).join(' ').replace(/\s+/g, ' ').trim();
}
