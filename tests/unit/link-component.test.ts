/**
 * `<Link>` from `@docusaurus/Link` in MDX, as the build's link check sees it (rules/links.ts,
 * check/resolve.ts): the address it collects, where it collects none, and the partials it renders
 * in. (tests/site/agreement.test.ts builds a file link and a partial's link with Docusaurus.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWith } from '../helpers/check-fixture.ts';

const LINK_PAGE = (body: string) => ['---', 'title: Links', '---', '', "import Link from '@docusaurus/Link';", '', body, ''].join('\n');
const said = (problems: Array<{ file: string; line: number; column: number; severity: string; rule: string; message: string }>) =>
  problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`);

// Checked against Docusaurus 3.10.2: Link collects an address only when it opens in the same
// target, so the new tab's link builds and the same-frame one stops the build.
test('a <Link> that opens in a new tab is not checked as an address; one to a same-page anchor, or with target="_self", is', async () => {
  const { problems } = await checkWith({
    'docs/links.mdx': LINK_PAGE([
      '<Link to="/elsewhere" target="_blank">new tab</Link>',
      '',
      '<Link to="#nowhere" target="_blank">anchor</Link>',
      '',
      '<Link to="/nowhere" target="_self">same frame</Link>',
    ].join('\n')),
  });
  assert.deepEqual(said(problems), [
    'docs/links.mdx:9:7 error broken-anchor: no heading "#nowhere" in docs/links.mdx',
    'docs/links.mdx:11:7 error broken-link: no page at "/nowhere"',
  ]);
});

// Checked against Docusaurus 3.10.2: the build's link check names all four; only Markdown links
// have their files bundled (mdx-loader), and pathname:// leaves the address to the browser.
test('a <Link> to a file (of static/, next to the page, or by @site/) is checked as an address, and no page is there', async () => {
  const { problems } = await checkWith({
    'docs/links.mdx': LINK_PAGE([
      '<Link to="/files/guide.pdf">guide</Link>',
      '',
      '<Link to="./pixel.png">pixel</Link>',
      '',
      '<Link to="@site/static/files/guide.pdf">by alias</Link>',
      '',
      '<Link to="pathname:///files/guide.pdf">as written</Link> and the [guide](/files/guide.pdf).',
    ].join('\n')),
    'docs/pixel.png': 'x',
    'static/files/guide.pdf': 'x',
  });
  const hint = 'Docusaurus checks a <Link>\'s address as a page, and bundles a file only for a Markdown link: write [text](/files/guide.pdf), or to="pathname:///files/guide.pdf"';
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message} (${p.hint})`), [
    `docs/links.mdx:7:7 error broken-link: no page at "/files/guide.pdf" (${hint})`,
    `docs/links.mdx:9:7 error broken-link: no page at "/pixel.png" (from "./pixel.png") (${hint})`,
    `docs/links.mdx:11:7 error broken-link: no page at "/@site/static/files/guide.pdf" (from "@site/static/files/guide.pdf") (${hint})`,
  ]);
});

// Checked against Docusaurus 3.10.2: the build names the partial's link on the page that renders
// it, and, once that link is mended, its anchor, which the page does not have.
test('a partial\'s <Link>s are checked where it renders: an address from the page, an anchor among the page\'s headings', async () => {
  const { problems } = await checkWith({
    'docs/_parts/_links.mdx': "import Link from '@docusaurus/Link';\n\nSee <Link to=\"/nowhere\">this</Link>, <Link to=\"#setup\">setup</Link> and <Link to=\"#nowhere\">that</Link>.\n",
    'docs/guide/uses.mdx': LINK_PAGE("import P from '../_parts/_links.mdx';\n\n## Setup\n\n<P />").replace("import Link from '@docusaurus/Link';\n\n", ''),
  });
  assert.deepEqual(said(problems), [
    'docs/_parts/_links.mdx:3:11 error broken-link: no page at "/nowhere"',
    'docs/_parts/_links.mdx:3:79 error broken-anchor: no heading "#nowhere" in docs/guide/uses.mdx',
  ]);
});

// Checked against Docusaurus 3.10.2: Link goes to `to`, or to `href` when `to` is empty, and
// collects nothing under data-noBrokenLinkCheck (bare or true); the build named exactly the
// four addresses reported here.
test('a <Link> with `to` and `href` is checked at its `to` (its `href` when `to` is empty); data-noBrokenLinkCheck leaves it out unless false', async () => {
  const { problems } = await checkWith({
    'docs/links.mdx': LINK_PAGE([
      '<Link href="/nope-href">href only</Link>',
      '',
      '<Link href="/nope-href-first" to="/">href then to</Link>',
      '',
      '<Link to="/nope-to-first" href="/">to with a good href</Link>',
      '',
      '<Link to="" href="/nope-empty-to">empty to</Link>',
      '',
      '<Link to={path} href="/nope-to-unknown">to in braces</Link>',
      '',
      '<Link to="/nope-nocheck" data-noBrokenLinkCheck>no check</Link>',
      '',
      '<Link to="/nope-nocheck-true" data-noBrokenLinkCheck={true}>no check true</Link>',
      '',
      '<Link to="/nope-nocheck-false" data-noBrokenLinkCheck={false}>no check false</Link>',
    ].join('\n')).replace('# Links', '').replace("';\n", "';\n\nexport const path = '/';\n"),
  });
  assert.deepEqual(said(problems), [
    'docs/links.mdx:9:7 error broken-link: no page at "/nope-href"',
    'docs/links.mdx:13:7 error broken-link: no page at "/nope-to-first"',
    'docs/links.mdx:15:13 error broken-link: no page at "/nope-empty-to"',
    'docs/links.mdx:23:7 error broken-link: no page at "/nope-nocheck-false"',
  ]);
});

// Checked against Docusaurus 3.10.2 (an audit's build): a card of the theme's DocCard or
// DocCardList is a Link to its item's href, and the build stops at one that leads nowhere.
test('a card written out for DocCard or DocCardList is checked at its href; one of another component, or of a card not imported from the theme, is not', async () => {
  const { problems } = await checkWith({
    'docs/cards.mdx': [
      '---', 'title: Cards', '---', '',
      "import DocCard from '@theme/DocCard';",
      "import DocCardList from '@theme/DocCardList';",
      "import Card from '@site/src/components/Card';", '',
      "<DocCard item={{type: 'link', href: '/nope-card', label: 'A card'}} />", '',
      "<DocCardList items={[{type: 'link', href: '/cards', label: 'Here'}, {type: 'category', href: '/nope-category', label: 'Lost', items: []}]} />", '',
      "<Card item={{href: '/nowhere-else'}} />", '',
      "<DocCard item={{type: 'link', href: 'https://example.com/', label: 'Out'}} />", '',
    ].join('\n'),
    'src/components/Card.js': "export default function Card() { return null; }\n",
  });
  assert.deepEqual(said(problems), [
    'docs/cards.mdx:9:37 error broken-link: no page at "/nope-card"',
    'docs/cards.mdx:11:94 error broken-link: no page at "/nope-category"',
  ]);
});

test('a <Link> of the page\'s own, beside Docusaurus\'s imported under another name, is not judged as Docusaurus\'s', async () => {
  const { problems } = await checkWith({
    'src/components/PlainLink.js': "import React from 'react';\n\nexport default function PlainLink({ to, children }) {\n  return <a href={to}>{children}</a>;\n}\n",
    'docs/links.mdx': ['---', 'title: Links', '---', '', "import DocLink from '@docusaurus/Link';", "import Link from '@site/src/components/PlainLink';", '', '<Link to="/nowhere">plain</Link> and <DocLink to="/">home</DocLink>', ''].join('\n'),
  });
  assert.deepEqual(problems.filter(({ rule }) => rule === 'broken-link'), []);
});
