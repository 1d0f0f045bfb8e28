/**
 * Which file a page's or a module's import names, as Docusaurus's webpack resolves it:
 * relative paths, `@site/`, paths from the root, `@theme/`, `@theme-original/` and
 * `@theme-init/` (the theme aliases), Docusaurus's client modules, and packages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { rootedCandidates } from './rooted-paths.ts';
import { findConfigFile } from './site-config.ts';
import { resourceOf } from '../model/module-specifiers.ts';
import { packageDir, type DocusaurusPackages } from './docusaurus-packages.ts';
import { SCRIPT_MODULE } from './imports-behind.ts';
import { siteRelative, statOrUndefined, type Probe } from './file-probe.ts';

export const SCRIPT_EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js'];

/** A Markdown file, which a page may import as a partial or for its exports. */
export const MARKDOWN_MODULE = /\.mdx?$/;

/** `fileOf` for absolute importers, each named once as the resolver names them (a walk asks for every import of a file in turn). */
export function memoizedImporter(name: (importer: string) => string, fileOf: (importer: string, source: string) => string | undefined): (importer: string, source: string) => string | undefined {
  let last: string | undefined;
  let named = '';
  return (importer, source) => {
    if (importer !== last) [last, named] = [importer, name(importer)];
    return fileOf(named, source);
  };
}

/** The site's own module (not a package's) `source` names from `importer`, both absolute. */
export function siteModuleOfIn(siteDir: string, resolver: () => ModuleResolver): (importer: string, source: string) => string | undefined {
  return (importer, source) => {
    const file = resolver().fileOf(siteRelative(siteDir, importer), source);
    return file !== undefined && !file.split(path.sep).includes('node_modules') ? file : undefined;
  };
}

/** A script module of the site's own (not of a package): one whose imports and links the check reads. */
export const ownScript = (file: string | undefined) => (file !== undefined && !file.split(path.sep).includes('node_modules') && SCRIPT_MODULE.test(file) ? file : undefined);

/**
 * A module of the site's own whose `<Link>`s the code-links walk reads: a script, or a Markdown
 * file, whose ESM may export components (`import { Old } from './old.mdx'`, load/code-links.ts).
 */
export const ownLinkModule = (file: string | undefined) => ownScript(file) ?? (file !== undefined && !file.split(path.sep).includes('node_modules') && MARKDOWN_MODULE.test(file) ? file : undefined);

export function firstFile(dir: string, names: string[], probe: Probe): string | undefined {
  for (const name of names) for (const extension of SCRIPT_EXTENSIONS) {
    const file = path.join(dir, name + extension);
    if (probe(file)) return file;
  }
  return undefined;
}

/** The file a module of the site imports by a relative or `@site/` path; undefined for anything else. */
export function siteModuleFile(siteDir: string, importer: string, source: string, probe: Probe): string | undefined {
  if (source.startsWith('.')) return existingFile(path.resolve(path.dirname(importer), source), probe);
  if (source.startsWith('@site/')) return existingFile(path.join(siteDir, source.slice('@site/'.length)), probe);
  return undefined;
}

// The path as written, then webpack's extensions in Docusaurus (@docusaurus/core's webpack/base.js):
// no Markdown one, so `import Setup from './_setup'` finds no `_setup.md` in the build either.
const MODULE_EXTENSIONS = ['', '.wasm', '.mjs', '.js', '.jsx', '.ts', '.tsx', '.json'];
const INDEX_FILES = ['index.js', 'index.jsx', 'index.ts', 'index.tsx'];

export interface ModuleResolver {
  /** Whether `source`, imported by the site-relative `file`, resolves. Memoised per folder and source. */
  resolves(file: string, source: string): boolean;
  /** The file `source` resolves to, where the check reads modules' exports (see missingExportsOf); undefined elsewhere. */
  fileOf(file: string, source: string): string | undefined;
}

export function moduleResolver(siteDir: string, staticFolders: readonly string[], probe: Probe, packages: DocusaurusPackages): ModuleResolver {
  const themeDirs = themeFolders(siteDir, packages);
  const fallbackDir = themeDirs.find((dir) => dir.endsWith(path.join('client', 'theme-fallback')));
  const coreExports = (() => {
    try {
      return path.join(path.dirname(createRequire(path.join(siteDir, 'package.json')).resolve('@docusaurus/core/package.json')), 'lib', 'client', 'exports');
    } catch {
      return undefined;
    }
  })();
  const memo = new Map<string, boolean>();
  const files = new Map<string, string | undefined>();
  const fromOf = (file: string, source: string) => (resourceOf(source).startsWith('.') ? path.posix.dirname(file) : '');
  return {
    resolves(file, source) {
      const from = fromOf(file, source);
      const key = `${from}\0${source}`;
      let answer = memo.get(key);
      if (answer === undefined) memo.set(key, (answer = resolves(path.join(siteDir, from), source)));
      return answer;
    },
    fileOf(file, source) {
      const from = fromOf(file, source);
      const key = `${from}\0${source}`;
      if (!files.has(key)) files.set(key, moduleFileOf(path.join(siteDir, from), source));
      return files.get(key);
    },
  };

  /** Where webpack finds a module of the site, of a theme or of Docusaurus's client; undefined for packages and anything else. */
  function moduleFileOf(fromDir: string, source: string): string | undefined {
    if (resourceOf(source) !== source || /[?#]/.test(source)) return undefined; // a loader's output: no module to read
    if (source.startsWith('/')) return rootedFile(siteDir, staticFolders, source, probe);
    if (source.startsWith('.')) return existingFile(path.resolve(fromDir, source), probe);
    if (source.startsWith('@site/')) return existingFile(path.join(siteDir, source.slice('@site/'.length)), probe);
    const theme = /^@theme(-original|-init)?\/(.+)$/.exec(source);
    if (theme) return themeAliasFile(theme[1], theme[2]);
    const core = /^@docusaurus\/([A-Za-z][\w-]*)$/.exec(source);
    return core && coreExports ? existingFile(path.join(coreExports, core[1]), statOrUndefined) : undefined;
  }

  function resolves(fromDir: string, source: string): boolean {
    const bare = resourceOf(source).split(/[?#]/)[0];
    if (bare.startsWith('/')) return rootedFile(siteDir, staticFolders, bare, probe) !== undefined;
    if (bare.startsWith('.')) return fileExists(path.resolve(fromDir, bare), probe);
    if (bare.startsWith('@site/')) return fileExists(path.join(siteDir, bare.slice('@site/'.length)), probe);
    if (bare.startsWith('@generated/')) return true; // written by Docusaurus during the build
    const theme = /^@theme(-original|-init)?\/(.+)$/.exec(bare);
    if (theme) return themeAliasFile(theme[1], theme[2]) !== undefined;
    const core = /^@docusaurus\/([A-Za-z][\w-]*)$/.exec(bare);
    if (core && coreExports && SCRIPT_EXTENSIONS.some((extension) => fs.existsSync(path.join(coreExports, core[1] + extension)))) return true;
    return packageResolves(bare);
  }

  /**
   * The file of `@theme<prefix>/<component>`, as @docusaurus/core's webpack/aliases makes them
   * (createThemeAliases): `@theme/X` takes the site's src/theme first, then the last theme that
   * provides X; `@theme-original/X` that theme, never src/theme alone; `@theme-init/X` the FIRST
   * theme that provides X, and exists only when two or more do (else "Module not found"). The
   * themes in Docusaurus's order are its fallback, then the plugins' themes, a later one winning:
   * themeFolders lists those winner first, so their order is turned round here. A package's
   * folders (lib/theme, src/theme) count as one theme.
   */
  function themeAliasFile(prefix: string | undefined, component: string): string | undefined {
    if (prefix === undefined) {
      const own = existingFile(path.join(themeDirs[0], component), probe);
      if (own) return own;
    }
    if (prefix !== '-init') {
      // The winner is the first theme folder that has it: no need to look further (most imports).
      for (const dir of themeDirs.slice(1)) {
        const found = dir === fallbackDir ? undefined : existingFile(path.join(dir, component), probe);
        if (found) return found;
      }
      return fallbackDir ? existingFile(path.join(fallbackDir, component), probe) : undefined;
    }
    const byTheme = new Map<string, string>();
    for (const dir of themeDirs.slice(1)) {
      if (dir === fallbackDir) continue;
      const theme = dir.replace(/[\\/](?:lib|src|dist|dist[\\/]client[\\/]client)[\\/]theme$/, '');
      const found = byTheme.has(theme) ? undefined : existingFile(path.join(dir, component), probe);
      if (found) byTheme.set(theme, found);
    }
    const fallback = fallbackDir ? existingFile(path.join(fallbackDir, component), probe) : undefined;
    const providers = [...(fallback ? [fallback] : []), ...[...byTheme.values()].reverse()];
    return providers.length >= 2 ? providers[0] : undefined;
  }

  function packageResolves(specifier: string): boolean {
    const parts = specifier.split('/');
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    const require = createRequire(path.join(siteDir, 'package.json'));
    try {
      require.resolve(specifier);
      return true;
    } catch (error) {
      // ESM-only packages may have no `require` condition: the package and its file are enough.
      const code = (error as { code?: string }).code;
      if (code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') {
        try {
          const manifest = require.resolve(`${name}/package.json`);
          const exportsField = JSON.parse(fs.readFileSync(manifest, 'utf8')).exports;
          const subpath = specifier === name ? '.' : `./${specifier.slice(name.length + 1)}`;
          return Boolean(exportsField && typeof exportsField === 'object' && subpath in exportsField);
        } catch {
          return false;
        }
      }
      return false;
    }
  }
}

function fileExists(base: string, probe: Probe): boolean {
  return existingFile(base, probe) !== undefined;
}

/** The file webpack takes for a module path from the root (`/src/data/x.js`): load/rooted-paths.ts. */
function rootedFile(siteDir: string, staticFolders: readonly string[], source: string, probe: Probe): string | undefined {
  for (const candidate of rootedCandidates(siteDir, staticFolders, source)) {
    const found = existingFile(candidate, probe);
    if (found) return found;
  }
  return undefined;
}

/** The file webpack takes for `base`: as written, with one of its extensions, or a folder's index file. */
export function existingFile(base: string, probe: Probe): string | undefined {
  const isFile = (file: string) => probe(file)?.isFile() === true;
  const withExtension = MODULE_EXTENSIONS.map((extension) => base + extension).find(isFile);
  return withExtension ?? INDEX_FILES.map((index) => path.join(base, index)).find(isFile);
}

/**
 * Folders `@theme/…` may come from, in the order they are tried: the site's src/theme,
 * Docusaurus's fallback theme, the theme folders of packages the config names that are not
 * Docusaurus's own (and of the themes such a preset depends on: @ionic-docs/preset-classic
 * brings @ionic-docs/theme-classic), then the installed @docusaurus/theme-* packages
 * (load/docusaurus-packages.ts). A theme listed after the classic one replaces its components
 * of the same name, as Docusaurus's theme aliases let the later theme win.
 */
function themeFolders(siteDir: string, packages: DocusaurusPackages): string[] {
  const require = createRequire(path.join(siteDir, 'package.json'));
  const folders = [path.join(siteDir, 'src', 'theme')];
  if (packages.coreDir) folders.push(path.join(packages.coreDir, 'lib', 'client', 'theme-fallback'));
  const configFile = findConfigFile(siteDir);
  const named = configFile ? [...fs.readFileSync(configFile, 'utf8').matchAll(/['"]((?:@[\w.-]+\/)?[\w.-]+)['"]/g)].map((match) => match[1]) : [];
  const dirsOf = (names: string[]) => names.flatMap((name) => packageDir(require, name) ?? []);
  const ours = (name: string) => name.startsWith('@docusaurus/');
  const namedDirs = dirsOf([...new Set(named)].filter((name) => !ours(name)));
  for (const dir of new Set([...namedDirs, ...namedDirs.flatMap(themeDependencyDirs), ...packages.themeDirs, ...dirsOf([...new Set(named)].filter(ours))])) {
    for (const sub of ['lib/theme', 'dist/theme', 'dist/client/client/theme', 'src/theme']) {
      if (fs.existsSync(path.join(dir, sub))) folders.push(path.join(dir, sub));
    }
  }
  return folders;
}

/** The folders of a package's dependencies named as themes (`…/theme-classic`, `docusaurus-theme-x`), resolved from the package. */
function themeDependencyDirs(dir: string): string[] {
  let manifest: { dependencies?: Record<string, string> };
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  } catch {
    return [];
  }
  const require = createRequire(path.join(dir, 'package.json'));
  return Object.keys(manifest.dependencies ?? {}).filter((name) => /theme/.test(name) && !name.startsWith('@docusaurus/')).flatMap((name) => packageDir(require, name) ?? []);
}
