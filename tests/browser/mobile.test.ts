/** The site on a 375 px wide phone: no sideways scrolling, and the menu opens, navigates and closes. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { devices } from 'playwright-core';
import { assertOnlyLocalRequests, followToHeading, SiteSession } from '../helpers/site-session.ts';

const session = new SiteSession();
const PHONE = { ...devices['iPhone SE'], viewport: { width: 375, height: 667 }, defaultBrowserType: undefined };

describe('mobile, 375 px wide', () => {
  before(() => session.start());
  after(() => session.stop());

  test('the FAQ fits the width: no horizontal scrolling', async () => {
    const page = await session.newPage(PHONE);
    await session.open(page, '/faq/security');
    const widths = await page.evaluate(() => ({ content: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    assert.equal(widths.viewport, 375);
    assert.ok(widths.content <= widths.viewport, `page is ${widths.content} px wide`);
    // The desktop sidebar is hidden; the menu button replaces it.
    assert.equal(await page.getByRole('navigation', { name: 'Docs sidebar' }).isVisible(), false);
  });

  test('the search box shrinks to its icon and leaves the site title readable', async () => {
    const page = await session.newPage(PHONE);
    await session.open(page, '/faq/security');
    const title = await page.locator('.navbar__inner .navbar__title').boundingBox();
    const search = await page.locator('input.navbar__search-input').boundingBox();
    assert.ok(title && search);
    assert.ok(title.x + title.width <= search.x, `title ends at ${title.x + title.width}, search starts at ${search.x}`);
    // Focused, it widens for typing.
    await page.locator('input.navbar__search-input').focus();
    await page.waitForFunction((width) => document.querySelector('input.navbar__search-input')!.getBoundingClientRect().width > width, search.width);
  });

  test('the menu opens, leads to the Security section and closes', async () => {
    const page = await session.newPage(PHONE);
    await session.open(page, '/faq/security');
    const toggle = page.getByRole('button', { name: 'Toggle navigation bar' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    const menu = page.locator('.navbar-sidebar');
    await menu.waitFor({ state: 'visible' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    // The menu shows the docs sidebar of this page first; the FAQ is in it.
    await menu.getByRole('link', { name: 'Security FAQ' }).first().waitFor({ state: 'visible' });
    // Back to the main menu, then to the Security section.
    await menu.getByRole('button', { name: /main menu/i }).click();
    const heading = await followToHeading(page, () => menu.getByRole('link', { name: 'Security', exact: true }).click(), '/reference-guides/rancher-security/');
    await menu.waitFor({ state: 'hidden' });
    assert.equal(heading, 'Security');
  });

  test('the menu offers the versions and switches to one', async () => {
    const page = await session.newPage(PHONE);
    await session.open(page, '/faq/security');
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    const menu = page.locator('.navbar-sidebar');
    await menu.getByRole('button', { name: /main menu/i }).click();
    // On phones the version dropdown is a "Versions" group listing every version.
    await menu.getByRole('button', { name: 'Versions', exact: true }).waitFor({ state: 'visible' });
    assert.equal(await menu.getByRole('link', { name: 'Latest', exact: true }).getAttribute('aria-current'), 'page');
    await menu.getByRole('link', { name: '2.9', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/2.9/faq/security');
    // Versions are built as separate units (README): a version switch loads a full page, which
    // starts with the menu closed.
    await menu.waitFor({ state: 'hidden' });
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Security FAQ');
  });

  test('made no requests outside the local server', () => assertOnlyLocalRequests(session));
});
