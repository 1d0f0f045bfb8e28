/**
 * The config's staticDirectories (model/static-folders.ts): a path from the root is looked for in
 * each folder, in the config's order, by mdx-loader for a page's images and file links, and by
 * webpack for a stylesheet's url() and an import from `/`. A folder the config does not name is
 * not served, even `static/`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';
import { staticFileOf } from '../../scripts/content/model/static-folders.ts';

const CONFIG = (staticDirectories: string[]) => `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  staticDirectories: ${JSON.stringify(staticDirectories)},\n  presets: [['classic', { docs: { sidebarPath: false, routeBasePath: '/' }, blog: false, theme: { customCss: './src/css/custom.css' } }]],\n};\n`;
const PAGE = '---\nslug: /\n---\n\n# Home\n\n![logo](/img/logo.png)\n\n[the sheet](/files/sheet.pdf)\n\n![diagram][d]\n\n[d]: /img/diagram.png\n';
const STYLESHEET = '.hero { background: url(/img/hero.png); }\n';
const ASSETS = ['img/logo.png', 'files/sheet.pdf', 'img/diagram.png', 'img/hero.png'];

const problems = async (staticDirectories: string[], assetsIn: Record<string, string>) => {
  const files: Record<string, string> = { 'docusaurus.config.js': CONFIG(staticDirectories), 'docs/index.md': PAGE, 'src/css/custom.css': STYLESHEET };
  for (const asset of ASSETS) files[`${assetsIn[asset] ?? 'static'}/${asset}`] = 'x';
  return (await problemsWith(files)).filter((p) => p.rule === 'broken-link').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`);
};

test('files from the root in a second static folder, or in the only one the config names: nothing', async () => {
  const inPublic = Object.fromEntries(ASSETS.map((asset) => [asset, 'public']));
  assert.deepEqual(await problems(['static', 'public'], inPublic), []);
  assert.deepEqual(await problems(['public'], inPublic), []);
});

test('files only in static/, which the config no longer names: the image, the file link and the url() stop the build; the image reference warns', async () => {
  assert.deepEqual(await problems(['public'], {}), [
    'docs/index.md:7:1 error: no image "public/img/logo.png"',
    'docs/index.md:9:1 error: no page at "/files/sheet.pdf"',
    'docs/index.md:13:1 warning: image "/img/diagram.png", written by reference, is in no folder the site serves (public/img/diagram.png does not exist)',
    'src/css/custom.css:1:21 error: url("/img/hero.png") resolves to no file (in the theme\'s customCss, which every page bundles), and the build stops',
  ]);
});

test('staticFileOf: the first folder that holds the path, in order; the site\'s own folder (".") too; none for a path no folder holds', () => {
  const files = new Set(['public/img/a.png', 'static/img/a.png', 'static/img/b.png', 'favicon.ico']);
  const isFile = (relative: string) => files.has(relative);
  assert.equal(staticFileOf(['public', 'static'], '/img/a.png', isFile), 'public/img/a.png');
  assert.equal(staticFileOf(['public', 'static'], '/img/b.png', isFile), 'static/img/b.png');
  assert.equal(staticFileOf(['.'], '/favicon.ico', isFile), 'favicon.ico');
  assert.equal(staticFileOf(['public'], '/img/b.png', isFile), undefined);
});
