/**
 * The module of the site's that declares what an import takes, through barrels: `import { Export }
 * from '@site/src/components/api'`, whose index holds `export { default as Export } from
 * '../Export'`. What a component collects as anchors is read from the module that declares it
 * (mdx-environment.ts, anchorsByCodeOf); a barrel collects nothing of its own.
 */
import type { EstreeNode } from '../extract/estree-walk.ts';
import type { SiteModuleOf } from './react-page-anchors.ts';

/** How deep a chain of barrels is followed before the check gives up on it. */
const MOST_HOPS = 8;

/**
 * The module (absolute) and export that `name`, exported by `file`, comes from: `file` itself
 * when it declares the name, or when the chain cannot be followed (a package, a module that does
 * not parse, `export *` from more than one module that may hold it).
 */
export function declaringModule(file: string, name: string, programOf: (file: string) => { program: EstreeNode } | undefined, siteModuleOf: SiteModuleOf): { file: string; name: string } {
  let current = { file, name };
  for (let hop = 0; hop < MOST_HOPS; hop++) {
    const next = reexportOf(current.file, current.name, programOf, siteModuleOf);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

/** Where `file` takes `name` from when it passes it on from another module of the site's; undefined when it declares it (or the check cannot tell). */
function reexportOf(file: string, name: string, programOf: (file: string) => { program: EstreeNode } | undefined, siteModuleOf: SiteModuleOf): { file: string; name: string } | undefined {
  const program = programOf(file)?.program;
  if (!program) return undefined;
  const starSources: string[] = [];
  for (const statement of program.body as EstreeNode[]) {
    if (statement.type === 'ExportNamedDeclaration' && statement.source) {
      const specifier = (statement.specifiers as EstreeNode[]).find((entry) => exportedName(entry) === name);
      if (!specifier) continue;
      const source = siteModuleOf(file, statement.source.value);
      return source === undefined ? undefined : { file: source, name: localName(specifier) };
    }
    // `import Export from '../Export'; export { Export };`: passed on from that import.
    if (statement.type === 'ExportNamedDeclaration' && !statement.source) {
      const specifier = (statement.specifiers as EstreeNode[]).find((entry) => exportedName(entry) === name);
      const imported = specifier && importOf(program, localName(specifier));
      if (imported) {
        const source = siteModuleOf(file, imported.source);
        return source === undefined ? undefined : { file: source, name: imported.name };
      }
      // The name declared here by the module itself: it is the declaring one.
      if (specifier || declaresExport(statement, name)) return undefined;
    }
    if (statement.type === 'ExportDefaultDeclaration' && name === 'default') return undefined;
    if (statement.type === 'ExportAllDeclaration' && !statement.exported) starSources.push(statement.source.value);
  }
  // `export * from './a'` passes on all of a's names but default: followed when only one module could hold it.
  if (name === 'default' || starSources.length !== 1) return undefined;
  const source = siteModuleOf(file, starSources[0]);
  return source === undefined ? undefined : { file: source, name };
}

/** The import that binds `local`, if one does: its source and the name it takes (`default`, or a named one). */
function importOf(program: EstreeNode, local: string): { source: string; name: string } | undefined {
  for (const statement of program.body as EstreeNode[]) {
    if (statement.type !== 'ImportDeclaration') continue;
    const specifier = (statement.specifiers as EstreeNode[]).find((entry) => entry.local.name === local);
    if (!specifier || specifier.type === 'ImportNamespaceSpecifier') continue;
    return { source: statement.source.value, name: specifier.type === 'ImportDefaultSpecifier' ? 'default' : specifier.imported.name ?? specifier.imported.value };
  }
  return undefined;
}

const exportedName = (specifier: EstreeNode): string | undefined => specifier.exported?.name ?? specifier.exported?.value;
const localName = (specifier: EstreeNode): string => specifier.local?.name ?? specifier.local?.value;

function declaresExport(statement: EstreeNode, name: string): boolean {
  const declaration = statement.declaration;
  if (!declaration) return false;
  if (declaration.id?.name === name) return true;
  return (declaration.declarations as EstreeNode[] | undefined)?.some((entry) => entry.id?.type === 'Identifier' && entry.id.name === name) ?? false;
}
