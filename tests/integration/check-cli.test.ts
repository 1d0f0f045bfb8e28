/** The check's command line: formats, exit codes, usage errors, the project's own pages. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { throwawaySiteDir, writeSiteFile } from '../helpers/paths.ts';

const ROOT = path.join(__dirname, '..', '..');

function runCheck(...args: string[]) {
  // The same command as `npm run check`: the bundled check started by scripts/run.cjs.
  const result = spawnSync(process.execPath, ['scripts/run.cjs', 'scripts/check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("the project's own pages pass with zero errors and zero warnings", () => {
  const { code, stdout } = runCheck();
  assert.equal(code, 0, stdout);
  assert.match(stdout, /^\d+ pages, \d+ links checked: 0 errors, 0 warnings in \d+ ms$/m);
});

test('text format: one path:line:col line per problem, then a summary; exit 1 on errors', () => {
  const { code, stdout } = runCheck('--site', path.join(FIXTURES, 'draft-link'));
  assert.equal(code, 1);
  const lines = stdout.trim().split('\n');
  assert.equal(lines[0], 'docs/draft.md:6:68: warning broken-link: no page "docs/missing.md" in version current (check the path; it is relative to this page\'s folder)');
  assert.match(lines[1], /^docs\/published\.md:5:7: error draft-link: links to draft page docs\/draft\.md/);
  assert.match(lines.at(-1)!, /^4 pages, 5 links checked: 2 errors, 1 warning in \d+ ms$/);
});

test('json format: problems with 1-based positions and a summary', () => {
  const { code, stdout } = runCheck('--site', path.join(FIXTURES, 'canonical'), '--format', 'json');
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.problems.length, 4);
  assert.deepEqual(Object.keys(report.problems[0]).slice(0, 6), ['file', 'line', 'column', 'severity', 'rule', 'message']);
  assert.deepEqual([report.problems[0].file, report.problems[0].line, report.problems[0].column], ['docs/http.md', 6, 14]);
  assert.equal(report.summary.errors, 4);
  assert.equal(report.summary.pages, 7);
});

test('github format: workflow annotations with file, line, col and the rule as title', () => {
  const { code, stdout } = runCheck('--site', path.join(FIXTURES, 'front-matter'), '--format', 'github');
  assert.equal(code, 1);
  const first = stdout.split('\n')[0];
  assert.match(first, /^::error file=docs\/bad-types\.md,line=2,col=1,title=front-matter::title must be text/);
  assert.ok(stdout.includes('::warning file=docs/bad-types.md,line=6,col=1,title=front-matter::'));
});

test('bad usage exits 2 with a message, not a stack trace', () => {
  for (const args of [['--format', 'xml'], ['--bogus'], ['--trailing-slash', 'maybe']]) {
    const { code, stderr } = runCheck(...args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /^check: .+\nusage:/);
    assert.doesNotMatch(stderr, /\n\s+at /);
  }
});

test('a site without a loadable config gets a warning and falls back to flags', () => {
  const { code, stdout, stderr } = runCheck('--site', path.join(FIXTURES, 'no-config'), '--route-base-path', '/');
  assert.equal(code, 1);
  assert.match(stderr, /^warning: no docusaurus\.config file/);
  assert.match(stdout, /docs\/a\.md:\d+:\d+: error broken-link: no page at "\/b"/);
});

test('json format: stdout holds the report alone; what the site\'s config prints goes to stderr', () => {
  const site = throwawaySiteDir('check-cli-printing-');
  try {
    writeSiteFile(site, 'docusaurus.config.js', `console.log('the config speaks');
module.exports = {
  title: 'T', url: 'https://example.com', baseUrl: '/',
  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false, pages: false }]],
};
`);
    writeSiteFile(site, 'docs/index.md', '# Home\n\nSee [nowhere](./nowhere.md).\n');
    const { code, stdout, stderr } = runCheck('--site', site, '--format', 'json', '--no-cache');
    assert.equal(code, 1, stderr);
    assert.deepEqual(JSON.parse(stdout).problems.map(({ line, rule }: { line: number; rule: string }) => `${line} ${rule}`), ['3 broken-link']);
    assert.match(stderr, /the config speaks/);
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});
