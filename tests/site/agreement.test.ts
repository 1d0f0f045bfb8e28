/**
 * Agreement with Docusaurus itself: a fixture site made of the link patterns of real versioned
 * sites (partials, @site/ links, a file path into another version among them) builds with every
 * broken-link option on "throw", and the check reports no error on it; break one link, in a page
 * or in a partial, and both refuse it.
 *
 * A new fixture built here sets `future.faster` (rspack, as this site builds). Webpack's
 * persistent cache, shared in node_modules/.cache/webpack, mixed up two copies of one fixture
 * built one after the other: the second failed in SSG ("reading 'id'"), or passed a mistake.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkSite } from '../../scripts/check/check-site.ts';
import type { Problem } from '../../scripts/check/problem.ts';
import { COLLECTING_EXPORT, renderingMarkdown } from '../helpers/anchor-components.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';

const DOCUSAURUS = path.join(__dirname, '..', '..', 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');

/** A fresh copy of a fixture (real-patterns by default) in the tests' output folder, as `name`. */
function copyFixture(name: string, fixture = 'real-patterns'): string {
  const dir = path.join(OUTPUT_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

/** Longer than any fixture's build here (under a minute); a build that hangs fails its test instead of the whole run. */
const BUILD_TIME_LIMIT_MS = 300_000;

function docusaurusBuild(dir: string) {
  const build = spawnSync(process.execPath, [DOCUSAURUS, 'build', dir, '--out-dir', path.join(dir, 'build')], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' }, timeout: BUILD_TIME_LIMIT_MS });
  // Stopped by the time limit, Docusaurus exits 0: never read that as a build that passed.
  assert.equal(build.error, undefined, `the build of ${dir} did not end: ${build.error?.message}`);
  return build;
}

/** A Docusaurus build of `dir` succeeds; its output's end is the failure message otherwise. */
function assertBuilds(dir: string): void {
  const build = docusaurusBuild(dir);
  assert.equal(build.status, 0, build.stdout.slice(-2000) + build.stderr.slice(-2000));
}

/** A Docusaurus build of `dir` fails, and the links it reports broken are exactly `links` (sorted). */
function assertBuildRefuses(dir: string, links: string[], what: string): void {
  const build = docusaurusBuild(dir);
  assert.notEqual(build.status, 0, what);
  assert.deepEqual([...(build.stdout + build.stderr).matchAll(/-> linking to (\S+)/g)].map(([, link]) => link).sort(), links);
}

/** Where a problem is, and what: `file:line:column severity rule`. */
const placeOf = (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`;

/** The check's problems in `dir`, cold, each as placeOf writes it. */
const problemPlaces = async (dir: string) => (await checkSite(dir, { cache: false })).problems.map(placeOf);

/** A Docusaurus build of `dir` fails, and says `words`: the mistake stops the real build, not something else. */
function assertBuildFails(dir: string, words: RegExp, what: string): void {
  const build = docusaurusBuild(dir);
  assert.notEqual(build.status, 0, what);
  assert.match(build.stdout + build.stderr, words);
}

test('a site Docusaurus builds with every broken-link setting on throw gets zero link errors', { timeout: 600_000 }, async () => {
  const dir = copyFixture('agreement-good');
  const build = docusaurusBuild(dir);
  assert.equal(build.status, 0, build.stderr.slice(-2000));
  const { problems, summary } = await checkSite(dir, { cache: false });
  // Docusaurus follows a file path into another version; the check only warns about it.
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), ['versioned_docs/version-0.9/index.md:5 warning version-link']);
  assert.ok(summary.links >= 20, `only ${summary.links} links were checked`);
});

test('one broken anchor: Docusaurus refuses to build and the check names the line', { timeout: 600_000 }, async () => {
  const dir = copyFixture('agreement-bad');
  const page = path.join(dir, 'docs', 'concepts.md');
  fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('#bundledeploymentoptions', '#bundle-deployment-options'));
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.rule}`), ['docs/concepts.md:9 broken-anchor']);
  assertBuildFails(dir, /bundle-deployment-options/, 'Docusaurus accepted the broken anchor');
});

test('one broken anchor in a partial: Docusaurus refuses to build and the check names the partial\'s line', { timeout: 600_000 }, async () => {
  const dir = copyFixture('agreement-bad-partial');
  const partial = path.join(dir, 'docs', '_partials', '_install.md');
  fs.writeFileSync(partial, fs.readFileSync(partial, 'utf8').replace('#helmoptions', '#helm-options'));
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.rule}`), ['docs/_partials/_install.md:3 broken-anchor']);
  assertBuildFails(dir, /helm-options/, 'Docusaurus accepted the broken anchor');
});

// ---- MDX: a clean check means a green build ------------------------------------------------

/** An MDX fixture (`mdx`, or `mdx-v4`) without its mistakes folder, plus `docs/mistake.md` when given. */
function mdxFixture(name: string, mistake?: string, fixture = 'mdx', folder = 'docs'): string {
  const dir = path.join(OUTPUT_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, fixture), dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
  if (mistake) fs.copyFileSync(path.join(FIXTURES, fixture, 'mistakes', `${mistake}.md`), path.join(dir, folder, 'mistake.md'));
  return dir;
}

test('MDX look-alikes (code, escapes, closed tags, imports, exports, comments) build, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-mdx-good');
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems, []);
  const started = performance.now();
  assertBuilds(dir);
  console.log(`# look-alikes build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

/** Pages that build, which the check only warns about: a page added to the mdx fixture, and the one warning. */
const MDX_WARNINGS: Record<string, { name: string; file: string; text: string; warning: string }> = {
  'an unused import of a name its module does not export builds: the check warns, and the import that works gets nothing': {
    name: 'unused-import',
    file: 'imports.md',
    text: "---\ntitle: Imports\n---\n\nimport {CodeBlock} from '@theme/CodeBlock';\nimport {Note} from '@site/src/components/Note';\n\n# Imports\n\n<Note>Careful.</Note>\n",
    warning: 'docs/imports.md:5 warning mdx-undefined',
  },
  'a page that reads process.env builds (the render runs in Node): the check only warns': {
    name: 'process-env',
    file: 'build-info.md',
    text: '---\ntitle: Build info\n---\n\nBuilt for {process.env.NODE_ENV}.\n',
    warning: 'docs/build-info.md:5 warning mdx-undefined',
  },
};

for (const [what, { name, file, text, warning }] of Object.entries(MDX_WARNINGS)) {
  test(what, { timeout: 600_000 }, async () => {
    const dir = mdxFixture(`agreement-mdx-${name}`);
    fs.writeFileSync(path.join(dir, 'docs', file), text);
    const { problems } = await checkSite(dir, { cache: false });
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), [warning]);
    assertBuilds(dir);
  });
}

/** Components of the site's behind a page's imports: what they import is bundled too (load/imports-behind.ts). */
const BEHIND_LOOK_ALIKES: Record<string, string> = {
  'src/components/Quiet.js': "// import Old from './Old';\nconst example = \"import x from './nowhere'\";\nexport default function Quiet() {\n  return <pre>{example}</pre>;\n}\n",
  'src/components/Typed.tsx': "import type { Shape } from './shape-types';\nimport { unused } from './not-written-yet';\n\nexport default function Typed(props: Partial<Shape>) {\n  return <b>{Object.keys(props).length}</b>;\n}\n",
  'src/components/Ping.js': "import { pong } from './Pong';\nexport default function Ping() {\n  return <i>{pong()}</i>;\n}\n",
  'src/components/Pong.js': "import Ping from './Ping';\nexport const pong = () => typeof Ping;\n",
  'docs/behind.md': "---\ntitle: Behind\n---\n\nimport Quiet from '@site/src/components/Quiet';\nimport Typed from '@site/src/components/Typed';\nimport Ping from '@site/src/components/Ping';\n\n# Behind\n\n<Quiet /> <Typed /> <Ping />\n",
  'src/pages/landing.js': "import React from 'react';\nimport Ping from '../components/Ping';\n\nexport default function Landing() {\n  return <main><Ping /></main>;\n}\n",
  // The site's theme components (load/bundled-theme-overrides.ts): a wrapper whose imports are all
  // there; a blog component on a site without a blog, and a helper nothing imports, whose
  // missing imports the build never reads.
  // Its import of ./Gone, never used, is dropped by the SWC loader (`future.faster`) that reads scripts as TypeScript.
  'src/theme/Footer/index.js': "import React from 'react';\nimport Footer from '@theme-original/Footer';\nimport Badge from './Badge';\nimport Gone from './Gone';\n\nexport default function FooterWrapper(props) {\n  return <><Badge /><Footer {...props} /></>;\n}\n",
  'src/theme/Footer/Badge.js': "export default function Badge() {\n  return null;\n}\n",
  'src/theme/BlogPostPage/index.js': "import React from 'react';\nimport Nope from './Nope';\n\nexport default function BlogPostPage() {\n  return <Nope />;\n}\n",
  'src/theme/Unused.js': "import Nope from './Nope';\n\nexport default Nope;\n",
  // @theme-init/NotFound: Docusaurus's fallback and the classic theme both provide it, so the alias exists.
  'src/theme/NotFound/index.js': "import React from 'react';\nimport NotFound from '@theme-init/NotFound';\n\nexport default function NotFoundWrapper(props) {\n  return <NotFound {...props} />;\n}\n",
  // A client module (the config's clientModules, below) whose import is there.
  'src/client/analytics.js': "import { send } from './transport';\n\nexport function onRouteDidUpdate({ location }) {\n  send(location.pathname);\n}\n",
  'src/client/transport.js': 'export const send = () => {};\n',
};

/** The mdx fixture with the config's clientModules set to `clientModules` (paths from the site's folder). */
function withClientModules(dir: string, clientModules: string[]): void {
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("  baseUrl: '/',\n", `  baseUrl: '/',\n  clientModules: ${JSON.stringify(clientModules)},\n`));
}

test('imports behind components that the build takes (a comment, a string, a type-only or unused TypeScript import, a cycle), from a page, a React page and a replaced theme component (@theme-init/ of one two themes provide among them), build, and so do theme files the build never bundles; the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-behind-good');
  for (const [file, text] of Object.entries(BEHIND_LOOK_ALIKES)) writeFixtureFile(dir, file, text);
  withClientModules(dir, ['./src/client/analytics.js']);
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
});

test('a component\'s import that resolves to nothing, behind a page\'s import and behind a React page\'s, and one in a replaced theme component (a path, and @theme-init/ of a component one theme alone provides) and in a client module (the config\'s, and a local plugin\'s): the check names each import line, and Docusaurus refuses to build', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-behind-missing');
  withClientModules(dir, ['./src/client/analytics.js']);
  writeFixtureFile(dir, 'src/client/analytics.js', BEHIND_LOOK_ALIKES['src/client/analytics.js']);
  writeFixtureFile(dir, 'src/theme/Footer/index.js', "import React from 'react';\nimport Footer from '@theme-original/Footer';\nimport Badge from './Badge';\n\nexport default function FooterWrapper(props) {\n  return <><Badge /><Footer {...props} /></>;\n}\n");
  writeFixtureFile(dir, 'src/components/Logos.js', "import names from './Logos.generated';\n\nexport default function Logos() {\n  return <ul>{names.map((name) => <li key={name}>{name}</li>)}</ul>;\n}\n");
  writeFixtureFile(dir, 'docs/logos.md', "---\ntitle: Logos\n---\n\nimport Logos from '@site/src/components/Logos';\n\n# Logos\n\n<Logos />\n");
  writeFixtureFile(dir, 'src/pages/landing.js', "import React from 'react';\nimport Hero from './_hero';\n\nexport default function Landing() {\n  return <main><Hero /></main>;\n}\n");
  // Only the classic theme provides CodeBlock: Docusaurus makes no @theme-init/CodeBlock.
  writeFixtureFile(dir, 'src/theme/CodeBlock/index.js', "import React from 'react';\nimport CodeBlock from '@theme-init/CodeBlock';\n\nexport default function CodeBlockWrapper(props) {\n  return <CodeBlock {...props} />;\n}\n");
  // A local plugin's client module (getClientModules), which every page bundles too.
  writeFixtureFile(dir, 'src/plugins/tracking.js', "const path = require('path');\n\nmodule.exports = function tracking() {\n  return { name: 'tracking', getClientModules() { return [path.resolve(__dirname, './tracking-client.js')]; } };\n};\n");
  writeFixtureFile(dir, 'src/plugins/tracking-client.js', "import { sendBeacon } from './beacon';\n\nexport function onRouteDidUpdate() {\n  sendBeacon();\n}\n");
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("  presets: [", "  plugins: ['./src/plugins/tracking.js'],\n  presets: ["));
  assert.deepEqual(await problemPlaces(dir), ['docs/logos.md:5:1 error broken-link', 'src/client/analytics.js:1:22 error broken-link', 'src/pages/landing.js:2:18 error broken-link', 'src/plugins/tracking-client.js:1:28 error broken-link', 'src/theme/CodeBlock/index.js:2:23 error broken-link', 'src/theme/Footer/index.js:3:19 error broken-link']);
  const build = docusaurusBuild(dir);
  assert.notEqual(build.status, 0);
  assert.match(build.stdout + build.stderr, /Can't resolve '\.\/Logos\.generated'/);
  assert.match(build.stdout + build.stderr, /Can't resolve '\.\/_hero'/);
  assert.match(build.stdout + build.stderr, /Can't resolve '\.\/Badge'/);
  assert.match(build.stdout + build.stderr, /Can't resolve '\.\/transport'/);
  assert.match(build.stdout + build.stderr, /Can't resolve '@theme-init\/CodeBlock'/);
  assert.match(build.stdout + build.stderr, /Can't resolve '\.\/beacon'/);
});

/** The mdx fixture with the theme's customCss set to `customCss` (paths from the site's folder). */
function withCustomCss(dir: string, customCss: string[]): void {
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("blog: false }]]", `blog: false, theme: { customCss: ${JSON.stringify(customCss)} } }]]`));
}

test('stylesheets whose references css-loader takes (addresses it leaves alone, paths from static/, @site/ and beside them) build, in customCss and imported by a page, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-css-good');
  withCustomCss(dir, ['./src/css/custom.css']);
  writeFixtureFile(dir, 'src/css/custom.css', [
    '/* url(./commented-out.png) and @import "./nope.css"; */',
    '@import "./parts/cards.css";',
    '@import url("https://fonts.example.com/css?family=Inter");',
    ':root { --hero: url(/img/ok.png); }',
    '.a { background: url(data:image/png;base64,iVBORw0KGgo=); }',
    '.b { fill: url("#gradient"); }',
    '.c { background: url(//cdn.example.com/x.png); }',
    '.e { background: url("@site/static/img/ok.png"); }',
    ".f { background: url('../img/shield.svg?v=2#frag'); }",
    '.g::after { content: "url(./in-a-string.png)"; }',
    '',
  ].join('\n'));
  writeFixtureFile(dir, 'src/css/parts/cards.css', '.card { background-image: url(../../img/shield.svg); }\n');
  writeFixtureFile(dir, 'static/img/ok.png', 'not read');
  writeFixtureFile(dir, 'docs/styled.md', "---\ntitle: Styled\n---\n\nimport './styled.css';\n\n# Styled\n");
  writeFixtureFile(dir, 'docs/styled.css', '.x { background-image: url(/img/ok.png); }\n');
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
});

test('stylesheets with references to nothing (an @import and a url() in customCss, a customCss that is not there, a url() in a stylesheet a page imports): the check names each, and Docusaurus refuses to build', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-css-missing');
  // One mistake per stylesheet: the bundler stops reading a stylesheet at its first.
  withCustomCss(dir, ['./src/css/custom.css', './src/css/more.css', './src/css/gone.css']);
  writeFixtureFile(dir, 'src/css/custom.css', '@import "./missing.css";\n');
  writeFixtureFile(dir, 'src/css/more.css', '.hero {\n  background: url("../img/nope.png");\n}\n');
  writeFixtureFile(dir, 'docs/styled.md', "---\ntitle: Styled\n---\n\nimport './styled.css';\n\n# Styled\n");
  writeFixtureFile(dir, 'docs/styled.css', '.x { background-image: url("./gone.png"); }\n');
  assert.deepEqual(await problemPlaces(dir), [
    'docs/styled.md:5:1 error broken-link',
    `docusaurus.config.js:${fs.readFileSync(path.join(dir, 'docusaurus.config.js'), 'utf8').split('\n').findIndex((line) => line.includes('gone.css')) + 1}:${fs.readFileSync(path.join(dir, 'docusaurus.config.js'), 'utf8').split('\n').find((line) => line.includes('gone.css'))!.indexOf('./src/css/gone.css') + 1} error broken-link`,
    'src/css/custom.css:1:1 error broken-link',
    'src/css/more.css:2:15 error broken-link',
  ]);
  const build = docusaurusBuild(dir);
  assert.notEqual(build.status, 0);
  const output = build.stdout + build.stderr;
  for (const missing of ['./missing.css', '../img/nope.png', 'src/css/gone.css', './gone.png']) assert.ok(output.includes(missing), `the build names ${missing}:\n${output.slice(-3000)}`);
});

/** The mdx fixture with `staticDirectories`, a page with an image and a file link from the root, and a customCss with a url() from the root; their files in `assetsFolder`. */
function staticFoldersFixture(name: string, staticDirectories: string[], assetsFolder: string): string {
  const dir = mdxFixture(name);
  withCustomCss(dir, ['./src/css/custom.css']);
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("  baseUrl: '/',\n", `  baseUrl: '/',\n  staticDirectories: ${JSON.stringify(staticDirectories)},\n`));
  writeFixtureFile(dir, 'src/css/custom.css', '.hero { background: url(/img/served-hero.png); }\n');
  writeFixtureFile(dir, 'docs/served.md', '---\ntitle: Served\n---\n\n# Served\n\n![logo](/img/served-logo.png)\n\n[the sheet](/files/served-sheet.pdf)\n');
  for (const file of ['img/served-hero.png', 'img/served-logo.png', 'files/served-sheet.pdf']) {
    fs.mkdirSync(path.dirname(path.join(dir, assetsFolder, file)), { recursive: true });
    fs.copyFileSync(path.join(dir, 'docs', 'pixel.png'), path.join(dir, assetsFolder, file));
  }
  return dir;
}

test('staticDirectories: files from the root in a second static folder (an image, a file link, a stylesheet\'s url()) build, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = staticFoldersFixture('agreement-static-folders-good', ['static', 'public'], 'public');
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
});

test('staticDirectories without static/: the image and the url() of files left there stop the build, and the check names each', { timeout: 600_000 }, async () => {
  const dir = staticFoldersFixture('agreement-static-folders-missing', ['public'], 'static');
  assert.deepEqual(await problemPlaces(dir), ['docs/served.md:7:1 error broken-link', 'docs/served.md:9:1 error broken-link', 'src/css/custom.css:1:21 error broken-link']);
  const build = docusaurusBuild(dir);
  assert.notEqual(build.status, 0);
  const output = build.stdout + build.stderr;
  for (const missing of ['/img/served-logo.png', '/img/served-hero.png']) assert.ok(output.includes(missing), `the build names ${missing}:\n${output.slice(-3000)}`);
});

test('prism.additionalLanguages naming a language Prism has no component for (yml): every page stops in static rendering, and the check names the line; those Prism has build', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-prism-languages');
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("blog: false }]],\n", "blog: false }]],\n  themeConfig: {\n    prism: { additionalLanguages: ['bash', 'yml', 'toml'] },\n  },\n"));
  assert.deepEqual(await problemPlaces(dir), ['docusaurus.config.js:16:44 error config']);
  assertBuildFails(dir, /Cannot find module '\.\/prism-yml'/, 'Docusaurus built a site whose Prism languages include one Prism does not have');
});

test('a page that exports `name` fails static rendering (Docusaurus copies a page\'s exports onto its content function): the check names the export; `displayName`, and a partial\'s `name`, build', { timeout: 600_000 }, async () => {
  const files = {
    'docs/exports.mdx': "export const displayName = 'Exports';\n\nimport Part from './_part.mdx';\n\n# Exports\n\n<Part />\n",
    'docs/_part.mdx': "export const name = 'Bob';\n\nHi {name}.\n",
  };
  const good = mdxFixtureWith('agreement-route-exports-good', files);
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = mdxFixtureWith('agreement-route-exports-bad', { ...files, 'docs/named.mdx': "export const name = 'Alice';\n\n# Named\n\nHello {name}.\n" });
  assert.deepEqual(await problemPlaces(bad), ['docs/named.mdx:1:1 error mdx-render']);
  assertBuildFails(bad, /Cannot assign to read only property 'name' of function/, 'Docusaurus built a page that exports name');
});

test('a helper module kept in src/pages (an ES module with no default export) is a page the build cannot render: the check names the file, and Docusaurus refuses to build; as _helpers.js it builds', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-page-no-default');
  writeFixtureFile(dir, 'src/pages/helpers.js', 'export const helper = (x) => x * 2;\n');
  assert.deepEqual(await problemPlaces(dir), ['src/pages/helpers.js:1:1 error page-file']);
  assertBuildFails(dir, /The page component at \/helpers doesn't have a default export/, 'Docusaurus built a page with no default export');
  fs.renameSync(path.join(dir, 'src/pages/helpers.js'), path.join(dir, 'src/pages/_helpers.js'));
  fs.rmSync(path.join(dir, 'build'), { recursive: true, force: true });
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
});

function writeFixtureFile(dir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

test('names only functions the build never runs read (a component nothing renders, an event handler, a function a component is given and calls on a click) build: the check warns, and reports no error', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-mdx-deferred');
  fs.writeFileSync(path.join(dir, 'docs', 'deferred.md'), [
    '---', 'title: Deferred', '---', '',
    "import {Missing} from '@theme/CodeBlock';", '',
    'export const helper = () => nope;',
    'export function Box() { return <Nope />; }',
    'export const useMissing = () => <Missing />;',
    'export class Thing { run() { return absent; } }',
    'export const Button = () => <button onClick={() => clicked()}>Go</button>;',
    "export const Opener = ({go}) => <button onClick={() => go('/a')}>Open</button>;", '',
    '# Deferred', '',
    '<Button />', '',
    '<button onClick={() => alsoClicked()}>Again</button>', '',
    // algolia/docsearch's pattern: `window` in a function the component calls on a click only.
    '<Opener go={(url) => window.open(url)} />', '',
  ].join('\n'));
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), [
    'docs/deferred.md:5 warning mdx-undefined', 'docs/deferred.md:7 warning mdx-undefined', 'docs/deferred.md:8 warning mdx-undefined',
    'docs/deferred.md:10 warning mdx-undefined', 'docs/deferred.md:11 warning mdx-undefined', 'docs/deferred.md:18 warning mdx-undefined',
    'docs/deferred.md:20 warning mdx-undefined',
  ]);
  assertBuilds(dir);
});

test('definitions as references use them: a link reference to a file or a static file breaks the build, and the check names the line; image references and unused ones (one to an anchor that is not there) build, with a warning for the image', { timeout: 600_000 }, async () => {
  const page = (definition: string) => `---\ntitle: References\n---\n\nSee [the sheet][sheet].\n\n${definition}\n`;
  for (const [name, definition] of [['file', '[sheet]: ./pixel.png'], ['static', '[sheet]: /files/sheet.pdf']]) {
    const dir = mdxFixture(`agreement-reference-${name}`);
    fs.mkdirSync(path.join(dir, 'static', 'files'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'static', 'files', 'sheet.pdf'), 'x');
    fs.writeFileSync(path.join(dir, 'docs', 'refs.md'), page(definition));
    const { problems } = await checkSite(dir, { cache: false });
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), ['docs/refs.md:7 error broken-link'], name);
    assertBuildFails(dir, /Docusaurus found broken links[\s\S]*\/refs/, `Docusaurus built a reference link to a ${name}`);
  }
  const dir = mdxFixture('agreement-reference-images');
  fs.writeFileSync(path.join(dir, 'docs', 'refs.md'), '---\ntitle: References\n---\n\n![A diagram][diagram]\n\n[diagram]: ./missing-diagram.png\n[unused]: ./nowhere.pdf\n[old name]: ./index.md#a-section-long-gone\n');
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), ['docs/refs.md:7 warning broken-link']);
  assertBuilds(dir);
});

// Each mistake built on its own, as the issue asks: a site with two mistakes shows only the
// first that Docusaurus meets. Where the check says it fails (file:line), the build must fail.
const MDX_MISTAKES: Record<string, { line: number; rule: string; build: RegExp; file?: string }> = {
  'lt-digit': { line: 5, rule: 'mdx-syntax', build: /MDX compilation failed/ },
  // An HTML comment's heading id is CommonMark's: MDX drops the comment, so the id is the text's.
  'html-comment-id': { line: 7, rule: 'broken-anchor', build: /linking to \S*#setup-steps/ },
  'unclosed-details': { line: 7, rule: 'mdx-syntax', build: /MDX compilation failed/ },
  br: { line: 5, rule: 'mdx-syntax', build: /MDX compilation failed/ },
  img: { line: 5, rule: 'mdx-syntax', build: /MDX compilation failed/ },
  autolink: { line: 5, rule: 'mdx-syntax', build: /MDX compilation failed/ },
  'unfinished-comment': { line: 5, rule: 'mdx-syntax', build: /MDX compilation failed/ },
  'undefined-name': { line: 5, rule: 'mdx-undefined', build: /someName/ },
  // A name read only inside a function, which the page then runs (model/mdx-reach.ts).
  'function-called': { line: 5, rule: 'mdx-undefined', build: /ReferenceError: releases is not defined/ },
  // The loader re-exports metadata from another module: the page itself has no such name.
  'metadata-read': { line: 5, rule: 'mdx-undefined', build: /ReferenceError: metadata is not defined/ },
  'component-rendered': { line: 5, rule: 'mdx-undefined', build: /Expected component `Step` to be defined/ },
  'tabs-not-imported': { line: 7, rule: 'mdx-undefined', build: /static site generation failed for 1 paths:\s*- "\/mistake"/ },
  'missing-import': { line: 5, rule: 'broken-link', build: /Nope/ },
  // A name its module does not export: webpack warns, and the render finds it undefined.
  'import-named-default': { line: 5, rule: 'mdx-undefined', build: /export 'CodeBlock' \(imported as 'CodeBlock'\) was not found in '@theme\/CodeBlock'[\s\S]*static site generation failed for 1 paths/ },
  'import-default-missing': { line: 5, rule: 'mdx-undefined', build: /export 'default' \(imported as 'Note'\) was not found[\s\S]*static site generation failed for 1 paths/ },
  'link-component': { line: 7, rule: 'broken-link', build: /linking to \/no-such-page/ },
  // Docusaurus's Heading renders an h1 without its id (docs/component-anchors.md has the ones it keeps).
  'heading-h1-anchor': { line: 7, rule: 'broken-anchor', build: /linking to #page-title/ },
  'require-missing': { line: 5, rule: 'broken-link', build: /Can't resolve '\.\/missing-diagram\.png'/ },
  'dynamic-import-missing': { line: 5, rule: 'broken-link', build: /Can't resolve '\.\/missing-widgets\.js'/ },
  'require-site-missing': { line: 5, rule: 'broken-link', build: /@site\/static\/img\/no-logo\.png/ },
  'head-div': { line: 7, rule: 'mdx-render', build: /Helmet does not support rendering <div> elements/ },
  'head-text': { line: 8, rule: 'mdx-render', build: /Helmet does not support rendering <p> elements/ },
  'front-matter-deep-read': { line: 5, rule: 'mdx-render', build: /Cannot read properties of undefined \(reading 'owner'\)/ },
  'toc-entry-rendered': { line: 5, rule: 'mdx-render', build: /Objects are not valid as a React child/ },
  // Data known without running the page: its own export of data written out, and imported JSON.
  'export-deep-read': { line: 7, rule: 'mdx-render', build: /Cannot read properties of undefined \(reading 'port'\)/ },
  'json-deep-read': { line: 7, rule: 'mdx-render', build: /Cannot read properties of undefined \(reading 'tcp'\)/ },
  'codeblock-language-number': { line: 7, rule: 'mdx-render', build: /language\?\.toLowerCase is not a function/ },
  'head-title-lines': { line: 6, rule: 'mdx-render', build: /Helmet expects a string as a child of <title>/ },
  // <Head> from @docusaurus/Head is the Head a page's <head> becomes.
  'head-component-div': { line: 9, rule: 'mdx-render', build: /Helmet does not support rendering <div> elements/ },
  'export-twice': { line: 9, rule: 'mdx-syntax', build: /Duplicate export of 'port'/ },
  'export-front-matter': { line: 5, rule: 'mdx-syntax', build: /Duplicate export of 'frontMatter'/ },
  // <Tabs> and <TabItem> as the theme refuses them when it renders the page.
  'tabs-duplicate': { line: 14, rule: 'mdx-render', build: /Duplicate values "'helm'" found in <Tabs>/ },
  'tabs-text-child': { line: 10, rule: 'mdx-render', build: /Bad <Tabs> child <p>/ },
  'tabs-default': { line: 8, rule: 'mdx-render', build: /has a defaultValue "windows" but none of its children has the corresponding value/ },
  'tabs-item-outside': { line: 7, rule: 'mdx-render', build: /useTabsContext\(\) must be used within a Tabs component/ },
  'tabs-no-value': { line: 9, rule: 'mdx-render', build: /Bad <Tabs> child <TabItem>/ },
  'tabs-query-no-group': { line: 8, rule: 'mdx-render', build: /groupId prop is required if queryString=true/ },
  'tabs-values-duplicate': { line: 8, rule: 'mdx-render', build: /Duplicate values "'helm'" found in <Tabs>/ },
  // JSX that compiles and that React refuses when the page is rendered.
  'style-text': { line: 7, rule: 'mdx-render', build: /The `style` prop expects a mapping from style properties to values, not a string/ },
  'br-children': { line: 5, rule: 'mdx-render', build: /br is a void element tag and must neither have `children`|br is a self-closing tag and must neither have `children`/ },
  'img-caption': { line: 5, rule: 'mdx-render', build: /img is a (?:void element|self-closing) tag and must neither have `children`/ },
  'style-expression': { line: 7, rule: 'mdx-render', build: /The `style` prop expects a mapping from style properties to values, not a string/ },
  'render-object': { line: 9, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: object with keys \{latest, oldest\}\)/ },
  'render-front-matter': { line: 7, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: object with keys \{title\}\)/ },
  'render-toc': { line: 7, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: object with keys \{value, id, level\}\)/ },
  'render-props': { line: 7, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: object with keys \{\}\)/ },
  'render-object-literal': { line: 7, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: object with keys \{port, tls\}\)/ },
  'render-regex': { line: 7, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: \[object RegExp\]\)/ },
  'render-date': { line: 7, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: \[object Date\]\)/ },
  // A partial's read of a prop its element does not give: the error is at the read, in the partial.
  'partial-prop-missing': { file: 'docs/_agent.mdx', line: 1, rule: 'mdx-render', build: /Cannot read properties of undefined \(reading 'port'\)/ },
  'render-builtin': { line: 7, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: \[object JSON\]\)/ },
  // An element of a name the page exports as data: a number, text that is no tag name, a key it does not hold.
  'element-of-number': { line: 9, rule: 'mdx-render', build: /Element type is invalid: expected a string \(for built-in components\) or a class\/function \(for composite components\) but got: number/ },
  'element-of-text': { line: 9, rule: 'mdx-render', build: /Invalid tag: 2\.9/ },
  'element-member-undefined': { line: 9, rule: 'mdx-render', build: /Expected component `ports\.console` to be defined/ },
  // MDX tests a member element's names before anything renders: a tab the build leaves out does not hide it.
  'element-member-in-lazy-tab': { line: 14, rule: 'mdx-render', build: /Expected component `ports\.console` to be defined/ },
  'element-member-in-expression': { line: 11, rule: 'mdx-render', build: /Expected component `ports\.console` to be defined/ },
  // A call of what the page holds as data, and is no function.
  'call-not-function': { line: 9, rule: 'mdx-render', build: /TypeError: ports\.map is not a function/ },
  'call-front-matter-text': { line: 8, rule: 'mdx-render', build: /TypeError: frontMatter\.platforms\.join is not a function/ },
  // Inside the theme's components that render their children as they are given.
  'render-in-codeblock': { line: 9, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: object with keys \{port, tls\}\)/ },
  'render-in-admonition': { line: 10, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: object with keys \{port\}\)/ },
  'render-in-details': { line: 10, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: object with keys \{port\}\)/ },
  'render-in-tabitem': { line: 12, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: \[object Date\]\)/ },
  'render-in-link': { line: 9, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: \[object RegExp\]\)/ },
  'render-in-fragment': { line: 7, rule: 'mdx-render', build: /Objects are not valid as a React child \(found: object with keys \{port\}\)/ },
  // Theme components without the prop they read to render.
  'tocinline-no-toc': { line: 7, rule: 'mdx-render', build: /Cannot read properties of undefined \(reading 'map'\)/ },
  'themed-image-no-sources': { line: 7, rule: 'mdx-render', build: /Cannot read properties of undefined \(reading 'light'\)/ },
  'heading-no-as': { line: 7, rule: 'mdx-render', build: /Element type is invalid/ },
  'doccard-no-item': { line: 7, rule: 'mdx-render', build: /Cannot read properties of undefined \(reading 'type'\)/ },
  // <DocCardList /> lists the cards of the page's sidebar, and throws on a page that shows none.
  'doccardlist-no-sidebar': { line: 8, rule: 'mdx-render', build: /Unexpected: cant find current sidebar in context/ },
  'hook-top-level': { line: 7, rule: 'mdx-render', build: /Cannot read properties of null \(reading 'useContext'\)/ },
  'inner-html-text': { line: 5, rule: 'mdx-render', build: /`props.dangerouslySetInnerHTML` must be in the form `\{__html: \.\.\.\}`/ },
  'inner-html-children': { line: 7, rule: 'mdx-render', build: /Can only set one of `children` or `props.dangerouslySetInnerHTML`/ },
  'inner-html-shape': { line: 7, rule: 'mdx-render', build: /`props.dangerouslySetInnerHTML` must be in the form `\{__html: \.\.\.\}`/ },
  // React reads a <textarea>'s content as its value.
  'textarea-value-children': { line: 7, rule: 'mdx-render', build: /If you supply `defaultValue` on a <textarea>, do not pass children/ },
  'textarea-children': { line: 7, rule: 'mdx-render', build: /<textarea> can only have at most one child/ },
  // An imported SVG goes through SVGR, whose SVGO parser stops the bundle.
  'svg-unclosed': { line: 5, rule: 'broken-link', build: /SvgoParserError[\s\S]*unclosed\.svg:1:\d+: Invalid attribute name/ },
  // Other files a page imports, read as the bundler reads them.
  'import-json-broken': { line: 5, rule: 'broken-link', build: /Module parse failed[\s\S]*JSON parse error/ },
  'import-text': { line: 5, rule: 'broken-link', build: /Module parse failed[\s\S]*JavaScript parse error/ },
  // Markdown inside an element: MDX reads it as Markdown (CommonMark as raw HTML), and Docusaurus checks it.
  'jsx-inline-image': { line: 5, rule: 'broken-link', build: /Markdown image with URL `\.\/missing-diagram\.png`[\s\S]*couldn't be resolved/ },
  'jsx-block-link': { line: 7, rule: 'broken-link', build: /Markdown link with URL `\.\/no-such-page\.md`[\s\S]*couldn't be resolved/ },
  // A fence inside tabs, with a blank line in its code: CommonMark's HTML block ends there, MDX reads the fence and the link after the tabs.
  'tabs-fence-link': { line: 18, rule: 'broken-link', build: /Markdown link with URL `\.\/no-such-guide\.md`[\s\S]*couldn't be resolved/ },
  // MDX has no indented code: four spaces in, a link is a link, and Docusaurus checks it.
  'indented-link': { line: 7, rule: 'broken-link', build: /Markdown link with URL `\.\/no-such-guide\.md`[\s\S]*couldn't be resolved/ },
  'list-indented-image': { line: 7, rule: 'broken-link', build: /Markdown image with URL `\.\/missing-settings\.png`[\s\S]*couldn't be resolved/ },
  // A `# comment` line of a template is a heading to CommonMark, and no anchor to MDX.
  'template-comment-anchor': { line: 9, rule: 'broken-anchor', build: /install-the-chart/ },
  // A GFM table cuts its rows at every `|`, code spans too: the link after the cut is a link.
  // An mdx-code-block fence is unwrapped before MDX reads the page: what it holds is Markdown.
  'mdx-code-block-link': { line: 6, rule: 'broken-link', build: /Markdown link with URL `\.\/no-such-guide\.md`[\s\S]*couldn't be resolved/ },
  'table-code-span': { line: 7, rule: 'broken-link', build: /Markdown link with URL `\.\/no-such-guide\.md`[\s\S]*couldn't be resolved/ },
  // YAML that parses as JavaScript (a label, then a name) and fails as the page loads.
  'import-yaml-runs': { line: 5, rule: 'broken-link', build: /ReferenceError: fleet is not defined/ },
  'import-loader-missing': { line: 5, rule: 'broken-link', build: /Unable to resolve loader raw-loader|Can't resolve 'raw-loader'/ },
  // Node.js's modules: the browser bundle has none (`events` builds: webpack's own dependency is installed under that name).
  'import-node-module': { line: 5, rule: 'broken-link', build: /Can't resolve 'fs'/ },
  'import-node-scheme': { line: 5, rule: 'broken-link', build: /Reading from "node:path" is not handled by plugins/ },
  // Docusaurus's <Translate> throws on anything but one text, and on nothing without an id.
  'translate-markup': { line: 7, rule: 'mdx-render', build: /The Docusaurus <Translate> component only accept simple string values/ },
  'translate-block': { line: 7, rule: 'mdx-render', build: /The Docusaurus <Translate> component only accept simple string values/ },
  'translate-empty': { line: 7, rule: 'mdx-render', build: /must have at least a translation id or a default translation message/ },
  // So does <Interpolate>: a paragraph (the message on lines of its own) is no string.
  'interpolate-block': { line: 7, rule: 'mdx-render', build: /The Docusaurus <Interpolate> component only accept simple string values\. Received: React element/ },
};

// Front matter Docusaurus refuses as it reads it (@11ty/gray-matter and js-yaml 4): built the same way.
const FRONT_MATTER_MISTAKES: Record<string, { line: number; rule: string; build: RegExp }> = {
  'fm-unclosed': { line: 1, rule: 'front-matter', build: /can not read a block mapping entry/ },
  'fm-dots': { line: 3, rule: 'front-matter', build: /expected a single document/ },
  'fm-sexagesimal': { line: 3, rule: 'front-matter', build: /sidebar_position/ },
  'fm-pagination-missing': { line: 3, rule: 'front-matter', build: /points to a non-existent ID no-such-doc/ },
  'fm-displayed-sidebar': { line: 3, rule: 'front-matter', build: /wants to display sidebar noSuchSidebar/ },
  'fm-mdx-format': { line: 3, rule: 'front-matter', build: /"format" must be one of \[md, mdx, detect\]/ },
};

for (const [mistake, expected] of Object.entries({ ...MDX_MISTAKES, ...FRONT_MATTER_MISTAKES })) {
  test(`mistake ${mistake}: the check reports an error at its line and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = mdxFixture(`agreement-mdx-${mistake}`, mistake);
    const { problems } = await checkSite(dir, { cache: false });
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.rule}`);
    assert.ok(errors.includes(`${'file' in expected ? expected.file : 'docs/mistake.md'}:${expected.line} ${expected.rule}`), errors.join('\n'));
    const started = performance.now();
    const build = docusaurusBuild(dir);
    console.log(`# ${mistake} build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    assert.notEqual(build.status, 0, `Docusaurus built the page with ${mistake}`);
    assert.match(build.stdout + build.stderr, expected.build);
  });
}

// ---- Heading ids that keep their case (markdown.anchors.maintainCase) --------------------------

test('markdown.anchors.maintainCase: links to ids in the headings\' case build, and the check reports nothing; one in lower case stops both', { timeout: 600_000 }, async () => {
  const dir = path.join(OUTPUT_DIR, 'agreement-anchors-case');
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, 'anchors-case'), dir, { recursive: true });
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
  fs.appendFileSync(path.join(dir, 'docs', 'index.md'), '\nAnd [in lower case](./settings.md#nodelinker).\n');
  assert.deepEqual(await problemPlaces(dir), ['docs/index.md:8:5 error broken-anchor']);
  assertBuildFails(dir, /linking to \S*#nodelinker/, 'Docusaurus built a link to a heading id in the wrong case');
});

// ---- Symbolic links in the docs folder ---------------------------------------------------------

/** The anchors-case fixture, copied as it is. */
function anchorsCaseFixture(name: string): string {
  const dir = path.join(OUTPUT_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, 'anchors-case'), dir, { recursive: true });
  return dir;
}

// Built with Rspack, as this site builds: a Webpack build of links can pass on a persistent cache
// made before them (Docusaurus keeps Webpack's cache for every site under one folder here), and
// fails from a clean one, as in CI.

test('a page that is a symbolic link inside the docs folder, or in a linked folder, stops the build at its static render; the check names each, and not a link to nothing', { timeout: 600_000 }, async () => {
  const dir = anchorsCaseFixture('agreement-linked-pages');
  fs.mkdirSync(path.join(dir, 'shared', 'more'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'shared', 'linked.md'), '---\ntitle: Linked\n---\n\nShared text.\n');
  fs.writeFileSync(path.join(dir, 'shared', 'more', 'inside.md'), '---\ntitle: Inside\n---\n\nMore shared text.\n');
  fs.symlinkSync('../shared/linked.md', path.join(dir, 'docs', 'linked.md'));
  fs.symlinkSync('../shared/more', path.join(dir, 'docs', 'more'));
  fs.symlinkSync('../nowhere/gone.md', path.join(dir, 'docs', 'gone.md'));
  assert.deepEqual(await problemPlaces(dir), ['docs/linked.md:1:1 error page-file', 'docs/more/inside.md:1:1 error page-file']);
  assertBuildFails(dir, /Can't render static file for pathname "\/linked"[\s\S]*reading 'id'/, 'Docusaurus built a page that is a symbolic link');
});

test('a page linked to an older version\'s published page renders that page (its import and link resolved from the real file) and builds; the check reports nothing. Linked to a file that is no page, it stops both', { timeout: 600_000 }, async () => {
  const files = {
    'versions.json': '["1.0"]\n',
    'versioned_sidebars/version-1.0-sidebars.json': '{"docs":[{"type":"autogenerated","dirName":"."}]}\n',
    'docs/index.md': optionsHome('See [the legacy tap](./legacy/tap.md).'),
    'versioned_docs/version-1.0/index.md': '---\nslug: /\n---\n\n# Old home\n',
    'versioned_docs/version-1.0/gestures/tap.md': '# Tap\n\nimport Ex from "../examples/Tap";\n\n<Ex />\n\nSee [pan](pan.md).\n',
    'versioned_docs/version-1.0/gestures/pan.md': '# Pan\n',
    'versioned_docs/version-1.0/examples/Tap.js': 'export default function Tap() { return null; }\n',
    'versioned_docs/version-1.0/_parts/tap.md': '# Tap\n',
  };
  const good = optionsSite('agreement-linked-to-a-page', files);
  fs.mkdirSync(path.join(good, 'docs', 'legacy'));
  fs.symlinkSync('../../versioned_docs/version-1.0/gestures/tap.md', path.join(good, 'docs', 'legacy', 'tap.md'));
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = optionsSite('agreement-linked-to-no-page', files);
  fs.mkdirSync(path.join(bad, 'docs', 'legacy'));
  fs.symlinkSync('../../versioned_docs/version-1.0/_parts/tap.md', path.join(bad, 'docs', 'legacy', 'tap.md'));
  assert.deepEqual(await problemPlaces(bad), ['docs/legacy/tap.md:1:1 error page-file']);
  assertBuildFails(bad, /reading 'id'/, 'Docusaurus built a page linked to a file that is no page');
});

test('a docs folder that is itself a symbolic link stops the build at every page; the check names each', { timeout: 600_000 }, async () => {
  const dir = anchorsCaseFixture('agreement-linked-docs-folder');
  fs.renameSync(path.join(dir, 'docs'), path.join(dir, 'content'));
  fs.symlinkSync('content', path.join(dir, 'docs'));
  assert.deepEqual(await problemPlaces(dir), ['docs/index.md:1:1 error page-file', 'docs/settings.md:1:1 error page-file']);
  assertBuildFails(dir, /Can't render static file for pathname "\/"[\s\S]*reading 'id'/, 'Docusaurus built a docs folder that is a symbolic link');
});

test('a link to nothing in the docs folder is no page: the site builds, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = anchorsCaseFixture('agreement-link-to-nothing');
  fs.symlinkSync('../nowhere/gone.md', path.join(dir, 'docs', 'gone.md'));
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
});

// ---- MDX without its MDX 1 compatibility (future.v4) ------------------------------------------

test('future.v4: heading ids written as MDX comments, MDX comments, escapes and code build, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-mdx-v4-good', undefined, 'mdx-v4');
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
});

// Where the build says it stops: at the `#` of `{#`, at the `!` of `<!--`.
const MDX_V4_MISTAKES: Record<string, { at: string; build: RegExp }> = {
  'heading-id': { at: 'docs/mistake.md:5:16 error mdx-syntax', build: /Could not parse expression with acorn/ },
  'html-comment': { at: 'docs/mistake.md:5:12 error mdx-syntax', build: /Unexpected character `!` \(U\+0021\) before name/ },
};

for (const [mistake, expected] of Object.entries(MDX_V4_MISTAKES)) {
  test(`future.v4, mistake ${mistake}: the check reports an error where the build stops, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = mdxFixture(`agreement-mdx-v4-${mistake}`, mistake, 'mdx-v4');
    assert.deepEqual(await problemPlaces(dir), [expected.at]);
    assertBuildFails(dir, expected.build, `Docusaurus built the page with ${mistake}`);
  });
}

// ---- Syntax a site's own remark plugins add (remark-math) ----------------------------------

test('remark-math: `<1`, braces and a link inside math, a heading with math and a blog post with math build, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-site-syntax-good', undefined, 'site-syntax');
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
});

const SITE_SYNTAX_MISTAKES: Record<string, { at: string; build: RegExp }> = {
  'lt-outside-math': { at: 'docs/mistake.md:5:43 error mdx-syntax', build: /Unexpected character `1` \(U\+0031\) before name/ },
  'link-beside-math': { at: 'docs/mistake.md:5:20 error broken-link', build: /gone\.md/ },
};

for (const [mistake, expected] of Object.entries(SITE_SYNTAX_MISTAKES)) {
  test(`remark-math, mistake ${mistake} in a page that holds math: the check reports an error where the build stops, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = mdxFixture(`agreement-site-syntax-${mistake}`, mistake, 'site-syntax');
    assert.deepEqual(await problemPlaces(dir), [expected.at]);
    assertBuildFails(dir, expected.build, `Docusaurus built the page with ${mistake}`);
  });
}

// ---- Names a site's own remark plugins take away ------------------------------------------

test('remark plugins of the site\'s that make `{{optional}}` a badge and import the Tabs a page uses: the page builds, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-site-transforms-good', undefined, 'site-transforms');
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
});

test('remark plugins of the site\'s, a name they leave (`{{required}}`): the check reports an error at its line, and Docusaurus refuses to build', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-site-transforms-name-left', 'name-left', 'site-transforms');
  assert.deepEqual(await problemPlaces(dir), ['docs/mistake.md:5:12 error mdx-undefined']);
  assertBuildFails(dir, /required is not defined/, 'Docusaurus built a page that reads a name nothing defines');
});

test('a second docs instance\'s own plugins, not the docs\': its `{{beta}}` badge builds, and `{{optional}}`, which only the docs\' plugin takes away, stops both at its line', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-site-transforms-instance', 'guides-optional', 'site-transforms', 'guides');
  assert.deepEqual(await problemPlaces(dir), ['guides/mistake.md:5:12 error mdx-undefined']);
  assertBuildFails(dir, /optional is not defined/, 'Docusaurus built a page of the guides that reads a name only the docs\' plugin takes away');
});

test('a partial outside every docs folder is compiled without the docs\' plugins (Docusaurus\'s fallback MDX loader): its `{{optional}}` stops both at its line', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-site-transforms-outside-partial', undefined, 'site-transforms');
  fs.mkdirSync(path.join(dir, 'src', 'partials'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'src', 'partials', '_ports.md'), '## Ports {{optional}}\n\nOpen them.\n');
  fs.writeFileSync(path.join(dir, 'docs', 'shared-ports.mdx'), "---\ntitle: Shared ports\n---\n\nimport Ports from '@site/src/partials/_ports.md';\n\n<Ports />\n");
  assert.deepEqual(await problemPlaces(dir), ['src/partials/_ports.md:1:12 error mdx-undefined']);
  assertBuildFails(dir, /optional is not defined/, 'Docusaurus built a partial outside the docs that reads a name only the docs\' plugin takes away');
});

// ---- Docs plugin options, and paths Docusaurus cannot decode or load ------------------------

/** A site of `files` under tests/output/`name`, with a config that adds `docsOptions` to the docs plugin and sets onBrokenLinks. */
function optionsSite(name: string, files: Record<string, string>, docsOptions = '', onBrokenLinks = 'throw'): string {
  const dir = path.join(OUTPUT_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  const config = `module.exports = {\n  title: 'Options', url: 'https://docs.example.com', baseUrl: '/',\n  future: { faster: true, v4: { removeLegacyPostBuildHeadAttribute: true } },\n  onBrokenLinks: '${onBrokenLinks}', onBrokenAnchors: 'throw', onDuplicateRoutes: 'throw',\n  markdown: { hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' } },\n  presets: [['classic', { docs: { routeBasePath: '/', ${docsOptions} }, blog: false, pages: false }]],\n};\n`;
  for (const [file, text] of Object.entries({ 'docusaurus.config.js': config, ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

test('onBrokenMarkdownLinks at the top of the config: the build warns and goes on, and the check warns at the key (rule config)', { timeout: 600_000 }, async () => {
  const config = "module.exports = {\n  title: 'Options', url: 'https://docs.example.com', baseUrl: '/',\n  future: { faster: true, v4: { removeLegacyPostBuildHeadAttribute: true } },\n  onBrokenLinks: 'throw', onBrokenAnchors: 'throw', onDuplicateRoutes: 'throw',\n  onBrokenMarkdownLinks: 'throw',\n  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false, pages: false }]],\n};\n";
  const dir = optionsSite('agreement-config-deprecated', { 'docusaurus.config.js': config, 'docs/index.md': optionsHome('A [page](./index.md).') });
  assert.deepEqual(await problemPlaces(dir), ['docusaurus.config.js:5:3 warning config']);
  const build = docusaurusBuild(dir);
  assert.equal(build.status, 0, build.stderr.slice(-2000));
  assert.match(build.stdout + build.stderr, /siteConfig\.onBrokenMarkdownLinks\S* config option is deprecated/);
});

const optionsHome = (links: string) => `---\nslug: /\n---\n\n# Home\n\n${links}\n`;
/** versions.json ["1.0"], whose copy holds a broken link, and current docs whose home holds `links`. */
const versionedFiles = (links: string) => ({
  'versions.json': '["1.0"]\n',
  'versioned_docs/version-1.0/index.md': '---\nslug: /\n---\n\n# Old home\n\nA [gone](./gone.md) link.\n',
  'versioned_sidebars/version-1.0-sidebars.json': '{"docs":[{"type":"autogenerated","dirName":"."}]}\n',
  'docs/index.md': optionsHome(links),
  'docs/new.md': '# New\n',
});

test('disableVersioning builds the current docs alone, at the root (the released copy\'s broken link is never built), and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = optionsSite('agreement-disable-versioning', versionedFiles('[new](/new) and [file](./new.md).'), 'disableVersioning: true');
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
});

test('onlyIncludeVersions: [current] puts current at the root: a link to /next/new stops both', { timeout: 600_000 }, async () => {
  const dir = optionsSite('agreement-only-include-current', versionedFiles('[next](/next/new).'), "onlyIncludeVersions: ['current']");
  assert.deepEqual(await problemPlaces(dir), ['docs/index.md:7:1 error broken-link']);
  assertBuildRefuses(dir, ['/next/new'], 'Docusaurus built a link to /next/new with current as the last version');
});

test('numberPrefixParser: false keeps the prefixes: links with them build and the check reports nothing; one without them stops both', { timeout: 600_000 }, async () => {
  const files = (links: string) => ({ 'docs/index.md': optionsHome(links), 'docs/01-intro/02-setup.md': '# Setup\n', 'docs/01-a.md': '# A1\n', 'docs/02-a.md': '# A2\n' });
  const good = optionsSite('agreement-number-prefixes-off', files('[file](./01-intro/02-setup.md), [address](/01-intro/02-setup), [a](/01-a).'), 'numberPrefixParser: false');
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = optionsSite('agreement-number-prefixes-off-link', files('[setup](/intro/setup).'), 'numberPrefixParser: false');
  assert.deepEqual(await problemPlaces(bad), ['docs/index.md:7:1 error broken-link']);
  assertBuildRefuses(bad, ['/intro/setup'], 'Docusaurus built a link without the prefixes its parser keeps');
});

const UNDECODABLE: Record<string, { files: Record<string, string>; onBrokenLinks?: string; at: string; build: RegExp }> = {
  'a file link with a bare %': {
    files: { 'docs/index.md': optionsHome('[fifty](./50%.md).'), 'docs/50%.md': '---\nslug: /fifty\n---\n\n# Fifty\n' },
    at: 'docs/index.md:7:1 error broken-link', build: /URI malformed/,
  },
  'a page file named with a ?': {
    files: { 'docs/index.md': optionsHome('Plain.'), 'docs/what?.md': '---\nslug: /what\n---\n\n# What\n' },
    at: 'docs/what?.md:1:1 error page-file', build: /Cannot find module/,
  },
  'an address with a bare %, with onBrokenLinks on warn': {
    files: { 'docs/index.md': optionsHome('[a](/a%zz).'), 'docs/a.md': '# A\n' }, onBrokenLinks: 'warn',
    at: 'docs/index.md:7:1 error broken-link', build: /could not be decoded/,
  },
};

for (const [what, { files, onBrokenLinks, at, build }] of Object.entries(UNDECODABLE)) {
  test(`${what}: the check reports an error where the build stops, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = optionsSite(`agreement-undecodable-${what.replace(/\W+/g, '-')}`, files, '', onBrokenLinks);
    assert.deepEqual(await problemPlaces(dir), [at]);
    assertBuildFails(dir, build, `Docusaurus built ${what}`);
  });
}

// ---- Theme components: what they render in the build is what the build checks ------------

test('a <Link> with `to` and `href` goes to `to`, and data-noBrokenLinkCheck leaves it out: those build, and the check reports nothing; `to=""` falls back to a broken `href`, which stops both', { timeout: 600_000 }, async () => {
  const page = (links: string) => `---\ntitle: Links\n---\n\nimport Link from '@docusaurus/Link';\n\n${links}\n`;
  const good = mdxFixture('agreement-link-to-href');
  fs.writeFileSync(path.join(good, 'docs', 'links.mdx'), page('<Link href="/nope" to="/">href then to</Link>\n\n<Link to="/nope" data-noBrokenLinkCheck>not checked</Link>'));
  assert.deepEqual((await checkSite(good, { cache: false })).problems, []);
  assertBuilds(good);
  const bad = mdxFixture('agreement-link-empty-to');
  fs.writeFileSync(path.join(bad, 'docs', 'links.mdx'), page('<Link to="" href="/nope">empty to</Link>'));
  const { problems } = await checkSite(bad, { cache: false });
  assert.deepEqual(problems.map(placeOf), ['docs/links.mdx:7:13 error broken-link']);
  assertBuildFails(bad, /linking to \/nope/, 'Docusaurus built a <Link> whose empty `to` leaves a broken `href`');
});

test('<Link>s in React pages and the components they render: those the build takes (a page, a relative address, a computed target, and what the link check never gets) build, and the check only warns at one in BrowserOnly; a page\'s, a TypeScript component\'s, a relative one, one in a component a doc renders (through a barrel\'s re-export too) and one in a component a doc exports and renders, each to nowhere, stop both, each named where it is written', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-code-links');
  const head = "import React from 'react';\nimport Link from '@docusaurus/Link';\n";
  writeFixtureFile(dir, 'src/components/Card.tsx', `${head}\ntype Props = { label: string };\n\nexport default function Card({ label }: Props): JSX.Element {\n  return <Link className="card" to="/contents">{label}</Link>;\n}\n`);
  writeFixtureFile(dir, 'src/pages/landing.js', `${head}import BrowserOnly from '@docusaurus/BrowserOnly';\nimport Layout from '@theme/Layout';\nimport Card from '../components/Card';\n\nconst target = '/contents';\n\nexport default function Landing() {\n  return (\n    <Layout title="Landing">\n      <Link to="/contents">contents</Link>\n      <Link to="api-reference">relative</Link>\n      <Link to={target}>computed</Link>\n      {false && <Link to="/nowhere-dead">dead</Link>}\n      <Link to="https://example.com/nowhere">external</Link>\n      <Link to="pathname:///nowhere-file">file</Link>\n      <Link to="/nowhere-blank" target="_blank">blank</Link>\n      <Link to="/nowhere-off" data-noBrokenLinkCheck>off</Link>\n      <a href="/nowhere-plain">plain</a>\n      <BrowserOnly>{() => <Link to="/nowhere-browser">browser</Link>}</BrowserOnly>\n      <Card label="card" />\n    </Layout>\n  );\n}\n`);
  assert.deepEqual(await problemPlaces(dir), ['src/pages/landing.js:21:27 warning broken-link']);
  assertBuilds(dir);
  fs.rmSync(path.join(dir, 'build'), { recursive: true, force: true });
  writeFixtureFile(dir, 'src/components/Next.tsx', `${head}\nexport default function Next(): JSX.Element {\n  return (\n    <nav>\n      <Link to="/gone">next</Link>\n    </nav>\n  );\n}\n`);
  writeFixtureFile(dir, 'src/pages/broken.js', `${head}import Next from '@site/src/components/Next';\n\nexport default () => (\n  <main>\n    <Link to="/nowhere">p25</Link>\n    <Next />\n  </main>\n);\n`);
  writeFixtureFile(dir, 'src/pages/deep/page.js', `${head}\nexport default function Deep() {\n  return <Link to="contents">relative</Link>;\n}\n`);
  // diff68's p70: a component a doc renders.
  writeFixtureFile(dir, 'src/components/DocNext.js', `${head}\nexport function DocNext() {\n  return <Link to="/gone-from-doc">next</Link>;\n}\n`);
  writeFixtureFile(dir, 'docs/uses-next.mdx', "# Uses next\n\nimport { DocNext } from '@site/src/components/DocNext';\n\n<DocNext />\n");
  // diff69's p54: a component reached through a barrel's re-export.
  writeFixtureFile(dir, 'src/components/Barrel/Barrel.js', `${head}\nexport default function Barrel() {\n  return <Link to="/gone-through-barrel">barrel</Link>;\n}\n`);
  writeFixtureFile(dir, 'src/components/index.js', "export { default as Barrel } from './Barrel/Barrel';\n");
  writeFixtureFile(dir, 'docs/uses-barrel.mdx', "# Uses barrel\n\nimport { Barrel } from '@site/src/components';\n\n<Barrel />\n");
  // diff68's p63: a component the doc's own ESM exports and renders; p62: one it never renders.
  writeFixtureFile(dir, 'docs/exports-old.mdx', "# Exports old\n\nimport Link from '@docusaurus/Link';\n\nexport const Old = () => <Link to=\"/gone-from-export\">old</Link>;\n\nexport const Unused = () => <Link to=\"/never-rendered\">unused</Link>;\n\n<Old />\n");
  assert.deepEqual(await problemPlaces(dir), ['docs/exports-old.mdx:5:26 error broken-link', 'src/components/Barrel/Barrel.js:5:10 error broken-link', 'src/components/DocNext.js:5:10 error broken-link', 'src/components/Next.tsx:7:7 error broken-link', 'src/pages/broken.js:7:5 error broken-link', 'src/pages/deep/page.js:5:10 error broken-link', 'src/pages/landing.js:21:27 warning broken-link']);
  assertBuildRefuses(dir, ['/gone', '/gone-from-doc', '/gone-from-export', '/gone-through-barrel', '/nowhere', 'contents'], 'Docusaurus built <Link>s to nowhere in React code');
});

test('the site\'s copy of the theme\'s Footer (a wrapper) renders its <Link>s on every page: one to a page builds, and the check reports nothing; one to nowhere stops both, named at its line', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-footer-links');
  const footer = (target: string) => `import React from 'react';\nimport Link from '@docusaurus/Link';\nimport OriginalFooter from '@theme-original/Footer';\n\nexport default function Footer(props) {\n  return (\n    <>\n      <Link to="${target}">more</Link>\n      <OriginalFooter {...props} />\n    </>\n  );\n}\n`;
  writeFixtureFile(dir, 'src/theme/Footer/index.js', footer('/contents'));
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
  fs.rmSync(path.join(dir, 'build'), { recursive: true, force: true });
  writeFixtureFile(dir, 'src/theme/Footer/index.js', footer('/retired'));
  assert.deepEqual(await problemPlaces(dir), ['src/theme/Footer/index.js:8:7 error broken-link']);
  assertBuildFails(dir, /linking to \/retired/, 'Docusaurus built a footer <Link> to nowhere');
});

test('components a doc renders from JSX in an expression or a prop: links to pages build, and the check warns only where it cannot tell (a .map, a prop); a <Link> to nowhere in `{<Next />}`, and one written in the expression, stop both, each named where it is written', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-expression-components');
  const head = "import React from 'react';\nimport Link from '@docusaurus/Link';\n";
  const component = (name: string, target: string) => `${head}\nexport default function ${name}({ footer }) {\n  return <nav><Link to="${target}">${name}</Link>{footer}</nav>;\n}\n`;
  const doc = (imports: string, body: string) => `# Expressions\n\n${imports}\n\n${body}\n`;
  const imports = "import Link from '@docusaurus/Link';\nimport Next from '@site/src/components/Next';\nimport Item from '@site/src/components/Item';\nimport Box from '@site/src/components/Box';";
  writeFixtureFile(dir, 'src/components/Item.js', component('Item', '/contents'));
  writeFixtureFile(dir, 'src/components/Box.js', component('Box', '/contents'));
  writeFixtureFile(dir, 'src/components/Next.js', component('Next', '/contents'));
  writeFixtureFile(dir, 'docs/expressions.mdx', doc(imports, '{<Next />}\n\n{[1, 2].map((i) => <Item key={i} />)}\n\n<Box footer={<Item />} />\n\n{<Link to="/contents">contents</Link>}'));
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
  fs.rmSync(path.join(dir, 'build'), { recursive: true, force: true });
  // diff69's p43: the component in `{…}` renders whenever the page does; so does a <Link> written there.
  writeFixtureFile(dir, 'src/components/Next.js', component('Next', '/gone-from-expression'));
  writeFixtureFile(dir, 'src/components/Item.js', component('Item', '/gone-from-item'));
  writeFixtureFile(dir, 'docs/expressions.mdx', doc(imports, '{<Next />}\n\n{[1, 2].map((i) => <Item key={i} />)}\n\n<Box footer={<Item />} />\n\n{<Link to="/gone-in-expression">gone</Link>}'));
  assert.deepEqual(await problemPlaces(dir), ['docs/expressions.mdx:14:2 error broken-link', 'src/components/Item.js:5:15 warning broken-link', 'src/components/Next.js:5:15 error broken-link']);
  assertBuildRefuses(dir, ['/gone-from-expression', '/gone-from-item', '/gone-in-expression'], 'Docusaurus built <Link>s to nowhere rendered from expressions');
});

test('a partial renders its components in the doc that renders it: a <Link> to a page builds, one to nowhere stops both, named at the component\'s line', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-partial-components');
  const next = (target: string) => `import React from 'react';\nimport Link from '@docusaurus/Link';\n\nexport default function Next() {\n  return <Link to="${target}">next</Link>;\n}\n`;
  writeFixtureFile(dir, 'src/components/Next.js', next('/contents'));
  writeFixtureFile(dir, 'docs/_part.mdx', "import Next from '@site/src/components/Next';\n\n<Next />\n");
  writeFixtureFile(dir, 'docs/uses-part.mdx', "# Uses part\n\nimport Part from './_part.mdx';\n\n<Part />\n");
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
  fs.rmSync(path.join(dir, 'build'), { recursive: true, force: true });
  writeFixtureFile(dir, 'src/components/Next.js', next('/gone-from-partial'));
  assert.deepEqual(await problemPlaces(dir), ['src/components/Next.js:5:10 error broken-link']);
  assertBuildRefuses(dir, ['/gone-from-partial'], 'Docusaurus built a partial\'s component <Link> to nowhere');
});

test('a link to a page\'s h1 builds where the site\'s own Heading keeps the h1\'s id (and collects it), and the check reports nothing; with the theme\'s Heading it stops both', { timeout: 600_000 }, async () => {
  const files = { 'docs/index.md': optionsHome("See [the guide's title](./guide.md#the-guide)."), 'docs/guide.md': '# The guide\n\n## A section\n' };
  const heading = "import React from 'react';\nimport useBrokenLinks from '@docusaurus/useBrokenLinks';\n\nexport default function Heading({as: As, id, ...props}) {\n  const brokenLinks = useBrokenLinks();\n  // if (As === 'h1' || !id) return <As {...props} />;\n  if (id) brokenLinks.collectAnchor(id);\n  return <As {...props} id={id} />;\n}\n";
  const kept = optionsSite('agreement-h1-heading-kept', { ...files, 'src/theme/Heading/index.js': heading });
  assert.deepEqual(await problemPlaces(kept), []);
  assertBuilds(kept);
  const stock = optionsSite('agreement-h1-heading-stock', files);
  assert.deepEqual(await problemPlaces(stock), ['docs/index.md:7:5 error broken-anchor']);
  assertBuildRefuses(stock, ['/guide#the-guide'], 'Docusaurus built a link to an h1 its theme gives no id');
});

// diff73's M6: the check took every page importing such a wrapper on trust.
test('a component that gives its own prop to the theme\'s Heading as the id: a link to the id a page gives it builds, one to the heading\'s text stops the build, and the check names that one alone', { timeout: 600_000 }, async () => {
  const dir = optionsSite('agreement-heading-wrapper', {
    'docs/index.md': optionsHome('See [the id](./api.mdx#w1) and [the words](./api.mdx#wrapped-one).'),
    'docs/api.mdx': "# API\n\nimport H2 from '@site/src/components/H2';\n\n<H2 id=\"w1\">Wrapped one</H2>\n",
    'src/components/H2.js': "import React from 'react';\nimport Heading from '@theme/Heading';\n\nexport default function H2({id, children}) {\n  return <Heading as=\"h2\" id={id}>{children}</Heading>;\n}\n",
  });
  assert.deepEqual(await problemPlaces(dir), ['docs/index.md:7:32 error broken-anchor']);
  assertBuildRefuses(dir, ['/api#wrapped-one'], 'Docusaurus built a link to a wrapped heading\'s words');
});

test('a DocCard the site replaces (src/theme/DocCard.js) takes the props its own code reads: written without `item`, it builds, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = optionsSite('agreement-swizzled-doccard', {
    'docs/index.mdx': "---\nslug: /\n---\n\n# Home\n\nimport DocCard from '@theme/DocCard';\n\n<DocCard header=\"Plugins\" href=\"/\" />\n",
    'src/theme/DocCard.js': "import React from 'react';\nimport Link from '@docusaurus/Link';\n\nexport default function DocCard({header, href}) {\n  return <Link to={href}>{header}</Link>;\n}\n",
  });
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
});

test('cards written out for the theme\'s DocCard and DocCardList are Links to their hrefs: one to a page builds, one to nowhere stops both', { timeout: 600_000 }, async () => {
  const page = (href: string) => `---\ntitle: Cards\n---\n\nimport DocCard from '@theme/DocCard';\nimport DocCardList from '@theme/DocCardList';\n\n<DocCard item={{type: 'link', href: '${href}', label: 'A card'}} />\n\n<DocCardList items={[{type: 'link', href: '/', label: 'Home'}]} />\n`;
  const good = mdxFixture('agreement-cards-good');
  fs.writeFileSync(path.join(good, 'docs', 'cards.mdx'), page('/'));
  assert.deepEqual((await checkSite(good, { cache: false })).problems, []);
  assertBuilds(good);
  const bad = mdxFixture('agreement-cards-bad');
  fs.writeFileSync(path.join(bad, 'docs', 'cards.mdx'), page('/nope-card'));
  const { problems } = await checkSite(bad, { cache: false });
  assert.deepEqual(problems.map(placeOf), ['docs/cards.mdx:8:37 error broken-link']);
  assertBuildFails(bad, /linking to \/nope-card/, 'Docusaurus built a DocCard linking to no page');
});

const LAZY_TABS = (front: string, tabs: string) => `---\ntitle: Lazy\n${front}---\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\nimport Link from '@docusaurus/Link';\n\n${tabs}\n`;

test('<Tabs lazy> renders only the tab shown first: its other tabs\' h2 stops the build through the table of contents, and a link to it; the check names both', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-lazy-tabs-bad');
  fs.writeFileSync(path.join(dir, 'docs', 'lazy.mdx'), LAZY_TABS('', '<Tabs lazy>\n<TabItem value="one">\n\n## In tab one\n\n</TabItem>\n<TabItem value="two">\n\n## In tab two\n\n</TabItem>\n</Tabs>\n\nSee [tab two](#in-tab-two).'));
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.map(placeOf), ['docs/lazy.mdx:17:1 error broken-anchor', 'docs/lazy.mdx:22:5 error broken-anchor']);
  assertBuildFails(dir, /Broken anchor on source page path = \/lazy:\s*-> linking to #in-tab-two/, 'Docusaurus built a lazy tab\'s heading as an anchor');
});

test('<Tabs lazy>: a tab the build leaves out holds addresses and anchors it never checks, and builds; a Markdown file link there to no page stops both', { timeout: 600_000 }, async () => {
  const tabs = (hidden: string) => LAZY_TABS('hide_table_of_contents: true\n', `<Tabs lazy>\n<TabItem value="one">\n\nShown first.\n\n</TabItem>\n<TabItem value="two">\n\n${hidden}\n\n</TabItem>\n</Tabs>`);
  const good = mdxFixture('agreement-lazy-tabs-links-good');
  fs.writeFileSync(path.join(good, 'docs', 'lazy.mdx'), tabs('[Nowhere](/nowhere), [an anchor](./contents.md#missing), [an address anchor](/contents#missing).'));
  assert.deepEqual((await checkSite(good, { cache: false })).problems, []);
  assertBuilds(good);
  const bad = mdxFixture('agreement-lazy-tabs-links-bad');
  fs.writeFileSync(path.join(bad, 'docs', 'lazy.mdx'), tabs('[A file](./gone.md).'));
  const { problems } = await checkSite(bad, { cache: false });
  assert.deepEqual(problems.map(placeOf), ['docs/lazy.mdx:18:1 error broken-link']);
  assertBuildFails(bad, /Markdown link with URL `\.\/gone\.md`/, 'Docusaurus built a file link to no page in a lazy tab');
});

test('<Tabs lazy> of the site\'s own component that gives the theme\'s Tabs every prop leaves out what the theme\'s does, and builds; one that drops lazy renders the link to no page, and both stop', { timeout: 600_000 }, async () => {
  const page = LAZY_TABS('hide_table_of_contents: true\n', '<Tabs lazy>\n<TabItem value="one">\n\nShown first.\n\n</TabItem>\n<TabItem value="two">\n\n[Nowhere](/nowhere-wrapped)\n\n</TabItem>\n</Tabs>').replace("from '@theme/Tabs'", "from '@site/src/components/SiteTabs'");
  const wrapper = (component: string) => `import React from 'react';\nimport ThemeTabs from '@theme/Tabs';\n\n${component}\n`;
  const good = mdxFixture('agreement-lazy-tabs-wrapper-good');
  fs.writeFileSync(path.join(good, 'docs', 'lazy.mdx'), page);
  fs.writeFileSync(path.join(good, 'src', 'components', 'SiteTabs.js'), wrapper('export default function SiteTabs(props) {\n  return <ThemeTabs className="site-tabs" {...props} />;\n}'));
  assert.deepEqual((await checkSite(good, { cache: false })).problems, []);
  assertBuilds(good);
  const bad = mdxFixture('agreement-lazy-tabs-wrapper-bad');
  fs.writeFileSync(path.join(bad, 'docs', 'lazy.mdx'), page);
  fs.writeFileSync(path.join(bad, 'src', 'components', 'SiteTabs.js'), wrapper('export default function SiteTabs({ lazy, ...props }) {\n  return <ThemeTabs {...props} />;\n}'));
  assert.deepEqual(await problemPlaces(bad), ['docs/lazy.mdx:18:1 error broken-link']);
  assertBuildRefuses(bad, ['/nowhere-wrapped'], 'Docusaurus built a link to no page in a tab the site\'s Tabs renders');
});

/** A page with its theme's table of contents hidden, a <TOCInline> (in the tab shown first, or in the one left out) and an h2 in the tab left out. */
const LAZY_TOC_INLINE = (inlineInHiddenTab: boolean) => LAZY_TABS('hide_table_of_contents: true\n', `import TOCInline from '@theme/TOCInline';\n\n<Tabs lazy>\n<TabItem value="one">\n\nShown first.\n\n${inlineInHiddenTab ? '' : '<TOCInline toc={toc} />\n\n'}</TabItem>\n<TabItem value="two">\n\n${inlineInHiddenTab ? '<TOCInline toc={toc} />\n\n' : ''}## Left out\n\n</TabItem>\n</Tabs>`);

test('<TOCInline toc={toc} /> links to the headings of a tab <Tabs lazy> leaves out, with the table of contents hidden: the build stops, and the check names the heading; inside that tab it renders nothing, which builds', { timeout: 600_000 }, async () => {
  const bad = mdxFixture('agreement-lazy-toc-inline-bad');
  fs.writeFileSync(path.join(bad, 'docs', 'lazy-inline.mdx'), LAZY_TOC_INLINE(false));
  assert.deepEqual(await problemPlaces(bad), ['docs/lazy-inline.mdx:22:1 error broken-anchor']);
  assertBuildRefuses(bad, ['#left-out'], 'Docusaurus built a <TOCInline> link to a heading of a lazy tab');
  const good = mdxFixture('agreement-lazy-toc-inline-good');
  fs.writeFileSync(path.join(good, 'docs', 'lazy-inline.mdx'), LAZY_TOC_INLINE(true));
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
});

/** A page that renders a partial (which renders another) only in the tab <Tabs lazy> leaves out, and the partials. */
function writeLazyPartials(dir: string, front: string): void {
  fs.writeFileSync(path.join(dir, 'docs', 'lazy-partial.mdx'), LAZY_TABS(front, "import Steps from './_steps.mdx';\n\n<Tabs lazy>\n<TabItem value=\"one\">\n\nShown first.\n\n</TabItem>\n<TabItem value=\"two\">\n\n<Steps />\n\n</TabItem>\n</Tabs>"));
  fs.writeFileSync(path.join(dir, 'docs', '_steps.mdx'), "import More from './_more.mdx';\n\n## Hidden steps\n\nAn [address](/nowhere-in-steps) the build never checks.\n\n<More />\n");
  fs.writeFileSync(path.join(dir, 'docs', '_more.mdx'), '## More steps\n\nAnd [another](/nowhere-in-more).\n');
}

test('a partial rendered only in a tab <Tabs lazy> leaves out: its headings, and those of the partial it renders, stop the build through the table of contents, and so does a link to one; its addresses are never checked; the check names each', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-lazy-partial-bad');
  writeLazyPartials(dir, '');
  fs.appendFileSync(path.join(dir, 'docs', 'contents.md'), '\nSee [the steps](./lazy-partial.mdx#hidden-steps).\n');
  const { problems } = await checkSite(dir, { cache: false });
  const contentsLine = fs.readFileSync(path.join(dir, 'docs', 'contents.md'), 'utf8').trimEnd().split('\n').length;
  assert.deepEqual(problems.map(placeOf), [`docs/contents.md:${contentsLine}:5 error broken-anchor`, 'docs/lazy-partial.mdx:19:1 error broken-anchor', 'docs/lazy-partial.mdx:19:1 error broken-anchor']);
  assert.match(problems[1].message, /_steps\.mdx, rendered here in a tab that <Tabs lazy> leaves out/);
  assertBuildRefuses(dir, ['#hidden-steps', '#more-steps', '/lazy-partial#hidden-steps'], 'Docusaurus built the headings of a partial in a lazy tab as anchors');
});

test('a partial rendered only in a tab <Tabs lazy> leaves out, under a hidden table of contents, builds with addresses to nowhere, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-lazy-partial-good');
  writeLazyPartials(dir, 'hide_table_of_contents: true\n');
  assert.deepEqual((await checkSite(dir, { cache: false })).problems, []);
  assertBuilds(dir);
});

test('<Tabs lazy> look-alikes build, and the check reports nothing: a hidden table of contents, a heading below its levels, the tab shown first by default, a broken <Link> in a tab the build leaves out', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-lazy-tabs-good');
  fs.writeFileSync(path.join(dir, 'docs', 'lazy.mdx'), LAZY_TABS('hide_table_of_contents: true\n', '<Tabs lazy>\n<TabItem value="one">\n\n## In tab one\n\n</TabItem>\n<TabItem value="two">\n\n## In tab two\n\n<Link to="/nowhere">nowhere</Link>\n\n</TabItem>\n</Tabs>\n\nSee [tab one](#in-tab-one).'));
  fs.writeFileSync(path.join(dir, 'docs', 'lazy-default.mdx'), LAZY_TABS('', '<Tabs lazy>\n<TabItem value="one">\n\n#### Below the contents\n\n</TabItem>\n<TabItem value="two" default>\n\n## Shown first\n\n</TabItem>\n</Tabs>\n\nSee [it](#shown-first).'));
  assert.deepEqual((await checkSite(dir, { cache: false })).problems, []);
  assertBuilds(dir);
});

// ---- Category files: read and refused as Docusaurus reads and refuses them ----------------

/** The categories fixture, with docs/guides/_category_.yml replaced by a mistake when given. */
function categoriesFixture(name: string, mistake?: string): string {
  const dir = path.join(OUTPUT_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, 'categories'), dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
  if (mistake) fs.copyFileSync(path.join(FIXTURES, 'categories', 'mistakes', `${mistake}.yml`), path.join(dir, 'docs', 'guides', '_category_.yml'));
  return dir;
}

test('category files in YAML and JSON (a trailing comma included) build, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = categoriesFixture('agreement-categories-good');
  const { problems, summary } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems, []);
  assert.equal(summary.links, 2, 'the links to both generated index pages are checked');
  assertBuilds(dir);
});

test('a generated index slug without a leading slash is published under the version\'s path, builds, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = categoriesFixture('agreement-categories-relative-slug');
  fs.writeFileSync(path.join(dir, 'docs', 'guides', '_category_.yml'), 'label: How-to guides\nlink:\n  type: generated-index\n  slug: guides/overview\n');
  fs.writeFileSync(path.join(dir, 'docs', 'index.md'), '---\ntitle: Home\nslug: /\n---\n\nSee the [guides index](/guides/overview) and the [reference](/reference-index).\n');
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems, []);
  assertBuilds(dir);
});

const CATEGORY_MISTAKES: Record<string, { line: number; build: RegExp; home?: string }> = {
  'position-not-number': { line: 2, build: /"position" must be a number/ },
  'bad-yaml': { line: 4, build: /looks invalid/ },
  'doc-link-without-id': { line: 2, build: /"link.id" is required/ },
  'doc-link-missing': { line: 2, build: /Can't find any doc with ID no-such-doc/ },
  // The home page links to the guides' index at its default address, which these move: it is rewritten without that link.
  'index-slug-query': { line: 3, build: /linking to \/guides\?all/, home: 'See the [reference](/reference-index).' },
  'index-slug-percent': { line: 3, build: /URI malformed|could not be decoded/, home: 'See the [reference](/reference-index).' },
};

for (const [mistake, expected] of Object.entries(CATEGORY_MISTAKES)) {
  test(`category file mistake ${mistake}: the check reports an error at its line and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = categoriesFixture(`agreement-categories-${mistake}`, mistake);
    if (expected.home) fs.writeFileSync(path.join(dir, 'docs', 'index.md'), `---\ntitle: Home\nslug: /\n---\n\n${expected.home}\n`);
    const { problems } = await checkSite(dir, { cache: false });
    // (Without the category's generated index page, the home page's link to it breaks too.)
    assert.deepEqual(problems.filter((p) => p.severity === 'error' && p.rule === 'category-file').map((p) => `${p.file}:${p.line} ${p.rule}`), [`docs/guides/_category_.yml:${expected.line} category-file`]);
    assertBuildFails(dir, expected.build, `Docusaurus built the site with ${mistake}`);
  });
}

/**
 * Pages at the address of a page Docusaurus makes itself, and generated indexes at one address, on
 * the categories fixture with `onDuplicateRoutes: 'throw'`.
 */
const GENERATED_ROUTE_CLASHES: Record<string, { files: Record<string, string>; at: string[]; route: string }> = {
  'page at a generated index': {
    files: { 'docs/guides-index.md': '---\ntitle: Guides index\nslug: /category/how-to-guides\n---\n\nThe guides.\n' },
    at: ['docs/guides-index.md:3 duplicate-route'],
    route: '/category/how-to-guides',
  },
  'page at the tags page': {
    files: {
      'docs/guides/rotate.md': '---\ntitle: Rotate certificates\ntags: [certificates]\n---\n\nText.\n',
      'docs/all-tags.md': '---\ntitle: All tags\nslug: /tags\n---\n\nEvery tag.\n',
    },
    at: ['docs/all-tags.md:3 duplicate-route'],
    route: '/tags',
  },
  // A category file copied with its slug; the home page links to the guides' index, which moves.
  'generated index at another one': {
    files: {
      'docs/guides/_category_.yml': 'label: How-to guides\nlink:\n  type: generated-index\n  slug: /reference-index\n',
      'docs/index.md': '---\ntitle: Home\nslug: /\n---\n\nSee the [reference](/reference-index).\n',
    },
    at: ['docs/guides/_category_.yml:2 category-file', 'docs/reference/_category_.json:4 category-file'],
    route: '/reference-index',
  },
};

for (const [clash, { files, at, route }] of Object.entries(GENERATED_ROUTE_CLASHES)) {
  test(`a ${clash}: the check reports an error at its slug, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = categoriesFixture(`agreement-route-clash-${clash.replace(/\W+/g, '-')}`);
    const config = path.join(dir, 'docusaurus.config.js');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("onBrokenLinks: 'throw',", "onBrokenLinks: 'throw',\n  onDuplicateRoutes: 'throw',"));
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
    const { problems } = await checkSite(dir, { cache: false });
    assert.deepEqual(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.rule}`), at);
    assertBuildFails(dir, new RegExp(`Duplicate routes found![\\s\\S]*create page at ${route}, but`), `Docusaurus built a ${clash}`);
  });
}

test('a sidebars file\'s category whose generated index is at the tags page: the check reports an error at its slug, and Docusaurus refuses to build', { timeout: 600_000 }, async () => {
  const dir = categoriesFixture('agreement-route-clash-sidebars-category');
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8')
    .replace("onBrokenLinks: 'throw',", "onBrokenLinks: 'throw',\n  onDuplicateRoutes: 'throw',")
    .replace("docs: { routeBasePath: '/' }", "docs: { routeBasePath: '/', sidebarPath: require.resolve('./sidebars.js') }"));
  fs.writeFileSync(path.join(dir, 'sidebars.js'), `module.exports = {
  docs: [
    { type: 'autogenerated', dirName: '.' },
    { type: 'category', label: 'Labels', link: { type: 'generated-index', slug: '/tags' }, items: ['index'] },
  ],
};
`);
  fs.writeFileSync(path.join(dir, 'docs/guides/rotate.md'), '---\ntitle: Rotate certificates\ntags: [certificates]\n---\n\nText.\n');
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.rule}`), ['sidebars.js:4 sidebar']);
  assertBuildFails(dir, /Duplicate routes found![\s\S]*create page at \/tags, but/, 'Docusaurus built a sidebars category at the tags page');
});

/** Sidebars that generate only the guides and install folders' items, each from its own folder, and list the reference page by hand. */
const PARTLY_GENERATED_SIDEBARS = `module.exports = { docs: ['index',
  { type: 'category', label: 'Guides', items: [{ type: 'autogenerated', dirName: 'guides' }] },
  { type: 'category', label: 'Install', items: [{ type: 'autogenerated', dirName: 'install' }] },
  'reference/ports'] };\n`;

/** The categories fixture with PARTLY_GENERATED_SIDEBARS as its sidebars file. */
function partlyGeneratedFixture(name: string): string {
  const dir = categoriesFixture(name);
  fs.writeFileSync(path.join(dir, 'sidebars.js'), PARTLY_GENERATED_SIDEBARS);
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("docs: { routeBasePath: '/' }", "docs: { routeBasePath: '/', sidebarPath: './sidebars.js' }"));
  return dir;
}

test('a category file outside the folders a sidebar generates categories from: its doc link is never resolved, and the site builds', { timeout: 600_000 }, async () => {
  const dir = partlyGeneratedFixture('agreement-categories-unread-link');
  // install/ is an item's own folder, not a category of it: its file's link names nothing that exists.
  const install = path.join(dir, 'docs', 'install', '_category_.yml');
  fs.writeFileSync(install, fs.readFileSync(install, 'utf8').replace('id: overview', 'id: no-such-doc'));
  fs.writeFileSync(path.join(dir, 'docs', 'index.md'), '---\ntitle: Home\nslug: /\n---\n\nNo links to category pages.\n');
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems, []);
  assertBuilds(dir);
});

test('generated index pages exist only for categories a sidebar generates: links to the others break the build, and the check names them', { timeout: 600_000 }, async () => {
  const dir = partlyGeneratedFixture('agreement-categories-no-index-page');
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.map(placeOf), ['docs/index.md:6:9 error broken-link', 'docs/index.md:6:57 error broken-link']);
  assertBuildFails(dir, /linking to \/category\/how-to-guides[\s\S]*linking to \/reference-index|linking to \/reference-index[\s\S]*linking to \/category\/how-to-guides/, 'Docusaurus built links to category pages it did not make');
});

// ---- Addresses Docusaurus cannot publish ---------------------------------------------------

const INVALID_ROUTES: Record<string, { file: string; text: string; at: string; build: RegExp }> = {
  'a slug with ?': { file: 'docs/tls.md', text: '---\ntitle: TLS\nslug: /faq/tls?\n---\n\nText.\n', at: 'docs/tls.md:3', build: /couldn't compute a valid slug/ },
  'a file name with %': { file: 'docs/100%.md', text: '# All of it\n\nText.\n', at: 'docs/100%.md:1', build: /URI malformed|could not be decoded/ },
};

for (const [what, mistake] of Object.entries(INVALID_ROUTES)) {
  test(`${what}: the check reports an invalid route, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = mdxFixture(`agreement-invalid-route-${what.replace(/\W+/g, '-')}`);
    fs.writeFileSync(path.join(dir, mistake.file), mistake.text);
    const { problems } = await checkSite(dir, { cache: false });
    assert.deepEqual(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.rule}`), [`${mistake.at} invalid-route`]);
    assertBuildFails(dir, mistake.build, `Docusaurus built ${what}`);
  });
}

// ---- Sidebars that name docs -----------------------------------------------------------------

/** The categories fixture with a sidebars file listing its docs by id (`sidebars`: the file's text). */
function listedFixture(name: string, sidebars: string): string {
  const dir = categoriesFixture(name);
  fs.writeFileSync(path.join(dir, 'sidebars.js'), sidebars);
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("docs: { routeBasePath: '/' }", "docs: { routeBasePath: '/', sidebarPath: './sidebars.js' }"));
  fs.writeFileSync(path.join(dir, 'docs', 'index.md'), '---\ntitle: Home\nslug: /\n---\n\nHome.\n');
  return dir;
}

/** The listed fixture with a version 1.0 (a copy of its docs) whose sidebars file has the text `versionedSidebars`. */
function versionedFixture(name: string, versionedSidebars: string): string {
  const dir = listedFixture(name, "module.exports = { docs: ['index', 'install/linux'] };\n");
  fs.cpSync(path.join(dir, 'docs'), path.join(dir, 'versioned_docs', 'version-1.0'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'versioned_sidebars'));
  fs.writeFileSync(path.join(dir, 'versioned_sidebars', 'version-1.0-sidebars.json'), versionedSidebars);
  fs.writeFileSync(path.join(dir, 'versions.json'), '["1.0"]\n');
  return dir;
}

test('a sidebar naming a doc id no doc has (a page renamed): the check names the line, and Docusaurus refuses to build', { timeout: 600_000 }, async () => {
  const dir = listedFixture('agreement-sidebar-missing-id', "module.exports = {\n  docs: [\n    'index',\n    { type: 'category', label: 'Install', link: { type: 'doc', id: 'install/overview' }, items: ['install/linux', 'install/windows'] },\n  ],\n};\n");
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.map(placeOf), ['sidebars.js:4:115 error sidebar']);
  assertBuildFails(dir, /These sidebar document ids do not exist:\s*- install\/windows/, 'Docusaurus built a sidebar naming a doc that does not exist');
});

test('a versioned sidebar naming a doc its version does not have: the check names the line, and Docusaurus refuses to build', { timeout: 600_000 }, async () => {
  const dir = versionedFixture('agreement-sidebar-versioned', '{\n  "docs": [\n    "index",\n    "install/mac"\n  ]\n}\n');
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.filter((p) => p.rule === 'sidebar').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}`), ['versioned_sidebars/version-1.0-sidebars.json:4:5 error']);
  assertBuildFails(dir, /These sidebar document ids do not exist:\s*- install\/mac/, 'Docusaurus built a versioned sidebar naming a doc that does not exist');
});

test('a sidebar ref to a doc no version has, and a sidebars file that does not load: the check names the line, and Docusaurus refuses to build', { timeout: 600_000 }, async () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['ref', "module.exports = {\n  docs: ['index', { type: 'ref', id: 'install/mac' }],\n};\n", 'sidebars.js:2:38 error sidebar', /The document with id "install\/mac" was used in the sidebar, but no document with this id could be found/],
    ['syntax', "module.exports = {\n  docs: ['index',\n};\n", 'sidebars.js:3:1 error sidebar', /failed to be loaded/],
  ];
  for (const [name, sidebars, problem, build] of cases) {
    const dir = listedFixture(`agreement-sidebar-${name}`, sidebars);
    const { problems } = await checkSite(dir, { cache: false });
    assert.deepEqual(problems.map(placeOf), [problem], name);
    const result = docusaurusBuild(dir);
    assert.notEqual(result.status, 0, `Docusaurus built the sidebars with the ${name} mistake`);
    assert.match(result.stdout + result.stderr, build);
  }
});

test('sidebar items Docusaurus refuses (a misspelled key, an unknown type, `item:` for `items:`, a versioned JSON\'s unknown key): the check names the line, and Docusaurus refuses to build', { timeout: 600_000 }, async () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['key', "module.exports = {\n  docs: [\n    'index',\n    { type: 'doc', id: 'install/linux', lable: 'Linux' },\n  ],\n};\n", 'sidebars.js:4:41 error sidebar', /"lable" is not allowed/],
    ['type', "module.exports = {\n  docs: ['index', { type: 'categry', label: 'Install', items: ['install/linux'] }],\n};\n", 'sidebars.js:2:27 error sidebar', /Unknown sidebar item type "categry"/],
    ['items', "module.exports = {\n  docs: ['index', { type: 'category', label: 'Install', item: ['install/linux'] }],\n};\n", 'sidebars.js:2:46 error sidebar', /Invalid sidebar items collection/],
    ['empty', "module.exports = {\n  docs: [\n    'index',\n    { type: 'category', label: 'Later', items: [] },\n  ],\n};\n", 'sidebars.js:4:32 error sidebar', /Sidebar category Later has neither any subitem nor a link/],
  ];
  for (const [name, sidebars, problem, build] of cases) {
    const dir = listedFixture(`agreement-sidebar-structure-${name}`, sidebars);
    const { problems } = await checkSite(dir, { cache: false });
    assert.deepEqual(problems.map(placeOf), [problem], name);
    assertBuildFails(dir, build, `Docusaurus built the sidebars with the ${name} mistake`);
  }
  const dir = versionedFixture('agreement-sidebar-structure-versioned', '{\n  "docs": [\n    "index",\n    { "type": "doc", "id": "install/linux", "labell": "Linux" }\n  ]\n}\n');
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.filter((p) => p.rule === 'sidebar').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}`), ['versioned_sidebars/version-1.0-sidebars.json:4:45 error']);
  assertBuildFails(dir, /"labell" is not allowed/, 'Docusaurus built a versioned sidebar with a misspelled key');
});

test('sidebars with every item type Docusaurus takes build, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = listedFixture('agreement-sidebar-structure-good', `module.exports = {
  docs: [
    'index',
    { type: 'doc', id: 'install/linux', label: 'Linux', className: 'linux', customProps: { os: 'linux' } },
    { type: 'html', value: '<hr/>', defaultStyle: true },
    { type: 'link', label: 'Example', href: 'https://example.com' },
    { type: 'category', label: 'Linux', link: { type: 'doc', id: 'install/linux' }, items: [] },
    { type: 'category', label: 'Reference', collapsed: false, link: { type: 'generated-index', slug: '/reference-index', keywords: ['ports'] }, items: ['reference/ports'] },
  ],
  more: { Install: [{ type: 'ref', id: 'install/linux' }] },
};
`);
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
  assertBuilds(dir);
});

test('a category generated from a folder of drafts only: the check names its label, and Docusaurus refuses to build; with a published page there it builds', { timeout: 600_000 }, async () => {
  const sidebars = "module.exports = {\n  docs: [\n    'index',\n    { type: 'category', label: 'Later', items: [{ type: 'autogenerated', dirName: 'later' }] },\n  ],\n};\n";
  const dir = listedFixture('agreement-sidebar-drafts-only', sidebars);
  fs.mkdirSync(path.join(dir, 'docs', 'later'));
  fs.writeFileSync(path.join(dir, 'docs', 'later', 'plan.md'), '---\ntitle: Plan\ndraft: true\n---\n\nLater.\n');
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.map(placeOf), ['sidebars.js:4:32 error sidebar']);
  assertBuildFails(dir, /Sidebar category Later has neither any subitem nor a link/, 'Docusaurus built a category of drafts only');
  fs.writeFileSync(path.join(dir, 'docs', 'later', 'now.md'), '---\ntitle: Now\n---\n\nPublished.\n');
  assert.deepEqual((await checkSite(dir, { cache: false })).problems, []);
  assertBuilds(dir);
});

test('a sidebar naming a draft builds, the item left out: the check warns', { timeout: 600_000 }, async () => {
  const dir = listedFixture('agreement-sidebar-draft', "module.exports = { docs: ['index', 'install/linux', 'reference/ports'] };\n");
  fs.writeFileSync(path.join(dir, 'docs', 'reference', 'ports.md'), '---\ntitle: Ports\ndraft: true\n---\n\nPorts.\n');
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), ['sidebars.js:1 warning sidebar']);
  assertBuilds(dir);
});

// ---- Tags files: read and refused as Docusaurus reads and refuses them ----------------------

/** The tags fixture, with one file replaced by a mistake (`over` names the file, from the site folder). */
function tagsFixture(name: string, mistake?: { file: string; over: string }): string {
  const dir = path.join(OUTPUT_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, 'tags'), dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
  if (mistake) fs.copyFileSync(path.join(FIXTURES, 'tags', 'mistakes', mistake.file), path.join(dir, mistake.over));
  return dir;
}

test('tags defined in each version\'s tags file build, their pages\' links resolve, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = tagsFixture('agreement-tags-good');
  const { problems, summary } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems, []);
  assert.equal(summary.links, 3, 'the links to the tag pages (one by the file\'s permalink) are checked');
  assertBuilds(dir);
});

const TAGS_MISTAKES: Record<string, { over: string; at: string; build: RegExp }> = {
  'unknown-tag.md': { over: 'docs/guide.md', at: 'docs/guide.md:3', build: /Tags \[securty\] used in guide\.md are not defined in tags\.yml/ },
  'object-tag.md': { over: 'docs/guide.md', at: 'docs/guide.md:3', build: /Tags \[Security\] used in guide\.md are not defined/ },
  'bad-yaml.yml': { over: 'docs/tags.yml', at: 'docs/tags.yml:4', build: /bad indentation of a mapping entry/ },
  'label-not-text.yml': { over: 'docs/tags.yml', at: 'docs/tags.yml:2', build: /"security\.label" must be a string/ },
  'shared-permalink.yml': { over: 'docs/tags.yml', at: 'docs/tags.yml:5', build: /Duplicate permalinks found in tags file/ },
  // The page that uses the tag makes its page: shown at that page's tags.
  'permalink-percent.yml': { over: 'docs/tags.yml', at: 'docs/index.md:3', build: /could not be decoded|URI malformed/ },
};

for (const [file, expected] of Object.entries(TAGS_MISTAKES)) {
  test(`tags mistake ${file}: the check reports an error at its line and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = tagsFixture(`agreement-tags-${path.parse(file).name}`, { file, over: expected.over });
    const { problems } = await checkSite(dir, { cache: false });
    assert.deepEqual(problems.filter((p) => p.severity === 'error' && p.rule === 'tags').map((p) => `${p.file}:${p.line}`), [expected.at]);
    assertBuildFails(dir, expected.build, `Docusaurus built the site with ${file}`);
  });
}

const VERSION_MISTAKES: Record<string, { files: Record<string, string>; at: string; build: RegExp }> = {
  'a version in versions.json without its docs folder': { files: { 'versions.json': '["1.0", "0.8"]\n' }, at: 'versions.json:1 error versions', build: /The docs folder does not exist for version "0\.8"/ },
  // (With the tags file the fixture's tags option asks every version for, which Docusaurus reads first.)
  'a version whose folder holds no doc': { files: { 'versions.json': '["1.0", "0.8"]\n', 'versioned_docs/version-0.8/_partials/_p.md': '## Part\n', 'versioned_docs/version-0.8/tags.yml': 'security:\n  label: Security\n' }, at: 'versions.json:1 error versions', build: /Docs version "0\.8" has no docs/ },
  'a version listed twice, with onDuplicateRoutes on throw': {
    files: { 'docusaurus.config.js': fs.readFileSync(path.join(FIXTURES, 'tags', 'docusaurus.config.js'), 'utf8').replace("onBrokenLinks: 'throw',", "onBrokenLinks: 'throw',\n  onDuplicateRoutes: 'throw',"), 'versions.json': '["1.0", "1.0"]\n' },
    at: 'versions.json:1 error versions',
    build: /Duplicate routes found!/,
  },
  'an unknown lastVersion': {
    files: { 'docusaurus.config.js': fs.readFileSync(path.join(FIXTURES, 'tags', 'docusaurus.config.js'), 'utf8').replace("routeBasePath: '/',", "routeBasePath: '/',\n      lastVersion: '9.9',") },
    at: 'docusaurus.config.js:13 error versions',
    build: /Docs option lastVersion: 9\.9 is invalid/,
  },
  'a versioned sidebar named as early Docusaurus 2 named them': { files: { 'versioned_sidebars/version-1.0-sidebars.json': '{"version-1.0/docs": [{"type": "autogenerated", "dirName": "."}]}\n' }, at: 'versioned_sidebars/version-1.0-sidebars.json:1 error sidebar', build: /legacy versioned sidebar names are not supported anymore/ },
};

for (const [what, mistake] of Object.entries(VERSION_MISTAKES)) {
  test(`${what}: the check reports it, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = tagsFixture(`agreement-versions-${what.replace(/\W+/g, '-')}`);
    for (const [file, text] of Object.entries(mistake.files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const { problems } = await checkSite(dir, { cache: false });
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), [mistake.at]);
    assertBuildFails(dir, mistake.build, `Docusaurus built ${what}`);
  });
}

test('a version without the tags file the tags option names: the check reports it, and Docusaurus refuses to build', { timeout: 600_000 }, async () => {
  const dir = tagsFixture('agreement-tags-missing');
  fs.rmSync(path.join(dir, 'versioned_docs', 'version-1.0', 'tags.yml'));
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), ['versioned_docs/version-1.0/tags.yml:1 error tags']);
  assertBuildFails(dir, /No tags file 'tags\.yml' could be found/, 'Docusaurus built a version without its tags file');
});

test('a partial whose front matter never closes: the MDX loader stops the build, and the check names the partial', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-partial-front-matter');
  fs.mkdirSync(path.join(dir, 'docs', '_parts'));
  fs.writeFileSync(path.join(dir, 'docs', '_parts', '_note.mdx'), '---\nnote: x\n\nA partial whose front matter never closes.\n');
  fs.writeFileSync(path.join(dir, 'docs', 'uses-partial.mdx'), '---\ntitle: Uses a partial\n---\n\nimport Note from "./_parts/_note.mdx";\n\n<Note />\n');
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), ['docs/_parts/_note.mdx:1 error front-matter']);
  assertBuildFails(dir, /can not read a block mapping entry/, 'Docusaurus built a page rendering the partial');
});

test('versions.json that is not JSON: the check reports it at its place, and Docusaurus refuses to build', { timeout: 600_000 }, async () => {
  const dir = tagsFixture('agreement-versions-json');
  fs.writeFileSync(path.join(dir, 'versions.json'), '[\n  "1.0"\n  "0.9"\n]\n');
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), ['versions.json:3 error versions']);
  assertBuildFails(dir, /versions\.json/, 'Docusaurus built with a versions.json that is not JSON');
});

// ---- Files a link names: what Docusaurus requires, and what it checks as an address ---------

/** The mdx fixture with `files` added (text, or a copy of the fixture's pixel.png for `PIXEL`). */
function mdxFixtureWith(name: string, files: Record<string, string>): string {
  const dir = mdxFixture(name);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    if (text === PIXEL) fs.copyFileSync(path.join(dir, 'docs', 'pixel.png'), path.join(dir, file));
    else fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const PIXEL = '<pixel.png>';
const page = (body: string) => `---\ntitle: Files\n---\n\n${body}\n`;

test('files linked as Docusaurus bundles them (from static/ by /, # and spaces escaped) and pathname:// addresses build, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = mdxFixtureWith('agreement-file-links', {
    'docs/files.md': page('[The sheet](/sheet.pdf), ![a hash](./c%23.png), [a space](./a%20b.pdf) and [an address](pathname:///no-such-file.pdf).'),
    'static/sheet.pdf': 'x', 'docs/c#.png': PIXEL, 'docs/a b.pdf': 'x',
  });
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems, []);
  assertBuilds(dir);
});

// Each page says `See the …` on line 5, where the link or image starts at column 9, unless `at` says otherwise.
const FILE_LINK_MISTAKES: Record<string, { body: string; files: Record<string, string>; build: RegExp; text?: string; at?: string }> = {
  'an empty link': { body: 'See the [release notes]() first.', files: {}, build: /Markdown link with empty URL/ },
  'an empty image': { body: 'See the ![diagram]() first.', files: {}, build: /Markdown image with empty URL/ },
  'a link to an .html file (an address to Docusaurus, never bundled)': { body: 'See the [report](./report.html) first.', files: { 'docs/report.html': '<p>report</p>' }, build: /linking to \.\/report\.html/ },
  'a relative link to a file that is only in static/': { body: 'See the [sheet](./sheet.pdf) first.', files: { 'static/sheet.pdf': 'x' }, build: /linking to \.\/sheet\.pdf/ },
  'a <Link> to a file of static/ (an address to Docusaurus: only Markdown links are bundled)': { body: 'import Link from \'@docusaurus/Link\';\n\nSee the <Link to="/sheet.pdf">sheet</Link> first.', at: '7:15', files: { 'static/sheet.pdf': 'x' }, build: /linking to \/sheet\.pdf/ },
  'an image path naming a folder': { body: 'See the ![shots](./shots) first.', files: { 'docs/shots/a.png': PIXEL }, build: /Can't resolve '\.\/shots'/ },
  'a file name with a % that starts no escape': { body: 'See the ![chart](./100%.png) first.', files: { 'docs/100%.png': PIXEL }, build: /URI malformed/ },
  'a front matter image from ./ that is not there (Docusaurus requires it)': { body: '', text: '---\ntitle: Card\nimage: ./card.png\n---\n\nText.\n', at: '3:1', files: {}, build: /Can't resolve '\.\/card\.png'/ },
};

for (const [what, mistake] of Object.entries(FILE_LINK_MISTAKES)) {
  test(`${what}: the check names the line, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = mdxFixtureWith(`agreement-file-link-${what.split(' (')[0].replace(/\W+/g, '-')}`, { ...mistake.files, 'docs/mistake.md': mistake.text ?? page(mistake.body) });
    const { problems } = await checkSite(dir, { cache: false });
    assert.deepEqual(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), [`docs/mistake.md:${mistake.at ?? '5:9'} broken-link`]);
    assertBuildFails(dir, mistake.build, `Docusaurus built ${what}`);
  });
}

const PARTIAL_MISTAKES: Record<string, { files: Record<string, string>; problem: string; build: RegExp }> = {
  'a partial using a component it does not import (the page\'s imports are not its own)': {
    files: { 'docs/_parts/_p.md': 'A partial with <Tabs>tabs</Tabs> it never imports.\n', 'docs/uses.mdx': '---\ntitle: Uses\n---\n\nimport Tabs from "@theme/Tabs";\nimport P from "./_parts/_p.md";\n\n<P />\n' },
    problem: 'docs/_parts/_p.md:1 error mdx-undefined',
    build: /Expected component `Tabs` to be defined/,
  },
  'a partial reading assets (the loader makes them for pages only)': {
    files: { 'docs/_parts/_p.md': 'A partial with a card: {assets ? "yes" : "no"}.\n', 'docs/uses.mdx': '---\ntitle: Uses\n---\n\nimport P from "./_parts/_p.md";\n\n<P />\n' },
    problem: 'docs/_parts/_p.md:1 error mdx-undefined',
    build: /ReferenceError: assets is not defined/,
  },
  'a page importing a draft page (a published build makes no module of a draft)': {
    files: { 'docs/later.md': '---\ntitle: Later\ndraft: true\n---\n\nNot yet.\n', 'docs/uses.mdx': '---\ntitle: Uses\n---\n\nimport Later from "./later.md";\n\n<Later />\n' },
    problem: 'docs/uses.mdx:5 error draft-link',
    build: /Cannot find module/,
  },
  'a partial imported without its extension (webpack adds none for Markdown)': {
    files: { 'docs/_parts/_p.md': 'A partial.\n', 'docs/uses.mdx': '---\ntitle: Uses\n---\n\nimport P from "./_parts/_p";\n\n<P />\n' },
    problem: 'docs/uses.mdx:5 error broken-link',
    build: /Can't resolve '\.\/_parts\/_p'/,
  },
  'a partial\'s <Link> to no page (it renders in the page, where the build checks it)': {
    files: { 'docs/_parts/_p.mdx': 'import Link from "@docusaurus/Link";\n\nSee the <Link to="/no-such-page">details</Link>.\n', 'docs/uses.mdx': '---\ntitle: Uses\n---\n\nimport P from "./_parts/_p.mdx";\n\n<P />\n' },
    problem: 'docs/_parts/_p.mdx:3 error broken-link',
    build: /Broken link on source page path = \/uses:\s*-> linking to \/no-such-page/,
  },
};

for (const [what, mistake] of Object.entries(PARTIAL_MISTAKES)) {
  test(`${what}: the check names the line, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = mdxFixture(`agreement-partial-${what.split(' (')[0].replace(/\W+/g, '-')}`);
    fs.mkdirSync(path.join(dir, 'docs', '_parts'));
    for (const [file, text] of Object.entries(mistake.files)) fs.writeFileSync(path.join(dir, file), text);
    const { problems } = await checkSite(dir, { cache: false });
    assert.deepEqual(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), [mistake.problem]);
    assertBuildFails(dir, mistake.build, `Docusaurus built ${what}`);
  });
}

test('a partial with front matter: with CI set, the check reports an error and Docusaurus refuses to build; without, both warn', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-partial-front-matter');
  fs.mkdirSync(path.join(dir, 'docs', '_parts'));
  // Text of its own each run: webpack's persistent cache would hand back an earlier run's compiled partial, and the loader would not look at it again.
  fs.writeFileSync(path.join(dir, 'docs', '_parts', '_p.md'), `---\ntitle: A partial\n---\n\nPart ${Date.now()}.\n`);
  fs.writeFileSync(path.join(dir, 'docs', 'uses.mdx'), '---\ntitle: Uses\n---\n\nimport P from "./_parts/_p.md";\n\n<P />\n');
  const before = process.env.CI;
  try {
    // With CI first: the build that succeeds caches the compiled partial.
    process.env.CI = 'true';
    assert.deepEqual((await checkSite(dir, { cache: false })).problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), ['docs/_parts/_p.md:2 error front-matter']);
    assertBuildFails(dir, /MDX partial files should not contain front matter/, 'Docusaurus built a partial with front matter where CI is set');
    delete process.env.CI;
    assert.deepEqual((await checkSite(dir, { cache: false })).problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), ['docs/_parts/_p.md:2 warning front-matter']);
    assertBuilds(dir);
  } finally {
    if (before === undefined) delete process.env.CI;
    else process.env.CI = before;
  }
});

const PARTIAL_CYCLES: Record<string, { files: Record<string, string>; problems: string[] }> = {
  'a partial that renders itself': {
    files: { 'docs/_parts/_p.md': 'import P from "./_p.md";\n\nPart.\n\n<P />\n' },
    problems: ['docs/_parts/_p.md:1 error mdx-render'],
  },
  'two partials that render each other': {
    files: { 'docs/_parts/_p.md': 'import Q from "./_q.md";\n\nPart P.\n\n<Q />\n', 'docs/_parts/_q.md': 'import P from "./_p.md";\n\nPart Q.\n\n<P />\n' },
    problems: ['docs/_parts/_p.md:1 error mdx-render', 'docs/_parts/_q.md:1 error mdx-render'],
  },
};

for (const [what, cycle] of Object.entries(PARTIAL_CYCLES)) {
  test(`${what}: rendering stops, and the check names each import that closes the circle`, { timeout: 600_000 }, async () => {
    const dir = mdxFixture(`agreement-partial-cycle-${what.replace(/\W+/g, '-')}`);
    fs.mkdirSync(path.join(dir, 'docs', '_parts'));
    for (const [file, text] of Object.entries(cycle.files)) fs.writeFileSync(path.join(dir, file), text);
    fs.writeFileSync(path.join(dir, 'docs', 'uses.md'), '---\ntitle: Uses\n---\n\nimport P from "./_parts/_p.md";\n\n<P />\n');
    const { problems } = await checkSite(dir, { cache: false });
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), cycle.problems);
    assertBuildFails(dir, /before initialization/, `Docusaurus built ${what}`);
  });
}

test('pagination_next naming a draft: a production build stops, and the check names the line', { timeout: 600_000 }, async () => {
  const dir = mdxFixture('agreement-pagination-draft');
  fs.writeFileSync(path.join(dir, 'docs', 'later.md'), '---\ntitle: Later\ndraft: true\n---\n\nNot published yet.\n');
  fs.writeFileSync(path.join(dir, 'docs', 'now.md'), '---\ntitle: Now\npagination_next: later\n---\n\nPublished.\n');
  const { problems } = await checkSite(dir, { cache: false });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), ['docs/now.md:3 error front-matter']);
  assertBuildFails(dir, /points to a non-existent ID later/, 'Docusaurus built a page whose next page is a draft');
});

/**
 * A fixture whose pages end their links Docusaurus refuses on a `Fail:` line: the check names
 * `expected` (`file:line:col severity rule`), and the build fails linking to each of `refused`;
 * with the `Fail:` lines gone, the check reports nothing and the site builds.
 */
async function assertFailLinesAgree(fixture: string, expected: string[], refused: string[]): Promise<void> {
  const dir = path.join(OUTPUT_DIR, `agreement-${fixture}`);
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  const problems = async () => await problemPlaces(dir);
  assert.deepEqual(await problems(), expected);
  const failed = docusaurusBuild(dir);
  assert.notEqual(failed.status, 0, `Docusaurus built ${fixture} with its Fail: lines`);
  for (const link of refused) assert.ok((failed.stdout + failed.stderr).includes(`linking to ${link}`), link);
  const docs = path.join(dir, 'docs');
  for (const page of (fs.readdirSync(docs, { recursive: true }) as string[]).filter((file) => /\.mdx?$/.test(file))) {
    fs.writeFileSync(path.join(docs, page), fs.readFileSync(path.join(docs, page), 'utf8').replace(/^Fail:.*\n/m, ''));
  }
  assert.deepEqual(await problems(), []);
  assertBuilds(dir);
}

test('footnote anchors: links to a called note, its calls and the list build; a later call, an uncalled note and a missing one stop the build, and the check names each', { timeout: 600_000 }, () =>
  assertFailLinesAgree('footnote-anchors', ['docs/notes.md:14:7 error broken-anchor', 'docs/notes.md:14:50 error broken-anchor', 'docs/other.mdx:9:7 error broken-anchor'], ['#user-content-fnref-src-3', '#user-content-fn-unused', '/#user-content-fn-nope']));

// ---- The config's navbar and footer: links every page renders ------------------------------

/** The layout-links fixture, with each `[file, from, to]` edit made (`to` undefined: the file deleted). */
function layoutLinksFixture(name: string, edits: Array<[file: string, from: string, to: string | undefined]>): string {
  const dir = path.join(OUTPUT_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, 'layout-links'), dir, { recursive: true });
  for (const [file, from, to] of edits) {
    const absolute = path.join(dir, file);
    if (to === undefined) fs.rmSync(absolute);
    else fs.writeFileSync(absolute, fs.readFileSync(absolute, 'utf8').replace(from, to));
  }
  return dir;
}

test('navbar and footer links to pages, a heading, a doc and a sidebar build, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = layoutLinksFixture('agreement-layout-links', []);
  assert.deepEqual((await checkSite(dir, { cache: false })).problems, []);
  assertBuilds(dir);
});

const LAYOUT_MISTAKES: Record<string, { edits: Array<[string, string, string | undefined]>; problems: string[]; build: RegExp }> = {
  'a navbar doc item naming a doc id no doc has any more': {
    edits: [['docusaurus.config.js', "docId: 'guide/intro'", "docId: 'guide/introduction'"]],
    problems: ['docusaurus.config.js:15:31 error broken-link'],
    build: /Couldn't find any doc with id "guide\/introduction"/,
  },
  'a navbar sidebar item naming no sidebar': {
    edits: [['docusaurus.config.js', "sidebarId: 'docs'", "sidebarId: 'guides'"]],
    problems: ['docusaurus.config.js:16:42 error broken-link'],
    build: /Can't find any sidebar with id "guides"/,
  },
  'a navbar link to a heading the page no longer has': {
    edits: [['docs/guide/intro.md', '## Setup', '## Installation']],
    problems: ['docusaurus.config.js:17:15 error broken-anchor'],
    build: /linking to \/guide\/intro#setup/,
  },
  'a page given a new slug that the dropdown and the footer still link to': {
    edits: [['docs/reference.md', 'title: Reference', 'title: Reference\nslug: /reference-guide']],
    problems: ['docusaurus.config.js:22:19 error broken-link', 'docusaurus.config.js:30:96 error broken-link'],
    build: /linking to \/reference\b/,
  },
  'a footer link written relative to the page, which the guide\'s pages resolve to no page': {
    edits: [['docusaurus.config.js', "href: '/reference'", "href: 'reference'"]],
    problems: ['docusaurus.config.js:30:96 error broken-link'],
    build: /linking to reference \(resolved as: \/guide\/reference\)/,
  },
  'no home page, which the navbar\'s brand and the footer link to': {
    edits: [['docs/index.md', '', undefined]],
    problems: ['docusaurus.config.js:12:5 error broken-link', 'docusaurus.config.js:30:61 error broken-link'],
    build: /linking to \/\n/,
  },
};

for (const [what, mistake] of Object.entries(LAYOUT_MISTAKES)) {
  test(`${what}: the check names the config's line, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = layoutLinksFixture(`agreement-layout-${what.split(' (')[0].replace(/\W+/g, '-')}`, mistake.edits);
    const { problems } = await checkSite(dir, { cache: false });
    assert.deepEqual(problems.map(placeOf), mistake.problems);
    assertBuildFails(dir, mistake.build, `Docusaurus built ${what}`);
  });
}

// ---- The sidebars' link items ----------------------------------------------------------------

/** The sidebar-links fixture, with `edits` applied ([file, from, to]). */
function sidebarLinksFixture(name: string, edits: Array<[file: string, from: string, to: string]>): string {
  return editedFixture('sidebar-links', name, edits);
}

/** A fresh copy of `fixture` as `name`, each edit replacing `from` (which must be there) with `to` in `file`. */
function editedFixture(fixture: string, name: string, edits: Array<[file: string, from: string, to: string]>): string {
  const dir = path.join(OUTPUT_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  for (const [file, from, to] of edits) {
    const absolute = path.join(dir, file);
    const text = fs.readFileSync(absolute, 'utf8');
    assert.ok(text.includes(from), `${file} has no "${from}"`);
    fs.writeFileSync(absolute, text.replace(from, to));
  }
  return dir;
}


test('under a base URL, a page\'s relative address that climbs out of it stops the build, and the check names the line; one that stays inside builds, and so does the base URL without its last slash', { timeout: 600_000 }, async () => {
  const base: [string, string, string] = ['docusaurus.config.js', "baseUrl: '/'", "baseUrl: '/base/'"];
  // `/base` is the home page's address: the theme's Link adds the slash (diff74's F1).
  const good = sidebarLinksFixture('agreement-base-url-relative-good', [base, ['docs/guide/intro.md', "What the sidebar's Setup link points at.", "What the sidebar's Setup link points at. See the [reference](../reference) and the [home page](/base)."]]);
  assert.deepEqual((await problemPlaces(good)).filter((line) => line.includes(' error ')), []);
  assertBuilds(good);
  const bad = sidebarLinksFixture('agreement-base-url-relative-bad', [base, ['docs/guide/intro.md', "What the sidebar's Setup link points at.", "What the sidebar's Setup link points at. See the [reference](../../reference)."]]);
  assert.deepEqual((await problemPlaces(bad)).filter((line) => line.includes(' error ')), ['docs/guide/intro.md:7:50 error broken-link']);
  assertBuildFails(bad, /linking to \.\.\/\.\.\/reference/, 'Docusaurus built a relative link out of the base URL');
});

test('a sidebar link in a category no built page opens leads nowhere, and still builds: the check only warns', { timeout: 600_000 }, async () => {
  const dir = sidebarLinksFixture('agreement-sidebar-links', []);
  assert.deepEqual(await problemPlaces(dir), ['sidebars.js:24:75 warning broken-link']);
  assertBuilds(dir);
});

const SIDEBAR_LINK_MISTAKES: Record<string, { edits: Array<[string, string, string]>; problems: string[]; build: RegExp }> = {
  'a link at the top of the sidebar to a heading the page does not have': {
    edits: [['sidebars.js', '/guide/intro#setup', '/guide/intro#install']],
    problems: ['sidebars.js:5:43 error broken-anchor', 'sidebars.js:24:75 warning broken-link'],
    build: /linking to \/guide\/intro#install/,
  },
  'a link in a closed category, to no page, rendered on the category\'s page': {
    edits: [['sidebars.js', "href: '/reference'", "href: '/references'"]],
    problems: ['sidebars.js:11:76 error broken-link', 'sidebars.js:24:75 warning broken-link'],
    build: /linking to \/references/,
  },
  'the category\'s page now shows the sidebar, and the link to no page renders there': {
    edits: [['docs/archive/notes.md', 'displayed_sidebar: null\n', '']],
    problems: ['sidebars.js:24:75 error broken-link'],
    build: /linking to \/old-manual/,
  },
  'the page before the link to no page unlisted, so that its category\'s label passes over it to the link': {
    edits: [['docs/archive/notes.md', 'displayed_sidebar: null\n', 'displayed_sidebar: null\nunlisted: true\n']],
    problems: ['sidebars.js:24:75 error broken-link'],
    build: /linking to \/old-manual/,
  },
  'the link to no page first in its category, whose label takes its address': {
    edits: [['sidebars.js', "items: ['archive/notes', { type: 'link'", "items: [{ type: 'link'"]],
    problems: ['sidebars.js:24:58 error broken-link'],
    build: /linking to \/old-manual/,
  },
};

const TOP_LINK = "    { type: 'link', label: 'Elsewhere'";
const BASE_URL: [string, string, string] = ['docusaurus.config.js', "baseUrl: '/'", "baseUrl: '/base/'"];
Object.assign(SIDEBAR_LINK_MISTAKES, {
  'a relative link at the top of the sidebar, which from a page in a folder leads nowhere': {
    edits: [['sidebars.js', TOP_LINK, `    { type: 'link', label: 'Ref', href: 'reference' },\n${TOP_LINK}`]],
    problems: ['sidebars.js:6:41 error broken-link', 'sidebars.js:25:75 warning broken-link'],
    build: /source page path = \/guide\/intro:\n\s*-> linking to reference \(resolved as: \/guide\/reference\)/,
  },
  'a relative link climbing out of the base URL from the home page': {
    edits: [BASE_URL, ['sidebars.js', TOP_LINK, `    { type: 'link', label: 'Ref', href: '../reference' },\n${TOP_LINK}`]],
    problems: ['sidebars.js:6:41 error broken-link', 'sidebars.js:25:75 warning broken-link'],
    build: /source page path = \/base\/:\n\s*-> linking to \.\.\/reference \(resolved as: \/reference\)/,
  },
  'a path without the base URL, which autoAddBaseUrl: false leaves as written': {
    edits: [BASE_URL, ['sidebars.js', TOP_LINK, `    { type: 'link', label: 'Ref', href: '/reference', autoAddBaseUrl: false },\n${TOP_LINK}`]],
    problems: ['sidebars.js:6:41 error broken-link', 'sidebars.js:25:75 warning broken-link'],
    build: /-> linking to \/reference\n/,
  },
});

// A sidebar that names the reference page, which the "docs" sidebar names too: the page shows the
// last sidebar that names it, so this one's link renders on it only when this one comes last.
const OTHER_SIDEBAR = "  older: ['reference', { type: 'link', label: 'Gone', href: '/gone-older' }],";
SIDEBAR_LINK_MISTAKES['a second sidebar, last, naming a page the first names too: the page shows it, with its link to no page'] = {
  edits: [['sidebars.js', '  ],\n};', `  ],\n${OTHER_SIDEBAR}\n};`]],
  problems: ['sidebars.js:24:75 warning broken-link', 'sidebars.js:27:61 error broken-link'],
  build: /linking to \/gone-older/,
};

const SIDEBAR_LINK_LOOKALIKES: Record<string, Array<[string, string, string]>> = {
  'a second sidebar, first, naming only a page the last one names too: no page shows it': [['sidebars.js', 'module.exports = {\n', `module.exports = {\n${OTHER_SIDEBAR}\n`]],
  'relative links that lead to a page from every page that shows them': [['sidebars.js', TOP_LINK, `    { type: 'link', label: 'Up', href: '../reference' },\n${TOP_LINK}`]],
  'under a base URL, a path with it and autoAddBaseUrl: false, and the base URL without its last slash': [BASE_URL, ['sidebars.js', TOP_LINK, `    { type: 'link', label: 'Guide', href: '/base/guide/intro', autoAddBaseUrl: false },\n    { type: 'link', label: 'Home', href: '/base' },\n${TOP_LINK}`]],
};

for (const [what, edits] of Object.entries(SIDEBAR_LINK_LOOKALIKES)) {
  test(`sidebar link look-alikes, ${what}: they build, and the check reports no error`, { timeout: 600_000 }, async () => {
    const dir = sidebarLinksFixture(`agreement-sidebar-lookalike-${what.split(',')[0].replace(/\W+/g, '-').slice(0, 40)}`, edits);
    assert.deepEqual((await problemPlaces(dir)).filter((line) => line.includes(' error ')), []);
    assertBuilds(dir);
  });
}

for (const [what, mistake] of Object.entries(SIDEBAR_LINK_MISTAKES)) {
  test(`${what}: the check names the sidebars file's line, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = sidebarLinksFixture(`agreement-sidebar-${what.split(',')[0].replace(/\W+/g, '-')}`, mistake.edits);
    assert.deepEqual(await problemPlaces(dir), mistake.problems);
    assertBuildFails(dir, mistake.build, `Docusaurus built ${what}`);
  });
}

// ---- Pages of src/pages ----------------------------------------------------------------------

test('links to a Markdown page\'s headings and a React page\'s build, and the check reports nothing; a heading the Markdown page lacks stops both, and so does a plain <h2 id> of a React page, which the link check does not see', { timeout: 600_000 }, async () => {
  const dir = path.join(OUTPUT_DIR, 'agreement-markdown-pages');
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, 'markdown-pages'), dir, { recursive: true });
  assert.deepEqual((await checkSite(dir, { cache: false })).problems, []);
  assertBuilds(dir);
  const about = path.join(dir, 'src', 'pages', 'about.md');
  fs.writeFileSync(about, fs.readFileSync(about, 'utf8').replace('## Contact us', '## Contact'));
  // A React page whose code renders its section's id on a plain element (load/react-page-anchors.ts).
  writeFixtureFile(dir, 'src/pages/plain.js', "import React from 'react';\nimport Layout from '@theme/Layout';\n\nexport default function Plain() {\n  return <Layout title=\"Plain\"><h2 id=\"demo\">Demo</h2></Layout>;\n}\n");
  fs.appendFileSync(path.join(dir, 'docs', 'intro.md'), '\nThe [plain page\'s demo](/plain#demo) is an id its code writes on a plain element.\n');
  assert.deepEqual(await problemPlaces(dir), ['docs/intro.md:5:42 error broken-anchor', 'docs/intro.md:9:5 error broken-anchor']);
  const build = docusaurusBuild(dir);
  assert.notEqual(build.status, 0, 'Docusaurus built links to anchors its link check does not see');
  assert.match(build.stdout + build.stderr, /linking to \/about#contact-us/);
  assert.match(build.stdout + build.stderr, /linking to \/plain#demo/);
});

test('a Markdown page of src/pages whose .md link finds no page of src/pages: the pages plugin stops the build, and the check names the line', { timeout: 600_000 }, async () => {
  const dir = path.join(OUTPUT_DIR, 'agreement-markdown-pages-link');
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, 'markdown-pages'), dir, { recursive: true });
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("  onBrokenAnchors: 'throw',\n", "  onBrokenAnchors: 'throw',\n  markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } },\n"));
  const about = path.join(dir, 'src', 'pages', 'about.md');
  fs.writeFileSync(about, fs.readFileSync(about, 'utf8').replace('Write to security@example.com.', 'Write to security@example.com, or read [the policy](./policy.md).'));
  assert.deepEqual(await problemPlaces(dir), ['src/pages/about.md:11:40 error broken-link']);
  assertBuildFails(dir, /Markdown link with URL `\.\/policy\.md` in source file "[^"]*src\/pages\/about\.md" \(11:40\) couldn't be resolved/, 'Docusaurus built a .md link to no page of src/pages');
});

// ---- Which files are pages: folders named node_modules or build inside the content ----------

/**
 * The sidebar-links fixture with every broken-link setting on throw, and pages in folders named
 * node_modules and build inside the docs and src/pages (written here: git ignores node_modules/).
 */
function contentFoldersFixture(name: string, nowhere = ''): string {
  const dir = sidebarLinksFixture(name, [
    ['docusaurus.config.js', "  onBrokenAnchors: 'throw',\n", "  onBrokenAnchors: 'throw',\n  onDuplicateRoutes: 'throw',\n  markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } },\n"],
    ['docs/index.md', 'The home page.', 'The [package](/node_modules/pkg/), the [old page](./build/old.md) and the [extra page](/node_modules/extra).'],
  ]);
  const pages: Record<string, string> = {
    'docs/node_modules/pkg/readme.md': `---\ntitle: Package\n---\n\nBack [home](/)${nowhere}.\n`,
    'docs/build/old.md': '---\ntitle: Old\n---\n\nThe [package](../node_modules/pkg/readme.md).\n',
    'src/pages/node_modules/extra.md': '# Extra\n\nThe [old page](/build/old).\n',
  };
  for (const [file, text] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

test('pages in folders named node_modules and build, inside the docs and src/pages, are pages: links to them build, and the check reports no error', { timeout: 600_000 }, async () => {
  const dir = contentFoldersFixture('agreement-content-folders');
  assert.deepEqual(await problemPlaces(dir), ['sidebars.js:24:75 warning broken-link']);
  assertBuilds(dir);
});

test('a link to no page in a doc inside docs/node_modules: Docusaurus refuses to build, and the check names the line', { timeout: 600_000 }, async () => {
  const dir = contentFoldersFixture('agreement-content-folders-broken', ' and [nowhere](/nowhere)');
  assert.deepEqual(await problemPlaces(dir), ['docs/node_modules/pkg/readme.md:5:20 error broken-link', 'sidebars.js:24:75 warning broken-link']);
  assertBuildFails(dir, /source page path = \/node_modules\/pkg\/:\n\s*-> linking to \/nowhere/, 'Docusaurus built a link to no page in docs/node_modules');
});

/** The markdown-pages fixture with every link and route setting on throw, and `files` written over it. */
function markdownPagesFixture(name: string, files: Record<string, string>): string {
  const dir = path.join(OUTPUT_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, 'markdown-pages'), dir, { recursive: true });
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("  onBrokenAnchors: 'throw',\n", "  onBrokenAnchors: 'throw',\n  onDuplicateRoutes: 'throw',\n  markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } },\n"));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

test('a partial of src/pages is compiled by the pages plugin, whichever page renders it: its .md link to one of its Markdown pages builds, one to a doc stops the build; the check agrees', { timeout: 600_000 }, async () => {
  const withPartial = (name: string, link: string) => markdownPagesFixture(name, {
    'src/pages/team.mdx': "import People from './_people.md';\n\n# Team\n\n<People />\n",
    'src/pages/_people.md': `See ${link}.\n`,
  });
  const good = withPartial('agreement-site-page-partial-md-link', '[about](./about.md)');
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const doc = withPartial('agreement-site-page-partial-md-link-doc', '[the intro](../../docs/intro.md)');
  assert.deepEqual(await problemPlaces(doc), ['src/pages/_people.md:1:5 error broken-link']);
  assertBuildFails(doc, /couldn't be resolved/, 'Docusaurus compiled a src/pages partial whose .md link names a doc');
  // A doc that renders it: the pages plugin's loader compiles it all the same.
  const inDoc = markdownPagesFixture('agreement-site-page-partial-in-doc', {
    'src/pages/_shared.md': 'See [about](./about.md) and [the intro](../../docs/intro.md).\n',
    'docs/uses.mdx': "import Shared from '@site/src/pages/_shared.md';\n\n# Uses\n\n<Shared />\n",
  });
  assert.deepEqual(await problemPlaces(inDoc), ['src/pages/_shared.md:1:29 error broken-link']);
  assertBuildFails(inDoc, /couldn't be resolved/, 'Docusaurus compiled a src/pages partial a doc renders, whose .md link names a doc');
});

test('the Markdown pages of src/pages are MDX too: escaped, imported and closed look-alikes build, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = markdownPagesFixture('agreement-site-pages-mdx-good', {
    'src/pages/ports.md': "---\ntitle: Ports\n---\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n# Ports\n\nPorts \\<1024 need root, `<1024` too, a line<br />the next.\n\n<Tabs>\n<TabItem value=\"a\">A</TabItem>\n</Tabs>\n",
  });
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
});

// Where the build stops, and what it says, for each mistake in a Markdown page of src/pages.
const SITE_PAGE_MDX_MISTAKES: Record<string, { text: string; at: string; build: RegExp }> = {
  'less-than-digit': { text: '# Ports\n\nPorts <1024 need root.\n', at: 'src/pages/mistake.md:3:8 error mdx-syntax', build: /MDX compilation failed for file ".*src\/pages\/mistake\.md"/ },
  'tabs-not-imported': { text: '# Tabs\n\n<Tabs>\n\nx\n\n</Tabs>\n', at: 'src/pages/mistake.md:3:1 error mdx-undefined', build: /Expected component `Tabs` to be defined/ },
  'missing-component': { text: "import Nope from '@site/src/components/Nope';\n\n# Nope\n\n<Nope />\n", at: 'src/pages/mistake.md:1:1 error broken-link', build: /Cannot find module '@site\/src\/components\/Nope'/ },
};

for (const [mistake, { text, at, build }] of Object.entries(SITE_PAGE_MDX_MISTAKES)) {
  test(`a Markdown page of src/pages, mistake ${mistake}: the check reports an error where the build stops, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = markdownPagesFixture(`agreement-site-page-mdx-${mistake}`, { 'src/pages/mistake.md': text });
    assert.deepEqual(await problemPlaces(dir), [at]);
    assertBuildFails(dir, build, `Docusaurus built the Markdown page with ${mistake}`);
  });
}

const SITE_PAGES_VISIBILITY = {
  'src/pages/plans.md': '---\ntitle: Plans\ndraft: true\n---\n\n# Plans\n\n## Next\n',
  // A draft as the pages plugin reads it: its schema turns the text "true" into true.
  'src/pages/later.md': '---\ntitle: Later\ndraft: "true"\n---\n\n# Later\n',
  'src/pages/hidden.md': '---\ntitle: Hidden\nunlisted: true\n---\n\n# Hidden\n\n## Notes\n',
  'src/pages/about.md': '---\ntitle: About\nslug: /about-us\n---\n\n# About us\n\n## Team\n\n## Contact us\n',
  'src/pages/sub/rel.md': '---\ntitle: Rel\nslug: rel-slug\n---\n\n# Rel\n',
  'src/pages/_notes.md': '# Notes\n',
  'src/pages/widget.test.js': "import React from 'react';\nexport default function Widget() { return <p>Widget</p>; }\n",
  'docs/intro.md': '---\ntitle: Introduction\n---\n\nWho we are: [the team](/about-us#team), [rel](/rel-slug), [hidden](/hidden#notes).\n\nThe [dashboard\'s summary](/dashboard#summary) is a heading its code renders.\n',
  'src/pages/index.md': '---\ntitle: Home\n---\n\n# Home\n\nStart with the [introduction](/docs/intro), then [about](./about.md#contact-us).\n',
};

test('a slug moves a Markdown page of src/pages, a draft is left out (draft: "true" too), an unlisted page is published, _ files and tests are no pages: the check names each link Docusaurus refuses; without them it builds', { timeout: 600_000 }, async () => {
  const dir = markdownPagesFixture('agreement-site-pages-visibility', {
    ...SITE_PAGES_VISIBILITY,
    'docs/links.md': '---\ntitle: Links\n---\n\n[a](/plans) [b](/about) [c](/sub/rel) [d](/_notes) [e](/widget.test) [f](/later)\n',
    'src/pages/more.md': '---\ntitle: More\n---\n\n# More\n\n[a](/plans#next) [b](/about#team)\n',
  });
  assert.deepEqual(await problemPlaces(dir), [
    'docs/links.md:5:1 error broken-link', 'docs/links.md:5:13 error broken-link', 'docs/links.md:5:25 error broken-link',
    'docs/links.md:5:39 error broken-link', 'docs/links.md:5:52 error broken-link', 'docs/links.md:5:70 error broken-link',
    'src/pages/more.md:7:1 error broken-link', 'src/pages/more.md:7:18 error broken-link',
  ]);
  assertBuildRefuses(dir, ['/_notes', '/about', '/about#team', '/later', '/plans', '/plans#next', '/sub/rel', '/widget.test'], 'Docusaurus built links to a draft, a slugged page\'s file name, a _ file and a test');
  fs.rmSync(path.join(dir, 'docs', 'links.md'));
  fs.rmSync(path.join(dir, 'src', 'pages', 'more.md'));
  assert.deepEqual((await checkSite(dir, { cache: false })).problems, []);
  assertBuilds(dir);
});

test('a React page\'s anchors are the ids it and its components give the theme\'s Heading (but as h1) and Link: links to them build; to an h1\'s id, a plain <h2 id>, or an id nowhere, the check names each and Docusaurus refuses', { timeout: 600_000 }, async () => {
  // The shape of create-docusaurus's classic home page: a hero with an h1, features as a component with h3s.
  const files = (links: string) => ({
    'src/components/Features.js': "import React from 'react';\nimport Heading from '@theme/Heading';\n\nexport default function Features() {\n  return <section><Heading as=\"h3\" id=\"secure\">Secure</Heading><Heading as=\"h3\">Fast</Heading></section>;\n}\n",
    'src/pages/landing.js': "import React from 'react';\nimport Layout from '@theme/Layout';\nimport Heading from '@theme/Heading';\nimport Link from '@docusaurus/Link';\nimport Features from '@site/src/components/Features';\n\nexport default function Landing() {\n  return (\n    <Layout title=\"Landing\">\n      <Heading as=\"h1\" id=\"hero\">Landing</Heading>\n      <h2 id=\"plain\">Plain</h2>\n      <Link id=\"contact\" to=\"/docs/intro\">Contact</Link>\n      <Features />\n    </Layout>\n  );\n}\n",
    'docs/landing-links.md': `---\ntitle: Landing links\n---\n\n${links}\n`,
  });
  const good = markdownPagesFixture('agreement-react-page-anchors-good', files('[a](/landing#secure) [b](/landing#contact) [c](/dashboard#summary)'));
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = markdownPagesFixture('agreement-react-page-anchors-bad', files('[a](/landing#hero) [b](/landing#plain) [c](/landing#fast)'));
  assert.deepEqual(await problemPlaces(bad), ['docs/landing-links.md:5:1 error broken-anchor', 'docs/landing-links.md:5:20 error broken-anchor', 'docs/landing-links.md:5:40 error broken-anchor']);
  assertBuildRefuses(bad, ['/landing#fast', '/landing#hero', '/landing#plain'], 'Docusaurus built links to ids its link check never collected');
});

test('pages of src/pages at the address of another one, of a doc, of the tags page and of a generated index: the check names each page, and Docusaurus refuses to build; a draft there builds', { timeout: 600_000 }, async () => {
  const page = (title: string, more = '') => `---\ntitle: ${title}\n${more}---\n\n# ${title}\n`;
  const dir = markdownPagesFixture('agreement-site-pages-routes', {
    'docs/guides/_category_.json': '{ "label": "Guides", "link": { "type": "generated-index" } }\n',
    'docs/guides/rotate.md': '---\ntitle: Rotate\ntags: [certs]\n---\n\nText.\n',
    'src/pages/docs/tags.md': page('Tags'),
    'src/pages/docs/category/guides.md': page('Guides'),
    'src/pages/docs/intro.md': page('Intro'),
    'src/pages/about.js': "import React from 'react';\nexport default function About() { return <p>About</p>; }\n",
    'src/pages/moved.md': page('Moved', 'slug: /docs/guides/rotate\n'),
    'src/pages/docs/later.md': page('Later', 'draft: true\n'),
    'docs/later.md': page('Later'),
  });
  assert.deepEqual((await checkSite(dir, { cache: false })).problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.rule}`), [
    'docs/guides/rotate.md:1 duplicate-route', 'docs/intro.md:1 duplicate-route',
    'src/pages/about.js:1 duplicate-route', 'src/pages/about.md:1 duplicate-route', 'src/pages/docs/category/guides.md:1 duplicate-route',
    'src/pages/docs/intro.md:1 duplicate-route', 'src/pages/docs/tags.md:1 duplicate-route', 'src/pages/moved.md:3 duplicate-route',
  ]);
  const build = docusaurusBuild(dir);
  assert.notEqual(build.status, 0, 'Docusaurus built pages of src/pages at taken addresses');
  const clashes = [...(build.stdout + build.stderr).matchAll(/create page at (\S+), but/g)].map(([, route]) => route).sort();
  assert.deepEqual(clashes, ['/about', '/docs/category/guides', '/docs/guides/rotate', '/docs/intro', '/docs/tags']);
  for (const file of ['docs/tags.md', 'docs/category/guides.md', 'docs/intro.md', 'about.js', 'moved.md']) fs.rmSync(path.join(dir, 'src', 'pages', file));
  assert.deepEqual((await checkSite(dir, { cache: false })).problems, []);
  assertBuilds(dir);
});

// Each a Markdown page of src/pages whose front matter the pages plugin refuses: its front matter, the line the check names, and the build's words.
const REFUSED_PAGE_FRONT_MATTER: Array<{ name: string; frontMatter: string; line: number; words: RegExp }> = [
  { name: 'empty-slug', frontMatter: "title: Case\nslug: ''\n", line: 3, words: /"slug" is not allowed to be empty/ },
  { name: 'number-slug', frontMatter: 'title: Case\nslug: 5\n', line: 3, words: /"slug" must be a string/ },
  { name: 'list-title', frontMatter: 'title: [a]\n', line: 2, words: /"title" must be a string/ },
  { name: 'maybe-toc', frontMatter: 'title: Case\nhide_table_of_contents: maybe\n', line: 3, words: /"hide_table_of_contents" must be a boolean/ },
  { name: 'number-keywords', frontMatter: 'title: Case\nkeywords: 5\n', line: 3, words: /"keywords" must be an array/ },
  { name: 'draft-unlisted', frontMatter: 'title: Case\ndraft: true\nunlisted: true\n', line: 4, words: /Can't be draft and unlisted at the same time/ },
  { name: 'bad-yaml', frontMatter: 'title: Case\ndescription: a: b\n', line: 3, words: /YAMLException: bad indentation of a mapping entry/ },
  { name: 'list', frontMatter: '- a\n- b\n', line: 2, words: /"value" must be of type object/ },
  { name: 'draft-number-slug', frontMatter: 'title: Case\ndraft: true\nslug: 5\n', line: 4, words: /"slug" must be a string/ },
];

test('front matter the pages plugin refuses in a Markdown page of src/pages, a draft\'s included: each stops the build, and the check names its line; the look-alikes build, and the check reports nothing', { timeout: 600_000 }, async () => {
  for (const { name, frontMatter, line, words } of REFUSED_PAGE_FRONT_MATTER) {
    const dir = markdownPagesFixture(`agreement-site-page-front-matter-${name}`, { 'src/pages/case.md': `---\n${frontMatter}---\n\n# Case\n` });
    assert.deepEqual((await checkSite(dir, { cache: false })).problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`), [`src/pages/case.md:${line} error front-matter`], name);
    assertBuildFails(dir, words, `Docusaurus built a page of src/pages with front matter ${JSON.stringify(frontMatter)}`);
  }
  const dir = markdownPagesFixture('agreement-site-page-front-matter-look-alikes', {
    'src/pages/kept.md': "---\ntitle: ''\ndescription: ''\nkeywords: [cis, '5']\nslug: /kept\nwrapperClassName: wide\nhide_table_of_contents: 'true'\ntoc_min_heading_level: 2\ntoc_max_heading_level: 4\nimage: https://docs.example.com/card.png\nlast_update:\n  author: Jane Doe\n---\n\n# Kept\n",
    'src/pages/loose.md': '---\ntitle: Loose\nsidebar_position: first\ntags: 5\nid: a/b\nsidebar_label: [x]\npagination_next: nowhere\ncustom_edit_url: 5\nunlisted: true\ndraft: false\n---\n\n# Loose\n',
    'src/pages/later.md': '---\ntitle: Later\ndraft: true\nhide_table_of_contents: false\n---\n\n# Later\n',
  });
  assert.deepEqual((await checkSite(dir, { cache: false })).problems, []);
  assertBuilds(dir);
});

// ---- The pages plugin's options ----------------------------------------------------------

/**
 * The markdown-pages fixture with its docs at the site's root, its pages plugin's preset option
 * set to `pages`, and `files` written over it; `moveTo`: the folder its src/pages moves to.
 */
function pagesOptionsFixture(name: string, pages: string, files: Record<string, string>, moveTo?: string): string {
  const dir = markdownPagesFixture(name, { 'docs/intro.md': '---\ntitle: Introduction\nslug: /\n---\n\n# Introduction\n', ...files });
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("{ docs: {}, blog: false }", `{ docs: { routeBasePath: '/' }, blog: false, pages: ${pages} }`));
  if (moveTo) fs.renameSync(path.join(dir, 'src', 'pages'), path.join(dir, moveTo));
  return dir;
}

const PAGES_ELSEWHERE = "{ path: 'pages', routeBasePath: 'site', exclude: ['**/old/**'] }";
const PAGES_ELSEWHERE_FILES = {
  'src/pages/moved.md': '---\ntitle: Moved\nslug: elsewhere\n---\n\n# Moved\n\n## Here\n',
  'src/pages/old/gone.md': '---\ntitle: Gone\n---\n\n# Gone\n',
  'src/pages/index.md': '---\ntitle: Start\n---\n\n# Start\n\n[about](/about.md#team) [moved](./moved.md#here)\n',
};

test('the pages plugin in a folder of its own, under a base path, with an exclude: the check names each link Docusaurus refuses; without them it builds', { timeout: 600_000 }, async () => {
  const dir = pagesOptionsFixture('agreement-pages-options', PAGES_ELSEWHERE, {
    ...PAGES_ELSEWHERE_FILES,
    'docs/links.md': '---\ntitle: Links\n---\n\n[a](/about) [b](/site/gone) [c](/site/moved) [d](/site/about#team) [e](/site/elsewhere#here)\n',
  }, 'pages');
  assert.deepEqual(await problemPlaces(dir), [
    'docs/links.md:5:1 error broken-link', 'docs/links.md:5:13 error broken-link', 'docs/links.md:5:29 error broken-link',
  ]);
  assertBuildRefuses(dir, ['/about', '/site/gone', '/site/moved'], 'Docusaurus built links to a page at its folder\'s address, an excluded page and a slugged page\'s file name');
  fs.writeFileSync(path.join(dir, 'docs', 'links.md'), '---\ntitle: Links\n---\n\n[d](/site/about#team) [e](/site/elsewhere#here)\n');
  assert.deepEqual((await checkSite(dir, { cache: false })).problems, []);
  assertBuilds(dir);
});

test('pages: false: links to src/pages break, in the check as in the build, and a mistake in a page there stops neither', { timeout: 600_000 }, async () => {
  const dir = pagesOptionsFixture('agreement-pages-off', 'false', {
    'src/pages/about.md': '---\ntitle: About\n---\n\n## Team\n\nA [broken](/nowhere) link, and <br> in MDX.\n',
    'docs/links.md': '---\ntitle: Links\n---\n\n[the team](/about#team)\n',
  });
  assert.deepEqual(await problemPlaces(dir), ['docs/links.md:5:1 error broken-link']);
  assertBuildFails(dir, /-> linking to \/about#team/, 'Docusaurus built a link to a page of src/pages without the pages plugin');
  fs.rmSync(path.join(dir, 'docs', 'links.md'));
  assert.deepEqual((await checkSite(dir, { cache: false })).problems, []);
  assertBuilds(dir);
});

// ---- Links to nothing, weighed by the config's levels --------------------------------------

/** The link-levels fixture, with its config's text and files replaced as given. */
function linkLevelsFixture(name: string, files: Record<string, string> = {}): string {
  const dir = path.join(OUTPUT_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, 'link-levels'), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

const levelsOf = async (dir: string) => (await checkSite(dir, { cache: false })).problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`);

test('a site whose config lets links to nothing through (a page, an address, an image, empty URLs) builds, and the check only warns', { timeout: 600_000 }, async () => {
  const dir = linkLevelsFixture('agreement-link-levels');
  assert.deepEqual(await levelsOf(dir), [6, 8, 10, 12, 14].map((line) => `docs/index.md:${line} warning broken-link`));
  assertBuilds(dir);
});

test('under Docusaurus\'s default levels an empty link builds (its hook only warns), and the check warns', { timeout: 600_000 }, async () => {
  const config = fs.readFileSync(path.join(FIXTURES, 'link-levels', 'docusaurus.config.js'), 'utf8').replace(/^ {2}(onBrokenLinks|markdown):.*\n/gm, '');
  const dir = linkLevelsFixture('agreement-link-levels-default', { 'docusaurus.config.js': config, 'docs/index.md': '---\ntitle: Empty\nslug: /\n---\n\nAn empty link: [release notes]().\n' });
  assert.deepEqual(await levelsOf(dir), ['docs/index.md:6 warning broken-link']);
  assertBuilds(dir);
});

test('an image path naming a folder stops the build whatever the levels, and the check reports an error', { timeout: 600_000 }, async () => {
  const dir = linkLevelsFixture('agreement-link-levels-folder', { 'docs/index.md': '---\ntitle: Folder\nslug: /\n---\n\nA folder: ![shots](./shots)\n' });
  assert.deepEqual(await levelsOf(dir), ['docs/index.md:6 error broken-link']);
  assertBuildFails(dir, /Can't resolve '\.\/shots'/, 'Docusaurus built an image that names a folder');
});

// ---- A docs folder beside the site (`path: '../docs'`) ------------------------------------

/** A copy of the outside-docs fixture (the site folder and the docs beside it); returns the site folder. */
function outsideDocsFixture(name: string, files: Record<string, string> = {}): string {
  const dir = path.join(OUTPUT_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  fs.cpSync(path.join(FIXTURES, 'outside-docs'), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return path.join(dir, 'site');
}

test('docs beside the site folder, with a partial that links back: the site builds, and the check reports nothing', { timeout: 600_000 }, async () => {
  const site = outsideDocsFixture('agreement-outside-docs');
  assert.deepEqual((await checkSite(site, { cache: false })).problems, []);
  assertBuilds(site);
});

test('docs beside the site folder importing a partial that is not there: the check names the line, and Docusaurus refuses to build', { timeout: 600_000 }, async () => {
  const home = fs.readFileSync(path.join(FIXTURES, 'outside-docs', 'docs', 'index.mdx'), 'utf8').replace("'./_note.md'", "'./_notes.md'");
  const site = outsideDocsFixture('agreement-outside-docs-import', { 'docs/index.mdx': home });
  assert.deepEqual((await checkSite(site, { cache: false })).problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule} ${p.message}`), ['../docs/index.mdx:6 error broken-link import "./_notes.md" names no file (../docs/_notes.md)']);
  assertBuildFails(site, /Can't resolve '\.\/_notes\.md'/, 'Docusaurus built an import of a partial that is not there');
});

test('anchors of pages the theme renders on its own (a generated index, the tags pages): the three missing ones stop the build, and the check names each; without them it builds', { timeout: 600_000 }, () =>
  assertFailLinesAgree('theme-page-anchors', ['docs/index.md:9:7 error broken-anchor', 'docs/index.md:9:58 error broken-anchor', 'docs/index.md:9:104 error broken-anchor'], ['/category/guides#setup', '/tags/audit#top', '/tags#Z']));

/** The blog-posts fixture (two blogs beside the docs), with one more line of links in its doc when given (line 16). */
function blogPostsFixture(name: string, links?: string): string {
  const dir = copyFixture(name, 'blog-posts');
  if (links) fs.appendFileSync(path.join(dir, 'docs', 'intro.md'), `\n${links}\n`);
  return dir;
}

test('blog posts: links to posts at their files\' dates and at their slugs, to their headings, to an unlisted post, to the blogs\' own pages and to a heading a list page shows build, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = blogPostsFixture('agreement-blog-posts', 'The [patch\'s fix](/blog#agent-fix) on the first list page.');
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
});

test('anchors a component collects in a blog post and in a Markdown page of src/pages: links to them on the post, on the list page that shows it and on the page build, and the check reports nothing; one the component does not collect stops both', { timeout: 600_000 }, async () => {
  const collecting = (links: string) => {
    const dir = blogPostsFixture(`agreement-blog-collected-${links.length}`, links);
    writeFixtureFile(dir, 'src/components/Export.jsx', COLLECTING_EXPORT);
    // The newest post: the first list page shows it, up to its marker.
    writeFixtureFile(dir, 'blog/2024-07-01-api.mdx', "---\ntitle: API\n---\n\nimport Export from '@site/src/components/Export';\n\n<Export anchor=\"HashMap\">A map.</Export>\n\n<!-- truncate -->\n\nMore.\n");
    writeFixtureFile(dir, 'src/pages/reference.md', "---\ntitle: Reference\n---\n\nimport Export from '@site/src/components/Export';\n\n<Export anchor=\"LazySeq\">A sequence.</Export>\n");
    return dir;
  };
  const good = collecting('[the map](/blog/2024/07/01/api#HashMap), [on the list](/blog#HashMap), [the sequence](/reference#LazySeq).');
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = collecting('[the set](/blog/2024/07/01/api#HashSet).');
  assert.deepEqual(await problemPlaces(bad), ['docs/intro.md:16:1 error broken-anchor']);
  assertBuildRefuses(bad, ['/blog/2024/07/01/api#HashSet'], 'Docusaurus built a link to an anchor the post\'s component does not collect');
});

test('a post and a Markdown page of src/pages that render a partial: links to the partials\' headings, from the post, the page and a doc, build, and the check reports nothing; a heading neither the partial nor its page has stops the build, and so do an address of the post, of its partial and of the page\'s partial that leads nowhere, and `<1024` in a partial, each stop the build, and the check names each line', { timeout: 600_000 }, async () => {
  const withPartials = (name: string, mistakes: { post?: string; part?: string; people?: string; doc?: string }) => {
    const dir = blogPostsFixture(name);
    writeFixtureFile(dir, 'blog/2024-07-02-ports.mdx', [
      '---', 'title: Ports', '---', '', "import Link from '@docusaurus/Link';", "import Ports from './_ports.md';", '',
      `See [the part](#open-ports), <Link to="#closed-ports">closed</Link> and [more](${mistakes.post ?? '/blog'}).`, '', '<Ports />', '',
    ].join('\n'));
    writeFixtureFile(dir, 'blog/_ports.md', `## Open ports\n\nOpen, as [the post](/blog/2024/07/02/ports) says.\n\n## Closed ports\n\n${mistakes.part ?? 'Closed.'}\n`);
    writeFixtureFile(dir, 'src/pages/team.md', "---\ntitle: Team\n---\n\nimport People from './_people.md';\n\n[Alice](#alice)\n\n<People />\n");
    writeFixtureFile(dir, 'src/pages/_people.md', `## Alice\n\n${mistakes.people ?? 'Alice.'}\n`);
    writeFixtureFile(dir, 'docs/ports.md', `# Ports\n\nSee [closed ports](/blog/2024/07/02/ports#closed-ports) and [Alice](/team#alice).\n\n${mistakes.doc ?? ''}\n`);
    return dir;
  };
  const good = withPartials('agreement-blog-partial-links', {});
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  // The routes' anchors for other pages: the post's and the page's, with their partials'.
  const anchors = withPartials('agreement-blog-partial-anchors', { doc: '[Bob](/team#bob) and [no port](/blog/2024/07/02/ports#no-port).' });
  assert.deepEqual(await problemPlaces(anchors), ['docs/ports.md:5:1 error broken-anchor', 'docs/ports.md:5:22 error broken-anchor']);
  assertBuildRefuses(anchors, ['/blog/2024/07/02/ports#no-port', '/team#bob'], 'Docusaurus built a doc whose links go to headings neither a page nor its partial has');
  const bad = withPartials('agreement-blog-partial-links-bad', { post: '/nowhere-from-post', part: '[Gone](/nowhere-from-part)', people: '[Bob](/nowhere-from-people)' });
  assert.deepEqual(await problemPlaces(bad), ['blog/2024-07-02-ports.mdx:8:73 error broken-link', 'blog/_ports.md:7:1 error broken-link', 'src/pages/_people.md:3:1 error broken-link']);
  // The post's and its partial's, on the post and on the list page that shows it whole.
  assertBuildRefuses(bad, ['/nowhere-from-part', '/nowhere-from-part', '/nowhere-from-people', '/nowhere-from-post', '/nowhere-from-post'], 'Docusaurus built pages whose partials\' links lead nowhere');
  const syntax = withPartials('agreement-blog-partial-syntax', { part: 'Ports <1024 need root.' });
  assert.deepEqual(await problemPlaces(syntax), ['blog/_ports.md:7:8 error mdx-syntax']);
  assertBuildFails(syntax, /Unexpected character `1`/, 'Docusaurus compiled a partial of a post with <1024 in it');
});

test('a post\'s partial that the post renders only inside a component of the site\'s that never renders its children: its heading stops the build through the post\'s table of contents, and the check names the element (diff75\'s p09)', { timeout: 600_000 }, async () => {
  const dir = blogPostsFixture('agreement-blog-partial-childless');
  writeFixtureFile(dir, 'src/components/Card.js', "import React from 'react';\n\nexport default function Card() {\n  return <p>Card.</p>;\n}\n");
  writeFixtureFile(dir, 'blog/2024-07-02-ports.mdx', "---\ntitle: Ports\n---\n\nimport Card from '@site/src/components/Card';\nimport Part from './_part.mdx';\n\n<Card>\n\n<Part />\n\n</Card>\n");
  writeFixtureFile(dir, 'blog/_part.mdx', '## Hidden part\n\nText.\n');
  assert.deepEqual(await problemPlaces(dir), ['blog/2024-07-02-ports.mdx:10:1 error broken-anchor']);
  assertBuildRefuses(dir, ['#hidden-part'], 'Docusaurus built a post whose table of contents links to a heading its component drops');
});

test('a post\'s own <Link>s on the list page that shows it: a relative one and one to a heading below the marker stop the build there, one in a lazy tab does not, and the check names the two', { timeout: 600_000 }, async () => {
  const withPost = (name: string, patch: string) => {
    const dir = blogPostsFixture(name);
    writeFixtureFile(dir, 'blog/2024-05-29-ports.mdx', [
      '---', 'title: Ports', '---', '', "import Link from '@docusaurus/Link';", "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", '',
      `See <Link to="${patch}">the patch</Link> and <Link to="#steps">the steps</Link>.`, '',
      '<Tabs lazy>', '<TabItem value="a">', '', 'A.', '', '</TabItem>', '<TabItem value="b">', '', '[Later](../../06/01/patch)', '', '</TabItem>', '</Tabs>', '',
      '<!-- truncate -->', '', '## Steps', '',
    ].join('\n'));
    return dir;
  };
  // From the post's own address, ../../06/01/patch is the patch post; from /blog it is no page.
  const relative = withPost('agreement-blog-post-link-relative', '../../06/01/patch');
  assert.deepEqual(await problemPlaces(relative), ['blog/2024-05-29-ports.mdx:9:11 error broken-link', 'blog/2024-05-29-ports.mdx:9:61 error broken-anchor']);
  // The build stops at broken addresses before it reports anchors.
  assertBuildRefuses(relative, ['../../06/01/patch'], 'Docusaurus built a list page whose post\'s <Link> leads nowhere from there');
  const rooted = withPost('agreement-blog-post-link-anchor', '/blog/2024/06/01/patch');
  assert.deepEqual(await problemPlaces(rooted), ['blog/2024-05-29-ports.mdx:9:66 error broken-anchor']);
  assertBuildRefuses(rooted, ['#steps'], 'Docusaurus built a list page whose post\'s <Link> goes to a heading it does not show');
});

test('a partial a post renders above its truncate marker shows on the list page: its relative address stops the build there, a heading of the partial below the marker is no anchor there, one above is; the check names each line', { timeout: 600_000 }, async () => {
  const withPartials = (name: string, aboveLink: string, docLinks: string) => {
    const dir = blogPostsFixture(name);
    writeFixtureFile(dir, 'blog/2024-05-29-ports.mdx', [
      '---', 'title: Ports', '---', '', "import Above from './_above.md';", "import Below from './_below.md';", '',
      'See [open](#open-ports) and [closed](#closed-ports).', '', '<Above />', '', '<!-- truncate -->', '', '<Below />', '',
    ].join('\n'));
    writeFixtureFile(dir, 'blog/_above.md', `## Open ports\n\nSee [the patch](${aboveLink}).\n`);
    writeFixtureFile(dir, 'blog/_below.md', '## Closed ports\n\nSee [the patch](../../06/01/patch).\n');
    writeFixtureFile(dir, 'docs/ports.md', `# Ports\n\n[open](/blog#open-ports) ${docLinks}\n`);
    return dir;
  };
  // From the post's own address (/blog/2024/05/29/ports), ../../06/01/patch is the patch post; from /blog it is no page.
  const relative = withPartials('agreement-blog-listed-partial-link', '../../06/01/patch', '');
  assert.deepEqual(await problemPlaces(relative), ['blog/2024-05-29-ports.mdx:8:29 error broken-anchor', 'blog/_above.md:3:5 error broken-link']);
  assertBuildRefuses(relative, ['../../06/01/patch'], 'Docusaurus built a list page whose post\'s partial links nowhere from there');
  const anchors = withPartials('agreement-blog-listed-partial-anchor', '/blog/2024/06/01/patch', '[closed](/blog#closed-ports)');
  assert.deepEqual(await problemPlaces(anchors), ['blog/2024-05-29-ports.mdx:8:29 error broken-anchor', 'docs/ports.md:3:26 error broken-anchor']);
  assertBuildRefuses(anchors, ['#closed-ports', '/blog#closed-ports'], 'Docusaurus built a list page without the heading of a partial its post renders below the marker');
});

test('a post\'s partial on the list page: one before the marker on its line shows there, with its heading; its <Link> to the post\'s heading below the marker stops the build there; its .md link to no post stops the blog\'s loader; the check names each line', { timeout: 600_000 }, async () => {
  const withPart = (name: string, part: string) => {
    const dir = blogPostsFixture(name, '[the part](/blog#part-heading)');
    writeFixtureFile(dir, 'blog/2024-05-29-ports.mdx', "---\ntitle: Ports\n---\n\nimport Part from './_part.mdx';\n\n<Part /> {/* truncate */}\n\n## Steps\n");
    writeFixtureFile(dir, 'blog/_part.mdx', `import Link from '@docusaurus/Link';\n\n## Part heading\n\n${part}\n`);
    return dir;
  };
  const good = withPart('agreement-blog-listed-partial-good', 'See [the release](./2024-05-28-release-2-9.md#upgrade-steps).');
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const anchor = withPart('agreement-blog-listed-partial-link-anchor', 'See <Link to="#steps">the steps</Link>.');
  assert.deepEqual(await problemPlaces(anchor), ['blog/_part.mdx:5:11 error broken-anchor']);
  assertBuildRefuses(anchor, ['#steps'], 'Docusaurus built a list page whose post\'s partial links to a heading below the marker');
  const file = withPart('agreement-blog-listed-partial-md-link', 'See [nothing](./2024-05-27-nope.md).');
  assert.deepEqual(await problemPlaces(file), ['blog/_part.mdx:5:5 error broken-link']);
  assertBuildFails(file, /couldn't be resolved/, 'Docusaurus compiled a blog partial whose .md link finds no post');
});

test('a post whose text before the marker opens a <details> the rest closes: the blog compiles that text alone for the list page and the build stops; unlisted, it is on no list page and builds; the check agrees', { timeout: 600_000 }, async () => {
  const withPost = (name: string, more: string) => {
    const dir = blogPostsFixture(name);
    writeFixtureFile(dir, 'blog/2024-05-29-ports.md', `---\ntitle: Ports\n${more}---\n\n<details>\n<summary>More</summary>\n\nText.\n\n<!-- truncate -->\n\nRest.\n\n</details>\n`);
    return dir;
  };
  const listed = withPost('agreement-blog-marker-in-details', '');
  assert.deepEqual(await problemPlaces(listed), ['blog/2024-05-29-ports.md:5:1 error mdx-syntax']);
  assertBuildFails(listed, /Expected a closing tag for `<details>`/, 'Docusaurus compiled a list page\'s cut of a post whose <details> closes below the marker');
  const unlisted = withPost('agreement-blog-marker-in-details-unlisted', 'unlisted: true\n');
  assert.deepEqual(await problemPlaces(unlisted), []);
  assertBuilds(unlisted);
});

test('a post that renders a component above its marker and imports it below: the blog compiles that text alone for the list page, where the component is undefined, and the build stops; imported above the marker it builds; the check agrees', { timeout: 600_000 }, async () => {
  const withPost = (name: string, body: string) => {
    const dir = blogPostsFixture(name);
    writeFixtureFile(dir, 'src/components/Badge.js', "import React from 'react';\n\nexport default function Badge({children}) {\n  return <span>{children}</span>;\n}\n");
    writeFixtureFile(dir, 'blog/2024-06-01-late.md', `---\ntitle: Late\n---\n\n${body}\n`);
    return dir;
  };
  const importLine = "import Badge from '@site/src/components/Badge';";
  const below = withPost('agreement-blog-import-below-marker', `A <Badge>new</Badge> release.\n\n<!-- truncate -->\n\n${importLine}\n\nRest.`);
  assert.deepEqual(await problemPlaces(below), ['blog/2024-06-01-late.md:5:3 error mdx-undefined']);
  assertBuildFails(below, /Expected component `Badge` to be defined/, 'Docusaurus rendered a list page whose post imports its component below the marker');
  const above = withPost('agreement-blog-import-above-marker', `${importLine}\n\nA <Badge>new</Badge> release.\n\n<!-- truncate -->\n\nRest.`);
  assert.deepEqual(await problemPlaces(above), []);
  assertBuilds(above);
});

test('a marker quoted in a post\'s front matter: the blog cuts the file there for its list pages, whose text is then that front matter read as MDX; a title it cannot compile stops the build, and the body\'s marker no longer counts there; the check agrees', { timeout: 600_000 }, async () => {
  const withPost = (name: string, frontMatter: string, body: string) => {
    const dir = blogPostsFixture(name);
    writeFixtureFile(dir, 'src/components/Badge.js', "import React from 'react';\n\nexport default function Badge({children}) {\n  return <span>{children}</span>;\n}\n");
    writeFixtureFile(dir, 'blog/2024-06-01-cut.md', `---\n${frontMatter}---\n\n${body}\n`);
    return dir;
  };
  const details = withPost('agreement-blog-marker-in-front-matter', 'title: Why <details> matters\ndescription: cut with <!-- truncate -->\n', 'Text.\n\n<!-- truncate -->\n\nRest.');
  assert.deepEqual(await problemPlaces(details), ['blog/2024-06-01-cut.md:2:12 error mdx-syntax']);
  assertBuildFails(details, /MDX compilation failed/, 'Docusaurus compiled a list page\'s cut that falls in the front matter');
  const late = withPost('agreement-blog-marker-in-front-matter-late-import', 'title: Cut\ndescription: How to cut a post with <!-- truncate --> in it\n', "A <Badge>new</Badge> release.\n\n<!-- truncate -->\n\nimport Badge from '@site/src/components/Badge';\n\nRest.");
  assert.deepEqual(await problemPlaces(late), []);
  assertBuilds(late);
});

test('a component the content names in an event handler, defined nowhere: MDX tests it before the page renders and the build stops, though the handler never runs; the theme\'s <Details> above a post\'s marker, imported below it, builds; the check agrees', { timeout: 600_000 }, async () => {
  const handler = mdxFixtureWith('agreement-mdx-component-in-handler', { 'docs/handler.mdx': '# Handler\n\n<button onClick={() => alert(<Badge>x</Badge>)}>b</button>\n' });
  assert.deepEqual(await problemPlaces(handler), ['docs/handler.mdx:3:31 error mdx-undefined']);
  assertBuildFails(handler, /Expected component `Badge` to be defined/, 'Docusaurus rendered a page whose handler names a component nothing defines');
  const provided = blogPostsFixture('agreement-blog-theme-component-above-marker');
  writeFixtureFile(provided, 'blog/2024-06-01-details.md', "---\ntitle: Details\n---\n\n<Details><summary>More</summary>Text.</Details>\n\n<!-- truncate -->\n\nimport Details from '@theme/Details';\n\nRest.\n");
  assert.deepEqual(await problemPlaces(provided), []);
  assertBuilds(provided);
});

test('a component a post renders above its marker renders on the list page too: its relative <Link> and its <Link> to a heading below the marker stop the build there, and the check names the component\'s line; below the marker it renders on the post alone and builds', { timeout: 600_000 }, async () => {
  const withComponent = (name: string, target: string, where: 'above' | 'below') => {
    const dir = blogPostsFixture(name);
    writeFixtureFile(dir, 'src/components/Next.js', `import React from 'react';\nimport Link from '@docusaurus/Link';\n\nexport default function Next() {\n  return <Link to="${target}">next</Link>;\n}\n`);
    const parts = ['---\ntitle: Ports\n---\n\nimport Next from \'@site/src/components/Next\';\n', '<!-- truncate -->\n', '## Steps\n'];
    const body = where === 'above' ? ['<Next />\n', ...parts.slice(1)] : [parts[1], '<Next />\n', parts[2]];
    writeFixtureFile(dir, 'blog/2024-07-01-ports.mdx', [parts[0], ...body].join('\n'));
    return dir;
  };
  // From the post's own address (/blog/2024/07/01/ports), ../../06/01/patch is the patch post; from /blog it is no page.
  const relative = withComponent('agreement-blog-component-relative', '../../06/01/patch', 'above');
  assert.deepEqual(await problemPlaces(relative), ['src/components/Next.js:5:10 error broken-link']);
  assertBuildRefuses(relative, ['../../06/01/patch'], 'Docusaurus built a list page whose post\'s component links nowhere from there');
  const anchor = withComponent('agreement-blog-component-anchor', '#steps', 'above');
  assert.deepEqual(await problemPlaces(anchor), ['src/components/Next.js:5:10 error broken-anchor']);
  assertBuildRefuses(anchor, ['#steps'], 'Docusaurus built a list page whose post\'s component links to a heading it does not show');
  const below = withComponent('agreement-blog-component-below', '../../06/01/patch', 'below');
  assert.deepEqual(await problemPlaces(below), []);
  assertBuilds(below);
});

const BLOG_MISTAKES: Record<string, { link: string; rule: string; build: RegExp }> = {
  'a post that is not there': { link: '[gone](/blog/2024/05/28/release-2-8)', rule: 'broken-link', build: /linking to \/blog\/2024\/05\/28\/release-2-8/ },
  'a draft post': { link: '[plans](/blog/plans)', rule: 'broken-link', build: /linking to \/blog\/plans/ },
  'a post\'s address before its slug': { link: '[welcome](/blog/welcome)', rule: 'broken-link', build: /linking to \/blog\/welcome/ },
  'an anchor a post lacks': { link: '[rollback](/blog/2024/05/28/release-2-9#rollback)', rule: 'broken-anchor', build: /linking to \/blog\/2024\/05\/28\/release-2-9#rollback/ },
  'a list page past the last': { link: '[page 3](/blog/page/3)', rule: 'broken-link', build: /linking to \/blog\/page\/3/ },
  'a heading of a post another list page shows': { link: '[the fix](/blog/page/2#agent-fix)', rule: 'broken-anchor', build: /linking to \/blog\/page\/2#agent-fix/ },
  'a heading below its post\'s truncate marker, on the list page': { link: '[the steps](/blog#upgrade-steps)', rule: 'broken-anchor', build: /linking to \/blog#upgrade-steps/ },
  'the tags index of a blog without tags': { link: '[tags](/news/tags)', rule: 'broken-link', build: /linking to \/news\/tags/ },
  'a tag no post has': { link: '[tls](/blog/tags/tls)', rule: 'broken-link', build: /linking to \/blog\/tags\/tls/ },
  'a tag page past the last': { link: '[more](/blog/tags/security/page/2)', rule: 'broken-link', build: /linking to \/blog\/tags\/security\/page\/2/ },
  'an author the map gives no page': { link: '[joe](/blog/authors/joe)', rule: 'broken-link', build: /linking to \/blog\/authors\/joe/ },
  'a Markdown link to a post\'s file': { link: '[the post](../blog/2024-05-28-release-2-9.md)', rule: 'broken-link', build: /Markdown link with URL `\.\.\/blog\/2024-05-28-release-2-9\.md` in source file "\S*docs\/intro\.md" \(16:1\) couldn't be resolved/ },
};

for (const [mistake, { link, rule, build }] of Object.entries(BLOG_MISTAKES)) {
  test(`blog posts, ${mistake}: the check reports it at the link, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = blogPostsFixture(`agreement-blog-${mistake.replace(/\W+/g, '-')}`, link);
    assert.deepEqual(await problemPlaces(dir), [`docs/intro.md:16:1 error ${rule}`]);
    assertBuildFails(dir, build, `Docusaurus built a doc with ${mistake}`);
  });
}

test('an unlisted post in a tag whose every post is unlisted is on that tag\'s page: a relative address and a heading below its marker break there, the check names both at the post, and Docusaurus refuses to build', { timeout: 600_000 }, async () => {
  const dir = blogPostsFixture('agreement-blog-unlisted-tag');
  // From the post's own address, /blog/internal-notes, ./hello-world is the welcome post; from /blog/tags/internal it is no page.
  fs.writeFileSync(path.join(dir, 'blog', 'internal.md'), '---\ntitle: Internal notes\nslug: internal-notes\ndate: 2024-02-01\nunlisted: true\ntags: [internal]\n---\n\nSee [the steps](#steps) and [hello](./hello-world).\n\n<!-- truncate -->\n\n## Steps\n');
  assert.deepEqual(await problemPlaces(dir), ['blog/internal.md:9:5 error broken-anchor', 'blog/internal.md:9:29 error broken-link']);
  assertBuildFails(dir, /source page path = \/blog\/tags\/internal:\s*-> linking to \.\/hello-world/, 'Docusaurus built a tag page whose unlisted post links where it leads nowhere');
});

test('a blog at the site\'s root: links to its home page, posts, headings, archive and tags build, and the check reports nothing; a link to no page and one to a tag no post has stop both', { timeout: 600_000 }, async () => {
  const dir = copyFixture('agreement-blog-root', 'blog-root');
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
  fs.appendFileSync(path.join(dir, 'docs', 'intro.md'), '\n[gone](/nonexistent) [tls](/tags/tls)\n');
  assert.deepEqual(await problemPlaces(dir), ['docs/intro.md:6:1 error broken-link', 'docs/intro.md:6:22 error broken-link']);
  assertBuildFails(dir, /linking to \/nonexistent[\s\S]*linking to \/tags\/tls/, 'Docusaurus built links to no page under a blog at the root');
});

test('a blog at the site\'s root, and a page of src/pages at /: the check names the page, and Docusaurus refuses to build', { timeout: 600_000 }, async () => {
  const dir = copyFixture('agreement-blog-root-home', 'blog-root');
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('pages: false', 'pages: {}'));
  fs.mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'src', 'pages', 'index.md'), '# Home\n\nHello.\n');
  assert.deepEqual(await problemPlaces(dir), ['src/pages/index.md:1:1 error duplicate-route']);
  assertBuildFails(dir, /Duplicate routes found!/, 'Docusaurus built a page of src/pages where a blog at the root has its list page');
});

test('a blog whose folder is not there still makes its list page: a link to it builds, and the check reports nothing; one to its archive stops both', { timeout: 600_000 }, async () => {
  const dir = blogPostsFixture('agreement-blog-no-folder');
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('plugins: [', "plugins: [['@docusaurus/plugin-content-blog', { id: 'gone', path: 'gone', routeBasePath: 'gone' }], "));
  fs.appendFileSync(path.join(dir, 'docs', 'intro.md'), '\n[gone](/gone) [archive](/gone/archive)\n');
  assert.deepEqual(await problemPlaces(dir), ['docs/intro.md:16:15 error broken-link']);
  assertBuildRefuses(dir, ['/gone/archive'], 'Docusaurus built a link to the archive of a blog without posts');
});

/**
 * A copy of `fixture` outside any git work tree, for `body`: a folder of the system's, outside
 * this repository, whose node_modules links each package of this one's (so that the bundler's
 * cache stays its own). Git, the check's and the build's alike, looks no higher than the system's
 * temporary folder while `body` runs.
 */
async function outsideGit(fixture: string, name: string, body: (dir: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const ceiling = process.env.GIT_CEILING_DIRECTORIES;
  process.env.GIT_CEILING_DIRECTORIES = path.dirname(dir);
  try {
    fs.cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
    const packages = path.join(__dirname, '..', '..', 'node_modules');
    fs.mkdirSync(path.join(dir, 'node_modules'));
    for (const entry of fs.readdirSync(packages)) if (entry !== '.cache') fs.symlinkSync(path.join(packages, entry), path.join(dir, 'node_modules', entry));
    await body(dir);
  } finally {
    if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
    else process.env.GIT_CEILING_DIRECTORIES = ceiling;
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

test('outside a git work tree, the blog\'s dated posts build and the check reports nothing; a post without a date stops both, where git cannot date it', { timeout: 600_000 }, () => outsideGit('blog-posts', 'agreement-blog-nogit', async (dir) => {
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
  fs.writeFileSync(path.join(dir, 'blog', 'roadmap.md'), '---\ntitle: Roadmap\n---\n\nWhat comes next.\n');
  assert.deepEqual(await problemPlaces(dir), ['blog/roadmap.md:1:1 error page-file']);
  assertBuildFails(dir, /outside any Git worktree|exit code 128/, 'Docusaurus dated a post outside git');
}));

test('outside a git work tree, docs that show their last update build where each page\'s front matter gives it; one page without it stops both, as git cannot date it', { timeout: 600_000 }, () => outsideGit('real-patterns', 'agreement-docs-nogit', async (dir) => {
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("docs: { routeBasePath: '/',", "docs: { showLastUpdateTime: true, routeBasePath: '/',"));
  // Every page, partials aside, dated in its front matter: git is never asked.
  const pages = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => /^(?:docs|versioned_docs)\/.*\.mdx?$/.test(file) && !/(?:^|\/)_/.test(file));
  assert.ok(pages.length >= 5, `only ${pages.length} pages`);
  const dated = (text: string) => (text.startsWith('---\n') ? text.replace('---\n', '---\nlast_update:\n  date: 2026-01-31\n') : `---\nlast_update:\n  date: 2026-01-31\n---\n\n${text}`);
  for (const page of pages) fs.writeFileSync(path.join(dir, page), dated(fs.readFileSync(path.join(dir, page), 'utf8')));
  assert.deepEqual((await problemPlaces(dir)).filter((place) => place.includes(' error ')), []);
  assertBuilds(dir);
  const undated = path.join(dir, 'docs', 'concepts.md');
  fs.writeFileSync(undated, fs.readFileSync(undated, 'utf8').replace('last_update:\n  date: 2026-01-31\n', ''));
  const problems = (await checkSite(dir, { cache: false })).problems.filter(({ severity }) => severity === 'error');
  assert.deepEqual(problems.map(placeOf), ['docusaurus.config.js:12:35 error page-file']);
  assert.match(problems[0].message, /the page docs\/concepts\.md has no last_update date in its front matter/);
  assertBuildFails(dir, /outside any Git worktree|exit code 128/, 'Docusaurus dated a doc outside git');
}));

test('outside a git work tree, Markdown pages of src/pages that show their last update build where their front matter gives it; one without it stops both, as git cannot date it', { timeout: 600_000 }, () => outsideGit('markdown-pages', 'agreement-pages-nogit', async (dir) => {
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("blog: false }", "blog: false, pages: { showLastUpdateTime: true } }"));
  const about = path.join(dir, 'src', 'pages', 'about.md');
  const dated = (file: string) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^(---\n)?/, (open) => (open ? '---\nlast_update:\n  date: 2026-01-31\n' : '---\nlast_update:\n  date: 2026-01-31\n---\n\n')));
  dated(about);
  dated(path.join(dir, 'src', 'pages', 'index.md'));
  assert.deepEqual((await problemPlaces(dir)).filter((place) => place.includes(' error ')), []);
  assertBuilds(dir);
  fs.writeFileSync(about, fs.readFileSync(about, 'utf8').replace('last_update:\n  date: 2026-01-31\n', ''));
  const problems = (await checkSite(dir, { cache: false })).problems.filter(({ severity }) => severity === 'error');
  assert.deepEqual(problems.map(placeOf), ['docusaurus.config.js:11:59 error page-file']);
  assert.match(problems[0].message, /the page src\/pages\/about\.md has no last_update date in its front matter/);
  assertBuildFails(dir, /outside any Git worktree|exit code 128/, 'Docusaurus dated a Markdown page outside git');
}));

/** The blog-posts fixture's config with `options` in place of its blog's onInlineTags option. */
const blogConfigWith = (options: string) => fs.readFileSync(path.join(FIXTURES, 'blog-posts', 'docusaurus.config.js'), 'utf8').replace("onInlineTags: 'ignore', ", options);

/** A post's own mistakes, each in a post of its own (blog/2024-07-02-ports.md): the blog compiles it as the docs compile a doc. */
const BLOG_POST_MISTAKES: Record<string, { text: string; at: string | string[]; build: RegExp; files?: Record<string, string> }> = {
  'MDX that does not parse': { text: '---\ntitle: Ports\n---\n\nPorts <1024 need root.\n', at: 'blog/2024-07-02-ports.md:5:8 error mdx-syntax', build: /MDX compilation failed for file "\S*blog\/2024-07-02-ports\.md"/ },
  'front matter the blog refuses': { text: '---\ntitle: Ports\ntags: 5\n---\n\nText.\n', at: 'blog/2024-07-02-ports.md:3:1 error front-matter', build: /Processing of blog source file path=2024-07-02-ports\.md failed/ },
  'a .md link to a doc': { text: '---\ntitle: Ports\n---\n\nSee [the intro](../docs/intro.md).\n', at: 'blog/2024-07-02-ports.md:5:5 error broken-link', build: /Markdown link with URL `\.\.\/docs\/intro\.md` in source file "\S*blog\/2024-07-02-ports\.md" \(5:5\) couldn't be resolved/ },
  'an address to no page': { text: '---\ntitle: Ports\n---\n\nSee [nothing](/nothing).\n', at: 'blog/2024-07-02-ports.md:5:5 error broken-link', build: /linking to \/nothing/ },
  'a relative address the list pages cannot follow': { text: '---\ntitle: Ports\n---\n\nSee [the patch](../../06/01/patch).\n', at: 'blog/2024-07-02-ports.md:5:5 error broken-link', build: /linking to \.\.\/\.\.\/06\/01\/patch \(resolved as: \/06\/01\/patch\)/ },
  'a slug its list pages cannot link to': { text: '---\ntitle: Ports\nslug: ports?v=2\n---\n\nText.\n', at: 'blog/2024-07-02-ports.md:3:1 error invalid-route', build: /linking to \/blog\/ports\?v=2/ },
  'a slug at the blog\'s archive': { text: '---\ntitle: Ports\nslug: archive\n---\n\nText.\n', at: 'blog/2024-07-02-ports.md:3:1 error duplicate-route', build: /Duplicate routes found!/ },
  'the slug of another post': { text: '---\ntitle: Ports\nslug: hello-world\n---\n\nText.\n', at: ['blog/2024-07-02-ports.md:3:1 error duplicate-route', 'blog/welcome.md:3:1 error duplicate-route'], build: /Duplicate routes found!/ },
  'an author key the authors map lacks': { text: '---\ntitle: Ports\nauthors: [jane, joe]\n---\n\nText.\n', files: { 'blog/authors.yml': 'jane:\n  name: Jane Doe\n  page: true\n' }, at: 'blog/2024-07-02-ports.md:3:1 error front-matter', build: /Blog author with key "joe" not found in the authors map file/ },
  'a tag the blog\'s tags file lacks, under onInlineTags throw': { text: '---\ntitle: Ports\ntags: [security, tls]\n---\n\nText.\n', files: { 'blog/tags.yml': 'security:\n  label: Security\n', 'docusaurus.config.js': blogConfigWith("onInlineTags: 'throw', ") }, at: 'blog/2024-07-02-ports.md:3:1 error tags', build: /Tags \[tls\] used in 2024-07-02-ports\.md are not defined in tags\.yml/ },
  'no truncate marker, under onUntruncatedBlogPosts throw': { text: '---\ntitle: Ports\n---\n\nText.\n', files: { 'docusaurus.config.js': blogConfigWith("onInlineTags: 'ignore', ").replace("onUntruncatedBlogPosts: 'ignore' } }]]", "onUntruncatedBlogPosts: 'throw' } }]]") }, at: ['blog/2024-07-02-ports.md:1:1 error page-file', 'blog/2024/06/01/patch/index.md:1:1 error page-file', 'blog/unlisted.md:1:1 error page-file', 'blog/welcome.md:1:1 error page-file'], build: /Docusaurus found blog posts without truncation markers/ },
  'an author key named twice': { text: '---\ntitle: Ports\nauthors: [jane, jane]\n---\n\nText.\n', files: { 'blog/authors.yml': 'jane:\n  name: Jane Doe\n  page: true\n' }, at: 'blog/2024-07-02-ports.md:3:1 error front-matter', build: /Duplicate blog post authors were found in blog post/ },
  'authors written out in full, under onInlineAuthors throw': { text: '---\ntitle: Ports\nauthors: {name: Joe}\n---\n\nText.\n', files: { 'docusaurus.config.js': blogConfigWith("onInlineTags: 'ignore', ").replace("onInlineAuthors: 'ignore'", "onInlineAuthors: 'throw'") }, at: ['blog/2024-07-02-ports.md:3:1 error front-matter', 'blog/welcome.md:5:1 error front-matter'], build: /Some blog authors used in \S+ are not defined in/ },
  'two authors whose pages share a permalink': { text: '---\ntitle: Ports\n---\n\nText.\n', files: { 'blog/authors.yml': 'jane:\n  name: Jane\n  page: {permalink: /team}\njoe:\n  name: Joe\n  page: {permalink: /team}\n' }, at: 'blog/authors.yml:1:1 error front-matter', build: /The following permalinks are duplicated/ },
  'an authors map that does not parse': { text: '---\ntitle: Ports\nauthors: jane\n---\n\nText.\n', files: { 'blog/authors.yml': 'jane:\n  name: Jane\n  socials: [\n' }, at: 'blog/authors.yml:4:1 error front-matter', build: /blog\/authors\.yml" looks invalid \(not Yaml nor JSON\)/ },
};

for (const [mistake, { text, at, build, files = {} }] of Object.entries(BLOG_POST_MISTAKES)) {
  test(`a blog post with ${mistake}: the check reports it where the build stops, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = blogPostsFixture(`agreement-blog-post-${mistake.replace(/\W+/g, '-')}`);
    for (const [file, written] of Object.entries({ ...files, 'blog/2024-07-02-ports.md': text })) fs.writeFileSync(path.join(dir, file), written);
    assert.deepEqual(await problemPlaces(dir), [at].flat());
    assertBuildFails(dir, build, `Docusaurus built a blog post with ${mistake}`);
  });
}

// ---- Docs instances other than the default one, and none at all ------------------------------

test('two docs instances, the second with a released version, build with links between them, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = copyFixture('agreement-docs-instances', 'docs-instances');
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
});

/** Mistakes in or into the second docs instance, each appended to one page of the fixture. */
const DOCS_INSTANCE_MISTAKES: Record<string, { file: string; text: string; at: string; build: RegExp }> = {
  'an address the other instance does not have': { file: 'docs/intro.md', text: '[gone](/community/nope)', at: 'docs/intro.md:10:1 error broken-link', build: /linking to \/community\/nope/ },
  'an anchor the other instance\'s page lacks': { file: 'docs/intro.md', text: '[gone](/community/guide#nope)', at: 'docs/intro.md:10:1 error broken-anchor', build: /linking to \/community\/guide#nope/ },
  'a Markdown file link into the other instance': { file: 'docs/intro.md', text: '[file](../community/guide.md)', at: 'docs/intro.md:10:1 error broken-link', build: /Markdown link with URL `\.\.\/community\/guide\.md` in source file "\S*docs\/intro\.md" \(10:1\) couldn't be resolved/ },
  'a Markdown file link to nothing in the other instance\'s page': { file: 'community/guide.md', text: '[x](./missing.md)', at: 'community/guide.md:10:1 error broken-link', build: /Markdown link with URL `\.\/missing\.md` in source file "\S*community\/guide\.md" \(10:1\) couldn't be resolved/ },
};

for (const [mistake, { file, text, at, build }] of Object.entries(DOCS_INSTANCE_MISTAKES)) {
  test(`${mistake}: the check reports it where the build stops, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = copyFixture(`agreement-docs-instance-${mistake.replace(/\W+/g, '-')}`, 'docs-instances');
    fs.appendFileSync(path.join(dir, file), `${text}\n`);
    assert.deepEqual(await problemPlaces(dir), [at]);
    assertBuildFails(dir, build, `Docusaurus built ${mistake}`);
  });
}

test('a site without the default docs instance (docs: false) builds with no docs folder, and the check reports nothing; a link to /docs/intro stops both', { timeout: 600_000 }, async () => {
  const dir = path.join(OUTPUT_DIR, 'agreement-no-default-docs');
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  const files = {
    'docusaurus.config.js': "module.exports = {\n  title: 'Blog', url: 'https://docs.example.com', baseUrl: '/',\n  future: { faster: true, v4: { removeLegacyPostBuildHeadAttribute: true } },\n  onBrokenLinks: 'throw', onBrokenAnchors: 'throw', onDuplicateRoutes: 'throw',\n  presets: [['classic', { docs: false, blog: { onUntruncatedBlogPosts: 'ignore' } }]],\n};\n",
    'src/pages/index.js': 'export default function Home() { return null; }\n',
    'blog/2024-01-02-hello.md': '---\ntitle: Hello\n---\n\nBack [home](/).\n',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
  fs.appendFileSync(path.join(dir, 'blog/2024-01-02-hello.md'), '\nSee [the docs](/docs/intro).\n');
  assert.deepEqual(await problemPlaces(dir), ['blog/2024-01-02-hello.md:7:5 error broken-link']);
  assertBuildRefuses(dir, ['/docs/intro', '/docs/intro'], 'Docusaurus built a link to /docs/intro without a docs plugin');
});

test('a Markdown link written with backslashes (docs\\guide\\setup.md) builds: Docusaurus names the file it looks for with slashes; the check reports nothing; one to no file stops both', { timeout: 600_000 }, async () => {
  const files = (link: string) => ({ 'docs/index.md': optionsHome(`See [setup](${link}).`), 'docs/guide/setup.md': '# Setup\n' });
  const good = optionsSite('agreement-backslash-link', files('docs\\guide\\setup.md'));
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = optionsSite('agreement-backslash-link-missing', files('docs\\guide\\nope.md'));
  assert.deepEqual(await problemPlaces(bad), ['docs/index.md:7:5 error broken-link']);
  assertBuildFails(bad, /Markdown link with URL `docs\\guide\\nope\.md`/, 'Docusaurus built a backslash link to no file');
});

test('anchors code of the site\'s adds build, and the check reports nothing: a partial imported by a statement over two lines, Markdown a component file renders, a component that collects its anchor', { timeout: 600_000 }, async () => {
  const good = optionsSite('agreement-anchors-by-code', {
    'docs/index.md': optionsHome('[Gradle](./setup.md#configuring-gradle), [the module](./modules.md#register-the-module), and [the class](./api.mdx#HashableObj).'),
    'docs/setup.md': "# Setup\n\nimport Tabs from '@theme/Tabs'; import\nGradle from './_gradle.md';\n\n<Gradle />\n",
    'docs/_gradle.md': '## Configuring Gradle\n\nText.\n',
    'docs/modules.md': "# Modules\n\nimport {Ios} from './_components';\n\n<Ios />\n",
    'docs/_components.jsx': renderingMarkdown('./ios.md'),
    'docs/ios.md': '# iOS\n\n## Register the module\n',
    'docs/api.mdx': "# API\n\nimport Export from '@site/src/components/Export';\n\n<Export anchor=\"HashableObj\">A class.</Export>\n",
    'src/components/Export.jsx': COLLECTING_EXPORT,
  });
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
});

test('a component a doc renders gives it the ids it writes for the theme\'s Heading and Link: links to them build, and the check reports nothing; one to another id stops both', { timeout: 600_000 }, async () => {
  const files = (links: string) => ({
    'docs/index.md': optionsHome(links),
    'docs/api.mdx': "# API\n\nimport Sec from '@site/src/components/Sec';\n\n<Sec />\n",
    'src/components/Sec.js': "import React from 'react';\nimport Heading from '@theme/Heading';\nimport Link from '@docusaurus/Link';\n\nexport default function Sec() {\n  return <section><Heading as=\"h2\" id=\"from-code\">From code</Heading><Link id=\"from-link\" to=\"/\">top</Link></section>;\n}\n",
  });
  const good = optionsSite('agreement-component-heading-ids', files('[the section](./api.mdx#from-code) and [the link](./api.mdx#from-link).'));
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = optionsSite('agreement-component-heading-ids-bad', files('[no such](./api.mdx#from-nowhere).'));
  assert.deepEqual(await problemPlaces(bad), ['docs/index.md:7:1 error broken-anchor']);
  assertBuildRefuses(bad, ['/api#from-nowhere'], 'Docusaurus built a link to an id no component collects');
});

test('anchors code collects where the build renders it build, and the check reports nothing: a component the site\'s MDXComponents adds, one of src/theme imported as @theme/X, one a partial renders, one through a barrel, a default prop, a collected prop beside Heading ids, the site\'s Footer and DocItem/Footer, a page\'s own ESM, and <Tabs lazy> under another name or with a defaultValue in braces; a link to an id none collects stops both', { timeout: 600_000 }, async () => {
  const tabs = (open: string, close: string) => `${open}\n<TabItem value="one">\n\n<Link to="/nowhere-one">one</Link>\n\n</TabItem>\n<TabItem value="two">\n\nShown.\n\n</TabItem>\n${close}`;
  const files = (links: string) => ({
    'docs/index.md': optionsHome(links),
    'src/components/Export.jsx': COLLECTING_EXPORT,
    'src/components/Sec.js': "import React from 'react';\nimport Heading from '@theme/Heading';\n\nexport default function Sec() {\n  return <Heading as=\"h2\" id=\"from-code\">From code</Heading>;\n}\n",
    'src/components/Anchor.js': "import React from 'react';\nimport useBrokenLinks from '@docusaurus/useBrokenLinks';\n\nexport default function Anchor({ anchor = 'default-anchor' }) {\n  useBrokenLinks().collectAnchor(anchor);\n  return <span id={anchor} />;\n}\n",
    'src/theme/MDXComponents.js': "import MDXComponents from '@theme-original/MDXComponents';\nimport Export from '@site/src/components/Export';\n\nexport default { ...MDXComponents, Export };\n",
    'src/theme/ApiExport.js': COLLECTING_EXPORT,
    'src/theme/Footer/index.js': "import React from 'react';\nimport Heading from '@theme/Heading';\n\nexport default function Footer() {\n  return <footer><Heading as=\"h2\" id=\"newsletter\">Newsletter</Heading></footer>;\n}\n",
    'src/theme/DocItem/Footer/index.js': "import React from 'react';\nimport Footer from '@theme-original/DocItem/Footer';\nimport Heading from '@theme/Heading';\n\nexport default function FooterWrapper(props) {\n  return <><Heading as=\"h2\" id=\"feedback\">Feedback</Heading><Footer {...props} /></>;\n}\n",
    'src/components/api/index.js': "export { default as Export } from '../Export';\n",
    'src/components/Sect.js': "import React from 'react';\nimport useBrokenLinks from '@docusaurus/useBrokenLinks';\nimport Heading from '@theme/Heading';\n\nexport default function Sect({ anchor }) {\n  useBrokenLinks().collectAnchor(anchor);\n  return <section id={anchor}><Heading as=\"h3\" id=\"api-usage\">Usage</Heading></section>;\n}\n",
    'docs/barrel.mdx': "# Barrel\n\nimport { Export } from '@site/src/components/api';\nimport Sect from '@site/src/components/Sect';\n\n<Export anchor=\"FromBarrel\" />\n\n<Sect anchor=\"Sect\" />\n",
    'docs/global.mdx': '# Global\n\n<Export anchor="GlobalA" />\n',
    'docs/themed.mdx': "# Themed\n\nimport ApiExport from '@theme/ApiExport';\n\n<ApiExport anchor=\"FromTheme\" />\n",
    'docs/_part.mdx': "import Sec from '@site/src/components/Sec';\n\n<Sec />\n",
    'docs/withpart.mdx': "# With a partial\n\nimport Part from './_part.mdx';\n\n<Part />\n",
    'docs/defaults.mdx': "# Defaults\n\nimport Anchor from '@site/src/components/Anchor';\n\n<Anchor />\n",
    'docs/esm.mdx': "import useBrokenLinks from '@docusaurus/useBrokenLinks';\n\nexport const Anchor = ({ id }) => {\n  useBrokenLinks().collectAnchor(id);\n  return <span id={id} />;\n};\n\n# ESM\n\n<Anchor id=\"custom-a\" />\n",
    'docs/lazy.mdx': ["# Lazy", '', "import Tabs from '@theme/Tabs';", "import MyTabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", "import Link from '@docusaurus/Link';", '', tabs('<Tabs lazy defaultValue={"two"}>', '</Tabs>'), '', tabs('<MyTabs lazy defaultValue="two">', '</MyTabs>'), ''].join('\n'),
  });
  const good = optionsSite('agreement-anchors-where-rendered', files('[a](./global.mdx#GlobalA) [b](./themed.mdx#FromTheme) [c](./withpart.mdx#from-code) [d](./defaults.mdx#default-anchor) [e](#newsletter) [f](./esm.mdx#custom-a) [g](./lazy.mdx) [h](#feedback) [i](./barrel.mdx#FromBarrel) [j](./barrel.mdx#Sect) [k](./barrel.mdx#api-usage)'));
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = optionsSite('agreement-anchors-where-rendered-bad', files('[a](./global.mdx#GlobalB) [b](./defaults.mdx#other) [c](./barrel.mdx#other)'));
  assert.deepEqual(await problemPlaces(bad), ['docs/index.md:7:1 error broken-anchor', 'docs/index.md:7:27 error broken-anchor', 'docs/index.md:7:53 error broken-anchor']);
  assertBuildRefuses(bad, ['/barrel#other', '/defaults#other', '/global#GlobalB'], 'Docusaurus built links to ids no component collects');
});

test('what a component of the site\'s that never renders its children holds reaches no page (a partial in it too, and a page\'s own default export, its layout, too): the anchor an element in it collects is none, nor is a <Link id>, its heading stops the build through the table of contents, and its <Link> and Markdown link are never checked; in one that renders them, all are', { timeout: 600_000 }, async () => {
  const files = (box: string, layout: string) => ({
    'docs/index.md': optionsHome('See [the sequence](./api.mdx#LazySeq) and [the box link](./api.mdx#box-link).'),
    // The page's own default export is the layout its content renders in (diff73's p23).
    'docs/layout.mdx': `${layout}\n\n# Layout\n\n## Gone with the layout\n\n[bad](/nowhere-in-layout)\n`,
    'src/components/Export.jsx': COLLECTING_EXPORT,
    'src/components/Box.js': `import React from 'react';\n\n${box}\n`,
    'docs/api.mdx': "# API\n\nimport Link from '@docusaurus/Link';\nimport Export from '@site/src/components/Export';\nimport Box from '@site/src/components/Box';\nimport Part from './_part.mdx';\n\n<Box title=\"Sequences\">\n  <Export anchor=\"LazySeq\" />\n  <Link to=\"/nowhere-in-box\">More</Link>\n  <Link id=\"box-link\" to=\"/\">Top</Link>\n\n## Inside the box\n\nSee [the rest](/nowhere-md-in-box).\n\n<Part />\n\n</Box>\n",
    'docs/_part.mdx': '## From the part\n\nSee [more](/nowhere-in-part).\n',
  });
  // diff73's p25, diff70's F13, diff74's F2, M1 and M2.
  const ignoring = optionsSite('agreement-children-ignored', files('export default function Box({ title }) {\n  return <h3>{title}</h3>;\n}', 'export default function Layout() { return <p>Moved.</p>; }'));
  assert.deepEqual(await problemPlaces(ignoring), ['docs/api.mdx:13:1 error broken-anchor', 'docs/api.mdx:17:1 error broken-anchor', 'docs/index.md:7:5 error broken-anchor', 'docs/index.md:7:43 error broken-anchor', 'docs/layout.mdx:5:1 error broken-anchor']);
  assertBuildRefuses(ignoring, ['#from-the-part', '#gone-with-the-layout', '#inside-the-box', '/api#LazySeq', '/api#box-link'], 'Docusaurus built links to anchors inside a component that drops its children');
  const rendering = optionsSite('agreement-children-rendered', files('export default function Box({ title, children }) {\n  return <section><h3>{title}</h3>{children}</section>;\n}', 'export default function Layout({ children }) { return <main>{children}</main>; }'));
  assert.deepEqual(await problemPlaces(rendering), ['docs/_part.mdx:3:5 error broken-link', 'docs/api.mdx:10:9 error broken-link', 'docs/api.mdx:15:5 error broken-link', 'docs/layout.mdx:7:1 error broken-link']);
  assertBuildRefuses(rendering, ['/nowhere-in-box', '/nowhere-in-layout', '/nowhere-in-part', '/nowhere-md-in-box'], 'Docusaurus built links to no page inside a component that renders its children');
});

test('<BrowserOnly>\'s fallback renders in the build: a <Link> in it to a page builds, and the check reports nothing; one to no page stops both', { timeout: 600_000 }, async () => {
  const files = (to: string) => ({
    'docs/index.md': optionsHome('Home.'),
    'docs/guide.md': '# Guide\n',
    'docs/fallback.mdx': `# Fallback\n\nimport Link from '@docusaurus/Link';\nimport BrowserOnly from '@docusaurus/BrowserOnly';\n\n<BrowserOnly fallback={<Link to="${to}">Loading</Link>}>{() => <Link to="/nope-in-browser">Shown</Link>}</BrowserOnly>\n`,
  });
  const good = optionsSite('agreement-browseronly-fallback', files('/guide'));
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = optionsSite('agreement-browseronly-fallback-bad', files('/nope-fallback'));
  assert.deepEqual(await problemPlaces(bad), ['docs/fallback.mdx:6:24 error broken-link']);
  assertBuildRefuses(bad, ['/nope-fallback'], 'Docusaurus built a fallback that links to no page');
});

test('a partial outside every docs folder (src/partials/): its addresses and anchors render in the page and the build checks them; the good ones build and the check reports nothing, a broken anchor stops both', { timeout: 600_000 }, async () => {
  const files = (links: string) => ({
    'docs/index.md': optionsHome('import Next from "@site/src/partials/_next.mdx";\n\n<Next />'),
    'docs/guide.md': '# Guide\n\n## Add participants\n',
    'src/partials/_next.mdx': `Next: ${links}\n`,
  });
  const good = optionsSite('agreement-outside-partial', files('[the guide](/guide#add-participants).'));
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = optionsSite('agreement-outside-partial-anchor', files('[step 2](/guide#step-2-add-participants).'));
  assert.deepEqual(await problemPlaces(bad), ['src/partials/_next.mdx:1:7 error broken-anchor']);
  assertBuildRefuses(bad, ['/guide#step-2-add-participants'], 'Docusaurus built a partial\'s link to a missing anchor');
});

test('imports from the root (`/docs/sub/_part.mdx`, `/src/components/Hello`) build, as webpack looks in static/ and the site\'s folder, and the check reports nothing; one to nothing stops both', { timeout: 600_000 }, async () => {
  const home = (part: string) => `---\nslug: /\n---\n\n# Home\n\nimport Part from "${part}";\nimport Hello from "/src/components/Hello";\n\n<Part />\n\n<Hello />\n`;
  const files = { 'docs/index.mdx': home('/docs/sub/_part.mdx'), 'docs/sub/_part.mdx': 'Partial text.\n', 'src/components/Hello.js': 'export default function Hello() { return null; }\n' };
  const good = optionsSite('agreement-rooted-imports', files);
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = optionsSite('agreement-rooted-import-missing', { ...files, 'docs/index.mdx': home('/docs/sub/_nope.mdx') });
  assert.deepEqual(await problemPlaces(bad), ['docs/index.mdx:7:1 error broken-link']);
  assertBuildFails(bad, /Module not found|Can't resolve|Failed to resolve/, 'Docusaurus built an import of a partial that is not there');
});

test('browser globals read in an effect, an event handler, inside <BrowserOnly> or behind a typeof test build, and the check reports nothing; read as the page renders, one stops both', { timeout: 600_000 }, async () => {
  const guarded = "{typeof window !== 'undefined' && window.location.href}\n\nexport const Width = () => {\n  if (typeof window === 'undefined') return null;\n  return <span>{window.innerWidth}</span>;\n};\n\n<Width />\n\n<p>{typeof document === 'undefined' ? '' : document.title}</p>\n";
  const page = (search: string) => `---\nslug: /\n---\n\n# Home\n\nimport BrowserOnly from '@docusaurus/BrowserOnly';\nimport {useEffect} from 'react';\n\nexport const Search = () => {\n  useEffect(() => window.addEventListener('keydown', () => {}), []);\n  return <div>{navigator.language}</div>;\n};\n\n${search}\n\n<button onClick={() => document.body.focus()}>x</button>\n\n${guarded}`;
  const good = optionsSite('agreement-browser-globals', { 'docs/index.mdx': page('<BrowserOnly>{() => <Search />}</BrowserOnly>') });
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = optionsSite('agreement-browser-global-rendered', { 'docs/index.mdx': page('<Search />') });
  assert.deepEqual(await problemPlaces(bad), ['docs/index.mdx:12:16 error mdx-undefined']);
  assertBuildFails(bad, /navigator is not defined/, 'Docusaurus built a page that reads navigator as it renders');
});

test('MDX\'s own reading of ids: a heading on the line after a JSX tag and an HTML comment, and a <details id>, are anchors; an <a id>, <h2 id> or <li id> written in JSX is none: the check and the build agree on each', { timeout: 600_000 }, async () => {
  const page = (links: string) => `---\nslug: /\n---\n\n# Home\n\nimport Part from "./_part.mdx";\n\n${links}\n\n<Part />\n<!-- vale off -->\n## SSO group sync\n<!-- vale on -->\nText.\n\n<details id="table">\n<summary>Table</summary>\n\nText.\n\n</details>\n\n<a id="named"></a>\n\n<h2 id="titled">Title</h2>\n\n<ul><li id="item">x</li></ul>\n`;
  const files = (links: string) => ({ 'docs/index.mdx': page(links), 'docs/_part.mdx': 'Partial text.\n' });
  const good = optionsSite('agreement-mdx-anchors', files('[sync](#sso-group-sync) and [table](#table).'));
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = optionsSite('agreement-mdx-anchors-none', files('[a](#named) [h](#titled) [l](#item)'));
  assert.deepEqual(await problemPlaces(bad), ['docs/index.mdx:9:1 error broken-anchor', 'docs/index.mdx:9:13 error broken-anchor', 'docs/index.mdx:9:26 error broken-anchor']);
  assertBuildRefuses(bad, ['#item', '#named', '#titled'], 'Docusaurus built links to ids it does not collect');
});

// Locales: `docusaurus build` builds each locale on its own, French under /fr/, reading a doc from
// its translation in i18n/fr/ where there is one (tests/fixtures/locales).
const FR = 'i18n/fr/docusaurus-plugin-content-docs/current';

test('two locales, the translated pages linking among themselves and to the untranslated one by its address: both builds pass, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = editedFixture('locales', 'agreement-locales-good', []);
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
  assert.ok(fs.existsSync(path.join(dir, 'build', 'fr', 'guide', 'index.html')), 'the French build is there');
});

const LOCALE_MISTAKES: Array<[what: string, edit: [file: string, from: string, to: string], place: string, words: RegExp]> = [
  ['a translated page\'s Markdown link to a page nobody translated', [`${FR}/intro.md`, '[questions](/faq)', '[questions](./faq.md)'], `${FR}/intro.md:8:40 error broken-link`, /Markdown link with URL `\.\/faq\.md`/],
  ['an untranslated page\'s Markdown link to a translated page', ['docs/faq.md', '[how to install](/guide#install)', '[how to install](./guide.md#install)'], 'docs/faq.md:7:5 error broken-link', /Markdown link with URL `\.\/guide\.md#install`/],
  ['a translated heading without the id the other pages link to', [`${FR}/guide.md`, '## Installation {#install}', '## Installation'], 'docs/faq.md:7:5 error broken-anchor', /linking to \/fr\/guide#install/],
  ['an address to no page in a translated page', [`${FR}/guide.md`, '](./intro.md#setup)', '](/setup)'], `${FR}/guide.md:7:13 error broken-link`, /linking to \/fr\/setup/],
  ['`<1` in a translated page', [`${FR}/guide.md`, 'Retour', 'Ports <1024 : retour'], `${FR}/guide.md:7:8 error mdx-syntax`, /Unexpected character `1`/],
];
for (const [what, edit, place, words] of LOCALE_MISTAKES) {
  test(`two locales, ${what}: the French build stops, and the check names the line`, { timeout: 600_000 }, async () => {
    const dir = editedFixture('locales', `agreement-locales-${LOCALE_MISTAKES.findIndex(([other]) => other === what)}`, [edit]);
    assert.deepEqual(await problemPlaces(dir), [place]);
    assertBuildFails(dir, words, `Docusaurus built ${what}`);
  });
}

test('two locales with the blog on: a post and its translation build, and the check reports nothing; a broken address in the translation stops the French build, and the check names the line', { timeout: 600_000 }, async () => {
  const blogOn: [string, string, string] = ['docusaurus.config.js', 'blog: false', 'blog: {}'];
  const good = editedFixture('locales', 'agreement-locales-blog', [blogOn]);
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  assert.match(fs.readFileSync(path.join(good, 'build', 'fr', 'blog', '2024', '01', '01', 'hello', 'index.html'), 'utf8'), /Bonjour/, 'the French build has the translated post');
  const bad = editedFixture('locales', 'agreement-locales-blog-bad', [blogOn, ['i18n/fr/docusaurus-plugin-content-blog/2024-01-01-hello.md', '(/guide)', '(/nulle-part)']]);
  assert.deepEqual(await problemPlaces(bad), ['i18n/fr/docusaurus-plugin-content-blog/2024-01-01-hello.md:5:10 error broken-link']);
  assertBuildFails(bad, /linking to \/fr\/nulle-part/, 'Docusaurus built a translated post with an address to no page');
});

// The pages plugin's Markdown pages are read from a locale's translation where there is one
// (i18n/fr/docusaurus-plugin-content-pages/api.md), at the page's own address.
test('two locales, a Markdown page of src/pages with a French translation: French links to its French heading build, and the check reports nothing; an untranslated doc\'s link to a heading only the English page has stops the French build, and the check names the line', { timeout: 600_000 }, async () => {
  const withPages = (name: string, faqLink: string) => {
    const dir = editedFixture('locales', name, []);
    writeFixtureFile(dir, 'src/pages/api.md', '# API\n\n## Only in English\n');
    writeFixtureFile(dir, 'i18n/fr/docusaurus-plugin-content-pages/api.md', '# API\n\n## Seulement en français\n');
    writeFixtureFile(dir, `${FR}/intro.md`, `${fs.readFileSync(path.join(FIXTURES, 'locales', FR, 'intro.md'), 'utf8')}\n[API](/api#seulement-en-français)\n`);
    writeFixtureFile(dir, 'docs/faq.md', `${fs.readFileSync(path.join(FIXTURES, 'locales', 'docs', 'faq.md'), 'utf8')}\n${faqLink}\n`);
    return dir;
  };
  const good = withPages('agreement-locales-pages', '[API](/api)');
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  assert.match(fs.readFileSync(path.join(good, 'build', 'fr', 'api', 'index.html'), 'utf8'), /Seulement en français/, 'the French build renders the translation');
  const bad = withPages('agreement-locales-pages-bad', '[API](/api#only-in-english)');
  assert.deepEqual(await problemPlaces(bad), ['docs/faq.md:9:1 error broken-anchor']);
  assertBuildFails(bad, /linking to \/fr\/api#only-in-english/, 'Docusaurus built a link to a heading the French page does not have');
});

// The default locale's own translations: with i18n/en/…/current/guide.md there, the default
// build reads it in place of docs/guide.md (the French build still reads docs/ where it lacks one).
const EN = 'i18n/en/docusaurus-plugin-content-docs/current';

test('the default locale\'s own translation of a page replaces the docs\' file in its build: a broken address left in the docs\' file builds, and the check reports nothing; one in the translation stops both', { timeout: 600_000 }, async () => {
  const good = editedFixture('locales', 'agreement-locales-own', [['docs/guide.md', '](./intro.md#setup)', '](/nowhere)']]);
  // The pages link one another as ./x.md, which the default build then finds only among the translations: all are translated.
  for (const page of ['guide.md', 'intro.md', 'faq.md']) writeFixtureFile(good, `${EN}/${page}`, fs.readFileSync(path.join(FIXTURES, 'locales', 'docs', page), 'utf8'));
  assert.deepEqual(await problemPlaces(good), []);
  assertBuilds(good);
  const bad = editedFixture('locales', 'agreement-locales-own-bad', []);
  writeFixtureFile(bad, `${EN}/guide.md`, fs.readFileSync(path.join(FIXTURES, 'locales', 'docs', 'guide.md'), 'utf8').replace('](./intro.md#setup)', '](/nowhere)'));
  for (const page of ['intro.md', 'faq.md']) writeFixtureFile(bad, `${EN}/${page}`, fs.readFileSync(path.join(FIXTURES, 'locales', 'docs', page), 'utf8'));
  assert.deepEqual(await problemPlaces(bad), [`${EN}/guide.md:7:9 error broken-link`]);
  assertBuildFails(bad, /linking to \/nowhere/, 'Docusaurus built the default locale\'s translation with an address to no page');
});

// Client-side redirects (tests/fixtures/redirects): @docusaurus/plugin-client-redirects checks
// every redirect's path once the pages are built.
test('redirects to a page (in the other spelling of its trailing slash, with a query and a fragment), to the home page and off the site build, and the check reports nothing', { timeout: 600_000 }, async () => {
  const dir = editedFixture('redirects', 'agreement-redirects-good', []);
  assert.deepEqual(await problemPlaces(dir), []);
  assertBuilds(dir);
  assert.ok(fs.existsSync(path.join(dir, 'build', 'install-old', 'index.html')), 'the plugin wrote the redirect pages');
});

const REDIRECT_MISTAKES: Array<[what: string, from: string, to: string, place: string, words: RegExp]> = [
  ['a redirect to a page renamed', "to: '/guide/install/' }", "to: '/guide/setup' }", 'docusaurus.config.js:17:33', /These paths are redirected to but do not exist:\s+- \/guide\/setup\b/],
  ['a redirect to a draft', "to: '/guide/install/' }", "to: '/guide/upcoming' }", 'docusaurus.config.js:17:33', /These paths are redirected to but do not exist:\s+- \/guide\/upcoming\b/],
  ['a redirect written with the base URL', "to: '/guide/install/' }", "to: '/base/guide/install' }", 'docusaurus.config.js:17:33', /These paths are redirected to but do not exist:\s+- \/base\/guide\/install\b/],
  // Both redirects to /guide/install/ (the second with a query) are refused.
  ['a page\'s address in both spellings of its trailing slash', "{ from: '/start', to: '/' },", "{ from: '/start', to: '/guide/install' },", 'docusaurus.config.js:17:33,docusaurus.config.js:18:57', /These paths are redirected to but do not exist:\s+- \/guide\/install\/\s/],
];
for (const [what, from, to, place, words] of REDIRECT_MISTAKES) {
  test(`${what}: the check names the config's line, and Docusaurus refuses to build`, { timeout: 600_000 }, async () => {
    const dir = editedFixture('redirects', `agreement-redirects-${REDIRECT_MISTAKES.findIndex(([other]) => other === what)}`, [['docusaurus.config.js', from, to]]);
    assert.deepEqual(await problemPlaces(dir), place.split(',').map((one) => `${one} error broken-link`));
    assertBuildFails(dir, words, `Docusaurus built ${what}`);
  });
}

test('a redirect from no path alone (`from: \'old-install\'`): the check names the config\'s line, and Docusaurus refuses the plugin\'s options', { timeout: 600_000 }, async () => {
  const dir = editedFixture('redirects', 'agreement-redirects-from', [['docusaurus.config.js', "from: ['/old-install',", "from: ['old-install',"]]);
  assert.deepEqual(await problemPlaces(dir), ['docusaurus.config.js:18:56 error broken-link']);
  assertBuildFails(dir, /"redirects\[1\]\.from\[0\]" \(old-install\) is not a valid pathname/, 'Docusaurus built a redirect from no path');
});

test('with trailingSlash true or false, the fixture\'s redirects are spelled as the site spells addresses and still build, and the check reports nothing', { timeout: 600_000 }, async () => {
  for (const trailingSlash of [true, false]) {
    const dir = editedFixture('redirects', `agreement-redirects-trailing-${trailingSlash}`, [['docusaurus.config.js', "baseUrl: '/base/',", `baseUrl: '/base/', trailingSlash: ${trailingSlash},`]]);
    assert.deepEqual(await problemPlaces(dir), []);
    assertBuilds(dir);
  }
});
