/**
 * The writers' check: `npm run --silent check -- [--site DIR] [--format text|json|github] [--threads N] [--strict-front-matter]`.
 * Exit 0 with no errors, 1 with errors, 2 for bad usage or an internal failure.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkSite } from './check/check-site.ts';
import { formatReport, REPORT_FORMATS, type ReportFormat } from './check/report.ts';
import { codeCacheReady } from './code-cache.ts';
import { setCheckFlags } from './v8-flags.cjs';

// A larger JIT budget (v8-flags.cjs); scripts/run.cjs has set it already, before compiling this bundle.
setCheckFlags();

const USAGE = `usage: npm run --silent check -- [--site DIR] [--format text|json|github] [--threads N] [--strict-front-matter]
  --site DIR               site folder with docs/ (default: the current folder)
  --format F               text (default), json, or github (workflow annotations)
  --threads N              threads that read pages, this one included (default: one per core,
                           for large sites only); the report is the same with any N
  --route-base-path P      docs route base path, when DIR's config cannot be loaded
  --trailing-slash true|false
  --site-url URL           the site's url, for canonical links, when the config cannot be loaded
  --no-cache               ignore and do not write the parse cache
  --strict-front-matter    warn about every unknown front matter key, not only likely typos`;

/**
 * Stdout holds the report alone, so that `--format json` parses and `--format github` annotates:
 * whatever else would print there (a site's config, its plugins or remark plugins, through
 * console.log, on this thread or in a page worker, whose output is piped through this one's
 * stdout) goes to stderr. Returns the report's own writer.
 */
function stdoutForReportOnly(): typeof process.stdout.write {
  const writeReport = process.stdout.write.bind(process.stdout);
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  return writeReport as typeof process.stdout.write;
}
const writeReport = stdoutForReportOnly();

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        site: { type: 'string', default: '.' },
        format: { type: 'string', default: 'text' },
        'route-base-path': { type: 'string' },
        'trailing-slash': { type: 'string' },
        'site-url': { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        threads: { type: 'string' },
        'strict-front-matter': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (values.help) {
    writeReport(`${USAGE}\n`);
    return 0;
  }
  if (!REPORT_FORMATS.includes(values.format as ReportFormat)) return usageError(`unknown format "${values.format}"`);
  const trailing = values['trailing-slash'];
  if (trailing !== undefined && trailing !== 'true' && trailing !== 'false') return usageError('--trailing-slash takes true or false');
  const threads = values.threads;
  if (threads !== undefined && !(/^[1-9]\d*$/.test(threads) && Number(threads) <= 256)) return usageError('--threads takes a whole number from 1 to 256');

  const siteDir = path.resolve(values.site);
  const result = await checkSite(siteDir, {
    routeBasePath: values['route-base-path'],
    trailingSlash: trailing === undefined ? undefined : trailing === 'true',
    siteUrl: values['site-url'],
    cache: !values['no-cache'],
    threads: threads === undefined ? undefined : Number(threads),
    reuseReport: true,
    strictFrontMatter: values['strict-front-matter'],
  });
  if (result.settings.source.kind === 'fallback') {
    process.stderr.write(`warning: ${result.settings.source.warning}\n`);
  }
  writeReport(formatReport(values.format as ReportFormat, result.problems, result.summary));
  // A whole site was checked (no report or edit reused): the run that compiles the most.
  if (result.site) codeCacheReady();
  return result.summary.errors > 0 ? 1 : 0;
}

function usageError(message: string): number {
  process.stderr.write(`check: ${message}\n${USAGE}\n`);
  return 2;
}

// Exit as soon as the report is written: modules that the site's config imports may leave
// timers or handles open, and a writer should not wait for them.
const exit = (code: number) => writeReport('', () => process.exit(code));
main().then(exit, (error: unknown) => {
  process.stderr.write(`check: internal error: ${(error as Error)?.message ?? String(error)}\n`);
  exit(2);
});
