/**
 * How a page's references use its definitions. Docusaurus reads a definition of a Markdown file
 * (`[faq]: ./faq.md`) whatever uses it, and leaves any other to what references it: a link
 * reference renders a link the build's link check follows (never a bundled file), an image
 * reference an `<img>` nothing checks or bundles, and an unused one nothing at all. As in
 * CommonMark, the first definition of a label takes its references; later ones are unused.
 */
import type { MarkdownLink } from '../model/site.ts';
import type { LabelReference } from './fast-inline.ts';

/** A definition's link with its label (normalized as the references' labels are). */
export interface LabelledDefinition {
  link: MarkdownLink;
  label: string;
}

/** Each used definition's link, with how it is used (MarkdownLink.usedBy). */
export function definitionUses(definitions: LabelledDefinition[], references: LabelReference[]): Map<MarkdownLink, 'link' | 'image'> {
  const uses = new Map<MarkdownLink, 'link' | 'image'>();
  if (definitions.length === 0 || references.length === 0) return uses;
  const usedAs = new Map<string, 'link' | 'image'>();
  for (const { label, image } of references) if (!image || !usedAs.has(label)) usedAs.set(label, image ? 'image' : 'link');
  const first = new Set<string>();
  const inOrder = [...definitions].sort((a, b) => a.link.line - b.link.line || a.link.column - b.link.column);
  for (const { link, label } of inOrder) {
    if (first.has(label)) continue;
    first.add(label);
    const use = usedAs.get(label);
    if (use) uses.set(link, use);
  }
  return uses;
}

/** `links` with each used definition marked. */
export function withDefinitionUses(links: MarkdownLink[], uses: Map<MarkdownLink, 'link' | 'image'>): MarkdownLink[] {
  if (uses.size === 0) return links;
  return links.map((link) => {
    const usedBy = uses.get(link);
    return usedBy ? { ...link, usedBy } : link;
  });
}
