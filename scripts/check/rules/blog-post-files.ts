/**
 * Rule `page-file`, for a blog's published posts the blog cannot build from as they are (drafts
 * are out of the build before it looks):
 * - a date in the file name that is no date (`2024-13-45-x.md`), without a `date` in the front
 *   matter: the blog takes it as the post's date, and the render stops;
 * - no date at all, outside a git work tree: the blog asks git for the file's first commit, and
 *   git refuses (load/blog-posts.ts, undatablePosts);
 * - no truncate marker (`<!-- truncate -->`, `{/* truncate *\/}`, or the blog's own
 *   `truncateMarker`), weighed as the blog's `onUntruncatedBlogPosts` says, `warn` by default:
 *   `throw` stops the build; `warn` is a warning; `log` and `ignore` are nothing.
 */
import type { BlogPost, Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';

export function checkBlogPostFiles(site: Site): Problem[] {
  const levels = new Map((site.settings.blogs ?? []).map(({ path, onUntruncatedBlogPosts }) => [path, onUntruncatedBlogPosts]));
  const problems: Problem[] = [];
  for (const post of site.blogPosts ?? []) {
    if (post.draft) continue;
    if (post.impossibleDate) {
      problems.push(at(post, 'error',
        'the date in the post\'s file name is no date, and the blog takes it as the post\'s date: the build stops when it renders the post',
        'write a real date in the file name (2024-05-28-name.md), or give the post a date in its front matter (date: 2024-05-28)'));
    }
    if (post.undated && site.undatablePosts) {
      problems.push(at(post, 'error',
        'the post has no date, so the blog asks git for its file\'s first commit, and the site is outside any git work tree: git refuses, and the build stops',
        'give the post a date in its front matter (date: 2024-05-28) or in its file name (2024-05-28-name.md), or build from a git checkout'));
    }
    const level = levels.get(post.blog);
    if (post.truncatedAt === undefined && (level === 'throw' || level === 'warn')) {
      problems.push(at(post, level === 'throw' ? 'error' : 'warning',
        level === 'throw'
          ? 'the post has no truncate marker, and the blog\'s onUntruncatedBlogPosts is throw: the build stops'
          : 'the post has no truncate marker: the blog\'s list pages show it whole (onUntruncatedBlogPosts: warn)',
        'add <!-- truncate --> (in MDX, {/* truncate */}) where the list pages should cut the post, or set the blog\'s onUntruncatedBlogPosts to \'ignore\''));
    }
  }
  return problems;
}

/** A problem with the whole post, at its first line. */
const at = (post: BlogPost, severity: Problem['severity'], message: string, hint: string): Problem => ({ file: post.file, line: 1, column: 1, severity, rule: 'page-file', message, hint });
