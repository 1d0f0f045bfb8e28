/** Worker thread: read a site's settings from its docusaurus.config and send them back as data. */
import { parentPort, workerData } from 'node:worker_threads';
import { readSettings, type SettingOverrides } from './site-config.ts';
import { trace } from './trace.ts';
import { codeCacheReady } from '../../code-cache.ts';

const { siteDir, overrides } = workerData.input as { siteDir: string; overrides: SettingOverrides };
trace('loading the config');
readSettings(siteDir, overrides).then((settings) => {
  trace('config loaded');
  // Before the answer: the thread is ended as soon as it arrives.
  codeCacheReady();
  parentPort!.postMessage(settings);
});
