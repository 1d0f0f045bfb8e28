/**
 * The site's installed Docusaurus packages, found where Docusaurus loads them from. The site's
 * own dependencies (`@docusaurus/core`, a preset) resolve from the site; what they load in turn
 * resolves from their own folders: preset-classic takes `@docusaurus/theme-classic` and
 * `@docusaurus/plugin-svgr` with its own `require.resolve`, core its `@docusaurus/utils`. With npm
 * or yarn all of them sit in the site's node_modules. pnpm keeps a package's dependencies beside
 * the package instead (`node_modules/.pnpm/<package>/node_modules/`), out of the site's reach:
 * looked up from the site alone, the classic theme was not there, and every `@theme/Tabs` import
 * was refused although the build takes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export interface DocusaurusPackages {
  /** `@docusaurus/core`'s folder, as the site resolves it. */
  coreDir?: string;
  /** The folders of the installed `@docusaurus/theme-*` packages, each once. */
  themeDirs: string[];
  /** The file `specifier` resolves to from the site, or else from one of its `@docusaurus` packages; undefined when from none. */
  resolve(specifier: string): string | undefined;
}

export function docusaurusPackages(siteDir: string): DocusaurusPackages {
  const siteRequire = createRequire(path.join(siteDir, 'package.json'));
  // Every @docusaurus folder on the site's module paths, nearest first: a site in a monorepo
  // keeps some packages in its own node_modules and the rest in the repository's.
  const lookupScopes = (siteRequire.resolve.paths('@docusaurus/core') ?? []).map((dir) => path.join(dir, '@docusaurus')).filter((dir) => fs.existsSync(dir));
  // The site's @docusaurus packages as Node finds them, each in the first folder that has it; then
  // what each of them loads, from the @docusaurus folder beside it (with npm, one of the above).
  const own = packagesIn(lookupScopes);
  const beside = packagesIn(unique([...own.values()].map((dir) => path.dirname(dir))));
  const themes = new Map([...own, ...[...beside].filter(([name]) => !own.has(name))].filter(([name]) => name.startsWith('theme-')));
  const requires = [siteRequire, ...[...own.values()].map((dir) => createRequire(path.join(dir, 'package.json')))];
  return {
    coreDir: packageDir(siteRequire, '@docusaurus/core'),
    themeDirs: [...themes.values()],
    resolve(specifier) {
      for (const require of requires) {
        try {
          return require.resolve(specifier);
        } catch {
          // not from this one
        }
      }
      return undefined;
    },
  };
}

/**
 * The packages in these @docusaurus folders by name, the first folder's first, each at its real
 * place: with npm a folder of its own, with pnpm a link into the store, beside what it depends on.
 */
function packagesIn(scopes: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const scope of scopes) {
    for (const entry of entriesIn(scope)) {
      if (found.has(entry.name)) continue;
      const dir = entry.isSymbolicLink() ? realDir(path.join(scope, entry.name)) : path.join(scope, entry.name);
      if (dir) found.set(entry.name, dir);
    }
  }
  return found;
}

/** The folder of the package `name` as `require` finds it; undefined when it is not installed. */
export function packageDir(require: NodeJS.Require, name: string): string | undefined {
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

const entriesIn = (dir: string): fs.Dirent[] => {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
};

const realDir = (dir: string): string | undefined => {
  try {
    return fs.realpathSync(dir);
  } catch {
    return undefined; // a broken link
  }
};

const unique = (items: string[]): string[] => [...new Set(items)];
