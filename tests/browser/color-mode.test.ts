/**
 * Light and dark mode: the toggle switches and remembers, the brand colours of custom.css really
 * apply in both (with cascade layers a plain override can silently lose), and screenshots of the
 * FAQ in both modes go to tests/output/ for a person to look at.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { BRAND, type Theme } from '../helpers/colours.ts';
import { outputPath } from '../helpers/paths.ts';
import { assertOnlyLocalRequests, SiteSession } from '../helpers/site-session.ts';

const session = new SiteSession();

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

async function brandColours(page: Page) {
  return page.evaluate(() => ({
    primary: getComputedStyle(document.documentElement).getPropertyValue('--ifm-color-primary').trim(),
    link: getComputedStyle(document.querySelector('.theme-doc-markdown p a')!).color,
    background: getComputedStyle(document.documentElement).backgroundColor,
  }));
}

/** Links fade to their new colour (a CSS transition): wait until the final colour is reached. */
async function waitForLinkColour(page: Page, colour: string): Promise<void> {
  await page.waitForFunction(
    (expected) => getComputedStyle(document.querySelector('.theme-doc-markdown p a')!).color === expected,
    colour,
  );
}

/** Clicks the toggle until the wanted theme is on (it cycles system → light → dark). */
async function switchTo(page: Page, wanted: Theme): Promise<void> {
  const toggle = page.getByRole('button', { name: /Switch between dark and light mode/ });
  for (let clicks = 0; clicks < 3; clicks++) {
    const before = await toggle.getAttribute('aria-label');
    await toggle.click();
    await page.waitForFunction(
      (label) => document.querySelector('button[aria-label^="Switch between dark and light mode"]')?.getAttribute('aria-label') !== label,
      before,
    );
    if ((await theme(page)) === wanted && /\((currently )?(light|dark) mode\)/.test((await toggle.getAttribute('aria-label')) ?? '')) return;
  }
  throw new Error(`the toggle never switched to ${wanted} mode`);
}

describe('colour modes', () => {
  before(() => session.start());
  after(() => session.stop());

  test('follows the system preference, with the brand colours applied', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await session.newPage({ colorScheme: scheme });
      await session.open(page, '/faq/security');
      assert.equal(await theme(page), scheme);
      const colours = await brandColours(page);
      assert.equal(colours.primary, BRAND[scheme].primary, `${scheme}: --ifm-color-primary`);
      assert.equal(colours.link, BRAND[scheme].link, `${scheme}: link colour`);
    }
  });

  test('the toggle switches light to dark and back, and the choice survives a reload', async () => {
    const page = await session.newPage({ colorScheme: 'light' });
    await session.open(page, '/faq/security');
    const light = await brandColours(page);
    await switchTo(page, 'dark');
    await waitForLinkColour(page, BRAND.dark.link);
    const dark = await brandColours(page);
    assert.equal(dark.primary, BRAND.dark.primary);
    assert.notEqual(dark.background, light.background, 'the page background changed');
    await page.reload({ waitUntil: 'networkidle' });
    assert.equal(await theme(page), 'dark', 'dark mode was remembered');
    await switchTo(page, 'light');
    await waitForLinkColour(page, BRAND.light.link);
    assert.equal((await brandColours(page)).primary, BRAND.light.primary);
  });

  test('screenshots of the FAQ in light and dark mode', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await session.newPage({ colorScheme: scheme });
      await session.open(page, '/faq/security');
      assert.equal(await theme(page), scheme);
      const file = outputPath(`faq-${scheme}.png`);
      const image = await page.screenshot({ path: file, fullPage: true });
      assert.ok(image.length > 10_000, `${file} has content`);
    }
  });

  test('made no requests outside the local server', () => assertOnlyLocalRequests(session));
});
