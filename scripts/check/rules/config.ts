/**
 * Rule `config`: what Docusaurus warns about in the site config as it loads it
 * (load/config-deprecations.ts), at the key. A warning: the build prints it and goes on.
 */
import type { Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';

export function checkConfig(site: Site): Problem[] {
  const { configWarnings, source } = site.settings;
  if (!configWarnings || source.kind !== 'config') return [];
  return configWarnings.map(({ line, column, message, hint }) => ({ file: source.file, line, column, severity: 'warning', rule: 'config', message, hint }));
}
