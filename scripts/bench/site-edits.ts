/** The benchmarks' edits to a generated site: a writer's Latest edit, a new version. */
import fs from 'node:fs';
import path from 'node:path';

/** Append a line to one generated Latest page, as a writer's edit would. */
export function editLatestPage(site: string, round: number): void {
  const dir = path.join(site, 'docs');
  const page = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.md')).sort().at(-1);
  if (!page) throw new Error(`no Latest page in ${dir}`);
  fs.appendFileSync(path.join(dir, page), `\nEdited for the benchmark, round ${round}.\n`);
}

/**
 * A new version, as `docusaurus docs:version` makes one, but copied from the newest released
 * version rather than from docs/: the generated Latest pages link images by relative paths that
 * only resolve from docs/, so a literal docs:version copy of them does not build.
 */
export function addVersion(site: string, name: string): void {
  const versionsFile = path.join(site, 'versions.json');
  const versions = JSON.parse(fs.readFileSync(versionsFile, 'utf8')) as string[];
  const from = versions[0];
  fs.cpSync(path.join(site, 'versioned_docs', `version-${from}`), path.join(site, 'versioned_docs', `version-${name}`), { recursive: true });
  fs.cpSync(path.join(site, 'versioned_sidebars', `version-${from}-sidebars.json`), path.join(site, 'versioned_sidebars', `version-${name}-sidebars.json`));
  fs.writeFileSync(versionsFile, `${JSON.stringify([name, ...versions], null, 2)}\n`);
}

