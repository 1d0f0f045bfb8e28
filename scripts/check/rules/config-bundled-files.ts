/**
 * Rule `broken-link` for the files the config hands the bundler for every page: the theme's
 * customCss stylesheets and the site's clientModules. One that is not there stops the build, and
 * so does an `@import` or `url()` in such a stylesheet that names no file (load/stylesheets.ts,
 * read with the MDX environment). A client module's own imports are checked where it is written
 * (rules/bundled-module-imports.ts).
 */
import type { Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';

export function checkConfigBundledFiles(site: Site): Problem[] {
  return (site.mdx?.configBundledProblems ?? []).map(({ file, line, column, message, hint }) => ({ file, line, column, severity: 'error', rule: 'broken-link', message, hint }));
}
