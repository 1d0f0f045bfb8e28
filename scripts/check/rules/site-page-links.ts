/**
 * Rules `broken-link` and `broken-anchor` for the Markdown pages of src/pages: the pages plugin
 * compiles them with the docs' MDX pipeline, and the build checks their links as a doc's, so
 * they are resolved by the docs' functions (check/resolve.ts), at the page's own address. Only
 * their `.md` links differ: the pages plugin resolves them among its own pages
 * (sitePageFileResolver). A page that renders partials is not judged: some of its links and
 * anchors are the partials' (load/site-pages.ts). Their imports of modules are, as a doc's.
 */
import path from 'node:path';
import type { MarkdownSitePage, Page, Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import { caseTwinOr, decodedPath, routeResolution, type MarkdownFileResolver, type Resolution } from '../resolve.ts';
import type { SiteIndex } from '../site-index.ts';
import { frontMatterImageProblem, moduleImportProblems, ownLinkProblems } from './links.ts';
import { markdownPageView, pagesPluginOf } from '../../content/model/pages-plugin.ts';

export function checkSitePageLinks(site: Site, index: SiteIndex): Problem[] {
  const markdownPages = site.markdownPages;
  const plugin = pagesPluginOf(site.settings);
  if (!markdownPages || !plugin) return []; // most sites
  const problems: Problem[] = [];
  // Which pages' anchors these links look for is not recorded: when anchors move, the edit
  // recheck checks the whole site instead (check/edit-recheck.ts, judgesSitePages).
  const sink = { add: (problem: Problem) => problems.push(problem), anchorsOf: () => {} };
  for (const markdownPage of markdownPages) {
    const page = markdownPageView(markdownPage);
    moduleImportProblems(page, site, index, sink);
    if (markdownPage.rendersPartials) continue;
    ownLinkProblems(page, site, index, sink, sitePageFileResolver(index, page, markdownPages, plugin.path));
    frontMatterImageProblem(page, index, sink);
  }
  return problems;
}

/**
 * A `.md` link of a page of src/pages, as the pages plugin resolves it (@docusaurus/utils,
 * resolveMarkdownLinkPathname, with the plugin's own sources): `@site/…` names a file from the
 * site folder; `/x.md` is looked for in the plugin's folder (`pagesDir`, src/pages by default),
 * then the site folder; `./x.md` and `../x.md` in the page's folder; `x.md` in the page's
 * folder, the plugin's, then the site folder. Only a published Markdown page of the plugin is
 * found: the docs are another plugin's, and a draft is left out of a production build.
 */
export function sitePageFileResolver(index: SiteIndex, page: Page, markdownPages: readonly MarkdownSitePage[], pagesDir: string): MarkdownFileResolver {
  return (pathname, hash): Resolution => {
    const decoded = decodedPath(pathname);
    if (typeof decoded !== 'string') return decoded;
    const pageDir = path.posix.dirname(page.file);
    // Docusaurus looks an `@site/` path up as written; the others are joined, which normalizes them.
    const candidates = decoded.startsWith('@site/') ? [decoded.slice('@site/'.length)]
      : (decoded.startsWith('/') ? [pagesDir, '.'] : decoded.startsWith('./') || decoded.startsWith('../') ? [pageDir] : [pageDir, pagesDir, '.'])
        .map((dir) => path.posix.join(dir, decoded));
    for (const candidate of candidates) {
      const target = markdownPages.find(({ file }) => file === candidate);
      if (target && !target.draft) return routeResolution(index, target.route, hash) ?? { kind: 'route', hash, route: target.route };
    }
    const draft = candidates.find((candidate) => markdownPages.some(({ file }) => file === candidate));
    const doc = candidates.find((candidate) => index.pageByFile.has(candidate));
    const hint = draft ? `${draft} is a draft (draft: true), which a production build leaves out`
      : doc ? `the pages plugin resolves .md links only to Markdown pages of ${pagesDir}, not to docs: link to the doc's address, ${index.pageByFile.get(doc)!.route}`
        : `check the path; it is relative to this page's folder, and a .md link of ${pagesDir} finds only another Markdown page of ${pagesDir}`;
    return caseTwinOr(index, candidates, { kind: 'missing', message: `no Markdown page "${candidates[0]}" in ${pagesDir}`, hint, breaks: 'file-link' });
  };
}
