/**
 * Worker thread: make the page records of the chunks it claims (see page-records.ts). A page
 * worker may first load the site's settings (load/load-site.ts): it posts them, then waits for
 * its queue; after each queue, it waits for another, until the main thread ends it.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { workOnQueue } from './page-records.ts';
import type { PageQueue } from './page-queue.ts';
import { onWorkerInput } from './threads.ts';
import { settingsMessage, type SettingOverrides } from './site-config.ts';
import { codeCacheReady } from '../../code-cache.ts';
import { trace } from './trace.ts';

export type PageWorkerInput = { queue: PageQueue; port: MessagePort } | { settings: { siteDir: string; overrides: SettingOverrides } };

function readPages({ queue, port }: { queue: PageQueue; port: MessagePort }): void {
  workOnQueue(queue, port);
  codeCacheReady();
  // The main thread may keep this worker for its next reading (the partials the pages import).
  parentPort!.once('message', readPages);
  parentPort!.postMessage('done');
}

onWorkerInput<PageWorkerInput>((input) => {
  if (!('settings' in input)) return readPages(input);
  trace('loading the config');
  void settingsMessage(input.settings.siteDir, input.settings.overrides, 'later').then(({ message, configVerdict }) => {
    trace('config loaded');
    parentPort!.once('message', readPages);
    parentPort!.postMessage(message);
    // Docusaurus's validators load while the main thread goes on with the settings; pages this
    // thread claims after (the queue's message waits meanwhile).
    if (configVerdict) {
      parentPort!.postMessage(configVerdict());
      trace('config validated');
    }
  });
});
