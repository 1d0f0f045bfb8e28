/**
 * Links that cross version units (README, "Version units"). Each unit's client router knows only
 * its own routes, so each kind of crossing must load a real page, never the client-side 404: the
 * version dropdown, a link from one version to another (the archived banner's), the home page
 * link and the search page. A marker left on `window` before the click tells a full page load
 * (marker gone) from a client-side one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { assertOnlyLocalRequests, SiteSession, waitForHydration } from '../helpers/site-session.ts';
import { searchBox } from '../helpers/search.ts';

const session = new SiteSession();
const navbar = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { unitMarker: boolean }).unitMarker = true;
  });
}

/** Waits for a full load of `pathname` and returns its h1. */
async function landedOn(page: Page, pathname: string): Promise<string> {
  await page.waitForFunction(
    (expected) => location.pathname === expected && !(window as unknown as { unitMarker?: boolean }).unitMarker && document.documentElement.dataset.hasHydrated === 'true',
    pathname,
  );
  await waitForHydration(page);
  const h1 = (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
  assert.notEqual(h1, 'Page Not Found', `${pathname} rendered the 404 page`);
  return h1;
}

describe('links across version units', () => {
  before(() => session.start());
  after(() => session.stop());

  test('the version dropdown: 2.9 → Latest and Latest → 2.9 load the same page in full', async () => {
    const page = await session.newPage();
    await session.open(page, '/2.9/faq/security');
    await markPage(page);
    await navbar(page).getByRole('button', { name: '2.9', exact: true }).hover();
    await navbar(page).getByRole('link', { name: 'Latest', exact: true }).click();
    assert.equal(await landedOn(page, '/faq/security'), 'Security FAQ');
    await markPage(page);
    await navbar(page).getByRole('button', { name: 'Latest', exact: true }).hover();
    await navbar(page).getByRole('link', { name: '2.9', exact: true }).click();
    assert.equal(await landedOn(page, '/2.9/faq/security'), 'Security FAQ');
  });

  test('a link from one version to another (the archived banner) loads the Latest page', async () => {
    const page = await session.newPage();
    await session.open(page, '/2.0-2.4/faq/security');
    await markPage(page);
    await page.locator('.theme-doc-version-banner').getByRole('link', { name: 'latest version' }).click();
    assert.equal(await landedOn(page, '/faq/security'), 'Security FAQ');
  });

  test('the navbar logo of an older version loads the home page', async () => {
    const page = await session.newPage();
    await session.open(page, '/2.9/reference-guides/rancher-security/');
    await markPage(page);
    await navbar(page).locator('a.navbar__brand').click();
    assert.equal(await landedOn(page, '/'), 'Rancher Manager security documentation');
  });

  test("an older version's \"See all results\" loads the search page with that version's results", async () => {
    const page = await session.newPage();
    await session.open(page, '/2.9/faq/security');
    await searchBox(page, 'CIS');
    await markPage(page);
    // The search bar's ARIA repair (src/theme/SearchBar) makes this link an option of its listbox.
    await page.getByRole('option', { name: /See all results/ }).click();
    await landedOn(page, '/search/');
    await page.locator('article h2 a').first().waitFor();
    const hrefs = await page.locator('article h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    assert.ok(hrefs.length > 0 && hrefs.every((href) => href.startsWith('/2.9/')), hrefs.join(', '));
  });

  test('the dropdown lists the versions of the stitched site, even one its unit was built without', async () => {
    const page = await session.newPage();
    // As if version 3.0 had been added after the 2.9 unit was stored: only the versions file knows it.
    await page.route('**/faq-versions.json', async (route) => {
      const versions = (await (await route.fetch()).json()) as { name: string; label: string; prefix: string }[];
      const added = { ...versions[1], name: '3.0', label: '3.0', prefix: '/3.0' };
      await route.fulfill({ json: [versions[0], added, ...versions.slice(1)] });
    });
    await session.open(page, '/2.9/faq/security');
    await navbar(page).getByRole('button', { name: '2.9', exact: true }).hover();
    const labels = await navbar(page).locator('.dropdown__menu a').allTextContents();
    assert.deepEqual(labels, ['Latest', '3.0', '2.9', '2.0-2.4 (Archived)']);
    assert.equal(await navbar(page).getByRole('link', { name: '3.0', exact: true }).getAttribute('href'), '/3.0/faq/security');
  });

  test('made no requests outside the local server', () => assertOnlyLocalRequests(session));
});
