/**
 * Modules a page's JavaScript loads with `require('…')` (an image in JSX:
 * `<img src={require('./diagram.png').default} />`) or `import('…')`. Webpack resolves each when
 * it bundles the page, and a missing one stops the build as a missing import does; only a
 * literal path can be known before the page runs.
 */
import type { ModuleImport } from '../model/site.ts';
import { walkEstree, type EstreeNode as Node } from './estree-walk.ts';

/** Each `require('literal')` and `import('literal')` in an estree program or expression, where it is. */
export function requiredModulesOf(estree: Node): ModuleImport[] {
  const found: ModuleImport[] = [];
  walkEstree(estree, (node) => {
    const required = node.type === 'CallExpression' && node.callee?.type === 'Identifier' && node.callee.name === 'require';
    if (!required && node.type !== 'ImportExpression') return;
    const source = literalText(required ? node.arguments?.[0] : node.source);
    const start = node.loc?.start ?? { line: 1, column: 0 };
    if (source !== undefined) found.push({ source, line: start.line, column: start.column + 1, kind: required ? 'require' : 'dynamic-import' });
  });
  return found;
}

/** A string literal's text, or a template literal's when it holds no `${…}`. */
function literalText(node: Node | undefined): string | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value?.cooked;
  return undefined;
}
