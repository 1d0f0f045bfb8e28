/**
 * Syntax that a site's own remark plugins add to Docusaurus's parser: remark-math's `$…$`, for
 * one, inside which `x<1` and `\frac{a}{b}` are math, not JSX or expressions. A plugin adds
 * syntax by handing micromark extensions to the processor (load/site-syntax.ts gathers them).
 *
 * Why a page without any of their characters reads as without them: micromark tries a
 * construct only at a character its extension names. So only texts that hold such a character
 * are read again with the extensions, whole and by the parser (page-record.ts); the fast paths
 * never see site syntax.
 */
import type { Processor } from 'unified';

/** Extensions for micromark and for mdast-util-from-markdown, in the order the plugins added them. */
export interface ParserExtensions {
  micromark: unknown[];
  fromMarkdown: unknown[];
}

export interface SiteSyntax {
  /** Names the plugins, their options and the characters: records read with the syntax are cached under it. */
  key: string;
  /** The plugins that add it, by name, for messages. */
  plugins: string[];
  /** The characters where some construct of the extensions may start; `any` when one may start anywhere. */
  triggers: string[] | 'any';
  /** Of `beforeDefaultRemarkPlugins`, placed before Docusaurus's own syntax. */
  before: ParserExtensions;
  /** Of `remarkPlugins`, placed after it. */
  after: ParserExtensions;
}

/** A remark plugin that adds extensions some plugins of the site added, in their order. */
export function withExtensions(extensions: ParserExtensions) {
  return function siteExtensions(this: Processor) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(...(extensions.micromark as NonNullable<typeof data.micromarkExtensions>));
    (data.fromMarkdownExtensions ??= []).push(...(extensions.fromMarkdown as NonNullable<typeof data.fromMarkdownExtensions>));
  };
}

/** Whether `text` holds a character where the site's syntax may start a construct. */
export function holdsSiteSyntax(text: string, syntax: SiteSyntax): boolean {
  if (syntax.triggers === 'any') return true;
  for (const character of syntax.triggers) if (text.includes(character)) return true;
  return false;
}

/** The maps of a micromark extension that say at which character codes its constructs start. */
const CONSTRUCT_MAPS = ['document', 'contentInitial', 'flowInitial', 'flow', 'string', 'text'] as const;

/**
 * The characters the extensions' constructs start at. `any` for a construct keyed by `null`
 * (tried everywhere) or by a line ending or white space, for an extension that disables a
 * construct or hooks into span resolution, and for mdast extensions without micromark ones
 * (they change how existing syntax becomes a tree).
 */
export function triggersOf({ micromark, fromMarkdown }: ParserExtensions): string[] | 'any' {
  if (micromark.length === 0) return fromMarkdown.length > 0 ? 'any' : [];
  const characters = new Set<string>();
  const visit = (extension: unknown): boolean => {
    if (Array.isArray(extension)) return extension.every(visit);
    if (!extension || typeof extension !== 'object') return true;
    const fields = extension as Record<string, Record<string, unknown> | undefined>;
    if (fields.disable || fields.insideSpan) return false;
    for (const code of Object.values(fields.attentionMarkers ?? {}).flat()) {
      if (typeof code !== 'number' || code < 0) return false;
      characters.add(String.fromCharCode(code));
    }
    for (const map of CONSTRUCT_MAPS) {
      for (const key of Object.keys(fields[map] ?? {})) {
        const code = Number(key);
        if (key === 'null' || !Number.isInteger(code) || code < 0) return false;
        characters.add(String.fromCharCode(code));
      }
    }
    return true;
  };
  return micromark.every(visit) ? [...characters].sort() : 'any';
}
