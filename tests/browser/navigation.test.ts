/**
 * Finding the FAQ: from the home page, from the sidebar and the navbar; and each question's
 * deep link landing on it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertOnlyLocalRequests, followToHeading, SiteSession } from '../helpers/site-session.ts';

const session = new SiteSession();

describe('navigation to the FAQ', () => {
  before(() => session.start());
  after(() => session.stop());

  test('the home page links to the FAQ', async () => {
    const page = await session.newPage();
    await session.open(page, '/');
    const heading = await followToHeading(page, () => page.getByRole('main').getByRole('link', { name: 'Security FAQ' }).click(), '/faq/security');
    assert.equal(heading, 'Security FAQ');
  });

  test('the sidebar leads to the FAQ from another page', async () => {
    const page = await session.newPage();
    await session.open(page, '/reference-guides/rancher-security/');
    const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
    // The FAQ category is collapsed on this page: open it, then follow the FAQ link.
    await sidebar.getByRole('button', { name: /Expand sidebar category 'FAQ'/ }).click();
    const heading = await followToHeading(page, () => sidebar.getByRole('link', { name: 'Security FAQ' }).click(), '/faq/security');
    assert.equal(heading, 'Security FAQ');
    assert.equal(await sidebar.getByRole('link', { name: 'Security FAQ' }).getAttribute('aria-current'), 'page');
  });

  test('the navbar marks only the section the reader is in as current', async () => {
    const page = await session.newPage();
    await session.open(page, '/faq/security');
    const navbar = page.getByRole('navigation', { name: 'Main' });
    assert.equal(await navbar.getByRole('link', { name: 'Security FAQ', exact: true }).getAttribute('aria-current'), 'page');
    assert.equal(await navbar.getByRole('link', { name: 'Security', exact: true }).getAttribute('aria-current'), null);
    await session.open(page, '/reference-guides/rancher-security/cis-self-assessment');
    assert.equal(await navbar.getByRole('link', { name: 'Security', exact: true }).getAttribute('aria-current'), 'page');
    assert.equal(await navbar.getByRole('link', { name: 'Security FAQ', exact: true }).getAttribute('aria-current'), null);
  });

  test('every question has an anchor, and its deep link lands on it', async () => {
    const page = await session.newPage({ viewport: { width: 1280, height: 500 } });
    await session.open(page, '/faq/security');
    const ids = await page.locator('.theme-doc-markdown h3').evaluateAll((headings) => headings.map((h) => h.id));
    assert.ok(ids.length >= 3, `found ${ids.length} questions`);
    for (const id of ids) {
      assert.ok(id, 'every question has an id');
      assert.equal(await page.locator(`h3[id="${id}"] a.hash-link`).getAttribute('href'), `#${id}`);
    }
    for (const id of ids) {
      const deep = await session.newPage({ viewport: { width: 1280, height: 500 } });
      await session.open(deep, `/faq/security#${id}`);
      // Landed: the question is the :target and is on screen, below the sticky navbar.
      await deep.waitForFunction((target) => {
        const heading = document.getElementById(target);
        const navbar = document.querySelector('.navbar');
        if (!heading || !navbar) return false;
        const box = heading.getBoundingClientRect();
        return document.querySelector(':target') === heading && box.top >= navbar.getBoundingClientRect().bottom - 1 && box.top < window.innerHeight;
      }, id);
      await deep.context().close();
    }
  });

  test('made no requests outside the local server', () => assertOnlyLocalRequests(session));
});
