/** A problem the check found: where, how bad, which rule, what to do. */
export type Severity = 'error' | 'warning';

/** What a mistake in a page weighs: a draft is not published, so it must not block a build, but its writer should see it. */
export const severityIn = (page: { draft?: boolean }): Severity => (page.draft ? 'warning' : 'error');

/** What a broken anchor weighs: only `onBrokenAnchors: 'throw'` stops a build (Docusaurus's default warns), and never in a draft. */
export const anchorSeverityIn = (page: { draft?: boolean }, onBrokenAnchors: string | undefined): Severity => (onBrokenAnchors === 'throw' ? severityIn(page) : 'warning');

export const RULES = ['front-matter', 'broken-link', 'broken-anchor', 'draft-link', 'canonical', 'mdx-syntax', 'mdx-undefined', 'duplicate-route', 'category-file', 'tags', 'invalid-route', 'mdx-render', 'sidebar', 'versions', 'page-file', 'version-link', 'config'] as const;
export type RuleName = (typeof RULES)[number];

export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: RuleName;
  message: string;
  hint?: string;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
