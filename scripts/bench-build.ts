/**
 * Build benchmark (not a test): generates a synthetic site shaped like ours, then builds it cold
 * (caches cleared) and warm, stock Docusaurus with Faster off, with Faster on, and through the
 * project's `npm run build -- --site DIR`. Wall time is measured here; peak memory is GNU time's
 * "Maximum resident set size" (the largest single process of the tree).
 *
 *   npm run bench:build -- [--pages 500] [--versions 3] [--dir bench-out/build-site]
 *                          [--variants stock,faster,faster-1-thread,project]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSite } from './bench/generate-site.ts';
import { STAGING_DIR_NAME } from './publish/stage.ts';

const ROOT = path.resolve(__dirname, '..');
const DOCUSAURUS = path.join(ROOT, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
const GNU_TIME = '/usr/bin/time';
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

interface Variant {
  name: string;
  describe: string;
  env: Record<string, string>;
  /** Command and working directory for a site folder. */
  command: (site: string) => { argv: string[]; cwd: string };
  /** Extra phase: warm cache, but every source file's mtime changed (as after a CI checkout). */
  touched?: boolean;
}

const stockBuild = (site: string) => ({ argv: [process.execPath, DOCUSAURUS, 'build'], cwd: site });

const VARIANTS: Variant[] = [
  { name: 'stock', describe: 'docusaurus build, Faster off', env: { FAQ_FASTER: 'false' }, command: stockBuild },
  { name: 'faster', describe: 'docusaurus build, Faster on', env: { FAQ_FASTER: 'true' }, command: stockBuild, touched: true },
  {
    // Memory lever: SSG in the main thread instead of a worker pool (same as ssgWorkerThreads: false).
    name: 'faster-1-thread',
    describe: 'Faster on, DOCUSAURUS_SSG_WORKER_THREAD_COUNT=1',
    env: { FAQ_FASTER: 'true', DOCUSAURUS_SSG_WORKER_THREAD_COUNT: '1' },
    command: stockBuild,
  },
  {
    name: 'project',
    describe: 'project build --site DIR (check, stage, build, verify, swap)',
    env: {},
    touched: true,
    // `npm run build -- --site DIR` minus npm, run from the site: rspack puts its persistent
    // cache under <cwd>/node_modules/.cache, and from the repo root it would share ours.
    command: (site) => ({ argv: [process.execPath, TSX, path.join(ROOT, 'scripts', 'build.ts'), '--site', site], cwd: site }),
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
    pages: Number(value('pages', '500')),
    versions: Number(value('versions', '3')),
    dir: path.resolve(ROOT, value('dir', 'bench-out/build-site')),
    variants: value('variants', VARIANTS.map((v) => v.name).join(',')).split(','),
  };
}

/** Everything a build may reuse: generated files, bundler caches, output, the staged copy. */
function clearCaches(site: string): void {
  for (const entry of ['.docusaurus', 'node_modules/.cache', 'build', STAGING_DIR_NAME]) {
    fs.rmSync(path.join(site, entry), { recursive: true, force: true });
  }
}

function touchSources(site: string): void {
  const now = new Date();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else fs.utimesSync(full, now, now);
    }
  };
  for (const dir of ['docs', 'versioned_docs', 'src', 'static']) visit(path.join(site, dir));
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
const ratio = (a: Measure | undefined, b: Measure | undefined) =>
  a && b && a.exitCode === 0 && b.exitCode === 0 ? `${(a.seconds / b.seconds).toFixed(2)}×` : '—';

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(GNU_TIME)) {
    console.error(`${GNU_TIME} is missing: apt-get install -y time`);
    process.exit(2);
  }
  // git: a site outside this repository needs a history of its own for last-update dates.
  const site = generateSite(args.dir, { pagesPerVersion: args.pages, versions: args.versions, git: true });
  const logDir = path.join(path.dirname(args.dir), 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  console.log(`site: ${path.relative(ROOT, site.dir)}, ${site.pages} synthetic pages (${site.drafts} drafts) over ${site.versions.length} versions, ${(site.bytes / 1e6).toFixed(1)} MB`);
  console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}\n`);

  const results: Record<string, { cold?: Measure; warm?: Measure; touched?: Measure }> = {};
  for (const variant of VARIANTS.filter((v) => args.variants.includes(v.name))) {
    if (variant.name === 'project' && !fs.existsSync(path.join(ROOT, 'scripts', 'build.ts'))) {
      console.log(`${variant.name}: skipped, scripts/build.ts does not exist yet`);
      continue;
    }
    const row: (typeof results)[string] = {};
    clearCaches(site.dir);
    row.cold = measure(variant, site.dir, logDir, 'cold');
    console.log(`${variant.name} cold: ${fmt(row.cold)}`);
    if (row.cold.exitCode === 0) {
      row.warm = measure(variant, site.dir, logDir, 'warm');
      console.log(`${variant.name} warm: ${fmt(row.warm)}`);
    }
    if (variant.touched && row.warm?.exitCode === 0) {
      touchSources(site.dir);
      row.touched = measure(variant, site.dir, logDir, 'touched');
      console.log(`${variant.name} warm, sources touched: ${fmt(row.touched)}`);
    }
    results[variant.name] = row;
  }

  const base = results.stock?.cold;
  console.log('\n| variant | cold | warm | warm ÷ cold | cold ÷ stock cold |');
  console.log('|---|---|---|---|---|');
  for (const variant of VARIANTS) {
    const row = results[variant.name];
    if (!row) continue;
    console.log(`| ${variant.describe} | ${fmt(row.cold)} | ${fmt(row.warm)} | ${ratio(row.warm, row.cold)} | ${ratio(row.cold, base)} |`);
    if (row.touched) console.log(`| ↳ warm, all sources touched | — | ${fmt(row.touched)} | ${ratio(row.touched, row.cold)} | |`);
  }
  console.log(`\n| run | ${PHASES.map(([label]) => label).join(' | ')} |`);
  console.log(`|---|${PHASES.map(() => '---').join('|')}|`);
  for (const [name, row] of Object.entries(results)) {
    for (const [phase, m] of Object.entries(row)) {
      if (!m || m.exitCode !== 0) continue;
      console.log(`| ${name} ${phase} | ${PHASES.map(([label]) => (label in m.phases ? `${m.phases[label].toFixed(1)} s` : '—')).join(' | ')} |`);
    }
  }
  const json = path.join(path.dirname(args.dir), 'build-bench.json');
  fs.writeFileSync(json, `${JSON.stringify({ args, site, results }, null, 2)}\n`);
  console.log(`\nraw figures: ${path.relative(ROOT, json)}`);
  if (Object.values(results).some((row) => row.cold?.exitCode !== 0 || (row.warm && row.warm.exitCode !== 0))) process.exit(1);
}

main();
