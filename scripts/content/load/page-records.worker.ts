/**
 * Worker thread: make the page records of the chunks it claims (see page-records.ts). A page
 * worker may first load the site's settings (load/load-site.ts): it posts them, then waits for
 * its queue; after each queue, it waits for another, until the main thread ends it.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { NO_QUEUE, workOnQueue } from './page-records.ts';
import type { PageQueue } from './page-queue.ts';
import { onWorkerInput } from './threads.ts';
import { settingsMessage, type SettingOverrides } from './site-config.ts';
import { codeCacheReady } from '../../code-cache.ts';
import { trace } from './trace.ts';

type QueueInput = { queue: PageQueue; port: MessagePort };
export type PageWorkerInput = QueueInput | { settings: { siteDir: string; overrides: SettingOverrides } };

/** Work to do after this thread's next queue, or at the word that none comes: asking Docusaurus's validators. */
let afterQueue: (() => void) | undefined;

function onMessage(input: QueueInput | typeof NO_QUEUE): void {
  const after = afterQueue;
  afterQueue = undefined;
  if (input !== NO_QUEUE) workOnQueue(input.queue, input.port);
  after?.();
  // The main thread may keep this worker for its next reading (the partials the pages import).
  parentPort!.once('message', onMessage);
  if (input === NO_QUEUE) return;
  codeCacheReady();
  parentPort!.postMessage('done');
}

onWorkerInput<PageWorkerInput>((input) => {
  if (!('settings' in input)) return onMessage(input);
  trace('loading the config');
  void settingsMessage(input.settings.siteDir, input.settings.overrides, 'later').then(({ message, loadConfigJudge }) => {
    trace('config loaded');
    parentPort!.once('message', onMessage);
    parentPort!.postMessage(message);
    // Docusaurus's validators load now, while the main thread goes on with the settings (the
    // queue's message waits meanwhile). They are asked after this thread's pages: the main thread
    // then models the site while this one would wait, and the verdict is needed only by the rules.
    const judge = loadConfigJudge?.();
    if (!judge) return;
    trace('config validators loaded');
    afterQueue = () => {
      parentPort!.postMessage(judge());
      trace('config validated');
    };
  });
});
