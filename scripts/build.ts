/**
 * `npm run build [-- --site DIR] [--out-dir DIR] [--unit NAME]`: check → stage the published set
 * (no drafts) → build each version as its own unit, or reuse its stored output when its key is
 * unchanged → stitch the units into a temporary folder → verify → replace build/ atomically.
 * `--unit NAME` builds (or finds) that one unit in the store and stops: CI's matrix jobs.
 * Any failed step leaves the previous build/ untouched and says which step failed and why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkSite } from './check/check-site.ts';
import { formatReport } from './check/report.ts';
import { stagePublishedSite } from './publish/stage.ts';
import { verifyBuild } from './publish/verify.ts';
import { removePreviousBuilds, replaceDirectory } from './publish/swap.ts';
import { planUnits, unitKey, versionsFile, type UnitPlan, type VersionLabel } from './publish/units.ts';
import { sharedInputHashes, unitKeyInputs } from './publish/unit-inputs.ts';
import { STORE_DIR, UnitStore, type StoredUnit } from './publish/unit-store.ts';
import { buildUnit, unitWorkDir } from './publish/build-unit.ts';
import { stitchUnits, type StitchedUnit } from './publish/stitch.ts';
import { runPooled } from './publish/pool.ts';
import { unitJobs } from './publish/unit-jobs.ts';
import { ARCHIVED_VERSIONS, versionOptions } from './site/versions.ts';

/** Contents verification passed before (see verify.ts), next to the stored units. */
const VERIFIED_FILE = 'verified.json';

class StepFailure extends Error {
  constructor(readonly step: string, message: string) {
    super(message);
  }
}

async function step<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  try {
    const result = await run();
    process.stderr.write(`build: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return result;
  } catch (error) {
    if (error instanceof StepFailure) throw error;
    throw new StepFailure(name, (error as Error).message);
  }
}

function versionLabels(site: { versions: { name: string }[] }): (name: string) => VersionLabel {
  const options = versionOptions(site.versions.map((version) => version.name).filter((name) => name !== 'current'));
  return (name) => ({ label: options[name]?.label ?? name, archived: (ARCHIVED_VERSIONS as readonly string[]).includes(name) });
}

/** The unit's stored output for its current key, built first when there is none (or a bad one). */
async function unitOutput(unit: UnitPlan, key: string, store: UnitStore, stagedDir: string, sourceDir: string, labelOutput: boolean): Promise<StoredUnit> {
  const stored = store.get(unit.name, key);
  if ('dir' in stored) {
    process.stderr.write(`build: unit ${unit.name}: reused (key ${key.slice(0, 12)})\n`);
    return stored;
  }
  process.stderr.write(`build: unit ${unit.name}: building (${stored.missing}, key ${key.slice(0, 12)})\n`);
  const outDir = path.join(store.scratch(unit.name, 'out'), 'site');
  try {
    await buildUnit({ unit, stagedDir, sourceDir, outDir, workDir: unitWorkDir(store.unitDir(unit.name)), labelOutput });
    return store.put(unit.name, key, outDir);
  } finally {
    fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { site: { type: 'string', default: '.' }, 'out-dir': { type: 'string' }, unit: { type: 'string' } } });
  const siteDir = path.resolve(values.site);
  const outDir = path.resolve(siteDir, values['out-dir'] ?? 'build');
  const tempOut = path.join(path.dirname(outDir), `.build-${process.pid}`);
  // The build/ that an earlier run moved aside, deleted while this run works (see swap.ts).
  const cleanup = removePreviousBuilds(outDir).catch((error: Error) => process.stderr.write(`build: could not delete an old build: ${error.message}\n`));
  try {
    const { site, problems, summary } = await step('check', () => checkSite(siteDir));
    if (!site) throw new StepFailure('check', 'the check returned no site model');
    if (summary.errors > 0) {
      process.stdout.write(formatReport('text', problems, summary));
      throw new StepFailure('check', `${summary.errors} error(s) in the pages; fix them and build again`);
    }
    const stagedDir = await step('stage', () => stagePublishedSite(site));
    const labels = versionLabels(site);
    const plans = planUnits(site, labels);
    const selected = values.unit === undefined ? plans : plans.filter((unit) => unit.name === values.unit);
    if (selected.length === 0) throw new StepFailure('units', `no unit "${values.unit}"; units: ${plans.map((unit) => unit.name).join(', ')}`);
    const store = new UnitStore(path.join(siteDir, STORE_DIR));
    const shared = sharedInputHashes(stagedDir);
    const keys = selected.map((unit) => unitKey(unit, unitKeyInputs(unit, stagedDir, siteDir, shared)));
    const jobs = unitJobs();
    const outputs = await runPooled(selected, jobs, (unit) => {
      const key = keys[selected.indexOf(unit)];
      return step(`unit ${unit.name}`, () => unitOutput(unit, key, store, stagedDir, siteDir, jobs > 1));
    });
    const stitched: StitchedUnit[] = selected.map((unit, i) => ({ name: unit.name, prefix: unit.prefix, ...outputs[i] }));
    if (values.unit !== undefined) {
      process.stderr.write(`build: unit ${values.unit} is in ${path.relative(process.cwd(), stitched[0].dir)}\n`);
      return 0;
    }
    const hashes = await step('stitch', () => {
      fs.mkdirSync(tempOut, { recursive: true });
      return stitchUnits(stitched, tempOut, { siteUrl: site.settings.url, baseUrl: site.settings.baseUrl, versions: versionsFile(site, labels) });
    });
    await step('verify', () => {
      const failures = verifyBuild(site, tempOut, { hashes, passedFile: path.join(store.root, VERIFIED_FILE) });
      if (failures.length > 0) throw new StepFailure('verify', failures.join('\n  '));
    });
    await step('replace build/', async () => {
      await cleanup;
      replaceDirectory(tempOut, outDir);
    });
    process.stderr.write(`build: ${path.relative(process.cwd(), outDir) || outDir} is ready (${site.pages.filter((page) => !page.draft).length} pages published, ${site.pages.filter((page) => page.draft).length} drafts left out)\n`);
    return 0;
  } catch (error) {
    await cleanup;
    fs.rmSync(tempOut, { recursive: true, force: true });
    const failure = error instanceof StepFailure ? error : new StepFailure('build', String(error));
    process.stderr.write(`build: step "${failure.step}" failed: ${failure.message}\nbuild: the previous build/ was left untouched\n`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
