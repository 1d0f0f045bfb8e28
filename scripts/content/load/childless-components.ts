/**
 * Which components of the site's never render their children (extract/ignores-children.ts), as
 * the files that hold elements of them name them: what such an element holds reaches no page
 * (load/childless-spans.ts).
 */
import type { MdxFacts } from '../model/site.ts';
import type { SiteModuleOf } from './react-page-anchors.ts';
import type { ModuleProgram } from './parse-module.ts';
import { ignoresChildren } from '../extract/ignores-children.ts';
import { declaringModule } from './reexports.ts';

/** Whether the component a file names `local` is one of the site's that never renders its children. */
export type ChildrenVerdict = (file: string, mdx: MdxFacts | undefined, local: string) => boolean;

/**
 * The verdicts, read from the module that declares each component, each once. `siteScriptOf`:
 * the site's own script module an import of a file names (site-relative importer), if any: a
 * component of a package, as one the file does not import, is taken to render its children.
 */
export function childrenVerdicts(siteScriptOf: (file: string, source: string) => string | undefined, siteModuleOf: SiteModuleOf, programOf: (file: string) => ModuleProgram | undefined): ChildrenVerdict {
  const verdicts = new Map<string, boolean>();
  return (file, mdx, local) => {
    const imported = mdx?.imports.find(({ names }) => names?.some((name) => name.local === local));
    const name = imported?.names?.find((found) => found.local === local)?.imported;
    if (!imported || name === undefined || name === '*') return false;
    const moduleFile = siteScriptOf(file, imported.source);
    if (moduleFile === undefined) return false;
    const declared = declaringModule(moduleFile, name, programOf, siteModuleOf);
    const key = `${declared.file}\0${declared.name}`;
    if (!verdicts.has(key)) {
      const module = programOf(declared.file);
      verdicts.set(key, module !== undefined && ignoresChildren(module.program, declared.name));
    }
    return verdicts.get(key)!;
  };
}
