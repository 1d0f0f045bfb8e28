/**
 * `npm run bench`: speed of the writers' check on a synthetic site of 10,000 pages over
 * 3 versions (pages shaped like real docs sites': median about 3.5 KB, mean about 6 KB; see
 * scripts/bench/site-stats.ts --compare), timed in one run: `npm run check` cold (no check cache), warm
 * (nothing changed), warm after one page was edited (a sentence added, then a heading), after a
 * partial was edited, and remark-validate-links on the same files.
 * Prints the times, the check's own timeline of one cold run, what the MDX rules' parsing costs
 * by itself, and the ratios.
 *
 *   npm run bench -- [--pages 10000] [--runs 3] [--skip-remark]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { generateSite } from './bench/generate-site.ts';
import { clearCheckCache } from './content/load/check-cache.ts';
import { PROJECT_ROOT } from './project.ts';
import { bundleDirOf, removeCodeCaches } from './code-cache-files.cjs';
import { markdownFilesOf } from './bench/site-stats.ts';
import { mdxFactsOf } from './content/extract/mdx-facts.ts';
import { median } from './bench/median.ts';
import { checkNodeArgs } from './v8-flags.cjs';
import { benchEdits } from './bench/site-edits.ts';

interface Run {
  seconds: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd = PROJECT_ROOT, env: NodeJS.ProcessEnv = process.env): Run {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { seconds: (performance.now() - started) / 1000, status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

const lastLine = (text: string) => text.trim().split('\n').at(-1)?.replace(/\x1b\[[0-9;]*m/g, '').slice(0, 90) ?? '';

/** Run `times` times (with `before` each time) and print every time and the median. */
function timed(label: string, times: number, command: string, args: string[], before = () => {}, cwd = PROJECT_ROOT): number {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) {
    before();
    runs.push(run(command, args, cwd));
  }
  const seconds = median(runs.map((r) => r.seconds));
  const all = runs.length > 1 ? ` (${runs.map((r) => r.seconds.toFixed(2)).join(', ')})` : '';
  const last = runs.at(-1)!;
  console.log(`${label.padEnd(40)} ${seconds.toFixed(2).padStart(7)} s${all}   exit ${last.status}   ${lastLine(last.stdout || last.stderr)}`);
  return seconds;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '3' },
      'skip-remark': { type: 'boolean', default: false },
    },
  });
  const pages = Number(values.pages);
  const runs = Number(values.runs);
  const siteDir = path.join(PROJECT_ROOT, 'bench-out', `check-${pages}`);
  const options = { pagesPerVersion: Math.round(pages / 3), versions: 3 };
  // A site made by another version of the generator would time pages of another shape.
  const stampFile = path.join(siteDir, '.generated-by');
  const stamp = `${crypto.createHash('sha256').update(fs.readFileSync(path.join(PROJECT_ROOT, 'scripts/bench/generate-site.ts'))).digest('hex')} ${JSON.stringify(options)}\n`;
  if (!fs.existsSync(path.join(siteDir, 'versions.json')) || !fs.existsSync(stampFile) || fs.readFileSync(stampFile, 'utf8') !== stamp) {
    fs.rmSync(stampFile, { force: true }); // stamped only once whole
    const site = generateSite(siteDir, options);
    fs.writeFileSync(stampFile, stamp);
    console.log(`generated ${site.pages} pages, ${(site.bytes / 1e6).toFixed(1)} MB in ${path.relative(PROJECT_ROOT, siteDir)}`);
  }
  console.log(`machine: ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`);
  // The check runs from a bundle that scripts/run.cjs makes once per change of the check's code;
  // make it now, so that no timed run includes it.
  run(process.execPath, ['scripts/run.cjs', 'scripts/check.ts', '--help']);

  const npmCheck = ['run', '--silent', 'check', '--', '--site', siteDir];
  const clear = () => clearCheckCache(siteDir);
  // The first whole check of a new bundle writes its V8 code caches (scripts/run.cjs); the runs
  // after it start from them. Both are timed.
  const bundleDir = bundleDirOf(PROJECT_ROOT, 'scripts/check.ts');
  const withoutCodeCaches = () => {
    clear();
    removeCodeCaches(bundleDir);
  };
  timed(`npm run check, cold, a new bundle's first run (no code cache) x${runs}`, runs, 'npm', npmCheck, withoutCodeCaches);
  clear();
  run(process.execPath, [...checkNodeArgs(), '--site', siteDir]); // writes the code caches
  const cold = timed(`npm run check, cold (no cache) x${runs}`, runs, 'npm', npmCheck, clear);
  const warm = timed(`npm run check, warm (nothing changed) x${runs}`, runs, 'npm', npmCheck);
  const direct = timed(`  the same without npm's start-up x${runs}`, runs, process.execPath, [...checkNodeArgs(), '--site', siteDir]);
  // The floors under a warm run on this machine: starting Node, starting npm and Node, and the
  // check's own start (its bundle loaded, no site read).
  timed(`  floor: node -e 0 x${runs}`, runs, process.execPath, ['-e', '0']);
  timed(`  floor: npm run of node -e 0 x${runs}`, runs, 'npm', ['run', '--silent', 'noop'], () => {}, emptyNpmProject());
  timed(`  floor: npm run check -- --help x${runs}`, runs, 'npm', ['run', '--silent', 'check', '--', '--help']);
  const edits = benchEdits(siteDir);
  const oneEdit = timed(`npm run check, one page edited (a sentence) x${runs}`, runs, 'npm', npmCheck, edits.sentence);
  const headingEdit = timed(`npm run check, one page edited (a heading) x${runs}`, runs, 'npm', npmCheck, edits.heading);
  edits.restore();
  const partialEdit = timed(`npm run check, a partial edited (a sentence) x${runs}`, runs, 'npm', npmCheck, edits.partial);
  edits.restore();

  // Where a cold run spends its time: the check's own timeline (FAQ_CHECK_TRACE), one more run.
  clear();
  const traced = run(process.execPath, [...checkNodeArgs(), '--site', siteDir], PROJECT_ROOT, { ...process.env, FAQ_CHECK_TRACE: '1' });
  const steps = traced.stderr.split('\n').filter((line) => line.startsWith('trace')).sort((a, b) => parseFloat(a.slice(5)) - parseFloat(b.slice(5)));
  console.log(`timeline of one more cold run (${traced.seconds.toFixed(2)} s, without npm):\n${steps.map((line) => `  ${line}`).join('\n')}`);

  mdxCost(siteDir);
  console.log(`goals: cold < 2 s, warm < 0.5 s, one edit < 0.5 s; measured cold ${cold.toFixed(2)} s, warm ${warm.toFixed(2)} s (${direct.toFixed(2)} s without npm), one edit ${oneEdit.toFixed(2)} s (a sentence), ${headingEdit.toFixed(2)} s (a heading); a partial edited ${partialEdit.toFixed(2)} s`);
  if (values['skip-remark']) return;
  const remark = timed('remark --use remark-validate-links', 1, process.execPath, [
    path.join(PROJECT_ROOT, 'node_modules', 'remark-cli', 'cli.js'), '--quiet', '--no-stdout',
    '--use', 'remark-frontmatter', '--use', 'remark-validate-links=repository:false', 'docs', 'versioned_docs',
  ], () => {}, siteDir);
  console.log(`remark-validate-links / check: ${(remark / cold).toFixed(1)}x cold, ${(remark / warm).toFixed(1)}x warm (goal: 20x)`);
}

/** A project whose one npm script starts Node and does nothing: what `npm run` costs by itself. */
function emptyNpmProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-bench-npm-'));
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'npm-floor', private: true, scripts: { noop: 'node -e 0' } })}\n`);
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * What the MDX rules add to a cold run: their facts are computed with every page's record, so
 * time that part alone, in this process, on one thread, over every page of the site.
 */
function mdxCost(siteDir: string): void {
  const texts = markdownFilesOf(siteDir).map((file) => fs.readFileSync(file, 'utf8'));
  // Load acorn and the parser outside the timing, as a cold run loads each once (if at all).
  mdxFactsOf('{a}');
  mdxFactsOf('<x');
  const started = performance.now();
  const parsed = texts.filter((text) => mdxFactsOf(text).parsed).length;
  const seconds = (performance.now() - started) / 1000;
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  console.log(`MDX facts (prefilter, then the parts that can hold MDX, read without the parser where plain): ${seconds.toFixed(2)} s of one thread for ${texts.length} pages (${(bytes / 1e6).toFixed(1)} MB); ${parsed} pages passed the prefilter`);
}

main();
