/**
 * A change to the code that makes records invalidates the cached records, with no version number
 * to bump: in a copy of the project, edit an extractor and every page is parsed again; edit a
 * rule instead and the records are reused (only the report is made again).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { OUTPUT_DIR, SITE_DIR } from '../helpers/paths.ts';

const COPY = path.join(OUTPUT_DIR, 'producer-project');
const SITE = path.join(OUTPUT_DIR, 'producer-site');

function copyProject(): void {
  fs.rmSync(COPY, { recursive: true, force: true });
  fs.mkdirSync(COPY, { recursive: true });
  for (const item of ['scripts', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    fs.cpSync(path.join(SITE_DIR, item), path.join(COPY, item), { recursive: true });
  }
  // Its own node_modules folder, of links to ours: the bundles and caches under .cache must be
  // the copy's own (a linked node_modules would resolve to this project's root).
  fs.mkdirSync(path.join(COPY, 'node_modules'));
  for (const name of fs.readdirSync(path.join(SITE_DIR, 'node_modules'))) {
    if (name !== '.cache') fs.symlinkSync(path.join(SITE_DIR, 'node_modules', name), path.join(COPY, 'node_modules', name));
  }
  fs.rmSync(SITE, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'broken-link'), SITE, { recursive: true });
  // Without a config, pages are read only when the cache lacks them (with one, they are read
  // while the config loads, whatever the cache holds): the parse count then shows the cache at work.
  fs.rmSync(path.join(SITE, 'docusaurus.config.js'));
}

/** Run the copy's check through its own bundle; return how many pages were parsed, and the problems. */
function check(): { parsed: number; problems: string } {
  const result = spawnSync(process.execPath, [path.join(COPY, 'scripts/run.cjs'), path.join(COPY, 'scripts/check.ts'), '--site', SITE], {
    cwd: COPY, encoding: 'utf8', env: { ...process.env, FAQ_CHECK_TRACE: '1' },
  });
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  const parsed = [...result.stderr.matchAll(/computed (\d+) pages/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  return { parsed, problems: result.stdout.replace(/ in \d+ ms/, '') };
}

const append = (file: string, text: string) => fs.appendFileSync(path.join(COPY, file), text);

test('editing an extractor re-parses every page; editing a rule does not', { timeout: 120_000 }, () => {
  copyProject();
  const first = check();
  assert.ok(first.parsed >= 5, `the first run parses the pages (${first.parsed})`);

  append('scripts/check/rules/links.ts', '\n// a rule edited\n');
  const afterRule = check();
  assert.equal(afterRule.parsed, 0, 'records are reused after a rule change');
  assert.equal(afterRule.problems, first.problems);

  append('scripts/content/extract/fast.ts', '\n// an extractor edited\n');
  const afterExtractor = check();
  assert.equal(afterExtractor.parsed, first.parsed, 'every record is made again after an extractor change');
  assert.equal(afterExtractor.problems, first.problems);
});
