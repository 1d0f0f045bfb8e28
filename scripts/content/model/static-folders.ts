/**
 * The folders Docusaurus serves as they are (`staticDirectories`): a path from the root
 * (`/img/logo.png`) in a page, an image or a stylesheet is looked for in each, in the config's
 * order. Each is a path from the site's folder, with `/` (`../shared` outside it).
 */
import type { SiteSettings } from './site.ts';

/** Docusaurus's default (DEFAULT_STATIC_DIR_NAME). */
const DEFAULT_STATIC_FOLDERS: readonly string[] = Object.freeze(['static']);

export const staticFoldersOf = (site: Pick<SiteSettings, 'staticDirectories'>): readonly string[] => site.staticDirectories ?? DEFAULT_STATIC_FOLDERS;

/** The first of the folders that holds `decoded` (a path from the root, `/img/x.png`), as the first file mdx-loader and webpack find; undefined for none. */
export function staticFileOf(folders: readonly string[], decoded: string, isFile: (relative: string) => boolean): string | undefined {
  for (const folder of folders) {
    const rest = decoded.replace(/^\/+/, '');
    const relative = folder === '.' ? rest : `${folder}/${rest}`; // '.': the site's folder itself
    if (isFile(relative)) return relative;
  }
  return undefined;
}

/** The folders for a writer: `static/`, or `public/ or static/`. */
export const staticFoldersInWords = (folders: readonly string[]): string => (folders.length === 0 ? 'no static folder (staticDirectories is empty)' : folders.map((folder) => `${folder}/`).join(' or '));
