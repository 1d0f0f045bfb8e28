/**
 * Rule `config`: what Docusaurus warns about in the site config as it loads it
 * (load/config-deprecations.ts), at the key: a warning, as the build prints it and goes on. An
 * error where Docusaurus's validation refuses the config, and warnings for plugins whose routes
 * the check could not learn (load/plugin-lifecycle.ts).
 */
import type { Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';

export function checkConfig(site: Site): Problem[] {
  const { configWarnings, source } = site.settings;
  if (!configWarnings || source.kind !== 'config') return [];
  return configWarnings.map(({ line, column, message, hint, severity }) => ({ file: source.file, line, column, severity: severity ?? 'warning', rule: 'config', message, hint }));
}
