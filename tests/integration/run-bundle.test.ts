/**
 * scripts/run.cjs bundles a script once and runs the bundle until one of its sources changes,
 * from whatever folder the run starts in (a writer's shell, an editor's task, a CI step).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { OUTPUT_DIR } from '../helpers/paths.ts';

const ROOT = path.join(__dirname, '..', '..');
// Bundles of its own (run.cjs's FAQ_SCRIPTS_CACHE): other tests' checks write the project's meanwhile.
const SCRIPTS_CACHE = path.join(OUTPUT_DIR, 'run-bundle');
const BUNDLE = path.join(SCRIPTS_CACHE, 'scripts__check', 'main.cjs');

function help(cwd: string): void {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'run.cjs'), path.join(ROOT, 'scripts', 'check.ts'), '--help'], {
    cwd, encoding: 'utf8', env: { ...process.env, FAQ_SCRIPTS_CACHE: SCRIPTS_CACHE },
  });
  assert.equal(run.status, 0, run.stderr);
}

test('a run from another folder than the project\'s reuses the bundle it made', { timeout: 120_000 }, () => {
  fs.rmSync(SCRIPTS_CACHE, { recursive: true, force: true });
  // A folder inside the project, as a bench's or a fixture's site is.
  const elsewhere = path.join(OUTPUT_DIR, 'run-bundle-site', 'docs');
  fs.mkdirSync(elsewhere, { recursive: true });
  try {
    help(elsewhere);
    const made = fs.statSync(BUNDLE).mtimeMs;
    // Every input the manifest names is a file of the project: the freshness check reads each one.
    const { inputs } = JSON.parse(fs.readFileSync(path.join(path.dirname(BUNDLE), 'inputs.json'), 'utf8')) as { inputs: string[] };
    assert.ok(inputs.length > 10, 'the check\'s own modules are listed');
    for (const input of inputs) assert.ok(fs.existsSync(path.join(ROOT, input)), `${input} is a project file`);
    help(elsewhere);
    help(ROOT);
    assert.equal(fs.statSync(BUNDLE).mtimeMs, made, 'not bundled again');
  } finally {
    fs.rmSync(elsewhere, { recursive: true, force: true });
  }
});

test('a bundle whose build began within a tick of a source\'s time is built again: the source may have been written again after esbuild read it', { timeout: 120_000 }, () => {
  fs.rmSync(SCRIPTS_CACHE, { recursive: true, force: true });
  help(ROOT);
  const manifestFile = path.join(path.dirname(BUNDLE), 'inputs.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { inputs: string[]; startedAt: number };
  const sourceTime = fs.statSync(path.join(ROOT, manifest.inputs[0])).mtimeMs;
  // As if the build had begun 10 ms after that source was written (content/load/racy-files.cjs).
  fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, startedAt: sourceTime + 10 }));
  const made = fs.statSync(BUNDLE).mtimeMs;
  help(ROOT);
  const remade = fs.statSync(BUNDLE).mtimeMs;
  assert.notEqual(remade, made, 'bundled again');
  help(ROOT);
  assert.equal(fs.statSync(BUNDLE).mtimeMs, remade, 'its own build began long after: not bundled again');
});
