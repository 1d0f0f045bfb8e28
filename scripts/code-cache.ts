/**
 * Telling scripts/run.cjs that this thread has done the work it usually does: the runner then
 * writes the V8 code cache of the thread's bundle (the bytecode of every function compiled so
 * far), if it loaded none that V8 accepted. Later runs start from that cache instead of parsing
 * and compiling the bundle again. Does nothing when the script runs from source.
 */
const READY = Symbol.for('faq.code-cache-ready');

export function codeCacheReady(): void {
  (globalThis as { [READY]?: () => void })[READY]?.();
}
