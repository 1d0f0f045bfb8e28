/**
 * Files a page imports that the build must read, read as the build reads them. Each stops the
 * bundle when it fails, minutes into a build:
 * - an SVG becomes a React component through SVGR, whose SVGO parser stops at an XML mistake;
 * - a JSON file is parsed as JSON;
 * - a stylesheet goes through css-loader, whose `@import`s and `url()`s must name files
 *   (load/stylesheets.ts);
 * - a file of a type no loader takes (`.txt`, `.yaml`, `.sh`…) is parsed as JavaScript, and run
 *   as the page loads (YAML's `name: fleet` parses, then fails: `fleet` is not defined);
 * - an inline loader (`!!raw-loader!./values.yaml`) must be installed;
 * - a module of Node.js (`fs`, `node:path`) does not exist in the browser bundle: the bundler
 *   takes a bare name only as an installed package of that name, and no `node:` address at all.
 * The loaders are Docusaurus's (@docusaurus/utils's file rules, core's JavaScript, CSS and MDX
 * rules); a site whose plugins may add loaders of their own (SiteSettings.mayAddLoaders) gets
 * warnings for the last two kinds instead of errors. An import through an inline loader skips
 * the other loaders, and an image written in Markdown (`![logo](./logo.svg)`) is no import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire, isBuiltin } from 'node:module';
import type { MdxFreeName, ModuleImport, UnreadableModule } from '../model/site.ts';
import { freeNamesOf } from '../extract/mdx-names.ts';
import { JAVASCRIPT_MODULE_SCOPE } from '../extract/mdx-render-scope.ts';
import { jsonErrorPlace } from './json-error-place.ts';
import { withoutByteOrderMark } from '../model/text-position.ts';
import { staticFoldersOf } from '../model/static-folders.ts';
import { stylesheetContext, stylesheetFailure, type IsFile, type StylesheetContext } from './stylesheets.ts';
import { INSTALL_HINT } from '../model/module-specifiers.ts';

export interface ImportingFile {
  file: string;
  imports: ModuleImport[];
}

export interface ImportedFilesOptions {
  /** The file an import names, absolute; undefined where the check does not follow it (packages, aliases, loaders). */
  fileOf(file: string, source: string): string | undefined;
  /** A plugin of the site may add loaders: files of other types may be read by them. */
  mayAddLoaders?: boolean;
  /** Packages the site's package.json declares: a loader there that is not installed needs an install, not an edit. */
  declared(): ReadonlySet<string>;
  /** The file a Docusaurus package resolves to where Docusaurus loads it from (load/docusaurus-packages.ts). */
  resolvePackage(specifier: string): string | undefined;
  /** Whether a path is a file, as the caller keeps track of what it looked at (a stylesheet's references). */
  isFile?: IsFile;
  /** The site's static folders, for a stylesheet's paths from the root; absent: the default (model/static-folders.ts). */
  staticFolders?: readonly string[];
}

const fileExists: IsFile = (file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;

/** Per importing file, the imports the build cannot read (absent when none). */
export function unreadableImports(siteDir: string, sources: ImportingFile[], options: ImportedFilesOptions): Record<string, UnreadableModule[]> | undefined {
  const found: Record<string, UnreadableModule[]> = {};
  const verdicts = new Map<string, Omit<UnreadableModule, 'source'> | undefined>();
  const readers = lazyReaders(options.resolvePackage);
  const loaderInstalled = installedLoaders(siteDir);
  let styles: StylesheetContext | undefined;
  for (const { file, imports } of sources) {
    for (const { source } of imports) {
      let verdict: Omit<UnreadableModule, 'source'> | undefined;
      if (source.includes('!')) {
        verdict = missingLoader(source, loaderInstalled, options);
      } else if (isBuiltin(source)) {
        verdict = nodeModuleVerdict(siteDir, source, options);
      } else {
        const target = options.fileOf(file, source);
        if (target === undefined) continue; // not followed, or not found: unresolvedImports says so
        if (!verdicts.has(target)) verdicts.set(target, unreadableFile(target, readers, options.mayAddLoaders === true, (styles ??= stylesheetContext(siteDir, options.staticFolders ?? staticFoldersOf({}), options.isFile ?? fileExists, options.declared, options.mayAddLoaders === true))));
        verdict = verdicts.get(target);
      }
      if (verdict) (found[file] ??= []).push({ source, ...verdict });
    }
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/** What the build makes of a file by its type: read as JSON, through SVGR, as JavaScript, or not read at all. */
function unreadableFile(file: string, readers: Readers, mayAddLoaders: boolean, styles: StylesheetContext): Omit<UnreadableModule, 'source'> | undefined {
  const name = path.basename(file);
  if (/\.css$/i.test(name)) {
    const failure = stylesheetFailure(file, styles);
    if (!failure) return undefined;
    const place = `${path.relative(styles.siteDir, failure.file).split(path.sep).join('/')}:${failure.line}:${failure.column}`;
    return { problem: `the build reads ${name} with css-loader, and ${place}: ${failure.problem}`, hint: failure.hint };
  }
  if (/\.json$/i.test(name)) {
    // The bundler drops a byte-order mark before it parses JSON (editors on Windows write one).
    const text = withoutByteOrderMark(fs.readFileSync(file, 'utf8'));
    try {
      JSON.parse(text);
      return undefined;
    } catch (error) {
      const { line, column } = jsonErrorPlace(text, error);
      const reason = String((error as Error).message).split('\n')[0].replace(/ (?:in JSON )?at position \d+.*$/, '');
      return { problem: `the build parses ${name} as JSON, and it does not parse (${name}:${line}:${column}: ${reason})`, hint: `fix ${name} there` };
    }
  }
  if (/\.svg$/i.test(name)) {
    const parse = readers.svg();
    const reason = parse && svgParseError(file, parse);
    return reason ? { problem: `SVGR cannot read the SVG (${reason})`, hint: 'fix the SVG file where it says (every tag closed, attributes quoted), or show it as an image, ![…](./file.svg), which the build does not parse' } : undefined;
  }
  if (KNOWN_TYPES.test(name) || readers.assetTypes().some((type) => type.test(name))) return undefined;
  const module = asJavaScriptModule(fs.readFileSync(file, 'utf8'));
  if (module.kind === 'exports') return undefined;
  const extension = path.extname(name) || 'extensionless';
  const unlessLoaded = mayAddLoaders ? `: the build stops unless a plugin of the site loads ${extension} files` : '';
  const hint = `load its text through raw-loader: write '!!raw-loader!' before the path in the import, and add raw-loader to the site's packages`;
  const noLoader = `no loader of the build takes ${extension} files`;
  if (module.kind === 'syntax-error') {
    return { problem: `${noLoader}, so it parses ${name} as JavaScript, which it is not (${name}:${module.reason})${unlessLoaded}`, hint, ...(mayAddLoaders ? { unsure: true as const } : {}) };
  }
  if (module.kind === 'undefined-name') {
    // YAML's `name: fleet` is JavaScript too: a label, then a read of `fleet`, which fails as the page loads.
    const { name: read, line, column } = module.read;
    return { problem: `${noLoader}, so it runs ${name} as JavaScript, where "${read}" is not defined (${name}:${line}:${column}): the page fails to render${unlessLoaded}`, hint, ...(mayAddLoaders ? { unsure: true as const } : {}) };
  }
  // It builds: the page gets an empty module instead of the file's text or data.
  return { problem: `${noLoader}, so it runs ${name} as JavaScript, which exports nothing: the page gets an empty module instead of the file's content`, hint, unsure: true };
}

/** Types the build reads as its own: scripts, styles, JSON, Markdown, WebAssembly (@docusaurus/core's webpack rules, and webpack's own). */
const KNOWN_TYPES = /\.(?:[cm]?[jt]sx?|css|json|mdx?|wasm)$/i;

/**
 * A module of Node.js imported by a page. Node resolves `fs` to its own module, but the bundler
 * makes the page for the browser too, where there is none: it looks for an installed package of
 * that name (`events`, `buffer` and `process` usually are, through other packages), and reads no
 * `node:` address. A plugin that configures the bundler may give it a fallback: then a warning.
 */
function nodeModuleVerdict(siteDir: string, source: string, options: ImportedFilesOptions): Omit<UnreadableModule, 'source'> | undefined {
  const mayAddLoaders = options.mayAddLoaders === true;
  const name = source.split('/')[0];
  // The bundler looks in node_modules folders from the site up, and from @docusaurus/core's own
  // (Docusaurus's webpack config puts that one first); a package's folder is enough, whatever its exports.
  const core = options.resolvePackage('@docusaurus/core/package.json');
  const starts = [siteDir, ...(core ? [path.dirname(core)] : [])];
  if (!source.startsWith('node:') && starts.some((start) => hasPackageFolder(start, name))) return undefined;
  const why = source.startsWith('node:') ? 'the bundler reads no "node:" address' : `no package "${name}" is installed to take its place`;
  return {
    problem: `a module of Node.js, which the browser bundle the build makes does not have (${why})${mayAddLoaders ? ': the build stops unless a plugin of the site gives the bundler a fallback for it' : ''}`,
    hint: 'a page cannot use Node.js: read files when the site builds, in a plugin (loadContent), or import the data itself (a JSON file); or remove the import',
    ...(mayAddLoaders ? { unsure: true as const } : {}),
  };
}

/** Whether a node_modules folder at `start` or above it holds a package `name`. */
function hasPackageFolder(start: string, name: string): boolean {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'node_modules', name, 'package.json'))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

/** Whether a loader resolves from the site, each name asked once: a site may name one loader in hundreds of imports (`!!raw-loader!…`). */
function installedLoaders(siteDir: string): (loader: string) => boolean {
  const require = createRequire(path.join(siteDir, 'package.json'));
  const known = new Map<string, boolean>();
  return (loader) => {
    let installed = known.get(loader);
    if (installed === undefined) {
      try {
        require.resolve(loader);
        installed = true;
      } catch {
        installed = false;
      }
      known.set(loader, installed);
    }
    return installed;
  };
}

/** An inline loader that is not installed: the build cannot resolve it. */
function missingLoader(source: string, installed: (loader: string) => boolean, options: ImportedFilesOptions): Omit<UnreadableModule, 'source'> | undefined {
  // `-!`, `!` and `!!` prefixes say which configured loaders to skip; `name!=!` names the result (a match resource).
  const request = source.includes('!=!') ? source.slice(source.indexOf('!=!') + 3) : source;
  const loaders = request.slice(0, request.lastIndexOf('!')).split('!').filter((part) => part !== '' && part !== '-').map((loader) => loader.split('?')[0]);
  for (const loader of loaders) {
    if (!installed(loader)) {
      const declared = options.declared().has(loader);
      return {
        problem: declared ? `the loader "${loader}" is in package.json but not installed: the build stops until it is` : `the loader "${loader}" is not installed`,
        hint: declared ? INSTALL_HINT : `add ${loader} to the site's packages (npm install --save ${loader})`,
        ...(declared ? { unsure: true as const } : {}),
      };
    }
  }
  return undefined;
}

/**
 * What the bundler makes of a text it takes for a JavaScript module (webpack's `javascript/auto`:
 * ES module or CommonJS): a syntax error stops the bundle; a read of a name nothing defines, in
 * code that runs as the module loads, stops the page's render; a module that exports nothing
 * gives an empty object. Reads inside functions may never run, and are left alone.
 */
type JavaScriptModule =
  | { kind: 'syntax-error'; reason: string }
  | { kind: 'undefined-name'; read: MdxFreeName }
  | { kind: 'exports' | 'exports-nothing' };

function asJavaScriptModule(text: string): JavaScriptModule {
  const { parse } = require('acorn') as typeof import('acorn');
  let program: import('acorn').Program;
  try {
    program = parse(text, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true, locations: true });
  } catch (error) {
    const { loc, message } = error as { loc?: { line: number; column: number }; message: string };
    return { kind: 'syntax-error', reason: `${loc?.line ?? 1}:${(loc?.column ?? 0) + 1}: ${message.replace(/ \(\d+:\d+\)$/, '')}` };
  }
  const free = freeNamesOf(program as never, { esm: true });
  const read = free.find(({ name, within }) => within === undefined && !JAVASCRIPT_MODULE_SCOPE.has(name));
  if (read) return { kind: 'undefined-name', read };
  const esmExports = program.body.some(({ type }) => type.startsWith('Export'));
  const commonJsExports = free.some(({ name }) => name === 'module' || name === 'exports');
  return { kind: esmExports || commonJsExports ? 'exports' : 'exports-nothing' };
}

type SvgParse = (text: string, from: string) => unknown;

interface Readers {
  /** The SVG parser of the SVGO that the site's SVGR plugin loads, or null for a site without the plugin (its SVGs are files). */
  svg(): SvgParse | null;
  /** The file types Docusaurus's file loaders take (images, fonts, media, documents). */
  assetTypes(): RegExp[];
}

/** Each loaded on first need: most sites import no such file. */
function lazyReaders(resolve: ImportedFilesOptions['resolvePackage']): Readers {
  let svg: SvgParse | null | undefined;
  let assetTypes: RegExp[] | undefined;
  // The classic preset loads plugin-svgr, core loads utils: each from its own folder.
  return {
    svg: () => (svg ??= svgParserOf(resolve('@docusaurus/plugin-svgr'))),
    assetTypes: () => (assetTypes ??= docusaurusAssetTypes(resolve('@docusaurus/utils'))),
  };
}

function svgParserOf(svgrPlugin: string | undefined): SvgParse | null {
  if (!svgrPlugin) return null;
  try {
    let from = svgrPlugin;
    for (const name of ['@svgr/webpack', '@svgr/plugin-svgo']) from = createRequire(from).resolve(name);
    return (createRequire(from)('svgo/lib/parser.js') as { parseSvg: SvgParse }).parseSvg;
  } catch {
    return null;
  }
}

function docusaurusAssetTypes(utils: string | undefined): RegExp[] {
  const everyType = [/./]; // no Docusaurus to ask: take every type as read
  if (!utils) return everyType;
  try {
    const { getFileLoaderUtils } = createRequire(utils)(utils) as { getFileLoaderUtils(isServer: boolean): { rules: Record<string, () => { test: RegExp }> } };
    return Object.values(getFileLoaderUtils(false).rules).map((rule) => rule().test);
  } catch {
    return everyType;
  }
}

/** SVGO's parser's complaint about an SVG file (`logo.svg:1:89: Invalid attribute name`), or undefined when it reads it. */
function svgParseError(file: string, parseSvg: SvgParse): string | undefined {
  try {
    parseSvg(fs.readFileSync(file, 'utf8'), path.basename(file));
    return undefined;
  } catch (error) {
    const { reason, line, column } = error as { reason?: string; line?: number; column?: number };
    return reason ? `${path.basename(file)}:${line}:${column}: ${reason}` : String((error as Error).message).split('\n')[0];
  }
}
