/**
 * Components the JSX in an MDX page's expressions and props renders (extract/mdx-parse.ts,
 * MdxFacts.expressionComponents): MDX puts that JSX in the page's as written, so `{<A />}` renders
 * A whenever the page does; behind a condition, a `.map`, or in a component's prop, maybe. An HTML
 * element's attribute and a <BrowserOnly>'s children render none in the build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMdxSource } from '../../scripts/content/extract/mdx-parse.ts';
import { mdxFactsOf } from '../../scripts/content/extract/mdx-facts.ts';

const shown = (found: Array<{ name: string; line: number; column: number; certain?: true; within?: string }> | undefined) =>
  (found ?? []).map(({ name, line, column, certain, within }) => `${name}@${line}:${column} ${certain ? 'certain' : 'maybe'}${within ? ` in ${within}` : ''}`);
const parsed = (text: string) => shown(parseMdxSource(text).expressionComponents);

test('JSX in an expression at the page\'s level renders for certain; behind a condition or a .map, maybe', () => {
  assert.deepEqual(parsed('{<A/>}'), ['A@1:2 certain']);
  assert.deepEqual(parsed('Text {true && <A/>} inline'), ['A@1:15 certain']);
  assert.deepEqual(parsed('{x && <A/>}'), ['A@1:7 maybe']);
  assert.deepEqual(parsed('{[1].map(() => <A/>)}'), ['A@1:16 maybe']);
  assert.deepEqual(parsed('{false && <A/>}'), []);
  // An HTML element renders its children; a component decides.
  assert.deepEqual(parsed('<div>\n  {<A/>}\n</div>'), ['A@2:4 certain']);
  assert.deepEqual(parsed('<Box>{<A/>}</Box>'), ['A@1:7 maybe in Box']);
});

test('JSX in a component\'s prop may render; in an HTML element\'s attribute or a <BrowserOnly>\'s children, never', () => {
  assert.deepEqual(parsed('<Box f={<A/>}/>'), ['A@1:9 maybe in Box']);
  assert.deepEqual(parsed('<div title={<A/>}/>'), []);
  assert.deepEqual(parsed('<BrowserOnly>{() => <A/>}</BrowserOnly>'), []);
  // Its fallback is what the build renders in its place: as surely as the element (diff70's p12 built it).
  assert.deepEqual(parsed('<BrowserOnly fallback={<A/>}>{() => <B/>}</BrowserOnly>'), ['A@1:24 certain']);
  assert.deepEqual(parsed('<Box><BrowserOnly fallback={<A/>}>{() => <B/>}</BrowserOnly></Box>'), ['A@1:29 maybe in Box']);
  assert.deepEqual(parsed('<BrowserOnly fallback={x && <A/>}>{() => null}</BrowserOnly>'), ['A@1:29 maybe']);
});

test('a page parsed in parts places them at the page\'s lines', () => {
  const facts = mdxFactsOf("# Title\n\nimport A from './a';\n\nSome text.\n\n```\n{<Code />}\n```\n\nMore {<A />} here.\n");
  assert.deepEqual(shown(facts.expressionComponents), ['A@11:7 certain']);
});

test('a <Link> written straight in an expression the page surely renders is one of its links; maybe, or inside a component, not', () => {
  const page = "import Link from '@docusaurus/Link';\n\n{<Link to=\"/nowhere\" />}\n\n{x && <Link to=\"/maybe\" />}\n\n<Box>{<Link to=\"/inside\" />}</Box>\n\n{<Link to=\"/spread\" {...p} />}\n";
  assert.deepEqual(parseMdxSource(page).jsxLinks, [{ url: '/nowhere', line: 3, column: 2 }]);
  // <BrowserOnly>'s fallback renders in the build; its children never do.
  const browserOnly = "import Link from '@docusaurus/Link';\nimport BrowserOnly from '@docusaurus/BrowserOnly';\n\n<BrowserOnly fallback={<Link to=\"/fallback\" />}>{() => <Link to=\"/browser\" />}</BrowserOnly>\n";
  assert.deepEqual(parseMdxSource(browserOnly).jsxLinks, [{ url: '/fallback', line: 4, column: 24 }]);
});

test('a <Link> written in JSX the page may render is one of its maybe links: behind a condition, in a .map, in a component\'s prop or children; never inside <BrowserOnly>\'s function', () => {
  const page = "import Link from '@docusaurus/Link';\n\n{x && <Link to=\"/maybe\" />}\n\n{[1].map(() => <Link to=\"/mapped\" />)}\n\n<Box footer={<Link to=\"/prop\" />}>{<Link to=\"/inside\" />}</Box>\n\n<BrowserOnly>{() => <Link to=\"/browser\" />}</BrowserOnly>\n\n{false && <Link to=\"/never\" />}\n";
  const facts = parseMdxSource(page);
  assert.deepEqual(facts.maybeJsxLinks?.map(({ url, line }) => `${url}@${line}`), ['/maybe@3', '/mapped@5', '/prop@7', '/inside@7']);
  assert.equal(facts.jsxLinks, undefined);
});
