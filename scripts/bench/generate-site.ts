/**
 * Writes a synthetic Docusaurus site for benchmarks: current docs + versioned docs, weight
 * ordering, categories, drafts, images, and pages calibrated against real versioned sites (see
 * TRAITS below and BENCHMARKS.md): log-normal page sizes, nested lists holding paragraphs and
 * code, admonitions, tables, inline HTML, tab characters, headings with markup, about 5% of pages
 * with MDX (imports, a partial, <Tabs>, {expressions}, <details>), a few reference links and
 * custom heading ids, and older versions that keep most pages of the next version byte for byte
 * and, of the pages they change, most sections as they were.
 *
 * Every link it writes resolves, so a build with every broken-link option on `throw` passes;
 * published pages never link to drafts. Output depends only on the options (seeded PRNG).
 *
 *   tsx scripts/bench/generate-site.ts DIR [--pages 500] [--versions 3] [--bytes 3600] [--copy-ratio 0.7] [--seed 1]
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
  /** Median size of a page in bytes; sizes are log-normal around it (mean about 1.5×). Default 3600. */
  bytesPerPage?: number;
  /** Share of an older version's pages that are byte-identical to the next version's. Default 0.7. */
  copyRatio?: number;
  /** MDX pages import a partial (`_bench/_note.mdx`, one per version). Default true. */
  partials?: boolean;
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

// ---- Calibration ----------------------------------------------------------------------------
//
// Measured on three real versioned Docusaurus sites (rancher/fleet-docs, neuvector/docs,
// rancher/elemental-docs) with scripts/bench/site-stats.ts; BENCHMARKS.md has the comparison.
// Each trait is the chance that a page of median size has the construct at all (bigger pages
// have it more often, as on the real sites); a page with the trait has one to a few such blocks.

const TRAITS = {
  /** List items holding paragraphs, nested items, code fences and images, indented under the item. */
  nested: 0.16,
  /** `<strong>`, `<br />`, `<kbd>`, `<a href>` inside text, and lines starting with such a tag. */
  inlineHtml: 0.2,
  /** Tab characters in text (release notes, key/value lines). */
  tabs: 0.05,
  /** A heading with emphasis in it. */
  headingMarkup: 0.03,
  admonitions: 0.42,
  tables: 0.16,
  code: 0.6,
  /** Imports, `<Tabs>`, `{expressions}`, `<details>`, partials: about one page in twenty. */
  mdx: 0.05,
  /** Reference links and definitions: none on the real sites, kept on a few pages for coverage. */
  referenceLinks: 0.03,
  /** A `{#custom-id}` heading: as rare as on the real sites, kept for coverage. */
  customId: 0.03,
} as const;
type Trait = keyof typeof TRAITS;
/** Share of an older version's pages that are byte-identical to the next version's (real: 45–80%). */
const COPIED_FROM_NEXT_VERSION = 0.7;
/**
 * Chance that a section (the intro, or a heading and what follows it) of a page that changed
 * between two versions changed too; at least one does. Writers edit a few sections of a page for
 * a release, so a changed page keeps most of its text: 59–85% of its bytes (76% on average) are
 * in blocks its newer version has as they are, on six real versioned sites (site-stats.ts).
 */
const SECTION_CHANGE = 0.18;
/** How full a section is filled before its last block: pages then have the sizes measured on real sites. */
const SECTION_FILL = 0.68;
/** Page sizes are log-normal around the median (real sites: p10 ≈ 0.2×, p90 ≈ 4×, mean ≈ 1.6× the median). */
const SIZE_SIGMA = 1.1;
/**
 * Pages with a front matter key that Docusaurus's own schema checks (beyond title, weight, draft,
 * sidebar_position): 20% of fleet-docs, 99% of neuvector/docs, 95% of elemental-docs, so the
 * check's schema runs on the bench as on real sites.
 */
const SIDEBAR_LABEL_TENTHS = 7;
/** Chance that a sentence holds a link (real sites: about 12 links and images per 10 kB). */
const LINK_CHANCE = 0.14;

// ---- Plan: every page, its headings and ids, before any is written --------------------------

interface HeadingPlan {
  depth: 2 | 3;
  /** As written (it may hold `code` or **emphasis**). */
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
  /** A `sidebar_label`, as most real pages have one key that Docusaurus's schema checks. */
  sidebarLabel?: string;
  draft: boolean;
  /** Target size in bytes. */
  bytes: number;
  traits: Set<Trait>;
  headings: HeadingPlan[];
}

/** A standard normal draw (Box–Muller). */
const gaussian = (rng: Rng) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

/** One plan for every version: the same files, headings and drafts, so any page's text is valid in any version. */
function planPages(count: number, draftRatio: number, medianBytes: number, rng: Rng): PagePlan[] {
  const pages: PagePlan[] = [];
  for (let i = 0; i < count; i++) {
    const section = Math.floor(i / PAGES_PER_SECTION) + 1;
    // The first page of a section is never a draft, so no category ends up empty.
    const draft = i % PAGES_PER_SECTION !== 0 && rng() < draftRatio;
    // Drafts are new pages, as they usually are: their own file name and a title no published
    // text contains, so the build's "no trace of a draft" verification has nothing to confuse.
    const stem = `topic-${String(section).padStart(2, '0')}/${draft ? 'draft' : 'page'}-${String(i + 1).padStart(4, '0')}`;
    const bytes = Math.round(Math.min(Math.max(medianBytes * Math.exp(SIZE_SIGMA * gaussian(rng)), 250), medianBytes * 18));
    // A bigger page is more likely to hold any given construct.
    const scale = Math.sqrt(bytes / medianBytes);
    const traits = new Set<Trait>();
    for (const [trait, chance] of Object.entries(TRAITS) as Array<[Trait, number]>) {
      const scaled = trait === 'referenceLinks' || trait === 'customId' ? chance : 1 - (1 - chance) ** scale;
      // MDX pages are spread evenly, one in twenty: few enough that chance would make their share uneven.
      if (trait === 'mdx' ? (i * 7 + 3) % Math.round(1 / chance) === 0 : rng() < scaled) traits.add(trait);
    }
    const slugger = new GithubSlugger();
    const headings: HeadingPlan[] = [];
    const headingCount = Math.min(Math.max(Math.round(bytes / 1100), 1), 45);
    const markupAt = traits.has('headingMarkup') ? int(rng, 0, headingCount - 1) : -1;
    const customAt = traits.has('customId') ? int(rng, 0, headingCount - 1) : -1;
    for (let h = 0; h < headingCount; h++) {
      const depth = h === 0 || rng() < 0.6 ? 2 : 3;
      // Repeats are intended: Docusaurus numbers them (`example-1`), links must follow.
      let plain = depth === 2 && rng() < 0.6 ? pick(rng, HEADINGS) : capitalize(words(rng, int(rng, 2, 4)));
      let text = plain;
      if (h === markupAt) {
        const word = pick(rng, WORDS);
        text = `${plain} with **${word}**`;
        plain = `${plain} with ${word}`;
      } else if (rng() < 0.08) {
        const word = pick(rng, WORDS);
        text = `${plain} \`${word}\``;
        plain = `${plain} ${word}`;
      }
      if (h === customAt) headings.push({ depth, text, customId: `ref-${i + 1}-${h}`, id: `ref-${i + 1}-${h}` });
      else headings.push({ depth, text, id: slugger.slug(plain) });
    }
    pages.push({
      file: `${stem}.md`,
      route: `/${stem}`,
      title: draft ? `Draft ${words(rng, int(rng, 2, 4))}` : capitalize(words(rng, int(rng, 2, 5))),
      weight: int(rng, 1, 100) * 10,
      sidebarPosition: rng() < 0.05 ? int(rng, 1, 50) : undefined,
      // Seven pages in ten, spread evenly and drawn without the generator's random numbers, so
      // every other choice stays what it was: real sites have 20-99% (site-stats.ts).
      sidebarLabel: (i * 3 + 1) % 10 < SIDEBAR_LABEL_TENTHS ? `Label ${i + 1}` : undefined,
      draft,
      bytes,
      traits,
      headings,
    });
  }
  return pages;
}

// ---- Render one page ------------------------------------------------------------------------

/**
 * What every version shares: a page's text depends only on the plan and its revision, never on
 * the version it is written to, so unchanged pages are byte-identical across versions. Links are
 * relative, or absolute to the current version's routes (valid from any version).
 */
interface RenderContext {
  published: PagePlan[];
  /** A backslash to escape `{#id}` for MDX, or '' for the classic syntax. */
  headingIdPrefix: string;
  partials: boolean;
}

/** A relative Markdown link; some same-folder links start with `./`, some don't, as writers do. */
function relativeLink(rng: Rng, from: PagePlan, to: PagePlan): string {
  const rel = path.posix.relative(path.posix.dirname(from.file), to.file);
  return rel.startsWith('.') || rng() < 0.5 ? rel : `./${rel}`;
}

function anchorOf(rng: Rng, page: PagePlan): string {
  return rng() < 0.6 ? `#${pick(rng, page.headings).id}` : '';
}

/** One link of a page, always valid. Reference-style ones (on a few pages) add a definition. */
function makeLink(rng: Rng, page: PagePlan, ctx: RenderContext, definitions: string[], section: number): string {
  const target = pick(rng, ctx.published);
  const label = words(rng, int(rng, 1, 3));
  const roll = rng();
  if (roll < 0.55) return `[${label}](${relativeLink(rng, page, target)}${anchorOf(rng, target)})`;
  if (page.traits.has('referenceLinks') && roll < 0.65) {
    const ref = `ref-${section}-${definitions.length + 1}`;
    definitions.push(`[${ref}]: ${relativeLink(rng, page, target)}${anchorOf(rng, target)}`);
    return `[${label}][${ref}]`;
  }
  if (roll < 0.68) return `[${label}](${target.route}${anchorOf(rng, target)})`;
  if (roll < 0.76) return `[${label}](#${pick(rng, page.headings).id})`;
  if (roll < 0.9) return `[${label}](https://example.com/${label.replace(/ /g, '-')})`;
  const image = `diagram-${String(int(rng, 1, IMAGE_COUNT)).padStart(2, '0')}.png`;
  if (rng() < 0.5) return `![${label}](/img/bench/${image})`;
  return `![${label}](../assets/${image})`;
}

/** Inline HTML as writers use it in Markdown, valid in MDX (self-closed void tags). */
function inlineHtml(rng: Rng): string {
  const word = pick(rng, WORDS);
  switch (int(rng, 0, 5)) {
    case 0: return `<strong>${word}</strong>`;
    case 1: return `${word}<br />${pick(rng, WORDS)}`;
    case 2: return `<kbd>${capitalize(word)}</kbd>`;
    case 3: return `<code>${word}-${int(rng, 1, 99)}</code>`;
    case 4: return `<em>${word}</em>`;
    default: return `<a href="https://example.com/${word}">${words(rng, 2)}</a>`;
  }
}

/** Fills a page with blocks; `indent` puts them inside a list item. */
class PageWriter {
  readonly definitions: string[] = [];
  /** `section` names reference labels, so that a section's text does not depend on the others'. */
  constructor(readonly page: PagePlan, readonly ctx: RenderContext, readonly rng: Rng, readonly section = 0) {}

  has(trait: Trait): boolean {
    return this.page.traits.has(trait);
  }

  sentence(linkChance = LINK_CHANCE): string {
    const rng = this.rng;
    const parts = [capitalize(words(rng, int(rng, 6, 14)))];
    if (rng() < linkChance) parts.push(makeLink(rng, this.page, this.ctx, this.definitions, this.section), words(rng, int(rng, 1, 4)));
    if (this.has('inlineHtml') && rng() < 0.12) parts.push(inlineHtml(rng), words(rng, int(rng, 1, 3)));
    if (rng() < 0.2) parts.push(`\`${pick(rng, WORDS)}\``, words(rng, int(rng, 1, 3)));
    if (this.has('tabs') && rng() < 0.08) parts.push(`${pick(rng, WORDS)}:\t${pick(rng, WORDS)}`);
    return `${parts.join(' ')}.`;
  }

  paragraph(): string {
    return Array.from({ length: int(this.rng, 1, 4) }, () => this.sentence()).join(this.rng() < 0.3 ? '\n' : ' ');
  }

  flatList(withTab = false): string {
    const rng = this.rng;
    const ordered = rng() < 0.3;
    const bullet = pick(rng, ['-', '-', '*', '+']);
    return Array.from({ length: int(rng, 2, 6) }, (_, i) => {
      const marker = ordered ? `${i + 1}.` : bullet;
      if (this.has('tabs') && ((withTab && i === 0) || rng() < 0.3)) return `${marker} **${pick(rng, WORDS).toUpperCase()}-${int(rng, 1000, 9999)}**:\t${this.sentence(0.2)}`;
      return `${marker} ${rng() < 0.3 ? `**${capitalize(pick(rng, WORDS))}**: ` : ''}${this.sentence(0.2)}`;
    }).join('\n');
  }

  /** A list whose items hold more than one line of text: paragraphs, nested items, code, images. */
  nestedList(): string {
    const rng = this.rng;
    const ordered = rng() < 0.5;
    const bullet = pick(rng, ['-', '*', '+']);
    const items: string[] = [];
    for (let i = 0; i < int(rng, 2, 5); i++) {
      const marker = ordered ? `${i + 1}.` : bullet;
      const pad = ' '.repeat(marker.length + 1);
      const lines = [`${marker} ${this.sentence(0.25)}`];
      const roll = rng();
      if (roll < 0.3) lines.push('', `${pad}${this.sentence()} ${this.sentence()}`);
      else if (roll < 0.45) lines.push('', ...this.codeBlock().split('\n').map((line) => `${pad}${line}`));
      else if (roll < 0.8) {
        const nested = pick(rng, ['-', '*', '+']);
        for (let k = 0; k < int(rng, 1, 4); k++) lines.push(`${pad}${nested} ${this.sentence(0.15)}`);
      } else if (roll < 0.9) lines.push('', `${pad}![${words(rng, 2)}](../assets/diagram-${String(int(rng, 1, IMAGE_COUNT)).padStart(2, '0')}.png)`);
      // Otherwise a lazy continuation line, indented under the item.
      else lines.push(`${pad}${words(rng, int(rng, 4, 10))}.`);
      items.push(lines.join('\n'));
    }
    return items.join(rng() < 0.5 ? '\n\n' : '\n');
  }

  admonition(): string {
    const rng = this.rng;
    const kind = pick(rng, ['note', 'note', 'tip', 'info', 'warning', 'caution']);
    const title = rng() < 0.3 ? `[${capitalize(words(rng, 2))}]` : '';
    const body = rng() < 0.3 ? this.flatList() : this.paragraph();
    return rng() < 0.5 ? `:::${kind}${title}\n\n${body}\n\n:::` : `:::${kind}${title}\n${body}\n:::`;
  }

  table(): string {
    const rng = this.rng;
    const columns = int(rng, 2, 4);
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const header = row(Array.from({ length: columns }, () => capitalize(pick(rng, WORDS))));
    const cell = () => {
      const roll = rng();
      if (roll < 0.25) return `\`${pick(rng, WORDS)}\``;
      if (roll < 0.35) return makeLink(rng, this.page, this.ctx, this.definitions, this.section);
      if (this.has('inlineHtml') && roll < 0.5) return `${words(rng, 2)}<br />${words(rng, 2)}`;
      return words(rng, int(rng, 1, 6));
    };
    const rows = Array.from({ length: int(rng, 2, 16) }, () => row(Array.from({ length: columns }, cell)));
    return [header, row(Array.from({ length: columns }, () => '---')), ...rows].join('\n');
  }

  /** A line that starts with a tag, as writers make labels: the fast extractor leaves these to micromark. */
  htmlLine(): string {
    const rng = this.rng;
    const label = `<strong>${capitalize(words(rng, int(rng, 1, 3)))}</strong>`;
    return rng() < 0.5 ? `${label}\n\n${this.paragraph()}` : `${label} ${this.paragraph()}`;
  }

  /** Code fences hold link-like text that must not be read as links (it would not resolve). */
  codeBlock(): string {
    const rng = this.rng;
    const lang = pick(rng, LANGS);
    const lines = [`# see [the notes](./missing-${int(rng, 1, 99)}.md#nowhere) and ![x](/img/absent.png)`];
    for (let i = int(rng, 1, 12); i > 0; i--) {
      const depth = '  '.repeat(int(rng, 0, 2));
      lines.push(rng() < 0.7 ? `${depth}${pick(rng, WORDS)}: ${pick(rng, WORDS)}-${int(rng, 1, 999)}` : `${depth}${pick(rng, WORDS)}: { enabled: true, ${pick(rng, WORDS)}: "${words(rng, 2)}" }`);
    }
    return `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``;
  }

  /** One valid MDX block: tabs (with lists and code inside), an expression, a closed <details>, or a partial. */
  mdxBlock(): string {
    const rng = this.rng;
    const roll = rng();
    if (roll < 0.45) {
      // A quarter as neuvector/docs and elemental-docs write some: indented, no blank line
      // between the tags, a blank line inside the code (CommonMark's HTML block ends there; MDX
      // reads the fence through, extract/mdx-html-flow.ts).
      if (rng() < 0.25) {
        const code = () => {
          const lines = this.codeBlock().split('\n');
          return [...lines.slice(0, 2), '', ...lines.slice(2)].map((line) => (line === '' ? '' : `    ${line}`));
        };
        const item = (value: string, label: string) => [`  <TabItem value="${value}" label="${label}">`, ...code(), '  </TabItem>'];
        return ['<Tabs>', ...item('helm', 'Helm'), ...item('cli', 'CLI'), '</Tabs>'].join('\n');
      }
      const item = (value: string, label: string) => ['', `<TabItem value="${value}" label="${label}">`, '', rng() < 0.5 ? this.codeBlock() : this.flatList(), '', this.sentence(), '', '</TabItem>'];
      return ['<Tabs>', ...item('helm', 'Helm'), ...item('cli', 'CLI'), '</Tabs>'].join('\n');
    }
    if (roll < 0.65) return `${capitalize(words(rng, 5))} {release.name} listens on {release.ports.map((port) => port * 1).join(', ')}.`;
    if (roll < 0.8 && this.ctx.partials) return '<BenchNote />';
    return ['<details>', `<summary>${capitalize(words(rng, 3))}</summary>`, '', this.paragraph(), '', '</details>'].join('\n');
  }

  block(pending: Trait[]): string {
    const forced = pending.shift();
    const rng = this.rng;
    const roll = forced ? -1 : rng();
    if (forced === 'nested' || (roll >= 0 && roll < 0.1 && this.has('nested'))) return this.nestedList();
    if (forced === 'mdx' || (roll >= 0.1 && roll < 0.2 && this.has('mdx'))) return this.mdxBlock();
    if (forced === 'admonitions' || (roll >= 0.2 && roll < 0.25 && this.has('admonitions'))) return this.admonition();
    if (forced === 'tables' || (roll >= 0.25 && roll < 0.29 && this.has('tables'))) return this.table();
    if (forced === 'inlineHtml' || (roll >= 0.29 && roll < 0.33 && this.has('inlineHtml'))) return this.htmlLine();
    if (forced === 'code' || (roll >= 0.33 && roll < 0.48 && this.has('code'))) return this.codeBlock();
    if (forced === 'tabs' || (roll >= 0.48 && roll < 0.56)) return this.flatList(forced === 'tabs');
    return this.paragraph();
  }
}

/**
 * A page's text from one random stream per section: the intro is section 0, the text under
 * heading h section h + 1. A section's text depends only on its own stream, so a version that
 * changes one section of a page keeps the others byte for byte, as writers' edits do.
 */
function renderPage(page: PagePlan, ctx: RenderContext, sectionRng: (section: number) => Rng): string {
  const mdx = page.traits.has('mdx');
  const front = ['---', `title: ${page.title}`, `weight: ${page.weight}`];
  if (page.sidebarPosition !== undefined) front.push(`sidebar_position: ${page.sidebarPosition}`);
  if (page.sidebarLabel !== undefined) front.push(`sidebar_label: ${page.sidebarLabel}`);
  if (page.draft) front.push('draft: true');
  front.push('---', '');

  // Small pages are a short paragraph and a section or two.
  const introWriter = new PageWriter(page, ctx, sectionRng(0));
  const intro = page.bytes < 1200 ? introWriter.sentence() : introWriter.paragraph();
  const header = ctx.partials ? MDX_HEADER : MDX_HEADER.filter((line) => !line.includes('BenchNote'));
  const body: string[] = mdx ? [...header, intro, ''] : [intro, ''];
  const definitions = [...introWriter.definitions];
  // Each trait the page has shows up at least once: one in each section from the first, the
  // last section taking what is left.
  const traits = (['nested', 'inlineHtml', 'tabs', 'admonitions', 'tables', 'code', 'mdx'] as Trait[]).filter((trait) => page.traits.has(trait));
  const last = page.headings.length - 1;
  page.headings.forEach((heading, index) => {
    const hashes = '#'.repeat(heading.depth);
    const custom = heading.customId ? ` ${ctx.headingIdPrefix}{#${heading.customId}}` : '';
    body.push(`${hashes} ${heading.text}${custom}`, '');
    const writer = new PageWriter(page, ctx, sectionRng(index + 1), index + 1);
    const pending = index === last ? traits.slice(index) : traits.slice(index, index + 1);
    // Fill each section up to its share of the page's byte budget. The last block overshoots
    // it by half a block on average, which the lower bar makes up for.
    const goal = page.bytes / page.headings.length;
    let size = 0;
    do {
      const block = writer.block(pending);
      body.push(block, '');
      size += block.length + 2;
    } while (size < goal * SECTION_FILL || pending.length > 0);
    definitions.push(...writer.definitions);
  });
  if (definitions.length > 0) body.push(...definitions, '');
  return `${front.join('\n')}\n${body.join('\n')}`;
}

/** The ESM a bench MDX page starts with: theme imports, a partial, and an exported const used in `{…}`. */
const MDX_HEADER = [
  "import Tabs from '@theme/Tabs';",
  "import TabItem from '@theme/TabItem';",
  "import BenchNote from '../_bench/_note.mdx';",
  '',
  'export const release = { name: "v2.9", ports: [80, 443] };',
  '',
];

/** The partial MDX pages import, one per version (Docusaurus makes no page of `_` files). */
const PARTIAL = ':::note\n\nThis setting is the same in every release of the bench site.\n\n:::\n';

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

/**
 * Writes one version's pages. `revisions[i][s]` names the text of section s of page i: versions
 * that share a page's revisions get the same bytes (rendered once, each section from its
 * revision's own seed).
 */
function writeVersion(docsDir: string, pages: PagePlan[], revisions: number[][], texts: Map<string, string>, ctx: RenderContext, images: Buffer[], seed: number): number {
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
    const key = `${i}:${revisions[i].join(',')}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = renderPage(page, ctx, (section) => rngFrom(seed, revisions[i][section], i, 2, section));
      texts.set(key, text);
    }
    fs.writeFileSync(file, text);
    bytes += text.length;
  }
  // Images next to the pages (`../assets/…`), and the partial MDX pages import.
  const assets = path.join(docsDir, 'assets');
  fs.mkdirSync(assets, { recursive: true });
  images.forEach((image, i) => fs.writeFileSync(path.join(assets, `diagram-${String(i + 1).padStart(2, '0')}.png`), image));
  if (ctx.partials) {
    fs.mkdirSync(path.join(docsDir, '_bench'), { recursive: true });
    fs.writeFileSync(path.join(docsDir, '_bench', '_note.mdx'), PARTIAL);
  }
  return bytes;
}

/** A changed page's section revisions: each section changes with SECTION_CHANGE, and at least one does. */
function changedSections(sections: number[], revision: number, rng: Rng): number[] {
  const changed = sections.map((old) => (rng() < SECTION_CHANGE ? revision : old));
  if (changed.every((value, index) => value === sections[index])) changed[int(rng, 0, sections.length - 1)] = revision;
  return changed;
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
    bytesPerPage: options.bytesPerPage ?? 3600,
    copyRatio: options.copyRatio ?? COPIED_FROM_NEXT_VERSION,
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
  const images = Array.from({ length: IMAGE_COUNT }, () => noisePng(imgRng, int(imgRng, 24, 64), int(imgRng, 24, 48)));
  images.forEach((image, i) => fs.writeFileSync(path.join(imgDir, `diagram-${String(i + 1).padStart(2, '0')}.png`), image));

  const released = versionNames(opts.versions);
  const all = ['current', ...released];
  // One plan for all versions; each older version keeps most pages of the next one as they are.
  const plan = planPages(opts.pagesPerVersion, opts.draftRatio, opts.bytesPerPage, rngFrom(opts.seed, 0, 1));
  const ctx: RenderContext = { published: plan.filter((page) => !page.draft), headingIdPrefix: opts.headingIds === 'classic' ? '' : '\\', partials: options.partials ?? true };
  const texts = new Map<string, string>();
  let revisions = plan.map((page) => page.headings.map(() => 0).concat(0));
  let pages = 0;
  let drafts = 0;
  let bytes = 0;
  all.forEach((version, index) => {
    const docsDir = version === 'current' ? path.join(siteDir, 'docs') : path.join(siteDir, 'versioned_docs', `version-${version}`);
    // The real pages too: the navbar and home page link to them.
    fs.cpSync(path.join(sourceDir, 'docs'), docsDir, { recursive: true });
    if (index > 0) {
      const changes = rngFrom(opts.seed, index, 3);
      revisions = revisions.map((sections) => (changes() < opts.copyRatio ? sections : changedSections(sections, index, changes)));
    }
    bytes += writeVersion(docsDir, plan, revisions, texts, ctx, images, opts.seed);
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
    console.error('usage: tsx scripts/bench/generate-site.ts DIR [--pages N] [--versions N] [--bytes N] [--copy-ratio R] [--seed N] [--classic-heading-ids] [--git]');
    process.exit(2);
  }
  const flag = (name: string) => {
    const at = rest.indexOf(`--${name}`);
    return at >= 0 ? Number(rest[at + 1]) : undefined;
  };
  const started = performance.now();
  const headingIds = rest.includes('--classic-heading-ids') ? 'classic' : 'escaped';
  const site = generateSite(dir, { pagesPerVersion: flag('pages'), versions: flag('versions'), bytesPerPage: flag('bytes'), copyRatio: flag('copy-ratio'), seed: flag('seed'), headingIds, git: rest.includes('--git') });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${site.dir}: ${site.pages} pages (${site.drafts} drafts), versions ${site.versions.join(', ')}, ${(site.bytes / 1e6).toFixed(1)} MB in ${seconds} s`);
}

if (require.main === module) main(process.argv.slice(2));
