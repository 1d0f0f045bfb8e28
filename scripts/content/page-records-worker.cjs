// Worker thread: read and compute the page files it is given, answer with one JSON string.
// Node cannot start a worker from a .ts file, so register tsx's require hook first.
require('tsx/cjs');
const { parentPort, workerData } = require('node:worker_threads');
const { computePage } = require('./page-records.ts');

parentPort.postMessage(JSON.stringify(workerData.map(computePage)));
