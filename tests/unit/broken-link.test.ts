import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, problemsOf, problemsWith, reportLinesOf } from '../helpers/check-fixture.ts';

test('broken-link: every failing case is reported at its position, every passing case is not', async () => {
  assert.deepEqual(await problemsOf('broken-link'), [
    'docs/intro.md:24:7 error broken-link', // missing file
    'docs/intro.md:24:36 error broken-link', // case differs
    'docs/intro.md:24:60 error broken-link', // leaves the site folder
    'docs/intro.md:25:1 error broken-link', // image missing from static/
    'docs/intro.md:25:29 error broken-link', // URL-style route that does not exist
    'docs/intro.md:26:1 warning version-link', // from docs/ into versioned_docs/: Docusaurus follows it
    'docs/intro.md:28:1 error broken-link', // reference definition to a missing file
    'docs/intro.md:30:7 error broken-link', // @site/ page that does not exist
    'docs/intro.md:30:55 error broken-link', // @site/ image that does not exist
    'versioned_docs/version-1.0/guide/setup.md:7:41 error broken-link', // exists only in Latest
    'versioned_docs/version-1.0/guide/setup.md:7:72 warning version-link', // from a version into docs/: followed, warned
  ]);
});

test('broken-link: the exact words a writer reads, message and hint', async () => {
  assert.deepEqual(await reportLinesOf('broken-link'), [
    `docs/intro.md:24:7: error broken-link: no page "docs/guide/missing.md" in version current (check the path; it is relative to this page's folder)`,
    'docs/intro.md:24:36: error broken-link: no file "docs/guide/Setup.md" (the case differs from "docs/guide/setup.md"; the site is served from Linux, where case matters)',
    'docs/intro.md:24:60: error broken-link: link "../../outside.md" leads outside the site folder (link to a page inside this site)',
    'docs/intro.md:25:1: error broken-link: no image "static/img/nope.png" (root paths like /img/x.png are looked up in static/)',
    'docs/intro.md:25:29: error broken-link: no page at "/guide/nope" (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
    'docs/intro.md:26:1: warning version-link: link "../versioned_docs/version-1.0/guide/setup.md" leads into version "1.0", to versioned_docs/version-1.0/guide/setup.md (Docusaurus follows it, but a page of version current should link to the same page in its own version)',
    `docs/intro.md:28:1: error broken-link: no page "docs/nope.md" in version current (check the path; it is relative to this page's folder)`,
    'docs/intro.md:30:7: error broken-link: no page "docs/guide/gone.md" in version current (@site/ paths start at the site folder, e.g. @site/docs/faq/security.md)',
    'docs/intro.md:30:55: error broken-link: no file "static/img/gone.png" (@site/ paths start at the site folder, e.g. @site/static/img/x.png)',
    `versioned_docs/version-1.0/guide/setup.md:7:41: error broken-link: no page "versioned_docs/version-1.0/guide/Tutorial.mdx" in version 1.0 (check the path; it is relative to this page's folder)`,
    'versioned_docs/version-1.0/guide/setup.md:7:72: warning version-link: link "../../../docs/intro.md" leads into version "current", to docs/intro.md (Docusaurus follows it, but a page of version 1.0 should link to the same page in its own version)',
  ]);
});

test('definitions other than Markdown files count as references use them: a link reference\'s address must be a page, an image reference\'s is a warning, an unused one is nothing', async () => {
  const page = [
    '---', 'title: References', '---', '',
    'See [the sheet][sheet], [the guide][guide], [the static sheet][static] and [home][home].', '',
    '![A diagram][diagram] ![The logo][logo] ![Missing][missing]', '',
    '[sheet]: ./sheet.pdf',
    '[guide]: ./no-such-guide',
    '[static]: /files/sheet.pdf',
    '[home]: /',
    '[diagram]: ./diagram.png',
    '[logo]: /img/logo.png',
    '[missing]: /img/missing.png',
    '[unused]: ./nowhere.pdf',
    '[sheet]: ./second-definition-unused.pdf',
    '',
  ].join('\n');
  const problems = await problemsWith({ 'docs/refs.md': page, 'docs/sheet.pdf': 'x', 'docs/diagram.png': 'x', 'static/files/sheet.pdf': 'x', 'static/img/logo.png': 'x' });
  assert.deepEqual(problems.filter((p) => p.rule === 'broken-link').map((p) => `${p.file}:${p.line} ${p.severity}: ${p.message} (${p.hint})`), [
    'docs/refs.md:9 error: no page at "/sheet.pdf" (from "./sheet.pdf") (Docusaurus bundles a file only for an inline link, and checks a reference\'s address as a page: write the link inline, [text](./file.pdf))',
    'docs/refs.md:10 error: no page at "/no-such-guide" (from "./no-such-guide") (a reference\'s address is resolved like a browser would, against this page\'s URL; define the .md file instead ([label]: ./page.md))',
    'docs/refs.md:11 error: no page at "/files/sheet.pdf" (Docusaurus bundles a file only for an inline link, and checks a reference\'s address as a page: write the link inline, [text](./file.pdf))',
    'docs/refs.md:13 warning: image "./diagram.png" is written by reference (![…][label]), which Docusaurus does not bundle: the built page looks for it next to its own address, where it is not (write the image inline, ![alt](./diagram.png), so that Docusaurus bundles and checks it)',
    'docs/refs.md:15 warning: image "/img/missing.png", written by reference, is in no folder the site serves (static/img/missing.png does not exist) (write the image inline, ![alt](./diagram.png), so that Docusaurus bundles and checks it)',
  ]);
});

test('a GFM footnote is no link, and a link in its text is one (Docusaurus reads footnotes: a probe build of the first page builds)', async () => {
  const footnote = '---\ntitle: Ports\n---\n\nPorts are in the reference[^ports].\n\n[^ports]: ./missing-ports.md\n';
  assert.deepEqual(await problemsWith({ 'docs/ports.md': footnote }), []);
  const linked = '---\ntitle: Ports\n---\n\nPorts are in the reference[^ports].\n\n[^ports]: See [the list](./missing-ports.md).\n';
  assert.deepEqual((await problemsWith({ 'docs/ports.md': linked })).map(({ line, column, rule }) => `${line}:${column} ${rule}`), ['7:15 broken-link']);
});

test('what Docusaurus requires is a file webpack can load; what it leaves to its broken-link check must be a page, not a file of static/', async () => {
  const page = [
    '---', 'title: Files', '---', '',
    '[the report](./report.html) and [the static report](/report.html)', // .html: an address, never bundled
    '[a sheet only in static](./sheet.pdf) and [the license](/LICENSE)', // relative links look next to the page; no extension: an address
    '[a folder](./sub.d) and ![a folder](./imgdir)', // a folder is no file to require
    'An empty [link]() and an empty ![image]().',
    '![percent](./100%.png) and ![question](./what%3F.png)', // a % that starts no escape; a ? that webpack reads as a query
    '[the static sheet](/sheet.pdf), ![hash](./c%23.png) and [a space](./a%20b.pdf)', // bundled: no problem
    '',
  ].join('\n');
  const problems = await problemsWith({
    'docs/files.md': page, 'docs/report.html': 'x', 'static/report.html': 'x', 'static/sheet.pdf': 'x', 'static/LICENSE': 'x',
    'docs/sub.d/a.png': 'x', 'docs/imgdir/a.png': 'x', 'docs/100%.png': 'x', 'docs/what?.png': 'x', 'docs/c#.png': 'x', 'docs/a b.pdf': 'x',
  });
  assert.deepEqual(problems.filter((p) => p.file === 'docs/files.md').map((p) => `${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`), [
    '5:1 error broken-link: no page at "/report.html" (from "./report.html")',
    '5:33 error broken-link: no page at "/report.html"',
    '6:1 error broken-link: no page at "/sheet.pdf" (from "./sheet.pdf")',
    '6:43 error broken-link: no page at "/LICENSE"',
    '7:1 error broken-link: no page at "/sub.d" (from "./sub.d")',
    '7:25 error broken-link: no image "docs/imgdir" (a folder has that name)',
    '8:10 error broken-link: link with an empty URL: Docusaurus stops the build',
    '8:32 error broken-link: image with an empty URL: Docusaurus stops the build',
    '9:1 error broken-link: "./100%.png" has a % that starts no escape: Docusaurus cannot decode the path ("URI malformed") and the build stops',
    '9:28 error broken-link: "docs/what?.png" has a ? in its name, where webpack starts a query: it cannot require the file, and the build stops',
  ]);
});

test('a front matter image from ./ is a file Docusaurus requires next to the page; other values are addresses', async () => {
  const page = (image: string) => `---\ntitle: Card\nimage: ${image}\n---\n\nText.\n`;
  const problems = await problemsWith({
    'docs/missing.md': page('./missing.png'), 'docs/folder.md': page('./cards'), 'docs/cards/a.png': 'x',
    'docs/present.md': page('./card.png'), 'docs/card.png': 'x', 'docs/static.md': page('/img/card.png'), 'docs/bare.md': page('card.png'),
  });
  assert.deepEqual(problems.filter((p) => p.rule === 'broken-link').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`), [
    'docs/folder.md:3:1 error: front matter image "./cards" names no file (docs/cards): Docusaurus requires it, and the build stops',
    'docs/missing.md:3:1 error: front matter image "./missing.png" names no file (docs/missing.png): Docusaurus requires it, and the build stops',
  ]);
});

test('an mdx-code-block fence is Markdown to Docusaurus: its links are checked and its headings are anchors, at the file\'s lines', async () => {
  const page = '---\ntitle: Blocks\n---\n\n```mdx-code-block\nSee [the missing page](./missing-from-block.md).\n\n## Block heading\n```\n\n[back](#block-heading) and [a broken one](#no-such-heading)\n\n```js\n[not a link](./code.md)\n```\n';
  const problems = await problemsWith({ 'docs/blocks.md': page, 'docs/plain.md': '---\ntitle: Plain\nmdx:\n  format: md\n---\n\n```mdx-code-block\n[code in CommonMark](./nowhere.md)\n```\n' });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`), [
    'docs/blocks.md:6:5 error broken-link',
    'docs/blocks.md:11:28 error broken-anchor',
  ]);
});

// Checked against Docusaurus 3.10.2 (tests/site/agreement.test.ts builds it): the build resolves
// a relative address from the page's path as served, so under a base URL one that climbs out of
// it leads to no page, though the same path inside the base URL is one.
test('under a base URL, a relative address that climbs out of it leads nowhere; one that stays inside finds its page', async () => {
  const config = fs.readFileSync(path.join(FIXTURES, 'mdx', 'docusaurus.config.js'), 'utf8').replace("baseUrl: '/'", "baseUrl: '/base/'");
  const problems = await problemsWith({
    'docusaurus.config.js': config,
    'docs/reference.md': '# Reference\n',
    'docs/guide/intro.md': '# Intro\n\n[Up one](../reference) and [out of the base URL](../../reference).\n',
  });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message} (${p.hint})`), [
    'docs/guide/intro.md:3:28 error broken-link: no page at "/reference" (from "../../reference"): it leads out of the base URL /base/ (the build resolves a relative address from the page\'s address, /base/ included: link to the .md file, or write the address from the site\'s root)',
  ]);
});

// Checked against Docusaurus 3.10.2 (diff74's F1): the theme's Link, which renders Markdown
// links too, gives the base URL written without its last slash the home page's address.
test('under a base URL, the base URL without its last slash is the home page, in Markdown and in a <Link>; a longer path is not', async () => {
  const config = fs.readFileSync(path.join(FIXTURES, 'mdx', 'docusaurus.config.js'), 'utf8').replace("baseUrl: '/'", "baseUrl: '/base/'");
  const problems = await problemsWith({
    'docusaurus.config.js': config,
    'docs/index.md': '---\nslug: /\n---\n# Home\n',
    'docs/guide.mdx': "import Link from '@docusaurus/Link';\n\n# Guide\n\n[Home](/base) and <Link to=\"/base\">home</Link>, but not [this](/basement).\n",
  });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`), [
    'docs/guide.mdx:5:57 error broken-link: no page at "/basement"',
  ]);
});

test('a Markdown file link written with backslashes finds its page, as Docusaurus names the file it looks for with slashes; one to no file is broken', async () => {
  const files = (link: string) => ({ 'docs/index.md': `# Home\n\nSee [setup](${link}).\n`, 'docs/guide/setup.md': '# Setup\n' });
  assert.deepEqual(await problemsWith(files('docs\\guide\\setup.md')), []);
  assert.deepEqual(await problemsWith(files('guide\\setup.md')), []);
  assert.deepEqual((await problemsWith(files('docs\\guide\\nope.md'))).map(({ line, column, rule, message }) => `${line}:${column} ${rule}: ${message}`), [
    '3:5 broken-link: no page "docs/docs/guide/nope.md" in version current',
  ]);
});
