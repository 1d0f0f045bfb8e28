/**
 * The `<Link>`s a module writes and what its components render (extract/jsx-render-links.ts):
 * which targets the build's link check gets, and which it gets whenever the component renders.
 * The props' readings are @docusaurus/Link's (core/lib/client/exports/Link.js), rendered with
 * renderToString by a helper's probe; conditions and callbacks follow the static render.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as acorn from 'acorn';
import jsx from 'acorn-jsx';
import { anchorIdsOf, moduleRenders } from '../../scripts/content/extract/jsx-render-links.ts';
import { MODULE_DEFAULT } from '../../scripts/content/extract/module-exports.ts';
import type { EstreeNode } from '../../scripts/content/extract/estree-walk.ts';

const LINK = "import Link from '@docusaurus/Link';\n";

function rendersOf(code: string, transparent: string[] = []) {
  const program = acorn.Parser.extend(jsx()).parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as EstreeNode;
  return moduleRenders(program, { placeOf: (node) => ({ line: node.loc!.start.line, column: node.loc!.start.column }), transparent: new Set(transparent) });
}

/** The default export's links, `certain` or `maybe`, as their targets. */
function defaultLinks(code: string, transparent: string[] = []) {
  const renders = rendersOf(LINK + code, transparent);
  const component = renders.components.get(renders.exported.get('default')!.name)!;
  return { certain: component.certainLinks.map(({ url }) => url), maybe: component.maybeLinks.map(({ url }) => url) };
}

test('a Link in the tree a component returns is rendered for certain, at its place', () => {
  assert.deepEqual(defaultLinks('export default () => <Link to="/x">x</Link>;'), { certain: ['/x'], maybe: [] });
  assert.deepEqual(defaultLinks('export default function Page() {\n  const a = 1;\n  return <main><section><>{<Link to="/y" />}</></section></main>;\n}'), { certain: ['/y'], maybe: [] });
  const renders = rendersOf(`${LINK}export default function Page() {\n  return (\n    <div>\n      <Link to="/z">z</Link>\n    </div>\n  );\n}\n`);
  assert.deepEqual(renders.components.get('Page')!.certainLinks, [{ url: '/z', line: 5, column: 6 }]);
  assert.deepEqual(defaultLinks('export default () => <div>{true && <Link to="/a" />}{false || <Link to="/b" />}{[<Link key="c" to="/c" />]}</div>;').certain, ['/a', '/b', '/c']);
});

test('behind a condition, a map, a callback, an early return or in a prop: maybe', () => {
  assert.deepEqual(defaultLinks('export default ({ on }) => <div>{on && <Link to="/a" />}{on ? <Link to="/b" /> : null}</div>;'), { certain: [], maybe: ['/a', '/b'] });
  assert.deepEqual(defaultLinks('const xs = [1];\nexport default () => <div>{xs.map((x) => <Link key={x} to="/c" />)}</div>;'), { certain: [], maybe: ['/c'] });
  assert.deepEqual(defaultLinks("import BrowserOnly from '@docusaurus/BrowserOnly';\nexport default () => <BrowserOnly fallback={<Link to=\"/f\" />}>{() => <Link to=\"/d\" />}</BrowserOnly>;"), { certain: [], maybe: ['/f', '/d'] });
  assert.deepEqual(defaultLinks('export default function Page({ on }) {\n  if (!on) return null;\n  return <Link to="/e" />;\n}'), { certain: [], maybe: ['/e'] });
  assert.deepEqual(defaultLinks("import Tabs from '@theme/Tabs';\nexport default () => <Tabs><Link to=\"/t\" /></Tabs>;"), { certain: [], maybe: ['/t'] }, 'a component may not render its children');
  assert.deepEqual(defaultLinks('export default (props) => <Link {...props} to="/s" />;'), { certain: [], maybe: ['/s'] }, 'spread props may turn the check off');
});

test("the theme's Layout renders its children: followed when the caller says so", () => {
  const code = "import Layout from '@theme/Layout';\nexport default () => <Layout><Link to=\"/l\" /></Layout>;";
  assert.deepEqual(defaultLinks(code, ['Layout']).certain, ['/l']);
  assert.deepEqual(defaultLinks(code).maybe, ['/l']);
});

test('never rendered: a literal condition that does not hold', () => {
  assert.deepEqual(defaultLinks('export default () => <div>{false && <Link to="/a" />}{null && <Link to="/b" />}{true ? null : <Link to="/c" />}{true || <Link to="/d" />}</div>;'), { certain: [], maybe: [] });
});

test('what the link check never gets: external, computed, other targets, the check turned off', () => {
  const none = [
    'to={target}', 'to="https://example.com/x"', 'to="//example.com/x"', 'to="pathname:///x"', 'to="mailto:a@b.c"',
    'to="/x" target="_blank"', 'to="/x" data-noBrokenLinkCheck', 'to="/x" data-noBrokenLinkCheck={true}', 'to="/x" data-noBrokenLinkCheck="yes"',
  ];
  for (const attributes of none) assert.deepEqual(defaultLinks(`const target = '/';\nexport default () => <Link ${attributes} />;`), { certain: [], maybe: [] }, attributes);
  assert.deepEqual(defaultLinks("import { Link as RouterLink } from 'react-router-dom';\nexport default () => <div><RouterLink to=\"/r\" /><a href=\"/a\">a</a></div>;"), { certain: [], maybe: [] });
});

test('what it gets: href when to is empty, an anchor in another tab, the check kept on, templates', () => {
  assert.deepEqual(defaultLinks('export default () => <div><Link to="" href="/h" /><Link href="/h2" /><Link to="#a" target="_blank" /><Link to="/k" data-noBrokenLinkCheck={false} /><Link to={`/t`} /><Link to={\'/q\'} target="_self" /></div>;').certain, ['/h', '/h2', '#a', '/k', '/t', '/q']);
  const renders = rendersOf(`${LINK}export default () => <Link to="/base/x" autoAddBaseUrl={false} />;`);
  assert.equal(renders.components.get(MODULE_DEFAULT)!.certainLinks[0].served, true);
});

test("components rendered: the module's own and imported ones, by certainty; exports by name", () => {
  const renders = rendersOf(`${LINK}import Hero from './Hero';\nimport { Card } from '@site/src/components/Card';\nfunction Local() { return <Link to="/local" />; }\nexport const Named = () => <p />;\nexport default function Page({ on }) {\n  return <main><Hero /><Local />{on && <Card />}</main>;\n}\nconst loose = <Link to="/loose" />;\n`);
  const page = renders.components.get('Page')!;
  assert.deepEqual(page.certainUses.map(({ name }) => name), ['Hero', 'Local']);
  assert.deepEqual(page.maybeUses.map(({ name }) => name), ['Card']);
  assert.deepEqual([...renders.exported], [['Named', { name: 'Named', certain: true }], ['default', { name: 'Page', certain: true }]]);
  assert.deepEqual(renders.imports.get('Card'), { source: '@site/src/components/Card', imported: 'Card' });
  assert.deepEqual(renders.components.get('loose')!.maybeLinks.map(({ url }) => url), ['/loose'], 'JSX kept in a variable renders where it is used');
  const memo = rendersOf("import { memo } from 'react';\nfunction Page() { return <p />; }\nexport default memo(Page);\n");
  assert.deepEqual(memo.exported.get('default'), { name: 'Page', certain: false });
});

test('fragments render their children; to={undefined} leaves href; an empty target is the same tab', () => {
  assert.deepEqual(defaultLinks("import React, { Fragment } from 'react';\nexport default () => <React.Fragment><Fragment><Link to={undefined} href=\"/h\" /><Link to=\"/t\" target=\"\" /></Fragment></React.Fragment>;").certain, ['/h', '/t']);
});

test('a name declared inside the code hides the import it shares a name with: not followed', () => {
  const renders = rendersOf(`${LINK}import Hero from './Hero';\nexport default function Page() {\n  const Link = (props) => <a {...props} />;\n  const Hero = () => null;\n  return <main><Link to="/a" /><Hero /></main>;\n}\n`);
  const page = renders.components.get('Page')!;
  assert.deepEqual(page.certainLinks, []);
  assert.equal(renders.imports.has('Hero'), false);
});

test('re-exports, `export *`, and names given another name are kept for the graph', () => {
  const renders = rendersOf("export { default } from './Hero';\nexport { default as Card, Named } from '@site/src/components/Card';\nexport * from './parts';\nimport { memo } from 'react';\nfunction Home() { return null; }\nconst Safe = Home;\nvar stdin_default = memo(Home);\nexport { stdin_default as default2 };\n");
  assert.deepEqual(renders.exported.get('default'), { name: 'default', certain: true, source: './Hero' });
  assert.deepEqual(renders.exported.get('Card'), { name: 'default', certain: true, source: '@site/src/components/Card' });
  assert.deepEqual(renders.exportsAllFrom, ['./parts']);
  assert.deepEqual(renders.aliases.get('Safe'), { name: 'Home', certain: true });
  assert.deepEqual(renders.aliases.get('stdin_default'), { name: 'Home', certain: false });
});

const HEADING = "import Heading from '@theme/Heading';\n";
const idsOf = (code: string) => anchorIdsOf(acorn.Parser.extend(jsx()).parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as EstreeNode);

test('anchorIdsOf: the literal ids given Link and Heading (but as h1), rendered or not', () => {
  assert.deepEqual(idsOf(`${LINK}${HEADING}export default ({ on }) => <main><Heading as="h2" id="a">A</Heading><Link id={'b'} to="/" />{on && <Heading as="h3" id={\`c\`} />}{false && <Link id="d" />}</main>;\n`), ['a', 'b', 'c', 'd']);
  assert.deepEqual(idsOf(`${HEADING}export default ({ tag }) => <><Heading as="h1" id="title" /><Heading as={tag} id="any" /><Heading as="div" id="div" /><Heading as="h2">none</Heading><Heading as="h2" id="" /></>;\n`), ['any', 'div']);
  assert.deepEqual(idsOf(`${LINK}export default () => <Link to="/x" as="h1" id="link">x</Link>;\n`), ['link'], 'as means nothing to a Link');
  assert.deepEqual(idsOf(`${LINK}${HEADING}import './x.css';\nexport default () => <p>none</p>;\n`), [], 'an import alone is no read');
  assert.deepEqual(idsOf('export default () => <h2 id="plain">Plain</h2>;\n'), [], 'a plain element collects nothing');
  assert.deepEqual(idsOf("import Link from './Link';\nexport default () => <Link id=\"own\" />;\n"), [], "the site's own Link is its module's to read");
  assert.deepEqual(idsOf(`${LINK}export default () => <Link to="/x" className={styles.link} data-x={{ Link: 1 }.Link} />;\nconst styles = { link: 'l' };\n`), [], 'a key of that name is no read');
});

test('anchorIdsOf: undefined for what may give an id unseen', () => {
  const unknown = [
    `${HEADING}export default (props) => <Heading as="h2" {...props} />;`,
    `${LINK}export default ({ slug }) => <Link id={slug} to="/" />;`,
    `${HEADING}export default ({ id }) => <Heading as="h2" id={id} />;`,
    `${HEADING}export default () => <Heading as="h2" id />;`,
    `${HEADING}const H = Heading;\nexport default () => <H as="h2" id="x" />;`,
    `${HEADING}import MDXContent from '@theme/MDXContent';\nexport default () => <MDXContent components={{ h2: Heading }} />;`,
    `${LINK}import { createElement } from 'react';\nexport default () => createElement(Link, { id: 'x', to: '/' });`,
    `${LINK}export default () => <Link.Inner id="x" />;`,
    `${HEADING}export { Heading };`,
    "export { default as Heading } from '@theme/Heading';",
    "const Link = require('@docusaurus/Link');\nexport default () => <Link id=\"x\" />;",
    "import * as L from '@docusaurus/Link';\nexport default () => <L.default id=\"x\" />;",
    "import { default as Heading } from '@theme/Heading';\nexport default () => <Heading as=\"h2\" id=\"x\" />;",
  ];
  for (const code of unknown) assert.equal(idsOf(code), undefined, code);
});

test('anchorIdsOf with propIds: an id in braces is left to the caller, which reads it as the component\'s prop; the rest stays unreadable', () => {
  const withProps = (code: string) => anchorIdsOf(acorn.Parser.extend(jsx()).parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as EstreeNode, { propIds: true });
  assert.deepEqual(withProps(`${LINK}${HEADING}export default ({ id }) => <><Heading as="h2" id={id} /><Link id="top" to="/" /></>;`), ['top']);
  assert.deepEqual(withProps(`${HEADING}export default ({ id }) => <Heading as="h1" id={id} />;`), [], 'an h1 collects nothing, whatever its id');
  for (const code of [`${HEADING}export default (props) => <Heading as="h2" {...props} />;`, `${HEADING}export default () => <Heading as="h2" id />;`, `${HEADING}const H = Heading;\nexport default () => <H as="h2" id="x" />;`]) {
    assert.equal(withProps(code), undefined, code);
  }
});
