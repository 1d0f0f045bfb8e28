/**
 * Names a site's own remark plugins take away before MDX compiles a page. Rule `mdx-undefined`
 * judges the names a page uses as written, but a plugin of its docs instance's
 * (`beforeDefaultRemarkPlugins`, `remarkPlugins`) may first replace an expression
 * (`{{optional}}` made a badge) or add the import a component needs (as npm2yarn imports Tabs).
 *
 * So, on a site with such plugins, a record that uses a name nothing provides is read again:
 * its tree parsed as the page's is, the plugins of the page's own instance run on it as
 * mdx-loader runs them (with the page's path and front matter), and only the names still free
 * after them are kept. Names are
 * only taken away, never added: Docusaurus's own plugins, which run between the two lists, do
 * not run here, so what the site's plugins add is not judged. A plugin that throws leaves the
 * record as it was. The result is cached under the page's hash and a key that covers the
 * plugins and their files (load-site.ts), so a warm run runs nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxFacts, MdxFreeName, PageRecord } from '../model/site.ts';
import type { CheckCache } from './check-cache.ts';
import type { SiteSyntax } from '../extract/site-syntax.ts';
import type { SiteTransforms } from './site-syntax.ts';
import { readPageFile, type PageFile } from './page-records.ts';
import { preprocessMdx } from '../extract/mdx-preprocess.ts';
import { siteSyntaxHash } from './site-syntax-records.ts';
import { MDX_PARTIAL_RENDER_SCOPE, isProvided } from '../extract/mdx-render-scope.ts';
import { trace } from './trace.ts';

/** What a thread that runs the plugins needs: their code, and the syntax the pages are parsed with. */
export interface LoadedTransforms {
  transforms: SiteTransforms;
  syntax?: SiteSyntax;
}

/**
 * Whether the transforms can change what the rule says of the record: only where it uses a name
 * that neither MDX nor `@theme/MDXComponents` (`provided`) gives it, and parses. (A partial sees
 * less than a page: its scope, the smaller, is the one asked.)
 */
export const mayLoseNames = (mdx: MdxFacts | undefined, provided: ReadonlySet<string>) => !mdx?.syntaxError && (mdx?.freeNames.some((name) => !isProvided(name, provided, MDX_PARTIAL_RENDER_SCOPE)) ?? false);

/**
 * The transforms a page is compiled with, as withSiteTransforms asks them: the key its record
 * after them is cached under, and `load`, which loads their code (asked only when a record that
 * may lose names is not in the cache).
 */
export interface PageTransforms {
  key: string;
  load: () => Promise<LoadedTransforms | undefined>;
}

/**
 * `records` (of `files`) with the names the site's plugins take away left out. `transformsOf`:
 * the plugins a page is compiled with (its docs instance's), if any. `provided`: the names
 * `@theme/MDXComponents` provides, asked once some record uses a name.
 */
export async function withSiteTransforms(files: PageFile[], records: PageRecord[], cache: CheckCache, transformsOf: (page: PageFile) => PageTransforms | undefined, provided: () => ReadonlySet<string>): Promise<PageRecord[]> {
  const loading = new Map<string, Promise<LoadedTransforms | undefined>>();
  let providedNames: ReadonlySet<string> | undefined;
  const read: PageRecord[] = [];
  for (const [index, record] of records.entries()) {
    const page = files[index];
    const transforms = (record.mdx?.freeNames.length ?? 0) > 0 && mayLoseNames(record.mdx, (providedNames ??= provided())) ? transformsOf(page) : undefined;
    const hash = transforms ? cache.fileHash(page.file, page.size!, page.mtimeMs!) : undefined;
    if (!transforms || hash === undefined) {
      read.push(record);
      continue;
    }
    const key = siteSyntaxHash(hash, transforms.key); // the same kind of key as a record read with a syntax
    const known = cache.record(key);
    if (known) {
      read.push(known);
      continue;
    }
    if (!loading.has(transforms.key)) loading.set(transforms.key, transforms.load());
    const loaded = await loading.get(transforms.key);
    if (!loaded) {
      read.push(record);
      continue;
    }
    const { content, hash: now } = readPageFile(page.absolutePath);
    // A page changed since its first read is left as read: the next run reads it whole.
    const left = now === hash ? await namesLeft(content, page.absolutePath, record.frontMatter.data, loaded) : undefined;
    const transformed = left ? { ...record, mdx: keepingFreeNames(record.mdx!, left) } : record;
    if (now === hash) cache.addRecords([key], [transformed]);
    read.push(transformed);
  }
  if (loading.size > 0) trace('records after the site\'s remark plugins');
  return read;
}

/**
 * The Markdown files another content plugin compiles (blog posts, the Markdown pages of
 * src/pages) with the names their plugin's own remark plugins take away left out, as for pages
 * above. Those files are read anew on every run that builds the model (load/blog-posts.ts,
 * load/site-pages.ts), and so is this, for a file that uses a name nothing provides. `load`
 * gives the plugins a file is compiled with, if any.
 */
export async function contentAfterTransforms<Item extends { file: string; mdx?: MdxFacts; frontMatter: PageRecord['frontMatter'] }>(siteDir: string, items: Item[], provided: () => ReadonlySet<string>, load: () => Promise<(item: Item) => LoadedTransforms | undefined>): Promise<Item[]> {
  let transformsOf: ((item: Item) => LoadedTransforms | undefined) | undefined;
  let providedNames: ReadonlySet<string> | undefined;
  const read: Item[] = [];
  for (const item of items) {
    if ((item.mdx?.freeNames.length ?? 0) === 0 || !mayLoseNames(item.mdx, (providedNames ??= provided()))) {
      read.push(item);
      continue;
    }
    const transforms = (transformsOf ??= await load())(item);
    const absolutePath = path.join(siteDir, item.file);
    const left = transforms ? await namesLeft(fs.readFileSync(absolutePath, 'utf8'), absolutePath, item.frontMatter.data, transforms) : undefined;
    read.push(left ? { ...item, mdx: keepingFreeNames(item.mdx!, left) } : item);
  }
  return read;
}

/** The facts with only those of their free names that `left` still holds (same name, use and place). */
function keepingFreeNames(mdx: MdxFacts, left: MdxFreeName[]): MdxFacts {
  const place = ({ name, usage, line, column }: MdxFreeName) => `${name}\0${usage}\0${line}\0${column}`;
  const kept = new Set(left.map(place));
  const freeNames = mdx.freeNames.filter((name) => kept.has(place(name)));
  return freeNames.length === mdx.freeNames.length ? mdx : { ...mdx, freeNames };
}

/** The free names of the page's tree after the site's plugins ran on it; undefined when it cannot be told. */
export async function namesLeft(content: string, absolutePath: string, frontMatter: Record<string, unknown>, { transforms, syntax }: LoadedTransforms): Promise<MdxFreeName[] | undefined> {
  // Loaded here: only a site with plugins of its own, on a page that uses free names, gets here.
  const { unified } = require('unified') as typeof import('unified');
  const { mdxTreeOf, freeNamesOfTree } = require('../extract/mdx-parse.ts') as typeof import('../extract/mdx-parse.ts');
  const source = preprocessMdx(content);
  try {
    const processor = unified();
    for (const [plugin, options] of transforms.entries) processor.use(plugin, ...options);
    // The file as mdx-loader hands it to the processor: its path, and the page's front matter.
    const file = { value: source, path: absolutePath, data: { frontMatter, compilerName: 'server' } };
    const tree = (await processor.run(mdxTreeOf(source, syntax), file)) as Root;
    return freeNamesOfTree(tree, source);
  } catch {
    return undefined; // a plugin that needs more than the tree and the file: what it takes away stays unknown
  }
}
