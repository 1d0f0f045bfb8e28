/**
 * Rule `broken-link` for the theme's customCss stylesheets, which every page bundles: one that
 * is not there, or an `@import` or `url()` in one that names no file, stops the build
 * (load/stylesheets.ts, read with the MDX environment).
 */
import type { Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';

export function checkCustomCss(site: Site): Problem[] {
  return (site.mdx?.customCssProblems ?? []).map(({ file, line, column, message, hint }) => ({ file, line, column, severity: 'error', rule: 'broken-link', message, hint }));
}
