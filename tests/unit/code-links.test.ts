/**
 * `<Link>`s in React pages and in the site's components they render (load/code-links.ts,
 * rules/code-links.ts): judged on the pages that render them, reported where they are written.
 * diff68 built the misses (a React page's link, a component's link) with Docusaurus 3.10.2.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';

const LINK = "import React from 'react';\nimport Link from '@docusaurus/Link';\n";
const linkRules = new Set(['broken-link', 'broken-anchor', 'draft-link']);

const placed = async (files: Record<string, string>) =>
  (await problemsWith({ 'docs/guide.md': '# Guide\n\n## Setup\n', ...files })).filter((p) => linkRules.has(p.rule)).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`);

test("a React page's Link to no page: an error where it is written", async () => {
  assert.deepEqual(await placed({ 'src/pages/landing.js': `${LINK}\nexport default function Landing() {\n  return (\n    <main>\n      <Link to="/guide">ok</Link> <Link to="/nowhere">gone</Link>\n    </main>\n  );\n}\n` }), [
    'src/pages/landing.js:7:35 error broken-link: this <Link> links to "/nowhere", where no page is: the build stops',
  ]);
});

test('a component of the site a page renders, in TypeScript, reported at its own line with the page named', async () => {
  assert.deepEqual(await placed({
    'src/pages/index.tsx': "import React from 'react';\nimport Layout from '@theme/Layout';\nimport Hero from '@site/src/components/Hero';\n\nexport default function Home(): JSX.Element {\n  return <Layout><Hero title=\"x\" /></Layout>;\n}\n",
    'src/components/Hero/index.tsx': `${LINK}\ntype Props = { title: string };\n\nexport default function Hero({ title }: Props): JSX.Element {\n  return (\n    <header>\n      <h1>{title}</h1>\n      <Link className="button" to="/docs/intro">Start</Link>\n    </header>\n  );\n}\n`,
  }), [
    'src/components/Hero/index.tsx:10:7 error broken-link: this <Link>, which src/pages/index.tsx (/) renders, links to "/docs/intro", where no page is: the build stops',
  ]);
});

test('behind a condition: a warning; never rendered, or not a Link: nothing', async () => {
  assert.deepEqual(await placed({
    'src/pages/landing.js': `${LINK}import BrowserOnly from '@docusaurus/BrowserOnly';\n\nexport default function Landing({ on }) {\n  return (\n    <main>\n      {on && <Link to="/maybe">m</Link>}\n      {false && <Link to="/never">n</Link>}\n      <a href="/plain">a</a>\n      <BrowserOnly>{() => <Link to="/browser">b</Link>}</BrowserOnly>\n      <Link to="/nowhere" target="_blank">t</Link>\n    </main>\n  );\n}\n`,
  }), [
    'src/pages/landing.js:8:14 warning broken-link: this <Link> links to "/maybe", where no page is: it renders only where a condition, a .map, a prop, a callback or another component lets it, so the build may pass, but a reader who gets it finds nothing',
    'src/pages/landing.js:11:27 warning broken-link: this <Link> links to "/browser", where no page is: it renders only where a condition, a .map, a prop, a callback or another component lets it, so the build may pass, but a reader who gets it finds nothing',
  ]);
});

test('anchors and relative targets are judged from the page that renders them', async () => {
  assert.deepEqual(await placed({
    'src/pages/tools/landing.js': `${LINK}\nexport default () => (\n  <main>\n    <Link to="/guide#setup">ok</Link>\n    <Link to="/guide#missing">anchor</Link>\n    <Link to="../guide">up</Link>\n    <Link to="guide">here</Link>\n  </main>\n);\n`,
  }), [
    'src/pages/tools/landing.js:7:5 error broken-anchor: this <Link> links to "/guide#missing", and docs/guide.md has no heading "#missing"',
    'src/pages/tools/landing.js:9:5 error broken-link: this <Link> links to "guide", which on src/pages/tools/landing.js (/tools/landing) leads to "/tools/guide", where no page is: the build stops',
  ]);
});

test('pages the build does not render, and a component no page renders: nothing', async () => {
  assert.deepEqual(await placed({
    'src/pages/_helpers.js': `${LINK}export default () => <Link to="/nowhere" />;\n`,
    'src/components/Unused.js': `${LINK}export default () => <Link to="/nowhere" />;\n`,
    'src/pages/landing.js': `${LINK}import Unused from '../components/Unused';\nexport default () => <main>{false && <Unused />}</main>;\n`,
  }), []);
});

test('a component of the site a doc renders: an error at its <Link> at the page\'s own level, a warning inside another component', async () => {
  assert.deepEqual(await placed({
    'src/components/Next.js': `${LINK}\nexport default function Next() {\n  return <Link to="/nowhere">Next</Link>;\n}\n`,
    'src/components/Later.js': `${LINK}\nexport function Later() {\n  return <Link to="/later">Later</Link>;\n}\n`,
    'docs/other.mdx': "# Other\n\nimport Next from '@site/src/components/Next';\nimport { Later } from '../src/components/Later';\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n<Next />\n\n<Tabs>\n  <TabItem value=\"a\">\n    <Later />\n  </TabItem>\n</Tabs>\n",
    'docs/draft.mdx': "---\ndraft: true\n---\n\n# Draft\n\nimport { Later } from '../src/components/Later';\n\n<Later />\n",
  }), [
    'src/components/Later.js:5:10 warning broken-link: this <Link>, which docs/other.mdx (/other) renders, links to "/later", where no page is: it renders only where a condition, a .map, a prop, a callback or another component lets it, so the build may pass, but a reader who gets it finds nothing',
    'src/components/Next.js:5:10 error broken-link: this <Link>, which docs/other.mdx (/other) renders, links to "/nowhere", where no page is: the build stops',
  ]);
});

test('a component the page\'s own ESM exports and renders: its <Link> is read from the page, at the page\'s line; exported and never rendered, nothing', async () => {
  assert.deepEqual(await placed({
    'docs/other.mdx': "---\ntitle: Other\n---\n\n# Other\n\nimport Link from '@docusaurus/Link';\n\nexport const Old = () => (\n  <p>\n    <Link to=\"/nowhere\">old</Link>\n  </p>\n);\n\nexport const Unused = () => <Link to=\"/unused\">unused</Link>;\n\n<Old />\n",
  }), [
    'docs/other.mdx:11:5 error broken-link: this <Link> links to "/nowhere", where no page is: the build stops',
  ]);
});

test('the site\'s copy of the theme\'s Footer renders on every page: its <Link> to nowhere is an error there; a copy the theme renders only on some pages, a warning', async () => {
  assert.deepEqual(await placed({
    'src/theme/Footer/index.js': `${LINK}import OriginalFooter from '@theme-original/Footer';\n\nexport default function Footer(props) {\n  return (\n    <>\n      <Link to="/guide">guide</Link> <Link to="/retired">retired</Link>\n      <OriginalFooter {...props} />\n    </>\n  );\n}\n`,
    'src/theme/DocItem/Footer/index.js': `${LINK}\nexport default function DocItemFooter() {\n  return <Link to="/feedback">feedback</Link>;\n}\n`,
  }), [
    'src/theme/DocItem/Footer/index.js:5:10 warning broken-link: this <Link>, which the theme may render on any page, links to "/feedback", where no page is: it renders only where a condition, a .map, a prop, a callback or another component lets it, so the build may pass, but a reader who gets it finds nothing',
    'src/theme/Footer/index.js:8:38 error broken-link: this <Link>, which every page renders, links to "/retired", where no page is: the build stops',
  ]);
});

test('components that render each other end; a module that does not parse gives no link', async () => {
  assert.deepEqual(await placed({
    'src/components/A.js': `${LINK}import B from './B';\n\nexport default function A({ depth }) {\n  return <div><Link to="/from-a">a</Link>{depth > 0 && <B depth={depth - 1} />}</div>;\n}\n`,
    'src/components/B.js': `${LINK}import A from './A';\n\nexport default function B({ depth }) {\n  return <section><A depth={depth} /></section>;\n}\n`,
    'src/components/Broken.js': `${LINK}export default function Broken() {\n  return <Link to="/broken">broken</Link>\n`,
    'src/pages/cycle.js': `${LINK}import A from '../components/A';\nimport Broken from '../components/Broken';\n\nexport default () => <main><A depth={2} /><Broken /></main>;\n`,
  }), [
    'src/components/A.js:6:15 error broken-link: this <Link>, which src/pages/cycle.js (/cycle) renders, links to "/from-a", where no page is: the build stops',
  ]);
});

test('followed through re-exports, a default export of an import, an alias and memo (TypeScript, as esbuild writes it)', async () => {
  assert.deepEqual(await placed({
    'src/components/Hero/Hero.js': `${LINK}\nexport default function Hero() {\n  return <Link to="/from-hero">hero</Link>;\n}\n`,
    'src/components/Hero/index.js': "export { default } from './Hero';\n",
    'src/components/parts.js': `${LINK}\nexport function Foot() {\n  return <Link to="/from-foot">foot</Link>;\n}\n`,
    'src/components/index.js': "export * from './parts';\nimport Hero from './Hero';\nexport default Hero;\n",
    'src/pages/landing.tsx': "import React, { memo } from 'react';\nimport Hero from '@site/src/components';\nimport { Foot } from '@site/src/components';\n\nconst Footer = Foot;\n\nfunction Landing(): JSX.Element {\n  return <main><Hero /><Footer /></main>;\n}\n\nexport default memo(Landing);\n",
  }), [
    'src/components/Hero/Hero.js:5:10 warning broken-link: this <Link>, which src/pages/landing.tsx (/landing) renders, links to "/from-hero", where no page is: it renders only where a condition, a .map, a prop, a callback or another component lets it, so the build may pass, but a reader who gets it finds nothing',
    'src/components/parts.js:5:10 warning broken-link: this <Link>, which src/pages/landing.tsx (/landing) renders, links to "/from-foot", where no page is: it renders only where a condition, a .map, a prop, a callback or another component lets it, so the build may pass, but a reader who gets it finds nothing',
  ]);
});

test('a component a doc renders that writes a Heading with an id, or a Link given one, adds those ids to the doc\'s anchors (diff69 built both); one it cannot read leaves them unjudged', async () => {
  const sec = (heading: string) => `import React from 'react';\nimport Heading from '@theme/Heading';\nimport Link from '@docusaurus/Link';\n\nexport default function Sec() {\n  return <section>${heading}<Link id="from-link" to="/">top</Link></section>;\n}\n`;
  const files = {
    'src/components/Sec.js': sec('<Heading as="h2" id="from-code">From code</Heading>'),
    'docs/h.mdx': "# H\n\nimport Sec from '@site/src/components/Sec';\n\n<Sec />\n",
    'docs/other.md': '# Other\n\nSee [the section](./h.mdx#from-code), [the link](./h.mdx#from-link) and [no such](./h.mdx#from-nowhere).\n',
  };
  const lines = async (changed: Record<string, string> = {}) => (await problemsWith({ ...files, ...changed })).map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);
  assert.deepEqual(await lines(), ['docs/other.md:3:73 broken-anchor']);
  // An id the check cannot read: the doc's anchors are taken on trust.
  assert.deepEqual(await lines({ 'src/components/Sec.js': sec('<Heading as="h2" id={slug}>From code</Heading>') }), []);
});

test('a component passed along by name, and JSX kept in a constant, may render: a warning (diff69\'s p05, p33)', async () => {
  const lines = await placed({
    'src/components/Bad.js': `${LINK}\nexport default function Bad() {\n  return <Link to="/passed">passed</Link>;\n}\n`,
    'src/pages/landing.js': `${LINK}import Bad from '../components/Bad';\n\nconst links = <Link to="/kept">kept</Link>;\n\nfunction Wrapper({ as: As }) {\n  return <As />;\n}\n\nexport default () => <main><Wrapper as={Bad} />{links}</main>;\n`,
  });
  assert.deepEqual(lines.map((line) => line.split(': ')[0]), ['src/components/Bad.js:5:10 warning broken-link', 'src/pages/landing.js:5:15 warning broken-link']);
});

test('a page read as CommonMark renders no component (its `<Next />` is HTML), and an import alone renders nothing', async () => {
  assert.deepEqual(await placed({
    'src/components/Next.js': `${LINK}\nexport default function Next() {\n  return <Link to="/nowhere">next</Link>;\n}\n`,
    'docs/plain.md': "---\nmdx:\n  format: md\n---\n\n# Plain\n\nimport Next from '@site/src/components/Next';\n\n<Next />\n",
    'docusaurus.config.js': "module.exports = { title: 'x', url: 'https://docs.example.com', baseUrl: '/', presets: [['classic', { docs: { routeBasePath: '/' }, blog: false }]] };\n",
    'src/pages/landing.js': `${LINK}import Next from '../components/Next';\n\nexport default () => <main>landing</main>;\n`,
  }), []);
});

test('a component a doc renders from JSX in an expression: an error at the page\'s level; through a .map or a component\'s prop, a warning; inside <BrowserOnly>, nothing', async () => {
  const rendering = (page: string) => placed({
    'src/components/Next.js': `${LINK}\nexport default function Next() {\n  return <Link to="/nowhere">Next</Link>;\n}\n`,
    'src/components/Box.js': "import React from 'react';\n\nexport default function Box({ footer }) {\n  return <div>{footer}</div>;\n}\n",
    'docs/other.mdx': `# Other\n\nimport Next from '@site/src/components/Next';\nimport Box from '@site/src/components/Box';\nimport BrowserOnly from '@docusaurus/BrowserOnly';\n\n${page}\n`,
  });
  const maybe = 'where no page is: it renders only where a condition, a .map, a prop, a callback or another component lets it, so the build may pass, but a reader who gets it finds nothing';
  assert.deepEqual(await rendering('{<Next />}'), ['src/components/Next.js:5:10 error broken-link: this <Link>, which docs/other.mdx (/other) renders, links to "/nowhere", where no page is: the build stops']);
  assert.deepEqual(await rendering('{[1].map((i) => <Next key={i} />)}'), [`src/components/Next.js:5:10 warning broken-link: this <Link>, which docs/other.mdx (/other) renders, links to "/nowhere", ${maybe}`]);
  assert.deepEqual(await rendering('<Box\n  footer={<Next />}\n/>'), [`src/components/Next.js:5:10 warning broken-link: this <Link>, which docs/other.mdx (/other) renders, links to "/nowhere", ${maybe}`]);
  assert.deepEqual(await rendering('<BrowserOnly>{() => <Next />}</BrowserOnly>'), []);
});

// diff70's p12 built each: the fallback's Link, and the three others (written to render), stopped the build.
test('a <Link> a doc writes in an expression: an error where it surely renders (and in <BrowserOnly>\'s fallback); behind a condition, in a .map or a component\'s prop, a warning; not Docusaurus\'s Link, nothing', async () => {
  const maybe = 'where no page is: it renders only where a condition, a .map, a prop, a callback or another component lets it, so the build may pass, but a reader who gets it finds nothing';
  assert.deepEqual(await placed({
    'docs/direct.mdx': "# Direct\n\nimport Link from '@docusaurus/Link';\nimport BrowserOnly from '@docusaurus/BrowserOnly';\n\n{<Link to=\"/nowhere\" />}\n\n{props.on && <Link to=\"/maybe\" />}\n\n<BrowserOnly fallback={<Link to=\"/fallback\" />}>{() => null}</BrowserOnly>\n\n<Box footer={<Link to=\"/footer\" />} />\n",
    'docs/other.mdx': "# Other\n\nimport Link from '@site/src/components/PlainLink';\n\n{props.on && <Link to=\"/plain\" />}\n",
    'src/components/PlainLink.js': 'export default function PlainLink({ to, children }) { return <a href={to}>{children}</a>; }\n',
    // In a tab <Tabs lazy> leaves out, it never renders.
    'docs/lazy.mdx': "# Lazy\n\nimport Link from '@docusaurus/Link';\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n<Tabs lazy>\n<TabItem value=\"a\">A</TabItem>\n<TabItem value=\"b\">\n\n{props.on && <Link to=\"/hidden\" />}\n\n</TabItem>\n</Tabs>\n",
  }), [
    'docs/direct.mdx:6:2 error broken-link: no page at "/nowhere"',
    `docs/direct.mdx:8:14 warning broken-link: this <Link> links to "/maybe", ${maybe}`,
    'docs/direct.mdx:10:24 error broken-link: no page at "/fallback"',
    `docs/direct.mdx:12:14 warning broken-link: this <Link> links to "/footer", ${maybe}`,
  ]);
});

test('a module of the site that passes @docusaurus/Link on (`export { default } from`, through a barrel, or `export default Link`) gives a Link too (diff69\'s p67)', async () => {
  const landing = (imports: string) => `import React from 'react';\n${imports}\n\nexport default function Landing() {\n  return <main><MyLink to="/nowhere">gone</MyLink> <MyLink to="/guide">ok</MyLink></main>;\n}\n`;
  const error = (line: number) => [`src/pages/landing.js:${line}:16 error broken-link`];
  const lines = async (files: Record<string, string>) => (await placed(files)).map((line) => line.split(': ')[0]);
  assert.deepEqual(await lines({ 'src/components/MyLink.js': "export { default } from '@docusaurus/Link';\n", 'src/pages/landing.js': landing("import MyLink from '../components/MyLink';") }), error(5));
  assert.deepEqual(await lines({ 'src/components/MyLink.js': "export { default } from '@docusaurus/Link';\n", 'src/components/index.js': "export { default as MyLink } from './MyLink';\n", 'src/pages/landing.js': landing("import { MyLink } from '@site/src/components';") }), error(5));
  assert.deepEqual(await lines({ 'src/components/MyLink.js': "import Link from '@docusaurus/Link';\n\nexport default Link;\n", 'src/pages/landing.js': landing("import MyLink from '../components/MyLink';") }), error(5));
  // A component of its own that wraps Link is followed as before: its own <Link> is judged, not the props given to it.
  assert.deepEqual(await lines({ 'src/components/MyLink.js': `${LINK}\nexport default function MyLink(props) {\n  return <Link {...props} />;\n}\n`, 'src/pages/landing.js': landing("import MyLink from '../components/MyLink';") }), []);
});

test('a component named through a namespace import (`<C.Hero />` of `import * as C`) is followed to that module\'s export (diff69\'s p35)', async () => {
  const parts = `${LINK}\nexport function Hero() {\n  return <Link to="/nowhere">hero</Link>;\n}\n`;
  const page = (namespace: string) => `import React from 'react';\nimport * as ${namespace} from '../components/parts';\n\nexport default () => <main><${namespace}.Hero /></main>;\n`;
  const lines = async (files: Record<string, string>) => (await placed(files)).map((line) => line.split(': ')[0]);
  assert.deepEqual(await lines({ 'src/components/parts.js': parts, 'src/pages/landing.js': page('C') }), ['src/components/parts.js:5:10 error broken-link']);
  assert.deepEqual(await lines({ 'src/components/parts.js': parts, 'src/pages/landing.js': page('parts') }), ['src/components/parts.js:5:10 error broken-link']);
  // A member of an object the module exports is not followed: nothing is claimed.
  assert.deepEqual(await lines({ 'src/components/parts.js': `${LINK}\nconst Parts = { Foot: () => <Link to="/nowhere">foot</Link> };\nexport default Parts;\n`, 'src/pages/landing.js': "import React from 'react';\nimport Parts from '../components/parts';\n\nexport default () => <main><Parts.Foot /></main>;\n" }).then((found) => found.filter((line) => line.includes('error'))), []);
});

test('a partial renders its components in each doc that renders it: their links are judged from the doc (diff69\'s p36); imported alone or in a lazy tab left out, not at all; inside a component, not for certain', async () => {
  const next = `${LINK}\nexport default function Next() {\n  return <Link to="/nowhere">next</Link>;\n}\n`;
  const part = "import Next from '@site/src/components/Next';\n\n<Next />\n";
  const lines = async (files: Record<string, string>) => (await placed({ 'src/components/Next.js': next, 'docs/_part.mdx': part, ...files })).map((line) => line.split(': ')[0]);
  assert.deepEqual(await lines({ 'docs/usepart.mdx': "# Uses part\n\nimport Part from './_part.mdx';\n\n<Part />\n" }), ['src/components/Next.js:5:10 error broken-link']);
  // Imported and never rendered: the build renders none of it.
  assert.deepEqual(await lines({ 'docs/usepart.mdx': "# Uses part\n\nimport Part from './_part.mdx';\n\nText.\n" }), []);
  // Inside another component's element, which decides whether it renders: a warning.
  assert.deepEqual(await lines({ 'docs/usepart.mdx': "# Uses part\n\nimport Part from './_part.mdx';\nimport Box from '@site/src/components/Box';\n\n<Box>\n  <Part />\n</Box>\n", 'src/components/Box.js': "import React from 'react';\n\nexport default function Box({ children }) {\n  return <div>{children}</div>;\n}\n" }), ['src/components/Next.js:5:10 warning broken-link']);
  // In a tab `<Tabs lazy>` leaves out: nothing reaches the built page.
  assert.deepEqual(await lines({ 'docs/usepart.mdx': "# Uses part\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\nimport Part from './_part.mdx';\n\n<Tabs lazy>\n<TabItem value=\"a\">\n\nA.\n\n</TabItem>\n<TabItem value=\"b\">\n\n<Part />\n\n</TabItem>\n</Tabs>\n" }), []);
});

test('a component a doc\'s ESM exports, imported by name into another page (`import { Old } from \'./old.mdx\'`), is followed into that doc (diff69\'s p72); its default, the doc\'s content, is not a component of code', async () => {
  const old = `# Old\n\nimport Link from '@docusaurus/Link';\n\nexport const Old = () => <Link to="/nowhere">old</Link>;\n`;
  const lines = async (files: Record<string, string>) => (await placed({ 'docs/old.mdx': old, ...files })).map((line) => line.split(': ')[0]);
  assert.deepEqual(await lines({ 'docs/user.mdx': "# User\n\nimport { Old } from './old.mdx';\n\n<Old />\n" }), ['docs/old.mdx:5:26 error broken-link']);
  assert.deepEqual(await lines({ 'src/pages/landing.js': "import React from 'react';\nimport { Old } from '@site/docs/old.mdx';\n\nexport default () => <main><Old /></main>;\n" }), ['docs/old.mdx:5:26 error broken-link']);
  // Imported and not rendered: nothing.
  assert.deepEqual(await lines({ 'docs/user.mdx': "# User\n\nimport { Old } from './old.mdx';\n\nText.\n" }), []);
});

test('a locale that translates nothing builds every page again under its base URL: a <Link> that leaves the base URL (autoAddBaseUrl={false}, or ../ above it) breaks there (diff69\'s p23, p57), in the page\'s translation where the locale has one', async () => {
  const config = "module.exports = { title: 'x', url: 'https://docs.example.com', baseUrl: '/', i18n: { defaultLocale: 'en', locales: ['en', 'fr'] }, onBrokenLinks: 'throw', presets: [['classic', { docs: { routeBasePath: '/' }, blog: false }]] };\n";
  const landing = `${LINK}\nexport default function Landing() {\n  return <main><Link to="/guide" autoAddBaseUrl={false}>served</Link> <Link to="../guide">up</Link> <Link to="/guide">fine</Link></main>;\n}\n`;
  const files = { 'docusaurus.config.js': config, 'src/pages/landing.js': landing };
  const found = await placed(files);
  assert.deepEqual(found.map((line) => line.split(': ')[0]), ['src/pages/landing.js:5:16 error broken-link', 'src/pages/landing.js:5:71 error broken-link']);
  assert.ok(found.every((line) => line.endsWith('(in the build of locale fr)')), found.join('\n'));
  // A page the French build replaces with its translation: the translation is judged there (diff73's p26 built one).
  const translated = await placed({ ...files, 'i18n/fr/docusaurus-plugin-content-pages/landing.js': landing });
  assert.deepEqual(translated.map((line) => line.split(': ')[0]), ['i18n/fr/docusaurus-plugin-content-pages/landing.js:5:16 error broken-link', 'i18n/fr/docusaurus-plugin-content-pages/landing.js:5:71 error broken-link']);
  assert.ok(translated.every((line) => line.endsWith('(in the build of locale fr)')), translated.join('\n'));
});
