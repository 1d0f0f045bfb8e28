/**
 * Hugo-style page ordering, shared by the sidebars and anything else that lists pages.
 *
 * A page's place comes from `sidebar_position` when it sets one (Docusaurus's own key wins),
 * otherwise from its `weight` (Hugo's key: lower comes first), otherwise from its file name's number
 * prefix (`01-intro.md`), as in Docusaurus. Pages with none come after every ordered page. Ties are
 * broken by title. What each field may hold is decided in front-matter-schema.ts.
 */
import { sidebarPositionOf, weightOf } from './front-matter-schema.ts';

export interface Orderable {
  /** `sidebar_position` ?? `weight` ?? number prefix, or undefined when the page has none. */
  position: number | undefined;
  title: string;
}

/**
 * The position a page asks for, or `numberPrefix` (the position Docusaurus reads from the file
 * name) when its front matter sets none. Values the check refuses (`weight: 1.5`, `weight: heavy`)
 * count as unset here: the check reports them, and the sidebar should still render.
 */
export function positionFromFrontMatter(frontMatter: Record<string, unknown>, numberPrefix?: number): number | undefined {
  return sidebarPositionOf(frontMatter) ?? weightOf(frontMatter) ?? numberPrefix;
}

const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Comparator: positioned pages first (ascending), then unpositioned; ties by title. */
export function compareOrderables(a: Orderable, b: Orderable): number {
  const aHas = a.position !== undefined;
  const bHas = b.position !== undefined;
  if (aHas !== bHas) return aHas ? -1 : 1;
  if (aHas && bHas && a.position !== b.position) return (a.position as number) - (b.position as number);
  return titleCollator.compare(a.title, b.title);
}

/** A sorted copy; the input is left alone. Array#sort is stable, so equal items keep input order. */
export function sortByOrder<T>(items: readonly T[], toOrderable: (item: T) => Orderable): T[] {
  const keyed = items.map((item) => ({ item, key: toOrderable(item) }));
  keyed.sort((a, b) => compareOrderables(a.key, b.key));
  return keyed.map(({ item }) => item);
}
