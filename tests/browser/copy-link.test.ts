/**
 * The copy-link button of each FAQ question: reachable by keyboard, named after its question,
 * copies the deep link of the version being read, and says so to screen readers.
 *
 * The tests wait for what a reader gets, the announcement and the clipboard, never for the
 * button's check mark: that goes again after two seconds, which a busy machine may miss.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { JSHandle, Locator, Page } from 'playwright-core';
import { assertOnlyLocalRequests, SiteSession } from '../helpers/site-session.ts';
import { siteVersions } from '../helpers/versions.ts';

const session = new SiteSession();

async function clipboardPage(): Promise<Page> {
  const context = await session.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
  return context.newPage();
}

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** What CopyLinkButton announces once the link is on the clipboard. */
const COPIED = 'Link copied to the clipboard.';

/** A question's live region: the element right after its heading. */
const statusOf = (heading: Locator) => heading.locator('xpath=following-sibling::*[1][@role="status"]');

/**
 * Starts keeping every text the live region shows. The component empties it again with the
 * check mark; the log keeps the announcement for the test to find whenever it looks.
 */
function recordAnnouncements(status: Locator): Promise<JSHandle<string[]>> {
  return status.evaluateHandle((region) => {
    const log: string[] = [];
    new MutationObserver(() => log.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    return log;
  });
}

/** Waits until `text` has been announced; the component announces a copy after the clipboard took it. */
async function waitForAnnouncement(page: Page, log: JSHandle<string[]>, text: string): Promise<void> {
  await page.waitForFunction(({ entries, wanted }) => entries.includes(wanted), { entries: log, wanted: text });
}

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
        const announcements = await recordAnnouncements(statusOf(heading));
        await button.click();
        await waitForAnnouncement(page, announcements, COPIED);
        assert.equal(await readClipboard(page), `${session.origin}${route}#${id}`);
      }
    });
  }

  test('works from the keyboard and announces the copy', async () => {
    const page = await clipboardPage();
    await session.open(page, '/faq/security');
    const heading = page.locator('.theme-doc-markdown h3').first();
    const announcements = await recordAnnouncements(statusOf(heading));
    await heading.locator('button.copy-link-button').focus();
    await page.keyboard.press('Enter');
    await waitForAnnouncement(page, announcements, COPIED);
    const id = await heading.getAttribute('id');
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
