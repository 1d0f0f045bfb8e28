/**
 * Require a module while some of its dependencies wait: during that require, each is a
 * stand-in that loads the real module on first use, and may answer some names at once from a
 * light file of the same package. The module is still the package's own code; only the moment
 * its dependencies load moves.
 *
 * Docusaurus's docs front matter schema (front-matter-schema.ts) is built from Joi and from
 * @docusaurus/utils-validation. What it needs of the rest at load time is one constant of
 * @docusaurus/utils; the rest of that package (webpack, git, globbing helpers: about 300
 * modules) only inside validators that docs front matter never calls. And utils-validation's
 * index loads its tags-file reader and its option validators (fs-extra, lodash, js-yaml, chalk)
 * only to re-export them through getters, which the schema never calls.
 * Switched off with FAQ_CHECK_WITHOUT=deferred-utils (scripts/mechanisms.ts).
 */
import Module, { createRequire } from 'node:module';
import path from 'node:path';

export interface Deferred {
  /** The dependency as the module that requires it names it, e.g. `@docusaurus/utils` or `./tagsFile`. */
  specifier: string;
  /** A package whose main file requires it, to resolve it as that file does. */
  requiredFrom: string;
  /** A file next to the dependency's file holding what the stand-in answers at once (without it, every use loads the dependency). */
  eagerFile?: string;
}

type Exports = Record<string | symbol, unknown>;

export function requireDeferring<T>(from: string, specifier: string, deferred: Deferred[]): T {
  const require = createRequire(from);
  const placed: Array<{ file: string; standIn: Module }> = [];
  for (const dependency of deferred) {
    const file = createRequire(require.resolve(dependency.requiredFrom)).resolve(dependency.specifier);
    if (require.cache[file]) continue; // loaded already: nothing to wait for
    const standIn = standInFor(require, file, dependency.eagerFile);
    require.cache[file] = standIn;
    placed.push({ file, standIn });
  }
  try {
    return require(specifier) as T;
  } finally {
    // Later requires of the dependencies get the real modules.
    for (const { file, standIn } of placed) if (require.cache[file] === standIn) delete require.cache[file];
  }
}

/** A module in the cache in place of `file`, whose exports load the real one on first use beyond `eagerFile`. */
function standInFor(require: NodeJS.Require, file: string, eagerFile: string | undefined): Module {
  const eager = eagerFile === undefined ? {} : require(path.join(path.dirname(file), eagerFile)) as Exports;
  let whole: Exports | undefined;
  const standIn = new Module(file);
  const load = (): Exports => {
    if (!whole) {
      if (require.cache[file] === standIn) delete require.cache[file];
      whole = require(file) as Exports;
    }
    return whole;
  };
  standIn.filename = file;
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
  return standIn;
}
