/**
 * Starting the check's worker threads, from source or from the bundle.
 *
 * A worker is a module `scripts/content/load/<name>.worker.ts` that reads `workerData.input` and
 * answers with postMessage. Node cannot start a worker from a .ts file, so from source (tests,
 * the build script, `npm start`) a small shim registers tsx first; from the bundle that
 * scripts/run.cjs makes, each worker has a bundle of its own next to the main one
 * (`<name>.worker.cjs`) and starts without tsx, about a tenth of a second sooner.
 */
import path from 'node:path';
import { Worker, type TransferListItem } from 'node:worker_threads';

export type WorkerName = 'page-records' | 'load-settings';

// The bundle is a .cjs file; the source is .ts (run by tsx or Docusaurus's loader).
const RUNNING_FROM_BUNDLE = __filename.endsWith('.cjs');
const TSX_SHIM = path.join(__dirname, 'ts-worker.cjs');

export function startWorker(name: WorkerName, input: unknown, transferList?: TransferListItem[]): Worker {
  const entry = RUNNING_FROM_BUNDLE ? path.join(__dirname, `${name}.worker.cjs`) : path.join(__dirname, `${name}.worker.ts`);
  // scripts/run.cjs, which started this bundle, runs the worker's from its V8 code cache.
  const runner = RUNNING_FROM_BUNDLE ? process.env.FAQ_SCRIPT_RUNNER : undefined;
  return new Worker(runner ?? (RUNNING_FROM_BUNDLE ? entry : TSX_SHIM), { workerData: { entry, input }, transferList });
}
