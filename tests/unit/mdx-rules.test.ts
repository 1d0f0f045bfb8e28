/**
 * The mdx-syntax and mdx-undefined rules and MDX import resolution on fixture sites: each
 * mistake on its own page gives exactly one problem, with this exact text; the look-alikes give
 * none; seed 004 as written is a warning while a draft and an error once published; bad input
 * (binary, not UTF-8, unclosed front matter, unreadable MDX) gives one clear problem, no crash.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import { textLine } from '../../scripts/check/report.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';

/** A copy of the mdx fixture with `docs/mistake.md` written (or none), and its problems as text lines. */
async function linesWith(name: string, mistake?: string | Buffer): Promise<string[]> {
  const dir = path.join(OUTPUT_DIR, `mdx-rules-${name}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'mdx'), dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
  if (mistake !== undefined) fs.writeFileSync(path.join(dir, 'docs', 'mistake.md'), mistake);
  const { problems } = await checkSite(dir, { cache: false });
  return problems.map(textLine);
}

const mistake = (name: string) => fs.readFileSync(path.join(FIXTURES, 'mdx', 'mistakes', `${name}.md`), 'utf8');
const MD = 'or, if the page is plain Markdown, add `mdx: {format: md}` to its front matter';

const GOLDEN: Record<string, string | string[]> = {
  'lt-digit': `docs/mistake.md:5:8: error mdx-syntax: MDX reads "<" before a digit as the start of a tag (write "\\<" or "&lt;" (e.g. \\<1024), or put it in a code span; ${MD})`,
  'unclosed-details': `docs/mistake.md:7:1: error mdx-syntax: <details> is never closed (close it with </details>, in the same paragraph or as a block of its own; ${MD})`,
  br: 'docs/mistake.md:5:7: error mdx-syntax: <br> is not closed: MDX needs every tag closed (close it: <br />, or <br …attributes… />)',
  img: 'docs/mistake.md:5:12: error mdx-syntax: <img> is not closed: MDX needs every tag closed (close it: <img />, or <img …attributes… />)',
  autolink: 'docs/mistake.md:5:12: error mdx-syntax: MDX does not read <…> autolinks: "<" starts a tag (write the link as [text](url))',
  'unfinished-comment': 'docs/mistake.md:5:24: error mdx-syntax: a "{" is never closed by "}": MDX reads what follows as JavaScript (close it with "}" (a comment is {/* … */}), or write "\\{" for a literal brace)',
  'undefined-name': 'docs/mistake.md:5:15: error mdx-undefined: "someName" is not defined: nothing on the page imports or exports it (export it from this page (export const someName = …;) or import it; an MDX page sees only its own imports and exports, props and frontMatter)',
  'tabs-not-imported': [
    'docs/mistake.md:7:1: error mdx-undefined: <Tabs> is not defined: the page does not import it, and node_modules/@docusaurus/theme-classic/lib/theme/MDXComponents/index.js does not provide it (add "import Tabs from \'@theme/Tabs\';" after the front matter)',
    'docs/mistake.md:8:1: error mdx-undefined: <TabItem> is not defined: the page does not import it, and node_modules/@docusaurus/theme-classic/lib/theme/MDXComponents/index.js does not provide it (add "import TabItem from \'@theme/TabItem\';" after the front matter)',
  ],
  'missing-import': 'docs/mistake.md:5:1: error broken-link: import "@site/src/components/Nope" resolves to no file or package (check the path: relative to this file, @site/ from the site folder, or an installed package; case matters)',
  'require-missing': 'docs/mistake.md:5:11: error broken-link: require("./missing-diagram.png") resolves to no file or package (check the path: relative to this file, @site/ from the site folder, or an installed package; case matters)',
  'dynamic-import-missing': 'docs/mistake.md:5:31: error broken-link: import("./missing-widgets.js") resolves to no file or package (check the path: relative to this file, @site/ from the site folder, or an installed package; case matters)',
  'require-site-missing': 'docs/mistake.md:5:21: error broken-link: require("@site/static/img/no-logo.png") resolves to no file or package (check the path: relative to this file, @site/ from the site folder, or an installed package; case matters)',
  'style-text': 'docs/mistake.md:7:6: error mdx-render: <div style="…">: MDX is JSX, where style is an object, not text; React stops the build when it renders the page (write it as an object, with names in camelCase: style={{color: \'red\', marginTop: \'1em\'}})',
  'br-children': 'docs/mistake.md:5:8: error mdx-render: <br> holds content, and React stops the build when it renders the page: <br> is an element that holds nothing (close it where it opens, as <br />, and put the content after it)',
  'img-caption': 'docs/mistake.md:5:1: error mdx-render: <img> holds content, and React stops the build when it renders the page: <img> is an element that holds nothing (close it where it opens, as <img />, and put the content after it, e.g. as a caption in <figure>)',
  'export-twice': 'docs/mistake.md:9:1: error mdx-syntax: "port" is exported a second time (first on line 5): the compiled page does not parse (export each name once: rename or remove one of them)',
  'export-front-matter': 'docs/mistake.md:5:1: error mdx-syntax: the page exports "frontMatter", a name Docusaurus exports from every page itself: the compiled page does not parse (give the export another name, such as frontMatterData)',
  'head-div': 'docs/mistake.md:7:3: error mdx-render: the page\'s <head> holds <div>, and Docusaurus\'s Head renders only base, link, meta, noscript, script, style and title there: the build stops when it renders the page (move it out of the <head>, into the page)',
  'head-text': 'docs/mistake.md:8:3: error mdx-render: the page\'s <head> holds text, and Docusaurus\'s Head renders only base, link, meta, noscript, script, style and title there: the build stops when it renders the page (move it out of the <head>, into the page)',
  'head-title-lines': 'docs/mistake.md:6:3: error mdx-render: <title> in the page\'s <head> holds more than text (content over lines, or an element): Docusaurus\'s Head stops the build when it renders the page (write it on one line, as text: <title>…</title>)',
  'tabs-duplicate': 'docs/mistake.md:14:1: error mdx-render: a second <TabItem> with the value "helm" in this <Tabs>: the theme stops the build when it renders the page (give each <TabItem> a value of its own)',
  'tabs-text-child': 'docs/mistake.md:10:1: error mdx-render: <Tabs> holds <p> directly, and takes only <TabItem value="…"> children: the theme stops the build when it renders the page (put it inside a <TabItem>, or before the <Tabs>)',
  'tabs-default': 'docs/mistake.md:8:1: error mdx-render: <Tabs defaultValue="windows">, and no <TabItem> has that value (linux): the theme stops the build when it renders the page (use one of the values, or defaultValue={null} for no tab shown first)',
  'tabs-item-outside': 'docs/mistake.md:7:1: error mdx-render: a <TabItem> outside a <Tabs>: the theme stops the build when it renders the page (put it inside <Tabs> … </Tabs>)',
  'tabs-no-value': 'docs/mistake.md:9:1: error mdx-render: a <TabItem> without a value: the theme stops the build when it renders the page (give each <TabItem> a value="…" of its own)',
  'inner-html-text': 'docs/mistake.md:5:7: error mdx-render: <span dangerouslySetInnerHTML="…">: React takes only {{__html: …}} there, and stops the build when it renders the page (write the content as Markdown or as JSX children instead)',
  'function-called': "docs/mistake.md:5:29: error mdx-undefined: \"releases\" is not defined: nothing on the page imports or exports it (export it from this page (export const releases = \u2026;) or import it; an MDX page sees only its own imports and exports, props and frontMatter)",
  'component-rendered': "docs/mistake.md:5:29: error mdx-undefined: <Step> is not defined: the page does not import it, and node_modules/@docusaurus/theme-classic/lib/theme/MDXComponents/index.js does not provide it (import it or export it from this page)",
  'textarea-value-children': "docs/mistake.md:7:1: error mdx-render: <textarea> has a value or defaultValue and content too: React takes one or the other, and stops the build when it renders the page (keep one: the value, with the element closed where it opens (<textarea defaultValue=\"\u2026\" />), or the content without a value)",
  'textarea-children': "docs/mistake.md:7:1: error mdx-render: <textarea> holds more than one thing (text beside an element or an expression, or paragraphs): React reads its content as one text value, and stops the build when it renders the page (write its content as one plain text on the line, <textarea>text</textarea>, or as defaultValue={`\u2026`} for text over lines)",
  'svg-unclosed': "docs/mistake.md:5:1: error broken-link: import \"@site/src/img/unclosed.svg\": SVGR cannot read the SVG (unclosed.svg:1:89: Invalid attribute name), and the build stops (fix the SVG file where it says (every tag closed, attributes quoted), or show it as an image, ![\u2026](./file.svg), which the build does not parse)",
  'import-json-broken': "docs/mistake.md:5:1: error broken-link: import \"@site/src/data/broken-ports.json\": the build parses broken-ports.json as JSON, and it does not parse (broken-ports.json:1:16: Expected double-quoted property name), and the build stops (fix broken-ports.json there)",
  'import-text': "docs/mistake.md:5:1: error broken-link: import \"@site/src/data/notes.txt\": no loader of the build takes .txt files, so it parses notes.txt as JavaScript, which it is not (notes.txt:1:8: Unexpected token), and the build stops (load its text through raw-loader: write '!!raw-loader!' before the path in the import, and add raw-loader to the site's packages)",
  'jsx-inline-image': "docs/mistake.md:5:6: error broken-link: no image \"docs/missing-diagram.png\" (the path is relative to this page's folder)",
  'mdx-code-block-link': "docs/mistake.md:6:5: error broken-link: no page \"docs/no-such-guide.md\" in version current (check the path; it is relative to this page's folder)",
  'jsx-block-link': "docs/mistake.md:7:1: error broken-link: no page \"docs/no-such-page.md\" in version current (check the path; it is relative to this page's folder)",
  'indented-link': "docs/mistake.md:7:12: error broken-link: no page \"docs/no-such-guide.md\" in version current (check the path; it is relative to this page's folder)",
  'list-indented-image': "docs/mistake.md:7:9: error broken-link: no image \"docs/missing-settings.png\" (the path is relative to this page's folder)",
  'import-yaml-runs': "docs/mistake.md:5:1: error broken-link: import \"@site/src/data/release.yaml\": no loader of the build takes .yaml files, so it runs release.yaml as JavaScript, where \"fleet\" is not defined (release.yaml:1:7): the page fails to render, and the build stops (load its text through raw-loader: write '!!raw-loader!' before the path in the import, and add raw-loader to the site's packages)",
  'import-loader-missing': "docs/mistake.md:5:1: error broken-link: import \"!!raw-loader!@site/src/data/notes.txt\": the loader \"raw-loader\" is not installed, and the build stops (add raw-loader to the site's packages (npm install --save raw-loader))",
};

test('the look-alikes (code spans and fences, escapes, closed tags, imports, exports, comments) get no problem', async () => {
  assert.deepEqual(await linesWith('lookalikes'), []);
});

for (const [name, line] of Object.entries(GOLDEN)) {
  test(`mistake ${name}: its problems, with this exact text`, async () => {
    assert.deepEqual(await linesWith(name, mistake(name)), [line].flat());
  });
}

test('a draft\'s MDX mistake is a warning', async () => {
  const draft = mistake('lt-digit').replace('title: Less than', 'title: Less than\ndraft: true');
  assert.deepEqual((await linesWith('draft', draft)).map((line) => line.split(': ').slice(0, 2).join(': ')), ['docs/mistake.md:6:8: warning mdx-syntax']);
});

test('a page read as CommonMark (mdx.format: md) may hold <1024', async () => {
  const lines = await linesWith('format-md', mistake('lt-digit').replace('title: Less than', 'title: Less than\nmdx:\n  format: md'));
  assert.deepEqual(lines.filter((line) => / (mdx-|broken-link)/.test(line)), []);
});

test('seed 004 as written: a warning at its <1024 while a draft, an error with draft: false; the archived copy gets nothing', async () => {
  const seed = fs.readFileSync('/work/shared/seeds/004_b4e210870f60aa89.txt', 'utf8');
  assert.equal(fs.readFileSync(path.join(FIXTURES, 'mdx-seed', 'docs', 'faq', 'security-faqs.md'), 'utf8'), seed, 'the fixture is the seed, verbatim');
  const { problems } = await checkSite(path.join(FIXTURES, 'mdx-seed'), { cache: false });
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`), ['docs/faq/security-faqs.md:12:180 warning mdx-syntax']);
  const dir = path.join(OUTPUT_DIR, 'mdx-seed-published');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'mdx-seed'), dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'docs', 'faq', 'security-faqs.md'), seed.replace('draft: true', 'draft: false'));
  const published = await checkSite(dir, { cache: false });
  assert.deepEqual(published.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`), ['docs/faq/security-faqs.md:12:180 error mdx-syntax']);
});

test('bad input: binary, not UTF-8, unclosed front matter; one clear problem each, and other pages still checked', async () => {
  const binary = await linesWith('binary', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02, 0x3c, 0x7b, 0x0a]));
  assert.deepEqual(binary, ['docs/mistake.md:2:1: error mdx-syntax: the file holds NUL bytes: it is binary, not a Markdown page (replace it with the page\'s text, or move the binary file out of the docs folder)']);
  const latin1 = await linesWith('latin1', Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n\nText.\n')]));
  assert.deepEqual(latin1, ['docs/mistake.md:2:11: warning mdx-syntax: readers will see the replacement character "\uFFFD" here: the file is not valid UTF-8 at this place, or the character itself was written in (text lost in an earlier conversion) (save the file as UTF-8, and write the character that was meant)']);
  // Docusaurus (gray-matter) reads a block that never closes on to the end of the page: as YAML,
  // which the page's text is not, and the build stops.
  const unclosed = await linesWith('unclosed-front-matter', '---\ntitle: Never closed\n\nText.\n');
  assert.deepEqual(unclosed, ['docs/mistake.md:1:1: error front-matter: front matter is never closed, so Docusaurus reads the whole page as YAML, and the build stops: can not read a block mapping entry; a multiline key may not be an implicit key (add a line "---" after the last front matter field)']);
  // A page of front matter alone builds: its fields are read, and the MDX compiler shows them as text.
  const fieldsOnly = await linesWith('unclosed-fields-only', '---\ntitle: Never closed\n');
  assert.deepEqual(fieldsOnly, ['docs/mistake.md:1:1: warning mdx-syntax: the front matter opened by "---" is never closed: Docusaurus reads it as page text (add a line "---" after the last front matter field)']);
});

test('nothing is written to the site\'s docs folder', async () => {
  const before = fs.readdirSync(path.join(FIXTURES, 'mdx', 'docs'));
  await checkSite(path.join(FIXTURES, 'mdx'), { cache: false });
  assert.deepEqual(fs.readdirSync(path.join(FIXTURES, 'mdx', 'docs')), before);
});

test('an import through a webpack loader (!!raw-loader!./x.yaml) is checked by the file it names', async () => {
  const page = (source: string) => `# Example\n\nimport Example from '${source}';\n\n<pre>{Example}</pre>\n`;
  const dir = path.join(OUTPUT_DIR, 'mdx-rules-loader');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'mdx'), dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
  fs.writeFileSync(path.join(dir, 'docs', 'example.yaml'), 'key: value\n');
  fs.writeFileSync(path.join(dir, 'docs', 'present.md'), page('!!raw-loader!./example.yaml'));
  fs.writeFileSync(path.join(dir, 'docs', 'absent.md'), page('!!raw-loader!@site/docs/nope.yaml'));
  const where = async () => (await checkSite(dir, { cache: false })).problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}: ${p.message}`);
  // Without the loader, the build stops at every import through it: an error, or a warning where package.json lists it.
  assert.deepEqual(await where(), [
    'docs/absent.md:3 error broken-link: import "!!raw-loader!@site/docs/nope.yaml" resolves to no file or package',
    'docs/present.md:3 error broken-link: import "!!raw-loader!./example.yaml": the loader "raw-loader" is not installed, and the build stops',
  ]);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'fixture', devDependencies: { 'raw-loader': '^4.0.2' } }));
  assert.deepEqual((await where())[1], 'docs/present.md:3 warning broken-link: import "!!raw-loader!./example.yaml": the loader "raw-loader" is in package.json but not installed: the build stops until it is');
  fs.mkdirSync(path.join(dir, 'node_modules', 'raw-loader'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules', 'raw-loader', 'package.json'), JSON.stringify({ name: 'raw-loader', main: 'index.js' }));
  fs.writeFileSync(path.join(dir, 'node_modules', 'raw-loader', 'index.js'), 'module.exports = (text) => `export default ${JSON.stringify(text)};`;\n');
  assert.deepEqual(await where(), ['docs/absent.md:3 error broken-link: import "!!raw-loader!@site/docs/nope.yaml" resolves to no file or package']);
});

test('a package the site declares but has not installed warns (run npm ci); one it does not declare is an error', async () => {
  const dir = path.join(OUTPUT_DIR, 'mdx-rules-packages');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'mdx'), dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ dependencies: { '@example/declared-widgets': '^1.0.0' } }));
  fs.writeFileSync(path.join(dir, 'docs', 'widgets.md'), "# Widgets\n\nimport Button from '@example/declared-widgets/Button';\nimport Other from 'undeclared-widgets';\n\n<Button /> <Other />\n");
  const lines = (await checkSite(dir, { cache: false })).problems.map(textLine);
  assert.deepEqual(lines, [
    `docs/widgets.md:3:1: warning broken-link: import "@example/declared-widgets/Button": package "@example/declared-widgets" is in package.json but not installed (install the site's dependencies with npm ci; the import itself may be right)`,
    'docs/widgets.md:4:1: error broken-link: import "undeclared-widgets" resolves to no file or package (check the path: relative to this file, @site/ from the site folder, or an installed package; case matters)',
  ]);
});

test('exports: contentTitle, metadata and assets are Docusaurus\'s too; toc and default are the page\'s to give', async () => {
  const page = (names: string[]) => `---\ntitle: Exports\n---\n\n${names.map((name) => (name === 'default' ? 'export default function Layout({children}) { return children; }' : `export const ${name} = {};`)).join('\n')}\n\nText.\n`;
  const lines = await linesWith('exports', page(['contentTitle', 'metadata', 'assets', 'toc', 'default']));
  assert.deepEqual(lines.map((line) => line.split(' (')[0]), [
    'docs/mistake.md:5:1: error mdx-syntax: the page exports "contentTitle", a name Docusaurus exports from every page itself: the compiled page does not parse',
    'docs/mistake.md:6:1: error mdx-syntax: the page exports "metadata", a name Docusaurus exports from every page itself: the compiled page does not parse',
    'docs/mistake.md:7:1: error mdx-syntax: the page exports "assets", a name Docusaurus exports from every page itself: the compiled page does not parse',
  ]);
});

test('what a page reads without defining it: its frontMatter, contentTitle, toc and assets, never metadata; a partial has no assets', async () => {
  const lines = await linesWith('render-scope', '---\ntitle: Scope\n---\n\nimport Part from "./_scope-part.md";\n\n{frontMatter.title} {contentTitle} {toc.length} {assets.image}\n\nTitle: {metadata.title}\n\n<Part />\n');
  const dir = path.join(OUTPUT_DIR, 'mdx-rules-render-scope');
  fs.writeFileSync(path.join(dir, 'docs', '_scope-part.md'), 'The part: {frontMatter.title} {assets ? "yes" : "no"}\n');
  const withPart = (await checkSite(dir, { cache: false })).problems.map(textLine);
  assert.deepEqual(lines.filter((line) => line.includes('mdx-undefined')).map((line) => line.split(' (')[0]), [
    'docs/mistake.md:9:9: error mdx-undefined: "metadata" is not defined: nothing on the page imports or exports it',
  ]);
  assert.deepEqual(withPart.filter((line) => line.includes('mdx-undefined')).map((line) => line.split(' (')[0]), [
    'docs/_scope-part.md:1:32: error mdx-undefined: "assets" is not defined: nothing on the page imports or exports it',
    'docs/mistake.md:9:9: error mdx-undefined: "metadata" is not defined: nothing on the page imports or exports it',
  ]);
});
