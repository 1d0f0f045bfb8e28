/**
 * The module of the site's that declares what an import takes, through barrels: `import { Export }
 * from '@site/src/components/api'`, whose index holds `export { default as Export } from
 * '../Export'`. What a component collects as anchors is read from the module that declares it
 * (collected-anchors.ts, anchorsByCodeOf); a barrel collects nothing of its own. The chain is
 * followed by extract/module-exports.ts, as the code links' are.
 */
import type { EstreeNode } from '../extract/estree-walk.ts';
import { exportOrigin, moduleExportsOf, type ModuleExports } from '../extract/module-exports.ts';
import type { SiteModuleOf } from './react-page-anchors.ts';

/**
 * The module (absolute) and export that `name`, exported by `file`, comes from: `file` itself
 * when it declares the name, or when the chain cannot be followed (a package, a module that does
 * not parse, `export *` from more than one module that may hold it).
 */
export function declaringModule(file: string, name: string, programOf: (file: string) => { program: EstreeNode } | undefined, siteModuleOf: SiteModuleOf): { file: string; name: string } {
  const { file: declaring, name: declared } = exportOrigin(file, name, (module) => exportsOfProgram(programOf(module)?.program), siteModuleOf);
  return { file: declaring, name: declared };
}

/** Each program's exports, read once (programOf keeps one program per file). */
const exportsByProgram = new WeakMap<EstreeNode, ModuleExports>();
function exportsOfProgram(program: EstreeNode | undefined): ModuleExports | undefined {
  if (!program) return undefined;
  let exports = exportsByProgram.get(program);
  if (!exports) {
    exports = moduleExportsOf(program);
    exportsByProgram.set(program, exports);
  }
  return exports;
}
