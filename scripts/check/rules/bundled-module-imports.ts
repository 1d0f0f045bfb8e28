/**
 * Rule `broken-link` for the imports of the modules the build bundles whatever links to them:
 * the React pages of src/pages, the site's theme components (src/theme) that the theme's tree
 * reaches (load/bundled-theme-overrides.ts), and the config's client modules. Webpack stops at
 * an import it cannot take: the
 * module's own, or one inside a module of the site's it imports, however deep
 * (load/imports-behind.ts).
 */
import type { Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';

export function checkBundledModuleImports(site: Site): Problem[] {
  const found = site.mdx?.bundledModuleImports;
  if (!found) return []; // nearly every site
  return Object.entries(found).flatMap(([file, failures]) =>
    failures.map(({ source, line, column, problem, hint, unsure, missing }): Problem => ({
      file, line, column, severity: unsure ? 'warning' : 'error', rule: 'broken-link',
      message: `import "${source}"${missing ? ` ${problem}` : `: ${problem}`}${unsure ? '' : ', and the build stops'}`,
      hint,
    })),
  );
}
