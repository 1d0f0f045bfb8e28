/**
 * The function a module exports under a name, as components are written: `export default
 * function X(…)`, `export default (…) => …`, `export function X(…)`, or a name exported
 * (`export default X`, `export { X as default }`, `export const X = (…) => …`) that the module
 * declares at its top level as a function. Anything else (a class, a call such as
 * `memo(X)`, a re-export) has no function here.
 */
import type { EstreeNode } from './estree-walk.ts';

export const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** The function `program` exports as `name` (`default` for its default export); undefined when that is no function declared here. */
export function exportedFunction(program: EstreeNode, name: string): EstreeNode | undefined {
  let exported: EstreeNode | undefined;
  for (const statement of program.body as EstreeNode[]) {
    if (statement.type === 'ExportDefaultDeclaration' && name === 'default') exported = statement.declaration;
    if (statement.type !== 'ExportNamedDeclaration' || statement.source) continue;
    const declaration = statement.declaration;
    if (declaration?.type === 'FunctionDeclaration' && declaration.id?.name === name) exported = declaration;
    for (const declarator of declaration?.type === 'VariableDeclaration' ? declaration.declarations as EstreeNode[] : []) {
      if (declarator.id.type === 'Identifier' && declarator.id.name === name) exported = declarator.init ?? undefined;
    }
    const specifier = (statement.specifiers as EstreeNode[]).find((found) => found.exported?.name === name);
    if (specifier) exported = specifier.local;
  }
  if (!exported) return undefined;
  if (FUNCTION_TYPES.has(exported.type)) return exported;
  return exported.type === 'Identifier' ? topLevelFunctionNamed(program, exported.name) : undefined;
}

/** `function Name(…) {…}` or `const Name = (…) => …` at the top level of the module (exported or not). */
function topLevelFunctionNamed(program: EstreeNode, name: string): EstreeNode | undefined {
  for (const statement of program.body as EstreeNode[]) {
    const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (!declaration) continue;
    if (declaration.type === 'FunctionDeclaration' && declaration.id?.name === name) return declaration;
    if (declaration.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations as EstreeNode[]) {
      if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init && FUNCTION_TYPES.has(declarator.init.type)) return declarator.init;
    }
  }
  return undefined;
}
