/**
 * Script modules held in memory by absolute path (under /site), for the tests of what a module
 * exports and where an export comes from: each parsed as the check parses JavaScript with JSX,
 * and relative imports among them resolved as webpack would (`.js` added, a folder's index).
 */
import path from 'node:path';
import * as acorn from 'acorn';
import jsx from 'acorn-jsx';
import type { EstreeNode } from '../../scripts/content/extract/estree-walk.ts';

export function moduleFiles(files: Record<string, string>): {
  programOf(file: string): { program: EstreeNode } | undefined;
  siteModuleOf(importer: string, source: string): string | undefined;
} {
  return {
    programOf: (file) => {
      const text = files[file];
      return text === undefined ? undefined : { program: acorn.Parser.extend(jsx()).parse(text, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as EstreeNode };
    },
    siteModuleOf: (importer, source) => {
      if (!source.startsWith('.')) return undefined;
      const base = path.posix.join(path.posix.dirname(importer), source);
      return [base, `${base}.js`, `${base}/index.js`].find((file) => files[file] !== undefined);
    },
  };
}
