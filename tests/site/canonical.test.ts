/**
 * Canonical links on the built site: exactly one per page; Latest pages name themselves; a page
 * of an older version names the Latest page of the same document when there is one, itself
 * otherwise; a page's own <head> canonical (in its Markdown source) wins over both.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { builtPages, type BuiltPage } from '../helpers/built-pages.ts';
import { SITE_DIR } from '../helpers/paths.ts';
import { olderVersions } from '../helpers/versions.ts';
import { editedFile } from '../helpers/edit-link.ts';

const SITE_URL = (process.env.SITE_URL || 'https://ranchermanager.docs.rancher.com').replace(/\/$/, '');

const canonicals = (page: BuiltPage) => page.$('link[rel="canonical"]').toArray().map((link) => page.$(link).attr('href'));

/** The canonical URL a page's own Markdown declares in a <head> block, if any. */
function ownHeadCanonical(page: BuiltPage): string | undefined {
  const file = editedFile(page);
  if (!file) return undefined;
  const source = fs.readFileSync(path.join(SITE_DIR, file), 'utf8');
  const head = /<head>([\s\S]*?)<\/head>/i.exec(source)?.[1] ?? '';
  return /<link[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(head)?.[1];
}

function versionOf(page: BuiltPage) {
  return olderVersions().find((version) => page.route === version.prefix || page.route.startsWith(`${version.prefix}/`));
}

describe('canonical links', () => {
  test('every built page has exactly one canonical link, absolute and on the site URL', () => {
    const pages = builtPages();
    assert.ok(pages.length > 10, `expected a full build, found ${pages.length} pages`);
    for (const page of pages) {
      const links = canonicals(page);
      assert.equal(links.length, 1, `${page.route} has ${links.length} canonical links`);
      assert.ok(links[0]?.startsWith(`${SITE_URL}/`), `${page.route}: ${links[0]} is not on ${SITE_URL}`);
    }
  });

  test('Latest pages name their own URL (or the one their <head> block gives)', () => {
    const latest = builtPages().filter((page) => page.version === 'current');
    assert.ok(latest.length > 0);
    for (const page of latest) {
      const expected = ownHeadCanonical(page) ?? `${SITE_URL}${page.route}`;
      assert.equal(canonicals(page)[0]?.replace(/\/$/, ''), expected.replace(/\/$/, ''), page.route);
    }
  });

  test('older versions name the Latest page of the same document, or themselves', () => {
    const pages = builtPages();
    const latestByDocId = new Map(pages.filter((p) => p.version === 'current' && p.docId).map((p) => [p.docId, p]));
    const latestByRoute = new Map(pages.filter((p) => p.version === 'current').map((p) => [p.route, p]));
    let checked = 0;
    for (const page of pages) {
      const version = versionOf(page);
      if (!version || !page.version) continue;
      // Docs match on their id; generated category pages (no id) on their slug.
      const latest = page.docId
        ? latestByDocId.get(page.docId)
        : latestByRoute.get(page.route.slice(version.prefix.length) || '/');
      const expected = ownHeadCanonical(page) ?? (latest ? `${SITE_URL}${latest.route}` : `${SITE_URL}${page.route}`);
      assert.equal(canonicals(page)[0]?.replace(/\/$/, ''), expected.replace(/\/$/, ''), page.route);
      checked += 1;
    }
    assert.ok(checked >= olderVersions().length, `only ${checked} older-version pages checked`);
  });

  test('the archived FAQ, which has no <head> block, points at the Latest FAQ', () => {
    const archived = olderVersions().filter((version) => version.archived);
    assert.ok(archived.length > 0, 'expected an archived version');
    for (const version of archived) {
      const page = builtPages().find((p) => p.route === `${version.prefix}/faq/security`);
      assert.ok(page, `${version.prefix}/faq/security is built`);
      assert.equal(ownHeadCanonical(page), undefined, 'this check needs a page without its own canonical');
      assert.deepEqual(canonicals(page), [`${SITE_URL}/faq/security`]);
    }
  });
});
