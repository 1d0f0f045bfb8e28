/**
 * Where webpack looks for a path written from the root (`/img/logo.png` in a stylesheet's url(),
 * `/src/data/x.js` in an import): Docusaurus gives it the static folder and the site's folder as
 * roots (`resolve.roots`), tried in that order before the path as it stands on the disk. (The
 * last root, the folder the build starts in, is the site's own when the build runs there.)
 * The config's `staticDirectories` is not read: the check takes Docusaurus's default, static/.
 */
import path from 'node:path';

export const rootedCandidates = (siteDir: string, source: string): string[] => [path.join(siteDir, 'static', source), path.join(siteDir, source), source];
