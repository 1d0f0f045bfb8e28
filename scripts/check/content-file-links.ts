/**
 * A `.md` link of a page another content plugin than the docs compiles (a Markdown page of
 * src/pages, a blog post), as that plugin resolves it (@docusaurus/utils,
 * resolveMarkdownLinkPathname, with the plugin's own sources): `@site/…` names a file from the
 * site folder; `/x.md` is looked for in the plugin's folder, then the site folder; `./x.md` and
 * `../x.md` in the page's folder; `x.md` in the page's folder, the plugin's, then the site
 * folder. Only a published Markdown file of the same plugin is found: the docs are another
 * plugin's, and a draft is left out of a production build.
 */
import path from 'node:path';
import type { Page, Site } from '../content/model/site.ts';
import { folderHolding } from '../content/model/partials.ts';
import { pagesPluginOf } from '../content/model/pages-plugin.ts';
import { caseTwinOr, decodedPath, routeResolution, type MarkdownFileResolver, type Resolution } from './resolve.ts';
import type { SiteIndex } from './site-index.ts';

/** A Markdown file the plugin publishes, at its route. */
export interface PluginSource {
  file: string;
  route: string;
  draft?: true;
}

/** How the messages name the plugin's files and the plugin: "Markdown page" and "the pages plugin", "post" and "the blog". */
export interface PluginWords {
  file: string;
  plugin: string;
}

export function pluginFileResolver(index: SiteIndex, page: Page, sources: readonly PluginSource[], contentDir: string, words: PluginWords): MarkdownFileResolver {
  return (pathname, hash): Resolution => {
    const decoded = decodedPath(pathname);
    if (typeof decoded !== 'string') return decoded;
    const pageDir = path.posix.dirname(page.file);
    // Docusaurus looks an `@site/` path up as written; the others are joined, which normalizes them.
    const candidates = decoded.startsWith('@site/') ? [decoded.slice('@site/'.length)]
      : (decoded.startsWith('/') ? [contentDir, '.'] : decoded.startsWith('./') || decoded.startsWith('../') ? [pageDir] : [pageDir, contentDir, '.'])
        .map((dir) => path.posix.join(dir, decoded));
    for (const candidate of candidates) {
      const target = sources.find(({ file }) => file === candidate);
      if (target && !target.draft) return routeResolution(index, target.route, hash) ?? { kind: 'route', hash, route: target.route };
    }
    const draft = candidates.find((candidate) => sources.some(({ file }) => file === candidate));
    const doc = candidates.find((candidate) => index.pageByFile.has(candidate));
    const hint = draft ? `${draft} is a draft (draft: true), which a production build leaves out`
      : doc ? `${words.plugin} resolves .md links only to ${words.file}s of ${contentDir}, not to docs: link to the doc's address, ${index.pageByFile.get(doc)!.route}`
        : `check the path; it is relative to this page's folder, and a .md link of ${contentDir} finds only another ${words.file} of ${contentDir}`;
    return caseTwinOr(index, candidates, { kind: 'missing', message: `no ${words.file} "${candidates[0]}" in ${contentDir}`, hint, breaks: 'file-link' });
  };
}

/**
 * How the `.md` links of a partial outside every docs folder find their page: as the loader that
 * compiles it resolves them. Each content plugin's loader compiles every Markdown file of its own
 * folder, partials too, whichever page renders them: a blog's resolves among that blog's posts,
 * the pages plugin's among the Markdown pages of src/pages (a link it cannot resolve stays as
 * written, and the page that renders the partial breaks on it). Undefined elsewhere: no loader
 * resolves them, and they are left as written. One per site index: every page with a partial
 * asks for it.
 */
export function partialFileResolverOf(site: Site, index: SiteIndex): (from: Page) => MarkdownFileResolver | undefined {
  let resolverOf = partialResolvers.get(index);
  if (!resolverOf) {
    const posts = site.blogPosts ?? [];
    const blogFolders = [...new Set(posts.map(({ blog }) => blog))];
    const pagesPlugin = pagesPluginOf(site.settings);
    resolverOf = (from) => {
      const blog = folderHolding(from.file, blogFolders);
      if (blog !== undefined) return pluginFileResolver(index, from, posts.filter((post) => post.blog === blog), blog, { file: 'post', plugin: 'the blog' });
      if (pagesPlugin && folderHolding(from.file, [pagesPlugin.path])) return pluginFileResolver(index, from, site.markdownPages ?? [], pagesPlugin.path, { file: 'Markdown page', plugin: 'the pages plugin' });
      return undefined;
    };
    partialResolvers.set(index, resolverOf);
  }
  return resolverOf;
}

const partialResolvers = new WeakMap<SiteIndex, (from: Page) => MarkdownFileResolver | undefined>();
