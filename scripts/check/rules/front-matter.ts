/**
 * Rule `front-matter`: YAML that parses, what Docusaurus's docs plugin would refuse (its own schema,
 * through content/model/front-matter-schema.ts), this site's rules for title, weight, draft and
 * sidebar_position, and keys that look like a typo of a known one. For the Markdown pages of
 * src/pages and the blog posts: YAML that parses and what their plugin would refuse (its own schema, through
 * content/model/plugin-front-matter-schema.ts). Pure: runs on the page records on every check, so a
 * change of rule never meets an old verdict in the cache.
 */
import type { FrontMatter, Page, Site, YamlError } from '../../content/model/site.ts';
import { severityIn, type Problem } from '../problem.ts';
import { editDistance } from '../../content/model/edit-distance.ts';
import { partialSeverities, type SiteIndex } from '../site-index.ts';
import { docusaurusFailures, docusaurusTypeOf, isKnownKey, knownKeys, displayedSidebarOf, paginationIdOf, sidebarPositionOf, weightOf, type SchemaFailure } from '../../content/model/front-matter-schema.ts';
import { mdxOptionsFailure } from '../../content/model/mdx-front-matter.ts';
import { BLOG_POST_FRONT_MATTER, PAGE_FRONT_MATTER, type PluginFrontMatterSchema } from '../../content/model/plugin-front-matter-schema.ts';

export interface FrontMatterOptions {
  /** Warn about every key that neither Docusaurus nor this site knows, not only likely typos. */
  strict?: boolean;
  /** The check runs where `CI` is set, as Docusaurus's MDX loader sees it: a partial's front matter stops the build there. */
  ci?: boolean;
}

/** A problem inside one page's front matter, before it is given its file and rule. */
export type FrontMatterFinding = Omit<Problem, 'file' | 'rule'>;

export function checkFrontMatter(site: Site, options: FrontMatterOptions = {}): Problem[] {
  // Pages with one text (a page copied into another version) share one record, so one front
  // matter: Docusaurus's schema, about 15 µs a call, runs once for all of them.
  const findings = new Map<FrontMatter, FrontMatterFinding[]>();
  const findingsOf = (frontMatter: FrontMatter) => findings.get(frontMatter) ?? findings.set(frontMatter, frontMatterFindings(frontMatter, options)).get(frontMatter)!;
  return site.pages.flatMap((page) =>
    findingsOf(page.frontMatter).map((finding) => ({ file: page.file, rule: 'front-matter' as const, ...finding })),
  );
}

/**
 * The front matter of the Markdown pages of src/pages and of the blog posts, which their plugins
 * validate with schemas of their own (model/plugin-front-matter-schema.ts). A build stops at a
 * file one refuses, a draft's included: each plugin validates before it leaves drafts out (built
 * with Docusaurus 3.10.2), so each is an error.
 */
export function checkSitePageFrontMatter(site: Site): Problem[] {
  const judged = (files: ReadonlyArray<{ file: string; frontMatter: FrontMatter }>, schema: PluginFrontMatterSchema) => files.flatMap(({ file, frontMatter }) =>
    pluginFrontMatterFindings(frontMatter, schema).map((finding) => ({ file, rule: 'front-matter' as const, ...finding })));
  return [...judged(site.markdownPages ?? [], PAGE_FRONT_MATTER), ...judged(site.blogPosts ?? [], BLOG_POST_FRONT_MATTER)];
}

/**
 * What a plugin refuses in one front matter, at its keys' lines, in the docs' words: YAML that
 * does not parse, a title that is no text (judged without the schema, as most files have no
 * other key), and what the plugin's schema refuses among the other keys. Keys it does not
 * describe pass, as they build (the docs' typo warnings are about the docs' keys).
 */
export function pluginFrontMatterFindings(frontMatter: FrontMatter, schema: PluginFrontMatterSchema = PAGE_FRONT_MATTER): FrontMatterFinding[] {
  if (frontMatter.yamlError) return [yamlFinding(frontMatter.yamlError)];
  const { data, keyLines } = frontMatter;
  const at = (key: string | undefined) => ({ line: (key !== undefined ? keyLines[key] : undefined) ?? 1, column: 1 });
  const title: Array<[string, Words]> = schema.titleAlone && 'title' in data && typeof data.title !== 'string' ? [['title', titleNotText(data.title)]] : [];
  const refused = schema.failures(data)
    .filter((failure) => !schema.titleAlone || failure.key !== 'title')
    .map((failure) => [lineKeyOf(failure), schemaFinding(failure, schema.typeOf)] as const);
  return [...title, ...refused].map(([key, finding]) => ({ ...at(key), ...finding }));
}

/**
 * Partials' front matter: Docusaurus's MDX loader parses it as it parses a page's, and stops the
 * build where it does not parse. A partial of a docs folder should have none at all: the loader
 * ignores it, with a warning, and stops the build instead where `CI` is set (GitHub Actions sets
 * it). An error when a published page renders the partial and the build would stop.
 */
export function checkPartialFrontMatter(site: Site, index: SiteIndex, options: FrontMatterOptions = {}): Problem[] {
  // The loader's partials are the files of a docs folder that are no pages (its exclude globs: `_` names); an imported page keeps its front matter.
  const isPartial = (file: string, version: string | undefined) => version !== undefined && !index.pageByFile.has(file);
  const refused = site.partials.filter(({ file, frontMatterError, frontMatterLine, version }) => frontMatterError || (frontMatterLine !== undefined && isPartial(file, version)));
  if (refused.length === 0) return [];
  const severityOf = partialSeverities(site, index);
  return refused.map(({ file, frontMatterError, frontMatterLine }) => {
    if (frontMatterError) return { file, rule: 'front-matter' as const, ...yamlFinding(frontMatterError), severity: severityOf.get(file) ?? 'warning' };
    return {
      file, line: frontMatterLine!, column: 1, rule: 'front-matter' as const, severity: options.ci ? severityOf.get(file) ?? 'warning' : 'warning',
      message: `a partial has front matter, which Docusaurus ignores: it warns, and stops the build where CI is set${options.ci ? ', as it is here' : ' (GitHub Actions sets it)'}`,
      hint: 'remove the front matter: a partial is part of the page that renders it, which has its own',
    };
  });
}

/**
 * `pagination_next` and `pagination_prev` name a doc by its id, in the page's own version.
 * Docusaurus stops the build when no doc has it; a draft has none in a production build, so
 * naming a draft from a published page stops it too. Shown at the key's line.
 */
export function checkPaginationIds(own: Site, site: Site = own): Problem[] {
  // The pages of `own` are checked; the docs they may name are all of `site`'s (indexed only
  // when a page names one: an edit checks a page or two of 10,000).
  let byId: Map<string, Page> | undefined;
  const problems: Problem[] = [];
  for (const page of own.pages) {
    for (const which of ['next', 'prev'] as const) {
      const id = paginationIdOf(page.frontMatter.data, which);
      if (id === undefined) continue;
      byId ??= new Map(site.pages.map((other) => [`${other.version}\0${other.id}`, other]));
      const target = byId.get(`${page.version}\0${id}`);
      if (target && (!target.draft || page.draft)) continue;
      const key = `pagination_${which}`;
      const where = { file: page.file, line: page.frontMatter.keyLines[key] ?? 1, column: 1, severity: severityIn(page), rule: 'front-matter' as const };
      if (target) {
        problems.push({ ...where, message: `${key} names ${target.file}, a draft: a production build leaves it out and stops here`, hint: 'name a published page, or publish that one (draft: false)' });
        continue;
      }
      const ids = site.pages.filter((other) => other.version === page.version && !other.draft).map((other) => other.id);
      const closest = ids.map((other) => [other, editDistance(id, other)] as const).sort((a, b) => a[1] - b[1])[0];
      problems.push({
        ...where,
        message: `${key} names no page: no doc of version ${page.version} has the id "${id}"`,
        hint: closest && closest[1] <= Math.max(2, id.length / 3) ? `did you mean "${closest[0]}"? A doc's id is its path in the docs folder without the extension, or its id front matter` : 'a doc\'s id is its path in the docs folder without the extension (guides/install), or its id front matter',
      });
    }
  }
  return problems;
}

/**
 * `displayed_sidebar` names one of the version's sidebars: Docusaurus stops the build when none
 * has that name ("wants to display sidebar … but a sidebar with this name doesn't exist").
 */
export function checkDisplayedSidebars(site: Site): Problem[] {
  // Sidebars that cannot be read name nothing the check knows (the sidebar rule reports them).
  const namesOf = new Map(site.versions.map(({ name, sidebars }) => [name, sidebars?.unreadable ? undefined : sidebars?.names]));
  const problems: Problem[] = [];
  for (const page of site.pages) {
    const sidebar = displayedSidebarOf(page.frontMatter.data);
    const names = namesOf.get(page.version);
    if (sidebar === undefined || names === undefined || names.includes(sidebar)) continue;
    problems.push({
      file: page.file, line: page.frontMatter.keyLines.displayed_sidebar ?? 1, column: 1, severity: severityIn(page), rule: 'front-matter',
      message: `displayed_sidebar names no sidebar of version ${page.version}: "${sidebar}"`,
      hint: names.length > 0 ? `its sidebars: ${names.map((name) => `"${name}"`).join(', ')}; or null for none` : 'this version has no sidebars: remove the key, or set it to null',
    });
  }
  return problems;
}

export function frontMatterFindings(frontMatter: FrontMatter, options: FrontMatterOptions = {}): FrontMatterFinding[] {
  if (frontMatter.yamlError) return [yamlFinding(frontMatter.yamlError)];
  const { data, keyLines } = frontMatter;
  // A problem belongs to its top-level key's line (column 1), even when it is deep inside the value.
  const at = (key: string | undefined) => ({ line: (key !== undefined ? keyLines[key] : undefined) ?? 1, column: 1 });

  const own = siteRuleFindings(data);
  // One problem per key: where this site's rule already speaks (title, draft, sidebar_position), Docusaurus's would repeat it.
  const schema = docusaurusFailures(data)
    .filter((failure) => failure.key === undefined || !own.has(failure.key))
    .map((failure) => [lineKeyOf(failure), schemaFinding(failure)] as const);
  const unknown = unknownKeyFindings(data, options);
  return [...own, ...schema, ...mdxOptionsFindings(data), ...unknown].map(([key, finding]) => ({ ...at(key), ...finding }));
}

type Words = Omit<FrontMatterFinding, 'line' | 'column'>;

/** `mdx`, which Docusaurus's MDX loader reads for every file it compiles (model/mdx-front-matter.ts). */
function mdxOptionsFindings(data: Record<string, unknown>): Array<[string, Words]> {
  if (!('mdx' in data)) return [];
  const failure = mdxOptionsFailure(data.mdx);
  return failure === undefined ? [] : [['mdx', { severity: 'error', message: `the MDX loader refuses mdx: ${failure}; the build stops`, hint: 'mdx takes one key, format, set to md, mdx or detect: "mdx:" then "  format: md" indented' }]];
}

/** The key whose line a failure is shown on: its own, or `unlisted` for "draft and unlisted", the only one about the whole. */
const lineKeyOf = (failure: SchemaFailure) => failure.key ?? (failure.type === 'frontMatter.draftAndUnlistedError' ? 'unlisted' : undefined);

function yamlFinding(error: YamlError): FrontMatterFinding {
  const where = { severity: 'error' as const, line: error.line, column: error.column };
  if (error.ranInto === 'end-of-page') {
    return {
      ...where,
      message: `front matter is never closed, so Docusaurus reads the whole page as YAML, and the build stops: ${error.reason}`,
      hint: 'add a line "---" after the last front matter field',
    };
  }
  if (error.ranInto === 'dots') {
    return {
      ...where,
      message: `front matter does not end at "...": Docusaurus reads on to the next line starting with "---", and the YAML stops here: ${error.reason}`,
      hint: 'close the front matter with a line "---" instead of "..."',
    };
  }
  if (error.notKeyValues) {
    return { ...where, message: 'front matter is YAML, but not keys with values: Docusaurus refuses it', hint: 'write one "key: value" line per field, e.g. title: Hardening' };
  }
  return {
    ...where,
    message: `front matter is not valid YAML: ${error.reason}`,
    hint: 'check indentation, and quote values that contain ": " or start with a special character',
  };
}

/** This site's own rules, keyed by the field they are about. */
function siteRuleFindings(data: Record<string, unknown>): Map<string, Words> {
  const found = new Map<string, Words>();
  if ('title' in data) {
    if (typeof data.title !== 'string') {
      found.set('title', titleNotText(data.title));
    } else if (data.title.trim() === '') {
      found.set('title', { severity: 'warning', message: 'title is empty', hint: 'Docusaurus uses it as is: the browser tab, search results and pagination show no title; give the page a title, or remove the key to use the first heading' });
    }
  }
  if ('weight' in data && weightOf(data) === undefined) {
    found.set('weight', { severity: 'error', message: `weight must be a whole number, got ${describe(data.weight)}`, hint: 'lower weights come first, e.g. weight: 100' });
  }
  // Stricter than Docusaurus, which also takes the text "true": a writer who quotes it may mean something else.
  if ('draft' in data && typeof data.draft !== 'boolean') found.set('draft', notBoolean('draft', data.draft));
  // A text Docusaurus reads as a number ("3") builds: a warning, since the promise runs both ways
  // (no error for a page that builds). Anything else Docusaurus refuses too: an error.
  if ('sidebar_position' in data && (typeof data.sidebar_position !== 'number' || !Number.isFinite(data.sidebar_position))) {
    const builds = sidebarPositionOf(data) !== undefined;
    found.set('sidebar_position', {
      severity: builds ? 'warning' : 'error',
      message: `sidebar_position must be a number, got ${describe(data.sidebar_position)}${builds ? ' (Docusaurus reads it as a number, and builds)' : ''}`,
      hint: builds ? `drop the quotes: sidebar_position: ${sidebarPositionOf(data)}` : `e.g. ${exampleOf('sidebar_position')}`,
    });
  }
  return found;
}

const titleNotText = (value: unknown): Words => ({ severity: 'error', message: `title must be text, got ${describe(value)}`, hint: 'quote it: title: "…"' });

function notBoolean(key: string, value: unknown): Words {
  return {
    severity: 'error',
    message: `${key} must be true or false, got ${describe(value)}`,
    hint: typeof value === 'string' ? `YAML reads "${value}" as text: write ${key}: true or ${key}: false` : `write ${key}: true or ${key}: false`,
  };
}

/**
 * What Docusaurus refuses, in words a writer can act on: what was expected, and an example.
 * `typeOf`: the kind of value the schema that refused it expects for a key (the docs' schema's, or the pages plugin's).
 */
function schemaFinding(failure: SchemaFailure, typeOf: (key: string) => string | undefined = docusaurusTypeOf): Words {
  const { key = '', type, value, path } = failure;
  const label = labelOf(path);
  const error = (message: string, hint = `e.g. ${exampleOf(key, typeOf)}`): Words => ({ severity: 'error', message, hint });
  switch (type) {
    case 'id.slash':
      return error(`id must not contain "/", got ${describe(value)}`,
        `the folder is already part of the id: write the last part only, e.g. id: ${String(value).split('/').filter(Boolean).at(-1) ?? 'page'}`);
    case 'frontMatter.draftAndUnlistedError':
      return error('a page cannot be both a draft and unlisted', 'remove draft: true to publish it unlisted, or unlisted: true to keep it a draft');
    case 'string.empty':
      return error(`${label} must not be empty`, `remove the line, or e.g. ${exampleOf(key, typeOf)}`);
    case 'number.min':
    case 'number.max':
      return error(`${label} must be ${type === 'number.min' ? 'at least' : 'at most'} ${failure.limit}, got ${describe(value)}`);
    case 'object.missing':
      return error(`${label} needs an author or a date`);
    case 'any.required':
      return error(`${label} is missing`);
  }
  const expected = path.length > 1 ? expectedInside(key, type) : expectedOf(typeOf(key));
  if (expected === 'true or false') return notBoolean(key, value);
  return error(`${label} must be ${expected}, got ${describe(value)}`);
}

/** `tags` → `tags`, `['tags', 1]` → `item 2 of tags`, `['last_update', 'date']` → `last_update.date`. */
function labelOf(path: Array<string | number>): string {
  const [key, ...rest] = path;
  if (rest.length === 1 && typeof rest[0] === 'number') return `item ${rest[0] + 1} of ${key}`;
  return path.join('.');
}

const EXPECTED_BY_TYPE: Record<string, string> = {
  string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a mapping',
  date: 'a date', alternatives: 'a URL or a path',
};
const expectedOf = (schemaType: string | undefined) => EXPECTED_BY_TYPE[schemaType ?? ''] ?? 'a different value';

/** What a value inside a list or mapping should be, from the failure's type. */
function expectedInside(key: string, type: string): string {
  if (key === 'tags') return 'text, or a mapping with label and permalink';
  return expectedOf(type.split('.')[0]);
}

// Examples for keys whose right value is not obvious from their type; others get one by type.
const EXAMPLES: Record<string, string> = {
  id: 'id: hardening-guide',
  slug: 'slug: /faq/security',
  tags: 'tags: [security, hardening]',
  keywords: 'keywords: [cis, benchmark]',
  image: 'image: /img/social-card.png',
  custom_edit_url: 'custom_edit_url: https://github.com/rancher/docs/edit/main/docs/faq/security.md',
  last_update: 'last_update: { author: Jane Doe, date: 2026-01-31 }',
  sidebar_custom_props: 'sidebar_custom_props: { badge: new }',
  sidebar_position: 'sidebar_position: 2',
  toc_min_heading_level: 'toc_min_heading_level: 2',
  toc_max_heading_level: 'toc_max_heading_level: 3',
};
function exampleOf(key: string, typeOf: (key: string) => string | undefined = docusaurusTypeOf): string {
  if (EXAMPLES[key]) return EXAMPLES[key];
  const byType: Record<string, string> = { number: '2', array: '[first, second]', object: '{ name: value }', alternatives: 'https://…' };
  return `${key}: ${byType[typeOf(key) ?? ''] ?? '"…"'}`;
}

/** Keys nobody reads: a warning when the key looks like a typo of a known one, or for every one when strict. */
function unknownKeyFindings(data: Record<string, unknown>, options: FrontMatterOptions): Array<[string, Words]> {
  return Object.keys(data).flatMap((key): Array<[string, Words]> => {
    if (isKnownKey(key) || key === 'mdx') return []; // mdx: the MDX loader's key (mdxOptionsFindings)
    const meant = likelyMeant(key);
    if (meant) {
      return [[key, { severity: 'warning', message: `unknown key "${key}": did you mean "${meant}"?`, hint: `Docusaurus ignores keys it does not know; write ${meant}: …` }]];
    }
    // Themes and plugins read keys of their own (toc, aliases…): by default those are left alone.
    return options.strict ? [[key, { severity: 'warning', message: `unknown front matter key "${key}"`, hint: 'Docusaurus ignores it; check its spelling' }]] : [];
  });
}

/** The known key `key` is most likely a typo of: at most 2 edits away (1 for keys of up to 5 characters). */
export function likelyMeant(key: string): string | undefined {
  // A site repeats its own keys on most pages (neuvector: `taxonomy` on every one): decide each once.
  if (!meantByKey.has(key)) meantByKey.set(key, closestKnownKey(key));
  return meantByKey.get(key);
}

const meantByKey = new Map<string, string | undefined>();

function closestKnownKey(key: string): string | undefined {
  const limit = key.length <= 5 ? 1 : 2;
  let best: { key: string; distance: number } | undefined;
  const lowered = key.toLowerCase();
  for (const known of knownKeys()) {
    // Strings whose lengths differ by more than the limit are further apart than it.
    if (Math.abs(known.length - lowered.length) > limit) continue;
    const distance = editDistance(lowered, known);
    if (distance <= limit && (!best || distance < best.distance)) best = { key: known, distance };
  }
  return best?.key;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (null)';
  if (typeof value === 'string') return `the text "${value}"`;
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${String(value)}`;
}
