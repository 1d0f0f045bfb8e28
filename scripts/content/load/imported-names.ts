/**
 * What the pages' imports take from the modules they name: names a module does not export,
 * the names other files take from a Markdown file beside its page, and the data of the JSON
 * files whose reads a page renders.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MissingExport, StaticValue } from '../model/site.ts';
import { withoutByteOrderMark } from '../model/text-position.ts';
import { markdownExportsTaken } from '../model/module-specifiers.ts';
import { exportedNamesOf } from '../extract/mdx-imports.ts';
import { parseModule } from './parse-module.ts';
import { siteRelative } from './file-probe.ts';
import { SCRIPT_EXTENSIONS, type ModuleResolver } from './module-resolver.ts';
import type { MdxSource } from './mdx-environment.ts';

/**
 * Per importing file, what its imports take that their modules do not export: `import {CodeBlock}
 * from '@theme/CodeBlock'` (a default export only), or a default import of a component file
 * with named exports only. Only modules whose exports can be read are judged: the site's own
 * files, theme components and Docusaurus's client modules, as ES modules; packages, CommonJS
 * files and `export *` are taken on trust.
 */
export function missingExportsOf(sources: MdxSource[], resolver: () => ModuleResolver): Record<string, MissingExport[]> | undefined {
  const found: Record<string, MissingExport[]> = {};
  // Read once per check: a dev server's next check reads an edited component afresh.
  const exportsOf = moduleExportsReader();
  for (const { file, mdx } of sources) {
    for (const { source, names } of mdx?.imports ?? []) {
      const wanted = names?.filter(({ imported }) => imported !== '*');
      if (!wanted?.length) continue;
      const moduleFile = resolver().fileOf(file, source);
      const exports = moduleFile === undefined ? undefined : exportsOf(moduleFile);
      if (!exports) continue;
      for (const name of wanted) if (!exports.includes(name.imported)) (found[file] ??= []).push({ source, ...name, exports });
    }
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/**
 * Per Markdown file of the site, the names other files import from it beside its default export
 * (the page): `*` for a namespace import or a re-export. An import the check cannot follow to a
 * file is kept under `*`: it may be any file.
 */
export function importedExportsOf(siteDir: string, sources: MdxSource[], resolver: () => ModuleResolver): Record<string, string[]> | undefined {
  const found: Record<string, Set<string>> = {};
  for (const { file, mdx } of sources) {
    for (const imported of mdx?.imports ?? []) {
      const taken = markdownExportsTaken(imported);
      if (!taken) continue;
      const moduleFile = resolver().fileOf(file, imported.source);
      const target = moduleFile === undefined ? '*' : siteRelative(siteDir, moduleFile);
      for (const name of moduleFile === undefined ? ['*'] : taken) (found[target] ??= new Set()).add(name);
    }
  }
  const files = Object.keys(found);
  return files.length > 0 ? Object.fromEntries(files.map((file) => [file, [...found[file]].sort()])) : undefined;
}

/**
 * Per file, the data of each JSON file it imports by default under a name it renders reads of
 * (`import ports from './ports.json'`, then `{ports.api.tcp}`): the bundler gives the import the
 * parsed file. Only those: most pages render no such read. A file that does not parse is
 * unreadableImports' to report, and one over MAX_DATA_BYTES is not read.
 */
export function importedDataOf(sources: MdxSource[], resolver: () => ModuleResolver): Record<string, Record<string, StaticValue>> | undefined {
  const found: Record<string, Record<string, StaticValue>> = {};
  const parsed = new Map<string, StaticValue | undefined>();
  for (const { file, mdx } of sources) {
    // Names the page renders, as values or as elements (`<ports.console />`: the rule weighs what it holds).
    const reads = new Set([...(mdx?.renderedNames ?? []), ...(mdx?.componentProps ?? []), ...(mdx?.memberElements ?? [])].map(({ name }) => name.split('.')[0]));
    if (reads.size === 0) continue;
    for (const { source, names } of mdx!.imports) {
      const local = names?.find(({ imported, local }) => imported === 'default' && reads.has(local))?.local;
      if (!local || !/\.json$/i.test(source.split(/[?#]/)[0])) continue;
      const dataFile = resolver().fileOf(file, source);
      if (dataFile === undefined || !/\.json$/i.test(dataFile)) continue;
      if (!parsed.has(dataFile)) parsed.set(dataFile, jsonDataOf(dataFile));
      const value = parsed.get(dataFile);
      if (value !== undefined) (found[file] ??= {})[local] = value;
    }
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

// Data past this size is left unread: a page renders reads of small files of settings or ports.
const MAX_DATA_BYTES = 1 << 20;

function jsonDataOf(file: string): StaticValue | undefined {
  try {
    if (fs.statSync(file).size > MAX_DATA_BYTES) return undefined;
    return JSON.parse(withoutByteOrderMark(fs.readFileSync(file, 'utf8'))) as StaticValue;
  } catch {
    return undefined;
  }
}

/**
 * A reader of the names an ES module exports, sorted, each module read once; undefined when they
 * cannot all be named: CommonJS, `export *`, a file that does not parse, or no script at all (a
 * Markdown partial, JSON, an image).
 */
function moduleExportsReader(): (file: string) => string[] | undefined {
  const read = new Map<string, string[] | undefined>();
  return (file) => {
    if (!read.has(file)) read.set(file, SCRIPT_EXTENSIONS.includes(path.extname(file)) ? exportedNames(file) : undefined);
    return read.get(file);
  };
}

export function exportedNames(file: string): string[] | undefined {
  try {
    const statements: any[] = parseModule(file).body;
    const esm = statements.some((statement) => /^(?:Import|Export)/.test(statement.type));
    const open = statements.some((statement) => statement.type === 'ExportAllDeclaration' && !statement.exported);
    return esm && !open ? [...new Set(statements.flatMap(exportedNamesOf))].sort() : undefined;
  } catch {
    return undefined;
  }
}
