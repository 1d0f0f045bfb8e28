/**
 * Version units without a build: which unit owns a route, where the dropdown leads, what a unit's
 * key depends on, how sitemaps merge, and the store refusing a corrupt or partial output.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { isOwnRoute, routeInside, siteRoute, versionSwitchTarget, type UnitVersion } from '../../src/theme/VersionUnits/unit-routes.ts';
import { unitKey, type KeyInputs, type UnitPlan } from '../../scripts/publish/units.ts';
import { sitemapEntries, stitchUnits } from '../../scripts/publish/stitch.ts';
import { UnitStore } from '../../scripts/publish/unit-store.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';

const latest = { prefix: '', otherPrefixes: ['/2.9', '/2.0-2.4'] };
const v29 = { prefix: '/2.9', otherPrefixes: [] };

describe('routes of units', () => {
  test('Latest owns every route outside the older prefixes; an older unit only its prefix', () => {
    assert.equal(isOwnRoute('/', latest), true);
    assert.equal(isOwnRoute('/search', latest), true);
    assert.equal(isOwnRoute('/2.9/faq/security', latest), false);
    assert.equal(isOwnRoute('/2.9', latest), false);
    assert.equal(isOwnRoute('/2.95/x', latest), true, 'a prefix is a whole path segment');
    assert.equal(isOwnRoute('/2.9/faq/security', v29), true);
    assert.equal(isOwnRoute('/faq/security', v29), false);
    assert.equal(isOwnRoute('/search', v29), false);
  });

  test('siteRoute strips the base URL and refuses other origins and bases', () => {
    assert.equal(siteRoute('/repo/2.9/x', '/repo/'), '/2.9/x');
    assert.equal(siteRoute('/other/x', '/repo/'), undefined);
    assert.equal(siteRoute('https://example.com/x', '/'), undefined);
    assert.equal(routeInside('/2.9/x', '/2.9'), '/x');
    assert.equal(routeInside('/2.90/x', '/2.9'), undefined);
  });

  test('the dropdown keeps the page when the other version has it, else goes to its main doc', () => {
    const from: UnitVersion = { name: 'current', label: 'Latest', prefix: '', archived: false, mainRoute: '/faq/security' };
    const to = { name: '2.9', label: '2.9', prefix: '/2.9', archived: false, mainRoute: '/faq/security' };
    assert.equal(versionSwitchTarget('/reference-guides/x', true, from, to), '/2.9/reference-guides/x', 'routes not loaded yet: same page');
    assert.equal(versionSwitchTarget('/reference-guides/x', true, from, { ...to, routes: ['/reference-guides/x/'] }), '/2.9/reference-guides/x');
    assert.equal(versionSwitchTarget('/only-in-latest', true, from, { ...to, routes: ['/faq/security'] }), '/2.9/faq/security');
    assert.equal(versionSwitchTarget('/search', false, from, to), '/2.9/faq/security', 'pages outside the docs lead to the main doc');
    assert.equal(versionSwitchTarget('/2.9/faq/security', true, to, from), '/faq/security');
  });
});

describe('unit keys', () => {
  const unit: UnitPlan = {
    name: '2.9',
    prefix: '/2.9',
    docsDir: 'versioned_docs/version-2.9',
    sidebarFile: 'versioned_sidebars/version-2.9-sidebars.json',
    data: {
      unit: '2.9',
      prefix: '/2.9',
      otherPrefixes: [],
      latest: { label: 'Latest', path: '/', mainDocId: 'faq/security', docs: [{ id: 'faq/security', path: '/faq/security', unlisted: false }] },
      versions: [],
    },
  };
  const inputs: KeyInputs = { files: { 'versioned_docs/version-2.9/a.md': 'h1', 'src/x.ts': 'h2' }, env: { SITE_URL: 'https://a' }, lastCommit: 'c1' };
  const key = unitKey(unit, inputs);

  test('the key changes with any input that reaches the HTML', () => {
    assert.notEqual(unitKey(unit, { ...inputs, files: { ...inputs.files, 'src/x.ts': 'h3' } }), key);
    assert.notEqual(unitKey(unit, { ...inputs, env: { SITE_URL: 'https://b' } }), key);
    assert.notEqual(unitKey(unit, { ...inputs, lastCommit: 'c2' }), key);
    const moved = structuredClone(unit);
    moved.data.latest!.docs[0].path = '/faq/security-moved';
    assert.notEqual(unitKey(moved, inputs), key, 'where Latest pages are changes the canonical links');
  });

  test('the key does not change with the list of versions, nor with the order of the files', () => {
    const withNewVersion = structuredClone(unit);
    withNewVersion.data.versions = [{ name: '3.0', label: '3.0', prefix: '/3.0', archived: false, mainRoute: '/' }];
    assert.equal(unitKey(withNewVersion, inputs), key);
    const reordered = { ...inputs, files: Object.fromEntries(Object.entries(inputs.files).reverse()) };
    assert.equal(unitKey(unit, reordered), key);
  });
});

describe('stitching sitemaps', () => {
  test("only the unit's own URLs are taken from its sitemap", () => {
    const xml = '<urlset><url><loc>https://e.com/2.9/a</loc></url><url><loc>https://e.com/search</loc></url></urlset>';
    const own = sitemapEntries(xml, 'https://e.com', '/', (route) => routeInside(route, '/2.9') !== undefined);
    assert.deepEqual(own, ['<url><loc>https://e.com/2.9/a</loc></url>']);
  });
});

describe('unit store', () => {
  const root = path.join(OUTPUT_DIR, 'unit-store');
  const key = 'a'.repeat(32);
  const storeOne = () => {
    fs.rmSync(root, { recursive: true, force: true });
    const store = new UnitStore(root);
    const out = path.join(store.scratch('2.9', 'out'), 'site');
    fs.mkdirSync(path.join(out, '2.9'), { recursive: true });
    fs.writeFileSync(path.join(out, '2.9', 'index.html'), '<h1>2.9</h1>');
    fs.writeFileSync(path.join(out, 'sitemap.xml'), '<urlset/>');
    return { store, dir: store.put('2.9', key, out).dir };
  };
  /** Age the stored files past the racy window, so that a check may trust their stats. */
  const age = (dir: string) => {
    const old = new Date(Date.now() - 60_000);
    for (const file of ['2.9/index.html', 'sitemap.xml']) fs.utimesSync(path.join(dir, file), old, old);
  };

  test('a stored output is found again, intact, with its files\' hashes', () => {
    const { store, dir } = storeOne();
    const found = store.get('2.9', key);
    assert.ok('dir' in found && found.dir === dir);
    assert.deepEqual(Object.keys(found.files).sort(), ['2.9/index.html', 'sitemap.xml']);
    assert.ok('missing' in store.get('2.9', 'b'.repeat(32)));
  });

  test('a file changed after a check that trusted its stats is still caught, even at the same size', () => {
    const { store, dir } = storeOne();
    age(dir);
    assert.ok('dir' in store.get('2.9', key), 'first check: every file hashed, stats recorded');
    assert.ok('dir' in store.get('2.9', key), 'second check: stats unchanged');
    fs.writeFileSync(path.join(dir, '2.9', 'index.html'), '<h1>2.8</h1>'); // same length as <h1>2.9</h1>
    const found = store.get('2.9', key);
    assert.ok('missing' in found && /changed/.test(found.missing), JSON.stringify(found));
  });

  test('a file replaced by another of the same size (another inode) is hashed again and caught', () => {
    const { store, dir } = storeOne();
    age(dir);
    assert.ok('dir' in store.get('2.9', key));
    const file = path.join(dir, 'sitemap.xml');
    const { mtime } = fs.statSync(file);
    // Same size, same time; written beside the old file and renamed over it, so another inode.
    fs.writeFileSync(`${file}.new`, '<urlsex/>');
    fs.utimesSync(`${file}.new`, mtime, mtime);
    fs.renameSync(`${file}.new`, file);
    const found = store.get('2.9', key);
    assert.ok('missing' in found && /changed/.test(found.missing), JSON.stringify(found));
  });

  test('a corrupt, partial or extended output is rejected and deleted, never served', () => {
    const corruptions: [string, (dir: string) => void, RegExp][] = [
      ['changed file', (dir) => fs.writeFileSync(path.join(dir, '2.9', 'index.html'), '<h1>tampered</h1>'), /changed/],
      ['missing file', (dir) => fs.rmSync(path.join(dir, 'sitemap.xml')), /added or missing/],
      ['extra file', (dir) => fs.writeFileSync(path.join(dir, 'extra.html'), 'x'), /added or missing/],
      ['no manifest (interrupted write)', (dir) => fs.rmSync(path.join(dir, '.unit-manifest.json')), /manifest/],
    ];
    for (const [label, corrupt, reason] of corruptions) {
      const { store, dir } = storeOne();
      // Checked once (stats recorded) before the damage, as a store used by earlier builds is.
      age(dir);
      assert.ok('dir' in store.get('2.9', key), label);
      corrupt(dir);
      const found = store.get('2.9', key);
      assert.ok('missing' in found && reason.test(found.missing), `${label}: ${JSON.stringify(found)}`);
      assert.equal(fs.existsSync(dir), false, `${label}: the bad output is deleted`);
    }
  });
});

describe('stitching outputs', () => {
  const root = path.join(OUTPUT_DIR, 'stitch');
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  const units = () => {
    fs.rmSync(root, { recursive: true, force: true });
    const latest = path.join(root, 'current');
    const older = path.join(root, '2.9');
    write(path.join(latest, 'index.html'), 'home');
    write(path.join(latest, 'search-index.json'), '[latest]');
    write(path.join(latest, 'assets', 'js', 'main.aaa.js'), 'latest bundle');
    write(path.join(latest, 'sitemap.xml'), '<urlset><url><loc>https://e.com/a</loc></url></urlset>');
    write(path.join(older, '2.9', 'a', 'index.html'), '2.9 page');
    write(path.join(older, 'index.html'), "2.9's own home: dropped");
    write(path.join(older, 'search-index.json'), '[2.9]');
    write(path.join(older, 'assets', 'js', 'main.bbb.js'), '2.9 bundle');
    write(path.join(older, 'sitemap.xml'), '<urlset><url><loc>https://e.com/2.9/a</loc></url><url><loc>https://e.com/search</loc></url></urlset>');
    return [
      { name: 'current', prefix: '', dir: latest },
      { name: '2.9', prefix: '/2.9', dir: older },
    ];
  };
  const options = { siteUrl: 'https://e.com', baseUrl: '/', versions: [] };

  test("Latest's pages, each version's folder and index, both bundles, one sitemap; the store unchanged", () => {
    const out = path.join(root, 'out');
    stitchUnits(units(), out, options);
    const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
    assert.equal(read('index.html'), 'home');
    assert.equal(read('2.9/a/index.html'), '2.9 page');
    assert.equal(read('search-index.json'), '[latest]');
    assert.equal(read('2.9/search-index.json'), '[2.9]');
    assert.equal(read('assets/js/main.bbb.js'), '2.9 bundle');
    assert.equal(read('sitemap.xml'), '<urlset><url><loc>https://e.com/a</loc></url><url><loc>https://e.com/2.9/a</loc></url></urlset>');
    assert.equal(fs.readFileSync(path.join(root, 'current', 'sitemap.xml'), 'utf8'), '<urlset><url><loc>https://e.com/a</loc></url></urlset>', "the stored sitemap is not written through its link");
  });

  test('the same asset name with other bytes in two units stops the stitch', () => {
    const parts = units();
    write(path.join(parts[1].dir, 'assets', 'js', 'main.aaa.js'), 'other bytes');
    assert.throws(() => stitchUnits(parts, path.join(root, 'out'), options), /assets\/js\/main\.aaa\.js differs between unit "2\.9"/);
  });
});
