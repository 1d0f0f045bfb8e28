/**
 * "Last updated" dates for a build made from a staged copy of the site.
 *
 * `npm run build` builds from a copy without the drafts (scripts/build.ts). The copy is not in
 * git, so Docusaurus's own git reader would find no history. This wraps Docusaurus's eager git
 * reader (one `git log` for the whole repository) and maps each staged path back to the file
 * the writer edited.
 */
import path from 'node:path';
import type { VcsConfig } from '@docusaurus/types';

export function stagedSiteVcs(sourceDir: string): VcsConfig {
  // Required here, not at the top: the writers' check loads the config too, and only builds
  // need Docusaurus's utilities (a tenth of a second to load).
  const { getVcsPreset } = require('@docusaurus/utils') as typeof import('@docusaurus/utils');
  const git = getVcsPreset('git-eager');
  let stagedDir = sourceDir;
  const toSource = (filePath: string) => path.join(sourceDir, path.relative(stagedDir, filePath));
  return {
    initialize: ({ siteDir }) => {
      stagedDir = siteDir;
      git.initialize({ siteDir: sourceDir });
    },
    getFileCreationInfo: (filePath) => git.getFileCreationInfo(toSource(filePath)),
    getFileLastUpdateInfo: (filePath) => git.getFileLastUpdateInfo(toSource(filePath)),
  };
}
