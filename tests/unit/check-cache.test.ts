/**
 * The check's cache makes repeated runs fast and is never wrong: edits to pages, removed static
 * files and config changes all show up on the next run, and a corrupt cache is ignored.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { renderingMarkdown } from '../helpers/anchor-components.ts';
import { OUTPUT_DIR, settle } from '../helpers/paths.ts';
import { settingsFingerprint } from '../../scripts/content/load/site-config.ts';
import { checkCacheFiles, clearCheckCache, openCheckCache } from '../../scripts/content/load/check-cache.ts';
import type { PageRecord } from '../../scripts/content/model/site.ts';

function freshCopy(name: string): string {
  const dir = path.join(OUTPUT_DIR, `cache-${name}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'broken-link'), dir, { recursive: true });
  // Written "long ago": the report holds on the React page's bytes, which a fresh time cannot vouch for.
  settle(dir);
  return dir;
}

const describe = async (dir: string) =>
  (await checkSite(dir, { reuseReport: true })).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);

test('a warm run reuses the report, and an edited page is checked again', async () => {
  const dir = freshCopy('edit');
  const cold = await describe(dir);
  const warm = await checkSite(dir, { reuseReport: true });
  assert.equal(warm.site, undefined, 'nothing changed: the report was reused without reading pages');
  assert.deepEqual(warm.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), cold);

  const page = path.join(dir, 'docs/guide/setup.md');
  fs.appendFileSync(page, '\nA new mistake: [gone](./gone.md).\n');
  const after = await describe(dir);
  assert.ok(after.includes('docs/guide/setup.md:10:16 broken-link'), after.join('\n'));
  assert.equal(after.length, cold.length + 1);
});

test('removing a static file that a page uses is noticed', async () => {
  const dir = freshCopy('static');
  assert.ok(!(await describe(dir)).some((line) => line.startsWith('docs/intro.md:8:')));
  fs.rmSync(path.join(dir, 'static/img/logo.png'));
  const after = await describe(dir);
  assert.ok(after.some((line) => line.startsWith('docs/intro.md:8:')), after.join('\n'));
});

test('an image beside the pages changed keeps the report; a category file changed does not', async () => {
  const dir = freshCopy('assets');
  fs.writeFileSync(path.join(dir, 'docs/guide/_category_.json'), '{"label": "Guide"}');
  const cold = await describe(dir);
  fs.writeFileSync(path.join(dir, 'docs/guide/diagram.png'), 'other bytes, and more of them than before');
  const afterImage = await checkSite(dir, { reuseReport: true });
  assert.equal(afterImage.site, undefined, 'no rule reads an image: the report was reused');
  assert.deepEqual(afterImage.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`), cold);
  fs.writeFileSync(path.join(dir, 'docs/guide/_category_.json'), '{"label": "The guide", "link": {"type": "generated-index"}}');
  const afterCategory = await checkSite(dir, { reuseReport: true });
  assert.notEqual(afterCategory.site, undefined, 'a category file shapes routes: the pages were read again');
});

test('a change of settings (trailingSlash) is noticed', async () => {
  const dir = freshCopy('config');
  const before = await describe(dir);
  const config = path.join(dir, 'docusaurus.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace("baseUrl: '/',", "baseUrl: '/', trailingSlash: true,"));
  const after = await describe(dir);
  assert.notDeepEqual(after, before, 'with trailing slashes, relative URL links resolve differently');
});

test('a versioned sidebars file edited after a check is judged again, though the settings come from the cache', async () => {
  const dir = path.join(OUTPUT_DIR, 'cache-versioned-sidebars');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'tags'), dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
  try {
    assert.deepEqual(await describe(dir), []);
    // The config's worker judged this file with the settings; the next run takes the settings from the cache.
    fs.writeFileSync(path.join(dir, 'versioned_sidebars', 'version-1.0-sidebars.json'), '{"docs": [{"type": "doc", "id": "no-such-doc"}]}\n');
    assert.deepEqual(await describe(dir), ['versioned_sidebars/version-1.0-sidebars.json:1:33 sidebar']);
  } finally {
    clearCheckCache(dir);
  }
});

test('a corrupt cache is ignored', async () => {
  const dir = freshCopy('corrupt');
  const before = await describe(dir);
  const cacheDir = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'faq-check');
  for (const file of fs.readdirSync(cacheDir)) fs.writeFileSync(path.join(cacheDir, file), '{ not json');
  assert.deepEqual(await describe(dir), before);
});

test('the settings are kept under a key that a traced run does not change, and a variable the config reads does', () => {
  const root = path.join(__dirname, '..', '..');
  const withEnv = (env: Record<string, string>) => {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      return settingsFingerprint(root, {});
    } finally {
      for (const name of Object.keys(env)) if (saved[name] === undefined) delete process.env[name];
      Object.assign(process.env, saved);
    }
  };
  // The check's trace sets FAQ_CHECK_TRACE_ORIGIN to the time the run started.
  assert.equal(withEnv({ FAQ_CHECK_TRACE: '1', FAQ_CHECK_TRACE_ORIGIN: '1' }), withEnv({ FAQ_CHECK_TRACE_ORIGIN: '2' }));
  assert.notEqual(withEnv({ SITE_URL: 'https://a.example' }), withEnv({ SITE_URL: 'https://b.example' }));
});

test('records: a save after one new page keeps the others\' text as it was; records no longer used go once they are many', () => {
  const site = path.join(OUTPUT_DIR, 'cache-records');
  clearCheckCache(site);
  const record = (n: number) => ({ n }) as unknown as PageRecord;
  const first = openCheckCache(site, true);
  const hashes = Array.from({ length: 100 }, (_, i) => `h${i}`);
  first.addRecords(hashes, hashes.map((_, i) => record(i)));
  first.save();
  const { records: file } = checkCacheFiles(site);
  const before = fs.readFileSync(file, 'utf8');
  const oldRecords = before.slice(before.indexOf(',"records":[') + ',"records":['.length, -2);

  const second = openCheckCache(site, true);
  assert.deepEqual(second.record('h7'), record(7));
  second.addRecords(['new'], [record(1000)]);
  second.keepOnly([], [...hashes.slice(1), 'new']); // h0 is no longer used: one is not many
  second.save();
  const after = fs.readFileSync(file, 'utf8');
  assert.ok(after.includes(`,"records":[${oldRecords},`), 'the stored records are written as they were read');
  const third = openCheckCache(site, true);
  assert.deepEqual([third.record('h0'), third.record('new')], [record(0), record(1000)]);

  third.keepOnly([], ['new']); // 100 no longer used: many
  third.save();
  const fourth = openCheckCache(site, true);
  assert.deepEqual([fourth.record('h5'), fourth.record('new')], [undefined, record(1000)]);
  clearCheckCache(site);
});

test('what MDX pages use from outside the docs is watched: a component file removed, a name taken out of a swizzled MDXComponents', async () => {
  const dir = path.join(OUTPUT_DIR, 'cache-mdx-environment');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'mdx'), dir, { recursive: true });
  fs.rmSync(path.join(dir, 'mistakes'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'src', 'components'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'src', 'theme'), { recursive: true });
  const component = path.join(dir, 'src', 'components', 'Note.js');
  const mdxComponents = path.join(dir, 'src', 'theme', 'MDXComponents.js');
  fs.writeFileSync(component, 'export default function Note() { return null; }\n');
  fs.writeFileSync(mdxComponents, "import MDXComponents from '@theme-original/MDXComponents';\n\nexport default { ...MDXComponents, Highlight: () => null };\n");
  fs.writeFileSync(path.join(dir, 'docs', 'uses.mdx'), "import Note from '@site/src/components/Note';\n\n# Uses\n\n<Note />\n\n<Highlight>x</Highlight>\n");
  settle(dir);
  const ofUses = async () => (await describe(dir)).filter((line) => line.startsWith('docs/uses.mdx'));
  clearCheckCache(dir);
  try {
    assert.deepEqual(await ofUses(), []);
    const warm = await checkSite(dir, { reuseReport: true });
    assert.equal(warm.site, undefined, 'nothing changed: the report is reused');

    fs.rmSync(component);
    assert.deepEqual(await ofUses(), ['docs/uses.mdx:1:1 broken-link'], 'the component file is gone');
    fs.writeFileSync(component, 'export default function Note() { return null; }\n');
    settle(component);
    assert.deepEqual(await ofUses(), [], 'and back');

    // A page edited at the same time: the edit alone would be checked by itself, but what the
    // MDX rules read changed too.
    fs.writeFileSync(mdxComponents, "import MDXComponents from '@theme-original/MDXComponents';\n\nexport default { ...MDXComponents };\n");
    settle(mdxComponents); // so that the next edit is checked alone
    fs.appendFileSync(path.join(dir, 'docs', 'index.md'), '\nOne more sentence.\n');
    assert.deepEqual(await ofUses(), ['docs/uses.mdx:7:1 mdx-undefined'], 'Highlight is no longer provided');

    // A component imported by an edit that was checked alone is watched from then on too.
    const extra = path.join(dir, 'src', 'components', 'Extra.js');
    fs.writeFileSync(extra, 'export default function Extra() { return null; }\n');
    fs.appendFileSync(path.join(dir, 'docs', 'index.md'), "\nimport Extra from '@site/src/components/Extra';\n\n<Extra />\n");
    const edited = await checkSite(dir, { reuseReport: true });
    assert.equal(edited.pagesRechecked, 1, 'the edited page was checked alone');
    assert.ok(!edited.problems.some((problem) => problem.file === 'docs/index.md' && problem.rule === 'broken-link'));
    fs.rmSync(extra);
    const importLine = fs.readFileSync(path.join(dir, 'docs', 'index.md'), 'utf8').split('\n').findIndex((line) => line.includes('Extra from')) + 1;
    assert.ok((await describe(dir)).includes(`docs/index.md:${importLine}:1 broken-link`), 'the component it imports is gone');
    // Recorded as absent, it is there again: an edit elsewhere is no longer checked alone.
    fs.writeFileSync(extra, 'export default function Extra() { return null; }\n');
    settle(extra);
    fs.appendFileSync(path.join(dir, 'docs', 'uses.mdx'), '\nA sentence.\n');
    const back = await checkSite(dir, { reuseReport: true });
    assert.equal(back.pagesRechecked, undefined, 'a file recorded absent appeared: the whole check');
    assert.ok(!back.problems.some((problem) => problem.file === 'docs/index.md' && problem.rule === 'broken-link'), 'the component is there again');
  } finally {
    clearCheckCache(dir);
  }
});

test('component files beside the site are watched, in its docs folder (../docs) or not (../shared): a warm run sees one stop rendering Markdown, and start again', async () => {
  const root = path.join(OUTPUT_DIR, 'cache-outside-component');
  const site = path.join(root, 'site');
  for (const folder of ['docs', 'shared']) {
    fs.rmSync(root, { recursive: true, force: true });
    fs.cpSync(path.join(FIXTURES, 'outside-docs'), root, { recursive: true });
    const docs = path.join(root, 'docs');
    fs.mkdirSync(path.join(root, folder), { recursive: true });
    const components = path.join(root, folder, '_components.jsx');
    const rendering = renderingMarkdown(folder === 'docs' ? './ios.md' : '../docs/ios.md');
    fs.writeFileSync(components, rendering);
    fs.writeFileSync(path.join(docs, 'ios.md'), '# iOS\n\n## Register the module\n');
    fs.writeFileSync(path.join(docs, 'modules.md'), `# Modules\n\nimport {Ios} from '${folder === 'docs' ? '.' : '../shared'}/_components';\n\n<Ios />\n`);
    fs.writeFileSync(path.join(docs, 'source.md'), '# Source\n\n[a](./modules.md#register-the-module)\n');
    const anchors = async () => (await describe(site)).filter((line) => line.endsWith('broken-anchor'));
    clearCheckCache(site);
    assert.deepEqual(await anchors(), [], `${folder}: the page renders Markdown, so its anchors are taken on trust`);
    // The same size, so that only the time of the change tells: a plain component now.
    const plain = 'export function Ios() {\n  return <p>iOS</p>;\n}\n';
    fs.writeFileSync(components, `${plain.slice(0, -1).padEnd(rendering.length - 1, ' ')}\n`);
    fs.utimesSync(components, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(await anchors(), ['../docs/source.md:3:1 broken-anchor'], `${folder}: it no longer does`);
    fs.writeFileSync(components, rendering);
    fs.utimesSync(components, new Date(), new Date(Date.now() + 10000));
    assert.deepEqual(await anchors(), [], `${folder}: and again`);
  }
});

test('a React page edited is noticed: the stored report holds on its bytes (a <Link> to nowhere added)', async () => {
  const dir = freshCopy('react-page');
  const cold = await describe(dir);
  const page = path.join(dir, 'src/pages/about.tsx');
  fs.writeFileSync(page, "import React from 'react';\nimport Link from '@docusaurus/Link';\n\nexport default function About() {\n  return <Link to=\"/nowhere\">gone</Link>;\n}\n");
  const after = await describe(dir);
  assert.deepEqual(after.filter((line) => !cold.includes(line)), ['src/pages/about.tsx:5:10 broken-link']);
  assert.equal(after.length, cold.length + 1);
});
