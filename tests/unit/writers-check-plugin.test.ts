/** The check inside `npm start`: prints file:line:col lines on start, nothing in production. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import writersCheckPlugin from '../../src/plugins/writers-check/index.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';

test('in development it prints each problem as file:line:col and watches the docs', async () => {
  const context = { siteDir: path.join(FIXTURES, 'draft-link') } as never;
  const plugin = writersCheckPlugin(context)!;
  assert.ok(plugin, 'the plugin is active outside production');
  const printed: string[] = [];
  const original = console.error;
  console.error = (text: string) => printed.push(text);
  try {
    await plugin.loadContent!();
    await plugin.loadContent!(); // same problems again: not printed twice
  } finally {
    console.error = original;
  }
  assert.equal(printed.length, 1);
  assert.match(printed[0], /docs\/published\.md:5:7: error draft-link: links to draft page docs\/draft\.md/);
  assert.match(printed[0], /writers' check: 4 pages, 5 links checked: 2 errors, 1 warning/);
  assert.ok((plugin.getPathsToWatch!() as string[]).some((glob) => glob.endsWith(path.join('docs', '**', '*'))));
});

test('in production builds it stays out of the way', () => {
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    assert.equal(writersCheckPlugin({ siteDir: FIXTURES } as never), null);
  } finally {
    process.env.NODE_ENV = saved;
  }
});
