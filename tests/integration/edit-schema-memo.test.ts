/**
 * A page edited and checked alone (check/edit-recheck.ts) takes Docusaurus's front matter
 * verdicts from the last check's memo (model/front-matter-schema.ts, SchemaMemo) instead of
 * loading the schema: a run of its own, since a process loads the schema once. It loads the
 * schema for a shape of front matter the schema never let through, and when the schema's file
 * changed since the memo was made; either way the report is the uncached check's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { SITE_DIR, throwawaySiteDir } from '../helpers/paths.ts';
import { checkCacheFiles } from '../../scripts/content/load/check-cache.ts';

function check(site: string, args: string[] = [], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['scripts/run.cjs', 'scripts/check.ts', '--site', site, '--format', 'json', ...args], {
    cwd: SITE_DIR, encoding: 'utf8', env: { ...process.env, FAQ_CHECK_TRACE: '1', ...env }, timeout: 120_000,
  });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const problems = (JSON.parse(run.stdout).problems as Array<{ file: string; line: number; column: number; rule: string; severity: string }>)
    .map(({ file, line, column, rule, severity }) => `${file}:${line}:${column} ${severity} ${rule}`);
  return { problems, schemaLoaded: run.stderr.includes('front matter schema loaded'), alone: /rechecked \d+ pages/.test(run.stderr) };
}

test('an edit checked alone asks Docusaurus\'s schema only about front matter of a new shape, or when the schema\'s file changed', { timeout: 300_000 }, () => {
  const site = throwawaySiteDir('edit-schema-memo-');
  try {
    fs.cpSync(path.join(FIXTURES, 'front-matter'), site, { recursive: true });
    const page = path.join(site, 'docs', 'labelled.md');
    // `slug` is read with the schema's conversion as the page is read: from the memo here too.
    fs.writeFileSync(page, '---\ntitle: Labelled\nsidebar_label: Short\nslug: /labelled-page\n---\n\nA page with keys only Docusaurus reads.\n');

    const first = check(site);
    assert.ok(first.schemaLoaded, 'the first check reads every front matter with the schema');
    assert.ok(first.problems.some((line) => line.startsWith('docs/refused-by-docusaurus.md:')), 'the schema\'s own refusals are reported');

    fs.appendFileSync(page, '\nA sentence added.\n');
    const sentence = check(site);
    assert.ok(sentence.alone, 'one page changed: it is checked alone');
    assert.equal(sentence.schemaLoaded, false, 'its front matter\'s shape passed before: the memo answers');
    assert.deepEqual(sentence.problems, first.problems);
    assert.deepEqual(check(site, ['--no-cache']).problems, sentence.problems);
    fs.appendFileSync(page, '\nOne more.\n');
    const switchedOff = check(site, [], { FAQ_CHECK_WITHOUT: 'schema-memo' });
    assert.ok(switchedOff.alone && switchedOff.schemaLoaded, 'FAQ_CHECK_WITHOUT=schema-memo: the schema is loaded (npm run bench:mechanisms)');
    assert.deepEqual(switchedOff.problems, first.problems);

    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('sidebar_label: Short\n', 'sidebar_label: Short\nhide_title: maybe\n'));
    const refused = check(site);
    assert.ok(refused.alone);
    assert.ok(refused.schemaLoaded, 'a new shape: the schema is asked');
    assert.ok(refused.problems.includes('docs/labelled.md:4:1 error front-matter'), refused.problems.join('\n'));
    assert.deepEqual(check(site, ['--no-cache']).problems, refused.problems);

    // A memo made from the schema file as it was before (another Docusaurus installed) is not taken.
    // The index's first line holds the report.
    const { index } = checkCacheFiles(site);
    const [head, table] = fs.readFileSync(index, 'utf8').split('\n');
    const stored = JSON.parse(head);
    assert.equal(typeof stored.result.value.frontMatterSchema?.schemaStamp, 'string', 'the report keeps the memo');
    stored.result.value.frontMatterSchema.schemaStamp = '1:1';
    fs.writeFileSync(index, `${JSON.stringify(stored)}\n${table}`);
    fs.appendFileSync(page, '\nAnother sentence.\n');
    const otherSchema = check(site);
    assert.ok(otherSchema.alone);
    assert.ok(otherSchema.schemaLoaded, 'a memo of the schema file as it was before is not taken');
    assert.deepEqual(otherSchema.problems, refused.problems);
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('a whole check of pages read from the cache (a partial edited) takes Docusaurus\'s verdicts from the memo too', { timeout: 300_000 }, () => {
  const site = throwawaySiteDir('whole-schema-memo-');
  try {
    fs.cpSync(path.join(FIXTURES, 'front-matter'), site, { recursive: true });
    // Only front matter Docusaurus lets through: a refused one is asked of the schema on every whole check.
    for (const page of ['bad-types.md', 'bad-yaml.md', 'draft-with-mistake.md', 'empty-title.md', 'refused-by-docusaurus.md']) fs.rmSync(path.join(site, 'docs', page));
    fs.writeFileSync(path.join(site, 'docs', 'labelled.md'), '---\ntitle: Labelled\nsidebar_label: Short\n---\n\nA page with a key only Docusaurus reads.\n');
    const partial = path.join(site, 'docs', '_shared.md');
    fs.writeFileSync(partial, 'Text every importer renders.\n');
    fs.writeFileSync(path.join(site, 'docs', 'with-partial.mdx'), '---\ntitle: With a partial\nsidebar_label: Partial\n---\n\nimport Shared from \'./_shared.md\';\n\n<Shared />\n');

    const first = check(site);
    assert.ok(first.schemaLoaded, 'the first check reads every front matter with the schema');
    assert.deepEqual(first.problems, []);

    fs.appendFileSync(partial, '\nA sentence added.\n');
    const whole = check(site);
    assert.equal(whole.alone, false, 'a partial edited: the whole check runs');
    assert.equal(whole.schemaLoaded, false, 'every shape passed before: the memo answers');
    assert.deepEqual(whole.problems, first.problems);

    fs.appendFileSync(partial, '\nOne more.\n');
    const switchedOff = check(site, [], { FAQ_CHECK_WITHOUT: 'schema-memo' });
    assert.ok(!switchedOff.alone && switchedOff.schemaLoaded, 'FAQ_CHECK_WITHOUT=schema-memo: the schema is loaded');

    // A mistake the schema refuses, in a partial's importer read afresh, is still found.
    fs.appendFileSync(partial, '\nAnd one more.\n');
    const labelled = path.join(site, 'docs', 'labelled.md');
    fs.writeFileSync(labelled, fs.readFileSync(labelled, 'utf8').replace('sidebar_label: Short\n', 'sidebar_label: Short\nhide_title: maybe\n'));
    const refused = check(site);
    assert.ok(refused.schemaLoaded, 'a new shape: the schema is asked');
    assert.ok(refused.problems.includes('docs/labelled.md:4:1 error front-matter'), refused.problems.join('\n'));
    assert.deepEqual(check(site, ['--no-cache']).problems, refused.problems);
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});
