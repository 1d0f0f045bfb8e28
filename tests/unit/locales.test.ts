/**
 * Locales (model/locales.ts, load/locales.ts): `docusaurus build` builds each locale on its own,
 * under its own base URL, reading each doc from its translation in i18n/<locale>/ where there is
 * one. The check reads every locale that translates a doc as that build reads it. The fixture's
 * cases are built with Docusaurus 3.10 in tests/site/agreement.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { defaultLocaleOf, localizedDocsDir, otherLocalesOf } from '../../scripts/content/model/locales.ts';
import { checkSite } from '../../scripts/check/check-site.ts';
import { textLine } from '../../scripts/check/report.ts';
import { FIXTURES, checkWith } from '../helpers/check-fixture.ts';
import { OUTPUT_DIR, settle } from '../helpers/paths.ts';

const FIXTURE = 'locales';
const FR = 'i18n/fr/docusaurus-plugin-content-docs/current';
const read = (file: string) => fs.readFileSync(path.join(FIXTURES, FIXTURE, file), 'utf8');
const site = { baseUrl: '/', url: 'https://docs.example.com' };

test('the other locales, as Docusaurus reads i18n: the default locale left out, a base URL and a folder each', () => {
  assert.deepEqual(otherLocalesOf(undefined, site, '/site'), []);
  assert.deepEqual(otherLocalesOf({ defaultLocale: 'en', locales: ['en'] }, site, '/site'), []);
  assert.deepEqual(otherLocalesOf({ defaultLocale: 'en', locales: ['en', 'fr', 'pt-BR'] }, { ...site, baseUrl: '/base/' }, '/site'), [
    { name: 'fr', dir: 'i18n/fr', baseUrl: '/base/fr/', url: site.url },
    { name: 'pt-BR', dir: 'i18n/pt-BR', baseUrl: '/base/pt-BR/', url: site.url },
  ]);
  // Docusaurus's defaults: defaultLocale 'en', so an 'en' in the list is the default one.
  assert.deepEqual(otherLocalesOf({ locales: ['en', 'fr'] }, site, '/site').map(({ name }) => name), ['fr']);
  assert.deepEqual(otherLocalesOf({ defaultLocale: 'fr', locales: ['en', 'fr'] }, site, '/site').map(({ name }) => name), ['en']);
  // A locale's own path names its folder (never its htmlLang); its own baseUrl, url and translate win.
  assert.deepEqual(otherLocalesOf({
    defaultLocale: 'en', locales: ['en', 'fr'], path: 'translations',
    localeConfigs: { fr: { path: 'french', htmlLang: 'fr-FR', baseUrl: 'fr-site', url: 'https://fr.example.com', translate: false } },
  }, site, '/site'), [{ name: 'fr', dir: 'translations/french', baseUrl: '/fr-site/', url: 'https://fr.example.com', translate: false }]);
});

test('a version\'s translations folder, as the docs plugin names it: current, a released version, another docs instance', () => {
  const [fr] = otherLocalesOf({ locales: ['en', 'fr'] }, site, '/site');
  assert.equal(localizedDocsDir(fr, 'current', undefined), 'i18n/fr/docusaurus-plugin-content-docs/current');
  assert.equal(localizedDocsDir(fr, '1.0', undefined), 'i18n/fr/docusaurus-plugin-content-docs/version-1.0');
  assert.equal(localizedDocsDir(fr, 'current', 'community'), 'i18n/fr/docusaurus-plugin-content-docs-community/current');
});

test('the fixture gets no problem, and the translated pages are counted and read under the locale\'s base URL', async () => {
  const result = await checkWith({}, FIXTURE);
  assert.deepEqual(result.problems.map(textLine), []);
  assert.equal(result.summary.pages, 5, 'three docs, two of them translated');
  assert.equal(result.summary.links, 7);
});

test('a mistake only the French build makes is reported once, at its line, and says which build', async () => {
  const lines = (await checkWith({ [`${FR}/guide.md`]: read(`${FR}/guide.md`).replace('](./intro.md#setup)', '](/setup)') }, FIXTURE)).problems.map(textLine);
  assert.equal(lines.length, 1);
  assert.match(lines[0], new RegExp(`^${FR}/guide\\.md:7:13: error broken-link: .*/setup.* \\(in the build of locale fr\\)`));
});

test('a mistake in a page nobody translated is reported once, as the default build finds it', async () => {
  const lines = (await checkWith({ 'docs/faq.md': read('docs/faq.md').replace('(/guide#install)', '(/nowhere)') }, FIXTURE)).problems.map(textLine);
  assert.equal(lines.length, 1);
  assert.match(lines[0], /^docs\/faq\.md:7:5: error broken-link: /);
  assert.doesNotMatch(lines[0], /locale/);
});

test('a link that breaks in two locales\' builds, each through its own translation, is reported for each (fixing one leaves the other broken)', async () => {
  const DE = 'i18n/de/docusaurus-plugin-content-docs/current';
  const lines = (await checkWith({
    'docusaurus.config.js': read('docusaurus.config.js').replace("locales: ['en', 'fr']", "locales: ['en', 'fr', 'de']"),
    // docs/faq.md, which nobody translated, links to /guide#install: both translations name that heading otherwise.
    [`${DE}/intro.md`]: read(`${FR}/intro.md`),
    [`${DE}/guide.md`]: read(`${FR}/guide.md`).replace(/\{#install\}/, '{#installieren}'),
    [`${FR}/guide.md`]: read(`${FR}/guide.md`).replace(/\{#install\}/, '{#installer}'),
  }, FIXTURE)).problems.map(textLine).sort();
  assert.equal(lines.length, 2, lines.join('\n'));
  assert.match(lines[0], /^docs\/faq\.md:7:5: error broken-anchor: no heading "#install" in i18n\/de\/.*\(in the build of locale de\)/);
  assert.match(lines[1], /^docs\/faq\.md:7:5: error broken-anchor: no heading "#install" in i18n\/fr\/.*\(in the build of locale fr\)/);
});

test('Markdown links between a translated page and one nobody translated name the file the other build reads, and the address to use', async () => {
  const [toUntranslated] = (await checkWith({ [`${FR}/intro.md`]: read(`${FR}/intro.md`).replace('(/faq)', '(./faq.md)') }, FIXTURE)).problems;
  assert.match(toUntranslated.message, /no translation "i18n\/fr\/docusaurus-plugin-content-docs\/current\/faq\.md".*"docs\/faq\.md" has no translation/);
  assert.equal(toUntranslated.hint, 'translate both pages, or link to the address: /faq');
  const [toTranslated] = (await checkWith({ 'docs/faq.md': read('docs/faq.md').replace('(/guide#install)', '(./guide.md#install)') }, FIXTURE)).problems;
  assert.equal(toTranslated.file, 'docs/faq.md');
  assert.match(toTranslated.message, /"docs\/guide\.md" is read from its translation, "i18n\/fr\/docusaurus-plugin-content-docs\/current\/guide\.md"/);
});

test('with the blog on, a post is read from its translation in the French build; one only among the translations is none', async () => {
  const blogOn = { 'docusaurus.config.js': read('docusaurus.config.js').replace('blog: false', 'blog: {}') };
  const post = 'i18n/fr/docusaurus-plugin-content-blog/2024-01-01-hello.md';
  const result = await checkWith(blogOn, FIXTURE);
  assert.deepEqual(result.problems.map(textLine), []);
  assert.equal(result.summary.pages, 7, 'three docs and a post, two docs and the post translated');
  const lines = (await checkWith({ ...blogOn, [post]: read(post).replace('(/guide)', '(/nulle-part)'), 'i18n/fr/docusaurus-plugin-content-blog/2024-02-02-only-here.md': '# Seul\n\n[Nulle part](/nulle-part).\n' }, FIXTURE)).problems.map(textLine);
  assert.equal(lines.length, 1);
  assert.match(lines[0], new RegExp(`^${post}:5:10: error broken-link: .*\\(in the build of locale fr\\)`));
});

test('a released version\'s translations are read from its own folder', async () => {
  const lines = (await checkWith({
    // The docs folder stays the latest version, at the root, as the fixture's links expect.
    'docusaurus.config.js': read('docusaurus.config.js').replace("docs: { routeBasePath: '/' }", "docs: { routeBasePath: '/', lastVersion: 'current' }"),
    'versions.json': '["1.0"]\n',
    'versioned_docs/version-1.0/old.md': '# Old\n\nSee the [guide](/guide).\n',
    'i18n/fr/docusaurus-plugin-content-docs/version-1.0/old.md': '# Ancien\n\nVoir le [guide](/nulle-part).\n',
  }, FIXTURE)).problems.map(textLine);
  assert.equal(lines.length, 1);
  assert.match(lines[0], /^i18n\/fr\/docusaurus-plugin-content-docs\/version-1\.0\/old\.md:3:9: error broken-link: .* \(in the build of locale fr\)/);
});

test('translations the build never reads are not checked: a locale with translate: false, a file without an original, a locale not in the config', async () => {
  const broken = '# Seule\n\nUn [lien](/nulle-part).\n';
  const config = read('docusaurus.config.js');
  assert.deepEqual((await checkWith({
    'docusaurus.config.js': config.replace("locales: ['en', 'fr'] }", "locales: ['en', 'fr'], localeConfigs: { fr: { translate: false } } }"),
    [`${FR}/guide.md`]: broken,
  }, FIXTURE)).problems.map(textLine), []);
  assert.deepEqual((await checkWith({ [`${FR}/only-here.md`]: broken }, FIXTURE)).problems.map(textLine), []);
  assert.deepEqual((await checkWith({ 'i18n/de/docusaurus-plugin-content-docs/current/guide.md': broken }, FIXTURE)).problems.map(textLine), []);
});

test('a warm run reuses the report until a translation changes; the edited translation is checked again', async () => {
  const dir = path.join(OUTPUT_DIR, 'locales-warm');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, FIXTURE), dir, { recursive: true });
  const check = () => checkSite(dir, { reuseReport: true });
  assert.deepEqual((await check()).problems, []);
  const warm = await check();
  assert.equal(warm.site, undefined, 'nothing changed: the report was reused');
  const translation = path.join(dir, FR, 'guide.md');
  fs.writeFileSync(translation, fs.readFileSync(translation, 'utf8').replace('](./intro.md#setup)', '](/setup)'));
  assert.deepEqual((await check()).problems.map(({ file, line, rule }) => `${file}:${line} ${rule}`), [`${FR}/guide.md:7 broken-link`]);
  // Without the translation, the French build reads the original, and the Markdown links between
  // it and the translated intro find nothing.
  fs.rmSync(translation);
  assert.deepEqual((await check()).problems.map(({ file, line, rule }) => `${file}:${line} ${rule}`), ['docs/guide.md:7 broken-link', `${FR}/intro.md:8 broken-link`]);
});

test('a warm run holds on to what only a translation reads: a component it imports, changed, has the page checked again', async () => {
  const dir = path.join(OUTPUT_DIR, 'locales-warm-component');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, FIXTURE), dir, { recursive: true });
  const component = path.join(dir, 'src', 'components', 'Note.js');
  fs.mkdirSync(path.dirname(component), { recursive: true });
  fs.writeFileSync(component, 'export function Note() {\n  return null;\n}\n');
  const translation = path.join(dir, FR, 'guide.md');
  fs.writeFileSync(translation, `import {Note} from '@site/src/components/Note';\n\n${fs.readFileSync(translation, 'utf8')}\n<Note />\n`);
  settle(dir); // written "long ago": a component's time too close to the run vouches for nothing
  const check = () => checkSite(dir, { reuseReport: true });
  assert.deepEqual((await check()).problems, []);
  assert.equal((await check()).site, undefined, 'nothing changed: the report was reused');
  fs.writeFileSync(component, 'export function Aside() {\n  return null;\n}\n');
  const problems = (await check()).problems.map(({ file, line }) => `${file}:${line}`);
  assert.deepEqual(problems, [`${FR}/guide.md:1`], 'the import of a name the component no longer exports');
});

test('the default locale\'s own translations: the default build reads i18n/en/… in place of the docs\' file, once, and no other locale falls back on it', async () => {
  const EN = 'i18n/en/docusaurus-plugin-content-docs/current';
  const guide = read('docs/guide.md');
  // The pages link one another as ./x.md: translated, a page is no longer found from docs/ (as for French), so all are translated.
  // docs/faq.md, which French does not translate, is what the French build reads: its broken address is French only.
  const result = await checkWith({
    'docs/guide.md': guide.replace('](./intro.md#setup)', '](/nowhere)'),
    'docs/faq.md': read('docs/faq.md').replace('(/guide#install)', '(/nowhere)'),
    [`${EN}/guide.md`]: guide.replace('](./intro.md#setup)', '](/nulle-part)'),
    [`${EN}/intro.md`]: read('docs/intro.md'),
    [`${EN}/faq.md`]: read('docs/faq.md'),
  }, FIXTURE);
  const [french, english, ...others] = result.problems.map(textLine);
  assert.deepEqual(others, []);
  assert.match(french, /^docs\/faq\.md:7:5: error broken-link: no page at "\/nowhere" \(in the build of locale fr\)/);
  assert.match(english, /^i18n\/en\/docusaurus-plugin-content-docs\/current\/guide\.md:7:9: error broken-link: no page at "\/nulle-part"/);
  assert.doesNotMatch(english, /locale/);
  assert.equal(result.summary.pages, 5, 'three docs, read from their English translations, two translated into French');
  const untranslated = await checkWith({ 'docusaurus.config.js': read('docusaurus.config.js').replace("locales: ['en', 'fr'] }", "locales: ['en', 'fr'], localeConfigs: { en: { translate: false } } }"), [`${EN}/guide.md`]: guide.replace('](./intro.md#setup)', '](/nulle-part)') }, FIXTURE);
  assert.deepEqual(untranslated.problems.map(textLine), [], 'translate: false: the build reads docs/');
});

test('the default locale, as Docusaurus reads i18n: its folder, the site\'s base URL, its own translate', () => {
  assert.deepEqual(defaultLocaleOf(undefined, site, '/site'), { name: 'en', dir: 'i18n/en', baseUrl: '/', url: site.url });
  assert.deepEqual(defaultLocaleOf({ defaultLocale: 'fr', locales: ['fr', 'en'], localeConfigs: { fr: { path: 'francais', translate: false } } }, { ...site, baseUrl: '/base/' }, '/site'), { name: 'fr', dir: 'i18n/francais', baseUrl: '/base/', url: site.url, translate: false });
});


// diff70's p11 built it with Docusaurus 3.10.2: the French build renders the page's translation,
// and the French links to its own heading passed. A site like this one, built with Docusaurus
// 3.10.2, stopped in its French build at the untranslated doc's link to the English heading
// (/fr/faq -> /fr/api#only-in-english); diff70's p10, at a React page's link.
test('a Markdown page of src/pages with a translation among the pages plugin\'s: the locale\'s build renders that file, at the page\'s route, with its anchors', async () => {
  const files = {
    'src/pages/api.md': '# API\n\n## Only in English\n',
    'i18n/fr/docusaurus-plugin-content-pages/api.md': '# API\n\n## Seulement en français\n',
    [`${FR}/guide.md`]: `${read(`${FR}/guide.md`)}\n[Français](/api#seulement-en-français)\n`,
    'docs/faq.md': `${read('docs/faq.md')}\n[English](/api#only-in-english) [French](/api#seulement-en-français)\n`,
    'src/pages/rp.js': "import React from 'react';\nimport Link from '@docusaurus/Link';\n\nexport default function Rp() {\n  return <Link to=\"/api#only-in-english\">API</Link>;\n}\n",
  };
  const lines = (await checkWith(files, FIXTURE)).problems.map(textLine);
  assert.equal(lines.length, 3, lines.join('\n'));
  // A React page is built in each locale too: its <Link> breaks in the French build alone.
  assert.match(lines.find((line) => line.startsWith('src/pages/rp.js')) ?? '', /^src\/pages\/rp\.js:5:10: error broken-anchor: .*\(in the build of locale fr\)/);
  // The default build renders the English page: its French heading is no anchor there.
  const [french, english] = [lines.find((line) => line.includes('#seulement-en-fran')), lines.find((line) => line.startsWith('docs/') && line.includes('#only-in-english'))];
  assert.match(french ?? '', /^docs\/faq\.md:\d+:\d+: error broken-anchor: /);
  assert.doesNotMatch(french ?? '', /locale/);
  // The French build renders the translation in its place: the untranslated doc's link to the English heading breaks there.
  assert.match(english ?? '', /^docs\/faq\.md:\d+:\d+: error broken-anchor: .*i18n\/fr\/docusaurus-plugin-content-pages\/api\.md \(in the build of locale fr\)/);
});

// diff73's p08, p09 and p26 built these with Docusaurus 3.10.2: a locale that translates only
// pages of src/pages is a build of its own, and so is the default locale with its own folder.
test('a locale that translates only pages of src/pages, a Markdown page and a React page, is checked as its build reads them; so is the default locale\'s own translation of a page', async () => {
  const config = (locales: string) => `module.exports = {\n  title: 'Pages', url: 'https://docs.example.com', baseUrl: '/',\n  onBrokenLinks: 'throw', onBrokenAnchors: 'throw',\n  i18n: { defaultLocale: 'en', locales: ${locales} },\n  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false }]],\n};\n`;
  const files = {
    'docusaurus.config.js': config("['en', 'fr']"),
    'docs/index.md': '---\nslug: /\n---\n\n# Home\n\n[shared](/api#shared) [english](/api#english-only) [team](/rp)\n',
    'src/pages/api.md': '# API\n\n## Shared {#shared}\n\n## English only\n',
    'i18n/fr/docusaurus-plugin-content-pages/api.md': '# API\n\n## Partagé {#shared}\n',
    'src/pages/rp.js': "import React from 'react';\nimport Link from '@docusaurus/Link';\n\nexport default function Rp() {\n  return <Link to=\"/\">home</Link>;\n}\n",
    'i18n/fr/docusaurus-plugin-content-pages/rp.js': "import React from 'react';\nimport Link from '@docusaurus/Link';\n\nexport default function Rp() {\n  return <Link to=\"/nulle-part\">accueil</Link>;\n}\n",
  };
  const lines = (await checkWith(files)).problems.map(textLine);
  assert.deepEqual(lines.map((line) => line.split(': ')[0] + ' ' + (/\(in the build of locale fr\)/.test(line) ? 'fr' : 'default')), [
    'docs/index.md:7:23 fr',
    'i18n/fr/docusaurus-plugin-content-pages/rp.js:5:10 fr',
  ], lines.join('\n'));
  // One locale, with its own folder: the build reads the page's translation in place of src/pages'.
  const own = await checkWith({
    'docusaurus.config.js': config("['en']"),
    'docs/index.md': '---\nslug: /\n---\n\n# Home\n\n[original](/enpage#original) [replaced](/enpage#replaced)\n',
    'src/pages/enpage.md': '# En page\n\n## Original\n',
    'i18n/en/docusaurus-plugin-content-pages/enpage.md': '# En page\n\n## Replaced\n',
  });
  assert.deepEqual(own.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['docs/index.md:7:1 broken-anchor']);
});
