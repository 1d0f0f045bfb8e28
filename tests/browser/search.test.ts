/**
 * Offline search, per version: "CIS" and "CVE-2024-22030" find the right pages of the version
 * the reader is in, and the draft page's text finds nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { searchBox, searchPage } from '../helpers/search.ts';
import { assertOnlyLocalRequests, SiteSession } from '../helpers/site-session.ts';
import { siteVersions, type SiteVersion } from '../helpers/versions.ts';

const session = new SiteSession();
const CIS_PAGE = '/reference-guides/rancher-security/cis-self-assessment';
const CVE_PAGE = '/reference-guides/rancher-security/security-advisories-and-cves';
/** Words found only in the draft (versioned_docs/version-2.0-2.4/faq/security-faqs.md). */
const DRAFT_ONLY_WORDS = ['Docker', 'AppArmorProfile', 'sshd'];
const DRAFT_PHRASE = 'Docker Security Benchmark';

/** Is a result URL inside this version (Latest: not inside any older version)? */
function inVersion(href: string, version: SiteVersion): boolean {
  const path = new URL(href, 'http://x').pathname;
  if (version.prefix) return path.startsWith(`${version.prefix}/`);
  return !siteVersions().some((other) => other.prefix && path.startsWith(`${other.prefix}/`));
}

describe('search', () => {
  before(() => session.start());
  after(() => session.stop());

  for (const version of siteVersions()) {
    test(`${version.label}: "CIS" in the navbar box leads to ${version.label}'s CIS page`, async () => {
      const page = await session.newPage();
      await session.open(page, `${version.prefix}/faq/security`);
      const suggestions = await searchBox(page, 'CIS');
      assert.ok(suggestions.length > 0, 'suggestions shown');
      assert.match(suggestions[0], /CIS Benchmark Self-Assessment/);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === `${version.prefix}${CIS_PAGE}`);
    });

    test(`${version.label}: "CVE-2024-22030" finds the advisory and the FAQ answer of ${version.label}`, async () => {
      const page = await session.newPage();
      await session.open(page, `${version.prefix}/faq/security`);
      const suggestions = await searchBox(page, 'CVE-2024-22030');
      assert.ok(suggestions.some((text) => text.includes('Security Advisories and CVEs')), suggestions.join('\n'));
      const results = await searchPage(page, session.origin, 'CVE-2024-22030', version.prefix.slice(1));
      const paths = results.hrefs.map((href) => new URL(href, session.origin).pathname);
      assert.ok(paths.includes(`${version.prefix}${CVE_PAGE}`), `advisory page in ${paths.join(', ')}`);
      assert.ok(paths.includes(`${version.prefix}/faq/security`), `FAQ in ${paths.join(', ')}`);
      for (const href of results.hrefs) assert.ok(inVersion(href, version), `${href} is in ${version.label}`);
    });
  }

  test('words found only in the draft find nothing, in every version', async () => {
    const page = await session.newPage();
    for (const version of siteVersions()) {
      await session.open(page, `${version.prefix}/faq/security`);
      for (const word of DRAFT_ONLY_WORDS) {
        assert.deepEqual(await searchBox(page, word), [], `${version.label}: "${word}"`);
      }
      for (const word of DRAFT_ONLY_WORDS) {
        const results = await searchPage(page, session.origin, word, version.prefix.slice(1));
        assert.equal(results.hrefs.length, 0, `${version.label}: "${word}" on the results page`);
        assert.match(results.count, /No documents were found/);
      }
    }
  });

  test(`"${DRAFT_PHRASE}" finds no page with that phrase, and never the draft`, async () => {
    // The search relaxes queries of three or more words (it also tries each with one word left
    // out), so "Security Benchmark" still matches real pages; none of them may be the draft.
    const page = await session.newPage();
    for (const version of siteVersions()) {
      const results = await searchPage(page, session.origin, DRAFT_PHRASE, version.prefix.slice(1));
      assert.ok(!results.hrefs.some((href) => href.includes('security-faqs')), `${version.label}: draft in ${results.hrefs}`);
      assert.doesNotMatch(results.text, /docker/i, `${version.label}: results mention Docker`);
    }
  });

  test('made no requests outside the local server', () => assertOnlyLocalRequests(session));
});
