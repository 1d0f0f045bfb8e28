/**
 * The function a module exports under a name, as components are written: `export default
 * function X(…)`, `export default (…) => …`, `export function X(…)`, or a name exported
 * (`export default X`, `export { X as default }`, `export const X = (…) => …`) that the module
 * declares at its top level as a function. Which local name an export is comes from
 * moduleExportsOf; anything it does not render for certain (`memo(X)`), a re-export, or a class
 * has no function here.
 */
import type { EstreeNode } from './estree-walk.ts';
import { MODULE_DEFAULT, moduleExportsOf } from './module-exports.ts';

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** The function `program` exports as `name` (`default` for its default export); undefined when that is no function declared here. */
export function exportedFunction(program: EstreeNode, name: string): EstreeNode | undefined {
  const exported = moduleExportsOf(program).exported.get(name);
  if (!exported || !exported.certain || exported.source !== undefined) return undefined;
  if (exported.name !== MODULE_DEFAULT) return topLevelFunctionNamed(program, exported.name);
  const written = (program.body as EstreeNode[]).find((statement) => statement.type === 'ExportDefaultDeclaration')?.declaration;
  return written && FUNCTION_TYPES.has(written.type) ? written : undefined;
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
