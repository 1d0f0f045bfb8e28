/** Run the check on a fixture site and describe each problem as `file:line:col severity rule`. */
import fs from 'node:fs';
import path from 'node:path';
import { checkSite, type CheckResult } from '../../scripts/check/check-site.ts';
import { textLine } from '../../scripts/check/report.ts';
import type { Problem } from '../../scripts/check/problem.ts';
import { throwawaySiteDir, writeSiteFile } from './paths.ts';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export async function problemsOf(fixture: string): Promise<string[]> {
  const { problems } = await checkSite(path.join(FIXTURES, fixture), { cache: false });
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`);
}

/** Run the check on a fixture site and return each problem as the writer reads it (the text report's line). */
export async function reportLinesOf(fixture: string): Promise<string[]> {
  const { problems } = await checkSite(path.join(FIXTURES, fixture), { cache: false });
  return problems.map(textLine);
}

/**
 * The check (no cache) on a throwaway site, removed afterwards: a copy of `fixture` without its
 * mistakes/ folder, or else the mdx fixture's config (this site's Markdown settings) and a
 * `docs/index.md`; then `files` ([site-relative path]: text) written over it.
 */
export async function checkWith(files: Record<string, string>, fixture?: string): Promise<CheckResult> {
  const dir = throwawaySiteDir('check-files-');
  try {
    if (fixture) fs.cpSync(path.join(FIXTURES, fixture), dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}mistakes`) });
    else fs.copyFileSync(path.join(FIXTURES, 'mdx', 'docusaurus.config.js'), path.join(dir, 'docusaurus.config.js'));
    for (const [file, text] of Object.entries(fixture ? files : { 'docs/index.md': '# Home\n', ...files })) writeSiteFile(dir, file, text);
    return await checkSite(dir, { cache: false });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The problems of checkWith. */
export const problemsWith = async (files: Record<string, string>, fixture?: string): Promise<Problem[]> => (await checkWith(files, fixture)).problems;
