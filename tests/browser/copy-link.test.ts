/**
 * The copy-link button of each FAQ question: reachable by keyboard, named after its question,
 * copies the deep link of the version being read, and says so to screen readers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { assertOnlyLocalRequests, SiteSession } from '../helpers/site-session.ts';
import { siteVersions } from '../helpers/versions.ts';

const session = new SiteSession();

async function clipboardPage(): Promise<Page> {
  const context = await session.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
  return context.newPage();
}

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('copy-link buttons', () => {
  before(() => session.start());
  after(() => session.stop());

  for (const version of siteVersions()) {
    test(`${version.label}: each question's button copies its deep link`, async () => {
      const page = await clipboardPage();
      const route = `${version.prefix}/faq/security`;
      await session.open(page, route);
      const headings = page.locator('.theme-doc-markdown h3');
      const count = await headings.count();
      assert.ok(count >= 3);
      for (let i = 0; i < count; i++) {
        const heading = headings.nth(i);
        const id = await heading.getAttribute('id');
        const question = await heading.evaluate((h) => {
          const clone = h.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('a.hash-link, button').forEach((node) => node.remove());
          return (clone.textContent ?? '').replace(/[\s\u200b]+/g, ' ').trim();
        });
        const button = page.getByRole('button', { name: `Copy link to “${question}”` });
        assert.equal(await button.count(), 1, `one button for "${question}"`);
        await button.click();
        await page.waitForFunction(
          (name) => document.querySelector(`button[aria-label="${name}"]`)?.getAttribute('data-state') === 'copied',
          `Copy link to “${question}”`,
        );
        assert.equal(await readClipboard(page), `${session.origin}${route}#${id}`);
      }
    });
  }

  test('works from the keyboard and announces the copy', async () => {
    const page = await clipboardPage();
    await session.open(page, '/faq/security');
    const first = page.locator('.theme-doc-markdown h3 button.copy-link-button').first();
    await first.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('.theme-doc-markdown [role="status"]').first();
    await status.filter({ hasText: 'Link copied' }).waitFor({ state: 'attached' });
    const id = await page.locator('.theme-doc-markdown h3').first().getAttribute('id');
    assert.equal(await readClipboard(page), `${session.origin}/faq/security#${id}`);
    // Following the copied link lands on the question.
    await page.goto(await readClipboard(page), { waitUntil: 'networkidle' });
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), id);
  });

  test('the # link next to each question still points at it', async () => {
    const page = await session.newPage();
    await session.open(page, '/faq/security');
    const links = await page.locator('.theme-doc-markdown h3').evaluateAll((hs) =>
      hs.map((h) => ({ id: h.id, href: h.querySelector('a.hash-link')?.getAttribute('href') })),
    );
    assert.ok(links.length >= 3);
    for (const { id, href } of links) assert.equal(href, `#${id}`);
    // As on other headings, hovering the question reveals its # link.
    const first = page.locator('.theme-doc-markdown h3').first();
    const hashLink = first.locator('a.hash-link');
    assert.equal(await hashLink.evaluate((link) => getComputedStyle(link).opacity), '0');
    await first.hover({ position: { x: 5, y: 5 } });
    // It fades in (a CSS transition): wait for the end state.
    await page.waitForFunction((link) => link !== null && getComputedStyle(link).opacity === '1', await hashLink.elementHandle());
  });

  test('made no requests outside the local server', () => assertOnlyLocalRequests(session));
});
