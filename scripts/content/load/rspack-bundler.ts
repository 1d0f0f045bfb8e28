/**
 * Whether a config builds with Rspack, resolved as Docusaurus 3.10 resolves `future.faster`
 * (core's config validation): `faster: true` turns every part on, `faster: {rspackBundler}` says
 * it, and without `faster` the default follows `future.v4` (`true`, or `{fasterByDefault: true}`).
 * Rspack knows a page by its real path, which a symbolic link changes (rules/page-file.ts).
 */
type Config = Record<string, any>;

/** The settings' field: present only when Rspack bundles the site. */
export function rspackBundlerField(config: Config): { rspackBundler?: true } {
  return rspackBundlerOf(config) ? { rspackBundler: true } : {};
}

function rspackBundlerOf(config: Config): boolean {
  const { faster, v4 } = config.future ?? {};
  if (typeof faster === 'boolean') return faster;
  if (typeof faster === 'object' && faster !== null && typeof faster.rspackBundler === 'boolean') return faster.rspackBundler;
  return v4 === true || (typeof v4 === 'object' && v4 !== null && v4.fasterByDefault === true);
}
