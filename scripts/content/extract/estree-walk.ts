/**
 * A walk over an estree (from acorn, through the MDX parser or mdx-js.ts): every node, in source
 * order, children after their parent. `visit` returns `false` to skip a node's children.
 */
export type EstreeNode = { type: string; loc?: { start: { line: number; column: number } }; [key: string]: any };

export function walkEstree(value: unknown, visit: (node: EstreeNode) => boolean | void): void {
  if (Array.isArray(value)) {
    for (const item of value) walkEstree(item, visit);
    return;
  }
  if (!value || typeof value !== 'object' || typeof (value as EstreeNode).type !== 'string') return;
  const node = value as EstreeNode;
  if (visit(node) === false) return;
  for (const [key, child] of Object.entries(node)) if (key !== 'loc' && key !== 'range') walkEstree(child, visit);
}
