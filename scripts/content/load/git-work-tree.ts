/**
 * Whether a site is outside any git work tree, as git itself answers where the build asks it
 * (`git rev-parse --is-inside-work-tree`, which honours GIT_CEILING_DIRECTORIES). Without git on
 * the machine the answer is unknown: false, as the build then only warns.
 */
import { spawnSync } from 'node:child_process';

export function outsideGitWorkTree(siteDir: string): boolean {
  const git = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: siteDir, stdio: 'pipe' });
  return git.error === undefined && git.status !== 0;
}
