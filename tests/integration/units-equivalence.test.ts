/**
 * The proof that building by version units changes nothing a reader or a crawler sees: a fixture
 * site with 3 versions (generated, with drafts) is built twice, monolithic (`docusaurus build` of
 * the published set, every version at once) and by units (`scripts/build.ts`), and the two
 * outputs are compared: the set of routes, each page's canonical link, <title> and <h1>, the
 * sitemap's URLs, and what each version's search index answers to a few queries.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import { generateSite } from '../../scripts/bench/generate-site.ts';
import { OUTPUT_DIR, SITE_DIR } from '../helpers/paths.ts';

const DOCUSAURUS = path.join(SITE_DIR, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
const QUERIES = ['security', 'cluster', 'certificate', 'hardening guide', 'CVE'];

interface PageFacts {
  canonical: string[];
  title: string;
  h1: string;
}

function htmlFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((file) => file.split(path.sep).join('/')).filter((file) => file.endsWith('.html')).sort();
}

function pageFacts(dir: string): Map<string, PageFacts> {
  return new Map(
    htmlFiles(dir).map((file) => {
      const $ = cheerio.load(fs.readFileSync(path.join(dir, file), 'utf8'));
      const facts = {
        canonical: $('link[rel="canonical"]').toArray().map((link) => $(link).attr('href') ?? ''),
        title: $('title').text(),
        h1: $('h1').first().text(),
      };
      return [file, facts];
    }),
  );
}

const sitemapUrls = (dir: string) => [...fs.readFileSync(path.join(dir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]).sort();

/** Each folder's search index, queried with the same lunr the search bar's worker uses. */
function searchAnswers(dir: string): Record<string, Record<string, string[]>> {
  const lunr = require(require.resolve('lunr', { paths: [path.dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json'))] }));
  const answers: Record<string, Record<string, string[]>> = {};
  const indexes = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => /(^|\/)search-index[^/]*\.json$/.test(file.split(path.sep).join('/')));
  for (const file of indexes) {
    const folder = path.dirname(file.split(path.sep).join('/'));
    const parts = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { documents: { i: number; u: string }[]; index: unknown }[];
    answers[folder] = Object.fromEntries(
      QUERIES.map((query) => {
        const urls = parts.flatMap((part) => {
          const index = lunr.Index.load(part.index);
          const byId = new Map(part.documents.map((doc) => [String(doc.i), doc.u]));
          return (index.search(query) as { ref: string }[]).map((result) => byId.get(result.ref) ?? '?');
        });
        return [query, [...new Set(urls)].sort()];
      }),
    );
  }
  return answers;
}

describe('a build by units reads like a monolithic build', { timeout: 1_800_000 }, () => {
  const siteDir = path.join(OUTPUT_DIR, 'units-equivalence', 'site');
  const monolith = path.join(OUTPUT_DIR, 'units-equivalence', 'monolith');
  let units = '';

  before(() => {
    fs.rmSync(path.dirname(siteDir), { recursive: true, force: true });
    const site = generateSite(siteDir, { pagesPerVersion: 12, versions: 3, draftRatio: 0.1, git: true });
    assert.equal(site.versions.length, 3);
    const byUnits = spawnSync(process.execPath, ['--import', 'tsx', path.join(SITE_DIR, 'scripts', 'build.ts'), '--site', siteDir], { cwd: SITE_DIR, encoding: 'utf8' });
    assert.equal(byUnits.status, 0, byUnits.stderr.slice(-3000));
    assert.match(byUnits.stderr, /unit 2\.0-2\.4: building/);
    units = path.join(siteDir, 'build');
    // The monolith: the same published set (the staged copy without drafts), every version at once.
    const staged = path.join(siteDir, '.publish');
    const whole = spawnSync(process.execPath, [DOCUSAURUS, 'build', staged, '--out-dir', monolith], {
      cwd: staged,
      encoding: 'utf8',
      env: { ...process.env, FAQ_STAGED_FROM: siteDir },
    });
    assert.equal(whole.status, 0, whole.stderr.slice(-3000));
  });

  test('the same routes', () => {
    const expected = htmlFiles(monolith);
    assert.ok(expected.length >= 3 * 12, `only ${expected.length} pages`);
    assert.deepEqual(htmlFiles(units), expected);
  });

  test('the same canonical link, <title> and <h1> on every page', () => {
    const mono = pageFacts(monolith);
    const stitched = pageFacts(units);
    let olderPointingToLatest = 0;
    for (const [file, facts] of mono) {
      assert.deepEqual(stitched.get(file), facts, file);
      if (/^2\.\d/.test(file) && facts.canonical[0] && !new URL(facts.canonical[0]).pathname.startsWith('/2.')) olderPointingToLatest += 1;
    }
    assert.ok(olderPointingToLatest > 0, 'some older pages name their Latest page as canonical');
  });

  test('the same sitemap URLs, without the archived version', () => {
    const urls = sitemapUrls(monolith);
    assert.ok(urls.length > 0);
    assert.deepEqual(sitemapUrls(units), urls);
    assert.deepEqual(urls.filter((url) => url.includes('/2.0-2.4/')), []);
  });

  test("each version's search index answers the same", () => {
    const mono = searchAnswers(monolith);
    assert.deepEqual(Object.keys(mono).sort(), ['.', '2.0-2.4', '2.9']);
    assert.ok(Object.values(mono['.']).some((urls) => urls.length > 0), 'the queries find something');
    assert.deepEqual(searchAnswers(units), mono);
  });

  test('a unit whose build fails fails the build, names the unit and leaves build/ as it was', () => {
    const before = fs.readFileSync(path.join(units, 'index.html'));
    const page = (fs.readdirSync(path.join(siteDir, 'versioned_docs', 'version-2.9'), { recursive: true }) as string[]).find((file) => file.endsWith('.md'));
    assert.ok(page);
    // Valid MDX with every name defined, so the writers' check passes it, but the component
    // throws while Docusaurus renders the page: only that unit's build can fail on it.
    fs.appendFileSync(path.join(siteDir, 'versioned_docs', 'version-2.9', page), "\n\nexport const ThrowsWhenRendered = () => { throw new Error('ThrowsWhenRendered'); };\n\n<ThrowsWhenRendered />\n");
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(SITE_DIR, 'scripts', 'build.ts'), '--site', siteDir], { cwd: SITE_DIR, encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /unit current: reused/);
    assert.match(result.stderr, /step "unit 2\.9" failed: docusaurus build of unit "2\.9" exited with code 1/);
    assert.match(result.stdout + result.stderr, /ThrowsWhenRendered/);
    assert.deepEqual(fs.readFileSync(path.join(units, 'index.html')), before, 'build/ untouched');
  });
});
