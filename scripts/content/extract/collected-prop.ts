/**
 * Which prop of its own a component hands to `useBrokenLinks().collectAnchor(…)`: an API
 * reference's `<Export anchor="HashMap">` makes `HashMap` an anchor of the page that renders it.
 * The check reads the values pages write for that prop (load/collected-anchors.ts); this says
 * which prop it is, read from the module's program, and what the component falls back to when
 * a page gives none (`{ anchor = 'default-anchor' }`). A component that gives a prop of its own
 * to the theme's Heading or Link as their `id` (`<Heading as="h2" id={id}>`) collects it the same
 * way: each of them hands its id to the collection (diff73's M6 built one).
 *
 * Only two forms are read, in the function that calls the hook: `props.anchor` (its first
 * parameter named and not assigned again) and `anchor` destructured from that parameter
 * (`function Export({ anchor })`), with no other binding of that name in the function. Anything
 * else (`const id = name.toLowerCase(); collectAnchor(id)`, a computed value, two props, a call
 * outside a function) cannot be read, and the answer is undefined.
 */
import { walkEstree, type EstreeNode } from './estree-walk.ts';
import { anchorCollectorsOf, elementName, idExpressionOf } from './jsx-render-links.ts';

export interface CollectedProp {
  prop: string;
  /** The value collected when an element does not give the prop (a literal default); absent: none is. */
  fallback?: string;
}

/** The prop every `collectAnchor` call of `program` collects; undefined when there is none to read, or not one. */
export function collectedPropOf(program: EstreeNode): CollectedProp | undefined {
  const found: Array<CollectedProp | undefined> = [];
  const callbacks = new Set<EstreeNode>();
  const collectors = anchorCollectorsOf(program) ?? new Map<string, 'link' | 'heading'>();
  visit(program, [], callbacks, collectors, (argument, functions) => {
    const component = functions[functions.length - 1];
    found.push(component === undefined || callbacks.has(component) || argument === undefined ? undefined : propOfArgument(argument, component));
  });
  if (found.length === 0 || found.some((entry) => entry === undefined)) return undefined;
  const [first] = found as CollectedProp[];
  return found.every((entry) => entry!.prop === first.prop && entry!.fallback === first.fallback) ? first : undefined;
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Calls that take a component and return one: a function given them is still the component. */
const COMPONENT_WRAPPERS = new Set(['forwardRef', 'memo']);

/**
 * What every call of `collectAnchor` (a name or a member) collects, and every id in braces given
 * the theme's Heading or Link (`<Heading id={id}>`: each hands its id to the same collection),
 * with the functions around it, innermost last; undefined for a call that is not given one
 * value. `callbacks` gathers the functions given to other calls (`names.forEach((name) => …)`),
 * whose parameters are not props.
 */
function visit(node: unknown, functions: EstreeNode[], callbacks: Set<EstreeNode>, collectors: ReadonlyMap<string, 'link' | 'heading'>, onCollect: (argument: EstreeNode | undefined, functions: EstreeNode[]) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, functions, callbacks, collectors, onCollect);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (node as EstreeNode).type !== 'string') return;
  const current = node as EstreeNode;
  if (current.type === 'CallExpression') {
    const callee = calleeName(current.callee);
    if (callee === 'collectAnchor') onCollect(current.arguments.length === 1 ? current.arguments[0] : undefined, functions);
    else if (!COMPONENT_WRAPPERS.has(callee ?? '')) for (const argument of current.arguments as EstreeNode[]) if (FUNCTION_TYPES.has(argument.type)) callbacks.add(argument);
  }
  if (current.type === 'JSXElement') {
    const kind = collectors.get(elementName(current) ?? '');
    const expression = kind && idExpressionOf(current, kind);
    if (expression) onCollect(expression, functions);
  }
  const inner = FUNCTION_TYPES.has(current.type) ? [...functions, current] : functions;
  for (const [key, child] of Object.entries(current)) if (key !== 'loc' && key !== 'range') visit(child, inner, callbacks, collectors, onCollect);
}

function calleeName(callee: EstreeNode): string | undefined {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

/**
 * The prop one value collected is, read from the function around it: the component (one inside
 * a callback of the component's is not read).
 */
function propOfArgument(argument: EstreeNode, component: EstreeNode): CollectedProp | undefined {
  const [props] = component.params as EstreeNode[];
  if (props === undefined) return undefined;
  // props.anchor
  if (argument.type === 'MemberExpression' && !argument.computed && argument.object.type === 'Identifier' && argument.property.type === 'Identifier') {
    if (props.type !== 'Identifier' || props.name !== argument.object.name || bindingCount(component.body, props.name) > 0) return undefined;
    return { prop: argument.property.name };
  }
  // anchor, destructured from the props
  if (argument.type !== 'Identifier' || props.type !== 'ObjectPattern') return undefined;
  const property = (props.properties as EstreeNode[]).find((entry) => entry.type === 'Property' && localNameOf(entry.value) === argument.name);
  if (property === undefined || property.computed || bindingCount(component.body, argument.name) > 0) return undefined;
  const prop = property.key.type === 'Identifier' ? property.key.name : typeof property.key.value === 'string' ? property.key.value : undefined;
  if (prop === undefined) return undefined;
  if (property.value.type !== 'AssignmentPattern') return { prop };
  const fallback = property.value.right;
  return fallback.type === 'Literal' && typeof fallback.value === 'string' ? { prop, fallback: fallback.value } : undefined;
}

/** The name a destructured property binds (`anchor`, `anchor = 'x'`); undefined for a nested pattern. */
function localNameOf(value: EstreeNode): string | undefined {
  if (value.type === 'Identifier') return value.name;
  if (value.type === 'AssignmentPattern' && value.left.type === 'Identifier') return value.left.name;
  return undefined;
}

/** How often `body` declares or assigns `name` again (a `const`, a parameter of an inner function, an assignment). */
function bindingCount(body: EstreeNode, name: string): number {
  let count = 0;
  walkEstree(body, (node) => {
    if (node.type === 'VariableDeclarator' && patternBinds(node.id, name)) count++;
    if (node.type === 'AssignmentExpression' && patternBinds(node.left, name)) count++;
    if (FUNCTION_TYPES.has(node.type) && (node.params as EstreeNode[]).some((param) => patternBinds(param, name))) count++;
  });
  return count;
}

function patternBinds(pattern: EstreeNode | null | undefined, name: string): boolean {
  if (!pattern) return false;
  switch (pattern.type) {
    case 'Identifier':
      return pattern.name === name;
    case 'AssignmentPattern':
      return patternBinds(pattern.left, name);
    case 'RestElement':
      return patternBinds(pattern.argument, name);
    case 'ArrayPattern':
      return (pattern.elements as Array<EstreeNode | null>).some((element) => patternBinds(element, name));
    case 'ObjectPattern':
      return (pattern.properties as EstreeNode[]).some((property) => patternBinds(property.type === 'RestElement' ? property : property.value, name));
    default:
      return false;
  }
}
