/**
 * The browser's globals (the `globals` package's list) that Node lacks. The build renders each
 * page in Node: reading one there throws, and `typeof` of one is 'undefined'.
 */
let browserGlobals: ReadonlySet<string> | undefined;

export function isBrowserGlobal(name: string): boolean {
  // Loaded on first use: most pages read no global at all.
  browserGlobals ??= new Set(Object.keys((require('globals') as typeof import('globals')).browser).filter((global) => !(global in globalThis)));
  return browserGlobals.has(name);
}
