/**
 * The build script never replaces a good build/ with a bad one: a check error stops it before
 * Docusaurus runs, and the previous build/ is left byte for byte.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';
import { htmlFileOf } from '../../scripts/publish/verify.ts';
import { removePreviousBuilds, replaceDirectory } from '../../scripts/publish/swap.ts';

const ROOT = path.join(__dirname, '..', '..');

test('a check error fails the build at the check step and leaves build/ untouched', () => {
  const site = path.join(OUTPUT_DIR, 'build-script-site');
  fs.rmSync(site, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'draft-link'), site, { recursive: true });
  fs.mkdirSync(path.join(site, 'build'));
  fs.writeFileSync(path.join(site, 'build', 'index.html'), 'the previous good build');

  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--site', site], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.match(result.stdout, /docs\/published\.md:5:7: error draft-link/);
  assert.match(result.stderr, /step "check" failed: 2 error\(s\)/);
  assert.equal(fs.readFileSync(path.join(site, 'build', 'index.html'), 'utf8'), 'the previous good build');
  assert.deepEqual(fs.readdirSync(site).filter((name) => name.startsWith('.build-')), [], 'no temporary output left behind');
});

test('replaceDirectory swaps a finished build in, sets the old one aside, and the next build deletes it', async () => {
  const dir = path.join(OUTPUT_DIR, 'swap');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'build'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'next'));
  fs.writeFileSync(path.join(dir, 'build', 'old.html'), 'old');
  fs.writeFileSync(path.join(dir, 'next', 'new.html'), 'new');
  replaceDirectory(path.join(dir, 'next'), path.join(dir, 'build'));
  assert.deepEqual(fs.readdirSync(path.join(dir, 'build')), ['new.html']);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['.build-previous-' + process.pid, 'build']);
  await removePreviousBuilds(path.join(dir, 'build'));
  assert.deepEqual(fs.readdirSync(dir).sort(), ['.build-previous-' + process.pid, 'build'], "this process's own is kept");
  fs.renameSync(path.join(dir, `.build-previous-${process.pid}`), path.join(dir, '.build-previous-999999999'));
  await removePreviousBuilds(path.join(dir, 'build'));
  assert.deepEqual(fs.readdirSync(dir), ['build'], "a finished run's old build is deleted");
});

test('HTML file locations follow trailingSlash like Docusaurus writes them', () => {
  assert.equal(htmlFileOf('/faq/security', undefined), 'faq/security/index.html');
  assert.equal(htmlFileOf('/reference-guides/rancher-security/', undefined), 'reference-guides/rancher-security/index.html');
  assert.equal(htmlFileOf('/faq/security', false), 'faq/security.html');
  assert.equal(htmlFileOf('/faq/security', true), 'faq/security/index.html');
  assert.equal(htmlFileOf('/', false), 'index.html');
});

test('verify: a draft in one version does not condemn the same page published in another', async () => {
  const { verifyBuild } = await import('../../scripts/publish/verify.ts');
  const out = path.join(OUTPUT_DIR, 'verify');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'x'), { recursive: true });
  fs.mkdirSync(path.join(out, '2.9', 'x'), { recursive: true });
  const canonical = '<link rel="canonical" href="https://e.com/2.9/x">';
  fs.writeFileSync(path.join(out, '2.9', 'x', 'index.html'), `${canonical}<title>Same title</title><a href="/2.9/x">self</a>`);
  fs.writeFileSync(path.join(out, 'index.html'), `${canonical}<a href="/2.9/x">2.9</a>`);
  const page = (file: string, route: string, draft: boolean) => ({ file, route, draft, title: 'Same title' }) as never;
  const site = {
    settings: { url: 'https://e.com', baseUrl: '/', trailingSlash: undefined },
    pages: [page('docs/x.md', '/x', true), page('versioned_docs/version-2.9/x.md', '/2.9/x', false)],
  } as never;
  assert.deepEqual(verifyBuild(site, out).filter((message: string) => message.includes('draft')), []);
  fs.writeFileSync(path.join(out, 'index.html'), `${canonical}<a href="/x">leak</a>`);
  assert.deepEqual(verifyBuild(site, out), ['index.html: mentions draft page docs/x.md ("Same title", /x)']);
});
