/**
 * The reference extractor: links, headings and HTML anchors of one Markdown file, found with the
 * remark stack (remark-parse + remark-frontmatter, i.e. micromark, the parser family Docusaurus
 * itself uses). Exact but slow (about 0.4 MB/s); fast.ts must agree with it.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Heading as MdastHeading, Html, Nodes, Root } from 'mdast';
import type { CanonicalLink, MarkdownLink, PageExtract, RawHeading } from '../model/site.ts';
import { commentHeadingId, createHeadingIds } from '../model/headings.ts';
import { canonicalLinksIn, htmlIdsIn } from './html-attributes.ts';
import { normalizeLabel, type LabelReference } from './fast-inline.ts';
import { definitionUses, withDefinitionUses, type LabelledDefinition } from './definition-uses.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/** What micromark finds in a text, before heading ids are given (they depend on the whole page). */
export interface ReferenceParts {
  links: MarkdownLink[];
  headings: RawHeading[];
  /** Each id with the line of the HTML that holds it. */
  htmlIds: Array<{ id: string; line: number }>;
  canonicals: CanonicalLink[];
  /** The definitions: identifiers (normalized labels) and lines. */
  definitions: Array<{ identifier: string; line: number }>;
  /** The link and image references, with their lines (definition-uses.ts). */
  references: Array<LabelReference & { line: number }>;
}

export function extractReference(markdown: string): PageExtract {
  const parts = referenceParts(markdown);
  const ids = createHeadingIds();
  return {
    links: withDefinitionUses(parts.links, definitionUses(labelledDefinitions(parts), parts.references)),
    headings: parts.headings.map(({ depth, rawText, commentId, line, column }) => ({ depth, ...ids.idFor(rawText, commentId), line, column })),
    htmlIds: parts.htmlIds.map(({ id }) => id).sort(),
    canonicals: parts.canonicals,
  };
}

export function referenceParts(markdown: string): ReferenceParts {
  const tree = parser.parse(markdown) as Root;
  const parts: ReferenceParts = { links: [], headings: [], htmlIds: [], canonicals: [], definitions: [], references: [] };
  visit(tree, (node: Nodes) => {
    const start = node.position?.start;
    if (!start) return;
    switch (node.type) {
      case 'definition':
        parts.definitions.push({ identifier: node.identifier, line: start.line });
      // falls through: a definition is a link too
      case 'link':
      case 'image':
        parts.links.push({ url: node.url, kind: node.type, line: start.line, column: start.column });
        break;
      case 'linkReference':
      case 'imageReference':
        parts.references.push({ label: normalizeLabel(node.identifier), image: node.type === 'imageReference', line: start.line });
        break;
      case 'heading':
        parts.headings.push({ depth: node.depth, ...headingIdentity(node), line: start.line, column: start.column });
        break;
      case 'html':
        for (const id of htmlIdsIn(node.value)) parts.htmlIds.push({ id, line: start.line });
        parts.canonicals.push(...canonicalLinksIn(node.value, start));
        break;
    }
  });
  return parts;
}

/** The definitions' links, each with its label as the references give it. */
function labelledDefinitions(parts: ReferenceParts): LabelledDefinition[] {
  const links = parts.links.filter((link) => link.kind === 'definition');
  return links.map((link, index) => ({ link, label: normalizeLabel(parts.definitions[index].identifier) }));
}

/** Text and comment id as Docusaurus reads them: html children are left out of the text. */
function headingIdentity(heading: MdastHeading): { rawText: string; commentId?: string } {
  const last = heading.children.at(-1);
  const commentId = last?.type === 'html' ? commentHeadingId((last as Html).value) : undefined;
  const textNodes = heading.children.filter((child) => child.type !== 'html');
  const rawText = toString(textNodes.length > 0 ? textNodes : heading);
  return commentId === undefined ? { rawText } : { rawText, commentId };
}
