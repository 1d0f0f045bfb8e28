// Worker thread: compute the records of the pages it is given. Node cannot start a worker from a
// .ts file, so register tsx's require hook first.
require('tsx/cjs');
const { parentPort, workerData } = require('node:worker_threads');
const { recordOf } = require('./page-records.ts');

parentPort.postMessage(workerData.map(recordOf));
