/**
 * Rules `broken-link` and `broken-anchor` for the Markdown pages of src/pages: the pages plugin
 * compiles them with the docs' MDX pipeline, and the build checks their links as a doc's, so
 * they are resolved by the docs' functions (check/resolve.ts), at the page's own address. Only
 * their `.md` links differ: the pages plugin resolves them among its own pages
 * (check/content-file-links.ts). The partials a page renders are judged there, as a doc's (their
 * links, and their headings among its anchors); the `.md` links of one in src/pages or a blog's
 * folder as that plugin's loader resolves them. Their imports of modules are judged as a doc's.
 */
import type { Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import type { SiteIndex } from '../site-index.ts';
import { partialFileResolverOf, pluginFileResolver } from '../content-file-links.ts';
import { frontMatterImageProblem, moduleImportProblems, ownLinkProblems, partialLinkProblems } from './links.ts';
import { markdownPageView, pagesPluginOf } from '../../content/model/pages-plugin.ts';

export function checkSitePageLinks(site: Site, index: SiteIndex): Problem[] {
  const markdownPages = site.markdownPages;
  const plugin = pagesPluginOf(site.settings);
  if (!markdownPages || !plugin) return []; // most sites
  const problems: Problem[] = [];
  // The docs whose anchors these links look for are in the site's outline: when one of those
  // moves its anchors, the edit recheck checks the whole site (check/site-outline.ts, anchorsLookedForOutside).
  const sink = { add: (problem: Problem) => problems.push(problem), anchorsOf: () => {} };
  // The pages plugin's loader compiles the partials of its folder too: their .md links find its Markdown pages.
  const partialResolver = partialFileResolverOf(site, index);
  for (const markdownPage of markdownPages) {
    const page = markdownPageView(markdownPage);
    moduleImportProblems(page, site, index, sink);
    const resolver = pluginFileResolver(index, page, markdownPages, plugin.path, { file: 'Markdown page', plugin: 'the pages plugin' });
    ownLinkProblems(page, site, index, sink, resolver);
    partialLinkProblems(page, site, index, sink, partialResolver);
    frontMatterImageProblem(page, index, sink);
  }
  return problems;
}
