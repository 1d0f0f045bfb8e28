/**
 * Hugo-style page ordering, shared by the sidebars and anything else that lists pages.
 *
 * A page's place comes from `sidebar_position` when it sets one (Docusaurus's own key wins),
 * otherwise from its `weight` (Hugo's key: lower comes first). Pages with neither come after
 * every ordered page. Ties are broken by title so the order never depends on file names.
 */

export interface Orderable {
  /** `sidebar_position` ?? `weight`, or undefined when the page sets neither. */
  position: number | undefined;
  title: string;
}

/** The position a page's front matter asks for, or undefined. Non-numbers are ignored here:
 * the writers' check reports them, the sidebar should still render. */
export function positionFromFrontMatter(frontMatter: Record<string, unknown>): number | undefined {
  const { sidebar_position: sidebarPosition, weight } = frontMatter;
  if (typeof sidebarPosition === 'number' && Number.isFinite(sidebarPosition)) return sidebarPosition;
  if (typeof weight === 'number' && Number.isFinite(weight)) return weight;
  return undefined;
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
