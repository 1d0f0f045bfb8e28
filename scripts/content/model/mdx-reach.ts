/**
 * Which of an MDX file's functions run when Docusaurus builds the site, as far as its code
 * shows. What runs as the module loads or the page renders runs; a top-level declaration's
 * functions run when code that runs reads the declaration (a page that renders `<Box />` or
 * writes `{helper()}`), or when another file imports it by name and may render it there; an
 * event handler never runs in the build. A read that only unreached code makes cannot stop the
 * build (extract/mdx-deferred.ts collects the reads).
 */
import type { MdxFacts } from './site.ts';

/**
 * The names read by code of the file that runs, or undefined when the file defers no read (then
 * every read runs). `importedByOthers`: the names other files import from this one, `*` for all.
 */
export function namesReadWhereRun(mdx: MdxFacts, importedByOthers: readonly string[] = []): ReadonlySet<string> | undefined {
  const { deferred } = mdx;
  if (!deferred) return undefined;
  const everyExport = importedByOthers.includes('*');
  const exportedOut = new Set(everyExport ? (mdx.exported ?? []).map(({ name }) => name) : importedByOthers);
  const read = new Set(deferred.eager);
  const waiting = deferred.declarations.filter(({ declares }) => declares.length > 0);
  // Each pass adds what the declarations read that are now reached; at most one pass per declaration.
  for (let added = true; added; ) {
    added = false;
    for (let i = 0; i < waiting.length; i++) {
      const { declares, reads } = waiting[i];
      if (!declares.some((name) => read.has(name) || exportedOut.has(name))) continue;
      for (const name of [...declares, ...reads]) read.add(name);
      waiting.splice(i--, 1);
      added = true;
    }
  }
  return read;
}

/** Whether a read inside the functions of `within` (an event handler when empty) runs in the build. */
export function runsInBuild(within: readonly string[] | undefined, readWhereRun: ReadonlySet<string> | undefined): boolean {
  if (within === undefined) return true;
  if (within.length === 0) return false;
  return readWhereRun === undefined || within.some((name) => readWhereRun.has(name));
}
