/** The check's three output formats. Pure: problems and a summary in, text out. */
import type { Problem } from './problem.ts';

export type ReportFormat = 'text' | 'json' | 'github';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'github'];

export interface Summary {
  pages: number;
  links: number;
  errors: number;
  warnings: number;
  milliseconds: number;
}

export function summarize(problems: Problem[], pages: number, links: number, milliseconds: number): Summary {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { pages, links, errors, warnings: problems.length - errors, milliseconds };
}

export function formatReport(format: ReportFormat, problems: Problem[], summary: Summary): string {
  if (format === 'json') return `${JSON.stringify({ problems, summary }, null, 2)}\n`;
  if (format === 'github') return problems.map(githubLine).join('\n') + (problems.length ? '\n' : '') + `${summaryLine(summary)}\n`;
  return problems.map(textLine).join('\n') + (problems.length ? '\n' : '') + `${summaryLine(summary)}\n`;
}

export function textLine(problem: Problem): string {
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity} ${problem.rule}: ${problem.message}${hint}`;
}

export function summaryLine(summary: Summary): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(summary.pages, 'page')}, ${plural(summary.links, 'link')} checked: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${summary.milliseconds} ms`;
}

// GitHub workflow commands: data escapes % CR LF; property values also escape : and ,.
const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubLine(problem: Problem): string {
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `::${problem.severity} file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${escapeProperty(problem.rule)}::${escapeData(problem.message + hint)}`;
}
