/**
 * Reads that run only if a function runs. MDX compiles a page's ESM into its module: a
 * declaration's functions (`export const helper = () => name`) run only when something calls
 * them, and an event handler (`onClick={() => name()}`) never runs in the build. A name only
 * such code reads may be undefined, and the page still builds. These helpers collect what each
 * part of a page reads where, the same way whether the parser or mdx-simple.ts reads the part,
 * and merge the parts; model/mdx-reach.ts then works out which functions run.
 */
import type { DeferredReads, MdxFreeName } from '../model/site.ts';

/** What one page, or one part of it, reads: the bound names read as it loads or renders, and what each declaration's functions read. */
export interface DeferredLog {
  eager: Set<string>;
  declarations: Map<string, { declares: string[]; reads: Set<string> }>;
}

export const newDeferredLog = (): DeferredLog => ({ eager: new Set(), declarations: new Map() });

/** Record a read: as the page loads or renders, or (with `within`) inside the functions of the declaration binding those names. */
export function recordRead(log: DeferredLog, name: string, within: string[] | undefined): void {
  if (within === undefined) {
    log.eager.add(name);
    return;
  }
  const key = within.join(',');
  let declaration = log.declarations.get(key);
  if (!declaration) log.declarations.set(key, (declaration = { declares: within, reads: new Set() }));
  declaration.reads.add(name);
}

/**
 * The names of `names` that `bound` does not bind, as MDX sees them; the others were reads of
 * names the page binds, and are recorded as such.
 */
export function withoutBound(names: MdxFreeName[], bound: ReadonlySet<string>, log: DeferredLog): MdxFreeName[] {
  return names.filter((found) => {
    if (!bound.has(found.name)) return true;
    recordRead(log, found.name, found.within);
    return false;
  });
}

/** Add what a part read (its facts' `deferred`) to the page's log. */
export function addDeferred(log: DeferredLog, deferred: DeferredReads | undefined): void {
  if (!deferred) return;
  for (const name of deferred.eager) log.eager.add(name);
  for (const { declares, reads } of deferred.declarations) for (const name of reads) recordRead(log, name, declares);
}

/**
 * The log as facts of one part, in one order whoever read it: absent when it holds nothing.
 * A part keeps its eager reads even without functions: another part's functions may need them.
 */
export function deferredOf(log: DeferredLog): { deferred?: DeferredReads } {
  if (log.eager.size === 0 && log.declarations.size === 0) return {};
  const declarations = [...log.declarations.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { declares, reads }]) => ({ declares, reads: [...reads].sort() }));
  return { deferred: { eager: [...log.eager].sort(), declarations } };
}

/** A whole page's deferred reads: absent when no function defers any, so that every read counts as it did. */
export function pageDeferred(deferred: DeferredReads | undefined): { deferred?: DeferredReads } {
  return deferred && deferred.declarations.length > 0 ? { deferred } : {};
}
