/**
 * The Markdown pages of src/pages are compiled by the pages plugin with the docs' MDX pipeline:
 * the mdx-* rules judge them as they judge a doc, and their module imports must resolve. A
 * draft, which a production build leaves out, only warns. (tests/site/agreement.test.ts builds
 * one page with each mistake.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWith } from '../helpers/check-fixture.ts';
import type { Problem } from '../../scripts/check/problem.ts';

const places = async (files: Record<string, string>) =>
  (await checkWith(files, 'markdown-pages')).problems.map((p: Problem) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`);

test('src/pages: MDX syntax, undefined names, render refusals and imports that resolve to nothing are errors at their places', async () => {
  assert.deepEqual(await places({
    'src/pages/mistakes.md': "import Nope from '@site/src/components/Nope';\n\n# Mistakes\n\n<Tabs>x</Tabs> and {someName}.\n\n<img src=\"/img/x.png\">text</img>\n",
    'src/pages/ports.md': '# Ports\n\nPorts <1024 need root.\n',
  }), [
    'src/pages/mistakes.md:1:1 error broken-link',
    'src/pages/mistakes.md:5:1 error mdx-undefined',
    'src/pages/mistakes.md:5:21 error mdx-undefined',
    'src/pages/mistakes.md:7:1 error mdx-render',
    'src/pages/ports.md:3:8 error mdx-syntax',
  ]);
});

test('src/pages: a draft\'s MDX mistakes only warn, and a page that opts out of MDX has none', async () => {
  assert.deepEqual(await places({
    'src/pages/later.md': '---\ndraft: true\n---\n\n# Later\n\nPorts <1024 need root.\n',
    'src/pages/plain.md': '---\nmdx:\n  format: md\n---\n\n# Plain\n\nPorts <1024 need root, and {braces}.\n',
  }), ['src/pages/later.md:7:8 warning mdx-syntax']);
});
