/**
 * The check's speed mechanisms, each of which can be switched off to measure what it buys
 * (`npm run bench:mechanisms`, BENCHMARKS.md): FAQ_CHECK_WITHOUT=prefetch,link-reuse.
 * - prefetch: reading pages while the config loads (load/load-site.ts);
 * - link-reuse: keeping unchanged pages' link problems from the last run (check/link-reuse.ts);
 * - jit-budget: a larger V8 interrupt budget, so that fewer functions are optimized (v8-flags.cjs);
 * - young-gen: smaller young generations, so that fewer fresh memory pages are touched (v8-flags.cjs);
 * - old-gen: a larger first old generation, so that a check collects none whole (v8-flags.cjs);
 * - single-threaded-gc: V8's garbage collector without helper threads (v8-flags.cjs);
 * - edit-recheck: checking only the pages that changed since the last report (check/edit-recheck.ts);
 * - code-cache: each thread's bundle run from a V8 code cache (run.cjs);
 * - deferred-utils: Docusaurus's front matter schema loaded without the rest of @docusaurus/utils
 *   (model/require-deferring.ts);
 * - early-workers: the page worker started before the check's bundle is compiled (run.cjs);
 * - module-cache: third-party modules required at run time compiled from code caches
 *   (module-code-cache.ts);
 * - stage-split: a page worker leaving the rest of its chunks' records (front matter, imports, MDX
 *   facts) to the main thread (load/page-queue.ts);
 * - schema-memo: a check after a stored report (an edit checked alone, or a whole check of pages
 *   read from the cache) taking Docusaurus's front matter verdicts from the last check instead of
 *   loading its schema (model/front-matter-schema.ts, SchemaMemo);
 * - plugin-models: the routes of other authors' plugins that are costly to make (easyops's local
 *   search) modeled rather than learned by running them (load/plugin-models.ts);
 * - lazy-babel: while the site's plugins are made, jiti's Babel loaded only when a module needs
 *   it (load/plugin-lifecycle.ts, babelOnDemand);
 * - early-strip: the TypeScript modules of src/ stripped by esbuild's asynchronous service while
 *   the config loads, not by its synchronous API after the last page (load/module-transforms.ts).
 * The worker pool is measured with `--threads 1`, the bundled runner by running from source.
 * Never set in normal use: every switch only makes the check slower.
 */
import { switchedOff } from './switched-off.cjs';

export type Mechanism = 'prefetch' | 'link-reuse' | 'jit-budget' | 'edit-recheck' | 'code-cache' | 'deferred-utils' | 'early-workers' | 'module-cache' | 'stage-split' | 'schema-memo' | 'young-gen' | 'old-gen' | 'single-threaded-gc' | 'plugin-models' | 'lazy-babel' | 'early-strip';

export const MECHANISMS: Mechanism[] = ['prefetch', 'link-reuse', 'jit-budget', 'edit-recheck', 'code-cache', 'deferred-utils', 'early-workers', 'module-cache', 'stage-split', 'schema-memo', 'young-gen', 'old-gen', 'single-threaded-gc', 'plugin-models', 'lazy-babel', 'early-strip'];

export const mechanismOff = (name: Mechanism): boolean => switchedOff(name);
