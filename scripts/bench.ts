/**
 * `npm run bench`: speed of the writers' check on a synthetic site of 10,000 pages over
 * 3 versions (about 4 KB each), timed in one run: the check cold (no cache), warm (cache from
 * the cold run), and remark-validate-links on the same files. Prints times and ratios.
 *
 *   npm run bench -- [--pages 10000] [--skip-remark]
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { generateSite } from './bench/generate-site.ts';
import { PROJECT_ROOT } from './project.ts';

const ROOT = PROJECT_ROOT;
const CHECK_CACHE = path.join(ROOT, 'node_modules', '.cache', 'faq-check');

function timed(label: string, command: string, args: string[], cwd = ROOT): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  const tail = (result.stdout || result.stderr || '').trim().split('\n').at(-1);
  console.log(`${label.padEnd(34)} ${seconds.toFixed(2).padStart(8)} s   exit ${result.status}   ${tail?.slice(0, 100) ?? ''}`);
  return seconds;
}

function main(): void {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '10000' }, 'skip-remark': { type: 'boolean', default: false } } });
  const pages = Number(values.pages);
  const siteDir = path.join(ROOT, 'bench-out', `check-${pages}`);
  if (!fs.existsSync(path.join(siteDir, 'versions.json'))) {
    const site = generateSite(siteDir, { pagesPerVersion: Math.round(pages / 3), versions: 3 });
    console.log(`generated ${site.pages} pages, ${(site.bytes / 1e6).toFixed(1)} MB in ${siteDir}`);
  }
  const check = ['scripts/run.cjs', 'scripts/check.ts', '--site', siteDir];
  fs.rmSync(CHECK_CACHE, { recursive: true, force: true });
  const cold = timed('npm run check (cold, no cache)', process.execPath, check);
  const warm = timed('npm run check (warm, cached)', process.execPath, check);
  const warmAgain = timed('npm run check (warm, again)', process.execPath, check);
  console.log(`goal: cold < 2 s, warm < 0.5 s`);
  if (values['skip-remark']) return;
  const remark = timed('remark --use remark-validate-links', process.execPath, [
    path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js'), '--quiet', '--no-stdout', '--frail',
    '--use', 'remark-frontmatter', '--use', 'remark-validate-links', 'docs', 'versioned_docs',
  ], siteDir);
  console.log(`ratio remark-validate-links / check: cold ${(remark / cold).toFixed(1)}x, warm ${(remark / Math.min(warm, warmAgain)).toFixed(1)}x (goal: 20x)`);
}

main();
