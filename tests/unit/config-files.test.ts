/**
 * The config's files are followed from the last run's memo while they are unchanged
 * (load/config-files.ts): the settings' fingerprint made that way is always the one made by
 * reading every file afresh.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { configFiles, isConfigFilesMemo, type ConfigFilesMemo } from '../../scripts/content/load/config-files.ts';
import { settingsFingerprint, siteConfigFiles } from '../../scripts/content/load/site-config.ts';
import { assertProperty, propertyRun } from '../helpers/property.ts';

/** A site folder with these files; every file's time is set an hour back, a second apart, so that a memo may be taken again. */
function siteWith(files: Record<string, string>): { dir: string; write: (name: string, text: string) => void; remove: (name: string) => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-files-'));
  let clock = Date.now() - 3_600_000;
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    clock += 1_000;
    fs.utimesSync(file, clock / 1000, clock / 1000);
  };
  for (const [name, text] of Object.entries(files)) write(name, text);
  return { dir, write, remove: (name) => fs.rmSync(path.join(dir, name), { force: true }) };
}

/** The fingerprint as the check makes it from a memo, and the memo for the next run; and as made with none. */
function fingerprints(dir: string, memo: ConfigFilesMemo) {
  const files = siteConfigFiles(dir, memo);
  return { fromMemo: settingsFingerprint(dir, {}, files), fresh: settingsFingerprint(dir, {}), files };
}

test('config files: an unchanged file is not read again; an edited one is, and what it imports now is followed', () => {
  const site = siteWith({
    'docusaurus.config.ts': "import { plugin } from './src/plugin.ts';\nexport default { plugins: [plugin] };\n",
    'src/plugin.ts': "export const plugin = () => ({ name: 'a' });\n",
    'src/other.ts': 'export const other = process.env.OTHER;\n',
  });
  try {
    const first = siteConfigFiles(site.dir);
    assert.deepEqual(Object.keys(first).map((file) => path.relative(site.dir, file)), ['docusaurus.config.ts', 'src/plugin.ts']);
    const again = siteConfigFiles(site.dir, first);
    for (const file of Object.keys(first)) assert.equal(again[file], first[file], `${file}: its facts are the memo's own`);

    site.write('src/plugin.ts', "import './other.ts';\nexport const plugin = () => ({ name: 'b' });\n");
    const { fromMemo, fresh, files } = fingerprints(site.dir, again);
    assert.equal(fromMemo, fresh);
    assert.equal(files[path.join(site.dir, 'docusaurus.config.ts')], first[path.join(site.dir, 'docusaurus.config.ts')]);
    assert.deepEqual(files[path.join(site.dir, 'src/other.ts')].env, ['OTHER'], 'the newly imported file is read, with the variable it reads');
  } finally {
    fs.rmSync(site.dir, { recursive: true, force: true });
  }
});

test('config files: an import is resolved again when a file it would now name appears, or when what it named goes', () => {
  const site = siteWith({
    'docusaurus.config.ts': "import sidebars from './lib';\nimport missing from './later';\nexport default {};\n",
    'lib/index.ts': 'export default 1;\n',
  });
  try {
    const first = siteConfigFiles(site.dir);
    const names = (memo: ConfigFilesMemo) => Object.keys(memo).map((file) => path.relative(site.dir, file));
    assert.deepEqual(names(first), ['docusaurus.config.ts', 'lib/index.ts']);

    // `./lib.ts` comes before `./lib/index.ts` in the order tried: the config's facts are stale.
    site.write('lib.ts', 'export default 2;\n');
    let step = fingerprints(site.dir, first);
    assert.equal(step.fromMemo, step.fresh);
    assert.deepEqual(names(step.files), ['docusaurus.config.ts', 'lib.ts']);

    site.write('later.js', 'module.exports = 3;\n');
    step = fingerprints(site.dir, step.files);
    assert.equal(step.fromMemo, step.fresh);
    assert.deepEqual(names(step.files), ['docusaurus.config.ts', 'lib.ts', 'later.js']);

    site.remove('lib.ts');
    step = fingerprints(site.dir, step.files);
    assert.equal(step.fromMemo, step.fresh);
    assert.deepEqual(names(step.files), ['docusaurus.config.ts', 'lib/index.ts', 'later.js']);
  } finally {
    fs.rmSync(site.dir, { recursive: true, force: true });
  }
});

test('config files: a file read within two seconds of its last change is read again next time, though its size and time are the same', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-files-'));
  try {
    const config = path.join(dir, 'docusaurus.config.js');
    fs.writeFileSync(config, 'module.exports = { title: "A" };\n');
    const { mtime } = fs.statSync(config);
    const first = configFiles(config);
    assert.equal(first[config].settled, false);
    // Written again at the same size within the same tick of the clock: only its text tells.
    fs.writeFileSync(config, 'module.exports = { title: "B" };\n');
    fs.utimesSync(config, mtime, mtime);
    assert.notEqual(configFiles(config, first)[config].hash, first[config].hash);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('config files: a memo from the cache is taken only in its shape', () => {
  assert.equal(isConfigFilesMemo({}), true);
  assert.equal(isConfigFilesMemo([]), false);
  assert.equal(isConfigFilesMemo({ '/a.ts': { hash: 'x', size: 1, mtimeMs: 2, locals: [], unresolved: [], env: [] } }), false, 'an older check\'s facts, without `settled`');
  assert.equal(isConfigFilesMemo({ '/a.ts': { hash: 'x', size: 1, mtimeMs: 2, locals: [], unresolved: [], env: [], settled: true } }), true);
});

test('config files, property: after any edits, the fingerprint made from the last memo is the one made afresh', () => {
  const names = ['docusaurus.config.js', 'a.js', 'b.ts', 'lib/index.js', 'lib.js'];
  const specifiers = ['./a.js', './b', './lib', './lib/index.js', './missing'];
  const text = fc.record({
    imports: fc.subarray(specifiers),
    env: fc.boolean(),
    filler: fc.constantFrom('', 'x', 'yy'),
  }).map(({ imports, env, filler }) => `${imports.map((specifier) => `import '${specifier}';\n`).join('')}${env ? 'process.env.SITE_URL;\n' : ''}// ${filler}\n`);
  const edit = fc.oneof(
    fc.record({ write: fc.constantFrom(...names), text }),
    fc.record({ remove: fc.constantFrom(...names.slice(1)) }),
  );
  assertProperty(fc.property(text, fc.array(edit, { maxLength: 8 }), (configText, edits) => {
    const site = siteWith({ 'docusaurus.config.js': configText });
    try {
      let memo = siteConfigFiles(site.dir);
      for (const step of edits) {
        if ('write' in step) site.write(step.write, step.text);
        else site.remove(step.remove);
        const { fromMemo, fresh, files } = fingerprints(site.dir, memo);
        assert.equal(fromMemo, fresh);
        memo = files;
      }
    } finally {
      fs.rmSync(site.dir, { recursive: true, force: true });
    }
  }), propertyRun(60));
});
