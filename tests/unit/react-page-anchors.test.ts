/**
 * The anchors of a React page of src/pages (load/react-page-anchors.ts): Docusaurus's link check
 * sees only the ids a page gives the theme's Heading or a Link. A page's anchors are the literal
 * ids its code, and the site's modules it reaches, give those two, rendered or not; a link to
 * any other id is a broken anchor. A page that imports anything else that may collect one, or
 * gives them ids the check cannot read, keeps its anchors unjudged.
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

const linksTo = (...anchors: string[]) => ({ 'docs/intro.md': `---\ntitle: Introduction\n---\n\n${anchors.map((anchor) => `[${anchor}](/landing#${anchor})`).join(' and ')}.\n` });
const HEADING = "import Heading from '@theme/Heading';\n";
const brokenAt = (column: number, anchor: string, file = 'src/pages/landing.js') => `docs/intro.md:5:${column} error: no anchor "#${anchor}" that the build's link check sees in ${file}`;

test("the literal ids a page gives the theme's Heading (but as h1) or a Link are its anchors, rendered or not", async () => {
  // [demo](/landing#demo) and [nope](/landing#nope): the second link at column 27.
  assert.deepEqual(await anchorProblems({ ...linksTo('demo', 'nope'), 'src/pages/landing.js': page(HEADING, '<Heading as="h2" id="demo">Demo</Heading>') }), [brokenAt(27, 'nope')]);
  assert.deepEqual(await anchorProblems({ ...linksTo('demo'), 'src/pages/landing.js': page(HEADING, '<Heading as="h1" id="demo">Demo</Heading>') }), [brokenAt(1, 'demo')], 'an h1 collects nothing');
  assert.deepEqual(await anchorProblems({ ...linksTo('demo'), 'src/pages/landing.js': page("import Link from '@docusaurus/Link';\n", '<Link id="demo" to="/">Demo</Link>') }), []);
  assert.deepEqual(await anchorProblems({ ...linksTo('demo'), 'src/pages/landing.js': page(`${HEADING}const open = false;\n`, '{open && <Heading as="h2" id="demo">Demo</Heading>}') }), [], 'behind a condition the render may meet');
  // The create-docusaurus home page: Heading with no id collects nothing.
  assert.deepEqual(await anchorProblems({ ...linksTo('features'), 'src/pages/landing.js': page(HEADING, '<Heading as="h1">Site</Heading><Heading as="h3">Easy</Heading>') }), [brokenAt(1, 'features')]);
  assert.deepEqual(await anchorProblems({
    ...linksTo('demo', 'nope'),
    'src/pages/landing.js': page("import Section from '../components/Section';\n", '<Section />'),
    'src/components/Section.js': `import React from 'react';\n${HEADING}\nexport default function Section() {\n  return <Heading as="h2" id="demo">Demo</Heading>;\n}\n`,
  }), [brokenAt(27, 'nope')], "in a component of the site's the page reaches");
});

test('a TypeScript page is read through its compiler, its JSX kept', async () => {
  const tsx = `import React, { type ReactNode } from 'react';\nimport Layout from '@theme/Layout';\n${HEADING}\nexport default function Landing(): ReactNode {\n  return <Layout title="Landing"><Heading as="h2" id="demo">Demo</Heading></Layout>;\n}\n`;
  assert.deepEqual(await anchorProblems({ ...linksTo('demo', 'nope'), 'src/pages/landing.tsx': tsx }), [brokenAt(27, 'nope', 'src/pages/landing.tsx')]);
});

test("what may give the link check an id unseen keeps the page's anchors unjudged", async () => {
  for (const [imports, body] of [
    ["import Link from '@docusaurus/Link';\nconst more = { id: 'demo' };\n", '<Link {...more} to="/">Demo</Link>'],
    [`${HEADING}const more = { id: 'demo' };\n`, '<Heading as="h2" {...more}>Demo</Heading>'],
    [`${HEADING}const slug = 'demo';\n`, '<Heading as="h2" id={slug}>Demo</Heading>'],
    [`${HEADING}const H = Heading;\n`, '<H as="h2" id="demo">Demo</H>'],
    [`${HEADING}import Prose from '../components/Prose';\n`, '<Prose components={{ h2: Heading }} />'],
    ["import Section from '../components/Section';\n", '<Section id="demo" />'],
    ["import Fancy from 'fancy-sections';\n", '<Fancy id="demo" />'],
    ["import Notes from '@site/docs/_notes.md';\n", '<Notes />'],
  ]) {
    assert.deepEqual(await anchorProblems({
      'src/pages/landing.js': page(imports, body),
      'docs/_notes.md': '## Demo\n',
      'src/components/Prose.js': "import React from 'react';\n\nexport default function Prose({ components }) {\n  const H = components.h2;\n  return <H id=\"demo\">Demo</H>;\n}\n",
      'src/components/Section.js': `import React from 'react';\n${HEADING}\nexport default function Section({ id }) {\n  return <Heading as="h2" id={id}>Demo</Heading>;\n}\n`,
    }), [], imports + body);
  }
});

test("the site's own Heading (src/theme/Heading) collects what it likes: the page's anchors stay unjudged", async () => {
  assert.deepEqual(await anchorProblems({
    'src/pages/landing.js': page(HEADING, '<Heading as="h2" id="other">Other</Heading>'),
    'src/theme/Heading/index.js': "import React from 'react';\nimport Heading from '@theme-original/Heading';\n\nexport default (props) => <Heading {...props} />;\n",
  }), []);
});

test("a theme component of the site's in every page's layout adds its ids to each page's", async () => {
  assert.deepEqual(await anchorProblems({
    ...linksTo('top', 'nope'),
    'src/pages/landing.js': page('', '<h2 id="nope">Nope</h2>'),
    'src/theme/Footer/index.js': "import React from 'react';\nimport Link from '@docusaurus/Link';\n\nexport default function Footer() {\n  return <footer><Link id=\"top\" to=\"#\">Top</Link></footer>;\n}\n",
  }), [brokenAt(25, 'nope')]);
});

test('a theme component of the site\'s in every page\'s layout that the check cannot read (a wrapped Footer) may collect anchors: the page\'s stay unjudged', async () => {
  assert.deepEqual(await anchorProblems({
    'src/pages/landing.js': page('', '<h2 id="demo">Demo</h2>'),
    'src/theme/Footer/index.js': "import React from 'react';\nimport Footer from '@theme-original/Footer';\n\nexport default (props) => <Footer {...props} />;\n",
  }), []);
});

test('a Link without an id, opened and closed, gives no anchor; one with a literal id elsewhere on the page gives that one', async () => {
  const withLink = (body: string) => ({ 'src/pages/landing.js': page("import Link from '@docusaurus/Link';\n", body) });
  assert.deepEqual(await anchorProblems(withLink('<Link to="/intro">Intro</Link><div id="demo">Demo</div>')), ['docs/intro.md:5:5 error: no anchor "#demo" that the build\'s link check sees in src/pages/landing.js']);
  assert.deepEqual(await anchorProblems(withLink('<Link to={`/intro?x=${1 > 0}`}>Intro</Link><Link id="demo" to="/">Demo</Link>')), []);
});

test('a page that loads modules through require.context renders what no import names: its anchors are not judged', async () => {
  assert.deepEqual(await anchorProblems({ ...LINK, 'src/pages/landing.js': page("const parts = require.context('../components', false, /\\.js$/);\n", '<p>parts</p>') }), []);
});
