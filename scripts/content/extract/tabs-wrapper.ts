/**
 * Whether a module's default export is the theme's Tabs under another name: a component that
 * renders `@theme/Tabs` with every prop it is given, and nothing else of them
 * (`export default function Tabs(props) { return <ThemeTabs className="x" {...props} />; }`).
 * A page's `<Tabs lazy>` of such a component leaves out the tabs the theme's own would
 * (diff71's p08 built one), so the model reads its hidden tabs as the theme's
 * (load/tabs-wrappers.ts).
 *
 * Only the plainest form is read, so that a yes is always right: the first parameter named, used
 * once, as the one spread of the Tabs element; that element given no children and none of the
 * props that choose what it shows. Anything else (destructured props, a forwardRef, props read
 * apart) is a no, and the page's `<Tabs lazy>` is then taken to render every tab, as before.
 */
import type { EstreeNode } from './estree-walk.ts';
import { exportedFunction } from './exported-function.ts';
import { referencesOf } from './name-references.ts';

/** Where the theme's Tabs comes from, as a site's module imports it (a swizzled copy imports the original). */
const THEME_TABS = new Set(['@theme/Tabs', '@theme-original/Tabs', '@theme-init/Tabs']);

/** The Tabs props that decide which tab shows first, or which are rendered at all. */
const CHOOSING_PROPS = new Set(['lazy', 'defaultValue', 'values', 'children', 'groupId', 'queryString']);

/** Whether `program`'s default export renders the theme's Tabs with exactly the props it is given. */
export function passesPropsToThemeTabs(program: EstreeNode): boolean {
  const tabsNames = themeTabsNames(program);
  if (tabsNames.size === 0) return false;
  const component = exportedFunction(program, 'default');
  const [props] = component?.params ?? [];
  if (!props || props.type !== 'Identifier') return false;
  const returned = returnedExpression(component!);
  if (!returned) return false;
  const uses = referencesOf(component!.body, props.name);
  if (uses.length !== 1) return false;
  const tabs = tabsElementSpreading(returned, tabsNames, uses[0].node);
  return tabs !== undefined && givesNothingOfItsOwn(tabs);
}

/** The local names the module's default imports of the theme's Tabs bind. */
function themeTabsNames(program: EstreeNode): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body as EstreeNode[]) {
    if (statement.type !== 'ImportDeclaration' || !THEME_TABS.has(statement.source?.value)) continue;
    for (const specifier of statement.specifiers as EstreeNode[]) if (specifier.type === 'ImportDefaultSpecifier') names.add(specifier.local.name);
  }
  return names;
}

/** What the function returns, when that is all it does: an arrow's body, or a body of one return. */
function returnedExpression(component: EstreeNode): EstreeNode | undefined {
  const { body } = component;
  if (body.type !== 'BlockStatement') return body;
  const statements = body.body as EstreeNode[];
  return statements.length === 1 && statements[0].type === 'ReturnStatement' ? statements[0].argument ?? undefined : undefined;
}

/**
 * The theme's Tabs element in the returned JSX whose spread is `spread`: the returned element, or
 * one inside HTML elements and fragments (which render their children; another component may not).
 */
function tabsElementSpreading(node: EstreeNode, tabsNames: ReadonlySet<string>, spread: EstreeNode): EstreeNode | undefined {
  if (node.type === 'JSXElement') {
    const name = node.openingElement.name;
    const spreads = (node.openingElement.attributes as EstreeNode[]).some((attribute) => attribute.type === 'JSXSpreadAttribute' && attribute.argument === spread);
    if (spreads) return name.type === 'JSXIdentifier' && tabsNames.has(name.name) ? node : undefined;
    if (name.type !== 'JSXIdentifier' || !/^[a-z]/.test(name.name)) return undefined;
  } else if (node.type !== 'JSXFragment') {
    return undefined;
  }
  for (const child of node.children as EstreeNode[]) {
    const found = tabsElementSpreading(child, tabsNames, spread);
    if (found) return found;
  }
  return undefined;
}

/** Whether the Tabs element is given no children of its own, and none of the props that choose its tabs. */
function givesNothingOfItsOwn(tabs: EstreeNode): boolean {
  const ownChildren = (tabs.children as EstreeNode[]).some((child) => !(child.type === 'JSXText' && child.value.trim() === ''));
  const choosing = (tabs.openingElement.attributes as EstreeNode[]).some((attribute) => attribute.type === 'JSXAttribute' && CHOOSING_PROPS.has(attribute.name.name));
  return !ownChildren && !choosing;
}
