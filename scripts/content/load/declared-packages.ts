/** The packages a site's package.json names (dependencies and devDependencies): a missing one wants an install, not an edit. */
import fs from 'node:fs';
import path from 'node:path';

export function declaredPackages(siteDir: string): Set<string> {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(siteDir, 'package.json'), 'utf8'));
    return new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
  } catch {
    return new Set();
  }
}
