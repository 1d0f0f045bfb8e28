/**
 * No third-party requests: every built page, loaded in Chromium with the search index and its
 * worker included, requests nothing but the local server. The docs are read in places where
 * outside hosts may be unreachable or unwanted (air-gapped Rancher installs).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { builtPages } from '../helpers/built-pages.ts';
import { isLocal } from '../helpers/request-log.ts';
import { searchBox } from '../helpers/search.ts';
import { SiteSession } from '../helpers/site-session.ts';
import { siteVersions } from '../helpers/versions.ts';

const session = new SiteSession();

describe('third-party requests', () => {
  before(() => session.start());
  after(() => session.stop());

  test('every built page loads from the local server only', async () => {
    const routes = builtPages().map((page) => page.route);
    assert.ok(routes.length > 10, `found ${routes.length} pages`);
    const page = await session.newPage();
    for (const route of routes) {
      const before = session.requests.urls.length;
      await session.open(page, route);
      const requests = session.requests.urls.slice(before);
      assert.ok(requests.length > 0, `${route}: requests were recorded`);
      const outside = requests.filter((url) => !isLocal(url, session.origin));
      assert.deepEqual(outside, [], `${route} requested other hosts`);
    }
    assert.deepEqual(session.requests.outsideRequests(), []);
  });

  test('searching loads each version\'s index from the local server only', async () => {
    const page = await session.newPage();
    for (const version of siteVersions()) {
      const before = session.requests.urls.length;
      await session.open(page, `${version.prefix}/faq/security`);
      assert.ok((await searchBox(page, 'CIS')).length > 0, `${version.label}: results shown`);
      const requests = session.requests.urls.slice(before);
      const indexes = requests.filter((url) => /search-index.*\.json/.test(url));
      assert.ok(
        indexes.some((url) => new URL(url).pathname.startsWith(`${version.prefix}/search-index`)),
        `${version.label} loaded its own index: ${indexes.join(', ')}`,
      );
    }
    assert.deepEqual(session.requests.outsideRequests(), []);
  });
});
