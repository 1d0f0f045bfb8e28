/** Worker thread: read a site's settings from its docusaurus.config and send them back as data. */
import { parentPort } from 'node:worker_threads';
import { readSettings, type SettingOverrides } from './site-config.ts';
import { onWorkerInput } from './threads.ts';
import { trace } from './trace.ts';
import { codeCacheReady } from '../../code-cache.ts';

onWorkerInput<{ siteDir: string; overrides: SettingOverrides }>(({ siteDir, overrides }) => {
  trace('loading the config');
  void readSettings(siteDir, overrides, 'later').then((settings) => {
    trace('config loaded');
    // Before the answer: the thread is ended as soon as it arrives.
    codeCacheReady();
    parentPort!.postMessage(settings);
  });
});
