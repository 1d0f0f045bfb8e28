/**
 * The classic theme's prism.additionalLanguages (load/config-prism-languages.ts): each name is a
 * Prism component every page's bundle requires; one Prism does not have stops every page's
 * static rendering. One error at the name; nothing for names Prism has, or where the site
 * includes its languages itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';

const configWith = (languages: string) => `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  presets: [['classic', { docs: { sidebarPath: false, routeBasePath: '/' }, blog: false }]],\n  themeConfig: {\n    prism: { additionalLanguages: ${languages} },\n  },\n};\n`;

async function configErrors(languages: string, files: Record<string, string> = {}): Promise<string[]> {
  const problems = await problemsWith({ 'docusaurus.config.js': configWith(languages), 'docs/index.md': '---\nslug: /\n---\n\n# Home\n', ...files });
  return problems.filter((p) => p.rule === 'config' && p.severity === 'error').map((p) => `${p.line}:${p.column} ${p.message} (${p.hint})`);
}

test('a name Prism has no component for: an error at the name, with the nearest one Prism has', async () => {
  assert.deepEqual(await configErrors("['bash', 'yml', 'hcl']"), [
    `5:44 prism.additionalLanguages names "yml", for which Prism has no component (no prismjs/components/prism-yml.js): every page stops in static rendering ("Cannot find module './prism-yml'") (did you mean "yaml"?)`,
  ]);
  assert.deepEqual(await configErrors("['terraform-hcl']"), [
    `5:36 prism.additionalLanguages names "terraform-hcl", for which Prism has no component (no prismjs/components/prism-terraform-hcl.js): every page stops in static rendering ("Cannot find module './prism-terraform-hcl'") (name a language by its Prism component's file name (prism-<name>.js in prismjs/components), or remove it)`,
  ]);
});

test('names Prism has (php among them, which the theme loads with its templating) get nothing, and so does a site that includes its languages itself', async () => {
  assert.deepEqual(await configErrors("['bash', 'php', 'powershell', 'toml']"), []);
  assert.deepEqual(await configErrors("['yml2']", { 'src/theme/prism-include-languages.js': 'export default function prismIncludeLanguages() {}\n' }), []);
});
