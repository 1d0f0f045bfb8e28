/** Worker thread: compute page records for the chunks it claims (see page-records.ts). */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { computeClaimedPages, type PageQueue } from './page-records.ts';
import { onWorkerInput } from './threads.ts';
import { codeCacheReady } from '../../code-cache.ts';

onWorkerInput<{ queue: PageQueue; port: MessagePort }>(({ queue, port }) => {
  // Each chunk goes out as soon as it is computed, its records as one JSON string: far cheaper to
  // pass between threads than cloned objects.
  computeClaimedPages(queue, (chunk) => port.postMessage(chunk));
  codeCacheReady();
  parentPort!.postMessage('done');
});
