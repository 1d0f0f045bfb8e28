/**
 * Imports behind the site's own modules (load/imports-behind.ts): a page builds only if every
 * module its components import resolves, however deep; a React page of src/pages is bundled
 * whatever links to it. Only imports the code really holds count: not one in a comment or a
 * string, nor a TypeScript import of types alone. (tests/site/agreement.test.ts builds the
 * mistake and its look-alikes with Docusaurus.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, problemsWith } from '../helpers/check-fixture.ts';
import { importCandidates } from '../../scripts/content/load/imports-behind.ts';
import { checkSite } from '../../scripts/check/check-site.ts';
import { clearCheckCache } from '../../scripts/content/load/check-cache.ts';
import { settle, throwawaySiteDir, writeSiteFile } from '../helpers/paths.ts';

const page = (body: string, extra = '') => `---\ntitle: Page\n${extra}---\n\n${body}`;
const described = (problems: Awaited<ReturnType<typeof problemsWith>>) =>
  problems.filter((p) => p.rule === 'broken-link').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message} (${p.hint})`);
const placed = (problems: Awaited<ReturnType<typeof problemsWith>>) =>
  problems.filter((p) => p.rule === 'broken-link').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}`);

const LOGOS = "import React from 'react';\nimport data from './Logos.generated';\n\nexport default function Logos() {\n  return <ul>{data.map((name) => <li key={name}>{name}</li>)}</ul>;\n}\n";

test('a component whose own import is missing: an error at the page\'s import, naming the component\'s line', async () => {
  const problems = await problemsWith({
    'src/components/Logos.js': LOGOS,
    'docs/page.mdx': page("import Logos from '@site/src/components/Logos';\n\n<Logos />\n"),
  });
  assert.deepEqual(described(problems), [
    'docs/page.mdx:5:1 error: import "@site/src/components/Logos": src/components/Logos.js:2:18 imports "./Logos.generated", which resolves to no file or package, and the build stops (check the path, relative to the module that imports it or @site/ from the site folder; a file a script writes (a postinstall step) must be there before the build)',
  ]);
});

test('two steps behind, through TypeScript and an index file; a draft page gets a warning', async () => {
  const files = {
    'src/components/Panel/index.tsx': "import { shade } from '../theme/shade';\n\nexport default function Panel({ n }: { n: number }) {\n  return <div style={{ color: shade(n) }} />;\n}\n",
    'src/components/theme/shade.ts': "import palette from '@site/src/data/palette.json';\n\nexport const shade = (n: number): string => palette[n % palette.length];\n",
  };
  const published = await problemsWith({ ...files, 'docs/page.mdx': page("import Panel from '@site/src/components/Panel';\n\n<Panel n={1} />\n") });
  assert.deepEqual(placed(published), ['docs/page.mdx:5:1 error']);
  assert.match(published.find((p) => p.rule === 'broken-link')!.message, /src\/components\/theme\/shade\.ts:1:21 imports "@site\/src\/data\/palette\.json", which resolves to no file or package/);
  const draft = await problemsWith({ ...files, 'docs/page.mdx': page("import Panel from '@site/src/components/Panel';\n\n<Panel n={1} />\n", 'draft: true\n') });
  assert.deepEqual(placed(draft), ['docs/page.mdx:6:1 warning']);
});

test('look-alikes get nothing: an import in a comment or a string, a type-only or unused TypeScript import, a cycle of modules that all resolve', async () => {
  const problems = await problemsWith({
    'src/components/Quiet.js': "// import Old from './Old';\n/* require('./gone') */\nconst example = \"import x from './nowhere'\";\nexport default function Quiet() {\n  return <pre>{example}</pre>;\n}\n",
    'src/components/Typed.tsx': "import type { Shape } from './shape-types';\nimport { unused } from './not-written-yet';\n\nexport default function Typed(props: Shape) {\n  return <b>{String(props)}</b>;\n}\n",
    'src/components/Ping.js': "import { pong } from './Pong';\nexport const ping = () => pong;\nexport default function Ping() {\n  return <i />;\n}\n",
    'src/components/Pong.js': "import { ping } from './Ping';\nexport const pong = () => ping;\n",
    'docs/page.mdx': page("import Quiet from '@site/src/components/Quiet';\nimport Typed from '@site/src/components/Typed';\nimport Ping from '@site/src/components/Ping';\n\n<Quiet /> <Typed /> <Ping />\n"),
  });
  assert.deepEqual(described(problems), []);
});

test('a cycle with a missing import on it: each page that reaches it hears of it, wherever it enters', async () => {
  const problems = await problemsWith({
    'src/components/Ping.js': "import { pong } from './Pong';\nexport default function Ping() {\n  return <i>{pong}</i>;\n}\n",
    'src/components/Pong.js': "import Ping from './Ping';\nimport gone from './gone';\nexport const pong = [Ping, gone];\n",
    'docs/a.mdx': page("import Ping from '@site/src/components/Ping';\n\n<Ping />\n"),
    'docs/b.mdx': page("import { pong } from '@site/src/components/Pong';\n\n{pong.length}\n"),
  });
  assert.deepEqual(placed(problems), ['docs/a.mdx:5:1 error', 'docs/b.mdx:5:1 error']);
  for (const problem of problems.filter((p) => p.rule === 'broken-link')) assert.match(problem.message, /src\/components\/Pong\.js:2:18 imports "\.\/gone"/);
});

test('a React page of src/pages: its own missing import, and one behind a component, each at the page\'s line', async () => {
  const problems = await problemsWith({
    'src/components/Logos.js': LOGOS,
    'src/pages/landing.js': "import React from 'react';\nimport Logos from '../components/Logos';\nimport Hero from './_hero';\n\nexport default function Landing() {\n  return <main><Hero /><Logos /></main>;\n}\n",
  });
  assert.deepEqual(placed(problems), ['src/pages/landing.js:2:19 error', 'src/pages/landing.js:3:18 error']);
  assert.deepEqual(problems.filter((p) => p.rule === 'broken-link').map((p) => p.message), [
    'import "../components/Logos": src/components/Logos.js:2:18 imports "./Logos.generated", which resolves to no file or package, and the build stops',
    'import "./_hero" resolves to no file or package, and the build stops',
  ]);
});

test('a package the site declares but has not installed is a warning that asks for an install', async () => {
  const problems = await problemsWith({
    'package.json': JSON.stringify({ name: 'site', dependencies: { 'not-installed-icons': '^1.0.0' } }),
    'src/components/Icon.js': "import { Star } from 'not-installed-icons/star';\nexport default function Icon() {\n  return <Star />;\n}\n",
    'docs/page.mdx': page("import Icon from '@site/src/components/Icon';\n\n<Icon />\n"),
  });
  assert.deepEqual(described(problems), [
    'docs/page.mdx:5:1 warning: import "@site/src/components/Icon": src/components/Icon.js:1:22 imports "not-installed-icons/star", which is in package "not-installed-icons", which package.json names but which is not installed (install the site\'s dependencies with npm ci; the import itself may be right)',
  ]);
});

test('with the cache: a stored report, and a page edited alone, follow the component\'s files (the missing one written, then an import of it broken again)', async () => {
  const dir = throwawaySiteDir('imports-behind-cache-');
  try {
    fs.copyFileSync(path.join(FIXTURES, 'mdx', 'docusaurus.config.js'), path.join(dir, 'docusaurus.config.js'));
    writeSiteFile(dir, 'docs/index.md', '# Home\n');
    writeSiteFile(dir, 'docs/other.md', page('Other.\n'));
    writeSiteFile(dir, 'src/components/Logos.js', LOGOS);
    writeSiteFile(dir, 'docs/page.mdx', page("import Logos from '@site/src/components/Logos';\n\n<Logos />\n"));
    settle(dir);
    const errors = async () => (await checkSite(dir, { reuseReport: true })).problems.filter((p) => p.rule === 'broken-link').map((p) => `${p.file}:${p.line} ${p.severity}`);
    assert.deepEqual(await errors(), ['docs/page.mdx:5 error']);
    assert.deepEqual(await errors(), ['docs/page.mdx:5 error'], 'the stored report');
    writeSiteFile(dir, 'src/components/Logos.generated.js', "export default ['a', 'b'];\n");
    assert.deepEqual(await errors(), [], 'the file the component imports now exists');
    settle(dir);
    assert.deepEqual(await errors(), []);
    fs.writeFileSync(path.join(dir, 'src/components/Logos.js'), LOGOS.replace("'./Logos.generated'", "'./Logos.generatd'"));
    assert.deepEqual(await errors(), ['docs/page.mdx:5 error'], 'the component\'s import broken again');
    settle(dir);
    assert.deepEqual(await errors(), ['docs/page.mdx:5 error'], 'a report whose files\' times vouch for them');
    // An edit of another page beside it: checked alone, the component's problem stays with its page.
    fs.writeFileSync(path.join(dir, 'docs/other.md'), page('Other, edited.\n'));
    const edited = await checkSite(dir, { reuseReport: true });
    assert.equal(edited.pagesRechecked, 1, 'the edited page alone');
    assert.deepEqual(edited.problems.filter((p) => p.rule === 'broken-link').map((p) => `${p.file}:${p.line} ${p.severity}`), ['docs/page.mdx:5 error']);
  } finally {
    clearCheckCache(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('candidates: every way code names a module, each once, at its string', () => {
  const text = "import a from './a';\nexport * from \"./b\";\nconst c = require( './c' );\nconst d = await import('./d');\nimport './a';\n";
  assert.deepEqual(importCandidates(text), [
    { source: './a', offset: text.indexOf("'./a'") },
    { source: './b', offset: text.indexOf('"./b"') },
    { source: './c', offset: text.indexOf("'./c'") },
    { source: './d', offset: text.indexOf("'./d'") },
  ]);
});
