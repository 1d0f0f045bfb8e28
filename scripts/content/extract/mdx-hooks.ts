/**
 * Hooks an MDX page's ESM calls as the module loads (`export const logo = useBaseUrl('/img/x.png')`):
 * outside any component, where React has no component to give them, so the page's module throws
 * when Docusaurus renders it. A hook is a function whose name is `use` and a capital (React's
 * own rule); one called inside a function, or in the page's `{…}` and JSX, runs as a component
 * renders, and is fine.
 */
import type { MdxFreeName, Position } from '../model/site.ts';

type Node = { type: string; loc?: { start: { line: number; column: number } }; [key: string]: any };

const HOOK_NAME = /^use[A-Z0-9]/;
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassDeclaration', 'ClassExpression']);

/** Each hook an ESM program calls outside every function, where it is called. */
export function topLevelHookCalls(program: { body: Node[] }): Array<Position & Pick<MdxFreeName, 'name'>> {
  const calls: Array<Position & Pick<MdxFreeName, 'name'>> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const current = node as Node;
    if (FUNCTIONS.has(current.type)) return; // runs when called: a component may call it
    if (current.type === 'CallExpression' && current.callee.type === 'Identifier' && HOOK_NAME.test(current.callee.name)) {
      const start = current.loc?.start ?? { line: 1, column: 0 };
      calls.push({ name: current.callee.name, line: start.line, column: start.column + 1 });
    }
    for (const [key, value] of Object.entries(current)) if (key !== 'loc' && key !== 'range') visit(value);
  };
  for (const statement of program.body) if (statement.type !== 'ImportDeclaration') visit(statement);
  return calls;
}
