/**
 * Rule `tags`: tags files read with Docusaurus's own reader, and pages' tags weighed as
 * `onInlineTags` says: what it says and where. (tests/site/agreement.test.ts builds the same
 * mistakes with Docusaurus.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OnInlineTags, Page, Site } from '../../scripts/content/model/site.ts';
import { readTagsFiles } from '../../scripts/content/load/tags-files.ts';
import { tagPagesOf, tagRoutes } from '../../scripts/content/load/version-routes.ts';
import { defaultDocs } from '../../scripts/content/load/site-config.ts';
import { checkInlineTags, checkTagPermalinks, checkTagsFiles } from '../../scripts/check/rules/tags.ts';

const LAYOUTS = [{ name: 'current', dir: 'docs', path: '/' }, { name: '1.0', dir: 'versioned_docs/version-1.0', path: '/1.0' }];

/** A site folder holding `files` ([path, text]), removed after `body`. */
async function withSite<T>(files: Array<[string, string]>, body: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tags-'));
  try {
    for (const layout of LAYOUTS) fs.mkdirSync(path.join(dir, layout.dir), { recursive: true });
    for (const [file, text] of files) fs.writeFileSync(path.join(dir, file), text);
    return await body(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const lineOf = (p: { file: string; line: number; column: number; severity: string; rule: string; message: string }) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`;

/** The rule's lines for the tags files of a site holding `files`, under the docs option `tags` (`tagsFile`). */
async function fileLines(files: Array<[string, string]>, tagsFile: string | false | undefined): Promise<string[]> {
  return withSite(files, async (dir) => {
    const tagsFiles = await readTagsFiles(dir, LAYOUTS as never, () => ({ tagsFile, onInlineTags: 'throw' }));
    return checkTagsFiles({ tagsFiles } as Site).map(lineOf);
  });
}

const GOOD = 'security:\n  label: Security\n  permalink: /security-topics\nupgrades:\n';

test('tags files Docusaurus accepts get nothing; Docusaurus gives each tag its label and permalink', async () => {
  assert.deepEqual(await fileLines([['docs/tags.yml', GOOD], ['versioned_docs/version-1.0/tags.yml', '']], 'tags.yml'), []);
  await withSite([['docs/tags.yml', GOOD]], async (dir) => {
    const [current] = await readTagsFiles(dir, LAYOUTS as never, () => ({ tagsFile: undefined, onInlineTags: 'warn' }));
    assert.deepEqual(current.tags, {
      security: { label: 'Security', permalink: '/security-topics', description: undefined },
      upgrades: { label: 'Upgrades', permalink: '/upgrades', description: undefined },
    });
  });
});

test('without the tags option, a version without tags.yml has none; with it, the missing file is an error', async () => {
  assert.deepEqual(await fileLines([['docs/tags.yml', GOOD]], undefined), []);
  assert.deepEqual(await fileLines([['docs/tags.yml', GOOD]], 'tags.yml'), [
    'versioned_docs/version-1.0/tags.yml:1:1 error tags: the docs plugin\'s tags option names this file, and version 1.0 has none: the build stops',
  ]);
  assert.deepEqual(await fileLines([['docs/tags.yml', 'not: [valid']], false), [], 'tags: false reads no file');
});

test('a tags file Docusaurus refuses is shown where: the YAML error, the refused value\'s line, the second permalink', async () => {
  const both = (text: string): Array<[string, string]> => [['docs/tags.yml', text], ['versioned_docs/version-1.0/tags.yml', GOOD]];
  const [yaml] = await fileLines(both('security:\n  label: Security\n upgrades:\n'), 'tags.yml');
  assert.match(yaml, /^docs\/tags\.yml:3:\d+ error tags: the tags file is not valid YAML: bad indentation/);
  assert.deepEqual(await fileLines(both('# tags\nsecurity:\n  permalink: /s\n  label: [a]\n'), 'tags.yml'), [
    'docs/tags.yml:4:1 error tags: Docusaurus refuses the tags file: "security.label" must be a string',
  ]);
  assert.deepEqual(await fileLines(both('security:\n  permalink: /topics\nupgrades:\n  label: Upgrades\n  permalink: /topics\n'), 'tags.yml'), [
    'docs/tags.yml:5:1 error tags: tags "security" and "upgrades" both have the permalink /topics: Docusaurus refuses the file',
  ]);
  // Normalizing makes the permalinks: `Upgrades` and `upgrades` without one share /upgrades.
  assert.deepEqual(await fileLines(both('Upgrades:\nupgrades:\n'), 'tags.yml'), [
    'docs/tags.yml:2:1 error tags: tags "Upgrades" and "upgrades" both have the permalink /upgrades: Docusaurus refuses the file',
  ]);
});

/** The rule's lines for pages with these tags, the version's file defining security and upgrades. */
function pageLines(tagsOfPages: unknown[][], onInlineTags: OnInlineTags, draft = false): string[] {
  const pages = tagsOfPages.map((tags, i) => ({
    file: `docs/p${i}.md`, version: 'current', draft, frontMatter: { data: { title: 'x', tags }, keyLines: { title: 2, tags: 3 } },
  })) as unknown as Page[];
  const tagsFile = { file: 'docs/tags.yml', version: 'current', onInlineTags, keyLines: {}, tags: { security: { label: 'Security', permalink: '/security' }, upgrades: { label: 'Upgrades', permalink: '/upgrades' } } };
  const site = { pages, tagsFiles: [tagsFile] } as unknown as Site;
  return checkInlineTags(site, site).map(lineOf);
}

test('a page\'s tag the file does not define: an error under onInlineTags throw, a warning under warn, nothing under log or ignore', () => {
  assert.deepEqual(pageLines([['security', 'upgrades'], []], 'throw'), []);
  assert.deepEqual(pageLines([['security', 'rbac']], 'throw'), ['docs/p0.md:3:1 error tags: tag "rbac" is not defined in docs/tags.yml (onInlineTags: throw): the build stops']);
  assert.deepEqual(pageLines([['rbac', 'tls', 'rbac']], 'warn'), ['docs/p0.md:3:1 warning tags: tags "rbac", "tls" are not defined in docs/tags.yml']);
  assert.deepEqual(pageLines([['rbac']], 'log'), []);
  assert.deepEqual(pageLines([['rbac']], 'ignore'), []);
});

test('a tag written as an object is never one the file defines, even with a defined label', () => {
  assert.deepEqual(pageLines([[{ label: 'Security', permalink: '/security' }]], 'throw'), ['docs/p0.md:3:1 error tags: tag "Security" is not defined in docs/tags.yml (onInlineTags: throw): the build stops']);
});

test('the hint names a defined tag that differs only in case or dashes; a draft is told what publishing it would do', () => {
  const site = (draft: boolean) => {
    const page = { file: 'docs/p.md', version: 'current', draft, frontMatter: { data: { tags: ['Up-grades'] }, keyLines: { tags: 4 } } } as unknown as Page;
    const tagsFile = { file: 'docs/tags.yml', version: 'current', onInlineTags: 'throw' as const, keyLines: {}, tags: { upgrades: { label: 'Upgrades', permalink: '/upgrades' } } };
    return { pages: [page], tagsFiles: [tagsFile] } as unknown as Site;
  };
  const [published] = checkInlineTags(site(false), site(false));
  assert.equal(published.hint, 'did you mean "upgrades"? Tags are the keys of docs/tags.yml, written as they are there');
  const [draft] = checkInlineTags(site(true), site(true));
  assert.equal(draft.message, 'tag "Up-grades" is not defined in docs/tags.yml (onInlineTags: throw): published, this page would stop the build');
});

test('tag pages take the tags file\'s permalinks, and inline tags their kebab-cased text', () => {
  const page = (tags: unknown[], draft = false) => ({ version: 'current', draft, frontMatter: { data: { tags } } }) as unknown as Page;
  const tagsFile = { file: 'docs/tags.yml', version: 'current', onInlineTags: 'warn' as const, keyLines: {}, tags: { security: { label: 'Security', permalink: '/security-topics' } } };
  assert.deepEqual(tagRoutes(tagPagesOf(LAYOUTS[0] as never, [page(['security', 'Zero Trust']), page(['hidden'], true)], defaultDocs(), tagsFile)), ['/tags', '/tags/security-topics', '/tags/zero-trust']);
  assert.deepEqual(tagRoutes(tagPagesOf(LAYOUTS[0] as never, [page(['security'])], defaultDocs(), undefined)), ['/tags', '/tags/security'], 'without a file, every tag is inline');
});

test('a tag whose page cannot be published (? # or a bare % in its permalink) is shown at the page\'s tags line, from the file or inline', () => {
  const page = (file: string, tags: unknown[], draft = false) => ({ file, version: 'current', draft, frontMatter: { data: { tags }, keyLines: { tags: 3 } } }) as unknown as Page;
  const tagsFile = { file: 'docs/tags.yml', version: 'current', onInlineTags: 'ignore' as const, keyLines: {}, tags: { full: { label: 'Full', permalink: '/100%' }, fine: { label: 'Fine', permalink: '/100%25-covered' } } };
  const site = { pages: [
    page('docs/a.md', ['full']), page('docs/b.md', [{ label: 'Query', permalink: '/a?b' }]), page('docs/c.md', ['fine', 'Zero Trust', { label: 'Plain', permalink: '/plain' }]),
    page('docs/d.md', ['full'], true),
  ], tagsFiles: [tagsFile] } as unknown as Site;
  assert.deepEqual(checkTagPermalinks(site, site).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message.split(', where')[0]}`), [
    'docs/a.md:3:1 error tags: tag "full" has the permalink "/100%" (docs/tags.yml)',
    'docs/b.md:3:1 error tags: tag "Query" has the permalink "/a?b"',
    'docs/d.md:3:1 warning tags: tag "full" has the permalink "/100%" (docs/tags.yml)',
  ]);
});
