/**
 * Rule `category-file` on category files read as Docusaurus reads them: what it says and where.
 * (tests/site/agreement.test.ts builds the same mistakes with Docusaurus.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Site } from '../../scripts/content/model/site.ts';
import fs from 'node:fs';
import path from 'node:path';
import { categoryFileOf, readCategoryFiles } from '../../scripts/content/load/category-files.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';
import { checkCategoryFiles } from '../../scripts/check/rules/category-file.ts';

/** The rule's lines for category files given as [file, text]. */
function linesFor(files: Array<[string, string]>): string[] {
  const site = { categoryFiles: files.map(([file, text]) => categoryFileOf(file, 'current', text)) } as Site;
  return checkCategoryFiles(site).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`);
}

test('a category file Docusaurus accepts gets nothing, in YAML or JSON', () => {
  assert.deepEqual(linesFor([
    ['docs/a/_category_.yml', 'label: Guides\nposition: 2\nlink:\n  type: generated-index\n'],
    ['docs/b/_category_.json', '{\n  "label": "Reference",\n  "position": 3,\n  "collapsed": false\n}\n'],
  ]), []);
});

test('a value Docusaurus refuses is shown at its key\'s line, with Docusaurus\'s words', () => {
  assert.deepEqual(linesFor([['docs/a/_category_.yml', '# Guides\nlabel: Guides\nposition: second\n']]), [
    'docs/a/_category_.yml:3:1 error category-file: Docusaurus refuses the category file: "position" must be a number',
  ]);
  assert.deepEqual(linesFor([['docs/b/_category_.json', '{\n  "label": "Reference",\n  "collapsible": "yes"\n}\n']]), [
    'docs/b/_category_.json:3:1 error category-file: Docusaurus refuses the category file: "collapsible" must be a boolean',
  ]);
});

test('a file that is not YAML (a .json one is read as YAML too) is shown where the parser stops', () => {
  const [line] = linesFor([['docs/a/_category_.json', '{\n  "label": "Guides"\n  "position": 2\n}\n']]);
  assert.match(line, /^docs\/a\/_category_\.json:3:\d+ error category-file: the category file is not valid YAML: /);
});

test('text or a list instead of keys with values is refused', () => {
  assert.deepEqual(linesFor([['docs/a/_category_.yml', 'Guides\n']]), ['docs/a/_category_.yml:1:1 error category-file: Docusaurus refuses the category file: "value" must be of type object']);
});

test('two category files in one folder: a warning on each, as Docusaurus warns', () => {
  assert.deepEqual(linesFor([['docs/a/_category_.yml', 'label: A\n'], ['docs/a/_category_.json', '{"label": "B", "position": "x"}']]), [
    'docs/a/_category_.yml:1:1 warning category-file: this folder has 2 category files: Docusaurus reads one of them, and which one is not defined',
    'docs/a/_category_.json:1:1 warning category-file: this folder has 2 category files: Docusaurus reads one of them, and which one is not defined',
  ]);
});

test('the category files of every version are read, as Docusaurus globs them: none in a folder named with a dot', () => {
  const dir = path.join(OUTPUT_DIR, 'category-files-read');
  fs.rmSync(dir, { recursive: true, force: true });
  const files = ['docs/a/_category_.yml', 'docs/.drafts/_category_.yml', 'versioned_docs/version-1/a/_category_.json', 'docs/a/page.md'];
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), file.endsWith('.json') ? '{"label": "Old"}' : 'label: A\n');
  }
  const layouts = [{ name: 'current', dir: 'docs', path: '' }, { name: '1', dir: 'versioned_docs/version-1', path: '/1' }];
  const read = readCategoryFiles(dir, layouts, files).map(({ file, version, data }) => [file, version, data]);
  assert.deepEqual(read, [['docs/a/_category_.yml', 'current', { label: 'A' }], ['versioned_docs/version-1/a/_category_.json', '1', { label: 'Old' }]]);
});
