import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { FIXTURES, problemsOf } from '../helpers/check-fixture.ts';
import { checkSite } from '../../scripts/check/check-site.ts';
import { frontMatterFromJson, parseFrontMatter } from '../../scripts/content/model/front-matter.ts';
import { frontMatterFindings, type FrontMatterOptions } from '../../scripts/check/rules/front-matter.ts';
import { keysOf, knownKeys } from '../../scripts/content/model/front-matter-schema.ts';
import { DocFrontMatterSchema } from '@docusaurus/plugin-content-docs/lib/frontMatter.js';
import { docIdentity } from '../../scripts/content/model/routes.ts';

test('front-matter: each bad field is reported on its own line', async () => {
  assert.deepEqual(await problemsOf('front-matter'), [
    'docs/bad-types.md:2:1 error front-matter', // title: 42
    'docs/bad-types.md:3:1 error front-matter', // weight: 1.5
    'docs/bad-types.md:4:1 error front-matter', // draft: yes
    'docs/bad-types.md:5:1 error front-matter', // sidebar_position: first
    'docs/bad-types.md:6:1 warning front-matter', // sidebar_lable: a typo (colour on line 7 is left alone)
    'docs/bad-yaml.md:3:1 error front-matter', // unclosed flow sequence
    'docs/draft-with-mistake.md:4:1 warning front-matter', // drafts only warn
    'docs/empty-title.md:2:1 warning front-matter',
    'docs/empty-title.md:3:1 error front-matter', // weight: "20" is text
    'docs/refused-by-docusaurus.md:3:1 error front-matter', // id: a/b
    'docs/refused-by-docusaurus.md:4:1 error front-matter', // tags: 5
    'docs/refused-by-docusaurus.md:5:1 error front-matter', // hide_table_of_contents: maybe
  ]);
});

test('--strict-front-matter also warns about unknown keys that are no typo, and the stored report follows the flag', async () => {
  const site = path.join(FIXTURES, 'front-matter');
  const unknownKeys = async (strictFrontMatter: boolean) => {
    // reuseReport with the cache on, as the CLI runs: a report made without the flag must not answer a run with it.
    const { problems } = await checkSite(site, { reuseReport: true, strictFrontMatter });
    return problems.filter((p) => p.message.startsWith('unknown')).map((p) => `${p.file}:${p.line} ${p.message}`);
  };
  const typo = 'docs/bad-types.md:6 unknown key "sidebar_lable": did you mean "sidebar_label"?';
  assert.deepEqual(await unknownKeys(false), [typo]);
  assert.deepEqual(await unknownKeys(true), [
    typo,
    'docs/bad-types.md:7 unknown front matter key "colour"',
    'docs/refused-by-docusaurus.md:6 unknown front matter key "toc"',
    'docs/refused-by-docusaurus.md:7 unknown front matter key "aliases"',
  ]);
  assert.deepEqual(await unknownKeys(false), [typo]);
});

/** What a writer reads for one front matter block: `line:col severity: message (hint)`. */
function shown(yaml: string, options: FrontMatterOptions = {}): string[] {
  return frontMatterFindings(parseFrontMatter(`---\n${yaml}\n---\n\nBody.\n`), options)
    .sort((a, b) => a.line - b.line)
    .map((f) => `${f.line}:${f.column} ${f.severity}: ${f.message} (${f.hint})`);
}

// The exact words of every front matter message, one mistake each.
const GOLDEN: Array<[mistake: string, yaml: string, expected: string[]]> = [
  ['YAML that does not parse', 'title: Broken\nweight: [10', [
    '3:1 error: front matter is not valid YAML: unexpected end of the stream within a flow collection (check indentation, and quote values that contain ": " or start with a special character)',
  ]],
  ['a title that is not text', 'title: [Security, FAQ]', ['2:1 error: title must be text, got a list (quote it: title: "…")']],
  ['an empty title', 'title: ""', ['2:1 warning: title is empty (Docusaurus uses it as is: the browser tab, search results and pagination show no title; give the page a title, or remove the key to use the first heading)']],
  ['a weight that is not whole', 'weight: 1.5', ['2:1 error: weight must be a whole number, got number 1.5 (lower weights come first, e.g. weight: 100)']],
  ['draft: yes', 'draft: yes', ['2:1 error: draft must be true or false, got the text "yes" (YAML reads "yes" as text: write draft: true or draft: false)']],
  ['tags: 5', 'tags: 5', ['2:1 error: tags must be a list, got number 5 (e.g. tags: [security, hardening])']],
  ['a tag that is no tag', 'tags: [security, null]', [
    '2:1 error: item 2 of tags must be text, or a mapping with label and permalink, got nothing (null) (e.g. tags: [security, hardening])',
  ]],
  ['id: a/b', 'id: a/b', ['2:1 error: id must not contain "/", got the text "a/b" (the folder is already part of the id: write the last part only, e.g. id: b)']],
  ['hide_table_of_contents: maybe', 'hide_table_of_contents: maybe', [
    '2:1 error: hide_table_of_contents must be true or false, got the text "maybe" (YAML reads "maybe" as text: write hide_table_of_contents: true or hide_table_of_contents: false)',
  ]],
  ['sidebar_position as text', 'sidebar_position: first', ['2:1 error: sidebar_position must be a number, got the text "first" (e.g. sidebar_position: 2)']],
  // Docusaurus reads "3" as 3 and builds: a warning, not an error (the promise runs both ways).
  ['sidebar_position quoted', 'sidebar_position: "3"', ['2:1 warning: sidebar_position must be a number, got the text "3" (Docusaurus reads it as a number, and builds) (drop the quotes: sidebar_position: 3)']],
  ['a heading level out of range', 'toc_max_heading_level: 7', ['2:1 error: toc_max_heading_level must be at most 6, got number 7 (e.g. toc_max_heading_level: 3)']],
  ['draft and unlisted at once', 'draft: true\nunlisted: true', [
    '3:1 error: a page cannot be both a draft and unlisted (remove draft: true to publish it unlisted, or unlisted: true to keep it a draft)',
  ]],
  ['the typo titel', 'titel: Security FAQ', ['2:1 warning: unknown key "titel": did you mean "title"? (Docusaurus ignores keys it does not know; write title: …)']],
  ['an unknown key that is no typo', 'colour: blue', []],
];

for (const [mistake, yaml, expected] of GOLDEN) {
  test(`message for ${mistake}`, () => assert.deepEqual(shown(yaml), expected));
}

test('with strict, an unknown key that is no typo warns as it always did', () => {
  assert.deepEqual(shown('title: x\ncolour: blue', { strict: true }), ['3:1 warning: unknown front matter key "colour" (Docusaurus ignores it; check its spelling)']);
});

test('a failure deep inside a value is shown on its key\'s line', () => {
  assert.deepEqual(shown('title: x\ntags:\n  - security\n  - [nested]'), [
    '3:1 error: item 2 of tags must be text, or a mapping with label and permalink, got a list (e.g. tags: [security, hardening])',
  ]);
});

test('every failure of a page is reported, not only the first', () => {
  assert.equal(shown('tags: 5\nid: ""\nhide_title: maybe\nkeywords: cis').length, 4);
});

test('one problem per key: Docusaurus\'s check of draft and title is not repeated', () => {
  // id makes the page go through Docusaurus's schema, which refuses this draft, title and position too.
  assert.deepEqual(shown('draft: maybe\ntitle: [a]\nsidebar_position: first\nid: x').map((line) => line.split(':')[0]), ['2', '3', '4']);
});

test('keys that plugins and themes read are not reported by default', () => {
  const yaml = `sidebar_label: Hardening
keywords: [cis, benchmark]
description: How to harden Rancher
toc: false
aliases: [/old-address]
weight: 10
author: Jane
authors: [jane]
date: 2026-01-31
layout: docs
type: docs
lang: en
url: /hardening
icon: shield
summary: Hardening
categories: [security]
linkTitle: Hardening
title_meta: Hardening
canonical_url: https://example.com/hardening
lastmod: 2026-01-31`;
  assert.deepEqual(shown(yaml), []);
});

test('the known keys come from Docusaurus\'s schema, with the site\'s own', () => {
  const known = knownKeys();
  for (const key of ['title', 'id', 'slug', 'tags', 'sidebar_position', 'hide_table_of_contents', 'last_update', 'unlisted', 'weight', 'draft']) {
    assert.ok(known.includes(key), key);
  }
});

test('the schema\'s keys and types, read from its terms, are those describe() gives', () => {
  const described = Object.fromEntries(Object.entries((DocFrontMatterSchema.describe().keys ?? {}) as Record<string, { type: string }>).map(([key, { type }]) => [key, { type }]));
  assert.deepEqual(keysOf(DocFrontMatterSchema), described);
  assert.ok(Object.keys(described).length > 20);
});

test('fields are read as Docusaurus reads them', () => {
  // Docusaurus's schema turns numbers into text for id and slug, and "false" into false.
  assert.equal(docIdentity('guides/x.md', { id: 2021 }).id, 'guides/2021');
  assert.equal(docIdentity('01-guides/02-x.md', { parse_number_prefixes: 'false' }).id, '01-guides/02-x');
  assert.equal(docIdentity('guides/x.md', { slug: '/custom' }).slug, '/custom');
});

test('the Hugo-era seed front matter is valid', () => {
  const parsed = parseFrontMatter("---\ntitle: Security FAQ's\nweight: 2300\ndraft: true\n---\n\n---\nbody\n");
  assert.deepEqual(frontMatterFindings(parsed, { strict: true }), []);
  assert.deepEqual(parsed.data, { title: "Security FAQ's", weight: 2300, draft: true });
});

test('the record holds what parsing gives, and a YAML error as data', () => {
  const broken = parseFrontMatter('---\ntitle: Broken\nweight: [10\n---\n');
  assert.deepEqual(broken, {
    data: {}, keyLines: { title: 2, weight: 3 }, lineCount: 4,
    yamlError: { line: 3, column: 1, reason: 'unexpected end of the stream within a flow collection' },
  });
  assert.ok(!('issues' in parseFrontMatter('---\ntitle: 42\n---\n')), 'no verdicts in the record');
});

test('front matter reads the same after JSON (threads, the cache): dates, .nan, .inf, -0 and binary are put back', () => {
  const yaml = [
    'title: 2023-01-01', 'updated: 2024-05-06T10:20:30Z', 'keywords: [2024-05-06, .nan, .inf, -.inf, -0.0, text]',
    'last_update:', '  date: 2022-02-02', 'blob: !!binary aGVsbG8=', 'plain: 3',
  ].join('\n');
  const parsed = parseFrontMatter(`---\n${yaml}\n---\n\nBody.\n`);
  assert.ok(parsed.data.title instanceof Date, 'YAML reads a date');
  const copied = frontMatterFromJson(JSON.parse(JSON.stringify(parsed)));
  assert.deepStrictEqual(copied.data, parsed.data);
  assert.ok(Object.is((copied.data.keywords as unknown[])[4], -0));
  assert.deepEqual(frontMatterFindings(copied), frontMatterFindings(parsed));
  // Plain front matter carries nothing more.
  assert.ok(!('jsonSpecials' in parseFrontMatter('---\ntitle: A\nweight: 2\n---\n')));
});

test('mdx: the MDX loader\'s own validator takes format md, mdx or detect and nothing else, at the mdx line', () => {
  const messages = (yaml: string) => shown(yaml).map((line) => line.replace(/:1 (\w+): (.*) \(.*\)$/, ' $1: $2'));
  for (const fine of ['mdx:\n  format: md', 'mdx:\n  format: detect', 'mdx: {}']) assert.deepEqual(messages(fine), [], fine);
  assert.deepEqual(messages('title: Plain\nmdx:\n  format: markdown'), ['3 error: the MDX loader refuses mdx: "format" must be one of [md, mdx, detect]; the build stops']);
  assert.deepEqual(messages('mdx: md'), ['2 error: the MDX loader refuses mdx: "value" must be of type object; the build stops']);
  assert.deepEqual(messages('mdx:\n  format: md\n  toc: false'), ['2 error: the MDX loader refuses mdx: "toc" is not allowed; the build stops']);
});
