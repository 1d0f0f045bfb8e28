/**
 * Build benchmark (not a test): generates synthetic sites shaped like ours, one per size
 * (versions × pages per version), and times in one run, side by side:
 * - stock `docusaurus build`, Faster off and Faster on, cold (caches cleared);
 * - the project's `npm run build -- --site DIR` (version units): cold (no unit store, no bundler
 *   cache), warm (nothing changed), one Latest page edited, a version added (`docusaurus
 *   docs:version` on a warm store), then one Latest page edited again with the extra version.
 * Wall time is measured here; peak memory is GNU time's "Maximum resident set size" (the largest
 * single process of the tree).
 *
 *   npm run bench:build -- [--sizes 3x500,12x200] [--dir bench-out/units]
 *                          [--variants stock,faster,project]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSite } from './bench/generate-site.ts';
import { STAGING_DIR_NAME } from './publish/stage.ts';
import { clearCheckCache } from './content/load/check-cache.ts';
import { addVersion, editLatestPage } from './bench/site-edits.ts';

const ROOT = path.resolve(__dirname, '..');
const DOCUSAURUS = path.join(ROOT, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
const GNU_TIME = '/usr/bin/time';

interface Variant {
  name: string;
  describe: string;
  env: Record<string, string>;
  /** Command and working directory for a site folder. */
  command: (site: string) => { argv: string[]; cwd: string };
}

const stockBuild = (site: string) => ({ argv: [process.execPath, DOCUSAURUS, 'build'], cwd: site });

const VARIANTS: Variant[] = [
  { name: 'stock', describe: 'docusaurus build, Faster off', env: { FAQ_FASTER: 'false' }, command: stockBuild },
  { name: 'faster', describe: 'docusaurus build, Faster on', env: { FAQ_FASTER: 'true' }, command: stockBuild },
  {
    name: 'project',
    describe: 'project build --site DIR (check, stage, build, verify, swap)',
    env: {},
    // `npm run build -- --site DIR` minus npm, run from the site: rspack puts its persistent
    // cache under <cwd>/node_modules/.cache, and from the repo root it would share ours.
    command: (site) => ({ argv: [process.execPath, path.join(ROOT, 'scripts', 'run.cjs'), path.join(ROOT, 'scripts', 'build.ts'), '--site', site], cwd: site }),
  },
];

interface Measure {
  seconds: number;
  /** 1-minute load average when the run started: other work on the machine skews the figures. */
  loadBefore: number;
  peakMb: number;
  exitCode: number;
  log: string;
  /** Seconds per build phase, from Docusaurus's perf log and the build script's step lines. */
  phases: Record<string, number>;
}

const PHASES: [label: string, pattern: RegExp][] = [
  ['check', /^build: check done in ([\d.]+) s/m],
  ['units', /^build: unit (?:\S+) done in ([\d.]+) s/m],
  ['stitch', /^build: stitch done in ([\d.]+) s/m],
  ['stage', /^build: stage done in ([\d.]+) s/m],
  ['load site', /> en > Load site - ([\d.]+ (?:seconds!|ms))/],
  ['bundle', /> en > Bundling with \w+ - ([\d.]+ (?:seconds!|ms))/],
  ['SSG', /> en > SSG - ([\d.]+ (?:seconds!|ms))/],
  ['postBuild', /> en > postBuild\(\) - ([\d.]+ (?:seconds!|ms))/],
  ['links', /> en > Broken links checker - ([\d.]+ (?:seconds!|ms))/],
  ['verify', /^build: verify done in ([\d.]+) s/m],
];

function phasesOf(logText: string): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const [label, pattern] of PHASES) {
    const found = pattern.exec(logText)?.[1];
    if (found) phases[label] = found.endsWith('ms') ? parseFloat(found) / 1000 : parseFloat(found);
  }
  return phases;
}

function parseArgs(argv: string[]) {
  const value = (name: string, fallback: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 && argv[at + 1] ? argv[at + 1] : fallback;
  };
  return {
    sizes: value('sizes', '3x500,12x200').split(',').map((size) => {
      const [versions, pages] = size.split('x').map(Number);
      return { versions, pages };
    }),
    dir: path.resolve(ROOT, value('dir', 'bench-out/units')),
    variants: value('variants', VARIANTS.map((v) => v.name).join(',')).split(','),
  };
}

/** Everything a build may reuse: generated files, bundler caches, output, the staged copy, the check's cache. */
function clearCaches(site: string): void {
  // The check keeps its cache in this repository's node_modules/.cache, not the site's.
  clearCheckCache(site);
  for (const entry of ['.docusaurus', 'node_modules/.cache', 'build', STAGING_DIR_NAME]) {
    fs.rmSync(path.join(site, entry), { recursive: true, force: true });
  }
  // Old builds set aside by the project's build (deleted by its next run, which this is not).
  for (const entry of fs.existsSync(site) ? fs.readdirSync(site) : []) {
    if (entry.startsWith('.build-')) fs.rmSync(path.join(site, entry), { recursive: true, force: true });
  }
}

function measure(variant: Variant, site: string, logDir: string, phase: string): Measure {
  const { argv, cwd } = variant.command(site);
  const log = path.join(logDir, `${variant.name}-${phase}.log`);
  const timeFile = path.join(logDir, `${variant.name}-${phase}.time`);
  const out = fs.openSync(log, 'w');
  const loadBefore = os.loadavg()[0];
  const started = process.hrtime.bigint();
  const result = spawnSync(GNU_TIME, ['-v', '-o', timeFile, ...argv], {
    cwd,
    env: { ...process.env, ...variant.env, FORCE_COLOR: '0', DOCUSAURUS_PERF_LOGGER: 'true' },
    stdio: ['ignore', out, out],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  fs.closeSync(out);
  const timeText = fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8') : '';
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(timeText)?.[1] ?? NaN);
  const phases = phasesOf(fs.readFileSync(log, 'utf8'));
  return { seconds, loadBefore, peakMb: kb / 1024, exitCode: result.status ?? 1, log: path.relative(ROOT, log), phases };
}

const fmt = (m: Measure | undefined) =>
  !m ? '—' : m.exitCode !== 0 ? `failed (exit ${m.exitCode}, see ${m.log})` : `${m.seconds.toFixed(1)} s, ${(m.peakMb / 1024).toFixed(2)} GB (load ${m.loadBefore.toFixed(1)})`;
type Row = Record<string, Measure | undefined>;

function benchSize(args: ReturnType<typeof parseArgs>, versions: number, pages: number): { site: ReturnType<typeof generateSite>; rows: Record<string, Row> } {
  const dir = path.join(args.dir, `${versions}x${pages}`, 'site');
  // git: a site outside this repository needs a history of its own for last-update dates.
  const site = generateSite(dir, { pagesPerVersion: pages, versions, git: true });
  const logDir = path.join(path.dirname(dir), 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  console.log(`\nsite: ${path.relative(ROOT, site.dir)}, ${site.pages} synthetic pages (${site.drafts} drafts) over ${site.versions.length} versions, ${(site.bytes / 1e6).toFixed(1)} MB`);
  const rows: Record<string, Row> = {};
  const run = (variant: Variant, phase: string) => {
    const m = measure(variant, site.dir, logDir, phase);
    console.log(`${versions}x${pages} ${variant.name} ${phase}: ${fmt(m)}`);
    (rows[variant.name] ??= {})[phase] = m;
    return m;
  };
  for (const variant of [...VARIANTS].reverse().filter((v) => args.variants.includes(v.name))) {
    // The project's runs edit pages and add a version: every variant starts from the same site.
    generateSite(dir, { pagesPerVersion: pages, versions, git: true });
    clearCaches(site.dir);
    const cold = run(variant, 'cold');
    if (variant.name !== 'project' || cold.exitCode !== 0) continue;
    run(variant, 'warm');
    editLatestPage(site.dir, 1);
    run(variant, 'latest-edit');
    addVersion(site.dir, '3.0');
    run(variant, 'version-added');
    editLatestPage(site.dir, 2);
    run(variant, 'latest-edit-after-add');
  }
  return { site, rows };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(GNU_TIME)) {
    console.error(`${GNU_TIME} is missing: apt-get install -y time`);
    process.exit(2);
  }
  console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`);
  const results = args.sizes.map(({ versions, pages }) => ({ versions, pages, ...benchSize(args, versions, pages) }));

  console.log('\n| size | run | time, peak memory (load) | ÷ stock Faster-off cold |');
  console.log('|---|---|---|---|');
  for (const { versions, pages, rows } of results) {
    const base = rows.stock?.cold;
    for (const [name, row] of Object.entries(rows)) {
      for (const [phase, m] of Object.entries(row)) {
        const speedup = base && m && base.exitCode === 0 && m.exitCode === 0 ? `${(base.seconds / m.seconds).toFixed(1)}× faster` : '—';
        console.log(`| ${versions} × ${pages} | ${name} ${phase} | ${fmt(m)} | ${speedup} |`);
      }
    }
  }
  console.log(`\n| size | run | ${PHASES.map(([label]) => label).join(' | ')} |`);
  console.log(`|---|---|${PHASES.map(() => '---').join('|')}|`);
  for (const { versions, pages, rows } of results) {
    for (const [name, row] of Object.entries(rows)) {
      for (const [phase, m] of Object.entries(row)) {
        if (!m || m.exitCode !== 0) continue;
        console.log(`| ${versions} × ${pages} | ${name} ${phase} | ${PHASES.map(([label]) => (label in m.phases ? `${m.phases[label].toFixed(1)} s` : '—')).join(' | ')} |`);
      }
    }
  }
  const json = path.join(args.dir, 'build-bench.json');
  fs.writeFileSync(json, `${JSON.stringify({ args, results }, null, 2)}\n`);
  console.log(`\nraw figures: ${path.relative(ROOT, json)}`);
  if (results.some(({ rows }) => Object.values(rows).some((row) => Object.values(row).some((m) => m?.exitCode !== 0)))) process.exit(1);
}

main();
