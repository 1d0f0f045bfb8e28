/**
 * What Docusaurus warns about in a config it takes: `onBrokenMarkdownLinks` at the config's top
 * level, deprecated since 3.9 for `markdown.hooks.onBrokenMarkdownLinks`. Every build prints it
 * and goes on, using the old key in place of the new one (`validateConfig`'s last step). Asked
 * of the config object as Docusaurus asks it; placed where the key is written.
 */
import type { ConfigWarning } from '../model/site.ts';
import { positionAt } from '../model/text-position.ts';

export function configDeprecations(config: Record<string, unknown>, text: string): ConfigWarning[] {
  // Docusaurus tests the value, not the key: `onBrokenMarkdownLinks: undefined` passes.
  if (!config.onBrokenMarkdownLinks) return [];
  const level = JSON.stringify(config.onBrokenMarkdownLinks);
  return [{
    ...positionAt(text, Math.max(0, topLevelKeyOffset(text, 'onBrokenMarkdownLinks'))),
    message: 'onBrokenMarkdownLinks at the top of the config is deprecated since Docusaurus 3.9 and removed in v4: every build warns, and uses it in place of markdown.hooks.onBrokenMarkdownLinks',
    hint: `move it: markdown: { hooks: { onBrokenMarkdownLinks: ${level} } }`,
  }];
}

/** Where `key:` is written outside a `hooks: {…}` object (the new place of the same key); -1 when it is not. */
function topLevelKeyOffset(text: string, key: string): number {
  for (const found of text.matchAll(new RegExp(`(?:^|[\\s{,])(${key}|'${key}'|"${key}")\\s*:`, 'gm'))) {
    const at = found.index + found[0].indexOf(found[1]);
    if (!/\bhooks['"]?\s*:\s*$/.test(text.slice(0, openingBrace(text, at)))) return at;
  }
  return -1;
}

/** The offset of the `{` that holds `at` (0 when none does). */
function openingBrace(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === '}') depth++;
    else if (text[i] === '{' && depth-- === 0) return i;
  }
  return 0;
}
