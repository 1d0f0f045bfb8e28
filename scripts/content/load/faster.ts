/**
 * Whether the build compiles JavaScript with SWC (`future.faster.swcJsLoader`), resolved as
 * Docusaurus 3.10's config validation resolves it: `faster: true` or `{ swcJsLoader: true }` turn
 * it on, `faster: false` off; left unset, it follows `future.v4` (`true`, or
 * `{ fasterByDefault: true }`). @docusaurus/faster's loader reads every script as TypeScript with
 * JSX, so an import of names a JavaScript module never uses is dropped, as TypeScript drops it:
 * a missing module there does not stop that build (it does stop a Babel build).
 */
type Config = Record<string, any>;

export function swcJsLoaderField(config: Config): { swcJsLoader?: true } {
  const future = config.future ?? {};
  const v4 = future.v4;
  const byDefault = v4 === true || (typeof v4 === 'object' && v4 !== null && v4.fasterByDefault === true);
  const faster = future.faster;
  const on = typeof faster === 'boolean' ? faster : typeof faster === 'object' && faster !== null && typeof faster.swcJsLoader === 'boolean' ? faster.swcJsLoader : byDefault;
  return on ? { swcJsLoader: true } : {};
}
