/**
 * How the messages name a blog's list pages (the list, a tag's, an author's), one or several:
 * the rules that judge a post where its list pages show it (blog-post-links.ts, code-links.ts)
 * and an anchor looked for on one (links.ts) say it the same way.
 */
import type { BlogListKind } from '../../content/model/site.ts';

export const LIST_PAGE_NAMES: Record<BlogListKind, [one: string, many: string]> = {
  list: ['list page', 'list pages'],
  tag: ['page of a tag', 'pages of a tag'],
  author: ['page of an author', 'pages of an author'],
};

/** Where a list shows a post: the page the blog's order puts it on, where that is sure; else any of the list's pages. */
export interface ShownOn {
  kind: BlogListKind;
  routes: string[];
}

/** "the blog's list page (/blog) and page of a tag (/blog/tags/x)", and how many pages that names. */
export function pagesNamed(shownOn: readonly ShownOn[]): { words: string; count: number } {
  const named = shownOn.map(({ kind, routes }) => `${LIST_PAGE_NAMES[kind][routes.length === 1 ? 0 : 1]} (${routes.join(', ')})`);
  const words = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return { words: `the blog's ${words}`, count: shownOn.reduce((count, { routes }) => count + routes.length, 0) };
}
