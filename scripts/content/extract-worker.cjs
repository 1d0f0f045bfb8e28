// Worker entry: Node cannot start a worker from a .ts file, so register tsx's require hook first.
require('tsx/cjs');
require('./extract-worker.ts');
