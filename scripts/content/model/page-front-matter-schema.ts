/**
 * What the pages plugin refuses in the front matter of a Markdown page of src/pages. Its schema
 * (@docusaurus/plugin-content-pages/lib/frontMatter.js) is its own, not the docs': fewer keys
 * (title, description, keywords, image, slug, wrapperClassName, hide_table_of_contents, the
 * table of contents' levels, last_update, draft, unlisted), and it lets through any key it does
 * not describe. The plugin validates every Markdown page before it leaves drafts out, so a
 * refused front matter stops the build even in a draft (built with Docusaurus 3.10.2).
 *
 * The module exports only validatePageFrontMatter, which logs the front matter and throws at the
 * first page. The check asks the schema that function validates with, taken from its one call to
 * the schema's `validate` (pageSchema below): Docusaurus's own schema, never a copy, asked
 * without the log and for every page. It is loaded on first use, and only for a page with a key
 * besides `title` (which the rule judges alone: the schema wants text, and any text).
 */
import { createRequire } from 'node:module';
import type { ObjectSchema } from 'joi';
import { failureOf, keysOf, requireDocsPluginFile, type SchemaFailure } from './front-matter-schema.ts';
import { trace } from '../load/trace.ts';

type Data = Record<string, unknown>;

const PAGES_FRONT_MATTER = '@docusaurus/plugin-content-pages/lib/frontMatter.js';

interface PagesFrontMatterModule {
  validatePageFrontMatter(frontMatter: Data): unknown;
}

let schema: ObjectSchema | undefined;
let keyTypes: Record<string, { type: string }> | undefined;

/** The pages plugin's schema, loaded on first use. */
function pageSchema(): ObjectSchema {
  if (schema) return schema;
  const { validatePageFrontMatter } = requireDocsPluginFile<PagesFrontMatterModule>(PAGES_FRONT_MATTER);
  // The Joi the module builds its schema with, its utils-validation's: every object schema of it
  // shares one prototype, whose `validate` the plugin's function calls on its schema. For that
  // one call it hands the schema over instead, and stops the function there.
  const moduleRequire = createRequire(createRequire(__filename).resolve(PAGES_FRONT_MATTER));
  const { Joi } = moduleRequire('@docusaurus/utils-validation') as typeof import('@docusaurus/utils-validation');
  const prototype = Object.getPrototypeOf(Joi.object()) as object;
  const own = Object.getOwnPropertyDescriptor(prototype, 'validate');
  const handedOver = Symbol('schema handed over');
  let found: ObjectSchema | undefined;
  Object.defineProperty(prototype, 'validate', {
    configurable: true, writable: true, enumerable: false,
    value(this: ObjectSchema) {
      found = this;
      throw handedOver;
    },
  });
  try {
    validatePageFrontMatter({});
  } catch (error) {
    if (error !== handedOver) throw error;
  } finally {
    if (own) Object.defineProperty(prototype, 'validate', own);
    else delete (prototype as { validate?: unknown }).validate;
  }
  if (!found || found.type !== 'object') throw new Error(`${PAGES_FRONT_MATTER}: validatePageFrontMatter validates with no object schema of its Joi; this Docusaurus checks pages' front matter otherwise`);
  schema = found;
  trace('pages front matter schema loaded');
  return schema;
}

/** Whether the pages plugin's schema has anything to judge here: a key besides `title`, which the rule judges alone. */
export const needsPageSchema = (data: Data): boolean => Object.keys(data).some((key) => key !== 'title');

/**
 * Everything the pages plugin refuses in this front matter, as the docs' failures are kept
 * (front-matter-schema.ts). Joi leaves the one rule over the whole (draft and unlisted) until
 * the keys pass, as the build does.
 */
export function pageFrontMatterFailures(data: Data): SchemaFailure[] {
  if (!needsPageSchema(data)) return [];
  // The options Docusaurus validates with (validateFrontMatter in @docusaurus/utils-validation).
  const { error } = pageSchema().validate(data, { convert: true, allowUnknown: true, abortEarly: false });
  return (error?.details ?? []).map(failureOf);
}

/**
 * Whether the pages plugin leaves the page out of a production build. It reads `draft` as its
 * schema converts it: the text "true" (any case) is a draft too. The schema is asked only for
 * such a text; a value it refuses stops the build, which the front-matter rule reports.
 */
export function pageIsDraft(data: Data): boolean {
  if (typeof data.draft !== 'string') return data.draft === true;
  return pageSchema().extract('draft').validate(data.draft, { convert: true }).value === true;
}

/** The kind of value the pages plugin expects for a key ('string', 'boolean', 'array'…), if its schema describes the key. */
export function pageTypeOf(key: string): string | undefined {
  keyTypes ??= keysOf(pageSchema());
  return keyTypes[key]?.type;
}
