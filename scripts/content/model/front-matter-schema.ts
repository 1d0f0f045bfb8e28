/**
 * What a front matter field means, in one place. Docusaurus's docs plugin decides for its own keys:
 * its Joi schema is imported here (never copied), so the check rejects what a build rejects and
 * reads values the way the build does (`id: 2021` is the text "2021", `sidebar_position: "3"` is 3).
 * This site adds Hugo's `weight`, and checks `title`, `draft` and `sidebar_position` more strictly.
 * The routes, the sidebar order and the check all read fields through this module.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { requireDeferring } from './require-deferring.ts';
import { mechanismOff } from '../../mechanisms.ts';
import { requireWithCodeCache } from '../../module-code-cache.ts';
import { trace } from '../load/trace.ts';
import type { AnySchema, ObjectSchema, ValidationErrorItem } from 'joi';

type Data = Record<string, unknown>;

/** What the check reads of the schema besides asking it: the same for every front matter. */
interface SchemaFacts {
  /** Each key Docusaurus describes, with the type of value it expects ('string', 'boolean', 'array'…). */
  keys: Record<string, { type: string }>;
  /** Keys whose schema takes any text but '' (a string without rules, allowing at most '' and null). */
  anyText: ReadonlySet<string>;
}

// Loading the docs plugin's schema takes 0.07 to 0.1 s from source (Joi, mostly; 0.17 s with all
// of @docusaurus/utils and utils-validation's re-exports): a third of a warm check. So it is
// loaded on first use, and only pages with keys beyond SITE_RULE_KEYS use it.
// It is required at run time, never bundled (scripts/run.cjs follows plain require calls): in
// the check's bundle it would add 2.4 MB that every start, warm runs included, has to parse.
const DOCS_FRONT_MATTER = '@docusaurus/plugin-content-docs/lib/frontMatter.js';
// Its schema needs @docusaurus/utils's DEFAULT_PLUGIN_ID to be built, nothing else of it, and
// none of what utils-validation's index re-exports from its tags-file reader and option
// validators (require-deferring.ts).
const DEFERRED = [
  { specifier: '@docusaurus/utils', requiredFrom: '@docusaurus/utils-validation', eagerFile: 'constants.js' },
  { specifier: './tagsFile', requiredFrom: '@docusaurus/utils-validation' },
  { specifier: './validationUtils', requiredFrom: '@docusaurus/utils-validation' },
];
/**
 * A file of Docusaurus's docs plugin (`@docusaurus/plugin-content-docs/lib/…`), loaded as its
 * front matter schema is; so is any other Docusaurus file built on utils-validation (the pages
 * plugin's and the blog's front matter schemas: plugin-front-matter-schema.ts).
 */
export function requireDocsPluginFile<T>(specifier: string): T {
  return requireWithCodeCache(() => (mechanismOff('deferred-utils')
    ? createRequire(__filename)(specifier) as T
    : requireDeferring<T>(__filename, specifier, DEFERRED)));
}

let joiSchema: ObjectSchema | undefined;
/** Docusaurus's schema itself, loaded on first use. */
function docusaurusSchema(): ObjectSchema {
  if (!joiSchema) {
    joiSchema = requireDocsPluginFile<typeof import('@docusaurus/plugin-content-docs/lib/frontMatter.js')>(DOCS_FRONT_MATTER).DocFrontMatterSchema;
    trace('front matter schema loaded');
  }
  return joiSchema;
}

let facts: SchemaFacts | undefined;
/** The schema's facts: from the schema, or from an earlier check's memo (adoptSchemaMemo). */
function schemaFacts(): SchemaFacts {
  facts ??= { keys: keysOf(docusaurusSchema()), anyText: anyTextKeysOf(docusaurusSchema()) };
  return facts;
}

/**
 * Each key an object schema describes, with its type. Joi's terms (its extension API) hold them
 * as describe() lists them, in a twentieth of a millisecond instead of 8 ms; describe() answers
 * for a Joi without them.
 */
export function keysOf(object: ObjectSchema): SchemaFacts['keys'] {
  const children = (object.$_terms as { keys?: Array<{ key: string; schema: AnySchema }> | null }).keys;
  if (!children) return (object.describe().keys ?? {}) as SchemaFacts['keys'];
  return Object.fromEntries(children.map(({ key, schema: child }) => [key, { type: child.type ?? 'any' }]));
}

/** The keys of an object schema whose schema is a string without rules, allowing at most '' and null besides text. */
export function anyTextKeysOf(object: ObjectSchema): ReadonlySet<string> {
  const children = (object.$_terms as { keys?: Array<{ key: string; schema: AnySchema }> | null }).keys ?? [];
  return new Set(children.filter(({ schema: child }) => {
    if (child.type !== 'string') return false;
    const { type, allow, ...rest } = child.describe() as { type: string; allow?: unknown[] };
    return Object.keys(rest).length === 0 && (allow ?? []).every((value) => value === '' || value === null);
  }).map(({ key }) => key));
}

/**
 * Keys the site's own rules check: Hugo's `weight`, and `title`, `draft` and `sidebar_position`,
 * which they check more strictly than Docusaurus does (no number as a title, no text as a draft
 * or a position). A page with only these needs no schema: most pages.
 */
export const SITE_RULE_KEYS: ReadonlySet<string> = new Set(['title', 'weight', 'draft', 'sidebar_position']);

/**
 * Whether reading this front matter will load Docusaurus's schema (a key beyond SITE_RULE_KEYS):
 * the check then loads it early, while worker threads still read pages, rather than at the end
 * when this thread alone works (load/page-records.ts).
 */
export const needsDocusaurusSchema = (data: Data): boolean => Object.keys(data).some((key) => !SITE_RULE_KEYS.has(key));

/** Load Docusaurus's schema now, if it is not loaded yet. */
export function loadDocusaurusSchema(): void {
  schemaFacts();
  docusaurusSchema();
}

/** Every key that means something: Docusaurus's own (from its schema, so new ones arrive by themselves) and this site's. */
export const knownKeys = (): string[] => [...new Set([...Object.keys(schemaFacts().keys), ...SITE_RULE_KEYS])];

/** Whether a key means something to Docusaurus or to this site. */
export const isKnownKey = (key: string): boolean => SITE_RULE_KEYS.has(key) || key in schemaFacts().keys;

/** The kind of value Docusaurus's schema expects for a key ('string', 'boolean', 'array'…), if it knows the key. */
export const docusaurusTypeOf = (key: string): string | undefined => schemaFacts().keys[key]?.type;

/** One thing Docusaurus would refuse, with the path to the value (`['tags', 1]`). */
export interface SchemaFailure {
  /** The top-level key it belongs to; undefined when it is about the whole front matter. */
  key: string | undefined;
  path: Array<string | number>;
  /** Joi's error type, e.g. `array.base`, `number.min`, or `id.slash` for the id rule below. */
  type: string;
  value: unknown;
  /** The bound of a `number.min` / `number.max` failure: a number, or the key it refers to. */
  limit?: number | string;
}

/**
 * Whether Docusaurus's schema has anything to refuse in this front matter: a key it describes,
 * beyond the site's own (it allows keys it does not describe). Pages with only the site's keys
 * never load the schema to find out.
 */
export const validatedBySchema = (data: Data): boolean =>
  needsDocusaurusSchema(data) && Object.keys(data).some((key) => !SITE_RULE_KEYS.has(key) && key in schemaFacts().keys);

/**
 * Everything Docusaurus's docs plugin would refuse in this front matter (all at once, not the first).
 * Pages with only SITE_RULE_KEYS skip the schema: the site's rules for those are stricter, and
 * Docusaurus refuses nothing else there. Kept per front matter (pages with one text share one):
 * a check works it out while the threads still read pages (load/early-loads.ts), and the
 * front-matter rule takes it from here.
 */
export function docusaurusFailures(data: Data): SchemaFailure[] {
  let failures = failuresByData.get(data);
  if (!failures) {
    failures = schemaFailures(data);
    failuresByData.set(data, failures);
  }
  return failures;
}

const failuresByData = new WeakMap<Data, SchemaFailure[]>();

function schemaFailures(data: Data): SchemaFailure[] {
  if (!validatedBySchema(data)) return [];
  const shape = shapeOf(data);
  const failures = shape !== undefined && passingShapes.has(shape) ? [] : validatedFailures(data);
  if (shape !== undefined && failures.length === 0) passingShapes.add(shape);
  // Docusaurus refuses a slash in an id outside the schema (processDocMetadata in lib/docs.js);
  // a text id is read as it is.
  if (!failures.some((failure) => failure.key === 'id') && typeof data.id === 'string' && data.id.includes('/')) {
    return [...failures, { key: 'id', path: ['id'], type: 'id.slash', value: data.id }];
  }
  return failures;
}

/** What Docusaurus's schema refuses in this front matter, asked each time (passingShapes below is held to it by tests). */
export function validatedFailures(data: Data): SchemaFailure[] {
  // The options Docusaurus validates with (validateFrontMatter in @docusaurus/utils-validation);
  // its own wrapper throws at the first page and logs, so the schema is called directly.
  const { error } = docusaurusSchema().validate(data, { convert: true, allowUnknown: true, abortEarly: false });
  return (error?.details ?? []).map(failureOf);
}

/**
 * Shapes of front matter the schema let through. Joi took 30 µs a front matter before V8 warmed
 * up, a fifth of a second of a cold check of 10,000 pages, and most front matters differ only
 * in their texts. A front matter passes if another of its shape did:
 * - a key whose schema is a string without rules (`title`, `sidebar_label`, `slug`…: Joi's
 *   string takes any text but '' unless allowed, and Docusaurus's prepares only numbers and
 *   dates) counts only as "some text";
 * - keys the schema does not describe are left out: it lets them through, and its one rule over
 *   the whole object (draft and unlisted) reads its own keys;
 * - any other value counts as it is, and a value JSON cannot tell apart (a date, NaN) is not
 *   memoized. A refused front matter is validated each time, its failures holding its values.
 * tests/unit/front-matter-schema-memo.test.ts holds this to the schema asked each time.
 */
const passingShapes = new Set<string>();

/**
 * What one check leaves the next of the same site (check/stored-report.ts), so that a page
 * edited and checked alone (check/edit-recheck.ts), or a whole check of pages read from the cache
 * (a partial edited), does not load Docusaurus's schema for a front matter of a shape it let
 * through before: loading it took 67 ms of a one-page check's 0.39 s (BENCHMARKS.md). Taken only while the schema's file is as it was (its size and time): another
 * Docusaurus may describe other keys. Which file that is follows from the installed packages,
 * which the stored report's key covers (the lock file), so the file is not looked up again.
 */
export interface SchemaMemo {
  schemaFile: string;
  /** The file's size and time. */
  schemaStamp: string;
  keys: SchemaFacts['keys'];
  anyText: string[];
  passingShapes: string[];
}

/** This check's memo, when it read the schema's facts (or took them from a memo); else undefined. */
export function schemaMemo(): SchemaMemo | undefined {
  if (!facts) return undefined;
  schemaFile ??= createRequire(__filename).resolve(DOCS_FRONT_MATTER);
  const schemaStamp = stampOf(schemaFile);
  if (schemaStamp === undefined) return undefined;
  return { schemaFile, schemaStamp, keys: facts.keys, anyText: [...facts.anyText].sort(), passingShapes: [...passingShapes].sort() };
}

/** Take the facts and shapes of an earlier check's memo, if its schema file is as it was and no facts are read yet. */
export function adoptSchemaMemo(memo: unknown): void {
  if (facts !== undefined || !isSchemaMemo(memo) || stampOf(memo.schemaFile) !== memo.schemaStamp) return;
  schemaFile = memo.schemaFile;
  facts = { keys: memo.keys, anyText: new Set(memo.anyText) };
  for (const shape of memo.passingShapes) passingShapes.add(shape);
}

/** The schema's file, once known. */
let schemaFile: string | undefined;

function isSchemaMemo(value: unknown): value is SchemaMemo {
  const memo = value as SchemaMemo | undefined;
  const texts = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'string');
  return typeof memo?.schemaFile === 'string' && typeof memo.schemaStamp === 'string' && typeof memo.keys === 'object' && memo.keys !== null
    && texts(memo.anyText) && texts(memo.passingShapes);
}

function stampOf(file: string): string | undefined {
  try {
    const { size, mtimeMs } = fs.statSync(file);
    return `${size}:${mtimeMs}`;
  } catch {
    return undefined;
  }
}

function shapeOf(data: Data): string | undefined {
  const { keys, anyText } = schemaFacts();
  const parts: string[] = [];
  for (const key of Object.keys(data).sort()) {
    if (!(key in keys)) continue;
    const value = data[key];
    if (anyText.has(key) && typeof value === 'string' && value !== '') parts.push(`${key}\0text`);
    else if (jsonTellsApart(value)) parts.push(`${key}\0${JSON.stringify(value)}`);
    else return undefined;
  }
  return parts.join('\n');
}

/** Whether JSON keeps this value's type and value: strings, finite numbers but -0, booleans, null, and plain lists and objects of them. */
function jsonTellsApart(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonTellsApart);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value as Data).every(jsonTellsApart);
  return false;
}

/** One of Joi's failures as the check keeps it. */
export function failureOf(detail: ValidationErrorItem): SchemaFailure {
  const limit = detail.context?.limit as unknown;
  // A limit that refers to another key (toc_min_heading_level ≤ toc_max_heading_level) is a Joi reference.
  const bound = typeof limit === 'number' ? limit : (limit as { key?: string } | undefined)?.key;
  const key = typeof detail.path[0] === 'string' ? detail.path[0] : undefined;
  return { key, path: detail.path, type: detail.type, value: detail.context?.value, ...(bound === undefined ? {} : { limit: bound }) };
}

const keySchemas = new Map<string, AnySchema>();
const keySchema = (key: string) => keySchemas.get(key) ?? keySchemas.set(key, docusaurusSchema().extract(key)).get(key)!;

/** One key's value as Docusaurus reads it (converted by its schema), or undefined when absent or refused. */
function docusaurusValue(data: Data, key: string): unknown {
  if (!(key in data)) return undefined;
  // A text for a key of any text (`slug`, `id`) is taken as it is written. Known from an
  // earlier check's memo, this keeps a page edited alone from loading the schema to read it.
  const written = data[key];
  if (typeof written === 'string' && written !== '' && facts?.anyText.has(key)) return written;
  const { error, value } = keySchema(key).validate(written, { convert: true });
  return error ? undefined : value;
}

const stringField = (data: Data, key: string) => {
  const value = docusaurusValue(data, key);
  return typeof value === 'string' ? value : undefined;
};

/** `id`: the doc's id inside its folder, as Docusaurus reads it (numbers become text). */
export const docIdOf = (data: Data): string | undefined => stringField(data, 'id');

/** `displayed_sidebar`: the name of the sidebar to show beside the page, as Docusaurus reads it (none for `null`). */
export const displayedSidebarOf = (data: Data): string | undefined => stringField(data, 'displayed_sidebar') || undefined;

/** `unlisted`: a page a production build makes but leaves out of lists, its sidebars' included, as Docusaurus reads it. */
export const isUnlisted = (data: Data): boolean => docusaurusValue(data, 'unlisted') === true;

/** `pagination_next` / `pagination_prev`: the id of the doc to link to, as Docusaurus reads it (none for `null`). */
export const paginationIdOf = (data: Data, which: 'next' | 'prev'): string | undefined => stringField(data, `pagination_${which}`) || undefined;

/** `slug`: the doc's address, as Docusaurus reads it. */
export const slugOf = (data: Data): string | undefined => stringField(data, 'slug');

/** `parse_number_prefixes`: whether `01-` in file and folder names is dropped (default true). */
export const parsesNumberPrefixes = (data: Data): boolean => docusaurusValue(data, 'parse_number_prefixes') !== false;

/** `sidebar_position`: any number (`"3"` counts, as in Docusaurus), or undefined. */
export function sidebarPositionOf(data: Data): number | undefined {
  const value = docusaurusValue(data, 'sidebar_position');
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** `weight` (this site's, from Hugo): a whole number, or undefined. The check reports any other value. */
export function weightOf(data: Data): number | undefined {
  return Number.isInteger(data.weight) ? (data.weight as number) : undefined;
}

