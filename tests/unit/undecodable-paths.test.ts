/**
 * Paths Docusaurus cannot decode or load, whatever its broken-link settings say: a `%` that
 * starts no escape in a file link (mdx-loader decodes it) or in an address (the static render
 * decodes it), and a `?` in a page's own file name, where the bundler starts a query. Each was
 * built with Docusaurus 3.10 (tests/site/agreement.test.ts builds some of them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';
import type { Problem } from '../../scripts/check/problem.ts';

const config = (onBrokenLinks: string) => `module.exports = {
  title: 'Paths', url: 'https://docs.example.com', baseUrl: '/',
  onBrokenLinks: '${onBrokenLinks}', onBrokenAnchors: 'throw',
  markdown: { hooks: { onBrokenMarkdownLinks: 'warn' } },
  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false, pages: false }]],
};
`;
const home = (links: string) => `---\nslug: /\n---\n\n# Home\n\n${links}\n`;
const text = (problems: Problem[]) => problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message} (${p.hint})`);

test('a file link with a % that starts no escape stops the build, even where broken Markdown links only warn; %25 finds the file', async () => {
  const files = { 'docusaurus.config.js': config('throw'), 'docs/50%.md': '---\nslug: /fifty\n---\n\n# Fifty\n' };
  assert.deepEqual(text(await problemsWith({ ...files, 'docs/index.md': home('[raw](./50%.md), [escaped](./50%25.md), [site](@site/docs/50%.md).') })), [
    'docs/index.md:7:1 error broken-link: "./50%.md" has a % that starts no escape: Docusaurus cannot decode the path ("URI malformed") and the build stops (write a % in a file name as %25, or rename the file)',
    'docs/index.md:7:41 error broken-link: "@site/docs/50%.md" has a % that starts no escape: Docusaurus cannot decode the path ("URI malformed") and the build stops (write a % in a file name as %25, or rename the file)',
  ]);
});

test('an address with a % that starts no escape stops the static render, even where broken links only warn', async () => {
  const problems = await problemsWith({ 'docusaurus.config.js': config('warn'), 'docs/a.md': '# A\n', 'docs/index.md': home('[bad](/a%zz) and [good](/a%20b) and [fine](/a).') });
  assert.deepEqual(text(problems), [
    'docs/index.md:7:1 error broken-link: address "/a%zz" has a % that starts no escape: the static render cannot decode it ("could not be decoded"), and the build stops whatever onBrokenLinks says (write a % in an address as %25)',
    'docs/index.md:7:18 warning broken-link: no page at "/a%20b"; the config\'s onBrokenLinks lets the build go on (a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf)',
  ]);
});

test('a ? in a page\'s file or folder name stops the build even at an address a slug makes plain; without a slug the address says so', async () => {
  const withSlug = await problemsWith({ 'docusaurus.config.js': config('throw'), 'docs/index.md': home('Plain.'), 'docs/what?.md': '---\nslug: /what\n---\n\n# What\n' });
  assert.deepEqual(text(withSlug), ['docs/what?.md:1:1 error page-file: the page\'s file or folder name holds a "?", where the bundler starts a query: it cannot load the page ("Cannot find module"), and the build stops (rename the file or folder without the ?)']);
  const withoutSlug = await problemsWith({ 'docusaurus.config.js': config('throw'), 'docs/index.md': home('Plain.'), 'docs/why?/page.md': '# Why\n' });
  assert.deepEqual(withoutSlug.map((p) => `${p.file} ${p.rule}: ${p.hint}`), ['docs/why?/page.md invalid-route: rename the file or folder without the ?']);
  // A `#` in a name, at a slug's address, builds.
  assert.deepEqual(text(await problemsWith({ 'docusaurus.config.js': config('throw'), 'docs/index.md': home('Plain.'), 'docs/a#b.md': '---\nslug: /ab\n---\n\n# AB\n' })), []);
});
