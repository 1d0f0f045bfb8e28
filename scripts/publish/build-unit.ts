/**
 * One unit's Docusaurus build, in its own process: the staged site built with FAQ_UNIT set (see
 * docusaurus.config.ts), into a scratch folder of the store. The process runs from the unit's own
 * folder in the store, where rspack keeps its persistent cache (`<cwd>/node_modules/.cache/rspack`),
 * so units do not evict each other's bundler cache, and CI can keep each unit's with its own key.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { UnitPlan } from './units.ts';

/**
 * Heap limit of one unit's process. A unit holds one version, so this does not grow with the
 * number of versions; it is the figure BENCHMARKS.md measures against (peak resident memory).
 */
export const UNIT_HEAP_MB = 2048;
/** How much of a failed unit's output goes into the error message. */
const ERROR_TAIL_CHARS = 3000;

export interface UnitBuildRequest {
  unit: UnitPlan;
  stagedDir: string;
  sourceDir: string;
  /** Empty folder for the output; also gets the unit data file next to it. */
  outDir: string;
  /** Where the process runs (the unit's bundler cache lives below it). */
  workDir: string;
  /** Prefix each line of the unit's output with its name (when units build at once). */
  labelOutput?: boolean;
}

/**
 * Docusaurus writes its generated files (routes, registry, plugin data) into the site folder,
 * which all units share: each unit gets its own folder, so units can build at the same time.
 */
export const generatedFilesDirName = (unit: string) => `.docusaurus-unit-${unit}`;

export function buildUnit({ unit, stagedDir, sourceDir, outDir, workDir, labelOutput = false }: UnitBuildRequest): Promise<void> {
  const cli = require.resolve('@docusaurus/core/bin/docusaurus.mjs', { paths: [sourceDir, __dirname] });
  const dataFile = `${outDir}.unit-data.json`;
  fs.writeFileSync(dataFile, JSON.stringify(unit.data));
  fs.mkdirSync(workDir, { recursive: true });
  const nodeOptions = [process.env.NODE_OPTIONS, `--max-old-space-size=${UNIT_HEAP_MB}`].filter(Boolean).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'build', stagedDir, '--out-dir', outDir], {
      cwd: workDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        FAQ_STAGED_FROM: sourceDir,
        FAQ_UNIT: unit.name,
        FAQ_UNIT_DATA: dataFile,
        DOCUSAURUS_GENERATED_FILES_DIR_NAME: generatedFilesDirName(unit.name),
        NODE_OPTIONS: nodeOptions,
      },
    });
    let tail = '';
    const seen = (text: string) => {
      tail = (tail + text).slice(-ERROR_TAIL_CHARS);
    };
    const relays = [child.stdout, child.stderr].map((stream) => {
      const relay = lineRelay(labelOutput ? `[${unit.name}] ` : '', seen);
      stream.on('data', relay.write);
      return relay;
    });
    child.on('error', reject);
    // 'close', not 'exit': the output is fully relayed by then.
    child.on('close', (code, signal) => {
      for (const relay of relays) relay.end();
      fs.rmSync(dataFile, { force: true });
      if (code === 0) resolve();
      else reject(new Error(`docusaurus build of unit "${unit.name}" exited with ${signal ?? `code ${code}`}:\n${tail.trim()}`));
    });
  });
}

/** Relays whole lines to stderr, so the output of units building at once does not mix mid-line. */
function lineRelay(prefix: string, seen: (text: string) => void) {
  let pending = '';
  const emit = (text: string) => {
    if (!text) return;
    process.stderr.write(prefix ? text.replace(/^(?=.)/gm, prefix) : text);
    seen(text);
  };
  return {
    write: (chunk: Buffer) => {
      pending += chunk.toString();
      const end = pending.lastIndexOf('\n') + 1;
      emit(pending.slice(0, end));
      pending = pending.slice(end);
    },
    end: () => emit(pending),
  };
}

/** The unit's bundler working folder inside its store folder. */
export const unitWorkDir = (unitDir: string) => path.join(unitDir, 'cwd');
