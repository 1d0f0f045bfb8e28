/** Run the check on a fixture site and describe each problem as `file:line:col severity rule`. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import { textLine } from '../../scripts/check/report.ts';
import type { Problem } from '../../scripts/check/problem.ts';

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
 * The check's problems on a throwaway site of the mdx fixture's config (this site's Markdown
 * settings), `docs/index.md` and `files` ([site-relative path]: text); removed afterwards.
 */
export async function problemsWith(files: Record<string, string>): Promise<Problem[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-files-'));
  try {
    fs.copyFileSync(path.join(FIXTURES, 'mdx', 'docusaurus.config.js'), path.join(dir, 'docusaurus.config.js'));
    for (const [file, text] of Object.entries({ 'docs/index.md': '# Home\n', ...files })) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    return (await checkSite(dir, { cache: false })).problems;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
