/**
 * Partials (`import Setup from './_setup.md'` and `<Setup />`): their headings are anchors of the
 * pages that render them, their links are checked from their own folder, each mistake is told
 * once, at the partial's line, and an import of a missing file is an error at the import.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsOf, problemsWith } from '../helpers/check-fixture.ts';
import type { Problem } from '../../scripts/check/problem.ts';
import { partialImports } from '../../scripts/content/extract/mdx-imports.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import { textLine } from '../../scripts/check/report.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';

test('partials: anchors and links as the pages that render them have them', async () => {
  assert.deepEqual(await problemsOf('partials'), [
    'docs/_partials/_draft-only.md:1:3 warning broken-link', // rendered by a draft only
    'docs/_partials/_nested.md:3:7 error broken-link', // a partial of a partial, from its own folder
    'docs/_partials/_setup.md:5:29 warning broken-anchor', // the draft that renders it has no such heading
    'docs/_partials/_setup.md:7:7 error broken-link', // once, though two pages render it
    'docs/_partials/_setup.md:7:29 error broken-anchor', // same-page anchor missing from the published page
    'docs/guide.md:7:1 error broken-link', // import of a file that is not there
    'docs/intro.md:9:7 error broken-anchor', // a heading of a partial that is imported but never rendered
  ]);
});

test('partial imports: Markdown files imported at the start of a line and used as a tag, outside code', () => {
  const page = [
    "import Setup from './_setup.md';",
    'import Other from "../shared/_other.mdx"',
    "import Unused from './_unused.md';",
    "import Similar from './_similar.md';",
    "import Component from '@site/src/components/Thing';",
    '',
    '  import Indented from "./_indented.md";',
    '~~~mdx',
    "import Fenced from './_fenced.md';",
    '<Fenced />',
    '~~~',
    '',
    '<Setup />',
    '<Other>text</Other>',
    '<SimilarButLonger />',
    '<Component />',
    '<Indented />',
  ].join('\r\n');
  assert.deepEqual(partialImports(page), [
    { source: './_setup.md', line: 1, column: 1 },
    { source: '../shared/_other.mdx', line: 2, column: 1 },
  ]);
});

test('partial imports: statements of an ESM block as MDX reads it, several on a line and one over two lines, each at its `import`', () => {
  const page = [
    '---', 'title: Integration', '---', '',
    "import Tabs from '@theme/Tabs'; import TabItem from '@theme/TabItem';",
    '',
    "import IntegrationApple from './_ios.md'; import",
    "IntegrationKotlin from './_kotlin.md';",
    "import Java from './_java.md'",
    "export const s = \"import Quoted from './_quoted.md'\";",
    '',
    '<IntegrationApple /><IntegrationKotlin /><Java /><Quoted />',
  ].join('\n');
  assert.deepEqual(partialImports(page), [
    { source: './_ios.md', line: 7, column: 1 },
    { source: './_kotlin.md', line: 7, column: 43 },
    { source: './_java.md', line: 9, column: 1 },
  ]);
});

test('an import path with escapes is the string JavaScript reads: `\\_` is `_`, as Markdown converters write underscores', async () => {
  const page = "import Verify from './common/\\_verify.md'\nimport Run from \"./common/\\u005frun.md\"\n\n<Verify />\n\n<Run />\n";
  assert.deepEqual(partialImports(page).map(({ source }) => source), ['./common/_verify.md', './common/_run.md']);
  // The page renders both partials: their links are checked, and nothing is reported missing.
  const problems = await problemsWith({
    'docs/offline.md': `---\ntitle: Offline\n---\n\n${page}`,
    'docs/common/_verify.md': 'See [the missing page](./missing.md).\n',
    'docs/common/_run.md': 'Run it.\n',
  });
  assert.deepEqual(problems.filter(({ severity }) => severity === 'error').map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), ['docs/common/_verify.md:1:5 broken-link']);
});

test('a partial with front matter: Docusaurus ignores it with a warning, and stops the build where CI is set', async () => {
  const files = {
    'docs/_parts/_p.md': '---\ntitle: A partial\n---\n\nPart.\n',
    'docs/uses.mdx': '---\ntitle: Uses\n---\n\nimport P from "./_parts/_p.md";\n\n<P />\n',
  };
  const lines = (problems: Problem[]) => problems.filter((p) => p.rule === 'front-matter').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`);
  const withCi = (value: string | undefined) => async () => {
    const before = process.env.CI;
    if (value === undefined) delete process.env.CI;
    else process.env.CI = value;
    try {
      return lines(await problemsWith(files));
    } finally {
      if (before === undefined) delete process.env.CI;
      else process.env.CI = before;
    }
  };
  assert.deepEqual(await withCi(undefined)(), ['docs/_parts/_p.md:2:1 warning: a partial has front matter, which Docusaurus ignores: it warns, and stops the build where CI is set (GitHub Actions sets it)']);
  assert.deepEqual(await withCi('true')(), ['docs/_parts/_p.md:2:1 error: a partial has front matter, which Docusaurus ignores: it warns, and stops the build where CI is set, as it is here']);
});

test('a page imported as a component keeps its front matter: only the files of a docs folder that are no pages are partials to the loader', async () => {
  const problems = await problemsWith({
    'docs/shared.md': '---\ntitle: Shared\n---\n\nShared text.\n',
    'docs/uses.mdx': '---\ntitle: Uses\n---\n\nimport Shared from "./shared.md";\n\n<Shared />\n',
  });
  assert.deepEqual(problems.filter((p) => p.rule === 'front-matter'), []);
});

test('partials: a docs folder beside the site (path: \'../docs\') imports and links within itself; what is not there is named there', async () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-docs-'));
  try {
    fs.cpSync(path.join(FIXTURES, 'outside-docs'), copy, { recursive: true });
    const site = path.join(copy, 'site');
    assert.deepEqual((await checkSite(site, { cache: false })).problems, [], 'the partial beside the site is found, and its link back home too');
    fs.appendFileSync(path.join(copy, 'docs', '_note.md'), '\nAnd [a page that moved](./moved.md).\n');
    fs.appendFileSync(path.join(copy, 'docs', 'index.mdx'), "\nimport Gone from './_gone.md';\n");
    assert.deepEqual((await checkSite(site, { cache: false })).problems.map(textLine), [
      '../docs/_note.md:3:5: error broken-link: no page "../docs/moved.md" in version current (check the path; it is relative to this page\'s folder)',
      '../docs/index.mdx:12:1: error broken-link: import "./_gone.md" resolves to no file or package (check the path: relative to this file, @site/ from the site folder, or an installed package; case matters)',
    ]);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});

test('an import from the root (`/docs/_part.mdx`, `/src/components/Hello`) is found as webpack finds it: in static/, then in the site\'s folder', async () => {
  const files = {
    'docs/home.mdx': '# Home\n\nimport Part from "/docs/sub/_part.mdx";\nimport Static from "/_kept.mdx";\nimport Hello from "/src/components/Hello";\n\n<Part />\n\n<Static />\n\n<Hello />\n',
    'docs/sub/_part.mdx': 'Partial text.\n',
    'static/_kept.mdx': 'Kept in static/.\n',
    'src/components/Hello.js': 'export default function Hello() { return null; }\n',
  };
  assert.deepEqual((await problemsWith(files)).map(textLine), []);
  const missing = await problemsWith({ ...files, 'docs/home.mdx': '# Home\n\nimport Part from "/docs/sub/_nope.mdx";\nimport Hello from "/src/components/Nope";\n\n<Part />\n\n<Hello />\n' });
  assert.deepEqual(missing.map(textLine), [
    'docs/home.mdx:3:1: error broken-link: import "/docs/sub/_nope.mdx" names no file (docs/sub/_nope.mdx) (check the path of the partial; a path from / is looked for in static/, then in the site\'s folder, and case matters)',
    'docs/home.mdx:4:1: error broken-link: import "/src/components/Nope" resolves to no file or package (check the path: relative to this file, @site/ from the site folder, or an installed package; case matters)',
  ]);
});

test('a partial outside every docs folder (src/partials/) has its addresses and anchors checked in each page that renders it, as the build checks them; its Markdown file links are left as written', async () => {
  const partial = (links: string) => `Next: ${links}\n`;
  const files = (links: string) => ({
    'docs/index.md': '---\nslug: /\n---\n\n# Home\n\nimport Next from "@site/src/partials/_next.mdx";\n\n<Next />\n',
    'docs/guide.md': '# Guide\n\n## Add participants\n',
    'src/partials/_next.mdx': partial(links),
  });
  assert.deepEqual((await problemsWith(files('[the guide](/guide#add-participants) and [the file](./other.md)'))).map(textLine), []);
  assert.deepEqual((await problemsWith(files('[step 2](/guide#step-2-add-participants) and [nothing](/nothing)'))).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`), [
    'src/partials/_next.mdx:1:7 error broken-anchor',
    'src/partials/_next.mdx:1:52 error broken-link',
  ]);
});
