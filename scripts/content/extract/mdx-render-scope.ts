/**
 * Names code can read without defining them, where the build runs it. Browser-only globals
 * (`window`, `document`) are not among them: reading them while rendering fails the build
 * (unless under `typeof`, which the name reader leaves out).
 */

/**
 * JavaScript's own globals, and the few host globals every renderer has: both in the browser
 * and where Docusaurus renders pages at build time (Node).
 */
export const JAVASCRIPT_GLOBALS: readonly string[] = [
  'globalThis', 'undefined', 'NaN', 'Infinity', 'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol',
  'BigInt', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl', 'Reflect', 'Proxy', 'Map', 'Set', 'WeakMap',
  'WeakSet', 'WeakRef', 'FinalizationRegistry', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Atomics',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'parseInt', 'parseFloat', 'isNaN', 'isFinite',
  'encodeURI', 'encodeURIComponent', 'decodeURI', 'decodeURIComponent', 'escape', 'unescape', 'eval',
  'console', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'setTimeout', 'clearTimeout',
  'setInterval', 'clearInterval', 'queueMicrotask', 'structuredClone', 'atob', 'btoa',
];

/**
 * Names a compiled MDX page can read without importing them: what @mdx-js/mdx's generated
 * function provides (`props`), the names Docusaurus's mdx-loader and toc plugin declare in every
 * page's module (`frontMatter`, `contentTitle`, `assets`, `toc`), and the globals. Not
 * `metadata`: the loader re-exports it from another module (`export {default as metadata} from
 * …`), which declares no name the page can read.
 */
export const MDX_RENDER_SCOPE: ReadonlySet<string> = new Set([
  'props', 'frontMatter', 'contentTitle', 'assets', 'toc',
  // Webpack bundles every page and resolves `require(…)` in it: Docusaurus documents
  // `<img src={require('./x.png').default} />` in MDX.
  'require',
  ...JAVASCRIPT_GLOBALS,
]);

/** The same for a partial: the loader makes no `assets` for one. */
export const MDX_PARTIAL_RENDER_SCOPE: ReadonlySet<string> = new Set([...MDX_RENDER_SCOPE].filter((name) => name !== 'assets'));

/**
 * Names a file the bundler reads as a JavaScript module can read as it runs: the globals, and
 * what the bundler gives a module that may be CommonJS.
 */
export const JAVASCRIPT_MODULE_SCOPE: ReadonlySet<string> = new Set(['require', 'module', 'exports', '__dirname', '__filename', ...JAVASCRIPT_GLOBALS]);

/** Components MDX itself handles when they are missing (`MDXLayout`: the page then has no layout). */
export const MDX_OPTIONAL_COMPONENTS: ReadonlySet<string> = new Set(['MDXLayout']);

/**
 * Whether a name a page uses is there when it renders without an import: a component
 * `@theme/MDXComponents` provides (`provided`) or MDX handles, a value of the render scope.
 */
export function isProvided({ name, usage }: { name: string; usage: 'component' | 'value' }, provided: ReadonlySet<string>, scope: ReadonlySet<string> = MDX_RENDER_SCOPE): boolean {
  return usage === 'component' ? provided.has(name) || MDX_OPTIONAL_COMPONENTS.has(name) : scope.has(name) || provided.has(name);
}
