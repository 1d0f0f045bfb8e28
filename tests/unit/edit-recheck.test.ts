/**
 * After a few pages are edited, the check looks at those pages only, against the site's outline,
 * and keeps every other file's problems (check/edit-recheck.ts). Whatever was edited, the report
 * must be the one a check without any cache gives: fixed edits that it must take the short way
 * for, edits that must send it the whole way, and fuzzed sequences of edits on a generated site
 * and on copies of the fixture sites.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { checkSite, type CheckResult } from '../../scripts/check/check-site.ts';
import { textLine } from '../../scripts/check/report.ts';
import { checkCacheFiles, clearCheckCache } from '../../scripts/content/load/check-cache.ts';
import { generateSite } from '../../scripts/bench/generate-site.ts';
import { COLLECTING_EXPORT, renderingMarkdown } from '../helpers/anchor-components.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { settle, throwawaySiteDir, writeSiteFile } from '../helpers/paths.ts';
import { assertAsyncProperty, propertyTest } from '../helpers/property.ts';

const FIXTURE_SITES = ['broken-anchor', 'draft-link', 'duplicate-route', 'front-matter', 'partials', 'real-patterns', 'mdx', 'sidebar-links', 'markdown-pages', 'site-syntax', 'site-transforms'];

let generated: string | undefined;
/** A small generated site (two versions, drafts, partials, MDX, links between pages), made once. */
function generatedSite(): string {
  if (!generated) {
    generated = fs.mkdtempSync(path.join(os.tmpdir(), 'edit-recheck-generated-'));
    generateSite(generated, { pagesPerVersion: 30, versions: 2, seed: 7 });
  }
  return generated;
}

/** A fresh copy of a site, with no check cache, its files written "long ago" (helpers/paths.ts, settle). */
function copyOf(source: string): string {
  const dir = throwawaySiteDir('edit-recheck-');
  fs.cpSync(source, dir, { recursive: true, verbatimSymlinks: true });
  settle(dir);
  return dir;
}

function removeSite(site: string): void {
  clearCheckCache(site);
  fs.rmSync(site, { recursive: true, force: true });
}

/** Run `body` on a fresh copy of a site, removed (with its cache) afterwards. */
async function onCopyOf(source: string, body: (site: string) => Promise<void>): Promise<void> {
  const site = copyOf(source);
  try {
    await body(site);
  } finally {
    removeSite(site);
  }
}

/** Page files of a site (docs and versioned_docs), partials included, sorted. */
const markdownOf = (site: string) =>
  ['docs', 'versioned_docs']
    .filter((dir) => fs.existsSync(path.join(site, dir)))
    .flatMap((dir) => (fs.readdirSync(path.join(site, dir), { recursive: true }) as string[]).map((file) => path.join(dir, file).split(path.sep).join('/')))
    .filter((file) => /\.mdx?$/.test(file))
    .sort();

/** Pages that render no partial and are none: the ones an edit may be checked alone for. */
const plainPagesOf = (site: string) =>
  markdownOf(site).filter((file) => !path.basename(file).startsWith('_') && !/^import .*['"][^'"]+\.mdx?['"]/m.test(fs.readFileSync(path.join(site, file), 'utf8')));

/** The check as a writer runs it (it may take the short way), held to a check without cache. */
async function assertSameAsWhole(site: string, what: string): Promise<CheckResult> {
  const quick = await checkSite(site, { reuseReport: true });
  const whole = await checkSite(site, { cache: false });
  assert.deepEqual(quick.problems.map(textLine), whole.problems.map(textLine), what);
  assert.deepEqual([quick.summary.pages, quick.summary.links], [whole.summary.pages, whole.summary.links], `${what}: pages and links counted`);
  return quick;
}

const append = (site: string, file: string, text: string) => fs.appendFileSync(path.join(site, file), text);
const write = writeSiteFile;

test('edit recheck: mistakes added to one page are found at their lines, checking that page alone', () => onCopyOf(path.join(FIXTURES, 'real-patterns'), async (site) => {
  await assertSameAsWhole(site, 'first run');
  const [page] = plainPagesOf(site);
  const before = (await checkSite(site, { cache: false })).problems.length;
  append(site, page, '\nSee [gone](./nowhere.md).\n\nPorts <1024 need root.\n');
  const after = await assertSameAsWhole(site, 'a broken link and an MDX mistake');
  assert.equal(after.pagesRechecked, 1, 'only the edited page is checked');
  assert.equal(after.problems.length, before + 2);
  assert.ok(after.problems.some((problem) => problem.file === page && problem.rule === 'broken-link'));
  assert.ok(after.problems.some((problem) => problem.file === page && problem.rule === 'mdx-syntax'));
  // Undo: the page's problems go again, the others' stay.
  fs.writeFileSync(path.join(site, page), fs.readFileSync(path.join(site, page), 'utf8').replace('\nSee [gone](./nowhere.md).\n\nPorts <1024 need root.\n', '\nFixed.\n'));
  const fixed = await assertSameAsWhole(site, 'the mistakes fixed');
  assert.equal(fixed.pagesRechecked, 1);
  assert.equal(fixed.problems.length, before);
}));

test('edit recheck: a heading added or removed checks the pages whose links look for it too', () => onCopyOf(path.join(FIXTURES, 'broken-anchor'), async (site) => {
  await assertSameAsWhole(site, 'first run');
  const [target, source] = plainPagesOf(site);
  append(site, source, `\nSee [it](/${target.replace(/^docs\//, '').replace(/\.mdx?$/, '')}#a-heading-added-now).\n`);
  const missing = await assertSameAsWhole(site, 'a link to an anchor not there yet');
  assert.equal(missing.pagesRechecked, 1);
  const broken = (result: CheckResult) => result.problems.filter((problem) => problem.file === source && problem.message.includes('#a-heading-added-now')).length;
  assert.equal(broken(missing), 1, 'the link\'s anchor is missing');
  append(site, target, '\n## A heading added now\n');
  const mended = await assertSameAsWhole(site, 'the anchor added');
  assert.equal(mended.pagesRechecked, 2, 'the page and the one whose link looks for its anchors');
  assert.equal(broken(mended), 0, 'the link found its anchor');
  fs.writeFileSync(path.join(site, target), fs.readFileSync(path.join(site, target), 'utf8').replace('\n## A heading added now\n', '\n'));
  const again = await assertSameAsWhole(site, 'the anchor removed again');
  assert.equal(again.pagesRechecked, 2);
  assert.equal(broken(again), 1, 'the link is broken again');
}));

test('edit recheck: a heading of a doc that a React page\'s <Link> or a Markdown page of src/pages looks for has the whole site checked; one of another doc is checked with the pages that link to it', () => onCopyOf(path.join(FIXTURES, 'broken-anchor'), async (site) => {
  write(site, 'src/pages/landing.js', "import React from 'react';\nimport Link from '@docusaurus/Link';\n\nexport default function Landing() {\n  return <Link to=\"/target#custom-heading\">target</Link>;\n}\n");
  write(site, 'src/pages/about.md', '# About\n\n[common](/commonmark#markdown-heading)\n');
  append(site, 'docs/target.md', '\n## Custom heading\n');
  append(site, 'docs/commonmark.md', '\n## Markdown heading\n');
  settle(site); // written "long ago": the pages of src/pages are files the report holds on by their times
  await assertSameAsWhole(site, 'first run');
  // A heading of source.md, which nothing outside the docs links to: checked with the pages that link to it.
  append(site, 'docs/source.md', '\n## Added to the source\n');
  assert.notEqual((await assertSameAsWhole(site, 'a heading no outside link looks for')).pagesRechecked, undefined);
  // The React page's anchor renamed: its <Link> breaks, which only the whole check sees.
  fs.writeFileSync(path.join(site, 'docs/target.md'), fs.readFileSync(path.join(site, 'docs/target.md'), 'utf8').replace('## Custom heading', '## Renamed heading'));
  const renamed = await assertSameAsWhole(site, 'the anchor a React page looks for renamed');
  assert.equal(renamed.pagesRechecked, undefined, 'the whole site is checked');
  assert.ok(renamed.problems.some((problem) => problem.file === 'src/pages/landing.js'), 'the React page\'s link is broken');
  // The Markdown page's anchor renamed: the same.
  fs.writeFileSync(path.join(site, 'docs/commonmark.md'), fs.readFileSync(path.join(site, 'docs/commonmark.md'), 'utf8').replace('## Markdown heading', '## Other heading'));
  const other = await assertSameAsWhole(site, 'the anchor a Markdown page looks for renamed');
  assert.equal(other.pagesRechecked, undefined);
  assert.ok(other.problems.some((problem) => problem.file === 'src/pages/about.md'), 'the Markdown page\'s link is broken');
}));

test('edit recheck: a link outside the docs whose page cannot be told (an escape that decodes to nothing) has a heading edit checked with the whole site', () => onCopyOf(path.join(FIXTURES, 'broken-anchor'), async (site) => {
  write(site, 'src/pages/odd.md', '# Odd\n\n[odd](/target%E0%A4%A#x)\n');
  settle(site);
  await assertSameAsWhole(site, 'first run');
  append(site, 'docs/source.md', '\n## Added to the source\n');
  assert.equal((await assertSameAsWhole(site, 'a heading added')).pagesRechecked, undefined);
}));

test('edit recheck: an id on an HTML element of an MDX page is no anchor, and the hint of the link that looks for it says so; taken away, the hint says what ids are, checking both pages', () => onCopyOf(path.join(FIXTURES, 'broken-anchor'), async (site) => {
  const hintOf = (result: CheckResult) => result.problems.find((problem) => problem.file === 'docs/source.md' && problem.message.includes('"#html-anchor"'))?.hint;
  assert.match(hintOf(await assertSameAsWhole(site, 'first run')) ?? '', /^an id="html-anchor" written on an HTML element in MDX is no anchor/);
  const target = path.join(site, 'docs', 'target.md');
  fs.writeFileSync(target, fs.readFileSync(target, 'utf8').replace('<a id="html-anchor"></a>', '<a></a>'));
  const taken = await assertSameAsWhole(site, 'the id taken away');
  assert.equal(taken.pagesRechecked, 2, 'the page and the one whose link looks for it');
  assert.match(hintOf(taken) ?? '', /^heading ids are the heading text/);
}));

/**
 * Links to anchors code of the site's adds and to one not there, added to another page checked
 * alone (one problem more); then `change` on the page with those anchors, which has the whole
 * site checked (none more).
 */
async function codeAnchorsAcrossEdits(site: string, links: string, change: () => void, what: string): Promise<void> {
  settle(site); // the component files just written: an edit beside them is checked alone only once their times vouch for them
  const first = await assertSameAsWhole(site, 'first run');
  append(site, 'docs/source.md', links);
  const edited = await assertSameAsWhole(site, 'the links added');
  assert.equal(edited.pagesRechecked, 1);
  assert.equal(edited.problems.length, first.problems.length + 1, 'only the link to the anchor not there is broken');
  change();
  const changed = await assertSameAsWhole(site, what);
  assert.equal(changed.pagesRechecked, undefined, 'the whole check');
  assert.equal(changed.problems.length, first.problems.length);
}

test('edit recheck: a page that renders Markdown through a component file keeps its anchors open when another page is edited alone; one that starts to, has the whole site checked', () => onCopyOf(path.join(FIXTURES, 'broken-anchor'), async (site) => {
  write(site, 'docs/_components.jsx', renderingMarkdown('./_ios.md'));
  write(site, 'docs/_ios.md', '## Register the module\n');
  write(site, 'docs/modules.md', "# Modules\n\nimport {Ios} from './_components';\n\n<Ios />\n");
  write(site, 'docs/plain.md', '# Plain\n\nText.\n');
  await codeAnchorsAcrossEdits(site, '\nSee [it](./modules.md#register-the-module) and [that](./plain.md#register-the-module).\n',
    () => write(site, 'docs/plain.md', "# Plain\n\nimport {Ios} from './_components';\n\n<Ios />\n"), 'the plain page renders the component too');
}));

test('edit recheck: the anchors a component collects from a page\'s props stay that page\'s when another page is edited alone; changed on the page itself, the whole site is checked', () => onCopyOf(path.join(FIXTURES, 'broken-anchor'), async (site) => {
  write(site, 'src/components/Export.jsx', COLLECTING_EXPORT);
  write(site, 'docs/api.mdx', "# API\n\nimport Export from '@site/src/components/Export';\n\n<Export anchor=\"HashMap\">A map.</Export>\n");
  await codeAnchorsAcrossEdits(site, '\nSee [the map](./api.mdx#HashMap) and [the set](./api.mdx#HashSet).\n',
    () => append(site, 'docs/api.mdx', '\n<Export anchor="HashSet">A set.</Export>\n'), 'the set\'s anchor added');
}));

test('edit recheck: a page that starts or stops rendering a component with a <Link> to nowhere has the whole site checked; the component\'s problem comes and goes, and other edits keep it', () => onCopyOf(path.join(FIXTURES, 'broken-anchor'), async (site) => {
  write(site, 'src/components/Next.js', "import React from 'react';\nimport Link from '@docusaurus/Link';\n\nexport default function Next() {\n  return <Link to=\"/nowhere\">Next</Link>;\n}\n");
  // Pages compiled as MDX (the fixture's commonmark.md is read as CommonMark, where <Next /> is HTML).
  const [page, other] = ['docs/source.md', 'docs/target.md'];
  const before = (await assertSameAsWhole(site, 'first run')).problems.length;
  append(site, page, "\nimport Next from '@site/src/components/Next';\n\n<Next />\n");
  const rendered = await assertSameAsWhole(site, 'the component rendered');
  assert.equal(rendered.problems.filter((problem) => problem.file === 'src/components/Next.js').length, 1);
  append(site, other, '\nMore text.\n');
  const kept = await assertSameAsWhole(site, 'another page edited');
  assert.equal(kept.pagesRechecked, 1, 'only the edited page is checked');
  assert.equal(kept.problems.length, before + 1, 'the component\'s problem stays');
  fs.writeFileSync(path.join(site, page), fs.readFileSync(path.join(site, page), 'utf8').replace('<Next />', 'No component.'));
  const gone = await assertSameAsWhole(site, 'the component no longer rendered');
  assert.equal(gone.problems.length, before);
}));

test('edit recheck: a page that starts or stops rendering a partial whose component has a <Link> to nowhere: its partials change, so the whole site is checked, and the problem comes and goes', () => onCopyOf(path.join(FIXTURES, 'broken-anchor'), async (site) => {
  write(site, 'src/components/Next.js', "import React from 'react';\nimport Link from '@docusaurus/Link';\n\nexport default function Next() {\n  return <Link to=\"/nowhere\">Next</Link>;\n}\n");
  write(site, 'docs/_part.mdx', "import Next from '@site/src/components/Next';\n\n<Next />\n");
  const page = 'docs/source.md';
  const before = (await assertSameAsWhole(site, 'first run')).problems.length;
  append(site, page, "\nimport Part from './_part.mdx';\n\n<Part />\n");
  const rendered = await assertSameAsWhole(site, 'the partial rendered');
  assert.equal(rendered.problems.filter((problem) => problem.file === 'src/components/Next.js').length, 1);
  fs.writeFileSync(path.join(site, page), fs.readFileSync(path.join(site, page), 'utf8').replace('<Part />', 'No partial.'));
  const gone = await assertSameAsWhole(site, 'the partial no longer rendered');
  assert.equal(gone.problems.length, before);
}));

test('edit recheck: a heading the navbar links to, renamed, is reported at the config\'s line; other edits keep that problem', () => onCopyOf(path.join(FIXTURES, 'layout-links'), async (site) => {
  await assertSameAsWhole(site, 'first run');
  const intro = path.join(site, 'docs', 'guide', 'intro.md');
  fs.writeFileSync(intro, fs.readFileSync(intro, 'utf8').replace('## Setup', '## Installation'));
  const renamed = await assertSameAsWhole(site, 'the heading renamed');
  assert.deepEqual(renamed.problems.map((problem) => `${problem.file}:${problem.line} ${problem.rule}`), ['docusaurus.config.js:17 broken-anchor']);
  append(site, 'docs/reference.md', '\nMore text.\n');
  const kept = await assertSameAsWhole(site, 'another page edited');
  assert.equal(kept.pagesRechecked, 1, 'only the edited page is checked');
  assert.equal(kept.problems.length, 1, 'the config\'s problem stays');
}));

test('edit recheck: a sidebar link\'s heading renamed, or a page that now shows the sidebar, is weighed at the sidebars file\'s line', () => onCopyOf(path.join(FIXTURES, 'sidebar-links'), async (site) => {
  const lines = (result: CheckResult) => result.problems.map((problem) => `${problem.file}:${problem.line} ${problem.severity} ${problem.rule}`);
  assert.deepEqual(lines(await assertSameAsWhole(site, 'first run')), ['sidebars.js:24 warning broken-link']);
  const intro = path.join(site, 'docs', 'guide', 'intro.md');
  fs.writeFileSync(intro, fs.readFileSync(intro, 'utf8').replace('## Setup', '## Installation'));
  assert.deepEqual(lines(await assertSameAsWhole(site, 'the heading renamed')), ['sidebars.js:5 error broken-anchor', 'sidebars.js:24 warning broken-link']);
  // The archive's page shows the sidebar now: its category opens there, and so does the link to nothing.
  const notes = path.join(site, 'docs', 'archive', 'notes.md');
  fs.writeFileSync(notes, fs.readFileSync(notes, 'utf8').replace('displayed_sidebar: null\n', ''));
  assert.deepEqual(lines(await assertSameAsWhole(site, 'the page shows the sidebar')), ['sidebars.js:5 error broken-anchor', 'sidebars.js:24 error broken-link']);
}));

test('edit recheck: on a site whose own Heading keeps h1 ids, an edit is the whole check\'s, and a link to a page\'s title stays found', () => onCopyOf(path.join(FIXTURES, 'broken-anchor'), async (site) => {
  fs.mkdirSync(path.join(site, 'src', 'theme', 'Heading'), { recursive: true });
  fs.writeFileSync(path.join(site, 'src', 'theme', 'Heading', 'index.js'), "import React from 'react';\n\nexport default function Heading({as: As, id, ...props}) {\n  return <As {...props} id={id} />;\n}\n");
  await assertSameAsWhole(site, 'first run');
  const [target, source] = plainPagesOf(site);
  fs.writeFileSync(path.join(site, target), `# The title here\n\n${fs.readFileSync(path.join(site, target), 'utf8')}`);
  await assertSameAsWhole(site, 'a title added');
  append(site, source, `\nSee [its title](/${target.replace(/^docs\//, '').replace(/\.mdx?$/, '')}#the-title-here).\n`);
  const linked = await assertSameAsWhole(site, 'a link to the title');
  assert.equal(linked.pagesRechecked, undefined, 'the whole site was checked');
  assert.equal(linked.problems.filter((problem) => problem.file === source && problem.message.includes('#the-title-here')).length, 0, 'the title is an anchor');
}));

test('edit recheck: a title is the page\'s own; a draft flag, an id or tags are what other pages see, so the whole site is checked', () => onCopyOf(path.join(FIXTURES, 'broken-anchor'), async (site) => {
  await assertSameAsWhole(site, 'first run');
  const [target, other] = plainPagesOf(site);
  // A link to the tag page the tags below make: broken until then.
  append(site, other, '\nSee [pages about security](/tags/security).\n');
  await assertSameAsWhole(site, 'a link to a tag page not there yet');
  // Sets one key: its line replaced, or added first.
  const withFrontMatter = (line: string) => {
    const text = fs.readFileSync(path.join(site, target), 'utf8');
    const key = new RegExp(`^${line.split(':')[0]}:.*$`, 'm');
    fs.writeFileSync(path.join(site, target), !text.startsWith('---\n') ? `---\n${line}\n---\n${text}` : key.test(text) ? text.replace(key, line) : text.replace('---\n', `---\n${line}\n`));
  };
  withFrontMatter('title: A new title');
  assert.equal((await assertSameAsWhole(site, 'a title')).pagesRechecked, 1);
  withFrontMatter('tags: [security]');
  const tagged = await assertSameAsWhole(site, 'tags: a tag page appears');
  assert.equal(tagged.pagesRechecked, undefined, 'a tag page is a new address');
  assert.ok(!tagged.problems.some((problem) => problem.message.includes('/tags/security')), 'the other page\'s link finds the tag page');
  withFrontMatter('id: another-id');
  assert.equal((await assertSameAsWhole(site, 'an id: a new address')).pagesRechecked, undefined);
  withFrontMatter('draft: true');
  assert.equal((await assertSameAsWhole(site, 'the target made a draft')).pagesRechecked, undefined, 'links to a draft are other pages\' problems');
}));

test('edit recheck: a page whose tag the tags file does not define keeps its problem when edited alone', () => onCopyOf(path.join(FIXTURES, 'tags'), async (site) => {
  fs.copyFileSync(path.join(site, 'mistakes', 'unknown-tag.md'), path.join(site, 'docs', 'guide.md'));
  fs.rmSync(path.join(site, 'mistakes'), { recursive: true });
  const first = await assertSameAsWhole(site, 'an unknown tag');
  assert.deepEqual(first.problems.map((p) => `${p.file}:${p.line} ${p.rule}`), ['docs/guide.md:3 tags']);
  append(site, 'docs/guide.md', '\nOne more sentence.\n');
  const edited = await assertSameAsWhole(site, 'a sentence added to the page with the unknown tag');
  assert.equal(edited.pagesRechecked, 1, 'only the edited page is checked');
  assert.deepEqual(edited.problems.map((p) => `${p.file}:${p.line} ${p.rule}`), ['docs/guide.md:3 tags']);
}));

test('edit recheck: a partial, and a page that renders one, are never checked alone', () => onCopyOf(path.join(FIXTURES, 'partials'), async (site) => {
  await assertSameAsWhole(site, 'first run');
  const files = markdownOf(site);
  const partial = files.find((file) => path.basename(file).startsWith('_'))!;
  append(site, partial, '\n[gone](./nowhere-from-partial.md)\n');
  assert.equal((await assertSameAsWhole(site, 'a partial edited')).pagesRechecked, undefined);
  const renders = files.find((file) => !path.basename(file).startsWith('_') && /^import /m.test(fs.readFileSync(path.join(site, file), 'utf8')))!;
  append(site, renders, '\nMore words.\n');
  assert.equal((await assertSameAsWhole(site, 'a page that renders a partial edited')).pagesRechecked, undefined);
}));

test('edit recheck: a page that takes another\'s exports, and the page that gives them, are checked with the whole site', () => onCopyOf(path.join(FIXTURES, 'mdx'), async (site) => {
  // Which of the giving page's functions run depends on the page that imports them (model/mdx-reach.ts).
  fs.writeFileSync(path.join(site, 'docs', 'gives.mdx'), '---\ntitle: Gives\n---\n\nexport const Box = () => <Nope />;\n\nWords.\n');
  fs.writeFileSync(path.join(site, 'docs', 'takes.md'), '---\ntitle: Takes\n---\n\nWords.\n');
  const first = await assertSameAsWhole(site, 'first run');
  assert.deepEqual(first.problems.filter(({ file }) => file === 'docs/gives.mdx').map(({ severity }) => severity), ['warning']);
  fs.writeFileSync(path.join(site, 'docs', 'takes.md'), "---\ntitle: Takes\n---\n\nimport {Box} from './gives.mdx';\n\n<Box />\n");
  const taken = await assertSameAsWhole(site, 'a page takes the export');
  assert.equal(taken.pagesRechecked, undefined);
  assert.deepEqual(taken.problems.filter(({ file }) => file === 'docs/gives.mdx').map(({ severity }) => severity), ['error']);
  append(site, 'docs/gives.mdx', '\nMore words.\n');
  assert.equal((await assertSameAsWhole(site, 'the giving page edited')).pagesRechecked, undefined);
}));

test('edit recheck: without its outline, or with the cache\'s hashes ahead of the report, the whole site is checked', () => onCopyOf(path.join(FIXTURES, 'real-patterns'), async (site) => {
  await assertSameAsWhole(site, 'first run');
  const [page, other] = plainPagesOf(site);
  fs.rmSync(checkCacheFiles(site).outline);
  append(site, page, '\n[gone](./nowhere.md)\n');
  assert.equal((await assertSameAsWhole(site, 'the outline file gone')).pagesRechecked, undefined);
  // A check that stopped after recording a page's new hash, before its report: the index's
  // hash for that page no longer is the report's.
  append(site, other, '\nWords.\n');
  // The index: its head on the first line, the file table on the second.
  const [head, table] = fs.readFileSync(checkCacheFiles(site).index, 'utf8').split('\n');
  const files = JSON.parse(table);
  const stat = fs.statSync(path.join(site, other));
  files[other] = [stat.size, stat.mtimeMs, 'a-hash-the-report-never-saw'];
  fs.writeFileSync(checkCacheFiles(site).index, `${head}\n${JSON.stringify(files)}`);
  append(site, page, '\nMore words.\n');
  assert.equal((await assertSameAsWhole(site, 'hashes ahead of the report')).pagesRechecked, undefined);
}));

type Edit = { kind: number; page: number; n: number };
const edit = fc.record({ kind: fc.integer({ min: 0, max: 9 }), page: fc.nat(), n: fc.integer({ min: 0, max: 3 }) });

/** One edit: most change only the page itself (the short way), some what others see of it. */
function applyEdit(site: string, { kind, page, n }: Edit, step: number): string {
  const pages = markdownOf(site).filter((file) => !path.basename(file).startsWith('_'));
  if (pages.length === 0) return 'no page';
  const file = pages[page % pages.length];
  const other = pages[(page + 1 + n) % pages.length];
  const full = path.join(site, file);
  const text = fs.readFileSync(full, 'utf8');
  const relative = path.posix.relative(path.posix.dirname(file), other);
  switch (kind) {
    case 0:
    case 1:
      append(site, file, `\nPlain words ${step}.\n`);
      return `words in ${file}`;
    case 2:
      append(site, file, `\nSee [gone](./nowhere-${step}.md) and [there](${relative}#heading-${n}).\n`);
      return `links from ${file} to ${other}`;
    case 3:
      append(site, file, n % 2 === 0 ? `\nPorts <1024 need root (${step}).\n` : `\n<Tabs>\n\nx ${step}\n\n</Tabs>\n`);
      return `MDX mistake in ${file}`;
    case 4:
      append(site, file, `\n## Heading ${n} ${step}\n`);
      return `heading in ${file}`;
    case 5: {
      // A draft flag and tags are what others see; a typo of a key is the page's own.
      const line = [`draft: ${step % 2 === 0}`, `titel: typo ${step}`, `tags: [t${step % 3}]`, `description: d${step}`][n];
      fs.writeFileSync(full, text.startsWith('---\n') ? text.replace('---\n', `---\n${line}\n`) : `---\n${line}\n---\n${text}`);
      return `front matter of ${file}: ${line}`;
    }
    case 6:
      // The same text written again: a new time, the same content.
      fs.writeFileSync(full, text);
      fs.utimesSync(full, new Date(), new Date(Date.now() + 1000 * (step + 1)));
      return `${file} touched`;
    case 7:
      append(site, file, `\nWords ${step}.\n`);
      append(site, other, `\n[gone too](./nowhere-else-${step}.md)\n`);
      return `${file} and ${other} edited`;
    case 8: {
      const lines = text.split('\n');
      const at = lines.findIndex((line) => /^#{2,6} /.test(line));
      if (at >= 0) lines[at] = `${lines[at]} renamed${step}`;
      else lines.push(`x${step}`);
      fs.writeFileSync(full, lines.join('\n'));
      return `first heading of ${file} renamed`;
    }
    default:
      append(site, file, `\n[self](#heading-${n}-${step})\n`);
      return `a same-page anchor in ${file}`;
  }
}

let shortWays = 0;
let steps = 0;

propertyTest('edit recheck: after any sequence of edits the report is the uncached check\'s', { runs: 8, timeoutMs: 600_000 }, async (run) => {
  await assertAsyncProperty(fc.asyncProperty(fc.constantFrom('generated', ...FIXTURE_SITES), fc.array(edit, { minLength: 1, maxLength: 6 }), async (source, edits) => {
    await onCopyOf(source === 'generated' ? generatedSite() : path.join(FIXTURES, source), async (site) => {
      await assertSameAsWhole(site, `${source}: first run`);
      const done: string[] = [];
      for (const [step, each] of edits.entries()) {
        done.push(applyEdit(site, each, step));
        const result = await assertSameAsWhole(site, `${source}: ${done.join('; ')}`);
        steps++;
        if (result.pagesRechecked !== undefined) shortWays++;
      }
    });
  }), run);
  // The property says little if every edit went the whole way.
  assert.ok(shortWays >= steps / 5, `only ${shortWays} of ${steps} edits were checked the short way`);
});

test.after(() => {
  if (generated) removeSite(generated);
});
