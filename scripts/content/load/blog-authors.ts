/**
 * What the blog plugin makes of a blog's authors map (`authors.yml`, its `authorsMapPath`) and of
 * each post's `authors`, asked of the plugin's own functions: it loads the map as it loads the
 * blog's content (a map that does not parse, or that its schema refuses, stops the build), then
 * gives each published post its authors (a key the map lacks, a key without a map, `authors`
 * beside the older `author` keys, or one key named twice stops it), and makes the authors'
 * pages. Two authors whose pages share a permalink stop it too. Drafts are left out before their
 * authors are read.
 * The plugin's modules load most of @docusaurus/utils, a fifth of a second: they are loaded only
 * for a blog that has a map file or a post that names an author by key.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { normalizeUrl } from '@docusaurus/utils/lib/urlUtils.js';
import type { BlogPluginSettings, BlogPost } from '../model/site.ts';
import { joinUrl } from '../model/routes.ts';
import { appendTo } from '../model/append-to.ts';

export interface AuthorsVerdicts {
  /** Why the map stops the build, when it does: its file (site-relative) and the plugin's words. */
  map?: { file: string; message: string };
  /** Per post (site-relative file) whose authors stop the build, the plugin's words. */
  posts: Map<string, string>;
  /** The authors index's address without baseUrl: the blog makes it when its map names anyone (routes.js, createAuthorsRoutes). */
  index?: string;
  /** Per author with a page: its page's address without baseUrl, and the listed posts that name the author, which its pages list. */
  lists: Array<{ base: string; posts: BlogPost[] }>;
}

/** An author as the plugin normalizes the map's: its key, and its page's permalink (with baseUrl) when it has one. */
interface MapAuthor {
  key: string;
  page: { permalink: string } | null;
}

interface AuthorsModules {
  getAuthorsMap(params: { contentPaths: { contentPath: string }; authorsMapPath: string; authorsBaseRoutePath: string; baseUrl: string }): Promise<Record<string, MapAuthor> | undefined>;
  checkAuthorsMapPermalinkCollisions(authorsMap: Record<string, MapAuthor> | undefined): void;
  getBlogPostAuthors(params: { authorsMap: Record<string, MapAuthor> | undefined; frontMatter: Record<string, unknown>; baseUrl: string }): Array<{ key?: string | null }>;
  reportDuplicateAuthors(params: { authors: Array<{ key?: string | null }>; blogSourceRelative: string }): void;
}

export async function blogAuthorsVerdicts(siteDir: string, blog: BlogPluginSettings, posts: readonly BlogPost[], baseUrl: string): Promise<AuthorsVerdicts> {
  const verdicts: AuthorsVerdicts = { posts: new Map(), lists: [] };
  const contentPath = path.join(siteDir, blog.path);
  const published = posts.filter(({ draft }) => !draft);
  const mapFile = path.resolve(contentPath, blog.authorsMapPath);
  if (!fs.existsSync(mapFile) && !published.some(({ frontMatter }) => namesAuthorByKey(frontMatter.data.authors))) return verdicts;
  const { getAuthorsMap, checkAuthorsMapPermalinkCollisions, getBlogPostAuthors, reportDuplicateAuthors } = authorsModules();
  let authorsMap: Record<string, MapAuthor> | undefined;
  try {
    authorsMap = await getAuthorsMap({ contentPaths: { contentPath }, authorsMapPath: blog.authorsMapPath, authorsBaseRoutePath: normalizeUrl([baseUrl, blog.routeBasePath, blog.authorsBasePath]), baseUrl });
    checkAuthorsMapPermalinkCollisions(authorsMap); // as the plugin checks its map before it reads a post
  } catch (error) {
    verdicts.map = { file: path.relative(siteDir, mapFile).split(path.sep).join('/'), message: wordsOf(error) };
    return verdicts; // the build stops there, before any post's authors
  }
  const listedByAuthor = new Map<string, BlogPost[]>();
  for (const post of published) {
    const { file, blogData: data, unlisted } = post;
    // As the plugin reads it (`authors: 5` names the key "5"); one the schema refuses stops the build before (the front-matter rule).
    if (!data) continue;
    try {
      const authors = getBlogPostAuthors({ authorsMap, frontMatter: data, baseUrl });
      reportDuplicateAuthors({ authors, blogSourceRelative: inBlogFolder(blog, file) }); // throws on `authors: [jane, jane]`
      const keys = new Set(authors.map(({ key }) => key));
      if (!unlisted) for (const key of keys) if (typeof key === 'string') appendTo(listedByAuthor, key, post);
    } catch (error) {
      verdicts.posts.set(file, wordsOf(error));
    }
  }
  const withoutBaseUrl = (permalink: string) => (permalink.startsWith(baseUrl) ? `/${permalink.slice(baseUrl.length)}` : permalink);
  verdicts.lists = Object.values(authorsMap ?? {}).flatMap(({ key, page }) => (page ? [{ base: withoutBaseUrl(page.permalink), posts: listedByAuthor.get(key) ?? [] }] : []));
  if (Object.keys(authorsMap ?? {}).length > 0) verdicts.index = joinUrl(blog.routeBasePath, blog.authorsBasePath);
  return verdicts;
}

/**
 * The authors a post's front matter (as the blog's schema converted it) writes out in full, by
 * name, where the plugin finds no key (getBlogPostAuthors, `!author.key`): the older `author`
 * keys, or an entry of `authors` that is an object without `key`. The blog reports these as its
 * `onInlineAuthors` says, map or no map. Asked here rather than of the plugin, whose modules
 * cost a fifth of a second to load (tests/unit/blog-authors.test.ts holds the two to agreement).
 */
export function inlineAuthorsOf(data: Record<string, unknown>): string[] {
  const authors = data.authors === undefined ? [] : [data.authors].flat();
  const legacy = [data.author, data.author_title ?? data.authorTitle, data.author_url ?? data.authorURL, data.author_image_url ?? data.authorImageURL].some(Boolean);
  // Both at once is refused (authorsRefused): no inline authors then.
  if (legacy) return authors.length > 0 ? [] : [typeof data.author === 'string' && data.author !== '' ? data.author : 'an author without a name'];
  return authors.flatMap((author) => {
    if (typeof author !== 'object' || author === null || (author as { key?: unknown }).key) return [];
    const { name } = author as { name?: unknown };
    return [typeof name === 'string' && name !== '' ? name : JSON.stringify(author)];
  });
}

/** Whether `authors` names someone by a key of the map: a text, or a list holding one, or an object with a key. */
function namesAuthorByKey(authors: unknown): boolean {
  // A number is a key too: the schema makes it text.
  const byKey = (author: unknown) => typeof author === 'string' || typeof author === 'number' || (typeof author === 'object' && author !== null && 'key' in author);
  return Array.isArray(authors) ? authors.some(byKey) : authors !== undefined && byKey(authors);
}

/** A post's path in its blog's folder (or in the folder of its translation), as the plugin names it. */
function inBlogFolder(blog: BlogPluginSettings, file: string): string {
  const folder = blog.localizedPath !== undefined && file.startsWith(`${blog.localizedPath}/`) ? blog.localizedPath : blog.path;
  return path.posix.relative(folder || '.', file);
}

/** The plugin's message on one line, its cause's too ("looks invalid (not Yaml nor JSON)": why). */
function wordsOf(error: unknown): string {
  const { message, cause } = error as { message?: string; cause?: { message?: string } };
  const words = String(message ?? error).replace(/\s*\n\s*/g, ' ').trim();
  return cause?.message ? `${words} (${String(cause.message).split('\n')[0]})` : words;
}

let modules: AuthorsModules | undefined;
function authorsModules(): AuthorsModules {
  if (!modules) {
    const load = createRequire(__filename);
    const { getAuthorsMap, checkAuthorsMapPermalinkCollisions } = load('@docusaurus/plugin-content-blog/lib/authorsMap.js') as AuthorsModules;
    const { getBlogPostAuthors } = load('@docusaurus/plugin-content-blog/lib/authors.js') as AuthorsModules;
    const { reportDuplicateAuthors } = load('@docusaurus/plugin-content-blog/lib/authorsProblems.js') as AuthorsModules;
    modules = { getAuthorsMap, checkAuthorsMapPermalinkCollisions, getBlogPostAuthors, reportDuplicateAuthors };
  }
  return modules;
}
