/** The I/O half of a unit's key: hashes of its input files, the env it sees, its last commit. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { KEY_ENV, SHARED_INPUTS, type KeyInputs, type UnitPlan } from './units.ts';

export const sha256 = (data: Buffer | string) => crypto.createHash('sha256').update(data).digest('hex');

/** sha256 of every file under `entry` (a file or a folder), keyed by path relative to `root`. */
export function hashTree(root: string, entry: string, into: Record<string, string> = {}): Record<string, string> {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return into;
  if (fs.statSync(full).isFile()) {
    into[entry] = sha256(fs.readFileSync(full));
    return into;
  }
  for (const name of fs.readdirSync(full, { recursive: true }) as string[]) {
    const file = path.join(full, name);
    if (fs.statSync(file).isFile()) into[path.join(entry, name).split(path.sep).join('/')] = sha256(fs.readFileSync(file));
  }
  return into;
}

/** The last commit touching the unit's docs in the writer's checkout: its "last updated" dates. */
function lastCommit(sourceDir: string, docsDir: string): string {
  const git = spawnSync('git', ['log', '-1', '--format=%H', '--', docsDir], { cwd: sourceDir, encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() : '';
}

export function unitKeyInputs(unit: UnitPlan, stagedDir: string, sourceDir: string, sharedHashes: Record<string, string>): KeyInputs {
  const files = { ...sharedHashes };
  hashTree(stagedDir, unit.docsDir, files);
  hashTree(stagedDir, unit.sidebarFile, files);
  const env = Object.fromEntries(KEY_ENV.map((name) => [name, process.env[name] ?? '']));
  return { files, env, lastCommit: lastCommit(sourceDir, unit.docsDir) };
}

/** Hashes of what every unit depends on, computed once per build. */
export function sharedInputHashes(stagedDir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of SHARED_INPUTS) hashTree(stagedDir, entry, hashes);
  return hashes;
}
