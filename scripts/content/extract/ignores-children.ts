/**
 * Whether a component never renders what a page writes inside it: it never reads its `children`
 * prop, so MDX's children of its element reach no page. diff73's p25 built one
 * (`export default function Hidden() { return null; }`): an `<Export anchor="Gone" />` inside
 * `<Hidden>` collected nothing, and a link to `#Gone` stopped the build while the check passed it.
 *
 * Read only where the answer is sure: a function component whose first parameter is absent,
 * destructured without `children` and without a rest element, or named and used only as
 * `props.name` for names other than `children`; and no `arguments` in it. A class, a wrapped
 * function (`memo(…)`), a spread of the props or a computed read is taken to render them.
 */
import type { EstreeNode } from './estree-walk.ts';
import { exportedFunction } from './exported-function.ts';
import { referencesOf } from './name-references.ts';

/** Whether the component `program` exports as `name` (`default` for its default export) never reads its children. */
export function ignoresChildren(program: EstreeNode, name: string): boolean {
  const component = exportedFunction(program, name);
  // `arguments[0]` is the props too (read anywhere in it: an arrow inside shares it).
  if (!component || readsOf(component.body, 'arguments').length > 0) return false;
  const [props] = component.params as EstreeNode[];
  if (!props) return true;
  if (props.type === 'ObjectPattern') return (props.properties as EstreeNode[]).every((property) => property.type === 'Property' && !property.computed && keyName(property.key) !== 'children');
  if (props.type !== 'Identifier') return false;
  return readsOf(component.body, props.name).every((read) => read !== undefined && read !== 'children');
}

const keyName = (key: EstreeNode): string | undefined => (key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined);

/** Each use of `name` in `node`: the property it reads (`props.title` gives `title`), or undefined for any other use. */
function readsOf(node: EstreeNode, name: string): Array<string | undefined> {
  return referencesOf(node, name).map(({ parent, key }) => (parent?.type === 'MemberExpression' && key === 'object' && !parent.computed ? parent.property.name as string : undefined));
}
