import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsOf, reportLinesOf } from '../helpers/check-fixture.ts';

test('broken-link: every failing case is reported at its position, every passing case is not', async () => {
  assert.deepEqual(await problemsOf('broken-link'), [
    'docs/intro.md:24:7 error broken-link', // missing file
    'docs/intro.md:24:36 error broken-link', // case differs
    'docs/intro.md:24:60 error broken-link', // leaves the site folder
    'docs/intro.md:25:1 error broken-link', // image missing from static/
    'docs/intro.md:25:29 error broken-link', // URL-style route that does not exist
    'docs/intro.md:26:1 warning broken-link', // from docs/ into versioned_docs/: Docusaurus follows it
    'docs/intro.md:28:1 error broken-link', // reference definition to a missing file
    'docs/intro.md:30:7 error broken-link', // @site/ page that does not exist
    'docs/intro.md:30:55 error broken-link', // @site/ image that does not exist
    'versioned_docs/version-1.0/guide/setup.md:7:41 error broken-link', // exists only in Latest
    'versioned_docs/version-1.0/guide/setup.md:7:72 warning broken-link', // from a version into docs/: followed, warned
  ]);
});

test('broken-link: the exact words a writer reads, message and hint', async () => {
  assert.deepEqual(await reportLinesOf('broken-link'), [
    `docs/intro.md:24:7: error broken-link: no page "docs/guide/missing.md" in version current (check the path; it is relative to this page's folder)`,
    'docs/intro.md:24:36: error broken-link: no file "docs/guide/Setup.md" (the case differs from "docs/guide/setup.md"; the site is served from Linux, where case matters)',
    'docs/intro.md:24:60: error broken-link: link "../../outside.md" leads outside the site folder (link to a page inside this site)',
    'docs/intro.md:25:1: error broken-link: no image "static/img/nope.png" (root paths like /img/x.png are looked up in static/)',
    'docs/intro.md:25:29: error broken-link: no page at "/guide/nope" (a path starting with / is a route of this site, or a file in static/)',
    'docs/intro.md:26:1: warning broken-link: link "../versioned_docs/version-1.0/guide/setup.md" leads into version "1.0", to versioned_docs/version-1.0/guide/setup.md (Docusaurus follows it, but a page of version current should link to the same page in its own version)',
    `docs/intro.md:28:1: error broken-link: no page "docs/nope.md" in version current (check the path; it is relative to this page's folder)`,
    'docs/intro.md:30:7: error broken-link: no page "docs/guide/gone.md" in version current (@site/ paths start at the site folder, e.g. @site/docs/faq/security.md)',
    'docs/intro.md:30:55: error broken-link: no file "static/img/gone.png" (@site/ paths start at the site folder, e.g. @site/static/img/x.png)',
    `versioned_docs/version-1.0/guide/setup.md:7:41: error broken-link: no page "versioned_docs/version-1.0/guide/Tutorial.mdx" in version 1.0 (check the path; it is relative to this page's folder)`,
    'versioned_docs/version-1.0/guide/setup.md:7:72: warning broken-link: link "../../../docs/intro.md" leads into version "current", to docs/intro.md (Docusaurus follows it, but a page of version 1.0 should link to the same page in its own version)',
  ]);
});
