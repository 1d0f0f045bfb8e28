/**
 * The config's clientModules, which every page bundles (load/mdx-environment.ts): one that names
 * no file stops the build, at its entry in the config; a script module's imports are checked
 * where it writes them, as a React page's are; a stylesheet's references as customCss's are.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';

const CONFIG = (clientModules: string[]) => `module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  presets: [['classic', { docs: { sidebarPath: false, routeBasePath: '/' }, blog: false }]],\n  clientModules: ${JSON.stringify(clientModules)},\n};\n`;
const problems = async (clientModules: string[], files: Record<string, string> = {}) =>
  (await problemsWith({ 'docusaurus.config.js': CONFIG(clientModules), 'docs/index.md': '---\nslug: /\n---\n\n# Home\n', ...files }))
    .filter((p) => p.rule === 'broken-link').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`);

test('a client module that names no file: an error at its entry in the config', async () => {
  assert.deepEqual(await problems(['./src/client/analytics.js']), ['docusaurus.config.js:4:20 error: clientModules "src/client/analytics.js" names no file, and the build stops']);
});

test('a client module\'s import that resolves to nothing, and a client stylesheet\'s url() to nothing: each where it is written', async () => {
  assert.deepEqual(await problems(['./src/client/analytics.js', './src/client/print.css'], {
    'src/client/analytics.js': "import { send } from './transport';\n\nexport function onRouteDidUpdate({ location }) {\n  send(location.pathname);\n}\n",
    'src/client/print.css': '@media print {\n  .logo { background: url("./print-logo.png"); }\n}\n',
  }), [
    'src/client/analytics.js:1:22 error: import "./transport" resolves to no file or package, and the build stops',
    'src/client/print.css:2:23 error: url("./print-logo.png") resolves to no file (in a client module, which every page bundles), and the build stops',
  ]);
});

test('client modules whose files and imports are there: nothing', async () => {
  assert.deepEqual(await problems(['./src/client/analytics.js', './src/client/print.css'], {
    'src/client/analytics.js': "import { send } from './transport';\n\nexport function onRouteDidUpdate({ location }) {\n  send(location.pathname);\n}\n",
    'src/client/transport.js': 'export const send = () => {};\n',
    'src/client/print.css': '@media print {\n  .logo { background: url("./print-logo.png"); }\n}\n',
    'src/client/print-logo.png': 'png',
  }), []);
});

test('entries as webpack resolves them: a folder with an index file, a path without its extension', async () => {
  assert.deepEqual(await problems(['./src/clientdir', './src/noext'], {
    'src/clientdir/index.js': 'export function onRouteDidUpdate() {}\n',
    'src/noext.js': "import './nowhere';\n",
  }), ['src/noext.js:1:8 error: import "./nowhere" resolves to no file or package, and the build stops']);
});

test('a `~@site/` address in a client stylesheet is the site\'s file: one that is not there stops the build', async () => {
  assert.deepEqual(await problems(['./src/client/print.css'], { 'src/client/print.css': '.logo { background: url("~@site/static/img/print.png"); }\n' }), [
    'src/client/print.css:1:21 error: url("~@site/static/img/print.png") resolves to no file (in a client module, which every page bundles), and the build stops',
  ]);
});

test('a local plugin\'s client modules (getClientModules) are bundled as the config\'s are: a missing import in one, and one that names no file, at the plugin\'s entry', async () => {
  const config = "module.exports = {\n  title: 'T', url: 'https://example.com', baseUrl: '/',\n  presets: [['classic', { docs: { sidebarPath: false, routeBasePath: '/' }, blog: false }]],\n  plugins: ['./src/plugins/analytics.js'],\n};\n";
  const plugin = "const path = require('path');\n\nmodule.exports = function analytics() {\n  return { name: 'analytics', getClientModules() { return [path.resolve(__dirname, './client.js'), './gone.js']; } };\n};\n";
  const found = (await problemsWith({ 'docusaurus.config.js': config, 'docs/index.md': '---\nslug: /\n---\n\n# Home\n', 'src/plugins/analytics.js': plugin, 'src/plugins/client.js': "import './missing-helper';\n\nexport function onRouteDidUpdate() {}\n" }))
    .filter((p) => p.rule === 'broken-link').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`);
  assert.deepEqual(found, [
    'docusaurus.config.js:4:14 error: clientModules "src/plugins/gone.js" names no file, and the build stops',
    'src/plugins/client.js:1:8 error: import "./missing-helper" resolves to no file or package, and the build stops',
  ]);
});
