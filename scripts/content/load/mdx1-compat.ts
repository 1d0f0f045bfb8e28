/**
 * The MDX 1 compatibility a config keeps, resolved as Docusaurus 3.10 resolves it
 * (core's config validation): each of `markdown.mdx1Compat`'s keys as the config sets it, else
 * on, unless `future.v4` (`true`, or `{mdx1CompatDisabledByDefault: true}`) turns the default off.
 */
import type { Mdx1Compat } from '../model/site.ts';

type Config = Record<string, any>;

const KEYS = ['comments', 'admonitions', 'headingIds'] as const;

/** The settings' field: present only where some part is off. */
export function mdx1CompatField(config: Config): { mdx1Compat?: Mdx1Compat } {
  const v4 = config.future?.v4;
  const byDefault = !(v4 === true || (typeof v4 === 'object' && v4 !== null && v4.mdx1CompatDisabledByDefault === true));
  const written = config.markdown?.mdx1Compat ?? {};
  const compat = Object.fromEntries(KEYS.map((key) => [key, typeof written[key] === 'boolean' ? written[key] : byDefault])) as unknown as Mdx1Compat;
  return KEYS.every((key) => compat[key]) ? {} : { mdx1Compat: compat };
}
