/**
 * Starting the check's worker threads, from source or from the bundle.
 *
 * A worker is a module `scripts/content/load/<name>.worker.ts` that takes its input through
 * onWorkerInput and answers with postMessage. Node cannot start a worker from a .ts file, so
 * from source (tests, the build script, `npm start`) a small shim registers tsx first; from the
 * bundle that scripts/run.cjs makes, each worker has a bundle of its own next to the main one
 * (`<name>.worker.cjs`) and starts without tsx, about a tenth of a second sooner.
 */
import path from 'node:path';
import { parentPort, Worker, workerData, type TransferListItem } from 'node:worker_threads';
import { trace } from './trace.ts';

export type WorkerName = 'page-records' | 'load-settings';

// The bundle is a .cjs file; the source is .ts (run by tsx or Docusaurus's loader).
const RUNNING_FROM_BUNDLE = __filename.endsWith('.cjs');
const TSX_SHIM = path.join(__dirname, 'ts-worker.cjs');

/**
 * Workers scripts/run.cjs started before the bundle was compiled, each waiting for its input, by
 * their bundle file (the mechanism `early-workers`).
 */
const WAITING_WORKERS = Symbol.for('faq.waiting-workers');
const waitingWorkers = () => (globalThis as { [WAITING_WORKERS]?: Map<string, Worker> })[WAITING_WORKERS];

export function startWorker(name: WorkerName, input: unknown, transferList?: TransferListItem[]): Worker {
  const entry = RUNNING_FROM_BUNDLE ? path.join(__dirname, `${name}.worker.cjs`) : path.join(__dirname, `${name}.worker.ts`);
  const waiting = waitingWorkers()?.get(entry);
  if (waiting) {
    waitingWorkers()!.delete(entry);
    trace(`${name} worker taken from those started early`);
    waiting.ref();
    waiting.postMessage(input, transferList);
    return waiting;
  }
  // scripts/run.cjs, which started this bundle, runs the worker's from its V8 code cache.
  const runner = RUNNING_FROM_BUNDLE ? process.env.FAQ_SCRIPT_RUNNER : undefined;
  if (!RUNNING_FROM_BUNDLE) startEsbuildThread();
  const env = RUNNING_FROM_BUNDLE ? undefined : sourceWorkerEnv();
  return new Worker(runner ?? (RUNNING_FROM_BUNDLE ? entry : TSX_SHIM), { workerData: { entry, input }, transferList, env });
}

/**
 * The environment of a worker started from source. tsx compiles a file its cache lacks with
 * esbuild's synchronous API, which starts a worker thread of its own on first use: inside this
 * worker, whenever a module is first required, perhaps while the main thread ends another
 * worker (the crash workersEnded avoids, below). Without worker threads, esbuild runs its binary
 * as a child process for each such call instead. Set when the worker starts: set later, the
 * worker hung when it had tsx's loader from `--import tsx` (tests run so).
 */
export const sourceWorkerEnv = (): NodeJS.ProcessEnv => ({ ...process.env, ESBUILD_WORKER_THREADS: '0' });

let esbuildThreadStarted = false;

/**
 * From source, tsx compiles the modules this thread requires late (load/site-transforms.ts,
 * extract/mdx-facts.ts) with the same synchronous API, and parse-module.ts reads a site's
 * TypeScript with it. Its thread starts here, before this thread's first worker, when no worker
 * is being ended (a start waits for the ends), instead of at a compile nobody can time.
 */
function startEsbuildThread(): void {
  if (esbuildThreadStarted) return;
  esbuildThreadStarted = true;
  (require('esbuild') as typeof import('esbuild')).transformSync('');
}

/** End the workers started early that nobody took: this run will not ask for them (or not soon). */
export function releaseWaitingWorkers(): void {
  const waiting = waitingWorkers();
  if (!waiting) return;
  for (const worker of waiting.values()) endWorker(worker);
  waiting.clear();
}

/**
 * Workers being ended. Node can crash (SIGSEGV) when a worker starts while another's isolate is
 * torn down (nodejs/node#56312); a long-lived process (the dev server's check, the tests) ends
 * and starts workers check after check, so a start waits for the ends under way (workersEnded).
 */
const ending = new Set<Promise<void>>();

/** End a worker, and note it until it has ended. */
export function endWorker(worker: Worker): void {
  const ended: Promise<void> = worker.terminate().then(() => {}, () => {}).finally(() => ending.delete(ended));
  ending.add(ended);
}

/** Resolves once no worker is being ended: at once when none is, as in a run of the check from the command line. */
export async function workersEnded(): Promise<void> {
  while (ending.size > 0) await Promise.all(ending);
}

/** In a worker: run `work` on its input, given as it started or, to one started early, as the first message. */
export function onWorkerInput<Input>(work: (input: Input) => void): void {
  if (workerData.input !== undefined) work(workerData.input as Input);
  else parentPort!.once('message', work);
}
