/**
 * Where the blog plugin publishes a post: under the blog's routeBasePath, at the post's `slug`,
 * or else at the slug its file's path gives, a date in the name making it `/2024/05/28/name`
 * (the blog plugin's parseBlogFileName and permalink, Docusaurus 3.10); and the pages it makes
 * beside the posts, paginated as its paginateBlogPosts does (list pages, tag pages). The plugin's
 * module (blogUtils) loads most of @docusaurus/utils, a fifth of a second the check spends on no
 * other site; so this is written here, and tests/unit/blog-posts.test.ts holds the routes to the
 * plugin's own function over many file names (blog-tags.test.ts: the pagination, built).
 */
import { normalizeUrl } from '@docusaurus/utils/lib/urlUtils.js';
import type { BlogListKind, BlogPluginSettings, BlogPost, TagsFileRead } from './site.ts';
import { normalizeTag } from './tag-permalinks.ts';
import { joinUrl, publishableSlug } from './routes.ts';
import { unpublishedSitePageHint } from './site-page-routes.ts';
import { editDistance } from './edit-distance.ts';
import { appendTo } from './append-to.ts';

// A date in the file's path (`2024-05-28-name.md`, `2024/05/28/name/index.md`) and what follows it.
const DATE_IN_NAME = /^(?<folder>.*)(?<date>\d{4}[-/]\d{1,2}[-/]\d{1,2})[-/]?(?<text>.*?)(?:\/index)?.mdx?$/;

/**
 * Whether the list pages' cut of a truncated post falls in its front matter: the blog's loader
 * cuts the file at its first marker, and a marker written in the front matter (a `description`
 * that quotes `<!-- truncate -->`) leaves the list pages that front matter, read as text.
 */
export const cutInFrontMatter = ({ truncatedAt, frontMatter }: Pick<BlogPost, 'truncatedAt' | 'frontMatter'>): boolean =>
  truncatedAt !== undefined && truncatedAt <= frontMatter.lineCount;

/** The slug a post's file gives it, from its path in the blog's folder (with `/`). */
export function blogFileSlug(relative: string): string {
  const dated = DATE_IN_NAME.exec(relative);
  if (dated) {
    const { folder, date, text } = dated.groups!;
    return `/${date.replace(/-/g, '/')}/${folder}${text}`;
  }
  return `/${relative.replace(/(?:\/index)?\.mdx?$/, '')}`;
}

/**
 * Whether a post's file name holds a date that is no date (`2024-13-45-release.md`): the blog
 * takes it as the post's date unless the front matter gives one, and the build stops when it
 * renders the post ("Cannot read properties of null").
 */
export function hasImpossibleFileDate(relative: string): boolean {
  const date = DATE_IN_NAME.exec(relative)?.groups?.date;
  return date !== undefined && Number.isNaN(new Date(`${date}Z`).getTime());
}

/**
 * A post's date in milliseconds, as the blog takes it (its getDate): the front matter's `date`
 * (a text read as UTC, or the date YAML made of it), else the file name's; undefined when neither
 * gives one (the blog asks git) or the date is no date.
 */
export function blogPostTime(relative: string, data: Record<string, unknown>): number | undefined {
  const fileDate = DATE_IN_NAME.exec(relative)?.groups?.date;
  const date = data.date ? (typeof data.date === 'string' ? new Date(`${data.date}Z`) : data.date) : fileDate !== undefined ? new Date(`${fileDate}Z`) : undefined;
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  return Number.isNaN(time) ? undefined : time;
}

/** Whether a post's file path holds a date (`2024-05-28-name.md`), which the blog takes when the front matter gives none. */
export function hasFileDate(relative: string): boolean {
  return DATE_IN_NAME.test(relative);
}

/** A post's route, without baseUrl: its front matter's `slug` when it has one (as the blog's schema converts it: text), else its file's. */
export function blogPostRoute(relative: string, data: Record<string, unknown>, routeBasePath: string): string {
  return normalizeUrl(['/', routeBasePath, typeof data.slug === 'string' ? data.slug : blogFileSlug(relative)]);
}

/**
 * Why no post is at `route`, for the hint of a link there: a draft or a slug keeps a post from
 * it, the blog makes none of its own pages there, or no post (or tag, or author) is there, and
 * which one's address is closest among the blog's posts, or among its routes (`routes`: the
 * site's routes beside the docs) for a tag's or an author's. Undefined when the route is under
 * no blog.
 */
export function blogRouteHint(blogs: readonly BlogPluginSettings[], posts: readonly BlogPost[], routes: readonly string[], route: string, sameRoute: (a: string, b: string) => boolean): string | undefined {
  const unpublished = unpublishedSitePageHint(posts, route, sameRoute);
  if (unpublished) return unpublished;
  const under = (base: string) => route.startsWith(`${base}/`);
  for (const blog of blogs) {
    const own = ownPageHint(blog, routes, route);
    if (own) return own;
    const tags = joinUrl(blog.routeBasePath, blog.tagsBasePath);
    if (under(tags)) return closestHint(route, routes.filter((other) => other.startsWith(`${tags}/`)), 'no tag of the blog has its page there', `a tag's page is ${tags}/ and its permalink: the tags file's, or the tag kebab-cased ("Zero Trust" is at ${tags}/zero-trust); a tag only a draft has has none`);
    const authors = joinUrl(blog.routeBasePath, blog.authorsBasePath);
    if (under(authors)) return closestHint(route, routes.filter((other) => other.startsWith(`${authors}/`)), 'no author of the blog has a page there', `only an author of the blog's authors map with page: true has a page, at ${authors}/ and the key kebab-cased (or page: {permalink: …})`);
  }
  // A blog at the site's root holds every address: a post named there would fit any link.
  const blog = blogs.find(({ routeBasePath }) => joinUrl(routeBasePath) !== '/' && under(joinUrl(routeBasePath)));
  if (!blog) return undefined;
  const base = joinUrl(blog.routeBasePath);
  const how = `a post's address is its slug, or else its file's date and name (${blog.path}/2024-05-28-release.md is at ${base}/2024/05/28/release)`;
  const published = posts.filter(({ draft, route: postRoute }) => !draft && postRoute.startsWith(`${base}/`) && publishableSlug(postRoute));
  const nearest = closest(route, published.map((post) => post.route));
  const file = published.find((post) => post.route === nearest)?.file;
  return nearest ? `no post of the blog is there; the closest is ${nearest} (${file}): ${how}` : `no post of the blog is there: ${how}`;
}

/** Why the blog makes none of its own pages (list, archive, tags, authors) at `route`; `routes`: those it makes, among the site's. */
function ownPageHint(blog: BlogPluginSettings, routes: readonly string[], route: string): string | undefined {
  const base = joinUrl(blog.routeBasePath);
  const pages = joinUrl(base, blog.pageBasePath);
  if (route === base || route.startsWith(`${pages}/`)) {
    const count = routes.filter((other) => other === base || other.startsWith(`${pages}/`)).length;
    if (count === 0) return 'with postsPerPage: \'ALL\' and no listed post (drafts and unlisted posts are left out), the blog makes no list page';
    const made = count === 1 ? `one list page, ${base}` : count === 2 ? `two list pages, ${base} and ${pages}/2` : `${count} list pages, ${base} then ${pages}/2 to ${pages}/${count}`;
    return `the blog makes ${made}: postsPerPage (${blog.postsPerPage}) over its listed posts, drafts and unlisted posts left out`;
  }
  // The feeds (feedOptions) are files the build writes after its link check, which knows pages only.
  if (['rss.xml', 'atom.xml', 'feed.json'].some((feed) => route === joinUrl(base, feed))) return `the blog's feed is a file the build writes, not a page its link check knows: write the address as pathname://${route}`;
  if (blog.archiveBasePath === null && route === joinUrl(base, 'archive')) return 'the blog\'s archive is turned off (archiveBasePath: null)';
  if (blog.archiveBasePath !== null && route === joinUrl(base, blog.archiveBasePath)) return 'the blog makes its archive only when a post is listed (not a draft, not unlisted)';
  if (route === joinUrl(base, blog.tagsBasePath)) return 'the blog makes its tags page only when a published post has tags';
  if (route === joinUrl(base, blog.authorsBasePath)) return `the blog makes its authors page only with an authors map (${blog.path}/${blog.authorsMapPath}) that names an author`;
  return undefined;
}

/** The hint `none`, naming the closest of `candidates` when one is close. */
function closestHint(route: string, candidates: readonly string[], none: string, how: string): string {
  const nearest = closest(route, candidates);
  return nearest ? `${none}; the closest is ${nearest}: ${how}` : `${none}: ${how}`;
}

/** Of `candidates`, the one closest to `route` within a quarter of its length (a typo, a changed date, a renamed post; not any post at all). */
function closest(route: string, candidates: readonly string[]): string | undefined {
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(route, candidate) }))
    .filter(({ distance }) => distance <= Math.max(3, Math.floor(route.length / 4)))
    .sort((a, b) => a.distance - b.distance)[0]?.candidate;
}

/**
 * The pages of a list of `count` posts at `base`, as the blog plugin paginates one
 * (paginateBlogPosts): `base`, then `base/page/2`… Under `postsPerPage: 'ALL'`, a list of no
 * post has no page at all: the plugin divides by the count.
 */
export function paginatedRoutes(base: string, blog: Pick<BlogPluginSettings, 'pageBasePath' | 'postsPerPage'>, count: number): string[] {
  const perPage = blog.postsPerPage === 'ALL' ? count : blog.postsPerPage;
  const pages = perPage === 0 ? 0 : Math.max(1, Math.ceil(count / perPage));
  return Array.from({ length: pages }, (_, i) => (i === 0 ? joinUrl(base) : joinUrl(base, blog.pageBasePath, String(i + 1))));
}

/** One list page of a blog: its route, the posts it shows in order, and whether that is sure. */
export interface BlogListPage {
  route: string;
  shown: BlogPost[];
  /**
   * False where a post it shows shares its date with a post of the page beside it: the blog
   * keeps the order it globbed them in, which is not followed here.
   */
  sure: boolean;
}

/**
 * One list of a blog's posts. The theme renders the blog's own list, a tag's and an author's
 * with the same post items (each post up to its truncate marker), paginated alike.
 */
export interface BlogListing {
  kind: BlogListKind;
  /** The blog's folder. */
  blog: string;
  /** Its pages' routes, without baseUrl: the first, then …/page/2…, as many as its posts fill. */
  routes: string[];
  /** The posts it lists. */
  listed: BlogPost[];
  /** Its pages with the posts each shows, in the blog's order; undefined when that order is not known (listPagesAt). */
  pages?: BlogListPage[];
}

/**
 * Every list of a blog's published `posts`, as the blog plugin makes them: its own (the listed
 * posts), one per tag (by the tags file's `defined` tags, as getBlogTags: the tag's listed posts,
 * or all of them when each is unlisted), and one per author's page (`authors`, from the
 * plugin's authors map: load/blog-authors.ts).
 */
export function blogListings(blog: BlogPluginSettings, posts: readonly BlogPost[], defined: NonNullable<TagsFileRead['tags']>, authors: ReadonlyArray<{ base: string; posts: BlogPost[] }>): BlogListing[] {
  const own = posts.filter((post) => post.blog === blog.path && !post.draft);
  const listing = (kind: BlogListKind, base: string, listed: BlogPost[]): BlogListing => ({
    kind, blog: blog.path, routes: paginatedRoutes(base, blog, listed.length), listed, pages: listPagesAt(base, blog, listed),
  });
  return [
    listing('list', blog.routeBasePath, own.filter(({ unlisted }) => !unlisted)),
    ...[...postsByTag(blog, own, defined)].map(([permalink, tagged]) => listing('tag', permalink, listedOfTag(tagged))),
    ...authors.map(({ base, posts: listed }) => listing('author', base, listed)),
  ];
}

/** Per post, the lists that show it: the blog's own, its tags', its authors'. */
export function listingsByPost(listings: readonly BlogListing[]): Map<BlogPost, BlogListing[]> {
  const byPost = new Map<BlogPost, BlogListing[]>();
  for (const listing of listings) for (const post of listing.listed) appendTo(byPost, post, listing);
  return byPost;
}

/**
 * The pages of `listing` that show `post`: the one the blog's order puts it on where that is
 * sure (`sure`), else any of the list's pages may (the order, or a date it shares, is not known).
 */
export function pagesShowing({ routes, pages }: Pick<BlogListing, 'routes' | 'pages'>, post: BlogPost): { routes: string[]; sure: boolean } {
  const landing = pages?.find(({ shown }) => shown.includes(post));
  return landing?.sure ? { routes: [landing.route], sure: true } : { routes, sure: false };
}

/** Per tag's page (its permalink under the blog's tags path), the posts that name the tag, each once, in their order here. */
function postsByTag<Post extends Pick<BlogPost, 'tags'>>(blog: Pick<BlogPluginSettings, 'routeBasePath' | 'tagsBasePath'>, posts: readonly Post[], defined: NonNullable<TagsFileRead['tags']>): Map<string, Post[]> {
  const tagsBase = joinUrl(blog.routeBasePath, blog.tagsBasePath);
  const byPermalink = new Map<string, Post[]>();
  for (const post of posts) {
    // A post counts once in a tag, however often it names it.
    const permalinks = new Set((post.tags ?? []).flatMap((tag) => {
      const normalized = normalizeTag(tag, defined);
      return normalized ? [joinUrl(tagsBase, normalized.permalink)] : [];
    }));
    for (const permalink of permalinks) appendTo(byPermalink, permalink, post);
  }
  return byPermalink;
}

/** What a tag's pages list (the plugin's getTagVisibility): its listed posts, or all of them when each is unlisted. */
function listedOfTag<Post extends Pick<BlogPost, 'unlisted'>>(tagged: Post[]): Post[] {
  const listed = tagged.filter(({ unlisted }) => !unlisted);
  return listed.length > 0 ? listed : tagged;
}

/** The pages of a list of posts at `base`, ordered and paginated as the blog plugin does; undefined when the order is not known. */
export function listPagesAt(base: string, blog: BlogPluginSettings, listed: readonly BlogPost[]): BlogListPage[] | undefined {
  if (listed.length === 0) return [];
  if (listed.some((post) => post.time === undefined)) return undefined;
  const ordered = [...listed].sort((a, b) => b.time! - a.time!);
  if (blog.sortPosts === 'ascending') ordered.reverse();
  const perPage = blog.postsPerPage === 'ALL' ? ordered.length : blog.postsPerPage;
  return paginatedRoutes(base, blog, ordered.length).map((route, page) => {
    const shown = ordered.slice(page * perPage, (page + 1) * perPage);
    const before = ordered[page * perPage - 1];
    const after = ordered[(page + 1) * perPage];
    return { route, shown, sure: before?.time !== shown[0].time && after?.time !== shown.at(-1)!.time };
  });
}

/** The blog plugin's default truncate marker (its options' truncateMarker): the list pages show a post up to it. */
export const TRUNCATE_MARKER = /<!--\s*truncate\s*-->|\{\/\*\s*truncate\s*\*\/\}/;
