/**
 * Whether a site is outside any git work tree, as git itself answers where the build asks it
 * (`git rev-parse --is-inside-work-tree`, which honours GIT_CEILING_DIRECTORIES). Without git on
 * the machine the answer is unknown: false, as the build then only warns.
 *
 * A `.git` in the site's folder or one above it (a folder, or a worktree's file) is a work tree
 * for git too, unless the environment moves git's search: then git is not asked. This keeps a
 * spawn of git (about 10 ms here) out of the writer's edit loop on a clone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function outsideGitWorkTree(siteDir: string): boolean {
  if (hasGitAbove(siteDir)) return false;
  const git = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: siteDir, stdio: 'pipe' });
  return git.error === undefined && git.status !== 0;
}

/** Whether a `.git` entry is in `dir` or a folder above it, where nothing in the environment changes where git looks. */
function hasGitAbove(dir: string): boolean {
  if (process.env.GIT_DIR !== undefined || process.env.GIT_CEILING_DIRECTORIES !== undefined || process.env.GIT_WORK_TREE !== undefined) return false;
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, '.git'))) return true;
    if (path.dirname(at) === at) return false;
  }
}
