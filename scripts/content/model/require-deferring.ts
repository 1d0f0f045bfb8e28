/**
 * Require a module while one of its dependencies waits: during that require, the dependency
 * is a stand-in that answers from a light part of the same package and loads the whole
 * package on first use of anything else. The module is still the package's own code; only
 * the moment its dependency loads moves.
 *
 * Docusaurus's docs front matter schema (front-matter-schema.ts) needs one constant of
 * @docusaurus/utils to be built, and the rest of that package (webpack, git, globbing helpers:
 * about 300 modules, 80 ms here) only inside validators that docs front matter never calls.
 * Switched off with FAQ_CHECK_WITHOUT=deferred-utils (scripts/mechanisms.ts).
 */
import Module, { createRequire } from 'node:module';
import path from 'node:path';

export interface Deferred {
  /** The dependency as the module's package names it, e.g. `@docusaurus/utils`. */
  specifier: string;
  /** A package the module requires it from, to resolve it as the module does. */
  requiredFrom: string;
  /** A file of the dependency, next to its main file, that holds what the stand-in answers eagerly. */
  eagerFile: string;
}

type Exports = Record<string | symbol, unknown>;

export function requireDeferring<T>(from: string, specifier: string, deferred: Deferred): T {
  const require = createRequire(from);
  const requiredFrom = createRequire(require.resolve(deferred.requiredFrom));
  const main = requiredFrom.resolve(deferred.specifier);
  if (require.cache[main]) return require(specifier) as T; // loaded already: nothing to wait for
  const eager = require(path.join(path.dirname(main), deferred.eagerFile)) as Exports;
  let whole: Exports | undefined;
  const load = (): Exports => {
    if (!whole) {
      if (require.cache[main] === standIn) delete require.cache[main];
      whole = require(main) as Exports;
    }
    return whole;
  };
  const standIn = new Module(main);
  standIn.filename = main;
  standIn.loaded = true;
  standIn.exports = new Proxy({}, {
    get: (_, key) => (Object.hasOwn(eager, key) ? eager[key] : load()[key]),
    has: (_, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
      // A proxy may not report a property its target lacks as unconfigurable.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
  require.cache[main] = standIn;
  try {
    return require(specifier) as T;
  } finally {
    // Later requires of the dependency get the real module.
    if (require.cache[main] === standIn) delete require.cache[main];
  }
}
