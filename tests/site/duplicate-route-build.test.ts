/**
 * The duplicate-route fixture against Docusaurus's own build: it stops on exactly the clashes the
 * check calls errors that stop it, and on nothing else. Docusaurus finds them while loading the
 * site, before bundling, so each build fails within seconds (about 2 to 4 s here). The build of
 * the look-alikes alone succeeds but bundles (about 40 s), so it is not repeated here: it was run
 * once, and wrote `/about` and `/about/` both to about/index.html.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkSite } from '../../scripts/check/check-site.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';

const DOCUSAURUS = path.join(__dirname, '..', '..', 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');

/** A copy of the fixture without `remove`, with `trailingSlash` set when given. */
function copyFixture(name: string, remove: string[], trailingSlash?: boolean): string {
  const dir = path.join(OUTPUT_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'duplicate-route'), dir, { recursive: true });
  for (const file of remove) fs.rmSync(path.join(dir, file));
  if (trailingSlash !== undefined) {
    const config = path.join(dir, 'docusaurus.config.js');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("baseUrl: '/',", `baseUrl: '/',\n  trailingSlash: ${trailingSlash},`));
  }
  return dir;
}

function failedBuild(dir: string): string {
  const build = spawnSync(process.execPath, [DOCUSAURUS, 'build', dir, '--out-dir', path.join(dir, 'build')], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  assert.notEqual(build.status, 0, 'Docusaurus built the site');
  return build.stdout + build.stderr;
}

/** What the check says stops Docusaurus: the routes (or ids) of its errors, each once. */
async function stopsOf(dir: string, kind: RegExp): Promise<string[]> {
  const { problems } = await checkSite(dir, { cache: false });
  const named = problems
    .filter((p) => p.rule === 'duplicate-route' && p.severity === 'error' && /Docusaurus stops/.test(p.message))
    .flatMap((p) => kind.exec(p.message)?.[1] ?? []);
  return [...new Set(named.map((route) => route.replace(/(.)\/$/, '$1')))].sort();
}

test('same id: Docusaurus stops on the ids the check names', { timeout: 120_000 }, async () => {
  const dir = copyFixture('duplicate-route-ids', []);
  const output = failedBuild(dir);
  const ids = [...output.matchAll(/- `?([\w/-]+)`? found in \d+ docs/g)].map((match) => match[1]).sort();
  assert.deepEqual(ids, await stopsOf(dir, /^doc id "([^"]+)"/));
  assert.deepEqual(ids, ['setup', 'upgrade']);
});

test('same address: Docusaurus stops on the routes the check names, not on `/about` vs `/about/` nor on drafts', { timeout: 120_000 }, async () => {
  const dir = copyFixture('duplicate-route-routes', ['docs/01-setup.md', 'docs/install.md']);
  const output = failedBuild(dir);
  const routes = [...output.matchAll(/create page at (\S+), but/g)].map((match) => match[1].replace(/(.)\/$/, '$1')).sort();
  assert.deepEqual(routes, await stopsOf(dir, /^address "([^"]+)"/));
  assert.deepEqual(routes, ['/contact', '/guide', '/shared', '/tools']);
});

test('same address but for a trailing slash: with trailingSlash set, Docusaurus stops, as the check says', { timeout: 120_000 }, async () => {
  const clashes = ['docs/01-setup.md', 'docs/install.md', 'docs/second.md', 'docs/guide/guide.md', 'docs/tools/README.md', 'src/pages/contact.md'];
  for (const trailingSlash of [true, false]) {
    const dir = copyFixture(`duplicate-route-slash-${trailingSlash}`, clashes, trailingSlash);
    const output = failedBuild(dir);
    assert.match(output, /create page at \/about\/?, but/);
    assert.deepEqual(await stopsOf(dir, /^address "([^"]+)"/), ['/about']);
  }
});
