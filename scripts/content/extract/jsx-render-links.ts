/**
 * The `<Link>`s a script module writes (a React page, a component), read from its program: which
 * target each has, which component of the module writes it, and whether that component renders
 * it whenever it renders; and the same for the components it renders (`<Hero />`).
 *
 * Only `@docusaurus/Link` hands its target to the build's link check (a plain `<a>` does not),
 * during the static render of each page, after its own reading of the props:
 * - the target is `to`, or `href` when `to` is absent, empty or `{undefined}`; one with a scheme
 *   or `//`, and a `pathname://` one, are not checked;
 * - a `target` other than `_self` (or empty) leaves it unchecked, unless it is an anchor (`#x`);
 * - `data-noBrokenLinkCheck` leaves it unchecked, unless it is `{false}`;
 * - `autoAddBaseUrl={false}`: the target is the path as served.
 * A target the code computes (`to={url}`) is not read. What the static render reaches is read
 * from the JSX: a component's returned tree, through elements, fragments and literal conditions
 * (`{false && …}` never renders), is rendered for certain; whatever sits behind a condition, a
 * `.map`, a prop, a callback (`<BrowserOnly>`'s children), or among another component's children
 * may render or not, and so may a component or JSX the code passes along by name. Which
 * component a name is follows the module's own declarations, imports, re-exports and aliases; an
 * import a name declared inside the code hides is not followed (scope would have to say which).
 * anchorIdsOf reads, apart, the ids a module hands the build's anchor collection.
 */
import { walkEstree, type EstreeNode } from './estree-walk.ts';
import { importsOf, moduleExportsOf, MODULE_DEFAULT, type ModuleExports } from './module-exports.ts';

/** A `<Link>` with a target the code writes as a literal. */
export interface CodeLink {
  url: string;
  line: number;
  column: number;
  /** `autoAddBaseUrl={false}`: `url` is the path as served, base URL included. */
  served?: true;
}

/** A component the module's JSX renders by name (`<Hero />`): the name is the module's own, or an import's. */
export interface ComponentUse {
  name: string;
}

/** What one of the module's components renders: for certain whenever it renders, or maybe. */
export interface ComponentRender {
  certainLinks: CodeLink[];
  maybeLinks: CodeLink[];
  certainUses: ComponentUse[];
  maybeUses: ComponentUse[];
}

export interface ModuleRenders extends ModuleExports {
  /** Per component of the module, by its name in the module (`''`: code outside any component; MODULE_DEFAULT: an unnamed default export). */
  components: Map<string, ComponentRender>;
}


export const LINK_MODULE = '@docusaurus/Link';

export interface RenderOptions {
  /** Where a node is written, in the module's own text. */
  placeOf(node: EstreeNode): { line: number; column: number };
  /** Imported names whose component renders its children for certain (the theme's Layout): their children are followed. */
  transparent?: ReadonlySet<string>;
  /** Imported names that are `@docusaurus/Link` through a module of the site's that re-exports it (`export { default } from '@docusaurus/Link'`). */
  links?: ReadonlySet<string>;
}


/** The modules whose default export hands an `id` to the build's anchor collection: per module, the element that collects. */
const COLLECTOR_MODULES = new Map([[LINK_MODULE, 'link'], ['@theme/Heading', 'heading']] as const);

/**
 * The ids the module gives `@docusaurus/Link` and the theme's `@theme/Heading` (but `as="h1"`),
 * the two components that hand an `id` to the build's anchor collection. Every element counts,
 * whether it renders for certain, maybe or never: the list is a superset of what a render
 * collects, which is all a broken-anchor verdict needs. Undefined when that superset cannot be
 * read: an `id` that is no literal, spread props, either component imported any way but as a
 * default, named in a `require`, `import()` or re-export, or read as a value (`const H = Heading`,
 * `components={{ h2: Heading }}`, `createElement(Link, …)`), which may give it an id unseen.
 * With `propIds`, an id in braces is left to the caller instead (idExpressionOf).
 */
export function anchorIdsOf(program: EstreeNode, { propIds = false }: { propIds?: boolean } = {}): string[] | undefined {
  const collectors = anchorCollectorsOf(program);
  if (collectors === undefined) return undefined;
  const ids = new Set<string>();
  let readable = true;
  const visit = (value: unknown, parent: EstreeNode | undefined, key: string): void => {
    if (!readable) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, parent, key);
      return;
    }
    if (!value || typeof value !== 'object' || typeof (value as EstreeNode).type !== 'string') return;
    const node = value as EstreeNode;
    // An import names what it binds, and reads nothing: `import Heading from …` is no use of Heading.
    if (node.type === 'ImportDeclaration') return;
    if (node.type === 'Literal' && COLLECTOR_MODULES.has(node.value)) readable = false;
    else if (node.type === 'Identifier' && collectors.has(node.name) && !namesWithoutReading(parent, key)) readable = false;
    // `<Link.Inner>`: the component read as an object.
    else if (node.type === 'JSXIdentifier' && collectors.has(node.name) && parent?.type === 'JSXMemberExpression' && key === 'object') readable = false;
    else if (node.type === 'JSXElement') {
      const tag = elementName(node);
      const kind = tag === undefined ? undefined : collectors.get(tag);
      if (kind !== undefined) {
        const id = collectedIdOf(node, kind);
        // `propIds`: the caller knows each id in braces to be the component's own prop
        // (`<Heading id={id}>`, extract/collected-prop.ts), whose values it reads apart.
        if (id === undefined) readable = propIds && idExpressionOf(node, kind) !== undefined;
        else if (id !== '') ids.add(id.replace(/^#/, '')); // collected as the build keeps it, without one leading `#`
      }
    }
    for (const [childKey, child] of Object.entries(node)) if (childKey !== 'loc' && childKey !== 'range') visit(child, node, childKey);
  };
  visit(program, undefined, '');
  return readable ? [...ids] : undefined;
}

/**
 * The names the module's default imports of Link and Heading bind, with which each is; undefined
 * when either is imported any other way.
 */
export function anchorCollectorsOf(program: EstreeNode): Map<string, 'link' | 'heading'> | undefined {
  const collectors = new Map<string, 'link' | 'heading'>();
  for (const statement of program.body as EstreeNode[]) {
    const kind = statement.type === 'ImportDeclaration' ? COLLECTOR_MODULES.get(statement.source?.value) : undefined;
    if (kind === undefined) continue;
    for (const specifier of statement.specifiers as EstreeNode[]) {
      if (specifier.type !== 'ImportDefaultSpecifier') return undefined;
      collectors.set(specifier.local.name, kind);
    }
  }
  return collectors;
}

/**
 * The expression a Link or Heading element is given as its id (`id={anchor}`), when that is all
 * that cannot be read of it: no spread props, an id in braces that is no literal, and no
 * Heading rendered as h1 (which collects nothing). Undefined otherwise.
 */
export function idExpressionOf(element: EstreeNode, kind: 'link' | 'heading'): EstreeNode | undefined {
  const attributes = element.openingElement.attributes as EstreeNode[];
  if (attributes.some((attribute) => attribute.type === 'JSXSpreadAttribute')) return undefined;
  const named = (name: string) => attributes.find((attribute) => attribute.name.type === 'JSXIdentifier' && attribute.name.name === name)?.value as EstreeNode | null | undefined;
  const id = named('id');
  if (!id || id.type !== 'JSXExpressionContainer' || literalText(id) !== undefined || id.expression.type === 'JSXEmptyExpression') return undefined;
  const as = named('as');
  return kind === 'heading' && as && literalText(as) === 'h1' ? undefined : (id.expression as EstreeNode);
}

/** An identifier that names without reading a value: a property's key (`a.Link`, `{ Link: 1 }`), or a declaration's own name. */
function namesWithoutReading(parent: EstreeNode | undefined, key: string): boolean {
  if (!parent || parent.computed) return false;
  if (parent.type === 'MemberExpression') return key === 'property';
  if (parent.type === 'Property' || parent.type === 'PropertyDefinition' || parent.type === 'MethodDefinition') return key === 'key';
  return parent.type === 'VariableDeclarator' && key === 'id';
}

/**
 * The id a Link or Heading element hands the anchor collection: `''` for none (no id, an empty
 * one, a Heading rendered as h1), undefined when it cannot be read (computed, or spread props,
 * which may carry one).
 */
function collectedIdOf(element: EstreeNode, kind: 'link' | 'heading'): string | undefined {
  const attributes = new Map<string, EstreeNode | null>();
  for (const attribute of element.openingElement.attributes as EstreeNode[]) {
    if (attribute.type === 'JSXSpreadAttribute') return undefined;
    if (attribute.name.type === 'JSXIdentifier') attributes.set(attribute.name.name, attribute.value);
  }
  if (!attributes.has('id')) return '';
  // Heading gives an h1 no id at all, whatever it is given; any other `as`, written or computed, keeps it.
  const as = attributes.get('as');
  if (kind === 'heading' && as && literalText(as) === 'h1') return '';
  const value = attributes.get('id');
  return value ? literalText(value) : undefined;
}

export function moduleRenders(program: EstreeNode, options: RenderOptions): ModuleRenders {
  // An import a name declared inside the code hides somewhere (`const Link = (p) => <a {...p} />`
  // in a function) is not followed anywhere: which one an element names is scope's to say.
  const hidden = namesDeclaredInside(program);
  const imports = new Map([...importsOf(program)].filter(([name]) => !hidden.has(name)));
  const linkNames = new Set([...imports].filter(([name, { source, imported }]) => (source === LINK_MODULE && imported === 'default') || options.links?.has(name)).map(([name]) => name));
  // `<Fragment>` and `<React.Fragment>` render their children where they are, as `<>` does.
  const transparent = new Set([...(options.transparent ?? []), ...[...imports].filter(([, { source, imported }]) => source === 'react' && imported === 'Fragment').map(([name]) => name)]);
  const { placeOf } = options;
  const owners = componentsOf(program);
  const { exported, exportsAllFrom, aliases } = moduleExportsOf(program);
  // What code may pass along by name: the module's components and JSX, and what it imports (but Link itself).
  const known = new Set([...owners.map(({ name }) => name).filter((name) => name !== '' && name !== MODULE_DEFAULT), ...[...imports.keys()].filter((name) => !linkNames.has(name))]);
  const components = new Map<string, ComponentRender>();
  const renderOf = (name: string) => components.get(name) ?? components.set(name, { certainLinks: [], maybeLinks: [], certainUses: [], maybeUses: [] }).get(name)!;
  for (const { name, node, fn } of owners) {
    const render = renderOf(name);
    const certain = new Set<EstreeNode>();
    if (fn) for (const root of certainRoots(fn)) markCertain(root, certain, linkNames, transparent);
    visitRendered(node, (element) => {
      const tag = elementName(element) ?? namespacedName(element, imports);
      if (tag === undefined) return;
      const sure = certain.has(element);
      if (linkNames.has(tag)) {
        const read = linkOf(element, placeOf);
        if (read) (sure && read.certain ? render.certainLinks : render.maybeLinks).push(read.link);
      } else if (isComponentName(tag) || tag.includes('.')) {
        (sure ? render.certainUses : render.maybeUses).push({ name: tag });
      }
    });
    // A component or JSX passed along by name (`as={Card}`, `{links}`, `renderLinks()`) may render wherever it goes.
    for (const used of namesReadIn(node, known)) if (used !== name) render.maybeUses.push({ name: used });
  }
  return { components, exported, exportsAllFrom, aliases, imports };
}

/** A component an expression's JSX renders (`<Next />`), and whether it renders whenever the expression does. */
export interface RenderedComponent {
  name: string;
  node: EstreeNode;
  certain: boolean;
}

/**
 * The components JSX in an expression renders (MDX's `{<Next />}`, a prop's `{<Next />}`): each
 * certain when it renders whenever the expression does (`{<A />}`, `{true && <A />}`), maybe
 * behind a condition, a `.map`, a function or another component. No name counts as a Link or as
 * transparent here, so what a component holds stays maybe: a small loss, never a false error.
 */
export function componentsRenderedBy(expression: EstreeNode | undefined): RenderedComponent[] {
  if (!expression) return [];
  const certain = new Set<EstreeNode>();
  markCertain(expression, certain, new Set(), new Set());
  const found: RenderedComponent[] = [];
  visitRendered(expression, (element) => {
    const tag = elementName(element);
    if (tag !== undefined && isComponentName(tag)) found.push({ name: tag, node: element, certain: certain.has(element) });
  });
  return found;
}

/**
 * The target a `<Link>` element hands the build's check wherever it renders, read as in a module
 * (linkOf), at the element's place (estree columns count from 0); undefined when it hands none,
 * may not (spread props, a computed target or check), or gives a path as served
 * (`autoAddBaseUrl={false}`), which the MDX page's own Link targets never are.
 */
export function certainLinkOf(element: EstreeNode): CodeLink | undefined {
  const read = linkOf(element, (node) => ({ line: node.loc!.start.line, column: node.loc!.start.column }));
  return read?.certain && !read.link.served ? read.link : undefined;
}

/** The names of `known` that code reads as values (not as a property's key, nor where it declares them). */
function namesReadIn(node: EstreeNode, known: ReadonlySet<string>): string[] {
  const read = new Set<string>();
  const visit = (value: unknown, parent: EstreeNode | undefined, key: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, parent, key);
      return;
    }
    if (!value || typeof value !== 'object' || typeof (value as EstreeNode).type !== 'string') return;
    const current = value as EstreeNode;
    const asKey = (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) || (parent?.type === 'Property' && key === 'key' && !parent.computed);
    // An import or an export names what it binds or passes on; neither renders it.
    if (current.type === 'ImportDeclaration' || current.type === 'ExportSpecifier') return;
    if (current.type === 'Identifier' && known.has(current.name) && !asKey && !(parent?.type === 'VariableDeclarator' && key === 'id')) read.add(current.name);
    for (const [childKey, child] of Object.entries(current)) if (childKey !== 'loc' && childKey !== 'range') visit(child, current, childKey);
  };
  visit(node, undefined, '');
  return [...read];
}

/** Names declared anywhere but at the module's top level: in functions, blocks and parameters. */
function namesDeclaredInside(program: EstreeNode): Set<string> {
  const names = new Set<string>();
  const addPattern = (pattern: EstreeNode | null | undefined): void => {
    if (!pattern) return;
    if (pattern.type === 'Identifier') names.add(pattern.name);
    else if (pattern.type === 'ObjectPattern') for (const property of pattern.properties) addPattern(property.type === 'RestElement' ? property.argument : property.value);
    else if (pattern.type === 'ArrayPattern') for (const element of pattern.elements) addPattern(element);
    else if (pattern.type === 'RestElement') addPattern(pattern.argument);
    else if (pattern.type === 'AssignmentPattern') addPattern(pattern.left);
  };
  const visit = (node: unknown, topLevel: boolean): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, topLevel);
      return;
    }
    if (!node || typeof node !== 'object' || typeof (node as EstreeNode).type !== 'string') return;
    const current = node as EstreeNode;
    if (!topLevel) {
      if (current.type === 'VariableDeclarator') addPattern(current.id);
      if ((current.type === 'FunctionDeclaration' || current.type === 'ClassDeclaration') && current.id) names.add(current.id.name);
      if (current.type === 'CatchClause') addPattern(current.param);
    }
    if (isFunction(current)) for (const param of current.params) addPattern(param);
    for (const [key, child] of Object.entries(current)) {
      if (key === 'loc' || key === 'range') continue;
      // A top-level statement's own declarations are the module's; anything deeper is inside.
      const stillTop = topLevel && (current.type === 'Program' || current.type === 'ExportNamedDeclaration' || current.type === 'ExportDefaultDeclaration' || current.type === 'VariableDeclaration' || (current.type === 'VariableDeclarator' && key === 'id'));
      visit(child, stillTop);
    }
  };
  visit(program, true);
  return names;
}

interface Owner {
  name: string;
  /** The code the component's JSX is read from. */
  node: EstreeNode;
  /** Its function, whose returned tree renders for certain; absent for a class or a call (`memo(…)`). */
  fn?: EstreeNode;
}

const isFunction = (node: EstreeNode | undefined) => node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionExpression' || node?.type === 'FunctionDeclaration';

/** The module's top-level components (each function, class or call given a name), and the rest of its code under `''`; what it exports is module-exports.ts's to read. */
function componentsOf(program: EstreeNode): Owner[] {
  const owners: Owner[] = [];
  const declare = (declaration: EstreeNode) => {
    if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) {
      owners.push({ name: declaration.id.name, node: declaration, ...(isFunction(declaration) ? { fn: declaration } : {}) });
    } else if (declaration.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations as EstreeNode[]) {
        if (declarator.id?.type !== 'Identifier' || !declarator.init) owners.push({ name: '', node: declarator });
        else owners.push({ name: declarator.id.name, node: declarator.init, ...(isFunction(declarator.init) ? { fn: declarator.init } : {}) });
      }
    } else {
      owners.push({ name: '', node: declaration });
    }
  };
  for (const statement of program.body as EstreeNode[]) {
    if (statement.type === 'ExportNamedDeclaration') {
      if (statement.declaration) declare(statement.declaration);
    } else if (statement.type === 'ExportAllDeclaration') {
      // passes another module's exports on: no code of its own
    } else if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration as EstreeNode;
      if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) declare(declaration);
      else if (declaration.type !== 'Identifier') owners.push({ name: MODULE_DEFAULT, node: declaration, ...(isFunction(declaration) ? { fn: declaration } : {}) });
    } else {
      declare(statement);
    }
  }
  return owners;
}

/**
 * What a function component returns whenever it renders: an arrow's expression body, or the
 * argument of a body's one `return`, written last, after only declarations and expressions
 * (no branch or loop before it could leave earlier or render another tree).
 */
function certainRoots(fn: EstreeNode): EstreeNode[] {
  if (fn.body.type !== 'BlockStatement') return [fn.body];
  const statements = fn.body.body as EstreeNode[];
  const last = statements.at(-1);
  if (last?.type !== 'ReturnStatement' || !last.argument) return [];
  const straight = statements.slice(0, -1).every(({ type }) => type === 'VariableDeclaration' || type === 'ExpressionStatement' || type === 'FunctionDeclaration' || type === 'EmptyStatement');
  return straight ? [last.argument] : [];
}

/** Marks the JSX elements `node` renders for certain, when it renders. */
function markCertain(node: EstreeNode | null | undefined, certain: Set<EstreeNode>, linkNames: ReadonlySet<string>, transparent: ReadonlySet<string>): void {
  if (!node) return;
  const mark = (child: EstreeNode | null | undefined) => markCertain(child, certain, linkNames, transparent);
  switch (node.type) {
    case 'JSXFragment':
      for (const child of node.children) mark(child);
      return;
    case 'JSXElement': {
      certain.add(node);
      const tag = elementName(node);
      // An HTML element, a Link (an `<a>` around its children), a fragment and the theme's Layout render their children; another component may not.
      if ((tag !== undefined && (!isComponentName(tag) || linkNames.has(tag) || transparent.has(tag))) || isReactFragment(node)) for (const child of node.children) mark(child);
      return;
    }
    case 'JSXExpressionContainer':
      mark(node.expression);
      return;
    case 'ArrayExpression':
      for (const element of node.elements) mark(element);
      return;
    case 'LogicalExpression': {
      const left = literalTruth(node.left);
      if ((node.operator === '&&' && left === true) || (node.operator === '||' && left === false) || (node.operator === '??' && isNullish(node.left))) mark(node.right);
      return;
    }
    case 'ConditionalExpression': {
      const test = literalTruth(node.test);
      if (test !== undefined) mark(test ? node.consequent : node.alternate);
      return;
    }
    default:
  }
}

/** Each JSX element under `node` that may render: not behind a literal condition that never holds (`{false && …}`). */
function visitRendered(node: EstreeNode, visit: (element: EstreeNode) => void): void {
  walkEstree(node, (current) => {
    if (current.type === 'JSXElement') visit(current);
    if (current.type === 'LogicalExpression') {
      const left = literalTruth(current.left);
      const skipsRight = (current.operator === '&&' && left === false) || (current.operator === '||' && left === true) || (current.operator === '??' && left !== undefined && !isNullish(current.left));
      visitRendered(current.left, visit);
      if (!skipsRight) visitRendered(current.right, visit);
      return false;
    }
    if (current.type === 'ConditionalExpression') {
      const test = literalTruth(current.test);
      visitRendered(current.test, visit);
      if (test !== false) visitRendered(current.consequent, visit);
      if (test !== true) visitRendered(current.alternate, visit);
      return false;
    }
    return undefined;
  });
}

/** Whether a literal (`false`, `0`, `''`, `null`, `undefined`, `true`, `'x'`) holds; undefined for anything else. */
function literalTruth(node: EstreeNode): boolean | undefined {
  if (node.type === 'Literal') return Boolean(node.value);
  if (node.type === 'Identifier' && node.name === 'undefined') return false;
  return undefined;
}

const isNullish = (node: EstreeNode) => (node.type === 'Literal' && node.value === null) || (node.type === 'Identifier' && node.name === 'undefined');

/** The tag's name (`Link`, `main`); undefined for `<X.Y>` and `<x:y>`. */
export function elementName(element: EstreeNode): string | undefined {
  const name = element.openingElement.name;
  return name.type === 'JSXIdentifier' ? name.name : undefined;
}

/**
 * `C.Hero` for `<C.Hero />`, where C is a namespace import (`import * as C from './parts'`): the
 * module's export Hero, which load/code-links.ts follows. Undefined for any other member tag.
 */
function namespacedName(element: EstreeNode, imports: ModuleRenders['imports']): string | undefined {
  const name = element.openingElement.name;
  if (name.type !== 'JSXMemberExpression' || name.object.type !== 'JSXIdentifier') return undefined;
  return imports.get(name.object.name)?.imported === '*' ? `${name.object.name}.${name.property.name}` : undefined;
}

/** `<React.Fragment>`. */
function isReactFragment(element: EstreeNode): boolean {
  const name = element.openingElement.name;
  return name.type === 'JSXMemberExpression' && name.object.type === 'JSXIdentifier' && name.object.name === 'React' && name.property.name === 'Fragment';
}

/** A component's name starts with a capital letter (or `_`, `$`); an HTML element's does not. */
const isComponentName = (tag: string) => /^[A-Z_$]/.test(tag);

/**
 * The link a `<Link>` hands the link check, and whether it does so wherever the element renders
 * (spread props may carry another target, or turn the check off); undefined when it hands none
 * or its target is computed.
 */
function linkOf(element: EstreeNode, placeOf: RenderOptions['placeOf']): { link: CodeLink; certain: boolean } | undefined {
  const attributes = new Map<string, EstreeNode | null>();
  let certain = true;
  for (const attribute of element.openingElement.attributes as EstreeNode[]) {
    if (attribute.type === 'JSXSpreadAttribute') certain = false;
    else if (attribute.name.type === 'JSXIdentifier') attributes.set(attribute.name.name, attribute.value);
  }
  const read = (name: string): { text?: string; known: boolean; present: boolean } => {
    if (!attributes.has(name)) return { known: true, present: false };
    const value = attributes.get(name);
    if (value === null || value === undefined) return { known: true, present: true };
    // `to={undefined}`, `to={null}`: as if not written (Link takes `to || href`).
    if (value.type === 'JSXExpressionContainer' && isNullish(value.expression)) return { known: true, present: false };
    const text = literalText(value);
    return text === undefined ? { known: false, present: true } : { text, known: true, present: true };
  };
  const to = read('to');
  if (!to.known) return undefined;
  const url = to.text ? to.text : read('href').text;
  if (url === undefined || url === '' || /^[A-Za-z][A-Za-z\d+.-]*:|^\/\//.test(url)) return undefined;
  const target = read('target');
  if (target.present && !url.startsWith('#')) {
    if (!target.known) certain = false;
    else if (target.text !== undefined && target.text !== '_self' && target.text !== '') return undefined;
  }
  if (attributes.has('data-noBrokenLinkCheck')) {
    const value = attributes.get('data-noBrokenLinkCheck');
    const off = value?.type === 'JSXExpressionContainer' ? expressionTruth(value.expression) : true;
    if (off === true) return undefined;
    if (off === undefined) certain = false;
  }
  const base = attributes.get('autoAddBaseUrl');
  const served = base?.type === 'JSXExpressionContainer' && expressionTruth(base.expression) === false;
  return { link: { url, ...placeOf(element), ...(served ? { served: true as const } : {}) }, certain };
}

/** The text of an attribute's value: `"x"`, `{'x'}`, `` {`x`} `` (without `${}`); undefined for anything computed. */
function literalText(value: EstreeNode): string | undefined {
  if (value.type === 'Literal' && typeof value.value === 'string') return value.value;
  if (value.type !== 'JSXExpressionContainer') return undefined;
  const expression = value.expression as EstreeNode;
  if (expression.type === 'Literal' && typeof expression.value === 'string') return expression.value;
  if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0) return expression.quasis[0].value.cooked ?? undefined;
  return undefined;
}

function expressionTruth(expression: EstreeNode): boolean | undefined {
  return expression.type === 'JSXEmptyExpression' ? undefined : literalTruth(expression);
}
