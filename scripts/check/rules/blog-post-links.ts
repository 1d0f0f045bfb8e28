/**
 * Rules `broken-link` and `broken-anchor` for the posts of the site's blogs: the blog plugin
 * compiles them with the docs' MDX pipeline, and the build checks their links as a doc's, at the
 * post's own address (check/resolve.ts). Their `.md` links find posts of the same blog only
 * (check/content-file-links.ts), and the blog's list, tag and author pages show it too
 * (listPageProblems). The partials a post renders are judged there, as a doc's (their links, and
 * their headings among its anchors), and those above its marker on the list pages too. Their
 * imports of modules are judged as a doc's.
 */
import type { BlogPost, MarkdownLink, MdxFacts, Page, PageExtract, Site } from '../../content/model/site.ts';
import { anchorSeverityIn, type Problem } from '../problem.ts';
import { isExternal, resolveLink, type MarkdownFileResolver, type Resolution } from '../resolve.ts';
import { listingsByPost, pagesShowing, type BlogListing } from '../../content/model/blog-routes.ts';
import type { SiteIndex } from '../site-index.ts';
import { partialFileResolverOf, pluginFileResolver } from '../content-file-links.ts';
import { frontMatterImageProblem, isMarkdownFileLink, moduleImportProblems, ownLinkProblems, partialLinkProblems, renderedLinksOf, stopsBuild } from './links.ts';
import { formatOf, isInAny } from '../../content/model/markdown-format.ts';
import { markdownPageView } from '../../content/model/pages-plugin.ts';
import { isAnchorHeading, partialAnchorsOf } from '../../content/model/anchors.ts';
import { partialsShownAbove, truncateMarkerOf } from '../../content/model/rendered-partials.ts';
import { LIST_PAGE_NAMES, pagesNamed, type ShownOn } from './blog-list-names.ts';

export function checkBlogPostLinks(site: Site, index: SiteIndex): Problem[] {
  const posts = site.blogPosts;
  if (!posts) return []; // most sites
  const problems: Problem[] = [];
  // As for the pages of src/pages, the docs whose anchors these links look for are in the site's
  // outline: when one of those moves its anchors, the edit recheck checks the whole site (check/site-outline.ts).
  const sink = { add: (problem: Problem) => problems.push(problem), anchorsOf: () => {} };
  const listingsOf = listingsByPost(site.blogListings ?? []);
  // A blog's loader compiles the partials of its folder too, whichever post renders them: their .md links find that blog's posts.
  const partialResolver = partialFileResolverOf(site, index);
  for (const post of posts) {
    const page = markdownPageView(post);
    moduleImportProblems(page, site, index, sink);
    const sameBlog = posts.filter(({ blog }) => blog === post.blog);
    const resolver = pluginFileResolver(index, page, sameBlog, post.blog, { file: 'post', plugin: 'the blog' });
    ownLinkProblems(page, site, index, sink, resolver);
    partialLinkProblems(page, site, index, sink, partialResolver);
    frontMatterImageProblem(page, index, sink);
    problems.push(...listPageProblems(post, page, listingsOf.get(post) ?? [], site, index, resolver));
  }
  return problems;
}

/**
 * The blog's list pages show each listed post too, up to its truncate marker (or whole), and so
 * do the pages of its tags and its authors; the build checks its links on each of them. A
 * relative address (`./setup`, `../2024/05/02/x`) leads elsewhere from `/blog`, `/blog/page/2`
 * or `/blog/tags/x` than from the post's own address, and a `#heading` below the marker is no
 * anchor of theirs. What breaks on the page of a list it lands on is reported, where the dates
 * of the list's posts say which one that is (model/blog-routes.ts, blogListings); else what
 * breaks on every page of that list. What breaks from the post's own address is reported already.
 * An unlisted post is on none of these but the pages of a tag whose every post is unlisted.
 */
function listPageProblems(post: BlogPost, page: Page, listings: readonly BlogListing[], site: Site, index: SiteIndex, resolver: MarkdownFileResolver): Problem[] {
  if (post.draft || listings.length === 0) return [];
  const shownOn = listings.map((listing): ShownOn => ({ kind: listing.kind, routes: pagesShowing(listing, post).routes }));
  const shown = (line: number) => post.truncatedAt === undefined || line < post.truncatedAt;
  const { markdownFormat: format, h1Anchors } = site.settings;
  // The partials it shows, and of those the ones its text above the marker renders: those show on the list pages too.
  const hidden = index.hiddenPartialsOf(page);
  const rendered = index.partialsOf(page).filter(({ file }) => !hidden.has(file));
  const listed = partialsShownAbove(page, truncateMarkerOf(post), rendered);
  const listedIds = new Set(listed.flatMap((partial) => partialAnchorsOf(partial, format, h1Anchors)));
  const unlistedIds = new Set(rendered.filter((partial) => !listed.includes(partial)).flatMap((partial) => partialAnchorsOf(partial, format, h1Anchors)));
  // The links the build collects: the Markdown ones (and HTML ones of a CommonMark post) but in
  // tabs it leaves out, and the <Link>s the post writes; of its partials on the list pages, the
  // same but their .md links, which the build makes addresses that hold everywhere.
  const sources = [
    { file: post.file, links: collectedLinks(page.mdx, page.extract, formatOf(page.file, page.frontMatter.data, format)).filter((link) => shown(link.line)) },
    ...listed.map((partial) => ({ file: partial.file, links: collectedLinks(partial.mdx, partial.extract, formatOf(partial.file, {}, format)).filter((link) => !isMarkdownFileLink(link)) })),
  ];
  const problems: Problem[] = [];
  for (const { file, links } of sources) {
    for (const link of links) {
      if (isExternal(link.url) || link.url.startsWith('/')) continue;
      if (link.url.startsWith('#')) {
        const id = link.url.slice(1);
        const below = unlistedIds.has(id) || (post.truncatedAt !== undefined && post.extract.headings.some((heading) => heading.id === id && isAnchorHeading(heading, h1Anchors) && heading.line >= post.truncatedAt!));
        const above = listedIds.has(id) || post.extract.headings.some((heading) => heading.id === id && heading.line < (post.truncatedAt ?? Infinity));
        // A list page whose anchors the model knows (load/blog-posts.ts, blogListAnchors) may have it
        // from another post it shows; where they are not known, only this post's are.
        const lacks = (route: string) => !site.otherRouteAnchors?.[route]?.list.includes(id);
        if (below && !above && shownOn.some(({ routes }) => routes.every(lacks))) {
          const { words, count } = pagesNamed(shownOn);
          problems.push({
            file, line: link.line, column: link.column, severity: anchorSeverityIn(page, site.settings.onBrokenAnchors), rule: 'broken-anchor',
            message: `${words} ${count === 1 ? 'shows' : 'show'} this post up to its truncate marker (line ${post.truncatedAt}), and the heading "#${id}" is below it: ${count === 1 ? `the ${LIST_PAGE_NAMES[shownOn[0].kind][0]} has no such anchor` : 'none of them has such an anchor'}`,
            hint: 'move the heading above the truncate marker, or link to it from the post\'s own address (/blog/…#…)',
          });
        }
        continue;
      }
      if (resolveLink(index, page, link, resolver).kind === 'missing') continue; // reported from the post's own address
      // The lists on whose every candidate page it leads nowhere: on one of those it surely does.
      let breaks: Extract<Resolution, { kind: 'missing' }>['breaks'] | undefined;
      const brokenOn = shownOn.filter(({ routes }) => routes.every((route) => {
        const resolution = resolveLink(index, { ...page, route }, link, resolver);
        if (resolution.kind !== 'missing') return false;
        breaks ??= resolution.breaks;
        return true;
      }));
      if (brokenOn.length === 0) continue;
      const { words, count } = pagesNamed(brokenOn);
      problems.push({
        file, line: link.line, column: link.column, severity: stopsBuild(breaks!, site.settings) ? 'error' : 'warning', rule: 'broken-link',
        message: `${words} ${count === 1 ? 'shows' : 'show'} this post too${post.truncatedAt === undefined ? '' : `, up to its truncate marker`}, and from there "${link.url}" leads to no page`,
        hint: 'write the address from the site\'s root (/…), or link to the file (./other-post.md), which the build makes an address that holds everywhere',
      });
    }
  }
  return problems;
}

/** The links the build collects from a file, in order: its Markdown ones (and HTML ones, read as CommonMark) but in tabs it leaves out, and its <Link>s. */
function collectedLinks(mdx: MdxFacts | undefined, extract: PageExtract, fileFormat: 'md' | 'mdx'): MarkdownLink[] {
  const { unrendered, components } = renderedLinksOf(mdx, fileFormat);
  const written = extract.links.filter((link) => (link.kind === 'link' || link.kind === 'html-link') && !isInAny(link, unrendered));
  return [...written, ...components].sort((a, b) => a.line - b.line || a.column - b.column);
}
