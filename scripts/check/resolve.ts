/**
 * Where a link in a page leads, decided as Docusaurus decides it:
 * - `x.md` / `x.mdx` links are file links: from the page's folder, then (bare and `/`-rooted
 *   ones) the version's root and the site folder, the first page found wins, whatever its
 *   version (Docusaurus follows a path into another version; the check warns about it);
 * - `@site/…` links name a file from the site folder;
 * - images, and links to files with an extension other than .md, .mdx and .html, are assets:
 *   a file next to the page, in static/ for a path from `/`, or from the site folder for
 *   `@site/`; Docusaurus requires them, so a missing image, a folder or a name webpack cannot
 *   require stops the build (mdx-loader's transformImage and transformLinks);
 * - everything else is a URL, resolved against the page's own URL like a browser does, and
 *   must name a published route: the broken-link check knows routes, not the files of static/;
 * - an inline link or image with an empty URL stops the build (onBrokenMarkdownLinks);
 * - a definition (`[label]: url`) of anything but a Markdown file is a URL, and only a route
 *   will do: Docusaurus bundles files only for inline links, and checks a reference's link as
 *   an address (extract/definition-uses.ts says which definitions references use).
 */
import path from 'node:path';
import type { BlogListKind, MarkdownLink, Page } from '../content/model/site.ts';
import { applyTrailingSlash, routeKey, servedRoute } from '../content/model/routes.ts';
import { unpublishedSitePageHint } from '../content/model/site-page-routes.ts';
import { blogRouteHint } from '../content/model/blog-routes.ts';
import { MARKDOWN_FILE } from '../content/model/module-specifiers.ts';
import { staticFileOf, staticFoldersInWords, staticFoldersOf } from '../content/model/static-folders.ts';
import type { SiteIndex } from './site-index.ts';

export type Resolution =
  | { kind: 'external' }
  | { kind: 'page'; page: Page; hash: string | undefined; via: 'file' | 'url'; crossVersion?: true }
  | { kind: 'route'; hash: string | undefined; route: string; anchors?: ReadonlySet<string>; file?: string; listPage?: BlogListKind }
  | { kind: 'asset' }
  | { kind: 'missing'; message: string; hint?: string; breaks: Breaks };

/**
 * What stops the build at a link that leads nowhere, and so which setting decides whether it
 * does (rules/links.ts, stopsBuild):
 * - `address`: the build's link check (`onBrokenLinks`);
 * - `file-link`: mdx-loader's hook (`markdown.hooks.onBrokenMarkdownLinks`), and then, the link
 *   left as written, the link check;
 * - `empty-link`: the hook alone (an empty address is never checked);
 * - `image`, `empty-image`: mdx-loader's image hook (`markdown.hooks.onBrokenMarkdownImages`);
 *   an image left as written is no link;
 * - `always`: webpack, or a URL Docusaurus cannot read.
 */
export type Breaks = 'address' | 'file-link' | 'empty-link' | 'image' | 'empty-image' | 'always';

const HAS_SCHEME = /^[a-zA-Z][a-zA-Z\d+.-]*:/;
/** An address of another site (a scheme, or `//host`), or none at all: nothing to resolve here. */
export const isExternal = (url: string): boolean => url === '' || HAS_SCHEME.test(url) || url.startsWith('//');
/** The folder of a site-relative file (`docs/a/b.md` → `docs/a`), like path.posix.dirname. */
export const folderOf = (file: string) => {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '.' : file.slice(0, slash);
};

/** A `.` or `..` segment, or an empty one, anywhere in a relative path: path.posix.join must normalise it. */
const UNUSUAL_SEGMENT = /(?:^|\/)\.{0,2}(?:\/|$)/;

/**
 * path.posix.join(folder, relative) for a normal site-relative folder (no `.`, `..` or empty
 * segments, no slash at either end, not `.`), in the shapes links have: `x.md`, `./x.md`,
 * `../t/x.md`. Most links of a site are these, and the rule resolves every link of every page
 * in the check's serial end; anything else takes path.posix.join (tests/unit/resolve-join).
 */
export function joinFromFolder(folder: string, relative: string): string {
  let rest = relative;
  let base = folder;
  for (;;) {
    if (rest.startsWith('./')) rest = rest.slice(2);
    else if (rest.startsWith('../') && base !== '.' && base !== '') {
      const slash = base.lastIndexOf('/');
      if (slash === -1 || base.slice(slash + 1) === '..') return path.posix.join(folder, relative);
      base = base.slice(0, slash);
      rest = rest.slice(3);
    } else break;
  }
  if (base === '.' || base === '' || rest === '' || UNUSUAL_SEGMENT.test(rest) || UNUSUAL_SEGMENT.test(base)) return path.posix.join(folder, relative);
  return `${base}/${rest}`;
}

export function splitUrl(url: string): { pathname: string; hash: string | undefined } {
  const hashIndex = url.indexOf('#');
  const hash = hashIndex === -1 ? undefined : url.slice(hashIndex + 1);
  let pathname = hashIndex === -1 ? url : url.slice(0, hashIndex);
  const queryIndex = pathname.indexOf('?');
  if (queryIndex !== -1) pathname = pathname.slice(0, queryIndex);
  return { pathname, hash };
}

/**
 * How a link to a Markdown file finds its page: by default as the docs plugin resolves it (the
 * page's version, then the site folder); a page of src/pages resolves it as the pages plugin
 * does (rules/site-page-links.ts).
 */
export type MarkdownFileResolver = (pathname: string, hash: string | undefined) => Resolution;

/** `folder`: the page's folder (folderOf), when the caller resolves many of its links. */
export function resolveLink(index: SiteIndex, page: Page, link: MarkdownLink, markdownFile?: MarkdownFileResolver, folder = folderOf(page.file)): Resolution {
  const url = link.url.trim();
  if (url === '' && (link.kind === 'link' || link.kind === 'image')) {
    const image = link.kind === 'image';
    return { kind: 'missing', message: `${image ? 'image' : 'link'} with an empty URL`, hint: image ? 'write the image\'s path, ![alt](./diagram.png)' : 'write the link\'s target, [text](./page.md), or leave the text without brackets', breaks: image ? 'empty-image' : 'empty-link' };
  }
  if (isExternal(url)) return { kind: 'external' };
  const { pathname, hash } = splitUrl(url);
  const definesAddress = link.kind === 'definition' && !MARKDOWN_FILE.test(pathname);
  // A <Link>'s `to` is an address, checked as a route even where a file of static/ has that
  // name: mdx-loader resolves and bundles files for Markdown links alone. So is an HTML <a>'s href.
  if ((link.kind === 'jsx-link' || link.kind === 'html-link') && pathname !== '') return resolveUrl(index, page, pathname, hash, link.kind === 'html-link' ? 'html' : 'component');
  // mdx-loader hands every Markdown file link (`@site/` ones too) to the plugin that compiles the page.
  if (markdownFile && link.kind !== 'image' && MARKDOWN_FILE.test(pathname)) return markdownFile(pathname, hash);
  if (pathname.startsWith('@site/') && !definesAddress) return resolveSiteAlias(index, page, link, pathname, hash);
  if (pathname === '') return { kind: 'page', page, hash, via: 'url' };
  if (link.kind !== 'image' && MARKDOWN_FILE.test(pathname)) return resolveMarkdownFile(index, page, pathname, hash, folder);
  if (definesAddress) return resolveUrl(index, page, pathname, hash, 'reference');
  const asset = resolveAsset(index, page, pathname, link.kind === 'image', folder);
  if (asset) return asset;
  return resolveUrl(index, page, pathname, hash);
}

/**
 * The folders a page's version reads its docs from, as the docs plugin's getContentPathList: in
 * a locale's build, the translations' folder first.
 */
function versionDirsOf(index: SiteIndex, page: Page): string[] {
  const { dir, localizedDir } = index.site.versions.find((version) => version.name === page.version)!;
  return localizedDir === undefined ? [dir] : [localizedDir, dir];
}

/** Whether a site-relative file is inside a version's docs folder, or its translations' folder. */
function inDocs(index: SiteIndex, file: string): boolean {
  return index.site.versions.some((version) => file.startsWith(`${version.dir}/`) || (version.localizedDir !== undefined && file.startsWith(`${version.localizedDir}/`)));
}

function resolveMarkdownFile(index: SiteIndex, page: Page, pathname: string, hash: string | undefined, pageDir: string): Resolution {
  const decoded = decodedPath(pathname);
  if (typeof decoded !== 'string') return decoded;
  // Nearly every link names a page from the page's own folder: try that before anything else.
  if (!pathname.startsWith('/')) {
    const target = index.pageByFile.get(joinFromFolder(pageDir, decoded));
    if (target) return pageTarget(index, page, target, hash);
  }
  const versionDirs = versionDirsOf(index, page);
  const dirs = pathname.startsWith('/') ? [...versionDirs, '.']
    : pathname.startsWith('./') || pathname.startsWith('../') ? [pageDir]
      : [pageDir, ...versionDirs, '.'];
  // Join normalizes; then, as Docusaurus names the file it looks for (aliasedSitePath), a
  // backslash is a folder separator, on every system: `versioned_docs\v1\intro.md` finds a page.
  const candidates = dirs.map((dir) => path.posix.join(dir, decoded).replace(/\\/g, '/'));
  for (const candidate of candidates) {
    const target = index.pageByFile.get(candidate);
    if (target) return pageTarget(index, page, target, hash);
  }
  const first = candidates[0];
  if (isOutsideSite(index, first)) {
    return { kind: 'missing', message: `link "${pathname}" leads outside the site folder`, hint: 'link to a page inside this site', breaks: 'file-link' };
  }
  return untranslated(index, candidates) ?? missingFile(index, page, candidates);
}

/**
 * In a locale's build, a Markdown link between a translated page and one nobody translated.
 * The docs plugin finds a page by the file it is read from: a translated page's file among the
 * translations, any other page's in the docs folder. A link that names the other folder's file
 * stays unresolved, and the build stops.
 */
function untranslated(index: SiteIndex, candidates: string[]): Resolution | undefined {
  for (const candidate of candidates) {
    for (const { dir, localizedDir } of index.site.versions) {
      if (localizedDir === undefined) continue;
      const [from, to] = candidate.startsWith(`${localizedDir}/`) ? [localizedDir, dir] : candidate.startsWith(`${dir}/`) ? [dir, localizedDir] : [];
      const other = from === undefined ? undefined : index.pageByFile.get(`${to}${candidate.slice(from.length)}`);
      if (!other) continue;
      const message = from === localizedDir
        ? `no translation "${candidate}": a translated page's Markdown links find translated pages only, and "${other.file}" has no translation`
        : `"${candidate}" is read from its translation, "${other.file}": the Markdown links of a page nobody translated do not find it`;
      return { kind: 'missing', message, hint: `translate both pages, or link to the address: ${other.route}`, breaks: 'file-link' };
    }
  }
  return undefined;
}

/** Whether a site-relative path leads out of the site folder, and out of every docs folder (one may lie outside it: `path: '../docs'`). */
function isOutsideSite(index: SiteIndex, file: string): boolean {
  if (file !== '..' && !file.startsWith('../')) return false;
  return !inDocs(index, file);
}

/**
 * A file link that found its page; marked when the page is in another version. A page of another
 * docs instance is not found: each instance resolves Markdown links among its own docs.
 */
function pageTarget(index: SiteIndex, page: Page, target: Page, hash: string | undefined): Resolution {
  if (target.version === page.version) return { kind: 'page', page: target, hash, via: 'file' };
  const instanceOf = (name: string) => index.site.versions.find((version) => version.name === name)?.instance;
  const instance = instanceOf(target.version);
  if (instance !== instanceOf(page.version)) {
    return {
      kind: 'missing',
      message: `"${target.file}" is a page of ${instance === undefined ? 'the default docs instance' : `the docs instance "${instance}"`}, and a docs page's Markdown links find pages of its own instance only`,
      hint: target.draft ? 'it is a draft (draft: true), which a production build leaves out: link to it once it is published' : `link to its address: ${target.route}`,
      breaks: 'file-link',
    };
  }
  return { kind: 'page', page: target, hash, via: 'file', crossVersion: true };
}

/** `@site/…`: a path from the site folder, as Docusaurus's alias: a page of any version, or a file. */
function resolveSiteAlias(index: SiteIndex, page: Page, link: MarkdownLink, pathname: string, hash: string | undefined): Resolution {
  const decoded = decodedPath(pathname);
  if (typeof decoded !== 'string') return decoded;
  const relative = path.posix.normalize(decoded.slice('@site/'.length));
  const breaks = link.kind === 'image' ? 'image' : 'file-link';
  if (relative.startsWith('../')) {
    return { kind: 'missing', message: `link "${pathname}" leads outside the site folder`, hint: 'link to a page inside this site', breaks };
  }
  if (link.kind !== 'image' && MARKDOWN_FILE.test(relative)) {
    const target = index.pageByFile.get(relative);
    return target ? pageTarget(index, page, target, hash) : missingFile(index, page, [relative], '@site/ paths start at the site folder, e.g. @site/docs/faq/security.md');
  }
  if (index.isFile(relative)) return unrequirable(relative) ?? { kind: 'asset' };
  // A folder by that name is there to mdx-loader's image transform, which requires it: webpack stops.
  const folderImage = link.kind === 'image' && index.fileExists(relative);
  return caseTwinOr(index, [relative], { kind: 'missing', message: `no file "${relative}"`, hint: '@site/ paths start at the site folder, e.g. @site/static/img/x.png', breaks: folderImage ? 'always' : breaks });
}

/** No page at any of `candidates`: a file that is no page, a case difference, or nothing there. */
function missingFile(index: SiteIndex, page: Page, candidates: string[], hint = 'check the path; it is relative to this page\'s folder'): Resolution {
  const notAPage = candidates.find((candidate) => inDocs(index, candidate) && index.isFile(candidate));
  if (notAPage) {
    return { kind: 'missing', message: `"${notAPage}" is there, but it is no page`, hint: 'the docs plugin leaves out files and folders whose names start with _ (partials, which a page imports), and what its include and exclude options leave out: link to a page', breaks: 'file-link' };
  }
  // The docs resolve `.md` links among the docs alone: a blog post is linked to at its address.
  const post = index.site.blogPosts?.find(({ file }) => candidates.includes(file));
  if (post) {
    return { kind: 'missing', message: `"${post.file}" is a blog post, and the docs' Markdown links find docs only`, hint: post.draft ? 'it is a draft (draft: true), which a production build leaves out: link to it once it is published' : `link to its address: ${post.route}`, breaks: 'file-link' };
  }
  return caseTwinOr(index, candidates, { kind: 'missing', message: `no page "${candidates[0]}" in version ${page.version}`, hint, breaks: 'file-link' });
}

/** The problem to report for a file that is not there: its case twin when one exists, else `missing`. */
export function caseTwinOr(index: SiteIndex, candidates: string[], missing: Extract<Resolution, { kind: 'missing' }>, noun = 'file'): Resolution {
  for (const candidate of candidates) {
    const twin = index.caseTwin(candidate);
    if (twin && twin !== candidate && twin.normalize('NFC') === candidate.normalize('NFC')) {
      return { kind: 'missing', message: `no ${noun} "${candidate}"`, hint: `"${twin}" looks the same, but its accented letters are written with other Unicode code points (composed or not); rename the file, or retype the link's accents`, breaks: missing.breaks };
    }
    if (twin && twin !== candidate) {
      return { kind: 'missing', message: `no ${noun} "${candidate}"`, hint: `the case differs from "${twin}"; the site is served from Linux, where case matters`, breaks: missing.breaks };
    }
  }
  return missing;
}

/**
 * Files that Docusaurus requires as assets: every image, and a link whose name has an
 * extension other than .md, .mdx and .html. Undefined for a link it leaves to the broken-link
 * check as a URL: one without such an extension, or one to no file (only routes count there).
 */
function resolveAsset(index: SiteIndex, page: Page, pathname: string, isImage: boolean, pageDir: string): Resolution | undefined {
  // Only paths with an extension are files; `../security` is a route even if a folder has that name.
  if (!isImage && (path.posix.extname(pathname) === '' || HTML_OR_MARKDOWN.test(pathname))) return undefined;
  const decoded = decodedPath(pathname);
  if (typeof decoded !== 'string') return decoded;
  // From the root: the first static folder that holds it, as mdx-loader looks (a folder may be outside the site's).
  const folders = staticFoldersOf(index.site.settings);
  const fromRoot = decoded.startsWith('/');
  const served = fromRoot ? staticFileOf(folders, decoded, index.isFile) : undefined;
  if (served !== undefined) return unrequirable(served) ?? { kind: 'asset' };
  const relative = fromRoot ? path.posix.join(folders[0] ?? '.', decoded) : joinFromFolder(pageDir, decoded);
  if (!fromRoot && !relative.startsWith('../') && index.isFile(relative)) return unrequirable(relative) ?? { kind: 'asset' };
  if (!isImage) return undefined;
  if (!fromRoot && relative.startsWith('../')) {
    return { kind: 'missing', message: `image "${pathname}" leads outside the site folder`, hint: 'keep images in static/ or next to the page', breaks: 'image' };
  }
  const hint = decoded.startsWith('/') ? `root paths like /img/x.png are looked up in ${staticFoldersInWords(folders)}` : 'the path is relative to this page\'s folder';
  // A folder by that name exists to mdx-loader, which requires it: webpack stops.
  const folder = index.fileExists(relative);
  return caseTwinOr(index, [relative], { kind: 'missing', message: `no image "${relative}"${folder ? ' (a folder has that name)' : ''}`, hint, breaks: folder ? 'always' : 'image' }, 'image');
}

/**
 * A file link's path as mdx-loader decodes it (decodeURIComponent, for Markdown links, images
 * and other files alike), or, for a `%` that starts no escape, why the build stops there.
 */
export function decodedPath(pathname: string): string | Extract<Resolution, { kind: 'missing' }> {
  if (!pathname.includes('%')) return pathname;
  try {
    return decodeURIComponent(pathname);
  } catch {
    return { kind: 'missing', message: `"${pathname}" has a % that starts no escape: Docusaurus cannot decode the path ("URI malformed") and the build stops`, hint: 'write a % in a file name as %25, or rename the file', breaks: 'always' };
  }
}

/** An extension Docusaurus never requires as an asset (case matters, as in mdx-loader). */
const HTML_OR_MARKDOWN = /\.(?:mdx?|html)$/;

/** A file webpack cannot require by its name: a `?` starts a query there. */
function unrequirable(relative: string): Resolution | undefined {
  if (!relative.includes('?')) return undefined;
  return { kind: 'missing', message: `"${relative}" has a ? in its name, where webpack starts a query: it cannot require the file, and the build stops`, hint: 'rename the file without the ?', breaks: 'always' };
}

/**
 * The route an absolute path names: Docusaurus adds the base URL, unless the path starts with it
 * already; the base URL written without its last slash (`/docs` for `/docs/`) is the home page
 * (addBaseUrl in @docusaurus/core's useBaseUrl; diff74's F1 built it).
 */
export function routeOfPath(index: SiteIndex, pathname: string): string {
  const { baseUrl } = index.site.settings;
  if (baseUrl === '/') return pathname;
  if (pathname === baseUrl.slice(0, -1)) return '/';
  return pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length - 1) : pathname;
}

/** What is at a route (without baseUrl): a doc, or another page with its anchors where they are known; undefined when nothing is. */
export function routeResolution(index: SiteIndex, route: string, hash: string | undefined): Resolution | undefined {
  const target = index.routeTarget(route);
  if (target?.kind === 'page') return { kind: 'page', page: target.page, hash, via: 'url' };
  if (target) return target.anchors ? { kind: 'route', hash, route, anchors: target.anchors, ...(target.file ? { file: target.file } : {}), ...(target.listPage ? { listPage: target.listPage } : {}) } : { kind: 'route', hash, route };
  return undefined;
}

/** `written`: an inline link's URL, a reference's or a <Link>'s (whose hints differ: Docusaurus bundles files only for inline links). */
function resolveUrl(index: SiteIndex, page: Page, pathname: string, hash: string | undefined, written: 'inline' | 'reference' | 'component' | 'html' = 'inline'): Resolution {
  // The static render decodes every address a page links to: whatever onBrokenLinks says, it stops here.
  if (typeof decodedPath(pathname) !== 'string') {
    return { kind: 'missing', breaks: 'always', message: `address "${pathname}" has a % that starts no escape: the static render cannot decode it ("could not be decoded"), and the build stops whatever onBrokenLinks says`, hint: 'write a % in an address as %25' };
  }
  const { trailingSlash } = index.site.settings;
  let route: string;
  if (pathname.startsWith('/')) {
    route = routeOfPath(index, pathname);
  } else {
    // The build resolves it from the page's path as served, the base URL included: climbing out
    // of the base URL leads to no page, whatever route the same path names inside it.
    const { baseUrl } = index.site.settings;
    const served = new URL(pathname, `http://site${baseUrl}${applyTrailingSlash(page.route, trailingSlash).slice(1)}`).pathname;
    const inside = servedRoute(baseUrl, served);
    if (inside === undefined) {
      return {
        kind: 'missing', breaks: 'address',
        message: `no page at "${served}" (from "${pathname}"): it leads out of the base URL ${baseUrl}`,
        hint: `the build resolves a relative address from the page's address, ${baseUrl} included: link to the .md file, or write the address from the site's root`,
      };
    }
    route = inside;
  }
  const found = routeResolution(index, route, hash);
  if (found) return found;
  const message = `no page at "${route}"${pathname === route ? '' : ` (from "${pathname}")`}`;
  // A Markdown page of src/pages that a draft or a slug keeps from this address.
  const unpublished = index.site.markdownPages && unpublishedSitePageHint(index.site.markdownPages, route, (a, b) => routeKey(a) === routeKey(b));
  if (unpublished) return { kind: 'missing', message, breaks: 'address', hint: unpublished };
  const noPost = index.site.settings.blogs && blogRouteHint(index.site.settings.blogs, index.site.blogPosts ?? [], index.site.otherRoutes, route, (a, b) => routeKey(a) === routeKey(b));
  if (noPost) return { kind: 'missing', message, breaks: 'address', hint: noPost };
  if (written === 'component' && path.posix.extname(pathname) !== '' && !HTML_OR_MARKDOWN.test(pathname)) {
    return { kind: 'missing', message, breaks: 'address', hint: 'Docusaurus checks a <Link>\'s address as a page, and bundles a file only for a Markdown link: write [text](/files/guide.pdf), or to="pathname:///files/guide.pdf"' };
  }
  if (written === 'html') {
    return {
      kind: 'missing', message, breaks: 'address',
      hint: path.posix.extname(pathname) !== '' && !HTML_OR_MARKDOWN.test(pathname)
        ? 'Docusaurus checks an HTML <a>\'s href as a page address, and bundles a file only for a Markdown link: write [text](/files/guide.pdf), or href="pathname:///files/guide.pdf"'
        : 'Docusaurus checks an HTML <a>\'s href as a page address, as a browser resolves it (a .md file is no address there): write a Markdown link, [text](./page.md), or the page\'s address',
    };
  }
  if (written === 'reference') {
    const hint = path.posix.extname(pathname) === ''
      ? 'a reference\'s address is resolved like a browser would, against this page\'s URL; define the .md file instead ([label]: ./page.md)'
      : 'Docusaurus bundles a file only for an inline link, and checks a reference\'s address as a page: write the link inline, [text](./file.pdf)';
    return { kind: 'missing', message, hint, breaks: 'address' };
  }
  return {
    kind: 'missing',
    message,
    breaks: 'address',
    hint: HTML_OR_MARKDOWN.test(pathname)
      ? 'Docusaurus checks a link to an .html file as a page address, and no page is there: link to the .md file, or write pathname:// before an address outside the docs (pathname:///report.html)'
      : pathname.startsWith('/')
        ? 'a path starting with / must be a page of this site; a file in static/ counts only by its name with an extension, such as /files/guide.pdf'
        : 'a link without .md is resolved like a browser would, against this page\'s URL; link to the .md file instead',
  };
}
