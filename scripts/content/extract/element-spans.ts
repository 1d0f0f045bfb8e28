/**
 * Where the elements of some components begin and end in a page, as MDX parses it: the span of
 * each one with children, from its `<` to the end of its closing tag. What a page writes inside
 * the element of a component that never renders its children (load/childless-spans.ts) reaches
 * no built page: its headings, links and ids are inside such a span.
 */
import type { TextSpan } from '../model/site.ts';

type Point = { line: number; column: number };
type TreeNode = { type: string; name?: string | null; position?: { start: Point; end: Point }; children?: TreeNode[] };

/** The spans of the elements named one of `names` that hold children, outermost first; one inside another is left out. */
export function elementSpansOf(tree: TreeNode, names: ReadonlySet<string>): Array<TextSpan & { name: string }> {
  const spans: Array<TextSpan & { name: string }> = [];
  const visit = (node: TreeNode) => {
    const element = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (element && node.name && names.has(node.name) && node.position && (node.children?.length ?? 0) > 0) {
      const { start, end } = node.position;
      spans.push({ name: node.name, line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
      return; // what is inside renders nowhere either
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return spans;
}
