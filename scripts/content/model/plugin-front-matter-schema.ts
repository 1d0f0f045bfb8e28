/**
 * What a content plugin other than the docs refuses in a front matter: the pages plugin's schema
 * (@docusaurus/plugin-content-pages/lib/frontMatter.js) for the Markdown pages of src/pages, the
 * blog plugin's (@docusaurus/plugin-content-blog/lib/frontMatter.js) for its posts. Each is the
 * plugin's own, not the docs', and lets through any key it does not describe. Each plugin
 * validates every file before it leaves drafts out, so a refused front matter stops the build
 * even in a draft (built with Docusaurus 3.10.2).
 *
 * Such a module exports only a validate function, which logs the front matter and throws at the
 * first file. The check asks the schema that function validates with, taken from its one call to
 * the schema's `validate`: Docusaurus's own schema, never a copy, asked without the log and for
 * every file. It is loaded on first use; for the pages plugin only for a front matter with a key
 * besides `title` (which the rule judges alone: that schema wants text, and any text). The
 * blog's strings take numbers and dates too (`title: 5` builds), so it judges `title` itself.
 */
import { createRequire } from 'node:module';
import type { ObjectSchema } from 'joi';
import { failureOf, keysOf, requireDocsPluginFile, type SchemaFailure } from './front-matter-schema.ts';
import { trace } from '../load/trace.ts';

type Data = Record<string, unknown>;

export interface PluginFrontMatterSchema {
  /** Everything the plugin refuses in this front matter, as the docs' failures are kept (front-matter-schema.ts). */
  failures(data: Data): SchemaFailure[];
  /**
   * Whether the plugin leaves the file out of a production build. It reads `draft` as its schema
   * converts it: the text "true" (any case) is a draft too. The schema is asked only for such a
   * text; a value it refuses stops the build, which the front-matter rule reports.
   */
  isDraft(data: Data): boolean;
  /** The kind of value the plugin expects for a key ('string', 'boolean', 'array'…), if its schema describes the key. */
  typeOf(key: string): string | undefined;
  /** The front matter as the plugin reads it, its values converted (`slug: 5` is the text "5"); undefined when it refuses it. */
  converted(data: Data): Data | undefined;
  /** Whether the rule judges `title` alone, without the schema: the pages plugin wants text and only text; the blog's takes numbers too. */
  titleAlone: boolean;
}

/** The schema `validateName` of `moduleFile` (a package path) validates with, read on first use. */
export function pluginFrontMatterSchema(moduleFile: string, validateName: string, titleAlone: boolean): PluginFrontMatterSchema {
  let schema: ObjectSchema | undefined;
  let keyTypes: Record<string, { type: string }> | undefined;
  const schemaOnce = () => (schema ??= handedOverSchema(moduleFile, validateName));
  return {
    titleAlone,
    failures(data) {
      if (titleAlone && !Object.keys(data).some((key) => key !== 'title')) return [];
      // The options Docusaurus validates with (validateFrontMatter in @docusaurus/utils-validation);
      // Joi leaves a rule over the whole (draft and unlisted) until the keys pass, as the build does.
      const { error } = schemaOnce().validate(data, { convert: true, allowUnknown: true, abortEarly: false });
      return (error?.details ?? []).map(failureOf);
    },
    isDraft(data) {
      if (typeof data.draft !== 'string') return data.draft === true;
      return schemaOnce().extract('draft').validate(data.draft, { convert: true }).value === true;
    },
    converted(data) {
      const { error, value } = schemaOnce().validate(data, { convert: true, allowUnknown: true });
      return error ? undefined : value as Data;
    },
    typeOf(key) {
      keyTypes ??= keysOf(schemaOnce());
      return keyTypes[key]?.type;
    },
  };
}

function handedOverSchema(moduleFile: string, validateName: string): ObjectSchema {
  const validate = requireDocsPluginFile<Record<string, (frontMatter: Data) => unknown>>(moduleFile)[validateName];
  // The Joi the module builds its schema with, its utils-validation's: every object schema of it
  // shares one prototype, whose `validate` the plugin's function calls on its schema. For that
  // one call it hands the schema over instead, and stops the function there.
  const moduleRequire = createRequire(createRequire(__filename).resolve(moduleFile));
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
    validate({});
  } catch (error) {
    if (error !== handedOver) throw error;
  } finally {
    if (own) Object.defineProperty(prototype, 'validate', own);
    else delete (prototype as { validate?: unknown }).validate;
  }
  if (!found || found.type !== 'object') throw new Error(`${moduleFile}: ${validateName} validates with no object schema of its Joi; this Docusaurus checks front matter otherwise`);
  trace(`${moduleFile} schema loaded`);
  return found;
}

/** The pages plugin's, for the Markdown pages of src/pages. */
export const PAGE_FRONT_MATTER = pluginFrontMatterSchema('@docusaurus/plugin-content-pages/lib/frontMatter.js', 'validatePageFrontMatter', true);

/** The blog plugin's, for its posts. */
export const BLOG_POST_FRONT_MATTER = pluginFrontMatterSchema('@docusaurus/plugin-content-blog/lib/frontMatter.js', 'validateBlogPostFrontMatter', false);
