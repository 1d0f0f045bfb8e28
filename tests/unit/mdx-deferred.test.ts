/**
 * Reads that run only if a function runs (extract/mdx-deferred.ts, model/mdx-reach.ts): which
 * names each read waits for, which declarations a page runs, and what the mdx-undefined rule
 * makes of it. tests/site/agreement.test.ts builds the same kinds of page with Docusaurus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxFactsOf } from '../../scripts/content/extract/mdx-facts.ts';
import { namesReadWhereRun, runsInBuild } from '../../scripts/content/model/mdx-reach.ts';
import { missingExportProblems, undefinedNameProblems } from '../../scripts/check/rules/mdx-undefined.ts';
import type { MdxFacts } from '../../scripts/content/model/site.ts';

/** Each free name with what holds its read: `-` when it runs as the page loads or renders, `[]` for an event handler. */
const waits = (text: string) => mdxFactsOf(text).freeNames.map(({ name, within }) => `${name} ${within === undefined ? '-' : `[${within.join(',')}]`}`);

test('a read inside a top-level declaration\'s function waits for that declaration; one outside any function does not', () => {
  assert.deepEqual(waits('export const helper = () => a;\nexport const value = b;\n'), ['a [helper]', 'b -']);
  assert.deepEqual(waits('export function Box() { return <Nope />; }\n'), ['Nope [Box]']);
  assert.deepEqual(waits('export const {p, q} = {p: () => a, q: b};\n'), ['a [p,q]', 'b -']);
  assert.deepEqual(waits('export class Thing { static s = a; i = b; run(c = d) { return e; } }\n'), ['a -', 'b [Thing]', 'd [Thing]', 'e [Thing]']);
  // The default export is the page's layout, which renders: what it reads runs.
  assert.deepEqual(waits('export default function Layout({children}) { return <Wrap>{children}</Wrap>; }\n'), ['Wrap -']);
});

test('a function in the page\'s own expressions runs as it renders; an HTML element\'s event handler never runs in the build', () => {
  assert.deepEqual(waits('{[1].map(() => a)}\n'), ['a -']);
  assert.deepEqual(waits('<button onClick={() => a()} title={b}>x</button>\n'), ['a []', 'b -']);
  assert.deepEqual(waits('<button onClick={a}>x</button>\n'), ['a -']);
  assert.deepEqual(waits('export const Button = () => <button onClick={() => a()} onFocus={b}>x</button>;\n'), ['a []', 'b [Button]']);
  // A component may call any prop as it renders.
  assert.deepEqual(waits('<Foo onRender={() => a()} />\n'), ['Foo -', 'a -']);
  assert.deepEqual(waits('export const Box = () => <Foo onRender={() => a()} />;\n'), ['Foo [Box]', 'a [Box]']);
});

test('the page\'s deferred reads: absent unless a function defers one, with the bound names it reads where it runs', () => {
  assert.equal(mdxFactsOf("import A from './a';\n\nexport const b = A;\n\n<A />\n").deferred, undefined);
  assert.deepEqual(mdxFactsOf("import A from './a';\n\nexport const b = () => A;\nexport const c = () => b();\n\n{c()}\n").deferred, {
    eager: ['c'], declarations: [{ declares: ['b'], reads: ['A'] }, { declares: ['c'], reads: ['b'] }],
  });
});

const facts = (text: string): MdxFacts => mdxFactsOf(text);

test('a declaration runs when code that runs reads it, directly or through another, or when another file takes it', () => {
  const page = facts('export const a = () => x;\nexport const b = () => a();\nexport const c = () => y;\n\n{b()}\n');
  const read = namesReadWhereRun(page)!;
  assert.ok(runsInBuild(['a'], read) && runsInBuild(['b'], read));
  assert.ok(!runsInBuild(['c'], read));
  assert.ok(runsInBuild(['c'], namesReadWhereRun(page, ['c'])));
  assert.ok(runsInBuild(['c'], namesReadWhereRun(page, ['*'])));
  assert.ok(!runsInBuild([], read), 'an event handler');
  assert.ok(runsInBuild(undefined, read), 'a read outside any function');
  // A cycle of declarations nothing reads runs nothing.
  const cycle = facts('export const d = () => e();\nexport const e = () => d() + z;\n');
  assert.ok(!runsInBuild(['e'], namesReadWhereRun(cycle)));
});

test('mdx-undefined: an error where a read runs, a warning where only unrun code reads; each name once, where it first stops the build', () => {
  const severities = (text: string) => undefinedNameProblems('p.md', facts(text), undefined, 'error', namesReadWhereRun(facts(text))).map(({ line, severity }) => `${line} ${severity}`);
  assert.deepEqual(severities('export const helper = () => nope;\n\nText.\n'), ['1 warning']);
  assert.deepEqual(severities('export const helper = () => nope;\n\n{helper()}\n'), ['1 error']);
  // The first read waits for a declaration nothing runs; the second runs: that one is reported.
  assert.deepEqual(severities('export const helper = () => nope;\n\n{nope}\n'), ['3 error']);
  assert.deepEqual(severities('<button onClick={() => gone()}>x</button>\n'), ['1 warning']);
  const [message] = undefinedNameProblems('p.md', facts('export const Box = () => <Step />;\n'), undefined, 'error', namesReadWhereRun(facts('export const Box = () => <Step />;\n')));
  assert.equal(message.message, '<Step> is not defined, but only the code of Box renders it, and nothing the build renders uses Box: the build goes on');
  assert.equal(message.hint, 'a page that renders Box fails to build; import Step or export it from this page');
});

test('mdx-undefined: "process" is there when the build renders a page (in Node), not in the browser: a warning that says so, even where it runs', () => {
  const text = 'Built for {process.env.NODE_ENV}.\n';
  const [problem, ...more] = undefinedNameProblems('p.md', facts(text), undefined, 'error', namesReadWhereRun(facts(text)));
  assert.deepEqual(more, []);
  assert.equal(problem.severity, 'warning');
  assert.equal(problem.message, '"process" is Node\'s: it is there when the build renders the page, so the build goes on, but not in the reader\'s browser, where the page fails as it loads (unless it reads only process.env.NODE_ENV, which the bundler writes in)');
  assert.equal(problem.hint, 'put the value in the config\'s customFields and read it with useDocusaurusContext(), or remove it');
  // A browser global is still an error where it runs: the build's render has none.
  assert.deepEqual(undefinedNameProblems('p.md', facts('{window.location.href}\n'), undefined, 'error', namesReadWhereRun(facts('{window.location.href}\n'))).map(({ severity }) => severity), ['error']);
});

test('mdx-undefined: an import its module lacks stops the build only where code that runs reads it', () => {
  const missing = [{ source: '@theme/CodeBlock', imported: 'Missing', local: 'Missing', exports: ['default'] }];
  const severity = (text: string) => missingExportProblems('p.md', facts(text), missing, 'error', namesReadWhereRun(facts(text))).map((problem) => problem.severity);
  const page = "import {Missing} from '@theme/CodeBlock';\n\nexport const f = () => <Missing />;\n";
  assert.deepEqual(severity(`${page}\nText.\n`), ['warning']);
  assert.deepEqual(severity(`${page}\n{f()}\n`), ['error']);
  assert.deepEqual(severity(`${page}\n<Missing />\n`), ['error']);
  assert.deepEqual(severity("import {Missing} from '@theme/CodeBlock';\n\n<button onClick={() => Missing()}>x</button>\n"), ['warning']);
});

test('an effect\'s function (useEffect, useLayoutEffect, React.useEffect) and what <BrowserOnly> holds never run in the build; their dependencies and the fallback do', () => {
  assert.deepEqual(waits("import {useEffect} from 'react';\n\nexport const Box = () => { useEffect(() => { a(); }, [b]); return c; };\n"), ['a []', 'b [Box]', 'c [Box]']);
  assert.deepEqual(waits("import React from 'react';\n\nexport const Box = () => { React.useLayoutEffect(() => a()); return null; };\n"), ['a []']);
  assert.deepEqual(waits("import BrowserOnly from '@docusaurus/BrowserOnly';\n\n<BrowserOnly fallback={<div>{b}</div>}>\n  {() => <Search />}\n</BrowserOnly>\n"), ['b -', 'Search []']);
  assert.deepEqual(waits("import BrowserOnly from '@docusaurus/BrowserOnly';\n\nexport const Box = () => <BrowserOnly>{() => a()}</BrowserOnly>;\n"), ['a []']);
  // Elsewhere a function child may be called as the page renders.
  assert.deepEqual(waits('<Foo>\n  {() => a()}\n</Foo>\n'), ['Foo -', 'a -']);
});

test('mdx-undefined: a browser global read only where the browser runs the code gets nothing; read where the build renders, it is an error that says where to read it', () => {
  const lines = (text: string) => undefinedNameProblems('p.mdx', facts(text), undefined, 'error', namesReadWhereRun(facts(text))).map(({ line, severity, message, hint }) => `${line} ${severity} ${message} (${hint})`);
  const search = "import BrowserOnly from '@docusaurus/BrowserOnly';\nimport {useEffect} from 'react';\n\nexport const Search = () => {\n  useEffect(() => window.addEventListener('keydown', () => {}), []);\n  return <div>{navigator.language}</div>;\n};\n\n<BrowserOnly>{() => <Search />}</BrowserOnly>\n\n<button onClick={() => document.body.focus()}>x</button>\n";
  assert.deepEqual(lines(search), []);
  assert.deepEqual(lines(search.replace('<BrowserOnly>{() => <Search />}</BrowserOnly>', '<Search />')), [
    '6 error "navigator" is the browser\'s: the build renders the page in Node, where there is no navigator, and stops (read it only where the browser runs the code: in useEffect, in an event handler, inside <BrowserOnly>, or after typeof navigator !== \'undefined\' &&)',
  ]);
  // A name that is no global is still a warning there: the page fails in the browser.
  assert.deepEqual(lines('<button onClick={() => gone()}>x</button>\n').map((line) => line.split(': the build')[0]), ['1 warning "gone" is not defined, but only code the build never runs reads it (an event handler, an effect, what <BrowserOnly> holds)']);
});

test('mdx-undefined: a function given to a component as a prop runs in the build only if the component calls it as it renders: a warning that says so; one called where it is written is an error', () => {
  // <Opener> itself is not defined here: its own problem is left out.
  const lines = (text: string) => undefinedNameProblems('p.mdx', facts(text), undefined, 'error', namesReadWhereRun(facts(text)))
    .filter(({ message }) => !message.startsWith('<Opener>')).map(({ line, severity, message, hint }) => `${line} ${severity} ${message} (${hint})`);
  assert.deepEqual(lines('<Opener go={(url) => window.open(url)} />\n'), [
    '1 warning "window" is the browser\'s, and only a function given to <Opener> reads it: the build stops if <Opener> calls it as it renders, and goes on if only an event calls it (to be sure, read window in an event handler, in useEffect or inside <BrowserOnly>)',
  ]);
  const severities = (text: string) => lines(text).map((line) => line.split(' ').slice(0, 2).join(' '));
  // In an object or array literal, a branch, over lines (read without the parser), inside a component of the page's.
  assert.deepEqual(severities('<Opener\n  options={{\n    go: ({url}) => window.open(url),\n  }}\n/>\n'), ['3 warning']);
  assert.deepEqual(severities('<Opener steps={[() => window.scrollTo(0, 0)]} />\n'), ['1 warning']);
  // `wide` itself is read as the page renders: an error of its own.
  assert.deepEqual(lines('<Opener go={wide ? () => window.open() : undefined} />\n').map((line) => line.split(' ').slice(0, 3).join(' ')).sort(), ['1 error "wide"', '1 warning "window"']);
  assert.deepEqual(severities('export const Box = () => <Opener go={() => window.open()} />;\n\n<Box />\n'), ['1 warning']);
  assert.match(lines('<Opener go={() => gone()} />\n')[0], /^1 warning "gone" is not defined, and only a function given to <Opener> reads it: .*\(import gone or export it from this page; the page fails wherever that function runs\)$/);
  // Called where it is written, as the page renders: the build stops.
  assert.deepEqual(severities('<Opener width={(() => window.innerWidth)()} />\n'), ['1 error']);
  assert.deepEqual(severities('<Opener widths={[1].map(() => window.innerWidth)} />\n'), ['1 error']);
  assert.deepEqual(severities('<Opener>{() => window.innerWidth}</Opener>\n'), ['1 error'], 'a child function: a render prop');
});

test('mdx-undefined: a branch that a typeof test of a browser global rules out in Node never runs in the build; the test itself, the other branch and a local name of the same name do', () => {
  const lines = (text: string) => undefinedNameProblems('p.mdx', facts(text), undefined, 'error', namesReadWhereRun(facts(text))).map(({ line, column, severity }) => `${line}:${column} ${severity}`);
  assert.deepEqual(lines([
    "{typeof window !== 'undefined' && window.location.href}",
    "{typeof document === 'undefined' ? '' : document.title}",
    "{'undefined' != typeof navigator ? navigator.language : 'en'}",
    "{typeof window === 'undefined' || window.innerWidth > 600 ? 'wide' : 'narrow'}",
    "{!(typeof window === 'undefined') && x && window.scrollY}",
    "{typeof window === 'object' && localStorage.getItem('k')}",
    '',
    'export const Width = () => {',
    "  if (typeof window === 'undefined') return null;",
    '  return <span>{window.innerWidth}</span>;',
    '};',
    '',
    'export const Height = () => {',
    "  if (typeof window !== 'undefined') { return <span>{window.innerHeight}</span>; } else { return null; }",
    '};',
    '',
    '<Width />',
    '',
    '<Height />',
    '',
  ].join('\n')), ['5:38 warning']); // x is no name the page has, and the test rules it out too
  // Where the test may hold in Node, or rules out the other branch, the reads run.
  assert.deepEqual(lines([
    "{typeof window === 'undefined' && window.location.href}",
    "{typeof window !== 'undefined' ? 'x' : document.title}",
    "{typeof process !== 'undefined' && navigator.language}",
    "{typeof x !== 'undefined' && localStorage.length}",
    "{((location) => typeof location !== 'undefined' && sessionStorage.length)(1)}",
    '',
  ].join('\n')), ['1:35 error', '2:40 error', '3:36 error', '4:30 error', '5:52 error']);
});

test('mdx-undefined: a component the content names in a function is tested by MDX before the content renders, so the build stops though the function never runs; in ESM a function tests its components only when it runs', () => {
  const lines = (text: string) => undefinedNameProblems('p.mdx', facts(text), undefined, 'error', namesReadWhereRun(facts(text))).map(({ line, severity, message }) => `${line} ${severity} ${message}`);
  const tested = "it stands in a function, but MDX tests every component the page's content names before the page renders, so the build stops";
  assert.deepEqual(lines('<button onClick={() => alert(<Badge>x</Badge>)}>b</button>\n'), [`1 error <Badge> is not defined: the page does not import it, and @theme/MDXComponents does not provide it; ${tested}`]);
  assert.deepEqual(lines("import BrowserOnly from '@docusaurus/BrowserOnly';\n\n<BrowserOnly>{() => <Search />}</BrowserOnly>\n").map((line) => line.split(':')[0]), ['3 error <Search> is not defined']);
  // <Opener> itself is not defined either: reported as it is.
  assert.deepEqual(lines('<Opener go={() => <Card />} />\n').map((line) => line.split(':')[0]), ['1 error <Opener> is not defined', '1 error <Card> is not defined']);
  // A member element is tested all the same; a value in the same handler is read only when it runs.
  assert.deepEqual(lines('<button onClick={() => gone()}>x</button>\n').map((line) => line.split(' ').slice(0, 2).join(' ')), ['1 warning']);
  assert.deepEqual(lines('<button onClick={() => alert(<parts.Badge />)}>b</button>\n').map((line) => line.split(':')[0]), ['1 error <parts> is not defined']);
  assert.deepEqual(lines('export const Button = () => <button onClick={() => alert(<Badge />)}>b</button>;\n\n<Button />\n').map((line) => line.split(' ').slice(0, 2).join(' ')), ['1 warning']);
});
