/**
 * Rule `invalid-route`: pages whose address Docusaurus cannot publish, shown where the address
 * comes from (the slug, the id, or the file and folder names). (tests/site/agreement.test.ts
 * builds two of them with Docusaurus; tests/unit/routes.test.ts holds the verdict to its docs plugin.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';

/** The check's invalid-route lines on a site of the mdx fixture's config and these files. */
async function linesFor(files: Record<string, string>): Promise<string[]> {
  return (await problemsWith(files)).filter((p) => p.rule === 'invalid-route').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message} (${p.hint})`);
}

test('a slug with ? or # is shown at the slug, and names what to remove', async () => {
  assert.deepEqual(await linesFor({ 'docs/tls.md': '---\ntitle: TLS\nslug: /faq/tls?\n---\n\nText.\n' }), [
    'docs/tls.md:3:1 error: Docusaurus cannot publish the page at "/faq/tls?": ? and # start a query and a fragment, and // a host name; the build stops (remove them from the slug, or set a slug of letters, digits, dashes and slashes, such as slug: /faq/tls)',
  ]);
});

test('an id or a file name that makes such an address is shown at the id, or at the top of the page', async () => {
  assert.deepEqual(await linesFor({ 'docs/a.md': '---\nid: a#b\n---\n\nText.\n', 'docs/why?/b.md': 'Text.\n' }), [
    'docs/a.md:2:1 error: Docusaurus cannot publish the page at "/a#b": ? and # start a query and a fragment, and // a host name; the build stops (remove them from the id, or set a slug of letters, digits, dashes and slashes, such as slug: /faq/tls)',
    'docs/why?/b.md:1:1 error: Docusaurus cannot publish the page at "/why?/b": ? and # start a query and a fragment, and // a host name; the build stops (rename the file or folder without the ?)',
  ]);
});

test('a % that starts no escape has its own words; an escape, a space or a letter beyond ASCII is fine', async () => {
  assert.deepEqual(await linesFor({ 'docs/100%.md': 'Text.\n', 'docs/a%20b.md': 'Text.\n', 'docs/a b.md': 'Text.\n', 'docs/ünï.md': 'Text.\n' }), [
    'docs/100%.md:1:1 error: the page\'s address "/100%" holds a % that starts no escape (%XX): the build stops when it renders the page (remove the % from the file or folder name, or write "percent")',
  ]);
});

test('a . or .. part, or a backslash, has its own words, not the %\'s', async () => {
  assert.deepEqual(await linesFor({ 'docs/up.md': '---\ntitle: Up\nslug: /a/../b\n---\n\nText.\n', 'docs/here.md': '---\ntitle: Here\nslug: /a/./b\n---\n\nText.\n' }), [
    'docs/here.md:3:1 error: Docusaurus cannot publish the page at "/a/./b": a URL resolves a "." or ".." part of a path away, and reads a \\ as /, so the address is not the page\'s; the build stops (write the address as it is meant, without them, in the slug, or set a slug of letters, digits, dashes and slashes, such as slug: /faq/tls)',
    'docs/up.md:3:1 error: Docusaurus cannot publish the page at "/a/../b": a URL resolves a "." or ".." part of a path away, and reads a \\ as /, so the address is not the page\'s; the build stops (write the address as it is meant, without them, in the slug, or set a slug of letters, digits, dashes and slashes, such as slug: /faq/tls)',
  ]);
});

test('a draft\'s is a warning: the build leaves drafts out', async () => {
  assert.deepEqual((await linesFor({ 'docs/later.md': '---\ndraft: true\nslug: /later?\n---\n\nText.\n' })).map((line) => line.split(': ')[0]), ['docs/later.md:3:1 warning']);
});
