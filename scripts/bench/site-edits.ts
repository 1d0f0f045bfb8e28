/** The benchmarks' edits to a generated site: a writer's Latest edit, a new version, and the check benchmarks' edits of a page and a partial. */
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

/**
 * The edits `npm run bench` and `npm run bench:mechanisms` time on the check's bench site: a
 * sentence added to a page (what other pages see of it is the same, so the check reads it
 * alone: check/edit-recheck.ts), a heading added instead (a new anchor: the pages whose links
 * look for its anchors are read too), and a sentence added to the partial many pages render
 * (every page is read again; link reuse keeps the others' link problems: check/link-reuse.ts).
 * Each edit starts from the original text, so each run has exactly one change to find.
 */
export interface BenchEdits {
  sentence(): void;
  heading(): void;
  partial(): void;
  /** Put both files back as they were. */
  restore(): void;
}

export function benchEdits(siteDir: string): BenchEdits {
  const page = path.join(siteDir, 'docs', fs.readdirSync(path.join(siteDir, 'docs'), { recursive: true }).map(String).find((file) => file.endsWith('.md'))!);
  const partial = path.join(siteDir, 'docs', '_bench', '_note.mdx');
  const pageText = fs.readFileSync(page, 'utf8');
  const partialText = fs.readFileSync(partial, 'utf8');
  let edits = 0;
  return {
    sentence: () => fs.writeFileSync(page, `${pageText}\nEdit ${++edits}.\n`),
    heading: () => fs.writeFileSync(page, `${pageText}\n## Edit ${++edits}\n`),
    partial: () => fs.writeFileSync(partial, `${partialText}\nEdit ${++edits}.\n`),
    restore: () => {
      fs.writeFileSync(page, pageText);
      fs.writeFileSync(partial, partialText);
    },
  };
}
