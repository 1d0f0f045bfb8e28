/**
 * `npm run bench`: speed of the writers' check on a synthetic site of 10,000 pages over
 * 3 versions (about 4 KB each), timed in one run: the check cold (no cache), warm (nothing
 * changed), warm after one page was edited, and remark-validate-links on the same files.
 * Prints the times and the ratios.
 *
 *   npm run bench -- [--pages 10000] [--skip-remark]
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { generateSite } from './bench/generate-site.ts';
import { PROJECT_ROOT } from './project.ts';

const CHECK_CACHE = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'faq-check');

function timed(label: string, command: string, args: string[], cwd = PROJECT_ROOT): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  const last = (result.stdout || result.stderr || '').trim().split('\n').at(-1) ?? '';
  console.log(`${label.padEnd(40)} ${seconds.toFixed(2).padStart(8)} s   exit ${result.status}   ${last.replace(/\x1b\[[0-9;]*m/g, '').slice(0, 90)}`);
  return seconds;
}

function main(): void {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '10000' }, 'skip-remark': { type: 'boolean', default: false } } });
  const pages = Number(values.pages);
  const siteDir = path.join(PROJECT_ROOT, 'bench-out', `check-${pages}`);
  if (!fs.existsSync(path.join(siteDir, 'versions.json'))) {
    const site = generateSite(siteDir, { pagesPerVersion: Math.round(pages / 3), versions: 3 });
    console.log(`generated ${site.pages} pages, ${(site.bytes / 1e6).toFixed(1)} MB in ${path.relative(PROJECT_ROOT, siteDir)}`);
  }
  const npmCheck = ['run', '--silent', 'check', '--', '--site', siteDir];
  fs.rmSync(CHECK_CACHE, { recursive: true, force: true });
  const cold = timed('npm run check, cold (no cache)', 'npm', npmCheck);
  const warm = timed('npm run check, warm (nothing changed)', 'npm', npmCheck);
  const direct = timed('  the same without npm\'s own start-up', process.execPath, ['scripts/run.cjs', 'scripts/check.ts', '--site', siteDir]);
  const edited = fs.readdirSync(path.join(siteDir, 'docs'), { recursive: true }).map(String).find((file) => file.endsWith('.md'))!;
  fs.appendFileSync(path.join(siteDir, 'docs', edited), '\nOne more line.\n');
  const oneEdit = timed('npm run check, warm (one page edited)', 'npm', npmCheck);
  console.log(`goals: cold < 2 s, warm < 0.5 s; measured cold ${cold.toFixed(2)} s, warm ${warm.toFixed(2)} s (${direct.toFixed(2)} s without npm), one edit ${oneEdit.toFixed(2)} s`);
  if (values['skip-remark']) return;
  const remark = timed('remark --use remark-validate-links', process.execPath, [
    path.join(PROJECT_ROOT, 'node_modules', 'remark-cli', 'cli.js'), '--quiet', '--no-stdout',
    '--use', 'remark-frontmatter', '--use', 'remark-validate-links=repository:false', 'docs', 'versioned_docs',
  ], siteDir);
  console.log(`remark-validate-links / check: ${(remark / cold).toFixed(1)}x cold, ${(remark / warm).toFixed(1)}x warm (goal: 20x)`);
}

main();
