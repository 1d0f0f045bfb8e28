/**
 * React pages of src/pages without a default export. Every script file there is a page (but
 * those starting with `_`, tests and type declarations), and Docusaurus renders its route with
 * the module's `default`: an ES module that exports none (a helper, `export const helper = …`)
 * stops the static render ("The page component at /helpers doesn't have a default export").
 * A CommonJS module's `default` is its `module.exports`, and is left alone, as is a file that
 * does not parse (its import checks say what they can). diff68 built it.
 */
import path from 'node:path';
import type { ModuleProgram } from './parse-module.ts';

const MODULE_STATEMENT = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ExportDefaultDeclaration']);

/** Each page (site-relative) that is an ES module without a default export. */
export function reactPagesWithoutDefault(siteDir: string, reactPages: readonly string[], programOf: (file: string) => ModuleProgram | undefined): string[] {
  return reactPages.flatMap((file) => {
    const body: Array<{ type: string; specifiers?: Array<{ exported?: { name?: string; value?: string } }> }> | undefined = programOf(path.join(siteDir, file))?.program.body;
    if (!body) return [];
    if (!body.some(({ type }) => MODULE_STATEMENT.has(type))) return []; // CommonJS, or no module at all
    const exportsDefault = body.some(({ type, specifiers }) => type === 'ExportDefaultDeclaration' || (type === 'ExportNamedDeclaration' && specifiers?.some(({ exported }) => (exported?.name ?? exported?.value) === 'default')));
    return exportsDefault ? [] : [file];
  });
}
