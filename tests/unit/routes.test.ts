/**
 * Our route rules against the functions Docusaurus itself uses (its docs plugin's getSlug, number
 * prefix parser and category index matcher), on hand-picked and random cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { docIdentity, isCategoryIndex, publishableSlug, stripNumberPrefix } from '../../scripts/content/model/routes.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

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

propertyTest('slugs, number prefixes and category indexes match Docusaurus on random paths', { runs: 500, timeoutMs: 60_000 }, (run) => {
  assertProperty(
    fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.option(fc.constantFrom('x', '../up', '/root', './here', 'deep/er')), (parts, slug) => {
      const source = `${parts.join('/')}.md`;
      const frontMatter = slug === null ? {} : { slug };
      assert.equal(docIdentity(source, frontMatter).slug, docusaurusSlug(source, frontMatter));
      assert.equal(isCategoryIndex(source), docusaurusIsCategoryIndex(toCategoryIndexMatcherParam({ source, sourceDirName: path.posix.dirname(source) })));
      const last = parts.at(-1)!;
      assert.equal(stripNumberPrefix(last), DefaultNumberPrefixParser(last).filename);
    }),
    run,
  );
});

/** Whether Docusaurus's docs plugin accepts the slug it computes for this page (getSlug throws otherwise). */
function docusaurusAcceptsSlug(source: string, frontMatter: { slug?: string; id?: string }): boolean {
  try {
    docusaurusSlug(source, frontMatter);
    return true;
  } catch {
    return false;
  }
}

test('a slug Docusaurus cannot publish: refused by its docs plugin (?, #, a leading //), or holding a % that starts no escape', () => {
  const cases: Array<[string, { slug?: string; id?: string }, boolean]> = [
    ['faq/tls.md', {}, true], ['faq/tls.md', { slug: '/faq/tls?' }, false], ['a.md', { slug: '/a#b' }, false], ['a.md', { slug: '//cdn/a' }, false],
    ['a.md', { id: 'a?b' }, false], ['what?.md', {}, false], ['c#.md', {}, false], ['why?/a.md', {}, false],
    ['a b.md', {}, true], ['a%20b.md', {}, true], ['ünï/cödé.md', {}, true], ['a.md', { slug: 'x/../../y' }, true],
  ];
  for (const [source, frontMatter, publishable] of cases) {
    assert.equal(publishableSlug(docIdentity(source, frontMatter).slug), publishable, `${source} ${JSON.stringify(frontMatter)}`);
    assert.equal(docusaurusAcceptsSlug(source, frontMatter), publishable, `Docusaurus on ${source} ${JSON.stringify(frontMatter)}`);
  }
  // Docusaurus's plugin takes these; its static render then cannot decode the path (tests/site/agreement.test.ts builds one).
  for (const source of ['100%.md', '100%/a.md']) {
    assert.equal(docusaurusAcceptsSlug(source, {}), true);
    assert.equal(publishableSlug(docIdentity(source, {}).slug), false, source);
  }
});

const slugCharacters = fc.stringMatching(/^[a-z/?#%.: -]{1,10}$/);

propertyTest('without %, a slug is publishable exactly when Docusaurus\'s docs plugin accepts it', { runs: 500, timeoutMs: 60_000 }, (run) => {
  assertProperty(
    fc.property(fc.array(segment, { minLength: 1, maxLength: 3 }), fc.option(slugCharacters), fc.option(slugCharacters), (parts, slug, id) => {
      fc.pre(!`${slug ?? ''}${id ?? ''}`.includes('%') && !(id ?? '').includes('/'));
      const source = `${parts.join('/')}.md`;
      const frontMatter = { ...(slug === null ? {} : { slug }), ...(id === null ? {} : { id }) };
      assert.equal(publishableSlug(docIdentity(source, frontMatter).slug), docusaurusAcceptsSlug(source, frontMatter));
    }),
    run,
  );
});

test('doc ids drop number prefixes from folders and file names', () => {
  assert.equal(docIdentity('01-guides/02-install.md', {}).id, 'guides/install');
  assert.equal(docIdentity('guides/x.md', { id: 'y' }).id, 'guides/y');
});
