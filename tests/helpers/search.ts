/** Drives the offline search: the navbar search box and the full results page. */
import type { Page } from 'playwright-core';

const INPUT = 'input.navbar__search-input';
const LISTBOX = '[role="listbox"]';

/** Types a query in the navbar box and returns the suggestions once they are shown. */
export async function searchBox(page: Page, query: string): Promise<string[]> {
  await page.locator(INPUT).fill(query);
  // Wait for the dropdown to answer this query: options, or the "No results" message.
  await page.waitForFunction(
    ({ listbox, value }) => {
      const input = document.querySelector<HTMLInputElement>('input.navbar__search-input');
      const box = document.querySelector<HTMLElement>(listbox);
      if (!input || input.value !== value || !box || box.style.display === 'none') return false;
      return box.querySelector('[role="option"]') !== null || /No results/.test(box.textContent ?? '');
    },
    { listbox: LISTBOX, value: query },
  );
  return page.locator(`${LISTBOX} [role="option"]`).allTextContents();
}

/** Opens the full results page for a query in one version ('' for Latest, '2.9' …). */
export async function searchPage(page: Page, origin: string, query: string, versionPath: string): Promise<{ count: string; hrefs: string[]; text: string }> {
  const url = new URL('/search', origin);
  url.searchParams.set('q', query);
  if (versionPath) url.searchParams.set('version', `${versionPath}/`);
  await page.goto(url.href, { waitUntil: 'networkidle' });
  const summary = page.locator('main p, #__docusaurus_skipToContent_fallback p').filter({ hasText: /documents? (were )?found/ }).first();
  await summary.waitFor();
  const results = page.locator('article');
  return {
    count: (await summary.textContent()) ?? '',
    hrefs: await results.locator('h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
    text: (await results.allTextContents()).join('\n'),
  };
}
