/**
 * The links rule reuses an unchanged page's problems from the last run (check/link-reuse.ts).
 * Whatever was edited in between, the report must be the one a check without any cache gives:
 * fixed edits that change what other pages' links see, and fuzzed sequences of edits on copies
 * of the fixture sites.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { checkSite } from '../../scripts/check/check-site.ts';
import { textLine } from '../../scripts/check/report.ts';
import { clearCheckCache } from '../../scripts/content/load/check-cache.ts';
import { COLLECTING_EXPORT, renderingMarkdown } from '../helpers/anchor-components.ts';
import { FIXTURES } from '../helpers/check-fixture.ts';
import { assertAsyncProperty, propertyTest } from '../helpers/property.ts';
import { writeSiteFile } from '../helpers/paths.ts';

const SITES = ['broken-link', 'broken-anchor', 'draft-link', 'partials', 'real-patterns', 'url-routes', 'html-anchors'];

/** A fresh copy of a fixture site, with no check cache. */
function copyOf(fixture: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `link-reuse-${fixture}-`));
  fs.cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

const pagesOf = (site: string) =>
  (fs.readdirSync(path.join(site, 'docs'), { recursive: true }) as string[])
    .map((file) => path.join('docs', file).split(path.sep).join('/'))
    .filter((file) => /\.mdx?$/.test(file) && !path.basename(file).startsWith('_'))
    .sort();

/** The cached check's report, which must be the uncached one's; and how many pages it reused. */
async function assertSameAsFull(site: string, what: string): Promise<number> {
  const cached = await checkSite(site);
  const full = await checkSite(site, { cache: false });
  assert.deepEqual(cached.problems.map(textLine), full.problems.map(textLine), what);
  return cached.linkPagesReused ?? 0;
}

const append = (site: string, file: string, text: string) => fs.appendFileSync(path.join(site, file), text);

test('link reuse: one edit that changes nothing others see reuses every other page', async () => {
  const site = copyOf('real-patterns');
  try {
    await assertSameAsFull(site, 'first run');
    const pages = pagesOf(site);
    append(site, pages[0], '\nA new sentence.\n');
    const total = (await checkSite(site, { cache: false })).site!.pages.length;
    const reused = await assertSameAsFull(site, 'one edit');
    assert.equal(reused, total - 1, 'every page but the edited one is reused');
  } finally {
    clearCheckCache(site);
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('link reuse: a removed heading and a deleted image reach the pages that link to them', async () => {
  const site = copyOf('broken-anchor');
  try {
    await assertSameAsFull(site, 'first run');
    const [target, source] = pagesOf(site);
    append(site, source, `\nSee [it](/${target.replace(/^docs\//, '').replace(/\.mdx?$/, '')}#a-heading-added-now).\n`);
    await assertSameAsFull(site, 'a link to an anchor that is not there yet');
    append(site, target, '\n## A heading added now\n');
    const before = (await checkSite(site, { cache: false })).problems.length;
    await assertSameAsFull(site, 'the anchor added: the other page is checked again');
    fs.writeFileSync(path.join(site, target), fs.readFileSync(path.join(site, target), 'utf8').replace('## A heading added now\n', ''));
    await assertSameAsFull(site, 'the anchor removed again');
    assert.equal((await checkSite(site, { cache: false })).problems.length, before + 1, 'the broken anchor is back');
  } finally {
    clearCheckCache(site);
    fs.rmSync(site, { recursive: true, force: true });
  }
  const images = copyOf('real-patterns');
  try {
    await assertSameAsFull(images, 'first run');
    fs.rmSync(path.join(images, 'static', 'img', 'diagram.svg'));
    await assertSameAsFull(images, 'an image deleted: the pages that show it are checked again');
  } finally {
    clearCheckCache(images);
    fs.rmSync(images, { recursive: true, force: true });
  }
});

type Edit = { kind: number; page: number; n: number };
const edit = fc.record({ kind: fc.integer({ min: 0, max: 7 }), page: fc.nat(), n: fc.integer({ min: 0, max: 3 }) });

/** One edit of a kind that can change what other pages' links see, or only the page itself. */
function applyEdit(site: string, { kind, page, n }: Edit, step: number): string {
  const pages = pagesOf(site);
  if (pages.length === 0) return 'no page';
  const file = pages[page % pages.length];
  const other = pages[(page + 1 + n) % pages.length];
  const otherRoute = other.replace(/^docs\//, '').replace(/(^|\/)index\.mdx?$/, '$1').replace(/\.mdx?$/, '');
  const full = path.join(site, file);
  switch (kind) {
    case 0:
      append(site, file, `\nPlain words ${step}.\n`);
      return `words in ${file}`;
    case 1:
      append(site, file, `\n## Heading ${n} ${step}\n`);
      return `heading in ${file}`;
    case 2:
      append(site, file, `\nSee [x](/${otherRoute}#heading-${n}-${Math.max(0, step - 1)}) and [y](${path.posix.relative(path.posix.dirname(file), other)}#heading-${n}-${step}).\n`);
      return `links from ${file} to ${other}`;
    case 3: {
      const text = fs.readFileSync(full, 'utf8');
      fs.writeFileSync(full, text.startsWith('---\n') ? text.replace('---\n', `---\ndraft: ${n % 2 === 0}\n`) : `---\ndraft: ${n % 2 === 0}\n---\n${text}`);
      return `draft ${n % 2 === 0} in ${file}`;
    }
    case 4: {
      const image = path.join(site, 'static', 'img', `added-${n}.png`);
      if (fs.existsSync(image)) fs.rmSync(image);
      else fs.mkdirSync(path.dirname(image), { recursive: true }), fs.writeFileSync(image, 'png');
      append(site, file, `\n![pic](/img/added-${n}.png)\n`);
      return `image added-${n} toggled, shown in ${file}`;
    }
    case 5: {
      const moved = file.replace(/\.mdx?$/, `-moved${step}.md`);
      fs.renameSync(full, path.join(site, moved));
      return `${file} moved to ${moved}`;
    }
    case 6: {
      const lines = fs.readFileSync(full, 'utf8').split('\n');
      const at = lines.findIndex((line) => /^#{2,6} /.test(line));
      if (at >= 0) lines[at] = `${lines[at]} renamed${step}`;
      else lines.push(`x${step}`);
      fs.writeFileSync(full, lines.join('\n'));
      return `first heading of ${file} renamed`;
    }
    default: {
      const partials = (fs.readdirSync(path.join(site, 'docs'), { recursive: true }) as string[]).filter((name) => path.basename(name).startsWith('_') && name.endsWith('.md'));
      if (partials.length === 0) return append(site, file, `\n[gone](./nowhere-${n}.md)\n`), `broken link in ${file}`;
      append(site, path.join('docs', partials[n % partials.length]), `\n[gone](./nowhere-${step}.md) and [${n}](#heading-${n}-${step})\n`);
      return `links in partial ${partials[n % partials.length]}`;
    }
  }
}

propertyTest('link reuse: after any sequence of edits the report is the uncached check\'s', { runs: 6, timeoutMs: 300_000 }, (run) => {
  return assertAsyncProperty(fc.asyncProperty(fc.constantFrom(...SITES), fc.array(edit, { minLength: 1, maxLength: 6 }), async (fixture, edits) => {
    const site = copyOf(fixture);
    try {
      await assertSameAsFull(site, `${fixture}: first run`);
      const done: string[] = [];
      for (const [step, each] of edits.entries()) {
        done.push(applyEdit(site, each, step));
        await assertSameAsFull(site, `${fixture}: ${done.join('; ')}`);
      }
    } finally {
      clearCheckCache(site);
      fs.rmSync(site, { recursive: true, force: true });
    }
  }), run);
});

test('link reuse: a data file a page imports, broken and mended between runs, is seen each time', async () => {
  // A page's input is its own text: what the files it imports hold is the site key's (load/imported-files.ts).
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'link-reuse-data-'));
  fs.cpSync(path.join(FIXTURES, 'mdx'), site, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
  const data = path.join(site, 'src', 'data', 'ports.json');
  try {
    await assertSameAsFull(site, 'first run');
    fs.writeFileSync(data, '{"https": 8443,}\n');
    await assertSameAsFull(site, 'JSON broken');
    assert.ok((await checkSite(site)).problems.some(({ rule, message }) => rule === 'broken-link' && message.includes('ports.json')));
    fs.writeFileSync(data, '{"https": 8443}\n');
    await assertSameAsFull(site, 'JSON mended');
  } finally {
    clearCheckCache(site);
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('link reuse: anchors a component collects from a page\'s props, and a component file that starts rendering Markdown, reach the pages that link there', async () => {
  // What code of the site's adds to a page's anchors is the MDX environment's (load/mdx-environment.ts), not the page's headings.
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'link-reuse-code-anchors-'));
  fs.cpSync(path.join(FIXTURES, 'broken-anchor'), site, { recursive: true });
  const write = (file: string, text: string) => writeSiteFile(site, file, text);
  try {
    write('src/components/Export.jsx', COLLECTING_EXPORT);
    write('docs/api.mdx', "# API\n\nimport Export from '@site/src/components/Export';\n\n<Export anchor=\"HashMap\">A map.</Export>\n");
    write('docs/links.md', '# Links\n\n[the map](./api.mdx#HashMap) and [the part](./parts.mdx#register-the-module)\n');
    write('docs/_components.jsx', 'export function Ios() {\n  return <p>Nothing yet.</p>;\n}\n');
    write('docs/parts.mdx', "# Parts\n\nimport {Ios} from './_components';\n\n<Ios />\n");
    write('docs/_part.md', '## Register the module\n');
    await assertSameAsFull(site, 'first run');
    write('docs/api.mdx', "# API\n\nimport Export from '@site/src/components/Export';\n\n<Export anchor=\"HashSet\">A set.</Export>\n");
    await assertSameAsFull(site, 'the collected anchor renamed');
    write('docs/_components.jsx', renderingMarkdown('./_part.md'));
    await assertSameAsFull(site, 'the component renders Markdown now');
  } finally {
    clearCheckCache(site);
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('link reuse: a component of the site\'s that starts or stops rendering its children, and a Tabs wrapper that starts or stops passing `lazy`, reach the pages that use them', async () => {
  // Neither is in the page's own input: the site's component decides what of the page renders.
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'link-reuse-components-'));
  fs.cpSync(path.join(FIXTURES, 'broken-anchor'), site, { recursive: true });
  const write = (file: string, text: string) => writeSiteFile(site, file, text);
  const card = (children: boolean) => `import React from 'react';\n\nexport default function Card({ title${children ? ', children' : ''} }) {\n  return <section><h3>{title}</h3>${children ? '{children}' : ''}</section>;\n}\n`;
  const tabs = (passesLazy: boolean) => `import React from 'react';\nimport ThemeTabs from '@theme/Tabs';\n\nexport default function Tabs(${passesLazy ? 'props' : '{ lazy, ...props }'}) {\n  return <ThemeTabs {...props} />;\n}\n`;
  try {
    write('src/components/Card.js', card(false));
    write('src/components/Tabs.js', tabs(true));
    write('docs/cards.mdx', "# Cards\n\nimport Link from '@docusaurus/Link';\nimport Card from '@site/src/components/Card';\n\n<Card title=\"More\">\n  <Link to=\"/nowhere-in-card\">Gone</Link>\n</Card>\n");
    write('docs/tabs.mdx', "# Tabs\n\nimport Tabs from '@site/src/components/Tabs';\nimport TabItem from '@theme/TabItem';\n\n<Tabs lazy>\n<TabItem value=\"a\">\n\nShown.\n\n</TabItem>\n<TabItem value=\"b\">\n\n[Nowhere](/nowhere-in-tab)\n\n</TabItem>\n</Tabs>\n");
    await assertSameAsFull(site, 'first run');
    write('src/components/Card.js', card(true));
    write('src/components/Tabs.js', tabs(false));
    await assertSameAsFull(site, 'the card renders its children, the tabs render every tab');
    write('src/components/Card.js', card(false));
    write('src/components/Tabs.js', tabs(true));
    await assertSameAsFull(site, 'back as they were');
  } finally {
    clearCheckCache(site);
    fs.rmSync(site, { recursive: true, force: true });
  }
});
