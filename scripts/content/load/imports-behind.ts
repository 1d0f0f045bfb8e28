/**
 * Imports behind the site's own modules. A page that imports `@site/src/components/Logos` builds
 * only if everything Logos imports resolves too, and so on down: webpack stops the build at the
 * first module it cannot find, however deep (`./Logos.generated`, before the script that writes
 * it has run). The same holds for a React page of src/pages, which the build always bundles.
 *
 * Only the site's own files are followed (not packages, nor a theme's files in node_modules). A
 * module's imports are first found by a pattern that finds every one and may find more (an
 * import in a comment, a string that reads like one); only when such a candidate fails is the
 * module parsed, and only the imports its code really holds count. Most components import what
 * exists, so most are never parsed.
 */
import fs from 'node:fs';
import { walkEstree, type EstreeNode } from '../extract/estree-walk.ts';
import type { ModuleProgram } from './parse-module.ts';
import { positionAt } from '../model/text-position.ts';
import { INSTALL_HINT, packageNameOf } from '../model/module-specifiers.ts';
import type { LocatedImportFailure } from '../model/site.ts';

/** Why the build cannot take an import, and what to do. */
export interface ImportVerdict {
  problem: string;
  hint: string;
  /** The build may take it after all (a plugin's alias or loader, a missing install). */
  unsure?: true;
  /** Nothing answers to the name: `problem` reads after "which". */
  missing?: true;
}

/** The first import the build cannot take, in a module a page reaches: where it is written, and why. */
export interface FailureBehind extends ImportVerdict {
  /** The module that holds the import, absolute. */
  module: string;
  line: number;
  column: number;
  source: string;
}

export interface ImportGraphOptions {
  /** The site's own script module `source` names from `importer` (both absolute); undefined for anything else. */
  siteModuleOf(importer: string, source: string): string | undefined;
  /** Per import of `importer`, why the build cannot take it; an empty map when it can take them all. */
  verdictsOf(importer: string, sources: string[]): Map<string, ImportVerdict>;
  /**
   * A module's program as the build compiles it (load/parse-module.ts, one reading per module per
   * check), undefined when it does not parse: a TypeScript module's imports of names it never
   * uses are gone, and a JavaScript one's too where the SWC loader reads scripts as TSX.
   */
  programOf(file: string): ModuleProgram | undefined;
}

/** Script modules the graph reads; a stylesheet, JSON or an image imports nothing the check follows. */
export const SCRIPT_MODULE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** Stylesheets, data and images, as an import names them: they lead to no component. */
export const ASSET_FILE = /\.(?:css|scss|sass|less|svg|png|jpe?g|gif|webp|avif|ico|json|ya?ml|txt)$/i;

// Every way a module's code names another: `from 'x'`, `import 'x'`, `import('x')`, `require('x')`.
// It also matches inside comments and strings; parsing decides those (exactImportsOf).
const IMPORT_CANDIDATE = /\b(?:from|import|require)\s*\(?\s*(["'])([^"'\n\\]+)\1/g;

/**
 * A reader of the first failure behind each module, each module read once per check. A module
 * on an import cycle is left undecided while the cycle is open, so no answer depends on where a
 * walk entered it.
 */
export interface ImportGraph {
  /** The first import the build cannot take in `file`, or in a module of the site's it reaches. */
  failureBehind(file: string): FailureBehind | undefined;
  /**
   * Each import of `file` the build cannot take, or whose module reaches one, where it is
   * written; not what lies behind a module that `reportedOnItsOwn` (another bundled module).
   */
  importFailuresOf(file: string, relative: (file: string) => string, reportedOnItsOwn?: (module: string) => boolean): LocatedImportFailure[];
}

export function importGraph(options: ImportGraphOptions): ImportGraph {
  const texts = new Map<string, string>();
  const candidates = new Map<string, Candidate[]>();
  const exact = new Map<string, ReadonlySet<string> | undefined>();
  const decided = new Map<string, FailureBehind | undefined>();
  const open = new Set<string>();

  const textOf = (file: string) => {
    let text = texts.get(file);
    if (text === undefined) texts.set(file, (text = readOrEmpty(file)));
    return text;
  };
  const candidatesOf = (file: string) => {
    let found = candidates.get(file);
    if (!found) candidates.set(file, (found = importCandidates(textOf(file))));
    return found;
  };
  const holds = (file: string, source: string) => {
    if (!exact.has(file)) exact.set(file, exactImportsOf(options.programOf(file)?.program));
    return exact.get(file)?.has(source) === true;
  };

  /** The module's own imports the build cannot take, in the order written; each confirmed by parsing. */
  const ownFailure = (file: string): FailureBehind | undefined => {
    const imports = candidatesOf(file);
    if (imports.length === 0) return undefined;
    const verdicts = options.verdictsOf(file, imports.map(({ source }) => source));
    for (const { source, offset } of imports) {
      const verdict = verdicts.get(source);
      if (verdict && holds(file, source)) return { module: file, ...positionAt(textOf(file), offset), source, ...verdict };
    }
    return undefined;
  };

  const walk = (file: string): { found?: FailureBehind; cut: boolean } => {
    if (decided.has(file)) return { found: decided.get(file), cut: false };
    if (open.has(file)) return { cut: true };
    open.add(file);
    let cut = false;
    let found = ownFailure(file);
    if (!found) {
      for (const { source } of candidatesOf(file)) {
        const next = options.siteModuleOf(file, source);
        if (next === undefined || !SCRIPT_MODULE.test(next)) continue;
        const behind = walk(next);
        cut ||= behind.cut;
        if (behind.found && holds(file, source)) {
          found = behind.found;
          break;
        }
      }
    }
    open.delete(file);
    if (found || !cut) decided.set(file, found);
    return { found, cut: cut && !found };
  };

  const importFailuresOf = (file: string, relative: (file: string) => string, reportedOnItsOwn: (module: string) => boolean = () => false): LocatedImportFailure[] => {
    const imports = candidatesOf(file);
    const verdicts = imports.length > 0 ? options.verdictsOf(file, imports.map(({ source }) => source)) : new Map<string, ImportVerdict>();
    const found: LocatedImportFailure[] = [];
    for (const { source, offset } of imports) {
      const verdict = verdicts.get(source);
      const next = verdict ? undefined : options.siteModuleOf(file, source);
      const failure = next !== undefined && SCRIPT_MODULE.test(next) && !reportedOnItsOwn(next) ? walk(next).found : undefined;
      if ((verdict || failure) && holds(file, source)) found.push({ source, ...positionAt(textOf(file), offset), ...(verdict ?? describeBehind(failure!, relative)) });
    }
    return found;
  };

  return { failureBehind: (file) => (SCRIPT_MODULE.test(file) ? walk(file).found : undefined), importFailuresOf };
}

/** A failure behind an import, as the importing file's problem: where it is, and why. */
export function describeBehind(failure: FailureBehind, relative: (file: string) => string): ImportVerdict {
  const place = `${relative(failure.module)}:${failure.line}:${failure.column}`;
  return {
    problem: failure.missing ? `${place} imports "${failure.source}", which ${failure.problem}` : `${place} imports "${failure.source}": ${failure.problem}`,
    hint: failure.hint,
    ...(failure.unsure ? { unsure: true as const } : {}),
  };
}

/**
 * Why an import of one of the site's modules resolves to nothing. A package the site declares
 * wants an install; any other name may be an alias a plugin's webpack config adds.
 */
export function missingVerdict(source: string, declared: ReadonlySet<string>, mayAddLoaders: boolean): ImportVerdict {
  const name = packageNameOf(source);
  if (name !== undefined && declared.has(name)) {
    const problem = name === source ? 'is in package.json but not installed' : `is in package "${name}", which package.json names but which is not installed`;
    return { problem, hint: INSTALL_HINT, unsure: true, missing: true };
  }
  if (name !== undefined && mayAddLoaders) {
    return { problem: 'resolves to no file or package', hint: 'a plugin of the site configures webpack and may give this name an alias; if not, install the package or fix the name', unsure: true, missing: true };
  }
  return {
    problem: 'resolves to no file or package',
    hint: name === undefined
      ? 'check the path, relative to the module that imports it or @site/ from the site folder; a file a script writes (a postinstall step) must be there before the build'
      : 'install the package (npm install), or check its name; case matters',
    missing: true,
  };
}

/** A module a file's text may import, and the offset where it is first named. */
export interface Candidate {
  source: string;
  offset: number;
}

/** Each distinct candidate import of a module's text, in the order written. */
export function importCandidates(text: string): Candidate[] {
  const seen = new Set<string>();
  const found: Candidate[] = [];
  for (const match of text.matchAll(IMPORT_CANDIDATE)) {
    const source = match[2];
    if (seen.has(source)) continue;
    seen.add(source);
    found.push({ source, offset: match.index! + match[0].indexOf(match[1]) });
  }
  return found;
}

/**
 * The modules a program really loads: import and export statements, `import('x')` and
 * `require('x')` with a string. A TypeScript module's imports of types alone, or of names it
 * never uses, are gone after its compiler, as they are from the bundle (ImportGraphOptions'
 * programOf). Undefined for a file that does not parse: then none of its candidates is held
 * against it.
 */
export function exactImportsOf(program: EstreeNode | undefined): ReadonlySet<string> | undefined {
  if (!program) return undefined;
  const sources = new Set<string>();
  const literal = (node: EstreeNode | undefined) => (node?.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined);
  walkEstree(program, (node) => {
    let source: string | undefined;
    if (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ImportExpression') source = literal(node.source);
    else if (node.type === 'CallExpression' && node.callee?.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) source = literal(node.arguments[0]);
    if (source !== undefined) sources.add(source);
  });
  return sources;
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
