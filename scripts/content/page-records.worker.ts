/** Worker thread: compute page records for the share of files it claims (see page-records.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { computeClaimedPages, type PageQueue } from './page-records.ts';

const done = computeClaimedPages(workerData.input as PageQueue);
// One JSON string for all records: far cheaper to pass between threads than cloned objects.
parentPort!.postMessage({ indexes: done.indexes, hashes: done.hashes, records: JSON.stringify(done.records) });
