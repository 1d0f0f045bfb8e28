/**
 * The components `@theme/MDXComponents` gives every MDX page: the keys of the object the site's
 * swizzled copy exports, or the classic theme's.
 */
import path from 'node:path';
import type { MdxComponentsList } from '../model/site.ts';
import { parseModule } from './parse-module.ts';
import { exportedObjectOf } from './global-components.ts';
import { docusaurusPackages, type DocusaurusPackages } from './docusaurus-packages.ts';
import { siteRelative, statOrUndefined, type Probe } from './file-probe.ts';
import { firstFile, siteModuleFile, SCRIPT_EXTENSIONS } from './module-resolver.ts';
import { exportedNames } from './imported-names.ts';

/** The keys of the object `@theme/MDXComponents` exports: the site's swizzled file, or the classic theme's. */
export function readMdxComponents(siteDir: string, probe: Probe, packages: DocusaurusPackages): MdxComponentsList {
  const swizzled = firstFile(path.join(siteDir, 'src', 'theme'), ['MDXComponents', 'MDXComponents/index'], probe);
  const theme = themeMdxComponentsFile(packages);
  if (swizzled) {
    const keys = objectKeysOf(swizzled, theme, (source) => siteModuleFile(siteDir, swizzled, source, probe));
    return { ...keys, source: siteRelative(siteDir, swizzled) };
  }
  if (!theme) return { names: [], source: '(no @theme/MDXComponents found)', complete: false };
  return { ...objectKeysOf(theme, undefined), source: theme.slice(theme.lastIndexOf('node_modules')) };
}

/** The names `@theme/MDXComponents` provides, for a step that needs them before the rest (load/site-transforms.ts). */
export function mdxComponentNames(siteDir: string): ReadonlySet<string> {
  return new Set(readMdxComponents(siteDir, statOrUndefined, docusaurusPackages(siteDir)).names);
}

function themeMdxComponentsFile(packages: DocusaurusPackages): string | undefined {
  const classic = packages.themeDirs.find((dir) => path.basename(dir) === 'theme-classic');
  return classic && firstFile(path.join(classic, 'lib', 'theme'), ['MDXComponents', 'MDXComponents/index'], statOrUndefined); // an installed package: the lock file's
}

/**
 * Keys of the default export's object literal. A spread of the original map
 * (`...MDXComponents` imported from `@theme-original/MDXComponents` or `@theme-init/…`) adds
 * the theme's keys; a spread of a namespace import of the site's own module (`import * as icons
 * from '../icons'`, `...icons`) adds that module's exports (`siteModule` finds its file);
 * anything else the reader cannot name makes the list incomplete.
 */
function objectKeysOf(file: string, originalFile: string | undefined, siteModule: (source: string) => string | undefined = () => undefined): { names: string[]; complete: boolean } {
  let program: any;
  try {
    program = parseModule(file);
  } catch {
    return { names: [], complete: false };
  }
  const originals = new Set<string>();
  const namespaces = new Map<string, string>(); // local name → source
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration' && /^@theme-(original|init)\/MDXComponents$/.test(statement.source.value)) {
      statement.specifiers.forEach((specifier: any) => originals.add(specifier.local.name));
    } else if (statement.type === 'ImportDeclaration') {
      for (const specifier of statement.specifiers) if (specifier.type === 'ImportNamespaceSpecifier') namespaces.set(specifier.local.name, statement.source.value);
    }
  }
  // Through `const a = b` chains: esbuild writes `var stdin_default = MDXComponents`.
  const object = exportedObjectOf(program);
  if (object === undefined) return { names: [], complete: false };
  const names: string[] = [];
  let complete = true;
  for (const property of object.properties) {
    if (property.type === 'SpreadElement') {
      if (property.argument.type === 'Identifier' && originals.has(property.argument.name) && originalFile) {
        const original = objectKeysOf(originalFile, undefined);
        names.push(...original.names);
        complete &&= original.complete;
      } else if (property.argument.type === 'Identifier' && namespaces.has(property.argument.name)) {
        const moduleFile = siteModule(namespaces.get(property.argument.name)!);
        const exported = moduleFile === undefined || !SCRIPT_EXTENSIONS.includes(path.extname(moduleFile)) ? undefined : exportedNames(moduleFile);
        if (exported) names.push(...exported);
        else complete = false;
      } else complete = false;
    } else if (!property.computed && property.key.type === 'Identifier') names.push(property.key.name);
    else if (!property.computed && property.key.type === 'Literal') names.push(String(property.key.value));
    else complete = false;
  }
  return { names: [...new Set(names)].sort(), complete };
}
