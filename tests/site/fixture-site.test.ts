/**
 * The theme components and FAQ plugin on a fixture site (tests/helpers/fixture-site.ts), for the
 * cases the real content lacks: older-only pages, a page's own <head> canonical that differs
 * from the automatic one, and FAQ answers with code, lists, sub-headings and `</script>`.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { loadPage, type BuiltPage } from '../helpers/built-pages.ts';
import { buildFixtureSite, FIXTURE_URL } from '../helpers/fixture-site.ts';
import { headingText, jsonLdBlocks } from '../helpers/text.ts';

let buildDir = '';
const page = (route: string): BuiltPage => loadPage(path.join(buildDir, route, 'index.html'), buildDir);
const canonicals = (p: BuiltPage) => p.$('link[rel="canonical"]').toArray().map((link) => p.$(link).attr('href'));

describe('fixture site', () => {
  before(() => {
    buildDir = buildFixtureSite();
  });

  test('an older page whose document exists in Latest names the Latest URL', () => {
    assert.deepEqual(canonicals(page('1.0/shared')), [`${FIXTURE_URL}/shared`]);
  });

  test('a page found only in an older version names itself', () => {
    assert.deepEqual(canonicals(page('1.0/old-only')), [`${FIXTURE_URL}/1.0/old-only`]);
  });

  test("a page's own <head> canonical wins, in Latest and in older versions", () => {
    assert.deepEqual(canonicals(page('own-head')), ['https://elsewhere.example/own-head-latest']);
    assert.deepEqual(canonicals(page('1.0/own-head')), ['https://elsewhere.example/own-head-1.0']);
  });

  test('FAQ JSON-LD: questions in order, plain-text answers, unanswered questions left out', () => {
    const faq = page('faq/awkward');
    const data = jsonLdBlocks(faq.$).filter((block) => block['@type'] === 'FAQPage');
    assert.equal(data.length, 1);
    assert.deepEqual(data[0].mainEntity, [
      {
        '@type': 'Question',
        name: 'What does kubectl need?',
        acceptedAnswer: {
          '@type': 'Answer',
          text:
            'Ports <1024, a link and text that looks like </script> in HTML. first item second item ' +
            'A sub-heading inside the answer More of the same answer.',
        },
      },
      { '@type': 'Question', name: 'The last question?', acceptedAnswer: { '@type': 'Answer', text: 'The last answer.' } },
    ]);
  });

  test('FAQ JSON-LD cannot close its <script> early', () => {
    // The raw file, as a browser's HTML parser would meet it (cheerio would re-serialise it).
    const html = fs.readFileSync(page('faq/awkward').file, 'utf8');
    const script = /<script[^>]*application\/ld\+json[^>]*>([^]*?)<\/script>/g;
    const bodies = [...html.matchAll(script)].map((match) => match[1]);
    assert.ok(bodies.some((body) => body.includes('FAQPage')));
    for (const body of bodies) JSON.parse(body);
  });

  test('only answered questions on FAQ pages get a copy-link button', () => {
    const faq = page('faq/awkward');
    const withButton = faq.$('h3:has(button.copy-link-button)').toArray().map((h) => headingText(faq.$, h));
    assert.deepEqual(withButton, ['What does kubectl need?', 'The last question?']);
    const plain = page('plain');
    assert.equal(plain.$('button.copy-link-button').length, 0);
    assert.equal(jsonLdBlocks(plain.$).filter((block) => block['@type'] === 'FAQPage').length, 0);
  });
});
