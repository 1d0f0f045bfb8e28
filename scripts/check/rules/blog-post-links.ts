/**
 * Rules `broken-link` and `broken-anchor` for the posts of the site's blogs: the blog plugin
 * compiles them with the docs' MDX pipeline, and the build checks their links as a doc's, at the
 * post's own address (check/resolve.ts). Their `.md` links find posts of the same blog only
 * (check/content-file-links.ts). A post that renders partials is not judged: some of its links
 * and anchors are the partials'. Their imports of modules are, as a doc's.
 */
import type { Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import type { SiteIndex } from '../site-index.ts';
import { pluginFileResolver } from '../content-file-links.ts';
import { frontMatterImageProblem, moduleImportProblems, ownLinkProblems } from './links.ts';
import { markdownPageView } from '../../content/model/pages-plugin.ts';

export function checkBlogPostLinks(site: Site, index: SiteIndex): Problem[] {
  const posts = site.blogPosts;
  if (!posts) return []; // most sites
  const problems: Problem[] = [];
  // As for the pages of src/pages, which anchors these links look for is not recorded: when
  // anchors move, the edit recheck checks the whole site (check/edit-recheck.ts, judgesSitePages).
  const sink = { add: (problem: Problem) => problems.push(problem), anchorsOf: () => {} };
  for (const post of posts) {
    const page = markdownPageView(post);
    moduleImportProblems(page, site, index, sink);
    if (post.rendersPartials) continue;
    const sameBlog = posts.filter(({ blog }) => blog === post.blog);
    ownLinkProblems(page, site, index, sink, pluginFileResolver(index, page, sameBlog, post.blog, { file: 'post', plugin: 'the blog' }));
    frontMatterImageProblem(page, index, sink);
  }
  return problems;
}
