/**
 * Heading ids exactly as Docusaurus makes them (mdx-loader's `headings` plugin): an explicit
 * `{#custom-id}` suffix wins; otherwise github-slugger's slug of the plain text, with a per-page
 * slugger so a repeated heading gets `-1`, `-2`. Custom ids are not fed to the slugger, as in
 * Docusaurus.
 */
import { slug } from 'github-slugger';
import type { Heading, RawHeading } from './site.ts';

// Docusaurus's "classic" custom id syntax: trailing `{#id}` (see parseMarkdownHeadingId).
const CUSTOM_ID = /\s*\{#((?:.(?!\{#|\}))*.)\}$/;

export function splitCustomId(text: string): { text: string; id: string | undefined } {
  const match = CUSTOM_ID.exec(text);
  if (!match) return { text, id: undefined };
  return { text: text.replace(match[0], ''), id: match[1].trim() };
}

// The same heading text comes back on many pages (and in every version): slug it once.
const slugs = new Map<string, string>();
const MAX_REMEMBERED_SLUGS = 100_000;

function slugOf(text: string): string {
  let result = slugs.get(text);
  if (result === undefined) {
    result = slug(text);
    if (slugs.size < MAX_REMEMBERED_SLUGS) slugs.set(text, result);
  }
  return result;
}

/** The slug that keeps the text's case (`markdown.anchors.maintainCase`): rare, not remembered. */
const slugKeepingCase = (text: string) => slug(text, true);

/**
 * A slugger for one page: call `idFor` for each heading in document order. Repeats are numbered
 * as GithubSlugger numbers them (`x`, `x-1`, `x-2`; a number already taken is skipped), with
 * the slugs themselves remembered across pages; tests/unit/headings.test.ts holds it to
 * GithubSlugger.
 */
export function createHeadingIds(maintainCase = false): {
  idFor(rawText: string, commentId?: string): { text: string; id: string; custom?: true; commentText?: string };
  /** The id of a heading whose plain text is `text` and that names no id of its own. */
  slugFor(text: string): string;
} {
  const occurrences = new Map<string, number>();
  const slugFor = maintainCase ? slugKeepingCase : slugOf;
  const uniqueSlug = (text: string) => {
    const base = slugFor(text);
    let result = base;
    while (occurrences.has(result)) {
      const count = occurrences.get(base)! + 1;
      occurrences.set(base, count);
      result = `${base}-${count}`;
    }
    occurrences.set(result, 0);
    return result;
  };
  return {
    idFor(rawText, commentId) {
      if (commentId) return { text: rawText.trimEnd(), id: commentId, custom: true, commentText: rawText };
      const { text, id } = splitCustomId(rawText);
      return id === undefined ? { text, id: uniqueSlug(text) } : { text, id, custom: true };
    },
    slugFor: uniqueSlug,
  };
}

/**
 * Headings with the id of each that names none of its own given again, in order, from its text
 * (in its own case, for `markdown.anchors.maintainCase`): after headings were dropped or what
 * names them changed. The text is what was slugged, so ids nothing changed come out the same.
 */
export function idsGivenAgain(headings: Heading[], maintainCase = false): Heading[] {
  const ids = createHeadingIds(maintainCase);
  return headings.map((heading) => (heading.custom ? heading : { ...heading, id: ids.slugFor(heading.text) }));
}

/** A page's headings, in document order, with the ids Docusaurus gives them. */
export function headingsWithIds(raw: RawHeading[]): Heading[] {
  const ids = createHeadingIds();
  return raw.map(({ depth, rawText, commentId, line, column, underlineBelow }) => ({ depth, ...ids.idFor(rawText, commentId), line, column, ...(underlineBelow === undefined ? {} : { underlineBelow }) }));
}

/** `<!-- #my-id -->` as the last thing in a heading names its id (Docusaurus's comment syntax). */
export function commentHeadingId(html: string): string | undefined {
  const match = /^<!--([\s\S]*)-->$/.exec(html);
  return match && match[1] ? commentContentId(match[1]) : undefined;
}

/** The id a heading's comment names (`<!-- #my-id -->`, or an MDX comment in braces): its first word, when that starts with `#`. */
export function commentContentId(comment: string): string | undefined {
  const first = comment.trim().split(' ')[0];
  return first.startsWith('#') ? first.slice(1) || undefined : undefined;
}
