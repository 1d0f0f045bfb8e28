/**
 * Workers are ended one way (load/threads.ts, endWorker), and a new one starts only once the
 * ends under way are over (workersEnded): Node can crash when a worker starts while another's
 * isolate is torn down (nodejs/node#56312), which a process that checks again and again (the
 * dev server, this test suite) would meet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { endWorker, sourceWorkerEnv, workersEnded } from '../../scripts/content/load/threads.ts';
import { outputPath, SITE_DIR } from '../helpers/paths.ts';

const busyWorker = () => new Worker('setInterval(() => {}, 1000);', { eval: true });

test('workersEnded resolves at once when no worker is being ended, and only after every worker ended is gone', async () => {
  await workersEnded();
  const workers = [busyWorker(), busyWorker()];
  await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('online', resolve))));
  const exited = workers.map((worker) => new Promise<boolean>((resolve) => worker.once('exit', () => resolve(true))));
  const gone: boolean[] = [false, false];
  exited.forEach((exit, i) => void exit.then(() => { gone[i] = true; }));
  workers.forEach(endWorker);
  await workersEnded();
  assert.deepEqual(gone, [true, true], 'both exit events came first');
  assert.deepEqual(workers.map(({ threadId }) => threadId), [-1, -1]);
});

test('a worker started from source compiles TypeScript without starting a thread of its own, which no end could wait for', { timeout: 60_000 }, async () => {
  const dir = outputPath('worker-ends');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // Loaded before tsx, the watcher notes every thread the worker starts; the entry then has tsx
  // compile a TypeScript module, its cache off, as for a file it never saw.
  fs.writeFileSync(path.join(dir, 'watch.cjs'), "globalThis.startedThreads = [];\nprocess.on('worker', (worker) => globalThis.startedThreads.push(worker.threadId));\n");
  fs.writeFileSync(path.join(dir, 'entry.cjs'), [
    "const { parentPort } = require('node:worker_threads');",
    "const { answer } = require('./module.ts');",
    // Node tells of a started thread on the next tick.
    'setImmediate(() => parentPort.postMessage({ answer, started: globalThis.startedThreads }));',
  ].join('\n'));
  fs.writeFileSync(path.join(dir, 'module.ts'), 'const answer: number = 6 * 7;\nexport { answer };\n');
  const run = async (env: NodeJS.ProcessEnv) => {
    const worker = new Worker(path.join(SITE_DIR, 'scripts', 'content', 'load', 'ts-worker.cjs'), {
      workerData: { entry: path.join(dir, 'entry.cjs') },
      env: { ...env, TSX_DISABLE_CACHE: '1' },
      execArgv: ['--require', path.join(dir, 'watch.cjs')],
    });
    const [message] = (await once(worker, 'message')) as [{ answer: number; started: number[] }];
    endWorker(worker);
    await workersEnded();
    return message;
  };
  const fromSource = await run(sourceWorkerEnv());
  assert.equal(fromSource.answer, 42, 'the TypeScript module was compiled and ran');
  assert.deepEqual(fromSource.started, [], 'no thread started inside the worker');
  // The control: with the usual environment, esbuild starts its thread there.
  const usual = await run(process.env);
  assert.equal(usual.answer, 42);
  assert.equal(usual.started.length, 1, 'esbuild started a thread inside the worker');
});
