/**
 * Docusaurus's route rules for docs, in one place: doc ids, slugs, number prefixes, category
 * index pages, version paths and trailing slashes. tests/unit/routes.test.ts compares every rule
 * with the functions Docusaurus itself uses.
 */
import path from 'node:path';
import resolvePathnameLib from 'resolve-pathname';
import { isValidPathname } from '@docusaurus/utils/lib/urlUtils.js';
import { docIdOf, parsesNumberPrefixes, slugOf } from './front-matter-schema.ts';

// Docusaurus's default number prefix parser: `01-intro` → `intro`; `1.2-x` (a version) is kept.
const IGNORED_PREFIX = /^\d+[-_.]\d+/;
const NUMBER_PREFIX = /^(\d+)\s*[-_.]+\s*([^-_.\s].*)$/;

export function stripNumberPrefix(name: string): string {
  if (IGNORED_PREFIX.test(name)) return name;
  return NUMBER_PREFIX.exec(name)?.[2] ?? name;
}

const stripPathNumberPrefixes = (dir: string) => dir.split('/').map(stripNumberPrefix).join('/');

/** `index.md`, `README.md` and `folder/folder.md` stand for their folder. */
export function isCategoryIndex(source: string): boolean {
  const { name, dir } = path.posix.parse(source);
  const parent = dir.split('/').at(-1)?.toLowerCase();
  const lower = name.toLowerCase();
  return lower === 'index' || lower === 'readme' || (parent !== undefined && parent !== '' && lower === parent);
}

export interface DocIdentity {
  id: string;
  /** The doc's slug inside its version, e.g. `/faq/security` or `/reference-guides/rancher-security/`. */
  slug: string;
}

/**
 * Id and slug of a doc at `source` (relative to its version's docs dir, with `/`).
 * `numberPrefixes`: false when the site turns the docs plugin's parser off (`numberPrefixParser: false`).
 */
export function docIdentity(source: string, frontMatter: Record<string, unknown>, numberPrefixes = true): DocIdentity {
  const parseNumberPrefixes = numberPrefixes && parsesNumberPrefixes(frontMatter);
  const fileName = path.posix.basename(source, path.posix.extname(source));
  const sourceDirName = path.posix.dirname(source);
  const baseId = docIdOf(frontMatter) ?? (parseNumberPrefixes ? stripNumberPrefix(fileName) : fileName);
  const dirName = sourceDirName === '.' ? '' : parseNumberPrefixes ? stripPathNumberPrefixes(sourceDirName) : sourceDirName;
  const id = dirName ? `${dirName}/${baseId}` : baseId;
  const dirSlug = sourceDirName === '.' ? '/' : `/${dirName}/`;
  const frontMatterSlug = slugOf(frontMatter);
  let slug: string;
  if (frontMatterSlug?.startsWith('/')) slug = frontMatterSlug;
  else if (frontMatterSlug === undefined && isCategoryIndex(source)) slug = dirSlug;
  else slug = resolvePathname(frontMatterSlug ?? baseId, dirSlug);
  return { id, slug };
}

const PLAIN_SLUG = /^\/(?!\/)[\w/-]*$/;

/**
 * Whether Docusaurus can publish a page at this slug: its docs plugin refuses one that is no
 * plain URL path (`?`, `#`, a leading `//`: isValidPathname, Docusaurus's own test), and its
 * static render stops at a `%` that starts no escape (the router decodes every path).
 */
export function publishableSlug(slug: string): boolean {
  // Nearly every slug: letters, digits, `_`, `-` and single slashes, which a URL keeps as they are (no URL object needed).
  if (PLAIN_SLUG.test(slug)) return true;
  if (!isValidPathname(slug)) return false;
  try {
    decodeURI(slug);
    return true;
  } catch {
    return false;
  }
}

/** Resolve a slug against a folder path, with the library Docusaurus uses (no URL encoding). */
export const resolvePathname: (to: string, from?: string) => string = resolvePathnameLib;

/** Join URL parts with single slashes, keeping a trailing slash of the last part (normalizeUrl). */
export function joinUrl(...parts: string[]): string {
  const joined = parts.filter((part) => part !== '').join('/').replace(/\/{2,}/g, '/');
  return joined.startsWith('/') ? joined : `/${joined}`;
}

/** A page's URL path as the built site serves it, given the `trailingSlash` setting. */
export function applyTrailingSlash(route: string, trailingSlash: boolean | undefined): string {
  if (trailingSlash === undefined || route === '/') return route;
  if (trailingSlash) return route.endsWith('/') ? route : `${route}/`;
  return route.endsWith('/') ? route.slice(0, -1) : route;
}

/** The two spellings of a route that Docusaurus treats as the same page. */
export function routeKey(route: string): string {
  return route.length > 1 && route.endsWith('/') ? route.slice(0, -1) : route;
}

/**
 * The route (without the base URL) at a path as served: none outside the base URL. The base URL
 * without its last slash is the home page, as the build's link check matches routes either way.
 */
export function servedRoute(baseUrl: string, pathname: string): string | undefined {
  if (pathname.startsWith(baseUrl)) return pathname.slice(baseUrl.length - 1);
  return `${pathname}/` === baseUrl ? '/' : undefined;
}
