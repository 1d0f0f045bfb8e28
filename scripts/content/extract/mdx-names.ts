/**
 * Free names of JavaScript that MDX holds (an ESM block, a `{…}` expression, an attribute
 * value): identifiers read and JSX components used that no enclosing function, block or
 * declaration of that code binds. Scopes come from estree-util-scope, the tracker @mdx-js/mdx
 * itself uses; references are resolved once the walk is over, so hoisted functions and `var`s
 * count wherever they are declared.
 */
import { createVisitors } from 'estree-util-scope';
import { name as isIdentifierName } from 'estree-util-is-identifier-name';
import type { MdxFreeName } from '../model/site.ts';
import { recordRead, type DeferredLog } from './mdx-deferred.ts';
import { patternNames } from './mdx-imports.ts';
import { isBrowserGlobal } from './browser-globals.ts';
import { holdsObject, staticValueOf } from './static-value.ts';

type Scope = { block: boolean; defined: string[] };
// estree nodes, loosely: this walk reads many node types and their fields by name.
type Node = { type: string; loc?: { start: { line: number; column: number } }; [key: string]: any };

/** A JSX element name as MDX reads it: a component (the identifier it needs), or an HTML tag (undefined). */
export function componentOf(name: string): string | undefined {
  if (name.includes(':')) return undefined; // `<xml:thing>`: a namespaced tag
  if (name.includes('.')) return name.split('.')[0]; // `<Foo.Bar>`, `<x.y>`: `Foo`/`x` must exist
  return isIdentifierName(name) && !/^[a-z]/.test(name) ? name : undefined;
}

export interface NameOptions {
  /** Gets the names a program's code reads that the program's own top level binds (its imports, say): the page uses them, though they are not free. */
  topLevel?: Set<string>;
  /** Gets where each read runs (mdx-deferred.ts): as the page loads or renders, or only inside a function. */
  deferred?: DeferredLog;
  /** The program is an ESM block: its top-level declarations hold functions that run only when called. */
  esm?: boolean;
  /**
   * The code is an event handler attribute's value (`onClick={…}`), or an expression `<BrowserOnly>`
   * holds: what its functions read never runs in the build.
   */
  handler?: boolean;
  /**
   * The code is the value of an attribute of this component (`<Opener go={…} />`): a function
   * it gives as it is runs only if the component calls it (passedFunctions).
   */
  passedTo?: string;
}

/** The names the program (or expression) needs from outside itself. */
export function freeNamesOf(program: Node, options: NameOptions = {}): MdxFreeName[] {
  const { topLevel, deferred } = options;
  const visitors = createVisitors();
  const references: Array<{ ref: MdxFreeName; scopes: Scope[] }> = [];
  const holders = options.esm ? topLevelDeclarations(program) : undefined;
  let functions = 0; // how many functions enclose the node walked
  let handlerAt = options.handler ? 0 : -1; // how many enclosed the event handler attribute walked, or -1
  let holder: string[] | undefined; // the names the top-level declaration walked binds
  let unrun = false; // in a branch a test of a browser global rules out in the build (buildSkips)
  // Functions given to a component as they are, by the component's name; `passedAt`: how many
  // functions enclosed the one walked, or -1 outside any.
  const passed = new Map<Node, string>();
  if (options.passedTo && program.type === 'Program' && program.body[0]?.type === 'ExpressionStatement') passedFunctions(program.body[0].expression, options.passedTo, passed);
  let passedTo: string | undefined;
  let passedAt = -1;
  const isBound = (name: string) => visitors.scopes.some((scope) => scope.defined.includes(name));
  const use = (name: string, usage: MdxFreeName['usage'], node: Node, member?: string) => {
    const start = node.loc?.start ?? { line: 1, column: 0 };
    const within = unrun || (handlerAt >= 0 && functions > handlerAt) ? [] : functions > 0 ? holder : undefined;
    const given = passedAt >= 0 && functions > passedAt ? { passedTo } : {};
    // A name the page leaves undefined MDX takes from its components, and tests before the
    // content renders, one in a function too (MDX 3.1): the function need not run.
    const testedFirst = usage === 'component' && !options.esm && (within !== undefined || 'passedTo' in given) ? { testedFirst: true as const } : {};
    references.push({ ref: { name, usage, line: start.line, column: start.column + 1, ...(within ? { within } : {}), ...(member ? { member } : {}), ...given, ...testedFirst }, scopes: [...visitors.scopes] });
  };
  walk(program, undefined, undefined);
  const free: MdxFreeName[] = [];
  for (const { ref, scopes } of references) {
    let definer = scopes.length - 1; // the innermost scope that binds the name
    while (definer >= 0 && !scopes[definer].defined.includes(ref.name)) definer--;
    if (definer === -1) {
      free.push(ref);
      if (ref.within && deferred) recordRead(deferred, ref.name, ref.within);
    } else if (definer === 0 && program.type === 'Program') {
      topLevel?.add(ref.name);
      if (deferred) recordRead(deferred, ref.name, ref.within);
    }
  }
  return free;

  function walk(node: Node, parent: Node | undefined, key: string | undefined): void {
    if (node.type === 'Identifier') {
      if (isReference(parent, key)) use(node.name, 'value', node);
      return;
    }
    if (node.type === 'JSXOpeningElement') {
      const id = jsxComponent(node.name);
      // MDX tests a member element of the content before it renders; one inside a function, or in ESM, it does not.
      const member = !options.esm && functions === 0 && node.name.type === 'JSXMemberExpression' ? memberName(node.name) : undefined;
      if (id) use(id, 'component', node.name, member);
      if (id) for (const attribute of node.attributes) if (attribute.type === 'JSXAttribute' && attribute.value?.type === 'JSXExpressionContainer') passedFunctions(attribute.value.expression, memberName(node.name), passed);
      for (const attribute of node.attributes) visit(attribute, node, 'attributes');
      return;
    }
    if (node.type === 'JSXClosingElement' || node.type === 'JSXIdentifier' || node.type === 'JSXNamespacedName') return;
    // `typeof x` reads nothing that could throw.
    if (node.type === 'UnaryExpression' && node.operator === 'typeof' && node.argument.type === 'Identifier') return;
    const declares = holders?.get(node);
    const defers = FUNCTIONS.has(node.type) || (node.type === 'PropertyDefinition' && !node.static); // an instance field's value runs with the constructor
    const handles = (node.type === 'JSXAttribute' && isEventHandler(node.name) && parent?.type === 'JSXOpeningElement' && isHtmlElement(parent.name)) || isEffectCall(node) || isBrowserOnly(node);
    const outer = { holder, handlerAt, unrun, passedTo, passedAt };
    if (declares) holder = declares;
    if (handles && handlerAt < 0) handlerAt = functions;
    if (passed.has(node) && passedAt < 0) (passedTo = passed.get(node)), (passedAt = functions);
    if (defers) functions++;
    visitors.enter(node as never);
    const skipped = buildSkips(node, isBound);
    for (const [childKey, value] of Object.entries(node)) {
      if (childKey === 'loc' || childKey === 'range' || childKey === 'comments') continue;
      const binding = BINDING_KEYS[node.type]?.includes(childKey);
      const each = (child: unknown) => (binding ? visitBinding(child) : visit(child, node, childKey));
      if (childKey === skipped) unrun = true;
      if (!Array.isArray(value)) each(value);
      else for (const child of value) {
        each(child);
        // `if (typeof window === 'undefined') return null;`: the rest of the block never runs in the build.
        if (node.type === 'BlockStatement' && exitsInBuild(child, isBound)) unrun = true;
      }
      unrun = outer.unrun;
    }
    visitors.exit(node as never);
    if (defers) functions--;
    ({ holder, handlerAt, unrun, passedTo, passedAt } = outer);
  }

  function visit(value: unknown, parent: Node, key: string): void {
    if (isNode(value)) walk(value, parent, key);
  }

  /** A binding pattern: the scope tracker defines its names; only defaults and computed keys are read. */
  function visitBinding(value: unknown): void {
    if (!isNode(value)) return;
    switch (value.type) {
      case 'ObjectPattern':
        for (const property of value.properties) {
          if (property.type === 'RestElement') visitBinding(property.argument);
          else {
            if (property.computed) visit(property.key, property, 'key');
            visitBinding(property.value);
          }
        }
        return;
      case 'ArrayPattern':
        value.elements.forEach(visitBinding);
        return;
      case 'RestElement':
        visitBinding(value.argument);
        return;
      case 'AssignmentPattern':
        visitBinding(value.left);
        visit(value.right, value, 'right');
        return;
      case 'Identifier':
        return;
      default:
        visit(value, value, 'binding'); // e.g. a member expression in `for (a.b of c)`
    }
  }
}

/**
 * The branch of `node` the build's render never runs, by its key: one that a test of a browser
 * global rules out in Node, where `typeof window` is 'undefined' (`typeof window !== 'undefined'
 * && window.location.href`, `typeof document === 'undefined' ? '' : document.title`).
 * `isBound` says whether a scope binds a name: then it is no global.
 */
function buildSkips(node: Node, isBound: (name: string) => boolean): string | undefined {
  if (node.type !== 'LogicalExpression' && node.type !== 'ConditionalExpression' && node.type !== 'IfStatement') return undefined;
  const truth = truthInBuild(node.type === 'LogicalExpression' ? node.left : node.test, isBound);
  if (truth === undefined) return undefined;
  if (node.type === 'LogicalExpression') return (node.operator === '&&' && !truth) || (node.operator === '||' && truth) ? 'right' : undefined;
  return truth ? 'alternate' : 'consequent';
}

/** Whether a statement is an `if` whose branch the build takes returns or throws. */
function exitsInBuild(statement: Node, isBound: (name: string) => boolean): boolean {
  if (statement.type !== 'IfStatement') return false;
  const truth = truthInBuild(statement.test, isBound);
  const taken = truth === true ? statement.consequent : truth === false ? statement.alternate : undefined;
  return taken ? exits(taken) : false;
}

const exits = (statement: Node): boolean => statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement' || (statement.type === 'BlockStatement' && statement.body.length > 0 && exits(statement.body.at(-1)!));

/** Whether a test is true or false when the build renders the page, where only it can be sure (a `typeof` of a browser global); undefined otherwise. */
function truthInBuild(test: Node, isBound: (name: string) => boolean): boolean | undefined {
  if (test.type === 'UnaryExpression' && test.operator === '!') {
    const truth = truthInBuild(test.argument, isBound);
    return truth === undefined ? undefined : !truth;
  }
  if (test.type === 'LogicalExpression' && (test.operator === '&&' || test.operator === '||')) {
    const [left, right] = [truthInBuild(test.left, isBound), truthInBuild(test.right, isBound)];
    const decisive = test.operator === '||'; // the value that settles the whole test
    if (left === decisive || right === decisive) return decisive;
    return left === !decisive && right === !decisive ? !decisive : undefined;
  }
  if (test.type !== 'BinaryExpression' || !['===', '==', '!==', '!='].includes(test.operator)) return undefined;
  const typeOfGlobal = (side: Node) => side.type === 'UnaryExpression' && side.operator === 'typeof' && side.argument.type === 'Identifier' && !isBound(side.argument.name) && isBrowserGlobal(side.argument.name);
  const [typed, other] = typeOfGlobal(test.left) ? [test.left, test.right] : [test.right, test.left];
  if (!typeOfGlobal(typed) || other.type !== 'Literal' || typeof other.value !== 'string') return undefined;
  const equal = other.value === 'undefined'; // what `typeof` gives in Node
  return test.operator.startsWith('=') ? equal : !equal;
}

/** Where a node's children are binding patterns rather than expressions. */
const BINDING_KEYS: Record<string, string[]> = {
  VariableDeclarator: ['id'],
  FunctionDeclaration: ['id', 'params'],
  FunctionExpression: ['id', 'params'],
  ArrowFunctionExpression: ['params'],
  CatchClause: ['param'],
  ClassDeclaration: ['id'],
  ClassExpression: ['id'],
};

const FUNCTIONS = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration']);

/**
 * The functions an attribute's value gives a component as they are, not called: the value
 * itself, or one in an object or array literal, or in a branch of `?:`, `&&`, `||` or `??`
 * (`go={(url) => window.open(url)}`, `navigator={{ navigate: () => … }}`). React calls such a
 * function only if the component does; an event handler is called in the browser alone, a render
 * prop as the page renders: the check cannot tell which. Each is noted in `into` with the
 * component's name.
 */
function passedFunctions(value: Node | null | undefined, component: string, into: Map<Node, string>): void {
  if (!value) return;
  switch (value.type) {
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
      into.set(value, component);
      return;
    case 'ObjectExpression':
      for (const property of value.properties) if (property.type === 'Property' && !property.computed) passedFunctions(property.value, component, into);
      return;
    case 'ArrayExpression':
      for (const element of value.elements) if (element?.type !== 'SpreadElement') passedFunctions(element, component, into);
      return;
    case 'ConditionalExpression':
      passedFunctions(value.consequent, component, into);
      passedFunctions(value.alternate, component, into);
      return;
    case 'LogicalExpression':
      passedFunctions(value.left, component, into);
      passedFunctions(value.right, component, into);
      return;
    default:
  }
}

/**
 * `onClick`, `onChange`… of an HTML element: React calls such a prop's function on an event in
 * the browser, never while rendering. (A component may call any prop as it renders.)
 */
const isEventHandler = (name: Node) => name.type === 'JSXIdentifier' && /^on[A-Z]/.test(name.name);
const isHtmlElement = (name: Node) => name.type === 'JSXIdentifier' && componentOf(name.name) === undefined && !name.name.includes('.');

/** React's effect hooks: the function given to one runs after the page shows in the browser, never in the build's render. */
const EFFECT_HOOKS = new Set(['useEffect', 'useLayoutEffect', 'useInsertionEffect']);
const isEffectCall = (node: Node) => node.type === 'CallExpression' && (
  (node.callee.type === 'Identifier' && EFFECT_HOOKS.has(node.callee.name))
  || (node.callee.type === 'MemberExpression' && !node.callee.computed && node.callee.property.type === 'Identifier' && EFFECT_HOOKS.has(node.callee.property.name)));

/**
 * `<BrowserOnly>` (@docusaurus/BrowserOnly): the build renders its `fallback`, and calls the
 * function it holds only in the browser. (Its attributes are not functions: they stay eager.)
 */
const isBrowserOnly = (node: Node) => node.type === 'JSXElement' && node.openingElement.name.type === 'JSXIdentifier' && node.openingElement.name.name === BROWSER_ONLY;
export const BROWSER_ONLY = 'BrowserOnly';

/**
 * The top-level declarations of an ESM program, exported or not, each with the names it binds
 * (one per declarator: `const a = …, b = …` are two). A default export declares nothing here:
 * it is the page's layout, which renders.
 */
function topLevelDeclarations(program: Node): Map<Node, string[]> {
  const found = new Map<Node, string[]>();
  for (const statement of program.body ?? []) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (!declaration) continue;
    if (declaration.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) found.set(declarator, patternNames(declarator.id));
    } else if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) {
      found.set(declaration, [declaration.id.name]);
    }
  }
  return found;
}

const isNode = (value: unknown): value is Node => Boolean(value) && typeof value === 'object' && typeof (value as Node).type === 'string';

function jsxComponent(name: Node): string | undefined {
  if (name.type === 'JSXNamespacedName') return undefined;
  if (name.type === 'JSXMemberExpression') {
    let object = name;
    while (object.type === 'JSXMemberExpression') object = object.object;
    return object.name;
  }
  return componentOf(name.name);
}

/** A member element's whole name, as written (`ports.console`). */
function memberName(name: Node): string {
  return name.type === 'JSXMemberExpression' ? `${memberName(name.object)}.${name.property.name}` : name.name;
}

/** Whether an identifier (not in a binding pattern) reads a variable, rather than naming a property or a label. */
function isReference(parent: Node | undefined, key: string | undefined): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
      return key === 'object' || parent.computed;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return key !== 'key' || parent.computed;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ExportSpecifier':
    case 'ExportAllDeclaration':
    case 'MetaProperty':
      return false;
    default:
      return true;
  }
}

/** What an expression renders as it is: one name (`{versions}`), or a chain of reads from one (`{frontMatter.a[0]}`). */
export interface RenderedName {
  bare?: string;
  /**
   * Set when the expression makes an object React refuses to render: data written out that holds
   * one (`{{a: 1}}`, `{[{a: 1}]}`), a regular expression, or `new` of a built-in that makes a plain
   * object (`{new Date()}`), with that built-in's name (the page may bind the name itself).
   */
  object?: { madeBy?: string };
  /** The chain's keys after the name, each a property name or an index written out. */
  path?: Array<string | number>;
  /** Per key, whether it is read with `?.`. */
  optional?: boolean[];
  /** Set when the name, or the chain, is called (`{Port()}`, `{ports.map(…)}`): what it holds must be a function. */
  call?: true;
}

/** What an expression renders as it is, when it is one name and nothing else, or one name and a chain of reads written out. */
export function renderedNameOf(estree: unknown): RenderedName {
  const body = (estree as { body?: Array<{ type: string; expression?: EstreeNode }> } | undefined)?.body;
  const expression = body?.length === 1 && body[0].type === 'ExpressionStatement' ? body[0].expression : undefined;
  if (expression?.type === 'Identifier' && expression.name) return { bare: expression.name };
  const chain = readChainOf(expression);
  if (chain) return chain;
  const called = firstCallOf(expression);
  if (called) return called;
  const object = writtenObjectOf(expression);
  return object ? { object } : {};
}

/** Built-ins whose `new` makes an object React cannot render: not an element, and not iterable (React renders what it can iterate). */
export const PLAIN_OBJECT_CONSTRUCTORS = new Set(['Date', 'RegExp', 'Error', 'TypeError', 'RangeError', 'URL', 'Object']);

function writtenObjectOf(expression: EstreeNode | undefined): RenderedName['object'] {
  if (expression?.type === 'ObjectExpression' || expression?.type === 'ArrayExpression') {
    const data = staticValueOf(expression);
    return data && holdsObject(data.value) ? {} : undefined;
  }
  if (expression?.type === 'Literal' && (expression as { regex?: unknown }).regex) return {};
  const callee = expression?.type === 'NewExpression' ? (expression as { callee?: EstreeNode }).callee : undefined;
  return callee?.type === 'Identifier' && callee.name && PLAIN_OBJECT_CONSTRUCTORS.has(callee.name) ? { madeBy: callee.name } : undefined;
}

/** A RenderedName as the facts keep it (MdxFacts.renderedNames), without its place. */
export const renderedAs = ({ bare, path, optional, call }: RenderedName): { name: string; path?: Array<string | number>; optional?: boolean[]; call?: true } =>
  ({ name: bare!, ...(path ? { path, optional } : {}), ...(call ? { call } : {}) });

interface EstreeNode { type: string; name?: string; value?: unknown; computed?: boolean; optional?: boolean; object?: EstreeNode; property?: EstreeNode; expression?: EstreeNode; callee?: EstreeNode }

/**
 * The call an expression makes first, when what it calls is a name or a chain of reads written
 * out: `{Port()}`, `{ports.map(…)}`, and in `{names.filter(…).join(', ')}` or
 * `{ports.map(…).length}` the call of `names.filter` or `ports.map`, which runs before anything
 * after it. An optional call (`f?.()`) is left out:
 * it calls nothing that is not there.
 */
function firstCallOf(expression: EstreeNode | undefined): RenderedName | undefined {
  let call = expression?.type === 'ChainExpression' ? expression.expression : expression;
  // `{ports.map(…).length}`: reads after a call come after it.
  while (call?.type === 'MemberExpression') call = call.object;
  for (;;) {
    if (call?.type !== 'CallExpression' || call.optional) return undefined;
    let object = call.callee;
    while (object?.type === 'MemberExpression') object = object.object;
    if (object?.type !== 'CallExpression') break;
    call = object; // called first: its value is what the rest reads
  }
  const callee = call.callee;
  if (callee?.type === 'Identifier' && callee.name) return { bare: callee.name, call: true };
  const chain = readChainOf(callee);
  return chain ? { ...chain, call: true } : undefined;
}

/** `a.b[0]?.c`: the name and its keys, when every key is a name or a string or number written out. */
function readChainOf(node: EstreeNode | undefined): RenderedName | undefined {
  let current = node?.type === 'ChainExpression' ? node.expression : node;
  const path: Array<string | number> = [];
  const optional: boolean[] = [];
  while (current?.type === 'MemberExpression') {
    const { property } = current;
    const key = !current.computed && property?.type === 'Identifier' ? property.name
      : current.computed && property?.type === 'Literal' && (typeof property.value === 'string' || typeof property.value === 'number') ? property.value : undefined;
    if (key === undefined) return undefined;
    path.unshift(key);
    optional.unshift(current.optional === true);
    current = current.object;
  }
  return current?.type === 'Identifier' && current.name && path.length > 0 ? { bare: current.name, path, optional } : undefined;
}
