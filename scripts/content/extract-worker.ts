/** Worker thread: extract the pages it is given and send the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractReference } from './extract-reference.ts';

parentPort!.postMessage((workerData as string[]).map(extractReference));
