/**
 * The partials a site's pages render: each import resolved to a file, and those files read (with
 * the same records and cache as pages), following partials that import partials.
 */
import path from 'node:path';
import type { MarkdownFormat, PageRecord, PartialImport, PartialPage, ResolvedImport } from './site.ts';
import { extractAsCompiled, formatOf } from './markdown-format.ts';

/**
 * The file an import names, relative to the site dir: from the importing file's folder, or from
 * the site dir for `@site/`. It may lie outside the site folder, as a docs folder may
 * (`path: '../docs'`): webpack resolves it wherever it is.
 */
export function resolveImport(fromFile: string, imported: PartialImport, exists: (file: string) => boolean): ResolvedImport {
  if (imported.source.startsWith('/')) {
    // From the root: webpack's roots, the static folder, then the site's (load/module-resolver.ts, rootedFile).
    const candidates = [`static${imported.source}`, imported.source.slice(1)].map((file) => path.posix.normalize(file));
    const found = candidates.find(exists);
    return { ...imported, file: found ?? candidates[1], exists: found !== undefined };
  }
  const file = imported.source.startsWith('@site/')
    ? path.posix.normalize(imported.source.slice('@site/'.length))
    : path.posix.join(path.posix.dirname(fromFile), imported.source);
  return { ...imported, file, exists: exists(file) };
}

/**
 * Which of a site's content folders (a blog's `path`, the pages plugin's) holds a site-relative
 * file: that plugin's loader compiles every Markdown file there, partials too, whichever page
 * renders them. Undefined outside them all.
 */
export function folderHolding(file: string, folders: readonly string[]): string | undefined {
  return folders.find((folder) => file.startsWith(`${path.posix.normalize(folder).replace(/\/+$/, '')}/`));
}

export interface PartialSources {
  /** Read the records of these files (site-relative), in order. */
  read(files: string[]): Promise<PageRecord[]>;
  exists(file: string): boolean;
  /** The version whose docs folder holds the file, if any. */
  versionOf(file: string): string | undefined;
  /** The site's `markdown.format`: whether a partial is compiled as MDX. */
  format: MarkdownFormat;
  /** The site's `markdown.anchors.maintainCase`: heading ids keep their case. */
  maintainCase?: boolean;
}

/** Every partial reachable from `imports` (the pages' own), each read once. */
export async function readPartials(imports: ResolvedImport[], sources: PartialSources): Promise<PartialPage[]> {
  const partials = new Map<string, PartialPage>();
  const existing = (list: ResolvedImport[]) => list.flatMap(({ file, exists }) => (exists ? [file] : []));
  let wanted = [...new Set(existing(imports))];
  while (wanted.length > 0) {
    const records = await sources.read(wanted);
    wanted.forEach((file, i) => {
      const resolved = records[i].imports.map((imported) => resolveImport(file, imported, sources.exists));
      // Front matter that does not parse stops the MDX loader, in a partial as in a page.
      const yamlError = records[i].frontMatter.yamlError;
      const frontMatterError = yamlError && !yamlError.notKeyValues ? { frontMatterError: yamlError } : {};
      const keyLines = Object.values(records[i].frontMatter.keyLines);
      const frontMatterLine = !yamlError && Object.keys(records[i].frontMatter.data).length > 0 ? { frontMatterLine: keyLines.length > 0 ? Math.min(...keyLines) : 1 } : {};
      partials.set(file, { file, version: sources.versionOf(file), extract: extractAsCompiled(records[i].extract, records[i].mdx, formatOf(file, {}, sources.format), sources.maintainCase), imports: resolved, mdx: records[i].mdx, ...frontMatterError, ...frontMatterLine });
    });
    wanted = [...new Set(wanted.flatMap((file) => existing(partials.get(file)!.imports)))].filter((file) => !partials.has(file));
  }
  return [...partials.values()];
}
