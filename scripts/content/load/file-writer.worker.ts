/** Worker thread: write files for the main thread while it goes on working (see write-files.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { writeFilesNow, type FileWrite } from './write-files.ts';

writeFilesNow(workerData.input as FileWrite[]);
parentPort!.postMessage('done');
