/**
 * The files the settings are made from (load/config-files.ts): the config and the local modules
 * it imports, followed recursively, each import resolved in the order the candidates are tried;
 * the settings' fingerprint changes with any of their texts and with the variables they read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configFiles } from '../../scripts/content/load/config-files.ts';
import { settingsFingerprint } from '../../scripts/content/load/site-config.ts';

function withSite(files: Record<string, string>, run: (dir: string, write: (name: string, text: string) => void) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-files-'));
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };
  try {
    for (const [name, text] of Object.entries(files)) write(name, text);
    run(dir, write);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const reachedFrom = (dir: string) => [...configFiles(path.join(dir, 'docusaurus.config.ts')).keys()].map((file) => path.relative(dir, file));

test('config files: imports are followed recursively, each file once, a module the config names for Docusaurus too; a missing one is no file', () => {
  withSite({
    'docusaurus.config.ts': "import { plugin } from './src/plugin';\nimport missing from './later';\nexport default { plugins: [plugin], presets: [['classic', { docs: { sidebarPath: './sidebars.ts' } }]] };\n",
    'src/plugin.ts': "import { shared } from './shared.js';\nexport const plugin = () => ({ name: process.env.PLUGIN_NAME });\n",
    'src/shared.js': "import { plugin } from './plugin.ts';\nexport const shared = 1;\n",
    'sidebars.ts': 'export default {};\n',
    'src/unused.ts': 'export {};\n',
  }, (dir) => {
    assert.deepEqual(reachedFrom(dir), ['docusaurus.config.ts', 'src/plugin.ts', 'src/shared.js', 'sidebars.ts']);
    assert.deepEqual(configFiles(path.join(dir, 'docusaurus.config.ts')).get(path.join(dir, 'src/plugin.ts'))!.env, ['PLUGIN_NAME']);
  });
});

test('config files: an import resolves to the first candidate there, as a file: `./lib.ts` before `./lib/index.ts`', () => {
  withSite({
    'docusaurus.config.ts': "import lib from './lib';\nexport default {};\n",
    'lib/index.ts': 'export default 1;\n',
  }, (dir, write) => {
    assert.deepEqual(reachedFrom(dir), ['docusaurus.config.ts', 'lib/index.ts']);
    write('lib.ts', 'export default 2;\n');
    assert.deepEqual(reachedFrom(dir), ['docusaurus.config.ts', 'lib.ts']);
  });
});

test('config files: `./lib/` names the folder\'s index, keyed once whichever way it is imported', () => {
  withSite({
    'docusaurus.config.ts': "import a from './lib/';\nimport b from './lib/index.ts';\nexport default {};\n",
    'lib/index.ts': 'export default 1;\n',
  }, (dir) => {
    assert.deepEqual(reachedFrom(dir), ['docusaurus.config.ts', 'lib/index.ts']);
  });
});

test('config files: the settings\' fingerprint follows an imported file\'s text, a file newly imported, and the variables they read', () => {
  withSite({
    'docusaurus.config.ts': "import './a.ts';\nexport default {};\n",
    'a.ts': 'export const a = 1;\n',
  }, (dir, write) => {
    const before = settingsFingerprint(dir, {});
    assert.equal(settingsFingerprint(dir, {}), before, 'the same files, the same fingerprint');
    write('a.ts', "import './b.ts';\nexport const a = 2;\n");
    const edited = settingsFingerprint(dir, {});
    assert.notEqual(edited, before);
    write('b.ts', 'export const b = process.env.B_VALUE;\n');
    const imported = settingsFingerprint(dir, {});
    assert.notEqual(imported, edited, 'the file it imports is there now');
    const saved = process.env.B_VALUE;
    process.env.B_VALUE = 'other';
    try {
      assert.notEqual(settingsFingerprint(dir, {}), imported, 'a variable the new file reads');
    } finally {
      if (saved === undefined) delete process.env.B_VALUE;
      else process.env.B_VALUE = saved;
    }
  });
});
