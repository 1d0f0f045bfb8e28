/** The site config: typed blocks, the settings the issues ask for, env-driven URLs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/** Load docusaurus.config.ts in a fresh process, so env flags are read as at build time. */
function loadConfig(env: Record<string, string> = {}): any {
  const script = `import('./docusaurus.config.ts').then((m) => { const c = m.default.default ?? m.default; process.stdout.write(JSON.stringify(c, (k, v) => typeof v === 'function' ? '[function]' : v)); })`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  return JSON.parse(out);
}

test('broken links, anchors, Markdown links and images all fail the build', () => {
  const config = loadConfig();
  assert.equal(config.onBrokenLinks, 'throw');
  assert.equal(config.onBrokenAnchors, 'throw');
  assert.deepEqual(config.markdown.hooks, { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' });
  assert.equal(config.onBrokenMarkdownLinks, undefined, 'the deprecated top-level option is not used');
});

test('Docusaurus Faster is on through future.faster, and can be turned off for benchmarks', () => {
  assert.equal(loadConfig().future.faster, true);
  assert.equal(loadConfig({ FAQ_FASTER: 'false' }).future.faster, false);
});

test('docs are served at / with Latest, and archived versions are labelled, noIndex and bannered', () => {
  const docs = loadConfig().presets[0][1].docs;
  assert.equal(docs.routeBasePath, '/');
  assert.equal(docs.lastVersion, 'current');
  assert.equal(docs.versions.current.label, 'Latest');
  assert.deepEqual(docs.versions['2.0-2.4'], { label: '2.0-2.4 (Archived)', path: '2.0-2.4', banner: 'unmaintained', noIndex: true });
  assert.equal(docs.versions['2.9'].noIndex, undefined);
});

test('site URL and base URL come from the environment with the documented defaults', () => {
  const defaults = loadConfig();
  assert.equal(defaults.url, 'https://ranchermanager.docs.rancher.com');
  assert.equal(defaults.baseUrl, '/');
  const fork = loadConfig({ SITE_URL: 'https://someone.github.io', BASE_URL: '/security-faq' });
  assert.equal(fork.url, 'https://someone.github.io');
  assert.equal(fork.baseUrl, '/security-faq/');
});

test('nothing is loaded from another host: no external scripts or stylesheets, no Algolia', () => {
  const config = loadConfig();
  assert.deepEqual(config.scripts ?? [], []);
  assert.deepEqual(config.stylesheets ?? [], []);
  assert.equal(config.themeConfig.algolia, undefined);
  assert.doesNotMatch(JSON.stringify(config.headTags ?? []), /https?:\/\//);
});
