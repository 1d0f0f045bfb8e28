/**
 * The project's root folder, found from wherever this code runs: its source under scripts/, or
 * the bundle that scripts/run.cjs makes under node_modules/.cache/.
 */
import fs from 'node:fs';
import path from 'node:path';

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && !dir.split(path.sep).includes('node_modules')) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no project root above ${start}`);
  }
}

export const PROJECT_ROOT = findRoot(__dirname);
