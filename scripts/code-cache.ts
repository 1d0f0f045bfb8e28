/**
 * Telling scripts/run.cjs that this thread has done the work it usually does: the runner then
 * writes the V8 code cache of the thread's bundle (the bytecode of every function compiled so
 * far), if it loaded none that V8 accepted; and so are the caches of the third-party modules the
 * thread compiled without one (module-code-cache.ts). Later runs start from those caches instead
 * of parsing and compiling again. Does nothing when the script runs from source.
 */
import { writeModuleCodeCaches } from './module-code-cache.ts';

const READY = Symbol.for('faq.code-cache-ready');

export function codeCacheReady(): void {
  (globalThis as { [READY]?: () => void })[READY]?.();
  writeModuleCodeCaches();
}
