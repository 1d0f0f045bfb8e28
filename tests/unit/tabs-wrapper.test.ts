/**
 * Which site components are the theme's Tabs under another name (extract/tabs-wrapper.ts): a page's
 * `<Tabs lazy>` of one leaves out the tabs the theme's own would. diff71's p08 built
 * `<ThemeTabs className="my-tabs" {...props} />`: the build passed links in its hidden tabs that the
 * check called broken. Every form read as a wrapper must pass every prop; anything else is not one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as acorn from 'acorn';
import jsx from 'acorn-jsx';
import { passesPropsToThemeTabs } from '../../scripts/content/extract/tabs-wrapper.ts';
import type { EstreeNode } from '../../scripts/content/extract/estree-walk.ts';
import { checkWith } from '../helpers/check-fixture.ts';

const IMPORT = "import React from 'react';\nimport ThemeTabs from '@theme/Tabs';\n";

function isWrapper(code: string, imports = IMPORT): boolean {
  const program = acorn.Parser.extend(jsx()).parse(imports + code, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as EstreeNode;
  return passesPropsToThemeTabs(program);
}

test('a default export that spreads its props on the theme\'s Tabs is a wrapper, however it is declared', () => {
  assert.equal(isWrapper('export default function Tabs(props) {\n  return <ThemeTabs className="my-tabs" {...props} />;\n}'), true);
  assert.equal(isWrapper('export default (props) => <ThemeTabs {...props} />;'), true);
  assert.equal(isWrapper('const Tabs = (props) => <ThemeTabs {...props} className="x" />;\nexport default Tabs;'), true);
  assert.equal(isWrapper('function Tabs(props) { return <div className="frame"><ThemeTabs {...props} /></div>; }\nexport { Tabs as default };'), true);
  // A swizzled Tabs that wraps the original is one too.
  assert.equal(isWrapper('export default function TabsWrapper(props) { return <><Tabs {...props} /></>; }', "import React from 'react';\nimport Tabs from '@theme-original/Tabs';\n"), true);
});

test('a component that chooses what the Tabs shows, or reads its props apart, is no wrapper', () => {
  // It sets a prop that decides the tabs, after the spread or before it.
  assert.equal(isWrapper('export default (props) => <ThemeTabs {...props} lazy={false} />;'), false);
  assert.equal(isWrapper('export default (props) => <ThemeTabs lazy {...props} />;'), false);
  assert.equal(isWrapper('export default (props) => <ThemeTabs defaultValue="a" {...props} />;'), false);
  // It drops `lazy` (diff71's p16), or renders the children elsewhere too.
  assert.equal(isWrapper('export default function Tabs({ lazy, ...rest }) { return <ThemeTabs {...rest} />; }'), false);
  assert.equal(isWrapper('export default (props) => <div><ThemeTabs {...props} />{props.children}</div>;'), false);
  // It gives the Tabs children of its own.
  assert.equal(isWrapper('export default (props) => <ThemeTabs {...props}><span /></ThemeTabs>;'), false);
  // It does more than return the element.
  assert.equal(isWrapper('export default function Tabs(props) { const extra = 1; return <ThemeTabs {...props} />; }'), false);
  // It renders the Tabs inside another component, which may not render it.
  assert.equal(isWrapper("import Hidden from './Hidden';\nexport default (props) => <Hidden><ThemeTabs {...props} /></Hidden>;"), false);
  // It spreads its props on something else, or renders another Tabs.
  assert.equal(isWrapper('export default (props) => <section {...props} />;'), false);
  assert.equal(isWrapper("import OtherTabs from 'some-tabs';\nexport default (props) => <OtherTabs {...props} />;"), false);
  // The Tabs is the default export of a named one, not of the module.
  assert.equal(isWrapper('export function Tabs(props) { return <ThemeTabs {...props} />; }'), false);
});

/** A page whose `<Tabs lazy>` comes from `source`: its second tab holds a link to no page and a heading the page links to. */
const LAZY_PAGE = (source: string) => `---\nhide_table_of_contents: true\n---\n\n# Lazy\n\nimport Tabs from '${source}';\nimport TabItem from '@theme/TabItem';\n\n<Tabs lazy>\n<TabItem value="one">\n\nShown first.\n\n</TabItem>\n<TabItem value="two">\n\n[Nowhere](/nowhere)\n\n## Left out\n\n</TabItem>\n</Tabs>\n\nSee [left out](#left-out).\n`;

const WRAPPER = "import React from 'react';\nimport ThemeTabs from '@theme/Tabs';\n\nexport default function Tabs(props) {\n  return <ThemeTabs className=\"site-tabs\" {...props} />;\n}\n";
const DROPS_LAZY = "import React from 'react';\nimport ThemeTabs from '@theme/Tabs';\n\nexport default function Tabs({ lazy, ...props }) {\n  return <ThemeTabs {...props} />;\n}\n";

const linesOf = async (files: Record<string, string>) => (await checkWith(files)).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`);

test('a page\'s <Tabs lazy> of the site\'s own wrapper leaves out what the theme\'s does: the link in the tab left out is not judged, and its heading is no anchor', async () => {
  const theme = await linesOf({ 'docs/lazy.mdx': LAZY_PAGE('@theme/Tabs') });
  assert.deepEqual(theme, ['docs/lazy.mdx:25:5 error broken-anchor']);
  // Imported by `@site/`, by a relative path, as a page of `.md` read as MDX: the same problems.
  assert.deepEqual(await linesOf({ 'docs/lazy.mdx': LAZY_PAGE('@site/src/components/tabs/Tabs'), 'src/components/tabs/Tabs.js': WRAPPER }), theme);
  assert.deepEqual(await linesOf({ 'docs/lazy.mdx': LAZY_PAGE('../src/components/tabs/Tabs'), 'src/components/tabs/Tabs.js': WRAPPER }), theme);
  assert.deepEqual(await linesOf({ 'docs/lazy.md': LAZY_PAGE('@site/src/components/tabs/Tabs'), 'src/components/tabs/Tabs.js': WRAPPER }), ['docs/lazy.md:25:5 error broken-anchor']);
  // A Markdown page of src/pages reads it the same way.
  const sitePage = (source: string) => LAZY_PAGE(source).replace('(#left-out)', '(/lazy-page#left-out)');
  const pageLines = await linesOf({ 'src/pages/lazy-page.mdx': sitePage('@site/src/components/tabs/Tabs'), 'src/components/tabs/Tabs.js': WRAPPER });
  assert.deepEqual(pageLines, await linesOf({ 'src/pages/lazy-page.mdx': sitePage('@theme/Tabs') }));
  assert.deepEqual(pageLines, ['src/pages/lazy-page.mdx:25:5 error broken-anchor']);
  // A partial rendered in that tab is left out with it.
  const partialPage = LAZY_PAGE('@site/src/components/tabs/Tabs').replace('[Nowhere](/nowhere)', "<Part />").replace("import TabItem", "import Part from './_part.mdx';\nimport TabItem");
  assert.deepEqual(await linesOf({ 'docs/lazy.mdx': partialPage, 'docs/_part.mdx': '[Nowhere](/nowhere)\n', 'src/components/tabs/Tabs.js': WRAPPER }), ['docs/lazy.mdx:26:5 error broken-anchor']);
});

test('a wrapper that drops `lazy` renders every tab: the link there is judged, and the heading is an anchor', async () => {
  assert.deepEqual(await linesOf({ 'docs/lazy.mdx': LAZY_PAGE('@site/src/components/tabs/Tabs'), 'src/components/tabs/Tabs.js': DROPS_LAZY }), ['docs/lazy.mdx:18:1 error broken-link']);
});
