/**
 * Which partials a file renders: those its imports reach, directly or through other partials, and
 * of those, the ones whose headings and ids reach the built page (all but those a `<Tabs lazy>`
 * or a childless component leaves out: hidden-partials.ts). Docs, blog posts and Markdown pages
 * of src/pages render partials alike, so the check's index and the routes' anchors ask here.
 */
import type { PartialPage, Position } from './site.ts';
import { hiddenPartialsOf, type PartialImporter } from './hidden-partials.ts';
import { defaultImportsOf } from './default-imports.ts';

/** The partials `importer` renders, directly or through other partials, each once, in the order first met. */
export function partialsReachedFrom(importer: Pick<PartialImporter, 'imports'>, partialByFile: ReadonlyMap<string, PartialPage>): PartialPage[] {
  const found = new Map<string, PartialPage>();
  const visit = (imports: PartialImporter['imports']) => {
    for (const { file, exists } of imports) {
      const partial = exists ? partialByFile.get(file) : undefined;
      if (partial && !found.has(partial.file)) {
        found.set(partial.file, partial);
        visit(partial.imports);
      }
    }
  };
  visit(importer.imports);
  return [...found.values()];
}

/**
 * The partials of `page` (all it renders: `partials`, from partialsReachedFrom) whose headings
 * and ids reach the built page. `compilesAsMdx`: whether a file is compiled as MDX.
 */
export function partialsShownIn(page: PartialImporter, partials: readonly PartialPage[], compilesAsMdx: (file: PartialImporter) => boolean): readonly PartialPage[] {
  if (partials.length === 0) return partials;
  const hidden = hiddenPartialsOf(page, partials, compilesAsMdx);
  return hidden.size === 0 ? partials : partials.filter(({ file }) => !hidden.has(file));
}

/**
 * Of the partials `page` shows (`shown`, from partialsShownIn), those its text before `marker`
 * renders, with those they render: what a blog's list pages show of a post cut at its truncate
 * marker (the blog compiles the text before it alone). A partial counts when an element of its
 * import (`<Ports />`, `{<Ports />}`) or a `{Ports}` starts before the marker, on an earlier line
 * or on its line. All of them without a marker.
 */
export function partialsShownAbove(page: PartialImporter, marker: Position | undefined, shown: readonly PartialPage[]): readonly PartialPage[] {
  if (marker === undefined || shown.length === 0) return shown;
  const mdx = page.mdx;
  const before = ({ line, column }: Position) => line < marker.line || (line === marker.line && column < marker.column);
  const usedAbove = (name: string) => [...(mdx?.componentProps ?? []), ...(mdx?.expressionComponents ?? []), ...(mdx?.renderedNames ?? [])].some((use) => use.name === name && before(use));
  const above = mdx ? page.imports.filter(({ source }) => defaultImportsOf(mdx, source).some(usedAbove)) : [];
  // Through the shown ones only: what only a hidden partial renders is hidden too (hidden-partials.ts).
  const reached = new Set(partialsReachedFrom({ imports: above }, new Map(shown.map((partial) => [partial.file, partial]))).map(({ file }) => file));
  return shown.filter(({ file }) => reached.has(file));
}

/** Where a post's truncate marker starts (BlogPost.truncatedAt), or undefined when it has none. */
export const truncateMarkerOf = ({ truncatedAt, truncatedAtColumn }: { truncatedAt?: number; truncatedAtColumn?: number }): Position | undefined =>
  (truncatedAt === undefined ? undefined : { line: truncatedAt, column: truncatedAtColumn ?? 1 });
