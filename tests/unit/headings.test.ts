/**
 * Heading ids: the check numbers repeated headings itself (to remember slugs across pages), so
 * hold it to GithubSlugger, which Docusaurus uses, on random sequences of heading texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import GithubSlugger from 'github-slugger';
import { createHeadingIds } from '../../scripts/content/model/headings.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

// Texts that collide on purpose: repeats, texts that slug to an earlier repeat's number.
const headingText = fc.constantFrom('Setup', 'setup', 'Setup 1', 'Setup-1', 'setup-2', 'Q&A', 'Q & A', 'Ünïcode', '', '  ', 'a_b', 'A.B', '1');

propertyTest('ids of repeated headings are numbered exactly as GithubSlugger numbers them', { runs: 500, timeoutMs: 60_000 }, (run) => {
  assertProperty(
    fc.property(fc.array(headingText, { maxLength: 30 }), (texts) => {
      const slugger = new GithubSlugger();
      const ids = createHeadingIds();
      assert.deepEqual(texts.map((text) => ids.idFor(text).id), texts.map((text) => slugger.slug(text)));
    }),
    run,
  );
});

propertyTest('ids that keep the case (markdown.anchors.maintainCase) are numbered as GithubSlugger numbers them with maintainCase', { runs: 500, timeoutMs: 60_000 }, (run) => {
  assertProperty(
    fc.property(fc.array(headingText, { maxLength: 30 }), (texts) => {
      const slugger = new GithubSlugger();
      const ids = createHeadingIds(true);
      assert.deepEqual(texts.map((text) => ids.idFor(text).id), texts.map((text) => slugger.slug(text, true)));
    }),
    run,
  );
});

test('a {#custom-id} wins and is not counted as a repeat', () => {
  const ids = createHeadingIds();
  assert.deepEqual(
    ['Install {#setup}', 'Setup', 'Setup'].map((text) => ids.idFor(text)),
    [{ text: 'Install', id: 'setup', custom: true }, { text: 'Setup', id: 'setup' }, { text: 'Setup', id: 'setup-1' }],
  );
});

test('ids given again (a heading dropped): slugFor numbers repeats as idFor does', () => {
  const ids = createHeadingIds();
  assert.deepEqual(['Setup', 'Setup', 'Setup-1', 'Setup'].map((text) => ids.slugFor(text)), ['setup', 'setup-1', 'setup-1-1', 'setup-2']);
});
