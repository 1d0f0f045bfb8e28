/**
 * Rule `page-file`, for a blog's published posts without a truncate marker (`<!-- truncate -->`,
 * `{/* truncate *\/}`, or the blog's own `truncateMarker`): the blog reports them as its
 * `onUntruncatedBlogPosts` says, `warn` by default. `throw` stops the build; `warn` is a
 * warning; `log` and `ignore` are nothing. Drafts are out of the build before it looks.
 */
import type { Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';

export function checkUntruncatedPosts(site: Site): Problem[] {
  const levels = new Map((site.settings.blogs ?? []).map(({ path, onUntruncatedBlogPosts }) => [path, onUntruncatedBlogPosts]));
  const problems: Problem[] = [];
  for (const post of site.blogPosts ?? []) {
    const level = levels.get(post.blog);
    if (post.draft || post.truncatedAt !== undefined || (level !== 'throw' && level !== 'warn')) continue;
    problems.push({
      file: post.file, line: 1, column: 1, severity: level === 'throw' ? 'error' : 'warning', rule: 'page-file',
      message: level === 'throw'
        ? 'the post has no truncate marker, and the blog\'s onUntruncatedBlogPosts is throw: the build stops'
        : 'the post has no truncate marker: the blog\'s list pages show it whole (onUntruncatedBlogPosts: warn)',
      hint: 'add <!-- truncate --> (in MDX, {/* truncate */}) where the list pages should cut the post, or set the blog\'s onUntruncatedBlogPosts to \'ignore\'',
    });
  }
  return problems;
}
