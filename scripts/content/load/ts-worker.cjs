// Starts a TypeScript worker module from source (see threads.ts): Node cannot load a .ts file as
// a worker, so register tsx's require hook, then load the module named in workerData.
require('tsx/cjs');
require(require('node:worker_threads').workerData.entry);
