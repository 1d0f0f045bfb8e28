/**
 * axe-core on the pages readers use most, in light and dark mode: no violation of serious or
 * critical impact (colour contrast included, which is where a lost CSS override shows).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { searchBox } from '../helpers/search.ts';
import { assertOnlyLocalRequests, SiteSession } from '../helpers/site-session.ts';

const session = new SiteSession();

interface Target {
  name: string;
  route: string;
  /** Puts the page in the state to check once loaded (e.g. an open search dropdown). */
  prepare?: (page: Page) => Promise<unknown>;
}

const TARGETS: Target[] = [
  { name: 'the FAQ', route: '/faq/security' },
  { name: 'the Security landing page', route: '/reference-guides/rancher-security/' },
  { name: 'the 2.9 FAQ', route: '/2.9/faq/security' },
  { name: 'the archived FAQ with its banner', route: '/2.0-2.4/faq/security' },
  { name: 'the search results page', route: '/search?q=CIS' },
  { name: 'the search suggestions', route: '/faq/security', prepare: (page) => searchBox(page, 'CVE-2024-22030') },
];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  before(() => session.start());
  after(() => session.stop());

  for (const scheme of ['light', 'dark'] as const) {
    for (const target of TARGETS) {
      test(`${target.name}, ${scheme} mode: no serious or critical axe violations`, async () => {
        // AxeBuilder needs a page from an explicit context.
        const context = await session.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        await session.open(page, target.route);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), scheme);
        await target.prepare?.(page);
        assert.deepEqual(await seriousViolations(page), []);
        await context.close();
      });
    }
  }

  test('made no requests outside the local server', () => assertOnlyLocalRequests(session));
});
