/**
 * Partials: Markdown files a page renders through MDX, `import Setup from '../_setup.md'` and
 * then `<Setup />`. Their headings become anchors of the page, and their links are part of it.
 * Only imports of `.md`/`.mdx` files count, outside fenced code, and only when the page uses the
 * imported name as a tag (an unused import renders nothing).
 */
import { parseExpressionAt } from 'acorn';
import { staticValueOf } from './static-value.ts';
import { walkEstree } from './estree-walk.ts';
import type { ImportedName, MdxExport, ModuleImport, PartialImport, StaticValue } from '../model/site.ts';

// An MDX ESM block starts with `import` or `export` at the beginning of a line and runs to the
// next blank line; in it, a default import of a Markdown file, as a statement of its own (at
// the block's start or after a `;`), which may go on over lines (`import\nSetup from …`).
const ESM_START = /^(?:import|export)\b/;
const IMPORT = /(?:^|;)\s*(import\s+([A-Za-z_$][\w$]*)\s+from\s+(["'])([^"'\n]+\.mdx?)\3)/gm;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function partialImports(markdown: string): PartialImport[] {
  if (!markdown.includes('import')) return [];
  const imports: Array<PartialImport & { name: string }> = [];
  let fence: string | undefined;
  let block: { start: number; lines: string[] } | undefined;
  const endBlock = () => {
    if (block) imports.push(...importsInBlock(block.lines.join('\n'), block.start));
    block = undefined;
  };
  markdown.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const marker = FENCE.exec(line)?.[1];
    if (block) {
      // A fence ends the block here as well: the page does not compile then, and its fence is read as one.
      if (line.trim() !== '' && !marker) {
        block.lines.push(line);
        return;
      }
      endBlock();
    }
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && /^ {0,3}(`+|~+)[ \t]*$/.test(line)) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    if (ESM_START.test(line)) block = { start: index + 1, lines: [line] };
  });
  endBlock();
  return imports
    .filter(({ name }) => new RegExp(`<${name.replace(/\$/g, '\\$')}(?=[\\s/>])`).test(markdown))
    .map(({ source, line, column }) => ({ source, line, column }));
}

/** The default imports of Markdown files in an ESM block whose first line is the page's line `start`. */
function importsInBlock(text: string, start: number): Array<PartialImport & { name: string }> {
  if (!text.includes('.md')) return [];
  return [...text.matchAll(IMPORT)].map((match) => {
    const at = match.index! + match[0].length - match[1].length;
    const before = text.slice(0, at);
    const line = start + (before.match(/\n/g)?.length ?? 0);
    return { name: match[2], source: stringValue(match[4], match[3]), line, column: at - before.lastIndexOf('\n') };
  });
}

/**
 * The value of a string literal's text, as JavaScript reads it: `'./\_setup.md'` is
 * `./_setup.md` (an escaped character that means nothing special is itself), as Markdown
 * converters write underscores. Read by acorn, only where there is an escape to read.
 */
function stringValue(text: string, quote: string): string {
  if (!text.includes('\\')) return text;
  try {
    const literal = parseExpressionAt(`${quote}${text}${quote}`, 0, { ecmaVersion: 'latest' });
    return literal.type === 'Literal' && typeof literal.value === 'string' ? literal.value : text;
  } catch {
    return text; // no string JavaScript reads: the import stops the build, where it names no file
  }
}

/**
 * What one MDX ESM block (its estree, from the MDX parser) imports and binds: every import and
 * re-export source, and the names imports and exported declarations define for the page.
 */
export function esmBindings(program: { body: any[] }): { imports: ModuleImport[]; bound: string[]; exported: MdxExport[] } {
  const imports: ModuleImport[] = [];
  const bound: string[] = [];
  const exported: MdxExport[] = [];
  const at = (node: any) => ({ line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 });
  const collects = program.body.some((statement) => statement.type !== 'ImportDeclaration' && mayCollectAnchors(statement));
  for (const statement of program.body) {
    if (statement.source) {
      const names = statement.type === 'ImportDeclaration' ? statement.specifiers.map(specifierNames) : [];
      imports.push({ source: String(statement.source.value), ...at(statement), ...(names.length > 0 ? { names } : {}) });
    }
    bound.push(...importedNamesOf(statement));
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration) bound.push(...declaredNames(statement.declaration));
    const objects = objectExportsOf(statement);
    const values = constantExportsOf(statement);
    const aliases = aliasExportsOf(statement);
    const names = exportedNamesOf(statement);
    const reads = names.length > 0 && !statement.source ? capitalizedNamesIn(statement.declaration ?? statement) : [];
    for (const name of names) {
      exported.push({
        name, ...at(statement), ...(objects.has(name) ? { object: true as const } : {}), ...(values.has(name) ? { value: values.get(name) } : {}),
        ...(aliases.has(name) ? { aliasOf: aliases.get(name) } : reads.length > 0 ? { reads } : {}), ...(collects ? { mayCollectAnchors: true as const } : {}),
      });
    }
  }
  return { imports, bound, exported };
}

/** The names `export const` gives another name (`export const Api = Export`), with that name. */
function aliasExportsOf(statement: any): Map<string, string> {
  const aliases = new Map<string, string>();
  if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration' || statement.declaration.kind !== 'const') return aliases;
  for (const { id, init } of statement.declaration.declarations) if (id.type === 'Identifier' && init?.type === 'Identifier') aliases.set(id.name, init.name);
  return aliases;
}

/** The capitalized names code reads or renders as elements (`Export`, `<Export />`), sorted: the components it may pass on or render. */
function capitalizedNamesIn(code: unknown): string[] {
  const names = new Set<string>();
  walkEstree(code, (node) => {
    if ((node.type === 'Identifier' || node.type === 'JSXIdentifier') && /^[A-Z]/.test(node.name)) names.add(node.name);
  });
  return [...names].sort();
}

/**
 * Whether code may collect an anchor as it renders: it calls `collectAnchor` (useBrokenLinks's),
 * or renders the theme's Heading or Details, or a Link given an id, which collect theirs.
 */
function mayCollectAnchors(code: unknown): boolean {
  let found = false;
  walkEstree(code, (node) => {
    if (found) return false;
    if (node.type === 'CallExpression') {
      const { callee } = node;
      found = (callee.type === 'Identifier' && callee.name === 'collectAnchor') || (callee.type === 'MemberExpression' && !callee.computed && callee.property.name === 'collectAnchor');
    } else if (node.type === 'JSXOpeningElement' && node.name.type === 'JSXIdentifier') {
      const { name } = node.name;
      found = name === 'Heading' || name === 'Details' || (name === 'Link' && node.attributes.some((attribute: any) => attribute.type === 'JSXAttribute' && attribute.name.name === 'id'));
    }
    return !found;
  });
  return found;
}

/** The names `export const` gives an object written out, or a list holding one. */
function objectExportsOf(statement: any): Set<string> {
  const names = new Set<string>();
  if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') return names;
  const isObject = (node: any) => node?.type === 'ObjectExpression';
  for (const { id, init } of statement.declaration.declarations) {
    if (id.type === 'Identifier' && (isObject(init) || (init?.type === 'ArrayExpression' && init.elements.some(isObject)))) names.add(id.name);
  }
  return names;
}

/** The values `export const` gives data written out (`export const ports = {api: 6443}`): nothing else can change them. */
function constantExportsOf(statement: any): Map<string, StaticValue> {
  const values = new Map<string, StaticValue>();
  if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration' || statement.declaration.kind !== 'const') return values;
  for (const { id, init } of statement.declaration.declarations) {
    const known = id.type === 'Identifier' ? staticValueOf(init) : undefined;
    if (known) values.set(id.name, known.value);
  }
  return values;
}

/** What one import specifier takes from its module (`default`, `*` for all of it, or a name) and the local name it binds. */
function specifierNames(specifier: any): ImportedName {
  const local = specifier.local.name;
  if (specifier.type === 'ImportDefaultSpecifier') return { imported: 'default', local };
  if (specifier.type === 'ImportNamespaceSpecifier') return { imported: '*', local };
  return { imported: specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value), local };
}

/** The names an ESM statement exports: declared, listed (`export {a as b}`: b), `default`, or a namespace (`export * as n`). */
export function exportedNamesOf(statement: any): string[] {
  const nameOf = (node: any) => (node.type === 'Identifier' ? node.name : String(node.value));
  switch (statement.type) {
    case 'ExportNamedDeclaration':
      return statement.declaration ? declaredNames(statement.declaration) : statement.specifiers.map((specifier: any) => nameOf(specifier.exported));
    case 'ExportDefaultDeclaration':
      return ['default'];
    case 'ExportAllDeclaration':
      return statement.exported ? [nameOf(statement.exported)] : [];
    default:
      return [];
  }
}

/** The local names an ESM statement's imports bind (none for any other statement). */
export function importedNamesOf(statement: any): string[] {
  return statement.type === 'ImportDeclaration' ? statement.specifiers.map((specifier: any) => specifier.local.name) : [];
}

function declaredNames(declaration: any): string[] {
  if (declaration.type === 'VariableDeclaration') return declaration.declarations.flatMap((declarator: any) => patternNames(declarator.id));
  return declaration.id ? [declaration.id.name] : [];
}

/** The names a binding pattern binds (`{a, b: [c]}` gives a and c). */
export function patternNames(pattern: any): string[] {
  switch (pattern?.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((property: any) => patternNames(property.type === 'RestElement' ? property.argument : property.value));
    case 'ArrayPattern':
      return pattern.elements.flatMap((element: any) => (element ? patternNames(element) : []));
    case 'RestElement':
      return patternNames(pattern.argument);
    case 'AssignmentPattern':
      return patternNames(pattern.left);
    default:
      return [];
  }
}

/** The local names of `imports` among `read` (sorted, once each), or undefined for none. */
export function usedImportsOf(imports: ModuleImport[], read: Iterable<string>): string[] | undefined {
  const locals = new Set(imports.flatMap(({ names }) => names?.map(({ local }) => local) ?? []));
  if (locals.size === 0) return undefined;
  const used = [...new Set(read)].filter((name) => locals.has(name));
  return used.length > 0 ? used.sort() : undefined;
}
