/**
 * `npm run build [-- --site DIR] [--out-dir DIR]`: check → stage the published set (no drafts)
 * → `docusaurus build` into a temporary folder → verify → replace build/ atomically.
 * Any failed step leaves the previous build/ untouched and says which step failed and why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { checkSite } from './check/check-site.ts';
import { formatReport } from './check/report.ts';
import { stagePublishedSite } from './publish/stage.ts';
import { verifyBuild } from './publish/verify.ts';
import { replaceDirectory } from './publish/swap.ts';

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

function runDocusaurusBuild(stagedDir: string, outDir: string, sourceDir: string): Promise<void> {
  const cli = require.resolve('@docusaurus/core/bin/docusaurus.mjs', { paths: [sourceDir, __dirname] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'build', stagedDir, '--out-dir', outDir], {
      stdio: 'inherit',
      env: { ...process.env, FAQ_STAGED_FROM: sourceDir },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`docusaurus build exited with ${signal ?? `code ${code}`}`)),
    );
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { site: { type: 'string', default: '.' }, 'out-dir': { type: 'string' } } });
  const siteDir = path.resolve(values.site);
  const outDir = path.resolve(siteDir, values['out-dir'] ?? 'build');
  const tempOut = path.join(path.dirname(outDir), `.build-${process.pid}`);
  try {
    const { site, problems, summary } = await step('check', () => checkSite(siteDir));
    if (!site) throw new StepFailure('check', 'the check returned no site model');
    if (summary.errors > 0) {
      process.stdout.write(formatReport('text', problems, summary));
      throw new StepFailure('check', `${summary.errors} error(s) in the pages; fix them and build again`);
    }
    const stagedDir = await step('stage', () => stagePublishedSite(site));
    await step('docusaurus build', () => runDocusaurusBuild(stagedDir, tempOut, siteDir));
    await step('verify', () => {
      const failures = verifyBuild(site, tempOut);
      if (failures.length > 0) throw new StepFailure('verify', failures.join('\n  '));
    });
    await step('replace build/', () => replaceDirectory(tempOut, outDir));
    process.stderr.write(`build: ${path.relative(process.cwd(), outDir) || outDir} is ready (${site.pages.filter((page) => !page.draft).length} pages published, ${site.pages.filter((page) => page.draft).length} drafts left out)\n`);
    return 0;
  } catch (error) {
    fs.rmSync(tempOut, { recursive: true, force: true });
    const failure = error instanceof StepFailure ? error : new StepFailure('build', String(error));
    process.stderr.write(`build: step "${failure.step}" failed: ${failure.message}\nbuild: the previous build/ was left untouched\n`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
