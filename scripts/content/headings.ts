/**
 * Heading ids exactly as Docusaurus makes them (mdx-loader's `headings` plugin): an explicit
 * `{#custom-id}` suffix wins; otherwise github-slugger's slug of the plain text, with a per-page
 * slugger so a repeated heading gets `-1`, `-2`. Custom ids are not fed to the slugger, as in
 * Docusaurus.
 */
import GithubSlugger from 'github-slugger';

// Docusaurus's "classic" custom id syntax: trailing `{#id}` (see parseMarkdownHeadingId).
const CUSTOM_ID = /\s*\{#((?:.(?!\{#|\}))*.)\}$/;

export function splitCustomId(text: string): { text: string; id: string | undefined } {
  const match = CUSTOM_ID.exec(text);
  if (!match) return { text, id: undefined };
  return { text: text.replace(match[0], ''), id: match[1].trim() };
}

/** A slugger for one page: call `idFor` for each heading in document order. */
export function createHeadingIds(): { idFor(rawText: string, commentId?: string): { text: string; id: string } } {
  const slugger = new GithubSlugger();
  return {
    idFor(rawText, commentId) {
      if (commentId) return { text: rawText.trimEnd(), id: commentId };
      const { text, id } = splitCustomId(rawText);
      return { text, id: id ?? slugger.slug(text) };
    },
  };
}

/** `<!-- #my-id -->` as the last thing in a heading names its id (Docusaurus's comment syntax). */
export function commentHeadingId(html: string): string | undefined {
  const match = /^<!--([\s\S]*)-->$/.exec(html);
  if (!match || !match[1]) return undefined;
  const first = match[1].trim().split(' ')[0];
  return first.startsWith('#') ? first.slice(1) || undefined : undefined;
}
