/**
 * Partials that a page renders only in tabs that `<Tabs lazy>` leaves out of the build
 * (markdown-format.ts, lazyHiddenTabsIn). Docusaurus still compiles them, so a file link in them
 * that names no file stops the build as ever. But nothing in them reaches the built page: their
 * headings are no anchors, though the page's table of contents lists them, and their addresses
 * are never checked (a Docusaurus 3.10 build shows both: tests/site/agreement.test.ts, fixture
 * lazy-partial).
 *
 * An import counts as hidden only where that is sure: the file compiles as MDX, every element of
 * the import's name (`<Steps />`, `{<Steps />}`) lies in such a tab, there is at least one, and no `{Steps}`
 * renders it as a value. Anything else counts as rendered, as before. A partial that a hidden
 * partial renders is hidden too, unless another path renders it.
 */
import type { HiddenBy, MdxFacts, PartialPage, Position, ResolvedImport, TextSpan } from './site.ts';
import { childlessHolderOf, isInAny, unrenderedSpansIn } from './markdown-format.ts';
import { defaultImportsOf } from './default-imports.ts';

/** A file that imports partials: a page (with its front matter, which may set its format), or a partial. */
export interface PartialImporter {
  file: string;
  imports: readonly ResolvedImport[];
  mdx?: MdxFacts;
  frontMatter?: { data: Record<string, unknown> };
}

/**
 * Where the element that renders a partial in a left-out tab is: the importing file, and the
 * element's place in it; `by`, when the element is inside a component of the site's that never
 * renders its children instead (MdxFacts.childlessSpans).
 */
export type HiddenAt = Position & { file: string; by?: HiddenBy };

/**
 * The partials of `page` (all it renders, directly or not: `partials`) that reach the built
 * page by no path, each with the element that hides it (for a partial hidden through another,
 * that one's element). `compilesAsMdx`: whether a file is compiled as MDX (only there can a
 * `<Tabs lazy>` leave anything out).
 */
export function hiddenPartialsOf(page: PartialImporter, partials: readonly PartialPage[], compilesAsMdx: (file: PartialImporter) => boolean): Map<string, HiddenAt> {
  const hidden = new Map<string, HiddenAt>();
  if (!hasLazyTabs(page) && !partials.some(hasLazyTabs)) return hidden; // nearly every page
  const byFile = new Map(partials.map((partial) => [partial.file, partial]));
  // The partials some path renders, from the page down through rendered imports only.
  const shown = new Set<string>();
  const hiddenBy = new Map<string, HiddenAt>();
  const visit = (importer: PartialImporter) => {
    const spans = importer.mdx && compilesAsMdx(importer) ? unrenderedSpansIn(importer.mdx) : [];
    for (const imported of importer.imports) {
      const partial = imported.exists ? byFile.get(imported.file) : undefined;
      if (!partial || shown.has(partial.file)) continue;
      const element = spans.length > 0 ? onlyInHiddenTabs(importer.mdx!, imported.source, spans) : undefined;
      if (element) {
        if (!hiddenBy.has(partial.file)) hiddenBy.set(partial.file, { file: importer.file, ...element });
        continue;
      }
      shown.add(partial.file);
      visit(partial);
    }
  };
  visit(page);
  // What a hidden partial renders is hidden by the same element, unless shown by another path.
  const hide = (partial: PartialPage, at: HiddenAt) => {
    if (shown.has(partial.file) || hidden.has(partial.file)) return;
    hidden.set(partial.file, at);
    for (const imported of partial.imports) {
      const next = imported.exists ? byFile.get(imported.file) : undefined;
      if (next) hide(next, at);
    }
  };
  for (const [file, at] of hiddenBy) hide(byFile.get(file)!, at);
  return hidden;
}

const hasLazyTabs = (file: { mdx?: MdxFacts }) => file.mdx?.lazyHiddenTabs !== undefined || file.mdx?.childlessSpans !== undefined;

/** The first element of the import's default name, when every one of them (one at least) is in `spans` and none renders as `{name}`. */
function onlyInHiddenTabs(mdx: MdxFacts, source: string, spans: readonly TextSpan[]): Omit<HiddenAt, 'file'> | undefined {
  const names = defaultImportsOf(mdx, source);
  if (names.length === 0 || mdx.renderedNames?.some(({ name, path }) => !path && names.includes(name))) return undefined;
  // JSX in an expression or a prop (`{<Steps />}`) renders it as well as an element of its own.
  const elements = [...(mdx.componentProps ?? []), ...(mdx.expressionComponents ?? [])].filter(({ name }) => names.includes(name));
  if (elements.length === 0 || !elements.every((element) => isInAny(element, spans))) return undefined;
  const place = { line: elements[0].line, column: elements[0].column };
  const by = childlessHolderOf(mdx, place);
  return by ? { ...place, by } : place;
}
