/**
 * Rules `broken-link` and `broken-anchor` for the posts of the site's blogs: the blog plugin
 * compiles them with the docs' MDX pipeline, and the build checks their links as a doc's, at the
 * post's own address (check/resolve.ts). Their `.md` links find posts of the same blog only
 * (check/content-file-links.ts), and the blog's list pages show it too (listPageProblems). A
 * post that renders partials is not judged: some of its links and anchors are the partials'.
 * Their imports of modules are, as a doc's.
 */
import type { BlogPost, Page, Site } from '../../content/model/site.ts';
import { anchorSeverityIn, type Problem } from '../problem.ts';
import { isExternal, resolveLink, type MarkdownFileResolver, type Resolution } from '../resolve.ts';
import { blogListPages, blogListRoutes, type BlogListPage } from '../../content/model/blog-routes.ts';
import type { SiteIndex } from '../site-index.ts';
import { pluginFileResolver } from '../content-file-links.ts';
import { frontMatterImageProblem, moduleImportProblems, ownLinkProblems, stopsBuild } from './links.ts';
import { markdownPageView } from '../../content/model/pages-plugin.ts';
import { isAnchorHeading } from '../../content/model/anchors.ts';

export function checkBlogPostLinks(site: Site, index: SiteIndex): Problem[] {
  const posts = site.blogPosts;
  if (!posts) return []; // most sites
  const problems: Problem[] = [];
  // As for the pages of src/pages, which anchors these links look for is not recorded: when
  // anchors move, the edit recheck checks the whole site (check/edit-recheck.ts, judgesSitePages).
  const sink = { add: (problem: Problem) => problems.push(problem), anchorsOf: () => {} };
  // Each blog's list pages, paged once (not once per post).
  const listPages = new Map((site.settings.blogs ?? []).map((blog) => [blog.path, blogListPages(blog, posts)]));
  for (const post of posts) {
    const page = markdownPageView(post);
    moduleImportProblems(page, site, index, sink);
    if (post.rendersPartials) continue;
    const sameBlog = posts.filter(({ blog }) => blog === post.blog);
    const resolver = pluginFileResolver(index, page, sameBlog, post.blog, { file: 'post', plugin: 'the blog' });
    ownLinkProblems(page, site, index, sink, resolver);
    frontMatterImageProblem(page, index, sink);
    problems.push(...listPageProblems(post, page, sameBlog, listPages.get(post.blog), site, index, resolver));
  }
  return problems;
}

/**
 * The blog's list pages show each listed post too, up to its truncate marker (or whole), and the
 * build checks its links there as well: a relative address (`./setup`, `../2024/05/02/x`) leads
 * elsewhere from `/blog` or `/blog/page/2` than from the post's own address, and a `#heading`
 * below the marker is no anchor of a list page. What breaks from the list page it lands on is
 * reported, where the dates of all the posts say which one that is (model/blog-routes.ts,
 * blogListPages); else what breaks from every list page. What breaks from the post's own address
 * is reported already.
 */
function listPageProblems(post: BlogPost, page: Page, sameBlog: readonly BlogPost[], listPages: BlogListPage[] | undefined, site: Site, index: SiteIndex, resolver: MarkdownFileResolver): Problem[] {
  const blog = site.settings.blogs?.find(({ path: folder }) => folder === post.blog);
  if (!blog || post.draft || post.unlisted || post.rendersPartials) return [];
  const lists = blogListRoutes(blog, sameBlog.filter(({ draft, unlisted }) => !draft && !unlisted).length);
  // The page it lands on, where the blog's order says so for sure; else any of them.
  const landing = listPages?.find(({ shown }) => shown.includes(post));
  const candidates = landing?.sure ? [landing.route] : lists;
  const listPage = candidates.length === 1 ? `list page (${candidates[0]})` : `list pages (${candidates.join(', ')})`;
  const shown = (line: number) => post.truncatedAt === undefined || line < post.truncatedAt;
  const problems: Problem[] = [];
  for (const link of page.extract.links) {
    if (link.kind !== 'link' || !shown(link.line) || isExternal(link.url) || link.url.startsWith('/')) continue;
    if (link.url.startsWith('#')) {
      const id = link.url.slice(1);
      const below = post.truncatedAt !== undefined && post.extract.headings.some((heading) => heading.id === id && isAnchorHeading(heading, index.site.settings.h1Anchors) && heading.line >= post.truncatedAt!);
      const above = post.extract.headings.some((heading) => heading.id === id && heading.line < (post.truncatedAt ?? Infinity));
      if (below && !above) {
        problems.push({
          file: post.file, line: link.line, column: link.column, severity: anchorSeverityIn(page, site.settings.onBrokenAnchors), rule: 'broken-anchor',
          message: `the blog's ${listPage} ${candidates.length === 1 ? 'shows' : 'show'} this post up to its truncate marker (line ${post.truncatedAt}), and the heading "#${id}" is below it: the list page has no such anchor`,
          hint: 'move the heading above the truncate marker, or link to it from the post\'s own address (/blog/…#…)',
        });
      }
      continue;
    }
    if (resolveLink(index, page, link, resolver).kind === 'missing') continue; // reported from the post's own address
    const fromLists = candidates.map((route) => resolveLink(index, { ...page, route }, link, resolver));
    if (!fromLists.every((resolution) => resolution.kind === 'missing')) continue;
    const { breaks } = fromLists[0] as Extract<Resolution, { kind: 'missing' }>;
    problems.push({
      file: post.file, line: link.line, column: link.column, severity: stopsBuild(breaks, site.settings) ? 'error' : 'warning', rule: 'broken-link',
      message: `the blog's ${listPage} ${candidates.length === 1 ? 'shows' : 'show'} this post too${post.truncatedAt === undefined ? '' : `, up to its truncate marker`}, and from there "${link.url}" leads to no page`,
      hint: 'write the address from the site\'s root (/…), or link to the file (./other-post.md), which the build makes an address that holds everywhere',
    });
  }
  return problems;
}
