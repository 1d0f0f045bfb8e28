/**
 * The site's own theme components (src/theme) that the build bundles
 * (load/bundled-theme-overrides.ts): a replaced component the theme's tree reaches is bundled
 * whatever links to it, and an import it cannot take stops the build; a file nothing reaches
 * (a blog component on a site without a blog, a helper nothing imports) is not bundled. A
 * failure is reported once, in the file that holds it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';
import { settle, throwawaySiteDir, writeSiteFile } from '../helpers/paths.ts';
import { checkSite } from '../../scripts/check/check-site.ts';
import { bundledThemeOverrides } from '../../scripts/content/load/bundled-theme-overrides.ts';
import { routeComponentsField, routeModulesOf } from '../../scripts/content/load/route-components.ts';

const placed = (problems: Awaited<ReturnType<typeof problemsWith>>) =>
  problems.filter((p) => p.rule === 'broken-link').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`);

const FOOTER_WRAPPER = "import React from 'react';\nimport Footer from '@theme-original/Footer';\nimport Badge from './Badge';\n\nexport default function FooterWrapper(props) {\n  return <><Badge /><Footer {...props} /></>;\n}\n";

test('a replaced Footer (every page renders it) whose own import is missing: an error at its line', async () => {
  const problems = await problemsWith({ 'src/theme/Footer/index.js': FOOTER_WRAPPER });
  assert.deepEqual(placed(problems), ['src/theme/Footer/index.js:3:19 error: import "./Badge" resolves to no file or package, and the build stops']);
});

test('a failure behind another replaced component is reported once, where it is written', async () => {
  const problems = await problemsWith({
    'src/theme/Footer/index.js': FOOTER_WRAPPER.replace("from './Badge'", "from '@theme/FooterBadge'"),
    'src/theme/FooterBadge.js': "import React from 'react';\nimport stars from '@site/src/data/stars.json';\n\nexport default () => <span>{stars.count}</span>;\n",
  });
  assert.deepEqual(placed(problems), ['src/theme/FooterBadge.js:2:19 error: import "@site/src/data/stars.json" resolves to no file or package, and the build stops']);
});

test('a page that imports a replaced component the build bundles anyway (@theme/CodeBlock): its failure is reported in the component, not again at the page', async () => {
  const problems = await problemsWith({
    'src/theme/CodeBlock/index.js': "import React from 'react';\nimport Frame from './Frame';\n\nexport default (props) => <Frame {...props} />;\n",
    'docs/page.mdx': "---\ntitle: Page\n---\n\nimport CodeBlock from '@theme/CodeBlock';\n\n<CodeBlock>x</CodeBlock>\n",
  });
  assert.deepEqual(placed(problems), ['src/theme/CodeBlock/index.js:2:19 error: import "./Frame" resolves to no file or package, and the build stops']);
});

test('the same mistakes where the build bundles nothing: a blog component without a blog, a helper nothing imports, a wrapper that builds', async () => {
  const missing = "import React from 'react';\nimport Nope from './Nope';\n\nexport default () => <Nope />;\n";
  assert.deepEqual(placed(await problemsWith({
    'src/theme/BlogPostPage/index.js': missing,
    'src/theme/Unused.js': missing,
    'src/theme/Footer/index.js': FOOTER_WRAPPER,
    'src/theme/Footer/Badge.js': "export default () => null;\n",
  })), []);
});

test('a route component is bundled where the site has such a route: a generated index\'s page, with a category that asks for one, and not without', async () => {
  const page = "import React from 'react';\nimport Cards from './Cards';\n\nexport default () => <Cards />;\n";
  const category = { 'docs/guides/setup.md': '# Setup\n', 'src/theme/DocCategoryGeneratedIndexPage/index.js': page };
  assert.deepEqual(placed(await problemsWith({ ...category, 'docs/guides/_category_.json': '{ "label": "Guides", "link": { "type": "generated-index" } }\n' })), [
    'src/theme/DocCategoryGeneratedIndexPage/index.js:2:19 error: import "./Cards" resolves to no file or package, and the build stops',
  ]);
  assert.deepEqual(placed(await problemsWith({ ...category, 'docs/guides/_category_.json': '{ "label": "Guides" }\n' })), []);
});

test('a blog without posts still has its list page: a replaced blog component it renders is bundled', async () => {
  const config = "module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  presets: [['classic', { docs: { sidebarPath: false, routeBasePath: '/' }, blog: {} }]],\n};\n";
  assert.deepEqual(placed(await problemsWith({ 'docusaurus.config.js': config, 'src/theme/BlogSidebar/index.js': "import React from 'react';\nimport Nope from './Nope';\n\nexport default () => <Nope />;\n" })), [
    'src/theme/BlogSidebar/index.js:2:18 error: import "./Nope" resolves to no file or package, and the build stops',
  ]);
});

test('docItemComponent names another component: the build renders docs with it, and bundles the replaced DocItem only if something still imports it', async () => {
  const config = (docs: string) => `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  presets: [['classic', { docs: ${docs}, blog: false }]],\n};\n`;
  const files = {
    'docs/index.md': '---\nslug: /\n---\n\n# Home\n',
    'src/theme/DocItem/index.js': "import React from 'react';\nimport Missing from './Missing';\n\nexport default () => <Missing />;\n",
    'src/theme/MyDocItem/index.js': "import React from 'react';\nimport Badge from './Badge';\n\nexport default () => <Badge />;\n",
  };
  // diff68 built both: the replaced DocItem is never bundled, the component named instead is.
  assert.deepEqual(placed(await problemsWith({ ...files, 'docusaurus.config.js': config("{ routeBasePath: '/', docItemComponent: '@theme/MyDocItem' }") })), [
    'src/theme/MyDocItem/index.js:2:19 error: import "./Badge" resolves to no file or package, and the build stops',
  ]);
  assert.deepEqual(placed(await problemsWith({ ...files, 'docusaurus.config.js': config("{ routeBasePath: '/' }") })), [
    'src/theme/DocItem/index.js:2:21 error: import "./Missing" resolves to no file or package, and the build stops',
  ]);
});


test('the route components as the config names them: per default component, every instance\'s module, the default among them where one keeps it', () => {
  assert.deepEqual(routeComponentsField({ presets: [['classic', { docs: {}, blog: false }]] }), {});
  assert.deepEqual(routeComponentsField({
    presets: [['classic', { docs: { docItemComponent: '@theme/ApiItem' }, blog: { blogPostComponent: '@site/src/Post.js' } }]],
    plugins: [['@docusaurus/plugin-content-docs', { id: 'api' }]],
  }), { routeComponents: { DocItem: ['@theme/ApiItem', '@theme/DocItem'], BlogPostPage: ['@site/src/Post.js'] } });
  assert.deepEqual(routeModulesOf({}, 'DocItem'), ['@theme/DocItem']);
});

/**
 * A small theme (`node_modules/fake-theme/lib/theme`) and a site replacing some
 * of its components in src/theme; `@theme/X` resolves to the site's file first, as the build's
 * alias does. Returns the walk's answer and how many imports it resolved.
 */
const THEME = 'node_modules/fake-theme/lib/theme';

function walkTheme(own: Record<string, string>, ownFiles: 'listed' | 'not listed') {
  const dir = throwawaySiteDir('theme-walk-');
  try {
    const theme: Record<string, string> = {
      'Layout.js': "import Navbar from '@theme/Navbar';\nimport Footer from '@theme/Footer';\n",
      'Navbar.js': "import Item from '@theme/NavbarItem';\nimport Logo from '@theme/Logo';\n",
      'NavbarItem.js': "import Link from '@theme/Link';\n",
      'Logo.js': "import Link from '@theme/Link';\n",
      'Link.js': '',
      'Footer.js': "import Link from '@theme/Link';\n",
      'DocItem.js': "import Content from '@theme/DocItemContent';\n",
      'DocItemContent.js': "import Link from '@theme/Link';\n",
    };
    for (const [file, text] of Object.entries(theme)) writeSiteFile(dir, `${THEME}/${file}`, text);
    for (const [file, text] of Object.entries(own)) writeSiteFile(dir, `src/theme/${file}`, text);
    let resolved = 0;
    const fileOf = (importer: string, source: string) => {
      resolved += 1;
      const name = source.replace(/^@theme(?:-original)?\//, '');
      if (source.startsWith('.')) return path.resolve(path.dirname(importer), `${source}.js`);
      if (!source.startsWith('@theme-original/') && fs.existsSync(path.join(dir, 'src/theme', `${name}.js`))) return path.join(dir, 'src/theme', `${name}.js`);
      return fs.existsSync(path.join(dir, THEME, `${name}.js`)) ? path.join(dir, THEME, `${name}.js`) : undefined;
    };
    const listed = new Set(Object.keys(own).map((file) => path.join(dir, 'src/theme', file)));
    const { bundled, everyPage } = bundledThemeOverrides(dir, ['@theme/DocItem'], fileOf, ownFiles === 'listed' ? listed : undefined);
    const relative = (files: string[]) => files.map((file) => path.relative(dir, file).split(path.sep).join('/'));
    return { bundled: relative(bundled), everyPage: relative(everyPage), resolved };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('the walk of the theme\'s tree stops once it has reached every script of src/theme: the same files, in the same order, fewer imports resolved', () => {
  const own = { 'Footer.js': "import Footer from '@theme-original/Footer';\nimport Badge from './Badge';\n", 'Badge.js': '' };
  const whole = walkTheme(own, 'not listed');
  const stopped = walkTheme(own, 'listed');
  assert.deepEqual(whole.bundled, ['src/theme/Footer.js', 'src/theme/Badge.js']);
  assert.deepEqual(whole.everyPage, ['src/theme/Footer.js', 'src/theme/Badge.js']);
  assert.deepEqual({ bundled: stopped.bundled, everyPage: stopped.everyPage }, { bundled: whole.bundled, everyPage: whole.everyPage });
  assert.ok(stopped.resolved < whole.resolved, `${stopped.resolved} imports resolved, against ${whole.resolved} for the whole tree`);
});

test('a script of src/theme that nothing reaches: the walk goes through the whole tree, as without the list', () => {
  const own = { 'Footer.js': "import Footer from '@theme-original/Footer';\n", 'Unused.js': "import Nope from './Nope';\n" };
  const whole = walkTheme(own, 'not listed');
  const listed = walkTheme(own, 'listed');
  assert.deepEqual(listed, whole);
  assert.deepEqual(listed.bundled, ['src/theme/Footer.js']);
});

test('with the cache: a replaced component added to src/theme after a stored report (its walk stopped early) is read by the next check', async () => {
  const dir = throwawaySiteDir('theme-walk-cache-');
  try {
    fs.copyFileSync(path.join(__dirname, '..', 'fixtures', 'mdx', 'docusaurus.config.js'), path.join(dir, 'docusaurus.config.js'));
    writeSiteFile(dir, 'docs/index.md', '# Home\n');
    writeSiteFile(dir, 'src/theme/Footer/index.js', FOOTER_WRAPPER.replace("import Badge from './Badge';\n", '').replace('<Badge />', ''));
    settle(dir);
    const errors = async () => placed((await checkSite(dir, { reuseReport: true })).problems);
    assert.deepEqual(await errors(), []);
    assert.equal((await checkSite(dir, { reuseReport: true })).site, undefined, 'nothing changed: the stored report is reused');
    // Deep in the tree the walk left unread (Layout, Navbar, its content): the build bundles the
    // site's replacement, and the first check never asked whether the site had one.
    writeSiteFile(dir, 'src/theme/ColorModeToggle/index.js', "import React from 'react';\nimport Nope from './Nope';\n\nexport default () => <Nope />;\n");
    // Settled (times a while back) without touching the other files, whose times vouch for the stored report.
    const settled = new Date(Date.now() - 30_000);
    for (const file of ['src/theme/ColorModeToggle/index.js', 'src/theme/ColorModeToggle', 'src/theme']) fs.utimesSync(path.join(dir, file), settled, settled);
    assert.deepEqual(await errors(), ['src/theme/ColorModeToggle/index.js:2:18 error: import "./Nope" resolves to no file or package, and the build stops']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
