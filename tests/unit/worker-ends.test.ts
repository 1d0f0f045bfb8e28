/**
 * Workers are ended one way (load/threads.ts, endWorker), and a new one starts only once the
 * ends under way are over (workersEnded): Node can crash when a worker starts while another's
 * isolate is torn down (nodejs/node#56312), which a process that checks again and again (the
 * dev server, this test suite) would meet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { endWorker, workersEnded } from '../../scripts/content/load/threads.ts';

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

