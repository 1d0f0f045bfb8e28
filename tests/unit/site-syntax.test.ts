/**
 * Syntax a site's own remark plugins add (extract/site-syntax.ts, load/site-syntax.ts): which
 * plugins add some, where it can start, and how a page that holds some is read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import remarkMath from 'remark-math';
import { holdsSiteSyntax, triggersOf } from '../../scripts/content/extract/site-syntax.ts';
import { siteSyntaxOf } from '../../scripts/content/load/site-syntax.ts';
import { recordOf } from '../../scripts/content/extract/page-record.ts';
import { checkSite } from '../../scripts/check/check-site.ts';
import { textLine } from '../../scripts/check/report.ts';
import { clearCheckCache } from '../../scripts/content/load/check-cache.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { throwawaySiteDir } from '../helpers/paths.ts';

const math = siteSyntaxOf({ remarkPlugins: [remarkMath] })!;

test('remark-math adds syntax that starts at `$` alone', () => {
  assert.deepEqual(math.plugins, ['remarkMath']);
  assert.deepEqual(math.triggers, ['$']);
  assert.ok(holdsSiteSyntax('costs $n$', math));
  assert.ok(!holdsSiteSyntax('costs n <1', math));
});

test('plugins that only transform the tree, or none, add no syntax', () => {
  const transformer = () => (tree: unknown) => tree;
  assert.equal(siteSyntaxOf({ remarkPlugins: [transformer] }), undefined);
  assert.equal(siteSyntaxOf({ remarkPlugins: [] }), undefined);
  assert.equal(siteSyntaxOf(undefined), undefined);
});

test('a plugin given as [plugin, options] counts, in beforeDefaultRemarkPlugins too, and its options are in the key', () => {
  const withOptions = siteSyntaxOf({ beforeDefaultRemarkPlugins: [[remarkMath, { singleDollarTextMath: false }]] })!;
  assert.deepEqual(withOptions.plugins, ['remarkMath']);
  assert.notEqual(withOptions.key, math.key);
  assert.deepEqual(withOptions.before.micromark.length > 0 && withOptions.after.micromark, []);
});

test('constructs tried everywhere, or at a line ending, and disabled constructs may start anywhere', () => {
  const construct = { tokenize: () => undefined };
  assert.deepEqual(triggersOf({ micromark: [{ text: { 36: construct, 126: [construct] } }], fromMarkdown: [] }), ['$', '~']);
  assert.equal(triggersOf({ micromark: [{ text: { null: [construct] } }], fromMarkdown: [] }), 'any');
  assert.equal(triggersOf({ micromark: [{ flow: { [-4]: construct } }], fromMarkdown: [] }), 'any');
  assert.equal(triggersOf({ micromark: [{ disable: { null: ['codeIndented'] } }], fromMarkdown: [] }), 'any');
  assert.equal(triggersOf({ micromark: [], fromMarkdown: [{ enter: {} }] }), 'any');
  assert.deepEqual(triggersOf({ micromark: [[{ text: { 61: construct } }]], fromMarkdown: [] }), ['=']);
});

test('inside math, `<1` and braces are no MDX and a link is no link; outside it they are read as always', () => {
  const text = '# Sizes $t<90$\n\nA $\\frac{a}{b} < 1$ bound, $[a](./x.md)$, and [a page](./y.md).\n\n$$\n{k} < 2\n$$\n';
  const withMath = recordOf(text, math);
  assert.equal(withMath.mdx.syntaxError, undefined);
  assert.deepEqual(withMath.mdx.freeNames, []);
  assert.deepEqual(withMath.extract.links.map(({ url }) => url), ['./y.md']);
  assert.deepEqual(withMath.extract.headings.map(({ id }) => id), ['sizes-t90']);
  const without = recordOf(text);
  assert.match(without.mdx.syntaxError?.reason ?? '', /before name/);
  assert.deepEqual(without.extract.links.map(({ url }) => url), ['./x.md', './y.md']);
  const outside = recordOf('Math $p<1024$ is fine, but ports <1024 need root.\n', math);
  assert.deepEqual([outside.mdx.syntaxError?.line, outside.mdx.syntaxError?.column], [1, 35]);
});

test('a text without `$` is read exactly as without the plugin', () => {
  const text = '# Ports\n\nPorts <1024 need [root](./root.md) and {name}.\n';
  assert.deepEqual(recordOf(text, math), recordOf(text));
});

test('a cached check reads the pages that hold the syntax as a check without the cache does, edited or not', async () => {
  const dir = throwawaySiteDir('site-syntax-');
  const page = path.join(dir, 'docs', 'rotation.md');
  const original = () => fs.readFileSync(path.join(FIXTURES, 'site-syntax', 'docs', 'rotation.md'), 'utf8');
  const report = async (cache: boolean) => (await checkSite(dir, { cache })).problems.map(textLine);
  try {
    fs.cpSync(path.join(FIXTURES, 'site-syntax'), dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
    assert.deepEqual(await report(true), []);
    assert.deepEqual(await report(true), []);
    // The page held no `$` until now: its first reading no longer holds.
    fs.writeFileSync(page, `${original()}\nEvery $t<90$ days, on ports <1024.\n`);
    const edited = await report(true);
    assert.equal(edited.length, 1);
    assert.match(edited[0], /^docs\/rotation\.md:9:30: error mdx-syntax/);
    assert.deepEqual(edited, await report(false));
    fs.writeFileSync(page, `${original()}\nEvery $t<90$ days.\n`);
    assert.deepEqual(await report(true), []);
    assert.deepEqual(await report(false), []);
  } finally {
    clearCheckCache(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
