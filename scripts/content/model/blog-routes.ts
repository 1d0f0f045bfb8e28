/**
 * Where the blog plugin publishes a post: under the blog's routeBasePath, at the post's `slug`,
 * or else at the slug its file's path gives, a date in the name making it `/2024/05/28/name`
 * (the blog plugin's parseBlogFileName and permalink, Docusaurus 3.10). The plugin's module
 * (blogUtils) loads most of @docusaurus/utils, a fifth of a second the check spends on no other
 * site; so this is written here, and tests/unit/blog-posts.test.ts holds it to the plugin's own
 * function over many file names.
 */
import { normalizeUrl } from '@docusaurus/utils/lib/urlUtils.js';
import type { BlogPluginSettings, BlogPost } from './site.ts';
import { joinUrl, publishableSlug } from './routes.ts';
import { unpublishedSitePageHint } from './site-page-routes.ts';
import { editDistance } from './edit-distance.ts';

// A date in the file's path (`2024-05-28-name.md`, `2024/05/28/name/index.md`) and what follows it.
const DATE_IN_NAME = /^(?<folder>.*)(?<date>\d{4}[-/]\d{1,2}[-/]\d{1,2})[-/]?(?<text>.*?)(?:\/index)?.mdx?$/;

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

/** A post's route, without baseUrl: its front matter's `slug` when it has one (as the blog's schema converts it: text), else its file's. */
export function blogPostRoute(relative: string, data: Record<string, unknown>, routeBasePath: string): string {
  return normalizeUrl(['/', routeBasePath, typeof data.slug === 'string' ? data.slug : blogFileSlug(relative)]);
}

/**
 * Why no post is at `route`, for the hint of a link there: a draft or a slug keeps a post from
 * it, or no post is there, and which one's address is closest. Undefined when the route is
 * under no blog.
 */
export function blogRouteHint(blogs: readonly BlogPluginSettings[], posts: readonly BlogPost[], route: string, sameRoute: (a: string, b: string) => boolean): string | undefined {
  const unpublished = unpublishedSitePageHint(posts, route, sameRoute);
  if (unpublished) return unpublished;
  const blog = blogs.find(({ routeBasePath }) => route.startsWith(`${joinUrl(routeBasePath)}/`));
  if (!blog) return undefined;
  const base = joinUrl(blog.routeBasePath);
  const how = `a post's address is its slug, or else its file's date and name (${blog.path}/2024-05-28-release.md is at ${base}/2024/05/28/release)`;
  // Within a quarter of the address's length: a typo, a changed date, a renamed post; not any post at all.
  const nearest = posts
    .filter(({ draft, route: postRoute }) => !draft && postRoute.startsWith(`${base}/`) && publishableSlug(postRoute))
    .map((post) => ({ post, distance: editDistance(route, post.route) }))
    .filter(({ distance }) => distance <= Math.max(3, Math.floor(route.length / 4)))
    .sort((a, b) => a.distance - b.distance)[0];
  return nearest ? `no post of the blog is there; the closest is ${nearest.post.route} (${nearest.post.file}): ${how}` : `no post of the blog is there: ${how}`;
}

/** A blog's list pages, as the blog plugin paginates its listed posts: `/blog`, then `/blog/page/2`… */
export function blogListRoutes(blog: Pick<BlogPluginSettings, 'routeBasePath' | 'pageBasePath' | 'postsPerPage'>, listed: number): string[] {
  const pages = blog.postsPerPage === 'ALL' ? 1 : Math.max(1, Math.ceil(listed / blog.postsPerPage));
  return [joinUrl(blog.routeBasePath), ...Array.from({ length: pages - 1 }, (_, i) => joinUrl(blog.routeBasePath, blog.pageBasePath, String(i + 2)))];
}

/** The blog plugin's default truncate marker (its options' truncateMarker): the list pages show a post up to it. */
export const TRUNCATE_MARKER = /<!--\s*truncate\s*-->|\{\/\*\s*truncate\s*\*\/\}/;
