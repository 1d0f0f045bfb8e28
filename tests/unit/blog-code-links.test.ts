/**
 * The `<Link>`s a blog post's components render, judged on the blog's list pages too
 * (load/code-links.ts `listed`, rules/code-links.ts listPages): the list, tag and author pages
 * render each post up to its truncate marker, so a relative target resolves from there and a
 * `#…` looks among that page's anchors. diff69's p21 and p91 built both misses with Docusaurus
 * 3.10.2. The fixture's blog shows two posts a page, newest first: a post of 2024-07-01 is on
 * /blog for sure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';

const linkRules = new Set(['broken-link', 'broken-anchor', 'draft-link']);
const NEXT = 'src/components/Next.js';
const next = (to: string) => `import React from 'react';\nimport Link from '@docusaurus/Link';\n\nexport default function Next() {\n  return <Link to="${to}">next</Link>;\n}\n`;
/** A post rendering `<Next />` at line 7, its truncate marker at line 11 unless `below`, where it comes after the marker. */
const post = ({ below = false, heading = 'below' }: { below?: boolean; heading?: 'above' | 'below' } = {}) => [
  '---', 'title: Ports', '---', '', "import Next from '@site/src/components/Next';", '',
  below ? 'Intro.' : 'Intro <Next />', '',
  heading === 'above' ? '## Steps' : 'Text.', '',
  '<!-- truncate -->', '',
  heading === 'below' ? '## Steps' : 'More.', '',
  below ? '<Next />' : 'End.', '',
].join('\n');

const placed = async (files: Record<string, string>) =>
  (await problemsWith(files, 'blog-posts')).filter((p) => linkRules.has(p.rule)).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`);

test('a relative <Link> of a component the post renders above its marker: from /blog it leads nowhere, an error naming the list page', async () => {
  assert.deepEqual(await placed({ [NEXT]: next('../../06/01/patch'), 'blog/2024-07-01-ports.mdx': post() }), [
    `${NEXT}:5:10 error broken-link: this <Link>, which blog/2024-07-01-ports.mdx renders and the blog's list page (/blog) shows with that post (up to its truncate marker), links to "../../06/01/patch", which on /blog leads to "/06/01/patch", where no page is: the build stops`,
  ]);
});

test('a <Link> to a heading below the marker: the list page has no such anchor; above it, it has', async () => {
  assert.deepEqual(await placed({ [NEXT]: next('#steps'), 'blog/2024-07-01-ports.mdx': post() }), [
    `${NEXT}:5:10 error broken-anchor: this <Link>, which blog/2024-07-01-ports.mdx renders and the blog's list page (/blog) shows with that post (up to its truncate marker), links to "#steps", and the page there has no anchor "#steps"`,
  ]);
  assert.deepEqual(await placed({ [NEXT]: next('#steps'), 'blog/2024-07-01-ports.mdx': post({ heading: 'above' }) }), []);
});

test('a component rendered below the marker is on no list page: nothing', async () => {
  assert.deepEqual(await placed({ [NEXT]: next('../../06/01/patch'), 'blog/2024-07-01-ports.mdx': post({ below: true }) }), []);
  assert.deepEqual(await placed({ [NEXT]: next('#steps'), 'blog/2024-07-01-ports.mdx': post({ below: true }) }), []);
});

test('a post whose list page is not sure (it shares its date with the post it may swap with): a warning naming every page it may be on', async () => {
  // 2024-05-28 is the 2.9 release's date too, and the two fall across /blog and /blog/page/2.
  const found = await placed({ [NEXT]: next('../../06/01/patch'), 'blog/2024-05-28-ports.mdx': post() });
  assert.equal(found.length, 1);
  assert.match(found[0], /^src\/components\/Next\.js:5:10 warning broken-link: this <Link>, which blog\/2024-05-28-ports\.mdx renders and the blog's list pages \(\/blog, \/blog\/page\/2\) show with that post/);
});

test('a <Link> that leads nowhere from the post\'s own address too is reported once, from there', async () => {
  const found = await placed({ [NEXT]: next('nowhere'), 'blog/2024-07-01-ports.mdx': post() });
  assert.equal(found.length, 1);
  assert.match(found[0], /^src\/components\/Next\.js:5:10 error broken-link: this <Link> links to "nowhere", which on blog\/2024-07-01-ports\.mdx \(\/blog\/2024\/07\/01\/ports\) leads to/);
});

test('a post without a marker shows whole on its list page: a component at its end renders there too', async () => {
  const whole = post({ below: true }).replace('<!-- truncate -->', '');
  assert.deepEqual((await placed({ [NEXT]: next('../../06/01/patch'), 'blog/2024-07-01-ports.mdx': whole })).map((line) => line.split(':').slice(0, 3).join(':')), [`${NEXT}:5:10 error broken-link`]);
});

// diff71's p16 built it: the list page rendered the post's conditional Link, and the build stopped at "/blog -> a".
test('a <Link> the post writes where it may render it (behind a condition) above its marker: a warning from the list page, naming this post', async () => {
  const conditional = ['---', 'title: Ports', '---', '', "import Link from '@docusaurus/Link';", '', 'export const on = true;', '', '{on && <Link to="../../06/01/patch">patch</Link>}', '', '<!-- truncate -->', '', 'More.', ''].join('\n');
  assert.deepEqual(await placed({ 'blog/2024-07-01-ports.mdx': conditional }), [
    'blog/2024-07-01-ports.mdx:9:8 warning broken-link: this <Link>, which the blog\'s list page (/blog) shows with this post (up to its truncate marker), links to "../../06/01/patch", which on /blog leads to "/06/01/patch", where no page is: it renders only where a condition, a .map, a prop, a callback or another component lets it, so the build may pass, but a reader who gets it finds nothing',
  ]);
});
