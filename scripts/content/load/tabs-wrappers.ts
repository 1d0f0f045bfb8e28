/**
 * The site's own components a page renders as the theme's Tabs (extract/tabs-wrapper.ts), named
 * on the page's record as it is read (MdxFacts.tabsWrappers): a `<Tabs lazy>` of one then leaves
 * out the tabs the theme's would, for the page's headings and for every rule
 * (model/markdown-format.ts, lazyHiddenTabsIn). Only a record with a `<Tabs lazy>` of a name it
 * does not import from `@theme/Tabs` costs a module read.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PageRecord } from '../model/site.ts';
import { defaultImportsOf } from '../model/default-imports.ts';
import { passesPropsToThemeTabs } from '../extract/tabs-wrapper.ts';
import { moduleReader, type ModuleOptions } from './parse-module.ts';
import { existingFile } from './mdx-environment.ts';

/** A reader that gives each record the names its file renders the theme's Tabs by, besides `@theme/Tabs`; each module read once. */
export function tabsWrapperReader(siteDir: string, options: ModuleOptions = {}): (file: string, record: PageRecord) => PageRecord {
  const programOf = moduleReader(options);
  const verdicts = new Map<string, boolean>();
  const isWrapper = (moduleFile: string) => {
    if (!verdicts.has(moduleFile)) {
      const module = programOf(moduleFile);
      verdicts.set(moduleFile, module !== undefined && passesPropsToThemeTabs(module.program));
    }
    return verdicts.get(moduleFile)!;
  };
  return (file, record) => {
    const { mdx } = record;
    if (!mdx?.lazyHiddenTabs) return record;
    const themeNames = defaultImportsOf(mdx, '@theme/Tabs');
    const others = [...new Set(mdx.lazyHiddenTabs.map(({ tabs }) => tabs))].filter((name) => !themeNames.includes(name));
    const wrappers = others.filter((name) => {
      const imported = mdx.imports.find(({ names }) => names?.some(({ imported, local }) => imported === 'default' && local === name));
      const moduleFile = imported && siteModuleFile(siteDir, file, imported.source);
      return moduleFile !== undefined && isWrapper(moduleFile);
    });
    return wrappers.length > 0 ? { ...record, mdx: { ...mdx, tabsWrappers: wrappers } } : record;
  };
}

/** The file of the site's own a page's import names: relative, from `@site/`, or the site's `src/theme` for `@theme/…`. */
function siteModuleFile(siteDir: string, file: string, source: string): string | undefined {
  const base = source.startsWith('.') ? path.resolve(siteDir, path.dirname(file), source)
    : source.startsWith('@site/') ? path.join(siteDir, source.slice('@site/'.length))
      : source.startsWith('@theme/') ? path.join(siteDir, 'src', 'theme', source.slice('@theme/'.length))
        : undefined;
  if (base === undefined) return undefined;
  const found = existingFile(base, (candidate) => fs.statSync(candidate, { throwIfNoEntry: false }));
  return found && /\.[cm]?[jt]sx?$/.test(found) ? found : undefined;
}
