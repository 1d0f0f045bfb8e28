/**
 * The CI workflows, Dependabot config and the writers' guide: GitHub's own workflow parser
 * (@actions/workflow-parser, the one behind the Actions VS Code extension) validates the
 * workflows, then each promise the workflows make is a rule returning its problems. Every rule
 * is also run on a broken copy, to show it can fail.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { RULES } from '../../scripts/check/problem.ts';
import { FUZZ_OUTPUT_DIR } from '../helpers/property.ts';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  'runs-on'?: string;
  strategy?: { matrix?: Record<string, unknown> };
  outputs?: Record<string, string>;
  container?: string | { image: string };
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name?: string; url?: string };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, Job>;
}

// ---- Validation with GitHub's parser --------------------------------------------------------

async function workflowErrors(name: string, content: string): Promise<string[]> {
  // The parser ships as ES modules only; these tests load as CommonJS, hence import().
  const { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } = await import('@actions/workflow-parser');
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || !parsed.value) return errors;
  // Conversion checks what the schema can't: the job graph (`needs`), concurrency, events.
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((error) => error.Message);
}

// ---- Step helpers ---------------------------------------------------------------------------

const steps = (job: Job | undefined) => job?.steps ?? [];
const usesAction = (action: string) => (step: Step) => step.uses?.split('@')[0] === action;
const runsCommand = (pattern: RegExp) => (step: Step) => typeof step.run === 'string' && pattern.test(step.run);
const at = (job: Job | undefined, match: (step: Step) => boolean) => steps(job).findIndex(match);

const NPM_CI = /^npm ci\b/m;
const NPM_TEST = /^npm test\b/m;
const NPM_BUILD = /^npm run build\b/m;
const CHROMIUM = /apt-get install\b.*\bchromium\b/;

/** What the PR job and the deploy build job both promise. */
function buildJobProblems(job: Job | undefined, label: string): string[] {
  const problems: string[] = [];
  if (!job) return [`${label}: job missing`];
  const image = typeof job.container === 'string' ? job.container : job.container?.image;
  if (!/bookworm|debian/.test(image ?? '')) problems.push(`${label}: not in a Debian container (apt's chromium)`);
  if (at(job, usesAction('actions/checkout')) !== 0) problems.push(`${label}: checkout is not the first step`);

  const setupNode = steps(job).find(usesAction('actions/setup-node'));
  if (setupNode?.with?.['node-version-file'] !== '.nvmrc') problems.push(`${label}: setup-node without node-version-file .nvmrc`);
  if (setupNode?.with?.cache !== 'npm') problems.push(`${label}: setup-node without cache: npm`);

  const install = at(job, runsCommand(NPM_CI));
  if (install < 0) problems.push(`${label}: no npm ci`);
  // The site is stitched from the units the matrix built: their outputs come as artifacts.
  const download = at(job, usesAction('actions/download-artifact'));
  if (download < 0 || steps(job)[download].with?.pattern !== 'faq-unit-*') problems.push(`${label}: does not take the units built by the matrix`);
  // npm ci empties node_modules: units put there before it would be thrown away.
  if (download >= 0 && download < install) problems.push(`${label}: units taken before npm ci`);
  if (at(job, runsCommand(/node_modules\/\.cache\/faq-units/)) < 0) problems.push(`${label}: units not put in the unit store`);

  if (at(job, runsCommand(/npm run (--silent )?check -- .*--format github\b/)) < 0) problems.push(`${label}: no writers' check with --format github`);
  if (at(job, runsCommand(/^npm run typecheck\b/m)) < 0) problems.push(`${label}: no typecheck`);
  const chromium = at(job, runsCommand(CHROMIUM));
  const npmTest = at(job, runsCommand(NPM_TEST));
  if (npmTest < 0) problems.push(`${label}: no npm test`);
  if (chromium < 0 || chromium > npmTest) problems.push(`${label}: chromium not installed from apt before npm test`);
  return problems;
}

/** The matrix of version units: one job per version, each with its own cache, feeding `site`. */
function unitMatrixProblems(workflow: Workflow, siteJob: string, cachePrefix: string): string[] {
  const problems: string[] = [];
  const list = workflow.jobs.versions;
  if (!String(list?.outputs?.units ?? '').includes('steps.')) problems.push('units: the versions job must output the list of units');
  const unit = workflow.jobs.unit;
  if (!unit) return [...problems, 'units: no unit job'];
  if ([unit.needs ?? []].flat()[0] !== 'versions') problems.push('units: the unit job must need the versions job');
  if (!String(unit.strategy?.matrix?.unit ?? '').includes('needs.versions.outputs.units')) problems.push('units: matrix is not one job per version');
  const install = at(unit, runsCommand(NPM_CI));
  const cacheIndex = at(unit, usesAction('actions/cache'));
  const cache = steps(unit)[cacheIndex]?.with;
  if (String(cache?.path ?? '').trim() !== 'node_modules/.cache/faq-units/${{ matrix.unit }}') problems.push("units: cache must keep the unit's own store folder");
  if (!String(cache?.key ?? '').startsWith(`${cachePrefix}-\${{ runner.os }}-\${{ matrix.unit }}-`)) problems.push(`units: cache key must be ${cachePrefix}-<os>-<unit>-…`);
  if (!String(cache?.['restore-keys'] ?? '').includes(`${cachePrefix}-\${{ runner.os }}-\${{ matrix.unit }}-`)) problems.push("units: cache must restore the unit's newest store");
  if (cacheIndex >= 0 && cacheIndex < install) problems.push('units: cache restored before npm ci');
  const build = at(unit, runsCommand(/^npm run build -- --unit "?\$\{\{ matrix\.unit \}\}"?/m));
  if (build < 0 || build < cacheIndex) problems.push('units: no npm run build -- --unit after the cache');
  const upload = steps(unit).find(usesAction('actions/upload-artifact'));
  if (upload?.with?.name !== 'faq-unit-${{ matrix.unit }}') problems.push('units: output not handed on as faq-unit-<unit>');
  if (![workflow.jobs[siteJob]?.needs ?? []].flat().includes('unit')) problems.push(`units: ${siteJob} must need the unit job`);
  // Built once: no job but the unit matrix runs a whole-site build besides npm test.
  for (const [name, job] of Object.entries(workflow.jobs)) {
    if (at(job, runsCommand(/^npm run build\s*$/m)) >= 0) problems.push(`build once: ${name} builds the site again outside npm test`);
  }
  return problems;
}

function actionsPinned(workflow: Workflow): string[] {
  return Object.values(workflow.jobs)
    .flatMap(steps)
    .filter((step) => step.uses && !/@(v\d+(\.\d+)*|[0-9a-f]{40})$/.test(step.uses))
    .map((step) => `${step.uses}: not pinned to a release or commit`);
}

const onlyRead = (permissions: Record<string, string> | undefined) =>
  permissions !== undefined && Object.values(permissions).every((level) => level === 'read' || level === 'none');

function prProblems(workflow: Workflow): string[] {
  const problems: string[] = [];
  // pull_request_target would run fork code with secrets: never.
  if (JSON.stringify(Object.keys(workflow.on ?? {})) !== '["pull_request"]') problems.push('triggers: only pull_request expected');
  if (JSON.stringify(workflow.permissions) !== '{"contents":"read"}') problems.push('permissions: workflow must have contents: read only');
  for (const [name, job] of Object.entries(workflow.jobs)) {
    if (job.permissions && !onlyRead(job.permissions)) problems.push(`permissions: job ${name} asks for write`);
  }
  const job = workflow.jobs['check-test-build'];
  if (JSON.stringify(Object.keys(workflow.jobs).sort()) !== '["check-test-build","unit","versions"]') problems.push('jobs: versions, unit and check-test-build expected');
  problems.push(...unitMatrixProblems(workflow, 'check-test-build', 'faq-unit-pr'));
  problems.push(...buildJobProblems(job, 'pr'));
  const upload = at(job, usesAction('actions/upload-artifact'));
  if (upload < 0 || steps(job)[upload].with?.path !== 'build') problems.push('preview: build/ not uploaded as an artifact');
  if (upload >= 0 && upload < at(job, runsCommand(NPM_TEST))) problems.push('preview: artifact uploaded before the tests built it');
  problems.push(...actionsPinned(workflow));
  return problems;
}

function deployProblems(workflow: Workflow): string[] {
  const problems: string[] = [];
  const on = workflow.on ?? {};
  if (JSON.stringify(Object.keys(on).sort()) !== '["push","workflow_dispatch"]') problems.push('triggers: push and workflow_dispatch expected');
  if (JSON.stringify((on.push as { branches?: unknown } | null)?.branches) !== '["main"]') problems.push('triggers: push must be limited to main');
  if (JSON.stringify(workflow.permissions) !== '{"contents":"read"}') problems.push('permissions: workflow must have contents: read only');
  if (workflow.concurrency?.group !== 'pages') problems.push('concurrency: group pages expected');
  if (workflow.concurrency?.['cancel-in-progress'] !== false) problems.push('concurrency: a running deploy must not be cancelled');

  const build = workflow.jobs.build;
  problems.push(...unitMatrixProblems(workflow, 'build', 'faq-unit-pages'));
  problems.push(...buildJobProblems(build, 'build'));
  if (!onlyRead(build?.permissions)) problems.push('permissions: build job must only read');
  if (!onlyRead(workflow.jobs.unit?.permissions)) problems.push('permissions: unit jobs must only read');
  const checkout = steps(build).find(usesAction('actions/checkout'));
  if (checkout?.with?.['fetch-depth'] !== 0) problems.push('build: checkout needs fetch-depth: 0 for last-updated dates');
  const pagesIndex = at(build, usesAction('actions/configure-pages'));
  const pagesId = steps(build)[pagesIndex]?.id;
  // The site is built once, by npm test, for the Pages address; that build is published.
  const buildIndex = at(build, runsCommand(NPM_TEST));
  const buildStep = steps(build)[buildIndex];
  if (pagesIndex < 0 || !pagesId) problems.push('build: configure-pages step with an id missing');
  if (buildIndex < 0 || buildIndex < pagesIndex) problems.push('build: npm test must come after configure-pages');
  const unitBuild = steps(workflow.jobs.unit).find(runsCommand(NPM_BUILD));
  const unitPagesId = steps(workflow.jobs.unit).find(usesAction('actions/configure-pages'))?.id;
  for (const variable of ['SITE_URL', 'BASE_URL']) {
    if (!String(buildStep?.env?.[variable] ?? '').includes(`steps.${pagesId}.outputs.`)) problems.push(`build: ${variable} not taken from configure-pages`);
    if (!unitPagesId || !String(unitBuild?.env?.[variable] ?? '').includes(`steps.${unitPagesId}.outputs.`)) problems.push(`units: ${variable} not taken from configure-pages`);
  }
  const upload = at(build, usesAction('actions/upload-pages-artifact'));
  if (upload < 0 || steps(build)[upload].with?.path !== 'build') problems.push('build: build/ not uploaded as the Pages artifact');
  if (upload >= 0 && upload < buildIndex) problems.push('build: Pages artifact uploaded before the build');

  const deploy = workflow.jobs.deploy;
  const needs = [deploy?.needs ?? []].flat();
  if (!needs.includes('build')) problems.push('deploy: must need the build job');
  if (JSON.stringify(deploy?.permissions) !== '{"pages":"write","id-token":"write"}') problems.push('deploy: permissions must be pages: write and id-token: write only');
  const deployStep = steps(deploy).find(usesAction('actions/deploy-pages'));
  if (!deployStep?.id) problems.push('deploy: deploy-pages step with an id missing');
  if (deploy?.environment?.name !== 'github-pages') problems.push('deploy: environment github-pages expected');
  if (!deploy?.environment?.url?.includes(`steps.${deployStep?.id}.outputs.page_url`)) problems.push('deploy: environment url must come from deploy-pages');
  for (const [name, job] of Object.entries(workflow.jobs)) {
    if (name === 'deploy') continue;
    if (job.permissions?.pages === 'write' || job.permissions?.['id-token']) problems.push(`permissions: only the deploy job may write Pages or get an id token (${name})`);
  }
  problems.push(...actionsPinned(workflow));
  return problems;
}

const NPM_FUZZ = /^npm run fuzz\b/m;
/** Once a day at a fixed minute and hour: `M H * * *`. */
const NIGHTLY_CRON = /^([0-5]?\d) ([01]?\d|2[0-3]) \* \* \*$/;

function fuzzProblems(workflow: Workflow): string[] {
  const problems: string[] = [];
  const on = workflow.on ?? {};
  if (JSON.stringify(Object.keys(on).sort()) !== '["schedule","workflow_dispatch"]') problems.push('triggers: schedule and workflow_dispatch expected');
  const crons = [on.schedule ?? []].flat().map((entry) => (entry as { cron?: string } | null)?.cron ?? '');
  if (crons.length !== 1 || !NIGHTLY_CRON.test(crons[0])) problems.push(`schedule: one nightly cron expected, got ${JSON.stringify(crons)}`);
  if (JSON.stringify(workflow.permissions) !== '{"contents":"read"}') problems.push('permissions: workflow must have contents: read only');
  const [job, ...others] = Object.values(workflow.jobs);
  if (others.length > 0) problems.push('jobs: one job expected');
  if (job?.permissions && !onlyRead(job.permissions)) problems.push('permissions: the fuzz job asks for write');
  if (steps(job).find(usesAction('actions/setup-node'))?.with?.['node-version-file'] !== '.nvmrc') problems.push('fuzz: setup-node without node-version-file .nvmrc');

  const install = at(job, runsCommand(NPM_CI));
  const fuzz = at(job, runsCommand(NPM_FUZZ));
  if (install < 0) problems.push('fuzz: no npm ci');
  if (fuzz < 0) problems.push('fuzz: no npm run fuzz');
  else if (fuzz < install) problems.push('fuzz: npm run fuzz before npm ci');
  // The runner writes the seed (and the failing properties' reports) to FUZZ_OUTPUT_DIR.
  const upload = at(job, usesAction('actions/upload-artifact'));
  const uploadStep = steps(job)[upload];
  if (upload < 0 || upload < fuzz) problems.push('seed: no artifact upload after the fuzz step');
  if (!/\bfailure\(\)/.test(uploadStep?.if ?? '')) problems.push('seed: the upload must run when the fuzz step failed');
  if (String(uploadStep?.with?.path ?? '').trim().replace(/\/$/, '') !== FUZZ_OUTPUT_DIR) problems.push(`seed: the upload must keep ${FUZZ_OUTPUT_DIR}`);
  problems.push(...actionsPinned(workflow));
  return problems;
}

interface Dependabot {
  version: number;
  updates: { 'package-ecosystem': string; schedule?: { interval?: string }; groups?: Record<string, { patterns?: string[] }> }[];
}

function dependabotProblems(config: Dependabot): string[] {
  const problems: string[] = [];
  if (config.version !== 2) problems.push('version 2 expected');
  const npm = config.updates?.find((update) => update['package-ecosystem'] === 'npm');
  if (npm?.schedule?.interval !== 'weekly') problems.push('npm: weekly updates expected');
  if (!Object.values(npm?.groups ?? {}).some((group) => group.patterns?.includes('@docusaurus/*'))) problems.push('npm: @docusaurus/* must be grouped');
  const actions = config.updates?.find((update) => update['package-ecosystem'] === 'github-actions');
  if (!actions?.schedule?.interval) problems.push('github-actions ecosystem expected');
  return problems;
}

// ---- Mutation helper ------------------------------------------------------------------------

type Mutation<T> = [description: string, mutate: (copy: T) => void, expected: string];

function assertEachMutationCaught<T>(original: T, check: (value: T) => string[], mutations: Mutation<T>[]): void {
  for (const [description, mutate, expected] of mutations) {
    const copy = structuredClone(original);
    mutate(copy);
    const problems = check(copy);
    assert.ok(
      problems.some((problem) => problem.includes(expected)),
      `${description}: expected a problem mentioning "${expected}", got ${JSON.stringify(problems)}`,
    );
  }
}

const stepOf = (job: Job, match: (step: Step) => boolean) => {
  const step = steps(job).find(match);
  assert.ok(step, 'the step a mutation changes exists');
  return step;
};
const dropStep = (job: Job, match: (step: Step) => boolean) => {
  job.steps = steps(job).filter((step) => !match(step));
};
const moveStepToEnd = (job: Job, match: (step: Step) => boolean) => {
  const step = stepOf(job, match);
  job.steps = [...steps(job).filter((other) => other !== step), step];
};

/** Ways to break the unit matrix, the same in both workflows. */
function unitMatrixMutations(siteJob: string): Mutation<Workflow>[] {
  return [
    ['one job for every version', (w) => { w.jobs.unit.strategy = undefined; }, 'one job per version'],
    ['no versions list', (w) => { delete w.jobs.versions.outputs; }, 'output the list of units'],
    ['one cache for all units', (w) => { stepOf(w.jobs.unit, usesAction('actions/cache')).with!.path = 'node_modules/.cache'; }, "unit's own store folder"],
    ['cache key without the unit', (w) => { stepOf(w.jobs.unit, usesAction('actions/cache')).with!.key = 'units-${{ github.sha }}'; }, 'cache key'],
    ['unit cache before npm ci', (w) => moveStepToEnd(w.jobs.unit, runsCommand(NPM_CI)), 'units: cache restored before npm ci'],
    ['whole site built in the unit job', (w) => { stepOf(w.jobs.unit, runsCommand(NPM_BUILD)).run = 'npm run build'; }, 'npm run build -- --unit'],
    ['unit output not handed on', (w) => dropStep(w.jobs.unit, usesAction('actions/upload-artifact')), 'handed on'],
    ['site job does not wait for units', (w) => { delete w.jobs[siteJob].needs; }, 'must need the unit job'],
    ['site built twice', (w) => { w.jobs[siteJob].steps = [...steps(w.jobs[siteJob]), { run: 'npm run build' }]; }, 'build once'],
  ];
}

// ---- Tests ----------------------------------------------------------------------------------

const PR_FILE = '.github/workflows/pr.yml';
const DEPLOY_FILE = '.github/workflows/deploy.yml';
const FUZZ_FILE = '.github/workflows/fuzz.yml';

describe('workflow validation (GitHub workflow parser)', () => {
  for (const file of [PR_FILE, DEPLOY_FILE, FUZZ_FILE]) {
    test(`${file} is a valid workflow`, async () => {
      assert.deepEqual(await workflowErrors(file, read(file)), []);
    });
  }

  test('the parser rejects broken workflows (unknown keys, bad values, bad expressions, bad needs)', async () => {
    const content = read(DEPLOY_FILE);
    const broken: [string, string][] = [
      ['misspelled key', content.replace('runs-on:', 'run-on:')],
      ['bad permission level', content.replace('contents: read', 'contents: reed')],
      ['unknown event', content.replace('workflow_dispatch:', 'workflow_dispatched:')],
      ['bad expression', content.replace('${{ steps.pages.outputs.origin }}', '${{ steps.pages.outputs.origin( }}')],
      ['needs a missing job', content.replace('needs: build', 'needs: [build, nope]')],
    ];
    for (const [label, text] of broken) {
      assert.notEqual(text, content, `${label}: the mutation applies`);
      assert.ok((await workflowErrors('broken.yml', text)).length > 0, `${label}: not reported`);
    }
  });
});

describe('pull request workflow', () => {
  const workflow = parse(read(PR_FILE)) as Workflow;
  const job = (copy: Workflow) => copy.jobs['check-test-build'];

  test('keeps its promises', () => {
    assert.deepEqual(prProblems(workflow), []);
  });

  test('each promise is checked', () => {
    assertEachMutationCaught(workflow, prProblems, [
      ['pull_request_target trigger', (w) => { w.on = { pull_request_target: null }; }, 'triggers'],
      ['write permission', (w) => { w.permissions = { contents: 'write' }; }, 'permissions: workflow'],
      ['job asks for write', (w) => { job(w).permissions = { 'pull-requests': 'write' }; }, 'asks for write'],
      ['ubuntu without Debian container', (w) => { delete job(w).container; }, 'Debian container'],
      ['checkout not first', (w) => moveStepToEnd(job(w), usesAction('actions/checkout')), 'checkout is not the first'],
      ['no node-version-file', (w) => { delete stepOf(job(w), usesAction('actions/setup-node')).with?.['node-version-file']; }, '.nvmrc'],
      ['no npm cache', (w) => { delete stepOf(job(w), usesAction('actions/setup-node')).with?.cache; }, 'cache: npm'],
      ['no npm ci', (w) => dropStep(job(w), runsCommand(NPM_CI)), 'no npm ci'],
      ['units not downloaded', (w) => dropStep(job(w), usesAction('actions/download-artifact')), 'units built by the matrix'],
      ['units downloaded before npm ci', (w) => moveStepToEnd(job(w), runsCommand(NPM_CI)), 'units taken before npm ci'],
      ['units not put in the store', (w) => dropStep(job(w), runsCommand(/faq-units/)), 'unit store'],
      ...unitMatrixMutations('check-test-build'),
      ['check without github format', (w) => { stepOf(job(w), runsCommand(/ check /)).run = 'npm run check'; }, '--format github'],
      ['no typecheck', (w) => dropStep(job(w), runsCommand(/typecheck/)), 'no typecheck'],
      ['chromium after tests', (w) => moveStepToEnd(job(w), runsCommand(CHROMIUM)), 'chromium'],
      ['no npm test', (w) => dropStep(job(w), runsCommand(NPM_TEST)), 'no npm test'],
      ['no preview artifact', (w) => dropStep(job(w), usesAction('actions/upload-artifact')), 'preview'],
      ['artifact before build', (w) => {
        const upload = stepOf(job(w), usesAction('actions/upload-artifact'));
        job(w).steps = [upload, ...steps(job(w)).filter((step) => step !== upload)];
      }, 'before the tests'],
      ['unpinned action', (w) => { stepOf(job(w), usesAction('actions/checkout')).uses = 'actions/checkout@main'; }, 'not pinned'],
    ]);
  });
});

describe('deploy workflow', () => {
  const workflow = parse(read(DEPLOY_FILE)) as Workflow;

  test('keeps its promises', () => {
    assert.deepEqual(deployProblems(workflow), []);
  });

  test('each promise is checked', () => {
    const isBuild = runsCommand(NPM_TEST);
    assertEachMutationCaught(workflow, deployProblems, [
      ['extra trigger', (w) => { w.on.pull_request = null; }, 'triggers: push and'],
      ['any branch', (w) => { w.on.push = { branches: ['*'] }; }, 'limited to main'],
      ['workflow-level pages write', (w) => { w.permissions = { contents: 'read', pages: 'write' }; }, 'permissions: workflow'],
      ['no concurrency group', (w) => { delete w.concurrency; }, 'group pages'],
      ['deploys cancelled', (w) => { w.concurrency!['cancel-in-progress'] = true; }, 'must not be cancelled'],
      ['shallow checkout', (w) => { delete stepOf(w.jobs.build, usesAction('actions/checkout')).with; }, 'fetch-depth'],
      ['no writers check', (w) => dropStep(w.jobs.build, runsCommand(/ check /)), '--format github'],
      ['no tests', (w) => dropStep(w.jobs.build, runsCommand(NPM_TEST)), 'no npm test'],
      ['unit job writes', (w) => { w.jobs.unit.permissions = { contents: 'write' }; }, 'unit jobs must only read'],
      ['unit SITE_URL hard-coded', (w) => { stepOf(w.jobs.unit, runsCommand(NPM_BUILD)).env!.SITE_URL = 'https://example.com'; }, 'units: SITE_URL'],
      ['units keyed like the PR ones', (w) => { stepOf(w.jobs.unit, usesAction('actions/cache')).with!.key = 'faq-unit-pr-${{ runner.os }}-${{ matrix.unit }}-x'; }, 'cache key'],
      ...unitMatrixMutations('build'),
      ['build job writes', (w) => { w.jobs.build.permissions = { contents: 'write' }; }, 'build job must only read'],
      ['build job gets id token', (w) => { w.jobs.build.permissions = { contents: 'read', 'id-token': 'write' }; }, 'only the deploy job'],
      ['no configure-pages', (w) => dropStep(w.jobs.build, usesAction('actions/configure-pages')), 'configure-pages'],
      ['tests before configure-pages', (w) => {
        const build = stepOf(w.jobs.build, isBuild);
        w.jobs.build.steps = [build, ...steps(w.jobs.build).filter((step) => step !== build)];
      }, 'npm test must come after configure-pages'],
      ['SITE_URL hard-coded', (w) => { stepOf(w.jobs.build, isBuild).env!.SITE_URL = 'https://example.com'; }, 'SITE_URL'],
      ['BASE_URL missing', (w) => { delete stepOf(w.jobs.build, isBuild).env!.BASE_URL; }, 'BASE_URL'],
      ['no Pages artifact', (w) => dropStep(w.jobs.build, usesAction('actions/upload-pages-artifact')), 'Pages artifact'],
      ['wrong artifact folder', (w) => { stepOf(w.jobs.build, usesAction('actions/upload-pages-artifact')).with!.path = '.'; }, 'Pages artifact'],
      ['deploy without needs', (w) => { delete w.jobs.deploy.needs; }, 'must need the build job'],
      ['deploy with extra permission', (w) => { w.jobs.deploy.permissions!.contents = 'write'; }, 'pages: write and id-token: write only'],
      ['deploy without id token', (w) => { delete w.jobs.deploy.permissions!['id-token']; }, 'pages: write and id-token: write only'],
      ['no environment', (w) => { delete w.jobs.deploy.environment; }, 'github-pages'],
      ['environment url not from deploy', (w) => { w.jobs.deploy.environment!.url = 'https://example.com'; }, 'environment url'],
      ['no deploy-pages', (w) => { w.jobs.deploy.steps = []; }, 'deploy-pages'],
    ]);
  });
});

describe('fuzz workflow', () => {
  const workflow = parse(read(FUZZ_FILE)) as Workflow;
  const job = (copy: Workflow) => Object.values(copy.jobs)[0];
  const isUpload = usesAction('actions/upload-artifact');

  test('runs npm run fuzz nightly and on demand, and keeps the seed when it fails', () => {
    assert.deepEqual(fuzzProblems(workflow), []);
  });

  test('the command it runs exists', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    assert.match(scripts.fuzz ?? '', /\btests\/fuzz\.ts\b/);
  });

  test('each promise is checked', () => {
    assertEachMutationCaught(workflow, fuzzProblems, [
      ['no schedule', (w) => { delete w.on.schedule; }, 'triggers'],
      ['hourly', (w) => { w.on.schedule = [{ cron: '0 * * * *' }]; }, 'nightly cron'],
      ['also on push', (w) => { w.on.push = null; }, 'triggers'],
      ['write permission', (w) => { w.permissions = { contents: 'write' }; }, 'permissions: workflow'],
      ['no node-version-file', (w) => { delete stepOf(job(w), usesAction('actions/setup-node')).with?.['node-version-file']; }, '.nvmrc'],
      ['no npm ci', (w) => dropStep(job(w), runsCommand(NPM_CI)), 'no npm ci'],
      ['fuzz before npm ci', (w) => moveStepToEnd(job(w), runsCommand(NPM_CI)), 'before npm ci'],
      ['no fuzz', (w) => dropStep(job(w), runsCommand(NPM_FUZZ)), 'no npm run fuzz'],
      ['npm test instead', (w) => { stepOf(job(w), runsCommand(NPM_FUZZ)).run = 'npm test'; }, 'no npm run fuzz'],
      ['no upload', (w) => dropStep(job(w), isUpload), 'no artifact upload'],
      ['upload before fuzzing', (w) => {
        const upload = stepOf(job(w), isUpload);
        job(w).steps = [upload, ...steps(job(w)).filter((step) => step !== upload)];
      }, 'no artifact upload after'],
      ['upload only on success', (w) => { delete stepOf(job(w), isUpload).if; }, 'when the fuzz step failed'],
      ['upload of the wrong folder', (w) => { stepOf(job(w), isUpload).with!.path = 'build'; }, FUZZ_OUTPUT_DIR],
      ['unpinned action', (w) => { stepOf(job(w), usesAction('actions/checkout')).uses = 'actions/checkout@main'; }, 'not pinned'],
    ]);
  });
});

describe('dependabot', () => {
  const config = parse(read('.github/dependabot.yml')) as Dependabot;

  test('updates npm weekly with Docusaurus grouped, and the actions', () => {
    assert.deepEqual(dependabotProblems(config), []);
  });

  test('each promise is checked', () => {
    const npm = (c: Dependabot) => c.updates.find((update) => update['package-ecosystem'] === 'npm')!;
    assertEachMutationCaught(config, dependabotProblems, [
      ['version 1', (c) => { c.version = 1; }, 'version 2'],
      ['daily npm', (c) => { npm(c).schedule = { interval: 'daily' }; }, 'weekly'],
      ['Docusaurus ungrouped', (c) => { delete npm(c).groups; }, '@docusaurus/*'],
      ['no actions updates', (c) => { c.updates = c.updates.filter((update) => update['package-ecosystem'] !== 'github-actions'); }, 'github-actions'],
    ]);
  });
});

describe("writers' guide and pull request template", () => {
  const FIELDS = ['title', 'weight', 'draft', 'sidebar_position', 'slug'];

  test('CONTRIBUTING.md explains every rule of the check and every front matter field', () => {
    const guide = read('CONTRIBUTING.md');
    const missing = [...RULES, ...FIELDS].filter((word) => !new RegExp(`\`${word}\``).test(guide));
    assert.deepEqual(missing, []);
  });

  test('CONTRIBUTING.md shows how to cut a version and preview', () => {
    const guide = read('CONTRIBUTING.md');
    for (const command of ['npx docusaurus docs:version', 'npm start', 'npm run check']) {
      assert.ok(guide.includes(command), `${command} is not explained`);
    }
  });

  test('the pull request template has the writer checklist', () => {
    const template = read('.github/pull_request_template.md');
    const items = template.split('\n').filter((line) => /^- \[ \] /.test(line));
    assert.ok(items.length >= 4, `only ${items.length} checklist items`);
    assert.ok(template.includes('npm run check'), 'the checklist does not ask for the check');
  });
});
