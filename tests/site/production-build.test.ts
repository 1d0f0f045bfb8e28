/** The real production build (`npm run build` → build/): pages, versions, canonical, drafts, sitemap. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { BUILD_DIR, requireBuild } from '../helpers/paths.ts';

const read = (file: string) => fs.readFileSync(path.join(BUILD_DIR, file), 'utf8');
const allFiles = () => (fs.readdirSync(BUILD_DIR, { recursive: true }) as string[]).map((file) => file.split(path.sep).join('/'));
const SEED_CANONICAL = 'https://ranchermanager.docs.rancher.com/faq/security';
const DRAFT = { route: '/2.0-2.4/faq/security-faqs', title: "Security FAQ's", id: 'faq/security-faqs', phrase: 'Docker Security Benchmark' };

test('the FAQ is at /faq/security with exactly one canonical link, the seed\'s', () => {
  requireBuild();
  const html = read('faq/security/index.html');
  const canonicals = [...html.matchAll(/<link[^>]*rel=["']?canonical["']?[^>]*>/gi)].map((match) => match[0]);
  assert.equal(canonicals.length, 1, canonicals.join('\n'));
  assert.match(canonicals[0], new RegExp(`href=["']?${SEED_CANONICAL.replace(/[./]/g, '\\$&')}["'\\s/>]`));
});

test('every question of the FAQ is a heading with its own anchor', () => {
  const html = read('faq/security/index.html');
  for (const id of ['is-there-a-hardening-guide', 'what-are-the-results-of-ranchers-kubernetes-cluster-when-it-is-cis-benchmarked', 'how-does-rancher-verify-communication-with-downstream-clusters-and-what-are-some-associated-security-concerns']) {
    assert.match(html, new RegExp(`<h3[^>]*id=["']?${id}["'\\s>]`), id);
  }
  assert.match(html, /href=["']?\/reference-guides\/rancher-security\/["'\s>]/, 'the link into the Security section was rewritten to its route');
});

test('each version has its FAQ and Security pages; the navbar has the version dropdown', () => {
  for (const prefix of ['', '2.9/', '2.0-2.4/']) {
    for (const page of ['faq/security', 'reference-guides/rancher-security', 'reference-guides/rancher-security/security-advisories-and-cves']) {
      assert.ok(fs.existsSync(path.join(BUILD_DIR, prefix, page, 'index.html')), `${prefix}${page}`);
    }
  }
  const html = read('2.9/faq/security/index.html');
  assert.match(html, /2\.0-2\.4 \(Archived\)/);
  assert.match(html, />Latest</);
});

test('the archived version carries the unmaintained banner and noindex', () => {
  const html = read('2.0-2.4/faq/security/index.html');
  assert.match(html, /theme-doc-version-banner/);
  assert.match(html, /<meta[^>]*name=["']?robots["']?[^>]*noindex/i);
});

test('no trace of the draft page in any HTML, the sitemap or the scripts', () => {
  const files = allFiles();
  assert.ok(!files.some((file) => file.includes('security-faqs')), 'no output file for the draft');
  for (const file of files.filter((name) => /\.(html|xml|js|json)$/.test(name))) {
    const text = read(file);
    assert.ok(!text.includes(DRAFT.route), `${file} mentions the draft's route`);
    assert.ok(!text.includes(DRAFT.phrase), `${file} contains the draft's text`);
    assert.ok(!text.includes(`"${DRAFT.id}"`), `${file} lists the draft's doc id`);
    if (file.endsWith('.html')) assert.ok(!/Security FAQ(&#x27;|&#39;|')s/.test(text), `${file} shows the draft's title`);
  }
});

test('archived versions are absent from sitemap.xml; the others are in it', () => {
  const sitemap = read('sitemap.xml');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  // The sitemap names pages on the address the site is built for (deploy.yml: the Pages one).
  const siteUrl = (process.env.SITE_URL || 'https://ranchermanager.docs.rancher.com').replace(/\/$/, '');
  assert.ok(urls.includes(`${siteUrl}/faq/security`), urls.join('\n'));
  assert.ok(urls.some((url) => url.includes('/2.9/faq/security')));
  assert.deepEqual(urls.filter((url) => url.includes('/2.0-2.4/')), []);
});

test('every HTML page has exactly one canonical link', () => {
  for (const file of allFiles().filter((name) => name.endsWith('.html'))) {
    const count = read(file).match(/<link[^>]*rel=["']?canonical["'\s/>]/gi)?.length ?? 0;
    assert.equal(count, 1, file);
  }
});
