/**
 * `FAQ_CHECK_TRACE=1`: the check prints when each of its steps ends, in milliseconds since the
 * process started, to standard error, from the main thread and the workers alike. For finding
 * where the time goes (npm run bench prints the steps of its runs). A test may look for a step,
 * never at its time.
 */
import fs from 'node:fs';
import { isMainThread, threadId } from 'node:worker_threads';

const ENABLED = Boolean(process.env.FAQ_CHECK_TRACE);
// Workers inherit the environment: they measure from the main thread's start too.
if (ENABLED && isMainThread) process.env.FAQ_CHECK_TRACE_ORIGIN ??= String(performance.timeOrigin);
const ORIGIN = Number(process.env.FAQ_CHECK_TRACE_ORIGIN ?? performance.timeOrigin);

export function trace(step: string): void {
  if (!ENABLED) return;
  const at = performance.timeOrigin + performance.now() - ORIGIN;
  // Straight to file descriptor 2: a worker's process.stderr reaches the terminal through the main
  // thread, and what is still on its way when the check exits is lost.
  fs.writeSync(2, `trace ${at.toFixed(0).padStart(6)} ms  ${isMainThread ? 'main' : `worker ${threadId}`}: ${step}\n`);
}
