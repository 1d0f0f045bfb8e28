/**
 * The writers' check inside `npm start`: runs on start and after every change to a page, and
 * prints the same `file:line:col` lines as `npm run check`, so a broken link shows while
 * previewing. Production builds skip it: scripts/build.ts has already run the check.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

export default function writersCheckPlugin(context: LoadContext): Plugin | null {
  if (process.env.NODE_ENV === 'production') return null;
  let previous: string | undefined;
  return {
    name: 'writers-check',
    getPathsToWatch() {
      return ['docs', 'versioned_docs', 'static'].map((dir) => path.join(context.siteDir, dir, '**/*'));
    },
    async loadContent() {
      try {
        // Loaded here, not on top: a production build (and the check, which runs the site's
        // plugins to learn their routes) makes this plugin without ever calling it.
        const [{ checkSite }, { textLine, summaryLine }] = await Promise.all([import('../../../scripts/check/check-site.ts'), import('../../../scripts/check/report.ts')]);
        const { problems, summary } = await checkSite(context.siteDir, { reuseReport: true });
        const lines = problems.map(textLine).join('\n');
        // Reprint only when the problems changed, so the terminal is not flooded on every reload.
        if (lines !== previous) {
          const out = summary.errors > 0 ? console.error : console.log;
          out(`\n${lines}${lines ? '\n' : ''}writers' check: ${summaryLine(summary)}\n`);
          previous = lines;
        }
      } catch (error) {
        console.error(`writers' check failed: ${(error as Error).message}`);
      }
    },
  };
}
