/**
 * Stylesheets as the build reads them. css-loader hands every `@import` and every `url()` of a
 * declaration to the bundler, which stops the build at one that names no file ("Can't resolve
 * '../img/hero.png'"); a sheet postcss cannot parse stops it too. This holds for the theme's
 * `customCss` and for any stylesheet a page or a component imports.
 *
 * Addresses the bundler leaves alone, as css-loader decides (its isURLRequestable): `data:`,
 * `#fragment`, `//host/…`, anything with a scheme (`https:`). A path from the root
 * (`/img/hero.png`) is looked for in the static folders, then in the site's folder, as webpack's
 * `resolve.roots` in Docusaurus; one from `@site/` in the site's folder. A name that is no path
 * may be a package's file or an alias: only one that resolves no way the build could is
 * reported. A custom property's `url()` (`--hero: url(…)`) is resolved like any other.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { rootedCandidates } from './rooted-paths.ts';
import { positionAt } from '../model/text-position.ts';
import { staticFoldersInWords } from '../model/static-folders.ts';
import { packageNameOf } from '../model/module-specifiers.ts';

/** The first reference a stylesheet (or one it imports) makes that the build cannot follow. */
export interface StylesheetFailure {
  /** The stylesheet that holds it, absolute. */
  file: string;
  line: number;
  column: number;
  problem: string;
  hint: string;
}

/** Whether a path is a file: the caller's, so that what was looked at is remembered (a report holds only while those files are as they were). */
export type IsFile = (file: string) => boolean;

/** Where the references of a site's stylesheets are looked for. */
export interface StylesheetContext {
  siteDir: string;
  /** The site's static folders, where a path from the root is looked for first (model/static-folders.ts). */
  staticFolders: readonly string[];
  isFile: IsFile;
  /**
   * Whether a name that is neither a path nor an installed package's file may still be found:
   * a package the site declares but has not installed, or an alias or PostCSS plugin of one of
   * the site's plugins (`@import "tailwindcss"`).
   */
  mayResolveElsewhere(request: string): boolean;
}

/** The context of a site: a name may resolve elsewhere when its package is declared, when it is an alias of Docusaurus's, or when a plugin of the site may add aliases and loaders. */
export function stylesheetContext(siteDir: string, staticFolders: readonly string[], isFile: IsFile, declared: () => ReadonlySet<string>, mayAddLoaders: boolean): StylesheetContext {
  return {
    siteDir,
    staticFolders,
    isFile,
    mayResolveElsewhere: (request) => {
      if (mayAddLoaders || /^@(?:theme|theme-original|theme-init|generated|docusaurus)\//.test(request)) return true;
      const name = packageNameOf(request);
      return name !== undefined && declared().has(name);
    },
  };
}

/** The first such reference, or none. */
export const stylesheetFailure = (file: string, context: StylesheetContext): StylesheetFailure | undefined => stylesheetFailures(file, context)[0];

/** Every such reference in a stylesheet and in those it imports, in the order the build meets them; `seen`: stylesheets already read (each is read once). */
export function stylesheetFailures(file: string, context: StylesheetContext, seen = new Set<string>()): StylesheetFailure[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const postcss = require('postcss') as typeof import('postcss');
  const valueParser = require('postcss-value-parser') as typeof import('postcss-value-parser');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  let root: import('postcss').Root;
  try {
    root = postcss.parse(text, { from: file });
  } catch (error) {
    const { reason, line, column } = error as { reason?: string; line?: number; column?: number };
    return [{ file, line: line ?? 1, column: column ?? 1, problem: `postcss cannot parse it (${reason ?? String(error)})`, hint: 'fix the stylesheet there: every block closed, every string ended' }];
  }
  const failures: StylesheetFailure[] = [];
  root.walk((node) => {
    if (node.type === 'atrule' && node.name.toLowerCase() === 'import') {
      const first = valueParser(node.params).nodes.find((part) => part.type !== 'space' && part.type !== 'comment');
      const reference = first?.type === 'string' ? first.value : first?.type === 'function' && first.value.toLowerCase() === 'url' ? urlOf(first) : undefined;
      if (reference === undefined || !requestable(reference)) return;
      const target = resolved(reference, file, context, ['', '.css']);
      const place = positionAt(text, node.source?.start?.offset ?? 0);
      if (target === null) failures.push({ file, ...place, problem: `@import "${reference}" resolves to no file`, hint: 'fix the path (relative to this stylesheet), or add the stylesheet' });
      else if (target !== undefined && /\.css$/i.test(target)) failures.push(...stylesheetFailures(target, context, seen));
      return;
    }
    if (node.type !== 'decl' || !/url\(/i.test(node.value)) return;
    const valueStart = (node.source?.start?.offset ?? 0) + node.prop.length + (node.raws.between ?? ':').length;
    valueParser(node.value).walk((part) => {
      if (part.type !== 'function' || part.value.toLowerCase() !== 'url') return;
      const reference = urlOf(part);
      if (!requestable(reference)) return;
      if (resolved(reference, file, context, ['']) !== null) return;
      // The offset inside the value holds where the value is written as it was (no comments inside it).
      const offset = node.raws.value ? node.source?.start?.offset ?? 0 : valueStart + part.sourceIndex;
      failures.push({ file, ...positionAt(text, offset), problem: `url("${reference}") resolves to no file`, hint: `fix the path (relative to this stylesheet, or from ${staticFoldersInWords(context.staticFolders)} with a leading /), or add the file` });
    });
  });
  return failures;
}

function urlOf(node: import('postcss-value-parser').FunctionNode): string {
  const inner = node.nodes.filter((part) => part.type !== 'space');
  return inner.length === 1 && (inner[0].type === 'string' || inner[0].type === 'word') ? inner[0].value.trim() : inner.map((part) => part.value).join('').trim();
}

/** Whether css-loader asks the bundler for it. */
function requestable(reference: string): boolean {
  if (reference === '' || reference.startsWith('//') || reference.startsWith('#')) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference) && !/^[a-z]:[\\/]/i.test(reference)) return /^file:/i.test(reference);
  // Template placeholders and the like: css-loader leaves them as written.
  return !/^[{}[\]#*;,'§$%&(=?`´^°<>]/.test(reference);
}

/**
 * The file a reference names, as webpack's resolver finds it for css-loader: undefined when it
 * is not a file of the site's to read further (a package's file, or one found elsewhere), null
 * when nothing answers to it.
 */
function resolved(reference: string, from: string, { siteDir, staticFolders, isFile, mayResolveElsewhere }: StylesheetContext, extensions: string[]): string | null | undefined {
  const written = reference.replace(/^file:\/\//i, '').split(/[?#]/)[0];
  // `~` asks for a module (`~@site/static/img/x.png`, `~some-package/x.css`): only the site's own are read here.
  if (written.startsWith('~') && !written.startsWith('~@site/')) return undefined;
  const request = safeDecode(written.replace(/^~/, ''));
  const bases = request.startsWith('/') ? rootedCandidates(siteDir, staticFolders, request)
    : request.startsWith('@site/') ? [path.join(siteDir, request.slice('@site/'.length))]
    : [path.resolve(path.dirname(from), request)];
  for (const base of bases) for (const extension of extensions) if (isFile(base + extension)) return base + extension;
  if (/^(?:\.{0,2}\/|@site\/)/.test(request)) return null;
  // `url(img.png)` is tried as `./img.png`, then as a module: a package's file, or an alias.
  try {
    createRequire(from).resolve(request);
    return undefined;
  } catch {
    return mayResolveElsewhere(request) ? undefined : null;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
