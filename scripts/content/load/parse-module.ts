/**
 * The program of one of the site's script modules (a component, a React page), as acorn's estree.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * A module's program. JavaScript with JSX is read by acorn and its JSX plugin as it is; only
 * TypeScript goes through esbuild first, which strips types and JSX (and the imports of names
 * the code never uses). esbuild's synchronous transform starts its service process: 40-50 ms of
 * the run, where acorn needs a few. `jsAsTypeScript`: JavaScript is read as TSX too, as the build's
 * SWC loader reads it (`future.faster.swcJsLoader`).
 */
export function parseModule(file: string, { jsAsTypeScript = false }: { jsAsTypeScript?: boolean } = {}): any {
  const acorn = require('acorn') as typeof import('acorn');
  const source = fs.readFileSync(file, 'utf8');
  const options = { ecmaVersion: 'latest', sourceType: 'module' } as const;
  const extension = path.extname(file).slice(1);
  const loader = extension === 'ts' || extension === 'mts' || extension === 'cts' ? 'ts' : extension === 'tsx' || jsAsTypeScript ? 'tsx' : extension === 'jsx' ? 'jsx' : 'js';
  if (loader === 'js' || loader === 'jsx') {
    const acornJsx = require('acorn-jsx') as typeof import('acorn-jsx');
    try {
      return acorn.Parser.extend(acornJsx()).parse(source, options);
    } catch {
      // Syntax that only a compiler reads (Flow, say): esbuild's reading below decides.
    }
  }
  const esbuild = require('esbuild') as typeof import('esbuild');
  const code = esbuild.transformSync(source, { loader: loader === 'js' ? 'jsx' : loader, format: 'esm', jsx: 'transform' }).code;
  return acorn.parse(code, options);
}

