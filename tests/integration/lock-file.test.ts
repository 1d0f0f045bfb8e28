/**
 * The README's first command starts with `npm ci`, and CI runs it on a fresh machine: the lock file
 * must satisfy it. npm refuses a lock that lacks an optional platform build its packages name
 * (it happened with @swc/html, see package.json's overrides), so ask npm itself, offline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

test('npm ci accepts package.json and package-lock.json as they are', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-file-'));
  try {
    for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
    const npm = spawnSync('npm', ['ci', '--dry-run', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
    assert.equal(npm.status, 0, npm.stderr.split('\n').filter((line) => /Missing|error/.test(line)).slice(0, 8).join('\n'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
