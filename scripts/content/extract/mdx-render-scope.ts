/**
 * Names a compiled MDX page can read without importing them: what @mdx-js/mdx's generated
 * function provides (`props`), what Docusaurus's mdx-loader and toc plugin export from every
 * page (`frontMatter`, `contentTitle`, `metadata`, `assets`, `toc`), and JavaScript's own
 * globals, which exist both in the browser and where Docusaurus renders pages at build time.
 * Browser-only globals (`window`, `document`) are not here: reading them while rendering fails
 * the build (unless under `typeof`, which the name reader leaves out).
 */
export const MDX_RENDER_SCOPE: ReadonlySet<string> = new Set([
  'props', 'frontMatter', 'contentTitle', 'metadata', 'assets', 'toc',
  // Webpack bundles every page and resolves `require(…)` in it: Docusaurus documents
  // `<img src={require('./x.png').default} />` in MDX.
  'require',
  // ECMAScript globals, and the few host globals every renderer has.
  'globalThis', 'undefined', 'NaN', 'Infinity', 'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol',
  'BigInt', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl', 'Reflect', 'Proxy', 'Map', 'Set', 'WeakMap',
  'WeakSet', 'WeakRef', 'FinalizationRegistry', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Atomics',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'parseInt', 'parseFloat', 'isNaN', 'isFinite',
  'encodeURI', 'encodeURIComponent', 'decodeURI', 'decodeURIComponent', 'escape', 'unescape', 'eval',
  'console', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'setTimeout', 'clearTimeout',
  'setInterval', 'clearInterval', 'queueMicrotask', 'structuredClone', 'atob', 'btoa',
]);

/** Components MDX itself handles when they are missing (`MDXLayout`: the page then has no layout). */
export const MDX_OPTIONAL_COMPONENTS: ReadonlySet<string> = new Set(['MDXLayout']);
