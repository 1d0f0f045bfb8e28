/**
 * Where webpack looks for a path written from the root (`/img/logo.png` in a stylesheet's url(),
 * `/src/data/x.js` in an import): Docusaurus gives it the static folders (`staticDirectories`)
 * and the site's folder as roots (`resolve.roots`), tried in that order before the path as it
 * stands on the disk. (The last root, the folder the build starts in, is the site's own when the
 * build runs there.)
 */
import path from 'node:path';

/** `staticFolders`: paths from the site's folder (model/static-folders.ts). */
export const rootedCandidates = (siteDir: string, staticFolders: readonly string[], source: string): string[] => [
  ...staticFolders.map((folder) => path.join(siteDir, folder, source)),
  path.join(siteDir, source),
  source,
];
