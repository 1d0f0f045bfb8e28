/**
 * Files a page imports, read as the build reads them (load/imported-files.ts), and whether a
 * site's plugins may bring loaders of their own (load/plugin-routes.ts mayAddLoaders).
 * tests/site/agreement.test.ts builds each kind of mistake with Docusaurus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { docusaurusPackages } from '../../scripts/content/load/docusaurus-packages.ts';
import { unreadableImports } from '../../scripts/content/load/imported-files.ts';
import { mayAddLoaders } from '../../scripts/content/load/plugin-routes.ts';
import { outputPath, SITE_DIR } from '../helpers/paths.ts';

const FILES: Record<string, string> = {
  'ok.json': '{"port": 8443}\n',
  'broken.json': '{\n  "port": 8443,\n}\n',
  'bom.json': '\ufeff{"port": 8443}\n', // a byte-order mark, which the bundler drops
  'bom-broken.json': '\ufeff{\n  "port": 8443,\n}\n',
  'notes.txt': 'Rotate the keys every year.\n',
  'labels.yaml': 'name: fleet\n', // a label, then a read of `fleet`: it parses, and fails as the page loads
  'counts.yaml': 'replicas: 3\nenabled: true\n', // labels and literals: it runs, and exports nothing
  'helpers.txt': 'export const port = 8443;\nfunction later() { return missing; }\n', // JavaScript after all; a read in a function may never run
  'common.txt': 'module.exports = { port: 8443 };\n',
  'values.yaml': 'replicas: 3\nimage: rancher/fleet:v0.9\n',
  'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>\n',
  'broken.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1"</svg>\n',
  'pixel.png': 'not read',
  'extra.css': '.x { color: red; }\n',
  'Note.js': 'export const Note = 1;\n',
};

function siteWith(name: string): string {
  const dir = outputPath(`imported-files-${name}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'docs'), { recursive: true });
  for (const [file, text] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, 'docs', file), text);
  return dir;
}

/** What each import gets: `-` for nothing, else the problem, `(warning)` when unsure. */
function verdicts(dir: string, sources: string[], mayAdd = false, declared: string[] = []): string[] {
  const imports = sources.map((source, i) => ({ source, line: i + 1, column: 1 }));
  const fileOf = (_file: string, source: string) => (source.startsWith('./') && fs.existsSync(path.join(dir, 'docs', source)) ? path.join(dir, 'docs', source) : undefined);
  // Docusaurus, SVGR and the loaders resolve from the project's own packages.
  const found = unreadableImports(SITE_DIR, [{ file: 'docs/page.mdx', imports }], { fileOf, mayAddLoaders: mayAdd, declared: () => new Set(declared), resolvePackage: (specifier) => docusaurusPackages(SITE_DIR).resolve(specifier) })?.['docs/page.mdx'] ?? [];
  return sources.map((source) => {
    const unread = found.find((each) => each.source === source);
    return unread ? `${source}: ${unread.problem}${unread.unsure ? ' (warning)' : ''}` : `${source}: -`;
  });
}

test('JSON, SVGs and files of other types are read as the build reads them; assets, styles and scripts are not read', () => {
  const dir = siteWith('types');
  assert.deepEqual(verdicts(dir, ['./ok.json', './broken.json', './bom.json', './bom-broken.json', './notes.txt', './labels.yaml', './counts.yaml', './helpers.txt', './common.txt', './values.yaml', './logo.svg', './broken.svg', './pixel.png', './extra.css', './Note.js']), [
    './ok.json: -',
    './broken.json: the build parses broken.json as JSON, and it does not parse (broken.json:3:1: Expected double-quoted property name)',
    './bom.json: -',
    './bom-broken.json: the build parses bom-broken.json as JSON, and it does not parse (bom-broken.json:3:1: Expected double-quoted property name)',
    './notes.txt: no loader of the build takes .txt files, so it parses notes.txt as JavaScript, which it is not (notes.txt:1:8: Unexpected token)',
    './labels.yaml: no loader of the build takes .yaml files, so it runs labels.yaml as JavaScript, where "fleet" is not defined (labels.yaml:1:7): the page fails to render',
    './counts.yaml: no loader of the build takes .yaml files, so it runs counts.yaml as JavaScript, which exports nothing: the page gets an empty module instead of the file\'s content (warning)',
    './helpers.txt: -',
    './common.txt: -',
    './values.yaml: no loader of the build takes .yaml files, so it parses values.yaml as JavaScript, which it is not (values.yaml:2:21: Unexpected token)',
    './logo.svg: -',
    './broken.svg: SVGR cannot read the SVG (broken.svg:1:56: Invalid attribute name)',
    './pixel.png: -',
    './extra.css: -',
    './Note.js: -',
  ]);
});

test('a site whose plugins may add loaders gets a warning for a file of another type; JSON is JSON whatever the plugins', () => {
  const dir = siteWith('plugins');
  assert.deepEqual(verdicts(dir, ['./notes.txt', './labels.yaml', './broken.json'], true).map((line) => line.endsWith('(warning)')), [true, true, false]);
});

test('an inline loader must be installed: an error, or a warning when package.json lists it', () => {
  const dir = siteWith('loaders');
  assert.deepEqual(verdicts(dir, ['!!raw-loader!./notes.txt'], false, []), ['!!raw-loader!./notes.txt: the loader "raw-loader" is not installed']);
  assert.deepEqual(verdicts(dir, ['!!raw-loader!./notes.txt'], false, ['raw-loader']), ['!!raw-loader!./notes.txt: the loader "raw-loader" is in package.json but not installed: the build stops until it is (warning)']);
  // A loader that resolves passes, whatever its options (esbuild stands in for one: it is installed here).
  assert.deepEqual(verdicts(dir, ['!!esbuild!./notes.txt', '-!esbuild?x=1!./notes.txt', 'notes.raw!=!esbuild!./notes.txt']), ['!!esbuild!./notes.txt: -', '-!esbuild?x=1!./notes.txt: -', 'notes.raw!=!esbuild!./notes.txt: -']);
  assert.deepEqual(verdicts(dir, ['notes.raw!=!raw-loader!./notes.txt']), ['notes.raw!=!raw-loader!./notes.txt: the loader "raw-loader" is not installed']);
});

test('a module of Node.js stops the build unless a package of its name is installed; a "node:" address always; a plugin that configures the bundler makes it a warning', () => {
  const dir = siteWith('node-modules');
  // events is installed here (webpack depends on it), fs and child_process are not.
  assert.deepEqual(verdicts(dir, ['fs', 'fs/promises', 'child_process', 'node:path', 'node:events', 'events', 'react']), [
    'fs: a module of Node.js, which the browser bundle the build makes does not have (no package "fs" is installed to take its place)',
    'fs/promises: a module of Node.js, which the browser bundle the build makes does not have (no package "fs" is installed to take its place)',
    'child_process: a module of Node.js, which the browser bundle the build makes does not have (no package "child_process" is installed to take its place)',
    'node:path: a module of Node.js, which the browser bundle the build makes does not have (the bundler reads no "node:" address)',
    'node:events: a module of Node.js, which the browser bundle the build makes does not have (the bundler reads no "node:" address)',
    'events: -',
    'react: -',
  ]);
  assert.deepEqual(verdicts(dir, ['fs', 'node:path'], true), [
    'fs: a module of Node.js, which the browser bundle the build makes does not have (no package "fs" is installed to take its place): the build stops unless a plugin of the site gives the bundler a fallback for it (warning)',
    'node:path: a module of Node.js, which the browser bundle the build makes does not have (the bundler reads no "node:" address): the build stops unless a plugin of the site gives the bundler a fallback for it (warning)',
  ]);
});

test('a package folder of a Node.js module\'s name counts from the site\'s folder up, whatever it exports; a "node:" address never does', () => {
  const dir = siteWith('node-package');
  // A package named after a Node.js module, exporting nothing it names (webpack takes its folder all the same).
  fs.mkdirSync(path.join(dir, 'node_modules', 'os'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules', 'os', 'package.json'), '{"name": "os", "exports": {".": "./index.js"}}\n');
  const found = unreadableImports(dir, [{ file: 'docs/page.mdx', imports: ['os', 'node:os', 'child_process'].map((source, i) => ({ source, line: i + 1, column: 1 })) }], { fileOf: () => undefined, declared: () => new Set(), resolvePackage: (specifier) => docusaurusPackages(SITE_DIR).resolve(specifier) })?.['docs/page.mdx'] ?? [];
  assert.deepEqual(found.map(({ source }) => source), ['node:os', 'child_process']);
});

test('plugins that may add loaders: inline ones and local files that configure the bundler, and packages the check does not know', () => {
  const dir = siteWith('config');
  fs.writeFileSync(path.join(dir, 'plain-plugin.js'), 'module.exports = () => ({ name: "plain", loadContent() {} });\n');
  fs.writeFileSync(path.join(dir, 'loader-plugin.js'), 'module.exports = () => ({ name: "l", configureWebpack() { return { module: { rules: [] } }; } });\n');
  const known = { presets: [['classic', {}]], themes: ['@easyops-cn/docusaurus-search-local'], plugins: ['@docusaurus/plugin-ideal-image', './plain-plugin.js', [() => ({ name: 'inline' }), {}]] };
  assert.equal(mayAddLoaders(known, dir), false);
  assert.equal(mayAddLoaders({ plugins: ['./loader-plugin.js'] }, dir), true);
  assert.equal(mayAddLoaders({ plugins: [() => ({ name: 'x', configureWebpack: () => ({}) })] }, dir), true);
  assert.equal(mayAddLoaders({ plugins: ['docusaurus-plugin-sass'] }, dir), true);
  assert.equal(mayAddLoaders({ plugins: ['./no-such-plugin.js'] }, dir), true);
  assert.equal(mayAddLoaders({ presets: [['@docusaurus/preset-classic', {}]], plugins: [false] }, dir), false);
});
