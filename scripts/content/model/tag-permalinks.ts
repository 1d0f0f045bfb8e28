/**
 * What Docusaurus makes of one front matter tag (normalizeTag in @docusaurus/utils, for the docs
 * and the blog alike): a text the tags file defines takes the file's label and permalink; any
 * other text is inline, labelled as written, at its kebab-cased text; an object tag is inline,
 * with its own label and permalink. The permalink is below the tags' base path (`/tags`).
 */
import kebabCase from 'lodash/kebabCase';
import type { TagsFileRead } from './site.ts';

export interface NormalizedTag {
  label: string;
  /** As written or made, before the tags' base path is put in front. */
  permalink: string;
  /** Whether the tags file defines it (a text tag that is one of its keys). */
  defined: boolean;
}

/** One tag as Docusaurus normalizes it; undefined for an object without a permalink (the front matter schema refuses it). */
export function normalizeTag(tag: unknown, defined: NonNullable<TagsFileRead['tags']>): NormalizedTag | undefined {
  if (typeof tag === 'string') {
    return Object.hasOwn(defined, tag) ? { ...defined[tag], defined: true } : { label: tag, permalink: kebabCase(tag), defined: false };
  }
  const { label, permalink } = (tag ?? {}) as { label?: unknown; permalink?: unknown };
  return typeof permalink === 'string' ? { label: typeof label === 'string' ? label : '', permalink, defined: false } : undefined;
}
