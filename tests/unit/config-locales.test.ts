/**
 * A default locale that i18n.locales leaves out (load/config-locales.ts): Docusaurus builds it
 * anyway, and every page of each other locale fails to render. One error at `defaultLocale`;
 * nothing where the build goes through.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';

const CLASSIC = "  presets: [['classic', { docs: { sidebarPath: false, routeBasePath: '/' }, blog: false }]],";
const configWith = (lines: string) => `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n${CLASSIC}\n${lines}\n};\n`;

async function localeErrors(lines: string, files: Record<string, string> = {}): Promise<string[]> {
  const problems = await problemsWith({ 'docusaurus.config.js': configWith(lines), 'docs/index.md': '---\nslug: /\n---\n\n# Home\n', ...files });
  return problems.filter((p) => p.rule === 'config' && p.severity === 'error').map((p) => `${p.line}:${p.column} ${p.message} (${p.hint})`);
}

test('a default locale the list leaves out, beside another locale: an error at defaultLocale, naming both', async () => {
  assert.deepEqual(await localeErrors("  i18n: {\n    defaultLocale: 'en',\n    locales: ['fr'],\n  },"), [
    '5:5 i18n.defaultLocale "en" is not one of i18n.locales ("fr"): the build of each other locale stops on every page ("no locale config found for locale=en") (add "en" to i18n.locales, or make defaultLocale one of them)',
  ]);
});

test('the builds that go through: the default listed, or no other locale to build', async () => {
  assert.deepEqual(await localeErrors("  i18n: { defaultLocale: 'en', locales: ['en', 'fr'] },"), []);
  assert.deepEqual(await localeErrors("  i18n: { defaultLocale: 'fr', locales: ['fr'] },"), []);
});

test('a site with its own SiteMetadata in place of the classic theme\'s is left alone', async () => {
  const swizzled = { 'src/theme/SiteMetadata/index.js': 'export default function SiteMetadata() { return null; }\n' };
  assert.deepEqual(await localeErrors("  i18n: { defaultLocale: 'en', locales: ['fr'] },", swizzled), []);
});
