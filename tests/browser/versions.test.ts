/**
 * Versions as readers meet them: the link into the Security section in every version, the
 * version dropdown keeping the reader on the same page, the archived banner, and drafts absent.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { assertOnlyLocalRequests, followToHeading, SiteSession } from '../helpers/site-session.ts';
import { siteVersions, type SiteVersion } from '../helpers/versions.ts';

const session = new SiteSession();
const DRAFT_ROUTE = '/2.0-2.4/faq/security-faqs';
const DRAFT_PHRASE = 'Docker Security Benchmark';

async function chooseVersion(page: Page, from: SiteVersion, to: SiteVersion): Promise<void> {
  const navbar = page.getByRole('navigation', { name: 'Main' });
  await navbar.getByRole('button', { name: from.label, exact: true }).hover();
  await navbar.getByRole('link', { name: to.label, exact: true }).click();
}

describe('versions', () => {
  before(() => session.start());
  after(() => session.stop());

  for (const version of siteVersions()) {
    test(`${version.label}: the FAQ's link into the Security section stays in ${version.label}`, async () => {
      const page = await session.newPage();
      await session.open(page, `${version.prefix}/faq/security`);
      const heading = await followToHeading(
        page,
        () => page.locator('.theme-doc-markdown').getByRole('link', { name: 'Security', exact: true }).first().click(),
        `${version.prefix}/reference-guides/rancher-security/`,
      );
      assert.equal(heading, 'Security');
      // The navbar's Security item points into the same version too.
      const navbarLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Security', exact: true });
      assert.equal(await navbarLink.getAttribute('href'), `${version.prefix}/reference-guides/rancher-security/`);
      // A full load of the same URL (as from a bookmark) is a real page, not the 404 page.
      assert.equal(await session.open(page, `${version.prefix}/reference-guides/rancher-security/`), 200);
    });
  }

  test('the version dropdown switches versions and stays on the same page', async () => {
    const versions = siteVersions();
    const page = await session.newPage();
    for (const route of ['/faq/security', '/reference-guides/rancher-security/hardening-guides']) {
      await session.open(page, route);
      // Latest → each older version → back to Latest, always on the same document.
      const tour = [...versions, versions[0]];
      for (let i = 1; i < tour.length; i++) {
        await chooseVersion(page, tour[i - 1], tour[i]);
        await page.waitForURL((url) => url.pathname === `${tour[i].prefix}${route}`);
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: tour[i].label, exact: true }).waitFor();
      }
    }
  });

  test('archived versions show the unmaintained banner linking to Latest; others do not', async () => {
    const page = await session.newPage();
    for (const version of siteVersions()) {
      await session.open(page, `${version.prefix}/faq/security`);
      const banner = page.locator('.theme-doc-version-banner');
      if (version.archived) {
        assert.match((await banner.textContent()) ?? '', /no longer actively maintained/, version.label);
        await banner.getByRole('link', { name: 'latest version' }).click();
        await page.waitForURL((url) => url.pathname === '/faq/security');
      } else {
        assert.equal(await banner.count(), 0, `${version.label} has no banner`);
      }
    }
    assert.ok(siteVersions().some((version) => version.archived), 'an archived version exists');
  });

  test("a draft's URL answers 404 with the not-found page", async () => {
    const page = await session.newPage();
    for (const route of [DRAFT_ROUTE, `${DRAFT_ROUTE}/`]) {
      assert.equal(await session.open(page, route), 404, route);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Page Not Found');
      assert.ok(!(await page.content()).includes(DRAFT_PHRASE), `${route} shows none of the draft`);
    }
    // Nor does the archived version's sidebar offer it.
    await session.open(page, '/2.0-2.4/faq/security');
    assert.equal(await page.locator(`a[href="${DRAFT_ROUTE}"]`).count(), 0);
  });

  test('made no requests outside the local server', () => assertOnlyLocalRequests(session));
});
