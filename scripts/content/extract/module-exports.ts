/**
 * What a module exports and where each export comes from, read from its program once, and the
 * one walk that follows an export through the site's barrels to where it is declared: used to
 * find the component whose anchors a page collects (load/collected-anchors.ts) and whether a
 * component is `@docusaurus/Link` passed on (load/code-links.ts).
 */
import type { EstreeNode } from './estree-walk.ts';

export interface ModuleExports {
  /**
   * Per exported name (`default` among them), the name in the module it exports, and whether
   * rendering the export renders it for certain (not through `memo(X)`, say); with `source`, a
   * re-export (`export { default } from './Hero'`): `name` is that module's export.
   */
  exported: Map<string, { name: string; certain: boolean; source?: string }>;
  /** Modules whose exports this one exports too (`export * from './parts'`). */
  exportsAllFrom: string[];
  /** Per name the module gives another's (`const Hero = Safe`, `const Page = memo(Home)`), that name, and whether rendering one renders the other for certain. */
  aliases: Map<string, { name: string; certain: boolean }>;
  /** Per imported name, where from and which of that module's exports. */
  imports: Map<string, { source: string; imported: string }>;
}

/** The name an unnamed default export (`export default () => …`) is known by. */
export const MODULE_DEFAULT = '*default*';

/** The imports of a program: per local name, its module and the export it names. */
export function importsOf(program: EstreeNode): ModuleExports['imports'] {
  const imports: ModuleExports['imports'] = new Map();
  for (const statement of program.body as EstreeNode[]) {
    if (statement.type !== 'ImportDeclaration' || typeof statement.source?.value !== 'string') continue;
    for (const specifier of statement.specifiers as EstreeNode[]) {
      const imported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : specifier.type === 'ImportNamespaceSpecifier' ? '*' : (specifier.imported.name ?? specifier.imported.value);
      imports.set(specifier.local.name, { source: statement.source.value, imported });
    }
  }
  return imports;
}

/** What a module's top level exports, aliases and imports. */
export function moduleExportsOf(program: EstreeNode): ModuleExports {
  const exported: ModuleExports['exported'] = new Map();
  const exportsAllFrom: string[] = [];
  const aliases: ModuleExports['aliases'] = new Map();
  const declare = (declaration: EstreeNode, exportAs?: (name: string) => void) => {
    if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) {
      exportAs?.(declaration.id.name);
    } else if (declaration.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations as EstreeNode[]) {
        if (declarator.id?.type !== 'Identifier' || !declarator.init) continue;
        exportAs?.(declarator.id.name);
        // `const Hero = Safe`; `const Page = memo(Home)` (esbuild writes `export default memo(Home)` so).
        const init = declarator.init as EstreeNode;
        if (init.type === 'Identifier') aliases.set(declarator.id.name, { name: init.name, certain: true });
        else if (init.type === 'CallExpression' && init.arguments[0]?.type === 'Identifier') aliases.set(declarator.id.name, { name: init.arguments[0].name, certain: false });
      }
    }
  };
  for (const statement of program.body as EstreeNode[]) {
    if (statement.type === 'ExportNamedDeclaration') {
      if (statement.declaration) declare(statement.declaration, (name) => exported.set(name, { name, certain: true }));
      const source = typeof statement.source?.value === 'string' ? statement.source.value : undefined;
      for (const specifier of statement.specifiers as EstreeNode[]) {
        const local = specifier.local.name ?? specifier.local.value;
        exported.set(specifier.exported.name ?? specifier.exported.value, { name: local, certain: true, ...(source !== undefined ? { source } : {}) });
      }
    } else if (statement.type === 'ExportAllDeclaration') {
      if (!statement.exported && typeof statement.source?.value === 'string') exportsAllFrom.push(statement.source.value);
    } else if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration as EstreeNode;
      if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) {
        exported.set('default', { name: declaration.id.name, certain: true });
      } else if (declaration.type === 'Identifier') {
        exported.set('default', { name: declaration.name, certain: true });
      } else if (declaration.type === 'CallExpression' && declaration.arguments[0]?.type === 'Identifier') {
        // `memo(Home)`, `withRouter(Home)`: Home renders, through code the check does not read.
        exported.set('default', { name: declaration.arguments[0].name, certain: false });
      } else {
        exported.set('default', { name: MODULE_DEFAULT, certain: true });
      }
    } else {
      declare(statement);
    }
  }
  return { exported, exportsAllFrom, aliases, imports: importsOf(program) };
}

/** The end of an export's chain through the site's modules (exportOrigin). */
export interface ExportOrigin {
  /** The last of the site's modules on the chain, absolute, and its export's name there. */
  file: string;
  name: string;
  /** Whether every step passed the same thing on for certain. */
  certain: boolean;
  /** Set when that module takes it from a package or the theme: the import's source as written, and the export it names. */
  leaves?: { source: string; name: string };
}

/** How deep a chain of barrels is followed before the check gives up on it. */
const MOST_HOPS = 8;

/**
 * Where export `name` of `file` comes from: the module of the site's that declares it (`file`
 * itself when it does, or when the chain cannot be followed further: a module that does not
 * parse, `export *` from more than one module, a loop), and the package the chain leaves the
 * site's modules for, if it does (`leaves`). It follows
 * `export { default as X } from`, an import exported again (through `const X = Y` too), and one
 * `export *`. `certain`: every step passes the same component on for certain (no `memo(X)`).
 */
export function exportOrigin(
  file: string,
  name: string,
  exportsOf: (file: string) => ModuleExports | undefined,
  siteModuleOf: (importer: string, source: string) => string | undefined,
): ExportOrigin {
  let at = { file, name };
  let certain = true;
  for (let hop = 0; hop < MOST_HOPS; hop++) {
    const module = exportsOf(at.file);
    if (!module) break;
    const entry = module.exported.get(at.name);
    let next: { source: string; name: string } | undefined;
    if (entry) {
      certain &&= entry.certain;
      if (entry.source !== undefined) {
        next = { source: entry.source, name: entry.name };
      } else {
        let local = entry.name;
        for (let step = 0; step < MOST_HOPS && module.aliases.get(local)?.certain; step++) local = module.aliases.get(local)!.name;
        const imported = module.imports.get(local);
        if (imported && imported.imported !== '*') next = { source: imported.source, name: imported.imported };
      }
    } else if (at.name !== 'default' && module.exportsAllFrom.length === 1) {
      // `export * from './a'` passes on all of a's names but default: followed when only one module could hold it.
      next = { source: module.exportsAllFrom[0], name: at.name };
    }
    if (!next) break;
    const nextFile = siteModuleOf(at.file, next.source);
    if (nextFile === undefined) return { ...at, certain, leaves: next };
    at = { file: nextFile, name: next.name };
  }
  return { ...at, certain };
}
