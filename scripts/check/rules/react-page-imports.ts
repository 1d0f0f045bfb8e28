/**
 * Rule `broken-link` for the imports of the React pages of src/pages. The build bundles every
 * one of them, and webpack stops at an import it cannot take: the page's own, or one inside a
 * module of the site's the page imports, however deep (load/imports-behind.ts).
 */
import type { Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';

export function checkReactPageImports(site: Site): Problem[] {
  const found = site.mdx?.reactPageImports;
  if (!found) return []; // nearly every site
  return Object.entries(found).flatMap(([file, failures]) =>
    failures.map(({ source, line, column, problem, hint, unsure, missing }): Problem => ({
      file, line, column, severity: unsure ? 'warning' : 'error', rule: 'broken-link',
      message: `import "${source}"${missing ? ` ${problem}` : `: ${problem}`}${unsure ? '' : ', and the build stops'}`,
      hint,
    })),
  );
}
