/**
 * FAQ pages in the built site (every version): each `###` question has an id, a # link and a
 * copy-link button; the page carries one FAQPage JSON-LD block whose questions and answers are
 * the page's own, in page order, as plain text. Other pages carry neither.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { builtDocPages, type BuiltPage } from '../helpers/built-pages.ts';
import { headingText, jsonLdBlocks, normalise, type HtmlElement } from '../helpers/text.ts';
import { siteVersions } from '../helpers/versions.ts';

const isFaqPage = (page: BuiltPage) => page.docId?.startsWith('faq/') ?? false;
const faqPages = () => builtDocPages().filter(isFaqPage);
const questionsOf = (page: BuiltPage) => page.$('.theme-doc-markdown h3').toArray();

/** The text a reader sees after a question, up to the next heading of level 1 to 3. */
function answerText(page: BuiltPage, heading: HtmlElement): string {
  const parts: string[] = [];
  let node = page.$(heading).next();
  while (node.length > 0 && !node.is('h1, h2, h3')) {
    if (!node.is('.copy-link-status, script, style')) parts.push(node.text());
    node = node.next();
  }
  return normalise(parts.join(' '));
}

function faqJsonLd(page: BuiltPage) {
  return jsonLdBlocks(page.$).filter((block) => block['@type'] === 'FAQPage');
}

describe('FAQ questions', () => {
  test('every version publishes its FAQ page with questions', () => {
    const pages = faqPages();
    for (const version of siteVersions()) {
      const page = pages.find((p) => p.route === `${version.prefix}/faq/security`);
      assert.ok(page, `${version.label}: ${version.prefix}/faq/security is built`);
      assert.ok(questionsOf(page).length >= 3, `${page.route} has its questions`);
    }
  });

  test('each question has an id, a # link to it and a copy-link button naming it', () => {
    for (const page of faqPages()) {
      for (const heading of questionsOf(page)) {
        const $h = page.$(heading);
        const id = $h.attr('id');
        const question = headingText(page.$, heading);
        assert.ok(id, `${page.route}: "${question}" has an id`);
        assert.equal(page.$(`[id="${id}"]`).length, 1, `${page.route}: id ${id} is unique`);
        assert.equal($h.find('a.hash-link').attr('href'), `#${id}`, `${page.route}#${id}: # link`);
        assert.match($h.find('a.hash-link').attr('aria-label') ?? '', new RegExp(question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        const button = $h.find('button.copy-link-button');
        assert.equal(button.length, 1, `${page.route}#${id}: one copy button`);
        assert.equal(button.attr('type'), 'button');
        assert.ok((button.attr('aria-label') ?? '').includes(question), `${page.route}#${id}: button names the question`);
      }
    }
  });

  test('FAQPage JSON-LD lists the questions in page order with their plain-text answers', () => {
    const pages = faqPages();
    assert.ok(pages.length > 0);
    for (const page of pages) {
      const blocks = faqJsonLd(page);
      assert.equal(blocks.length, 1, `${page.route}: one FAQPage block`);
      const [data] = blocks;
      assert.equal(data['@context'], 'https://schema.org');
      const expected = questionsOf(page).map((heading) => ({
        '@type': 'Question',
        name: headingText(page.$, heading),
        acceptedAnswer: { '@type': 'Answer', text: answerText(page, heading) },
      }));
      assert.deepEqual(data.mainEntity, expected, page.route);
    }
  });

  test('answers are plain text, not Markdown or HTML', () => {
    for (const page of faqPages()) {
      for (const entry of faqJsonLd(page)[0].mainEntity as { acceptedAnswer: { text: string } }[]) {
        assert.doesNotMatch(entry.acceptedAnswer.text, /<\/?[a-z][^>]*>|\]\(|\*\*/i, page.route);
      }
    }
  });

  test('heading levels never skip one (h1, then h2, then the h3 questions)', () => {
    for (const page of faqPages()) {
      const levels = page.$('article h1, article h2, article h3, article h4, article h5, article h6')
        .toArray()
        .map((heading) => Number(heading.tagName.slice(1)));
      assert.equal(levels[0], 1, `${page.route} starts with its title`);
      for (let i = 1; i < levels.length; i++) {
        assert.ok(levels[i] <= levels[i - 1] + 1, `${page.route}: h${levels[i - 1]} is followed by h${levels[i]}`);
      }
    }
  });

  test('pages outside faq/ have no FAQPage data and no copy buttons', () => {
    const others = builtDocPages().filter((page) => !isFaqPage(page));
    assert.ok(others.length > 0);
    for (const page of others) {
      assert.equal(faqJsonLd(page).length, 0, `${page.route} has no FAQPage`);
      assert.equal(page.$('button.copy-link-button').length, 0, `${page.route} has no copy buttons`);
    }
  });
});
