/**
 * The program of one of the site's script modules (a component, a React page), as acorn's estree,
 * with its JSX kept and each node's place in the file as written.
 */
import fs from 'node:fs';
import type { EstreeNode } from '../extract/estree-walk.ts';
import { earlyTransformOf, moduleLoaderOf, stripOptions } from './module-transforms.ts';

export interface ModuleOptions {
  /** JavaScript is read as TSX too, as the build's SWC loader reads it (`future.faster.swcJsLoader`). */
  jsAsTypeScript?: boolean;
}

/** A module's program, and where a node of it is written in the module's own text (1-based line, 0-based column). */
export interface ModuleProgram {
  program: EstreeNode;
  placeOf(node: EstreeNode): { line: number; column: number };
}

/**
 * A module's program. JavaScript with JSX is read by acorn and its JSX plugin as it is; only
 * TypeScript goes through esbuild first, which strips the types (and the imports of names the
 * code never uses) and keeps the JSX; its source map gives each node's place back. esbuild's
 * synchronous transform starts its service process: 40-50 ms of the run, where acorn needs a few;
 * a module of src/ is usually stripped already, early and off this thread (module-transforms.ts).
 * Throws when the module does not parse.
 */
export function readModule(file: string, { jsAsTypeScript = false }: ModuleOptions = {}): ModuleProgram {
  const acorn = require('acorn') as typeof import('acorn');
  const acornJsx = require('acorn-jsx') as typeof import('acorn-jsx');
  const parser = acorn.Parser.extend(acornJsx());
  const source = fs.readFileSync(file, 'utf8');
  const options = { ecmaVersion: 'latest', sourceType: 'module', locations: true } as const;
  const loader = moduleLoaderOf(file, jsAsTypeScript);
  const asWritten = (node: EstreeNode) => ({ line: node.loc!.start.line, column: node.loc!.start.column });
  if (loader === 'js' || loader === 'jsx') {
    try {
      return { program: parser.parse(source, options) as unknown as EstreeNode, placeOf: asWritten };
    } catch {
      // Syntax that only a compiler reads (Flow, say): esbuild's reading below decides.
    }
  }
  const esbuildLoader = loader === 'js' ? 'jsx' : loader;
  const { code, map } = earlyTransformOf(file, source, esbuildLoader) ?? (require('esbuild') as typeof import('esbuild')).transformSync(source, stripOptions(file, esbuildLoader));
  const program = parser.parse(code, options) as unknown as EstreeNode;
  const { TraceMap, originalPositionFor } = require('@jridgewell/trace-mapping') as typeof import('@jridgewell/trace-mapping');
  let traced: InstanceType<typeof TraceMap> | undefined;
  return {
    program,
    placeOf(node) {
      const { line, column } = asWritten(node);
      const original = originalPositionFor((traced ??= new TraceMap(map)), { line, column });
      return original.line === null ? { line, column } : { line: original.line, column: original.column };
    },
  };
}

/** A module's program alone (see readModule). */
export function parseModule(file: string, options: ModuleOptions = {}): any {
  return readModule(file, options).program;
}

/** readModule, each module read once: undefined for one that cannot be read or parsed. */
export function moduleReader(options: ModuleOptions = {}): (file: string) => ModuleProgram | undefined {
  const read = new Map<string, ModuleProgram | undefined>();
  return (file) => {
    if (!read.has(file)) {
      try {
        read.set(file, readModule(file, options));
      } catch {
        read.set(file, undefined);
      }
    }
    return read.get(file);
  };
}
