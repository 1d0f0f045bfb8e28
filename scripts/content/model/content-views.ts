/**
 * The Markdown files that content plugins other than the docs compile with the docs' MDX
 * pipeline, in the shape the rules take a doc in (model/pages-plugin.ts, markdownPageView): the
 * Markdown pages of src/pages and the blogs' posts. The mdx-* rules judge them as docs; their
 * links have rules of their own (rules/site-page-links.ts, rules/blog-post-links.ts), as their
 * `.md` links resolve among their own plugin's files.
 */
import type { Page, Site } from './site.ts';
import { markdownPageView } from './pages-plugin.ts';

export const contentPageViews = (site: Pick<Site, 'markdownPages' | 'blogPosts'>): Page[] => [...(site.markdownPages ?? []), ...(site.blogPosts ?? [])].map(markdownPageView);
