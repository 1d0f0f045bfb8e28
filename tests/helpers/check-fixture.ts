/** Run the check on a fixture site and describe each problem as `file:line:col severity rule`. */
import path from 'node:path';
import { checkSite } from '../../scripts/check/check-site.ts';
import { textLine } from '../../scripts/check/report.ts';

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
