/**
 * The redirects the config writes for @docusaurus/plugin-client-redirects (its `redirects`
 * option), placed in the config's text. After every page is built, the plugin stops the build
 * at a redirect to an address where no page is: a page renamed or moved is enough, minutes
 * into a build. Redirects a `createRedirects` function makes lead to pages by construction.
 */
import type { ConfigRedirect } from '../model/site.ts';
import { firstOffsetOf, positionAt, quotedSpellings } from '../model/text-position.ts';
import { pluginEntries } from './plugin-routes.ts';

export function redirectsOf(config: Record<string, any>, text: string): ConfigRedirect[] {
  const found: ConfigRedirect[] = [];
  for (const [name, options] of pluginEntries(config)) {
    if (!isClientRedirects(name) || !Array.isArray(options.redirects)) continue;
    // Each `to` is looked for after the plugin's name and after the one before it.
    let cursor = Math.max(0, text.indexOf(name));
    for (const redirect of options.redirects) {
      if (!redirect || typeof redirect.to !== 'string') continue;
      const from = Array.isArray(redirect.from) ? redirect.from.filter((item: unknown): item is string => typeof item === 'string') : typeof redirect.from === 'string' ? [redirect.from] : [];
      const offset = firstOffsetOf(text, quotedSpellings(redirect.to), cursor);
      if (offset !== -1) cursor = offset + redirect.to.length;
      found.push({ from, to: redirect.to, ...positionAt(text, offset !== -1 ? offset : cursor) });
    }
  }
  return found;
}

const isClientRedirects = (name: string) => /(?:^|[/-])client-redirects$/.test(name);
