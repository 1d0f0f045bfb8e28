/**
 * Stylesheets as css-loader reads them (load/stylesheets.ts): every `@import` and `url()` must
 * name a file, or the build stops; addresses css-loader leaves alone count for nothing. Through
 * the check: the theme's customCss, and a stylesheet a page imports. (tests/site/agreement.test.ts
 * builds the mistakes and the look-alikes with Docusaurus.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { stylesheetContext, stylesheetFailures } from '../../scripts/content/load/stylesheets.ts';
import { problemsWith } from '../helpers/check-fixture.ts';
import { settle, throwawaySiteDir, writeSiteFile } from '../helpers/paths.ts';
import { checkSite } from '../../scripts/check/check-site.ts';
import { clearCheckCache } from '../../scripts/content/load/check-cache.ts';

/** The failures of `src/css/custom.css` in a throwaway site of `files`, as `file:line:column problem`. */
function failuresOf(files: Record<string, string>, declared: string[] = [], mayAddLoaders = false): string[] {
  const dir = throwawaySiteDir('stylesheets-');
  try {
    for (const [file, text] of Object.entries(files)) writeSiteFile(dir, file, text);
    const isFile = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
    const context = stylesheetContext(dir, ['static'], isFile, () => new Set(declared), mayAddLoaders);
    return stylesheetFailures(path.join(dir, 'src/css/custom.css'), context).map((failure) => `${path.relative(dir, failure.file)}:${failure.line}:${failure.column} ${failure.problem}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const LOOK_ALIKES = [
  '/* url(./commented-out.png) and @import "./nope.css"; */',
  '@import url("https://fonts.example.com/css?family=Inter");',
  '.a { background: url(data:image/png;base64,iVBORw0KGgo=); }',
  '.b { fill: url("#gradient"); }',
  '.c { background: url(//cdn.example.com/x.png); }',
  '.d { background: url(/img/ok.png); }',
  '.e { background: url("@site/static/img/ok.png"); }',
  ".f { background: url('../img/rel.png?v=2#frag'); }",
  '.g::after { content: "url(./in-a-string.png)"; }',
  '.h { background: url(rel-beside.png); }',
  '.i { background: url(my%20logo.png); }',
].join('\n');

test('addresses css-loader leaves alone, and references that resolve (from static/, @site/, relative, encoded), get nothing', () => {
  assert.deepEqual(failuresOf({
    'src/css/custom.css': `${LOOK_ALIKES}\n`,
    'static/img/ok.png': 'x',
    'src/img/rel.png': 'x',
    'src/css/rel-beside.png': 'x',
    'src/css/my logo.png': 'x',
  }), []);
});

test('each reference to nothing, at its place: an @import, url() relative, from the root, from @site/, in a custom property, and one in a stylesheet it imports', () => {
  assert.deepEqual(failuresOf({
    'src/css/custom.css': '@import "./missing.css";\n@import "./parts/cards.css";\n:root {\n  --hero: url(./nothing-here.png);\n}\n.a { background: url("../img/nope.png"); }\n.b { background: url(/img/gone.png); }\n.c { background: url(@site/static/img/gone.svg); }\n',
    'src/css/parts/cards.css': '.card {\n  background-image: url(./card.png);\n}\n',
  }), [
    'src/css/custom.css:1:1 @import "./missing.css" resolves to no file',
    'src/css/parts/cards.css:2:21 url("./card.png") resolves to no file',
    'src/css/custom.css:4:11 url("./nothing-here.png") resolves to no file',
    'src/css/custom.css:6:18 url("../img/nope.png") resolves to no file',
    'src/css/custom.css:7:18 url("/img/gone.png") resolves to no file',
    'src/css/custom.css:8:18 url("@site/static/img/gone.svg") resolves to no file',
  ]);
});

test('a name that is no path: a package\'s file resolves; one of no installed package is reported, unless package.json names it or a plugin may alias it', () => {
  const files = { 'src/css/custom.css': '@import "not-a-package-anywhere/x.css";\n.a { background: url(acorn/package.json); }\n' };
  assert.deepEqual(failuresOf(files), ['src/css/custom.css:1:1 @import "not-a-package-anywhere/x.css" resolves to no file']);
  assert.deepEqual(failuresOf(files, ['not-a-package-anywhere']), []);
  assert.deepEqual(failuresOf(files, [], true), []);
});

test('a stylesheet postcss cannot parse: one failure, where postcss stops', () => {
  assert.deepEqual(failuresOf({ 'src/css/custom.css': '.a {\n  color: red;\n' }), ['src/css/custom.css:1:1 postcss cannot parse it (Unclosed block)']);
});

test('the check: a customCss that names no file is an error at the config\'s entry; its references to nothing are errors in the stylesheet; a page\'s imported stylesheet, at the import', async () => {
  const config = (customCss: string) => `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  presets: [['classic', { docs: { sidebarPath: false, routeBasePath: '/' }, blog: false, theme: {\n    customCss: ${customCss},\n  } }]],\n};\n`;
  const problems = await problemsWith({
    'docusaurus.config.js': config("['./src/css/custom.css', './src/css/gone.css']"),
    'docs/index.md': '---\nslug: /\n---\n\n# Home\n',
    'src/css/custom.css': '.hero { background: url(../img/hero.png); }\n',
    'docs/styled.mdx': "---\ntitle: Styled\n---\n\nimport './styled.css';\n\n# Styled\n",
    'docs/styled.css': '.x { background-image: url("./gone.png"); }\n',
  });
  assert.deepEqual(problems.filter((p) => p.rule === 'broken-link').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`), [
    'docs/styled.mdx:5:1 error: import "./styled.css": the build reads styled.css with css-loader, and docs/styled.css:1:24: url("./gone.png") resolves to no file, and the build stops',
    'docusaurus.config.js:4:42 error: customCss "src/css/gone.css" names no file, and the build stops',
    'src/css/custom.css:1:21 error: url("../img/hero.png") resolves to no file (in the theme\'s customCss, which every page bundles), and the build stops',
  ]);
});

test('with the cache: a stored report follows the customCss stylesheet and the files it names', async () => {
  const dir = throwawaySiteDir('stylesheets-cache-');
  try {
    writeSiteFile(dir, 'docusaurus.config.js', "module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  presets: [['classic', { docs: { sidebarPath: false, routeBasePath: '/' }, blog: false, theme: { customCss: './src/css/custom.css' } }]],\n};\n");
    writeSiteFile(dir, 'docs/index.md', '---\nslug: /\n---\n\n# Home\n');
    writeSiteFile(dir, 'src/css/custom.css', '.hero { background: url(../img/hero.png); }\n');
    settle(dir);
    const places = async () => (await checkSite(dir, { reuseReport: true })).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}`);
    assert.deepEqual(await places(), ['src/css/custom.css:1:21 error']);
    assert.deepEqual(await places(), ['src/css/custom.css:1:21 error'], 'the stored report');
    writeSiteFile(dir, 'src/img/hero.png', 'x');
    assert.deepEqual(await places(), [], 'the file it names is there now');
    settle(dir);
    assert.deepEqual(await places(), []);
    fs.writeFileSync(path.join(dir, 'src/css/custom.css'), '.hero {\n  background: url(../img/heroes.png);\n}\n');
    assert.deepEqual(await places(), ['src/css/custom.css:2:15 error'], 'the stylesheet edited');
  } finally {
    clearCheckCache(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
