/**
 * Docusaurus's theme aliases (@docusaurus/core's webpack/aliases, createThemeAliases), as the
 * check resolves them (load/module-resolver.ts): `@theme-original/X` exists for what a theme
 * provides (Docusaurus's fallback or a plugin's theme), never for what only the site's src/theme
 * has; `@theme-init/X` only when two themes provide X, and it takes the first of them (the
 * fallback before the classic theme). Without such an alias webpack stops the build ("Module not
 * found"), which the check reports as it does any import that resolves to nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';

const page = (body: string) => `---\ntitle: Page\n---\n\n${body}`;
const placed = (problems: Awaited<ReturnType<typeof problemsWith>>) =>
  problems.filter((p) => p.rule === 'broken-link').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`);
const NOT_FOUND = 'resolves to no file or package';

test('@theme-init/CodeBlock, which only the classic theme provides: no such alias, an error at the import', async () => {
  const problems = await problemsWith({ 'docs/page.mdx': page("import CodeBlock from '@theme-init/CodeBlock';\n\n<CodeBlock>x</CodeBlock>\n") });
  assert.deepEqual(placed(problems), [`docs/page.mdx:5:1 error: import "@theme-init/CodeBlock" ${NOT_FOUND}`]);
});

test('a swizzled component wrapping @theme-init/Footer (the classic theme\'s alone): an error at its line', async () => {
  const wrapper = "import React from 'react';\nimport Footer from '@theme-init/Footer';\n\nexport default (props) => <Footer {...props} />;\n";
  const problems = await problemsWith({ 'src/theme/Footer/index.js': wrapper });
  assert.deepEqual(placed(problems), [`src/theme/Footer/index.js:2:20 error: import "@theme-init/Footer" ${NOT_FOUND}, and the build stops`]);
  // The same wrapper by @theme-original builds.
  assert.deepEqual(placed(await problemsWith({ 'src/theme/Footer/index.js': wrapper.replace('@theme-init/', '@theme-original/') })), []);
});

test('@theme-original/CodeBlock and @theme/CodeBlock resolve', async () => {
  const problems = await problemsWith({
    'docs/page.mdx': page("import CodeBlock from '@theme-original/CodeBlock';\nimport Same from '@theme/CodeBlock';\n\n<CodeBlock>x</CodeBlock> <Same>y</Same>\n"),
  });
  assert.deepEqual(placed(problems), []);
});

test('@theme-original/MyOwn, which only src/theme provides: an error; @theme/MyOwn resolves', async () => {
  const own = { 'src/theme/MyOwn.js': "export default function MyOwn() {\n  return null;\n}\n" };
  const original = await problemsWith({ ...own, 'docs/page.mdx': page("import MyOwn from '@theme-original/MyOwn';\n\n<MyOwn />\n") });
  assert.deepEqual(placed(original), [`docs/page.mdx:5:1 error: import "@theme-original/MyOwn" ${NOT_FOUND}`]);
  const theme = await problemsWith({ ...own, 'docs/page.mdx': page("import MyOwn from '@theme/MyOwn';\n\n<MyOwn />\n") });
  assert.deepEqual(placed(theme), []);
});

test('@theme-init/NotFound and @theme-init/Layout, which the fallback and the classic theme both provide, resolve', async () => {
  const problems = await problemsWith({
    'docs/page.mdx': page("import NotFound from '@theme-init/NotFound';\nimport Layout from '@theme-init/Layout';\n\n<Layout><NotFound /></Layout>\n"),
  });
  assert.deepEqual(placed(problems), []);
});

test('@theme-init/SiteMetadata is the fallback\'s (the first theme to provide it), which does not render the classic theme\'s SearchMetadata', async () => {
  // Without docs or a blog, only the classic SiteMetadata renders SearchMetadata: the site's broken one is bundled only if that is.
  const site = {
    'docusaurus.config.js': "module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  presets: [['classic', { docs: false, blog: false }]],\n};\n",
    'src/pages/index.md': '# Home\n',
    'src/theme/SearchMetadata.js': "import React from 'react';\nimport Nope from './Nope';\n\nexport default () => <Nope />;\n",
  };
  const wrapper = (alias: string) => `import React from 'react';\nimport SiteMetadata from '${alias}';\n\nexport default (props) => <SiteMetadata {...props} />;\n`;
  assert.deepEqual(placed(await problemsWith({ ...site, 'src/theme/SiteMetadata/index.js': wrapper('@theme-init/SiteMetadata') })), []);
  // @theme-original/SiteMetadata is the classic theme's (the last to provide it), which does.
  assert.deepEqual(placed(await problemsWith({ ...site, 'src/theme/SiteMetadata/index.js': wrapper('@theme-original/SiteMetadata') })), [
    `src/theme/SearchMetadata.js:2:18 error: import "./Nope" ${NOT_FOUND}, and the build stops`,
  ]);
});

test('with a theme the config lists after the classic one: @theme-init/X is the classic theme\'s (the first), @theme-original/X the later theme\'s; X of that theme alone has no @theme-init', async () => {
  const site = {
    'docusaurus.config.js': "module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  presets: [['classic', { docs: { sidebarPath: false, routeBasePath: '/' }, blog: false }]],\n  themes: ['docusaurus-theme-fake'],\n};\n",
    'node_modules/docusaurus-theme-fake/package.json': '{ "name": "docusaurus-theme-fake", "version": "1.0.0", "main": "index.js" }\n',
    'node_modules/docusaurus-theme-fake/index.js': "const path = require('path');\nmodule.exports = () => ({ name: 'fake', getThemePath: () => path.join(__dirname, 'lib', 'theme') });\n",
    // The later theme's Footer renders a FooterBadge, which the site replaces with one that cannot build.
    'node_modules/docusaurus-theme-fake/lib/theme/Footer/index.js': "import React from 'react';\nimport Badge from '@theme/FooterBadge';\n\nexport default () => <footer><Badge /></footer>;\n",
    'node_modules/docusaurus-theme-fake/lib/theme/Only/index.js': 'export default () => null;\n',
    'src/theme/FooterBadge.js': "import React from 'react';\nimport Nope from './Nope';\n\nexport default () => <Nope />;\n",
  };
  const wrapper = (alias: string) => `import React from 'react';\nimport Footer from '${alias}';\n\nexport default (props) => <Footer {...props} />;\n`;
  const withWrapper = (alias: string) => problemsWith({ ...site, 'docs/index.md': '# Home\n', 'src/theme/Footer/index.js': wrapper(alias) });
  assert.deepEqual(placed(await withWrapper('@theme-init/Footer')), []);
  assert.deepEqual(placed(await withWrapper('@theme-original/Footer')), [`src/theme/FooterBadge.js:2:18 error: import "./Nope" ${NOT_FOUND}, and the build stops`]);
  assert.deepEqual(placed(await withWrapper('@theme-init/Only')), [`src/theme/Footer/index.js:2:20 error: import "@theme-init/Only" ${NOT_FOUND}, and the build stops`]);
  assert.deepEqual(placed(await withWrapper('@theme-original/Only')), []);
});
