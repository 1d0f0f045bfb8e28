/**
 * The posts of the site's blogs (SiteSettings.blogs), read as the blog plugin publishes them:
 * every file its globs take in its folder, at its route (model/blog-routes.ts), drafts left out
 * of a production build. Their headings are anchors a link from a doc may ask for: a link to
 * `/blog/2024/05/28/release#upgrade` stops the build when the post has no such heading, and one
 * to a post that is not there stops it too. The blog's own pages are listed where it makes them
 * (publishedBlogRoutes), its tags' and authors' pages among them. The authors the posts name are
 * the plugin's to judge (load/blog-authors.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BlogListKind, BlogPluginSettings, BlogPost, BlogTagsFile, MarkdownFormat, PartialPage } from '../model/site.ts';
import { extractAsCompiled, formatOf } from '../model/markdown-format.ts';
import { blogListings, type BlogListing, blogPostRoute, blogPostTime, hasFileDate, hasImpossibleFileDate, TRUNCATE_MARKER } from '../model/blog-routes.ts';
import { anchorListOf, anchorsWithPartials, type CodeAnchors, type ShownPartials, withCodeAnchors } from '../model/anchors.ts';
import { joinUrl, routeKey } from '../model/routes.ts';
import { recordOf } from '../extract/page-record.ts';
import { siteComponentReader } from './site-component-reader.ts';
import type { SiteSyntax } from '../extract/site-syntax.ts';
import { outsideGitWorkTree } from './git-work-tree.ts';
import { CONTENT_SKIPPED_DIRS, listFiles } from './walk.ts';
import { diskView, pageMatcher } from './disk-view.ts';
import { blogAuthorsVerdicts, inlineAuthorsOf, type AuthorsVerdicts } from './blog-authors.ts';
import { BLOG_POST_FRONT_MATTER } from '../model/plugin-front-matter-schema.ts';
import { resolveImport } from '../model/partials.ts';

/** Each post of each blog, read and extracted as compiled; `syntax`: what each blog's own remark plugins add, by its folder (extract/site-syntax.ts). */
export function readBlogPosts(siteDir: string, blogs: readonly BlogPluginSettings[], format: MarkdownFormat, maintainCase = false, syntax: Readonly<Record<string, SiteSyntax>> = {}): BlogPost[] {
  const posts: BlogPost[] = [];
  const disk = diskView(siteDir);
  const exists = (file: string) => disk.isFile(file);
  const withSiteComponents = siteComponentReader(siteDir);
  for (const blog of blogs) {
    const isPost = pageMatcher(blog);
    const truncateMarker = blog.truncateMarker ? new RegExp(blog.truncateMarker.source, blog.truncateMarker.flags.replace(/[gy]/g, '')) : TRUNCATE_MARKER;
    // In a locale's build, a post is read from its translation where there is one.
    const translated = new Set(blog.localizedPath === undefined ? [] : listFiles(path.join(siteDir, blog.localizedPath), CONTENT_SKIPPED_DIRS));
    for (const relative of listFiles(path.join(siteDir, blog.path), CONTENT_SKIPPED_DIRS).filter(isPost)) {
      const file = translated.has(relative) ? `${blog.localizedPath}/${relative}` : `${blog.path}/${relative}`;
      const text = fs.readFileSync(path.join(siteDir, file), 'utf8');
      const record = withSiteComponents(file, recordOf(text, syntax[blog.path]));
      // A post is truncated when its body holds a marker; its list pages show it up to the file's
      // first marker, front matter included: the blog's loader cuts the whole file there, code or not.
      const bodyStart = lineOffset(text, record.frontMatter.lineCount);
      const cut = truncateMarker.test(text.slice(bodyStart)) ? truncateMarker.exec(text)!.index : undefined;
      // The blog gives a post's footnotes ids of its own (its footnoteIDFixer): no written link names them.
      const extract = { ...extractAsCompiled(record.extract, record.mdx, formatOf(file, record.frontMatter.data, format), maintainCase), footnoteIds: undefined };
      // As the blog reads it: `slug: 5` is "5", `draft: "true"` is true. One it refuses stops the build (the front-matter rule).
      const converted = BLOG_POST_FRONT_MATTER.converted(record.frontMatter.data);
      const data = converted ?? record.frontMatter.data;
      const inlineAuthors = converted ? inlineAuthorsOf(converted) : [];
      posts.push({
        file, blog: blog.path, route: blogPostRoute(relative, data, blog.routeBasePath), fileRoute: blogPostRoute(relative, {}, blog.routeBasePath), frontMatter: record.frontMatter, extract, mdx: record.mdx,
        ...(converted ? { blogData: converted } : {}),
        ...(record.imports.length > 0 ? { imports: record.imports.map((imported) => resolveImport(file, imported, exists)) } : {}),
        ...(data.draft === true ? { draft: true as const } : {}),
        ...(data.unlisted === true ? { unlisted: true as const } : {}),
        ...(cut !== undefined ? markerPlace(text.slice(0, cut)) : {}),
        ...(cut !== undefined ? listMdxOf(text, bodyStart, cut, formatOf(file, record.frontMatter.data, format) === 'mdx' && !record.mdx.syntaxError, syntax[blog.path]) : {}),
        ...(Array.isArray(data.tags) && data.tags.length > 0 ? { tags: data.tags } : {}),
        ...(inlineAuthors.length > 0 ? { inlineAuthors } : {}),
        ...(data.date === undefined && hasImpossibleFileDate(relative) ? { impossibleDate: true as const } : {}),
        ...(!data.date && !hasFileDate(relative) ? { undated: true as const } : {}),
        ...withTime(blogPostTime(relative, data)),
      });
    }
  }
  return posts;
}

const withTime = (time: number | undefined): Pick<BlogPost, 'time'> => (time === undefined ? {} : { time });

/** Where line `lines` + 1 of `text` starts (0 for none). */
function lineOffset(text: string, lines: number): number {
  let offset = 0;
  for (let line = 0; line < lines && offset !== -1; line++) offset = text.indexOf('\n', offset) + 1 || -1;
  return offset === -1 ? text.length : offset;
}

/**
 * The blogs' routes, as the blog plugin makes them (its routes.js): each blog's lists of posts
 * (`listings`, blogListingsOf: its own list pages, `/blog`, `/blog/page/2`…, each tag's and
 * each author's), its archive (with listed posts, unless archiveBasePath is null), its tags index
 * (when a post has tags), its authors index (`authorIndexes`, by blog folder: load/blog-authors.ts),
 * and every published post; `ownPages`: the same but the posts.
 */
export function publishedBlogRoutes(blogs: readonly BlogPluginSettings[], posts: readonly BlogPost[], listings: readonly BlogListing[], authorIndexes: ReadonlyMap<string, string>): { routes: string[]; ownPages: string[] } {
  const routes: string[] = [];
  const ownPages: string[] = [];
  for (const blog of blogs) {
    const lists = listings.filter((listing) => listing.blog === blog.path);
    const routesOf = (kind: BlogListKind) => lists.filter((listing) => listing.kind === kind).flatMap((listing) => listing.routes);
    const listed = lists.find(({ kind }) => kind === 'list')?.listed.length ?? 0;
    const pages = routesOf('list');
    if (blog.archiveBasePath !== null && listed > 0) pages.push(joinUrl(blog.routeBasePath, blog.archiveBasePath));
    const tagPages = routesOf('tag');
    if (tagPages.length > 0) pages.push(joinUrl(blog.routeBasePath, blog.tagsBasePath), ...tagPages);
    const authorsIndex = authorIndexes.get(blog.path);
    if (authorsIndex !== undefined) pages.push(authorsIndex);
    pages.push(...routesOf('author'));
    ownPages.push(...pages);
    routes.push(...pages, ...posts.filter((post) => post.blog === blog.path && !post.draft).map(({ route }) => route));
  }
  return { routes, ownPages };
}

/** Per blog folder, its authors' pages: each one's address without baseUrl, and the listed posts it lists (load/blog-authors.ts). */
type AuthorLists = ReadonlyMap<string, ReadonlyArray<{ base: string; posts: BlogPost[] }>>;

/** Every list of posts of the site's blogs (model/blog-routes.ts, blogListings): their own, their tags', their authors'. */
export function blogListingsOf(blogs: readonly BlogPluginSettings[], posts: readonly BlogPost[], tagsFiles: readonly BlogTagsFile[], authorLists: AuthorLists): BlogListing[] {
  return blogs.flatMap((blog) => blogListings(blog, posts, tagsFiles.find((tagsFile) => tagsFile.blog === blog.path)?.tags ?? {}, authorLists.get(blog.path) ?? []));
}

/**
 * Per page of each list of posts (`/blog`, `/blog/page/2`…, `/blog/tags/x`…, `/blog/authors/x`…),
 * its anchors: those of the posts it shows, each up to its truncate marker, as the theme renders
 * all three kinds with the same list of post items. A list whose order is not known is left out,
 * and so is a page whose posts are not sure.
 */
export function blogListAnchors(listings: readonly BlogListing[], format: MarkdownFormat, codeAnchors: CodeAnchors, listedPartials: (post: BlogPost) => readonly PartialPage[], h1Anchors = false): Record<string, { list: string[]; listPage: BlogListKind }> {
  const found: Record<string, { list: string[]; listPage: BlogListKind }> = {};
  for (const { kind, pages } of listings) {
    for (const { route, shown, sure } of pages ?? []) {
      if (!sure) continue;
      const partials = new Map(shown.map((post) => [post, post.imports && post.imports.length > 0 ? listedPartials(post) : []]));
      const anchors = shown.flatMap((post) => anchorListOf({ file: post.file, frontMatter: post.frontMatter, extract: shownOnList(post) }, partials.get(post)!, format, h1Anchors));
      // The posts' components are counted whole: an anchor one collects below a marker is one too many, never a false error.
      const list = withCodeAnchors(anchors, shown.flatMap((post) => [post.file, ...partials.get(post)!.map(({ file }) => file)]), codeAnchors);
      if (list) found[route] = { listPage: kind, list };
    }
  }
  return found;
}

/** What a list page shows of a post's headings: those above its truncate marker (its other ids are kept: more anchors never make a link fail). */
function shownOnList({ extract, truncatedAt }: BlogPost): BlogPost['extract'] {
  return truncatedAt === undefined ? extract : { ...extract, headings: extract.headings.filter(({ line }) => line < truncatedAt) };
}

/**
 * The MDX facts of a post's text before its marker (`cut`, in the file), which the blog compiles
 * alone for its list pages, where the whole post compiles as MDX (`parses`). That text may not
 * parse (a `<details>` opened above the marker and closed below it), or may use a name that only
 * an import or export below the marker defines. Only what MDX reads as tags, expressions or ESM
 * can do either: a text without `<`, `{`, `import` or `export` before the marker needs no second
 * parse. A marker in the front matter cuts it open, and what stands before is read as text.
 */
function listMdxOf(text: string, bodyStart: number, cut: number, parses: boolean, syntax: SiteSyntax | undefined): Pick<BlogPost, 'listMdx'> {
  if (!parses || !/[<{]|^[ \t]*(?:import|export)\b/m.test(text.slice(cut < bodyStart ? 0 : bodyStart, cut))) return {};
  const { mdx } = recordOf(text.slice(0, cut), syntax);
  return mdx ? { listMdx: mdx } : {};
}

/** Where the truncate marker starts, from the text before it. */
function markerPlace(before: string): { truncatedAt: number; truncatedAtColumn: number } {
  const lineStart = before.lastIndexOf('\n') + 1;
  return { truncatedAt: before.split('\n').length, truncatedAtColumn: before.length - lineStart + 1 };
}

/**
 * Per route of a published post, its file and its anchors: its headings and ids as the docs' are
 * collected (its footnotes' are none: readBlogPosts), with those of the partials it shows
 * (`shownPartials`, model/rendered-partials.ts). A route two posts share is left out: which one
 * the build keeps is not known.
 */
export function blogPostAnchors(posts: readonly BlogPost[], format: MarkdownFormat, codeAnchors: CodeAnchors, shownPartials: ShownPartials, h1Anchors = false): Record<string, { file: string; list: string[] }> {
  const published = posts.filter(({ draft }) => !draft);
  const keys = published.map(({ route }) => routeKey(route));
  const shared = new Set(keys.filter((key, i) => keys.indexOf(key) !== i));
  const found: Record<string, { file: string; list: string[] }> = {};
  for (const post of published) {
    if (shared.has(routeKey(post.route))) continue;
    const list = anchorsWithPartials(post, format, codeAnchors, shownPartials, h1Anchors);
    if (list) found[post.route] = { file: post.file, list };
  }
  return found;
}

/**
 * The posts, each with the blog plugin's verdict on its authors, the authors maps it refuses,
 * and per blog folder its authors index and its authors' lists of posts (load/blog-authors.ts).
 * Under a blog whose map it refuses, which pages its authors would have is unknown:
 * `unknownRoutePrefixes` holds its authors' base path, so that links there are no second problem.
 */
export async function withAuthorsVerdicts(siteDir: string, blogs: readonly BlogPluginSettings[], posts: BlogPost[], baseUrl: string): Promise<{ posts: BlogPost[]; refusedMaps: Array<{ file: string; message: string }>; authorIndexes: Map<string, string>; authorLists: AuthorLists; unknownRoutePrefixes: string[] }> {
  const refused = new Map<string, string>();
  const refusedMaps: Array<{ file: string; message: string }> = [];
  const authorIndexes = new Map<string, string>();
  const authorLists = new Map<string, AuthorsVerdicts['lists']>();
  const unknownRoutePrefixes: string[] = [];
  for (const blog of blogs) {
    const verdicts = await blogAuthorsVerdicts(siteDir, blog, posts.filter((post) => post.blog === blog.path), baseUrl);
    if (verdicts.map) {
      refusedMaps.push(verdicts.map);
      unknownRoutePrefixes.push(joinUrl(blog.routeBasePath, blog.authorsBasePath));
    }
    for (const [file, message] of verdicts.posts) refused.set(file, message);
    if (verdicts.index !== undefined) authorIndexes.set(blog.path, verdicts.index);
    if (verdicts.lists.length > 0) authorLists.set(blog.path, verdicts.lists);
  }
  return { posts: refused.size === 0 ? posts : posts.map((post) => (refused.has(post.file) ? { ...post, authorsRefused: refused.get(post.file)! } : post)), refusedMaps, authorIndexes, authorLists, unknownRoutePrefixes };
}

/**
 * Whether the build cannot date an undated post: the blog asks the site's VCS for the file's
 * first commit, git by default (`datesFromGit`), and git refuses outside a work tree ("This
 * Docusaurus site is outside any Git worktree", or `git log` exit code 128), which stops the
 * build. Asked of git only when a published post has no date; without git, unknown (false).
 */
export function undatablePosts(siteDir: string, posts: readonly BlogPost[], datesFromGit: boolean): boolean {
  if (!datesFromGit || !posts.some(({ undated, draft }) => undated && !draft)) return false;
  return outsideGitWorkTree(siteDir);
}
