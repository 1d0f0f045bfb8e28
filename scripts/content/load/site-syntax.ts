/**
 * The syntax a site's own remark plugins add (extract/site-syntax.ts), gathered from the docs
 * plugin's options as Docusaurus hands them to mdx-loader: `beforeDefaultRemarkPlugins` and
 * `remarkPlugins`, each a plugin or `[plugin, options]`.
 *
 * Each plugin is attached to a processor of its own, the way unified attaches it when the page
 * is compiled, and what it adds to the processor's parser extensions is kept. Its transforms run
 * only where they may take away a name a page uses (load/site-transforms.ts).
 */
import type { Plugin } from 'unified';
import { triggersOf, type ParserExtensions, type SiteSyntax } from '../extract/site-syntax.ts';

/** What the settings keep of a site's syntax: it is data, while the extensions are code each thread loads. */
export interface SiteSyntaxSummary {
  /** The plugins that add syntax, by name, for messages. */
  plugins: string[];
  key: string;
}

export type PluginEntry = [plugin: Plugin<unknown[]>, options: unknown[]];

/** A list of the option's plugins; anything else in it (`false`, a typo) is Docusaurus's to refuse. */
function pluginEntries(option: unknown): PluginEntry[] {
  if (!Array.isArray(option)) return [];
  return option.flatMap((entry): PluginEntry[] => {
    const [plugin, ...options] = Array.isArray(entry) ? entry : [entry];
    return typeof plugin === 'function' ? [[plugin as Plugin<unknown[]>, options]] : [];
  });
}

/** What the plugins add to a processor's parser, each attached as unified attaches it; the names of those that add some. */
function extensionsOf(entries: PluginEntry[], names: string[]): ParserExtensions {
  const extensions: ParserExtensions = { micromark: [], fromMarkdown: [] };
  // Loaded here: most sites have no remark plugins of their own, and every check loads the settings.
  const { unified } = require('unified') as typeof import('unified');
  for (const [plugin, options] of entries) {
    const processor = unified().use(plugin, ...options);
    try {
      processor.freeze();
    } catch {
      continue; // a plugin that needs more than a bare processor to attach: its syntax, if any, stays unknown
    }
    const data = processor.data();
    const micromark = data.micromarkExtensions ?? [];
    const fromMarkdown = data.fromMarkdownExtensions ?? [];
    if (micromark.length + fromMarkdown.length === 0) continue;
    extensions.micromark.push(...micromark);
    extensions.fromMarkdown.push(...fromMarkdown);
    names.push(plugin.name || 'an unnamed plugin');
  }
  return extensions;
}

/** Options as text for the key; a value JSON cannot hold counts by its type alone. */
function optionsText(entries: PluginEntry[]): string {
  try {
    return JSON.stringify(entries.map(([plugin, options]) => [plugin.name, options]));
  } catch {
    return entries.map(([plugin, options]) => `${plugin.name}:${options.length}`).join(',');
  }
}

/** The syntax the docs plugin's remark plugins add; undefined when they add none (most sites). */
export function siteSyntaxOf(docsOptions: Record<string, unknown> | undefined): SiteSyntax | undefined {
  const beforeEntries = pluginEntries(docsOptions?.beforeDefaultRemarkPlugins);
  const afterEntries = pluginEntries(docsOptions?.remarkPlugins);
  if (beforeEntries.length + afterEntries.length === 0) return undefined;
  const names: string[] = [];
  const before = extensionsOf(beforeEntries, names);
  const after = extensionsOf(afterEntries, names);
  if (names.length === 0) return undefined;
  const beforeTriggers = triggersOf(before);
  const afterTriggers = triggersOf(after);
  const triggers = beforeTriggers === 'any' || afterTriggers === 'any' ? 'any' : [...new Set([...beforeTriggers, ...afterTriggers])].sort();
  const key = `${optionsText(beforeEntries)}|${optionsText(afterEntries)}|${triggers === 'any' ? 'any' : triggers.join('')}`;
  return { key, plugins: names, triggers, before, after };
}

export const summaryOf = ({ plugins, key }: SiteSyntax | SiteTransforms): SiteSyntaxSummary => ({ plugins, key });

/**
 * A content plugin's remark plugins (the docs', a blog's, the pages plugin's) as transforms: each
 * a plugin and its options, in the order mdx-loader runs them (`beforeDefaultRemarkPlugins`, then `remarkPlugins`). Their code is what a
 * thread that runs them needs; the settings keep the summary.
 */
export interface SiteTransforms {
  /** Names the plugins and their options: records read after them are cached under it. */
  key: string;
  plugins: string[];
  entries: PluginEntry[];
}

/** A content plugin's own remark plugins, from its options; undefined when it has none (most sites). */
export function siteTransformsOf(pluginOptions: Record<string, unknown> | undefined): SiteTransforms | undefined {
  const entries = [...pluginEntries(pluginOptions?.beforeDefaultRemarkPlugins), ...pluginEntries(pluginOptions?.remarkPlugins)];
  if (entries.length === 0) return undefined;
  return { key: `transforms:${optionsText(entries)}`, plugins: entries.map(([plugin]) => plugin.name || 'an unnamed plugin'), entries };
}
