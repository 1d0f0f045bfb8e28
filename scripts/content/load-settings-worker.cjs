// Worker thread: read a site's settings from its docusaurus.config and send them back as data.
// Node cannot start a worker from a .ts file, so register tsx's require hook first.
require('tsx/cjs');
const { parentPort, workerData } = require('node:worker_threads');
const { readSettings } = require('./site-config.ts');

readSettings(workerData.siteDir, workerData.overrides).then((settings) => parentPort.postMessage(settings));
