/**
 * Where a function's code refers to a name: every identifier of that name that stands for a
 * binding, not a property's name (`x.props`, `{ props: 1 }`). Scope is not weighed: an inner
 * binding of the same name counts too, which only ever makes a reader of them more careful.
 */
import type { EstreeNode } from './estree-walk.ts';

export interface NameReference {
  node: EstreeNode;
  /** The node that holds it, and under which key (`object` of a MemberExpression: `props.title`). */
  parent: EstreeNode | undefined;
  key: string;
}

export function referencesOf(root: EstreeNode, name: string): NameReference[] {
  const found: NameReference[] = [];
  const visit = (current: unknown, parent: EstreeNode | undefined, key: string) => {
    if (Array.isArray(current)) {
      for (const item of current) visit(item, parent, key);
      return;
    }
    if (!current || typeof current !== 'object' || typeof (current as EstreeNode).type !== 'string') return;
    const node = current as EstreeNode;
    if (node.type === 'Identifier' && node.name === name && !isPropertyName(parent, key)) found.push({ node, parent, key });
    for (const [childKey, child] of Object.entries(node)) if (childKey !== 'loc' && childKey !== 'range') visit(child, node, childKey);
  };
  visit(root, undefined, '');
  return found;
}

const isPropertyName = (parent: EstreeNode | undefined, key: string) => (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) || (parent?.type === 'Property' && key === 'key' && !parent.computed && !parent.shorthand);
