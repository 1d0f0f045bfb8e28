/**
 * Hooks an MDX page's ESM calls as the module loads (`export const logo = useBaseUrl('/img/x.png')`):
 * outside any component, where React has no component to give them, so the page's module throws
 * when Docusaurus renders it. A hook is a function whose name is `use` and a capital (React's
 * own rule); one called inside a function, or in the page's `{…}` and JSX, runs as a component
 * renders, and is fine.
 */
import type { MdxFreeName, Position } from '../model/site.ts';
import { walkEstree, type EstreeNode as Node } from './estree-walk.ts';

const HOOK_NAME = /^use[A-Z0-9]/;
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassDeclaration', 'ClassExpression']);

/** Each hook an ESM program calls outside every function, where it is called. */
export function topLevelHookCalls(program: { body: Node[] }): Array<Position & Pick<MdxFreeName, 'name'>> {
  const calls: Array<Position & Pick<MdxFreeName, 'name'>> = [];
  const visit = (node: Node): boolean => {
    if (FUNCTIONS.has(node.type)) return false; // runs when called: a component may call it
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && HOOK_NAME.test(node.callee.name)) {
      const start = node.loc?.start ?? { line: 1, column: 0 };
      calls.push({ name: node.callee.name, line: start.line, column: start.column + 1 });
    }
    return true;
  };
  for (const statement of program.body) if (statement.type !== 'ImportDeclaration') walkEstree(statement, visit);
  return calls;
}
