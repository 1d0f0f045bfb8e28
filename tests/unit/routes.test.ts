/**
 * Our route rules against the functions Docusaurus itself uses (its docs plugin's getSlug, number
 * prefix parser and category index matcher), on hand-picked and random cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { docIdentity, isCategoryIndex, stripNumberPrefix } from '../../scripts/content/model/routes.ts';

// Docusaurus's own implementation (its package exports hide lib/, so reach it by path).
const docsLib = path.join(__dirname, '..', '..', 'node_modules', '@docusaurus', 'plugin-content-docs');
const getSlug = require(path.join(docsLib, 'lib/slug.js')).default;
const { DefaultNumberPrefixParser } = require(path.join(docsLib, 'lib/numberPrefix.js'));
const { isCategoryIndex: docusaurusIsCategoryIndex, toCategoryIndexMatcherParam } = require(path.join(docsLib, 'lib/docs.js'));

function docusaurusSlug(source: string, frontMatter: { slug?: string; id?: string }): string {
  const fileName = path.posix.basename(source, path.posix.extname(source));
  return getSlug({
    baseID: frontMatter.id ?? DefaultNumberPrefixParser(fileName).filename,
    source,
    sourceDirName: path.posix.dirname(source),
    frontMatterSlug: frontMatter.slug,
  });
}

const CASES: Array<[string, { slug?: string; id?: string }]> = [
  ['faq/security.md', {}],
  ['reference-guides/rancher-security/rancher-security.md', {}],
  ['01-intro/02-setup.md', {}],
  ['guides/index.md', {}],
  ['guides/README.md', {}],
  ['README.md', {}],
  ['a/b.md', { slug: '../c' }],
  ['a/b.md', { slug: '/absolute' }],
  ['a/b.md', { slug: 'relative' }],
  ['a/b.md', { id: 'custom' }],
  ['1.2-version/notes.md', {}],
  ['a/index.md', { slug: 'x' }],
];

test('slugs match Docusaurus on hand-picked cases', () => {
  for (const [source, frontMatter] of CASES) {
    assert.equal(docIdentity(source, frontMatter).slug, docusaurusSlug(source, frontMatter), source);
  }
});

const segment = fc.oneof(
  fc.constantFrom('index', 'readme', 'README', 'intro', 'guides', '01-intro', '2-setup', '1.2-x', '10_ten', 'a b', 'faq'),
  fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{0,8}$/),
);

test('slugs, number prefixes and category indexes match Docusaurus on random paths', () => {
  fc.assert(
    fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.option(fc.constantFrom('x', '../up', '/root', './here', 'deep/er')), (parts, slug) => {
      const source = `${parts.join('/')}.md`;
      const frontMatter = slug === null ? {} : { slug };
      assert.equal(docIdentity(source, frontMatter).slug, docusaurusSlug(source, frontMatter));
      assert.equal(isCategoryIndex(source), docusaurusIsCategoryIndex(toCategoryIndexMatcherParam({ source, sourceDirName: path.posix.dirname(source) })));
      const last = parts.at(-1)!;
      assert.equal(stripNumberPrefix(last), DefaultNumberPrefixParser(last).filename);
    }),
    { numRuns: 500 },
  );
});

test('doc ids drop number prefixes from folders and file names', () => {
  assert.equal(docIdentity('01-guides/02-install.md', {}).id, 'guides/install');
  assert.equal(docIdentity('guides/x.md', { id: 'y' }).id, 'guides/y');
});
