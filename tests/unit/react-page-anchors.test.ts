/**
 * The anchors of a React page of src/pages (load/react-page-anchors.ts): Docusaurus's link check
 * sees only the ids a page gives the theme's Heading or a Link. A page whose code, and the site's
 * modules it reaches, render neither has none, and a link to one of its ids is a broken anchor;
 * a page that imports anything that may render one keeps its anchors unjudged.
 * (tests/site/agreement.test.ts builds the plain <h2 id> with Docusaurus.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';

const LINK = { 'docs/intro.md': '---\ntitle: Introduction\n---\n\nSee [the demo](/landing#demo).\n' };
const page = (imports: string, body: string) => `import React from 'react';\nimport Layout from '@theme/Layout';\n${imports}\nexport default function Landing() {\n  return <Layout title="Landing">${body}</Layout>;\n}\n`;
const anchorProblems = async (files: Record<string, string>) =>
  (await problemsWith({ ...LINK, ...files }, 'markdown-pages')).filter((p) => p.rule === 'broken-anchor').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`);

test('a plain <h2 id>, on the page or in a component of the site\'s it renders: a broken anchor at the link', async () => {
  const expected = ['docs/intro.md:5:5 error: no anchor "#demo" that the build\'s link check sees in src/pages/landing.js'];
  assert.deepEqual(await anchorProblems({ 'src/pages/landing.js': page('', '<h2 id="demo">Demo</h2>') }), expected);
  assert.deepEqual(await anchorProblems({
    'src/pages/landing.js': page("import Section from '../components/Section';\nimport './landing.css';\n", '<Section id="demo" />'),
    'src/components/Section.js': "import React from 'react';\nimport clsx from 'clsx';\n\nexport default function Section({ id }) {\n  return <h2 className={clsx('section')} id={id}>Demo</h2>;\n}\n",
    'src/pages/landing.css': 'h2 { color: red; }\n',
  }), expected);
});

test('what may give the link check an id keeps the page\'s anchors unjudged: Heading, a Link with an id or spread props, a package\'s component, Markdown', async () => {
  for (const [imports, body] of [
    ["import Heading from '@theme/Heading';\n", '<Heading as="h2" id="demo">Demo</Heading>'],
    ["import Link from '@docusaurus/Link';\n", '<Link id="demo" to="/">Demo</Link>'],
    ["import Link from '@docusaurus/Link';\nconst more = { id: 'demo' };\n", '<Link {...more} to="/">Demo</Link>'],
    ["import Fancy from 'fancy-sections';\n", '<Fancy id="demo" />'],
    ["import Notes from '@site/docs/_notes.md';\n", '<Notes />'],
  ]) {
    assert.deepEqual(await anchorProblems({ 'src/pages/landing.js': page(imports, body), 'docs/_notes.md': '## Demo\n' }), [], imports);
  }
});

test('a theme component of the site\'s in every page\'s layout (a replaced Footer) may collect anchors: the page\'s stay unjudged', async () => {
  assert.deepEqual(await anchorProblems({
    'src/pages/landing.js': page('', '<h2 id="demo">Demo</h2>'),
    'src/theme/Footer/index.js': "import React from 'react';\nimport Footer from '@theme-original/Footer';\n\nexport default (props) => <Footer {...props} />;\n",
  }), []);
});

test('a Link without an id, opened and closed, keeps the page judged; one with an id elsewhere on the page does not', async () => {
  const withLink = (body: string) => ({ 'src/pages/landing.js': page("import Link from '@docusaurus/Link';\n", body) });
  assert.deepEqual(await anchorProblems(withLink('<Link to="/intro">Intro</Link><div id="demo">Demo</div>')), ['docs/intro.md:5:5 error: no anchor "#demo" that the build\'s link check sees in src/pages/landing.js']);
  assert.deepEqual(await anchorProblems(withLink('<Link to={`/intro?x=${1 > 0}`}>Intro</Link><Link id="demo" to="/">Demo</Link>')), []);
});
