/** Worker thread: read a site's settings from its docusaurus.config and send them back as data. */
import { parentPort } from 'node:worker_threads';
import { settingsMessage, type SettingOverrides } from './site-config.ts';
import { onWorkerInput } from './threads.ts';
import { trace } from './trace.ts';
import { codeCacheReady } from '../../code-cache.ts';

onWorkerInput<{ siteDir: string; overrides: SettingOverrides }>(({ siteDir, overrides }) => {
  trace('loading the config');
  void settingsMessage(siteDir, overrides).then(({ message }) => {
    trace('config loaded');
    // Before the answer: the thread is ended as soon as it arrives.
    codeCacheReady();
    parentPort!.postMessage(message);
  });
});
