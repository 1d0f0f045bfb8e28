/**
 * Writes a synthetic Docusaurus site shaped like ours (current docs + versioned docs, weight
 * ordering, categories, drafts, custom heading ids, reference links, images) for benchmarks.
 *
 * Every link it writes resolves, so a build with every broken-link option on `throw` passes;
 * published pages never link to drafts. Output depends only on the options (seeded PRNG).
 *
 *   tsx scripts/bench/generate-site.ts DIR [--pages 500] [--versions 3] [--bytes 4096] [--seed 1]
 *                                          [--classic-heading-ids] [--git]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import GithubSlugger from 'github-slugger';

export interface GenerateOptions {
  /** Synthetic pages per version (the copied real docs come on top). Default 500. */
  pagesPerVersion?: number;
  /** Versions including `current`; the others go to versions.json. Default 3. */
  versions?: number;
  /** Approximate size of one page in bytes. Default 4096. */
  bytesPerPage?: number;
  /** Share of pages marked `draft: true`. Default 0.01. */
  draftRatio?: number;
  /**
   * How custom heading ids are written. `escaped` (`\{#id}`, the default) compiles under any
   * config; plain `{#id}` needs `markdown.mdx1Compat.headingIds`, which `future.v4` turns off.
   */
  headingIds?: 'escaped' | 'classic';
  seed?: number;
  /** The repository whose config, src/, static/ and docs/ are copied. Default: this repo. */
  sourceDir?: string;
  /**
   * Make the site a git repository with one commit when it is outside any. Builds need it (the
   * config shows last-update dates, and Docusaurus's git reader fails outside a worktree); the
   * check does not. Default false.
   */
  git?: boolean;
}

export interface GeneratedSite {
  dir: string;
  versions: string[];
  /** Synthetic pages written, drafts included, all versions. */
  pages: number;
  drafts: number;
  bytes: number;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const PAGES_PER_SECTION = 20;
const IMAGE_COUNT = 16;
/** Copied as they are: what docusaurus.config.ts needs to load and build. All of scripts/,
 * because the config and src/plugins import from several of its folders. */
const COPIED = ['docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json', 'src', 'static', 'scripts'];

// ---- Deterministic randomness ---------------------------------------------------------------

type Rng = () => number;

/** mulberry32: tiny, fast, good enough for test data. */
function rngFrom(...seeds: number[]): Rng {
  let a = seeds.reduce((h, s) => Math.imul(h ^ s, 0x9e3779b1) >>> 0, 0x811c9dc5);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

// ---- Vocabulary -----------------------------------------------------------------------------

const WORDS = (
  'cluster node agent certificate authority bundle trust store token secret role binding policy ' +
  'namespace audit log admission controller webhook registry image scan benchmark control profile ' +
  'hardening encryption rest transit key rotation kubelet etcd backup restore snapshot upstream ' +
  'downstream server proxy ingress network firewall port user group project permission template ' +
  'release upgrade patch advisory vulnerability severity score mitigation workaround configuration ' +
  'setting default option value field resource object manifest chart catalog repository mirror ' +
  'operator provisioning driver cloud provider credential identity login session timeout password'
).split(' ');
const HEADINGS = [
  'Overview', 'Before you begin', 'Requirements', 'Configuration', 'Example', 'Verify the result',
  'Troubleshooting', 'Limitations', 'Related settings', 'Known issues', 'Upgrade notes', 'Reference',
];
const LANGS = ['yaml', 'bash', 'json', 'text'];

function words(rng: Rng, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pick(rng, WORDS));
  return out.join(' ');
}
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// ---- Plan: every page, its headings and ids, before any is written --------------------------

interface HeadingPlan {
  depth: 2 | 3;
  text: string;
  /** `{#custom-id}` written after the text, when set. */
  customId?: string;
  id: string;
}

interface PagePlan {
  /** Relative to the version's docs folder, e.g. `topic-03/page-0045.md`. */
  file: string;
  /** URL path inside the version, e.g. `/topic-03/page-0045`. */
  route: string;
  title: string;
  weight: number;
  sidebarPosition?: number;
  draft: boolean;
  headings: HeadingPlan[];
}

function planPages(count: number, draftRatio: number, rng: Rng): PagePlan[] {
  const pages: PagePlan[] = [];
  for (let i = 0; i < count; i++) {
    const section = Math.floor(i / PAGES_PER_SECTION) + 1;
    // The first page of a section is never a draft, so no category ends up empty.
    const draft = i % PAGES_PER_SECTION !== 0 && rng() < draftRatio;
    // Drafts are new pages, as they usually are: their own file name and a title no published
    // text contains, so the build's "no trace of a draft" verification has nothing to confuse.
    const stem = `topic-${String(section).padStart(2, '0')}/${draft ? 'draft' : 'page'}-${String(i + 1).padStart(4, '0')}`;
    const slugger = new GithubSlugger();
    const headings: HeadingPlan[] = [];
    const h2Count = int(rng, 4, 7);
    for (let h = 0; h < h2Count; h++) {
      // Repeats are intended: Docusaurus numbers them (`example-1`), links must follow.
      const text = pick(rng, HEADINGS);
      headings.push({ depth: 2, text, id: slugger.slug(text) });
      if (rng() < 0.5) {
        const sub = capitalize(words(rng, 2));
        if (rng() < 0.3) headings.push({ depth: 3, text: sub, customId: `ref-${i + 1}-${h}`, id: `ref-${i + 1}-${h}` });
        else headings.push({ depth: 3, text: sub, id: slugger.slug(sub) });
      }
    }
    pages.push({
      file: `${stem}.md`,
      route: `/${stem}`,
      title: draft ? `Draft ${words(rng, int(rng, 2, 4))}` : capitalize(words(rng, int(rng, 2, 5))),
      weight: int(rng, 1, 100) * 10,
      sidebarPosition: rng() < 0.05 ? int(rng, 1, 50) : undefined,
      draft,
      headings,
    });
  }
  return pages;
}

// ---- Render one page ------------------------------------------------------------------------

interface VersionContext {
  /** Route prefix of the version: '' for current, `/2.9` for a released one. */
  routePrefix: string;
  /** The version's docs folder relative to the site, e.g. `docs` or `versioned_docs/version-2.9`. */
  docsPath: string;
  published: PagePlan[];
  /** A backslash to escape `{#id}` for MDX, or '' for the classic syntax. */
  headingIdPrefix: string;
}

/** A relative Markdown link; some same-folder links start with `./`, some don't, as writers do. */
function relativeLink(rng: Rng, from: PagePlan, to: PagePlan): string {
  const rel = path.posix.relative(path.posix.dirname(from.file), to.file);
  return rel.startsWith('.') || rng() < 0.5 ? rel : `./${rel}`;
}

function anchorOf(rng: Rng, page: PagePlan): string {
  return rng() < 0.8 ? `#${pick(rng, page.headings).id}` : '';
}

/** One of the ~20 links of a page, each one valid. Reference-style ones add a definition. */
function makeLink(rng: Rng, page: PagePlan, ctx: VersionContext, definitions: string[]): string {
  const target = pick(rng, ctx.published);
  const label = words(rng, int(rng, 1, 3));
  const roll = rng();
  if (roll < 0.5) return `[${label}](${relativeLink(rng, page, target)}${anchorOf(rng, target)})`;
  if (roll < 0.62) {
    const ref = `ref-${definitions.length + 1}`;
    definitions.push(`[${ref}]: ${relativeLink(rng, page, target)}${anchorOf(rng, target)}`);
    return `[${label}][${ref}]`;
  }
  if (roll < 0.72) return `[${label}](${ctx.routePrefix}${target.route}${anchorOf(rng, target)})`;
  if (roll < 0.8) return `[${label}](#${pick(rng, page.headings).id})`;
  if (roll < 0.88) return `[${label}](https://example.com/${label.replace(/ /g, '-')})`;
  const image = `img/bench/diagram-${String(int(rng, 1, IMAGE_COUNT)).padStart(2, '0')}.png`;
  if (rng() < 0.5) return `![${label}](/${image})`;
  const pageDir = path.posix.dirname(`${ctx.docsPath}/${page.file}`);
  return `![${label}](${path.posix.relative(pageDir, `static/${image}`)})`;
}

function renderPage(page: PagePlan, ctx: VersionContext, bytes: number, rng: Rng): string {
  const definitions: string[] = [];
  const sentence = (withLink: boolean) => {
    const text = capitalize(words(rng, int(rng, 6, 14)));
    return withLink ? `${text} ${makeLink(rng, page, ctx, definitions)} ${words(rng, int(rng, 2, 5))}.` : `${text}.`;
  };
  const paragraph = () =>
    Array.from({ length: int(rng, 2, 4) }, () => sentence(rng() < 0.85)).join(' ');

  // About one page in twenty uses MDX (imports, Tabs, expressions, <details>), all valid, so the
  // check's MDX path is timed.
  const mdx = rng() < 0.05;
  const front = ['---', `title: ${page.title}`, `weight: ${page.weight}`];
  if (page.sidebarPosition !== undefined) front.push(`sidebar_position: ${page.sidebarPosition}`);
  if (page.draft) front.push('draft: true');
  front.push('---', '');

  const body: string[] = mdx ? [...MDX_HEADER, paragraph(), ''] : [paragraph(), ''];
  let size = front.join('\n').length + body.join('\n').length;
  page.headings.forEach((heading, index) => {
    const hashes = '#'.repeat(heading.depth);
    const custom = heading.customId ? ` ${ctx.headingIdPrefix}{#${heading.customId}}` : '';
    const line = `${hashes} ${heading.text}${custom}`;
    body.push(line, '');
    size += line.length + 2;
    // Fill each section up to its share of the page's byte budget.
    const goal = (bytes * (index + 1)) / page.headings.length;
    do {
      const roll = rng();
      let block: string;
      if (mdx && roll < 0.1) block = mdxBlock(rng);
      else if (roll < 0.6) block = paragraph();
      else if (roll < 0.8) block = Array.from({ length: int(rng, 2, 5) }, () => `- ${sentence(rng() < 0.5)}`).join('\n');
      else block = codeBlock(rng);
      body.push(block, '');
      size += block.length + 2;
    } while (size < goal * 0.88);
  });
  if (definitions.length > 0) body.push(...definitions, '');
  return `${front.join('\n')}\n${body.join('\n')}`;
}

/** The ESM a bench MDX page starts with: theme imports and an exported const used in `{…}`. */
const MDX_HEADER = [
  "import Tabs from '@theme/Tabs';",
  "import TabItem from '@theme/TabItem';",
  '',
  'export const release = { name: "v2.9", ports: [80, 443] };',
  '',
];

/** One valid MDX block: tabs, an expression, or a closed <details>. */
function mdxBlock(rng: Rng): string {
  const roll = rng();
  if (roll < 0.4) {
    return ['<Tabs>', '<TabItem value="helm" label="Helm">', '', capitalize(words(rng, 8)) + '.', '', '</TabItem>', '<TabItem value="cli" label="CLI">', '', capitalize(words(rng, 6)) + '.', '', '</TabItem>', '</Tabs>'].join('\n');
  }
  if (roll < 0.7) return `${capitalize(words(rng, 5))} {release.name} listens on {release.ports.map((port) => port * 1).join(', ')}.`;
  return ['<details>', `<summary>${capitalize(words(rng, 3))}</summary>`, '', capitalize(words(rng, 10)) + '.', '', '</details>'].join('\n');
}

/** Code fences hold link-like text that must not be read as links (it would not resolve). */
function codeBlock(rng: Rng): string {
  const lang = pick(rng, LANGS);
  const lines = [
    `# see [the notes](./missing-${int(rng, 1, 99)}.md#nowhere) and ![x](/img/absent.png)`,
    `${pick(rng, WORDS)}: ${pick(rng, WORDS)}-${int(rng, 1, 999)}`,
    `${pick(rng, WORDS)}: { enabled: true, ${pick(rng, WORDS)}: "${words(rng, 2)}" }`,
  ];
  return `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``;
}

// ---- Static files ---------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}
/** A real PNG of noise, a few KB, so each image is a distinct asset as in real docs. */
function noisePng(rng: Rng, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let i = 0; i < raw.length; i++) raw[i] = i % (width * 3 + 1) === 0 ? 0 : Math.floor(rng() * 256);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Site -----------------------------------------------------------------------------------

/** Released version names, newest first; the last is the archived one, as on the real site. */
function versionNames(count: number): string[] {
  const released = Math.max(count - 1, 0);
  if (released === 0) return [];
  const names = Array.from({ length: released - 1 }, (_, i) => `2.${9 - i}`);
  return [...names, '2.0-2.4'];
}

function writeVersion(siteDir: string, docsDir: string, routePrefix: string, pages: PagePlan[], opts: Required<Omit<GenerateOptions, 'sourceDir' | 'git'>>, versionIndex: number): number {
  const ctx: VersionContext = {
    routePrefix,
    docsPath: path.relative(siteDir, docsDir).split(path.sep).join('/'),
    published: pages.filter((page) => !page.draft),
    headingIdPrefix: opts.headingIds === 'classic' ? '' : '\\',
  };
  let bytes = 0;
  const madeDirs = new Set<string>();
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i];
    const file = path.join(docsDir, page.file);
    const dir = path.dirname(file);
    if (!madeDirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      const section = madeDirs.size + 1;
      const category = {
        label: `Topic ${section}`,
        position: 1000 + section,
        link: { type: 'generated-index', description: `Synthetic topic ${section} for benchmarks.` },
      };
      fs.writeFileSync(path.join(dir, '_category_.json'), `${JSON.stringify(category, null, 2)}\n`);
      madeDirs.add(dir);
    }
    const text = renderPage(page, ctx, opts.bytesPerPage, rngFrom(opts.seed, versionIndex, i, 2));
    fs.writeFileSync(file, text);
    bytes += text.length;
  }
  return bytes;
}

function copyProject(sourceDir: string, dir: string): void {
  for (const entry of COPIED) {
    const from = path.join(sourceDir, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, entry), { recursive: true });
  }
}

/** Modules resolve by walking up from the site; outside this repo, link each package in. A real
 * node_modules folder (not one symlink) keeps the bundler's cache (node_modules/.cache) per site. */
function linkNodeModules(sourceDir: string, dir: string): void {
  const inside = !path.relative(sourceDir, dir).startsWith('..');
  if (inside) return;
  const target = path.join(dir, 'node_modules');
  fs.mkdirSync(target, { recursive: true });
  for (const name of fs.readdirSync(path.join(sourceDir, 'node_modules'))) {
    if (name === '.cache') continue;
    const link = path.join(target, name);
    if (!fs.existsSync(link)) fs.symlinkSync(path.join(sourceDir, 'node_modules', name), link);
  }
}

function commitIfOutsideGit(siteDir: string): void {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: siteDir, encoding: 'utf8' });
  if (git('rev-parse', '--is-inside-work-tree').stdout.trim() === 'true') return;
  // A fixed author and date keep the commit, and so the pages' last-update dates, reproducible.
  const when = '2026-01-01T00:00:00Z';
  const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_AUTHOR_DATE: when, GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com', GIT_COMMITTER_DATE: when };
  fs.writeFileSync(path.join(siteDir, '.gitignore'), 'node_modules/\nbuild/\n.docusaurus/\n.publish/\n');
  for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '--no-gpg-sign', '-m', 'Generated site']]) {
    const result = spawnSync('git', args, { cwd: siteDir, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args[0]} failed in ${siteDir}: ${result.stderr}`);
  }
}

export function generateSite(dir: string, options: GenerateOptions = {}): GeneratedSite {
  const opts = {
    pagesPerVersion: options.pagesPerVersion ?? 500,
    versions: options.versions ?? 3,
    bytesPerPage: options.bytesPerPage ?? 4096,
    draftRatio: options.draftRatio ?? 0.01,
    seed: options.seed ?? 1,
    headingIds: options.headingIds ?? 'escaped',
  };
  const sourceDir = options.sourceDir ?? REPO_ROOT;
  const siteDir = path.resolve(dir);
  // It deletes docs/, src/, scripts/… before writing: never in the source repository itself.
  if (!path.relative(siteDir, sourceDir).startsWith('..')) {
    throw new Error(`generateSite: ${siteDir} is ${sourceDir} or contains it; pick a folder of its own`);
  }
  if (siteDir.split(path.sep).includes('node_modules')) {
    throw new Error('generateSite: the site must not live under node_modules (Docusaurus would not transpile its src/)');
  }
  // Start clean but keep node_modules/.cache: warm benchmark runs rely on it.
  for (const entry of ['docs', 'versioned_docs', 'versioned_sidebars', 'versions.json', 'src', 'static', 'scripts', '.git']) {
    fs.rmSync(path.join(siteDir, entry), { recursive: true, force: true });
  }
  fs.mkdirSync(siteDir, { recursive: true });
  copyProject(sourceDir, siteDir);
  linkNodeModules(sourceDir, siteDir);

  const imgDir = path.join(siteDir, 'static', 'img', 'bench');
  fs.mkdirSync(imgDir, { recursive: true });
  const imgRng = rngFrom(opts.seed, 7);
  for (let i = 1; i <= IMAGE_COUNT; i++) {
    fs.writeFileSync(path.join(imgDir, `diagram-${String(i).padStart(2, '0')}.png`), noisePng(imgRng, int(imgRng, 24, 64), int(imgRng, 24, 48)));
  }

  const released = versionNames(opts.versions);
  const all = ['current', ...released];
  let pages = 0;
  let drafts = 0;
  let bytes = 0;
  all.forEach((version, index) => {
    const docsDir = version === 'current' ? path.join(siteDir, 'docs') : path.join(siteDir, 'versioned_docs', `version-${version}`);
    // The real pages too: the navbar and home page link to them.
    fs.cpSync(path.join(sourceDir, 'docs'), docsDir, { recursive: true });
    const plan = planPages(opts.pagesPerVersion, opts.draftRatio, rngFrom(opts.seed, index, 1));
    bytes += writeVersion(siteDir, docsDir, version === 'current' ? '' : `/${version}`, plan, opts, index);
    pages += plan.length;
    drafts += plan.filter((page) => page.draft).length;
    if (version !== 'current') {
      const sidebarsDir = path.join(siteDir, 'versioned_sidebars');
      fs.mkdirSync(sidebarsDir, { recursive: true });
      const sidebar = { docs: [{ type: 'autogenerated', dirName: '.' }] };
      fs.writeFileSync(path.join(sidebarsDir, `version-${version}-sidebars.json`), `${JSON.stringify(sidebar, null, 2)}\n`);
    }
  });
  fs.writeFileSync(path.join(siteDir, 'versions.json'), `${JSON.stringify(released, null, 2)}\n`);
  if (options.git) commitIfOutsideGit(siteDir);
  return { dir: siteDir, versions: all, pages, drafts, bytes };
}

// ---- CLI ------------------------------------------------------------------------------------

function main(argv: string[]): void {
  const [dir, ...rest] = argv;
  if (!dir) {
    console.error('usage: tsx scripts/bench/generate-site.ts DIR [--pages N] [--versions N] [--bytes N] [--seed N] [--classic-heading-ids] [--git]');
    process.exit(2);
  }
  const flag = (name: string) => {
    const at = rest.indexOf(`--${name}`);
    return at >= 0 ? Number(rest[at + 1]) : undefined;
  };
  const started = performance.now();
  const headingIds = rest.includes('--classic-heading-ids') ? 'classic' : 'escaped';
  const site = generateSite(dir, { pagesPerVersion: flag('pages'), versions: flag('versions'), bytesPerPage: flag('bytes'), seed: flag('seed'), headingIds, git: rest.includes('--git') });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${site.dir}: ${site.pages} pages (${site.drafts} drafts), versions ${site.versions.join(', ')}, ${(site.bytes / 1e6).toFixed(1)} MB in ${seconds} s`);
}

if (require.main === module) main(process.argv.slice(2));
