/** Worker thread: make the page records of the chunks it claims (see page-records.ts). */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { workOnQueue } from './page-records.ts';
import type { PageQueue } from './page-queue.ts';
import { onWorkerInput } from './threads.ts';
import { codeCacheReady } from '../../code-cache.ts';

onWorkerInput<{ queue: PageQueue; port: MessagePort }>(({ queue, port }) => {
  workOnQueue(queue, port);
  codeCacheReady();
  parentPort!.postMessage('done');
});
