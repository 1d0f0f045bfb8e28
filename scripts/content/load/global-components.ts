/**
 * The components a site adds to every MDX page through its own `src/theme/MDXComponents`
 * (`export default { ...MDXComponents, Export, Sec }`): a page writes `<Export anchor="A" />`
 * with no import, and the build renders the site's component. What such a component collects
 * as anchors counts for the page as if the page imported it (collected-anchors.ts,
 * anchorsByCodeOf); this says where each name comes from.
 */
import type { EstreeNode } from '../extract/estree-walk.ts';
import type { SiteModuleOf } from './react-page-anchors.ts';

/**
 * Where an added name's component comes from: a module of the site's (absolute) and the export
 * it takes, `none` for a package's component that collects no anchor, `unknown` for what the
 * check cannot read.
 */
export type GlobalComponentSource = { file: string; name: string } | 'none' | 'unknown';

export interface GlobalComponents {
  byName: ReadonlyMap<string, GlobalComponentSource>;
  /** The map has entries the reader cannot name (a spread of something else, a computed key): any other name may be one. */
  othersUnknown: boolean;
}

/** The theme's modules whose components collect an id given to them (a Heading's, a Details'). */
const COLLECTING_PACKAGE = /^@theme(?:-original|-init)?\/(?:Heading|Details)(?:\/|$)|^@docusaurus\/theme-common(?:\/|$)/;
/** The theme's own map, spread into the site's: its components are the theme's, read elsewhere. */
const THEME_MAP = /^@theme-(?:original|init)\/MDXComponents$/;

/** The names `program` (the site's MDXComponents module, `file`) adds, with their sources. */
export function globalComponentsOf(file: string, program: EstreeNode, siteModuleOf: SiteModuleOf): GlobalComponents {
  const importedFrom = new Map<string, { source: string; name: string }>(); // local name → source, and the export it takes
  for (const statement of program.body as EstreeNode[]) {
    if (statement.type === 'ImportDeclaration') for (const specifier of statement.specifiers as EstreeNode[]) importedFrom.set(specifier.local.name, { source: statement.source.value, name: importedName(specifier) });
  }
  const map = exportedObjectOf(program);
  if (map === undefined) return { byName: new Map(), othersUnknown: true };
  const byName = new Map<string, GlobalComponentSource>();
  let othersUnknown = false;
  for (const property of map.properties as EstreeNode[]) {
    if (property.type === 'SpreadElement') {
      const source = property.argument.type === 'Identifier' ? importedFrom.get(property.argument.name)?.source : undefined;
      if (source === undefined || !THEME_MAP.test(source)) othersUnknown = true;
      continue;
    }
    const name = property.computed ? undefined : property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
    if (name === undefined) {
      othersUnknown = true;
      continue;
    }
    const imported = property.value.type === 'Identifier' ? importedFrom.get(property.value.name) : undefined;
    byName.set(name, imported === undefined ? 'unknown' : sourceOf(file, imported, siteModuleOf));
  }
  return { byName, othersUnknown };
}

function sourceOf(file: string, { source, name }: { source: string; name: string }, siteModuleOf: SiteModuleOf): GlobalComponentSource {
  const own = siteModuleOf(file, source);
  if (own !== undefined) return /\.mdx?$/.test(own) || name === '*' ? 'unknown' : { file: own, name };
  return COLLECTING_PACKAGE.test(source) ? 'unknown' : 'none';
}

/** What an import specifier takes: `default`, a named export, or `*` for a namespace. */
function importedName(specifier: EstreeNode): string {
  if (specifier.type === 'ImportDefaultSpecifier') return 'default';
  if (specifier.type === 'ImportNamespaceSpecifier') return '*';
  return specifier.imported.name ?? specifier.imported.value;
}

/**
 * The object a module exports as its default, through `const map = {…}; export default map` and
 * `export { map as default }` (esbuild writes `var stdin_default = …`); undefined for anything else.
 */
export function exportedObjectOf(program: EstreeNode): EstreeNode | undefined {
  const declarations = new Map<string, EstreeNode | null>();
  for (const statement of program.body as EstreeNode[]) {
    if (statement.type === 'VariableDeclaration') for (const declaration of statement.declarations as EstreeNode[]) if (declaration.id.type === 'Identifier') declarations.set(declaration.id.name, declaration.init);
  }
  let value: EstreeNode | null | undefined = (program.body as EstreeNode[]).find((statement) => statement.type === 'ExportDefaultDeclaration')?.declaration;
  for (const statement of value === undefined ? (program.body as EstreeNode[]) : []) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.source) continue;
    const specifier = (statement.specifiers as EstreeNode[]).find((entry) => (entry.exported.name ?? entry.exported.value) === 'default');
    if (specifier) value = { type: 'Identifier', name: specifier.local.name };
  }
  for (let hops = 0; value?.type === 'Identifier' && hops < 10; hops++) value = declarations.get(value.name);
  return value?.type === 'ObjectExpression' ? value : undefined;
}
