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
import type { ModuleProgram } from './parse-module.ts';
import { existingFile, siteModuleFile } from './module-resolver.ts';
import { SCRIPT_MODULE } from './imports-behind.ts';

/** A reader that gives each record the names its file renders the theme's Tabs by, besides `@theme/Tabs`; each module judged once. */
export function tabsWrapperReader(siteDir: string, programOf: (file: string) => ModuleProgram | undefined): (file: string, record: PageRecord) => PageRecord {
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
      const moduleFile = imported && siteScriptOf(siteDir, file, imported.source);
      return moduleFile !== undefined && isWrapper(moduleFile);
    });
    return wrappers.length > 0 ? { ...record, mdx: { ...mdx, tabsWrappers: wrappers } } : record;
  };
}

/** The script of the site's own a page's import names: relative or from `@site/`, or the site's `src/theme` for `@theme/…`. */
export function siteScriptOf(siteDir: string, file: string, source: string): string | undefined {
  const stat = (candidate: string) => fs.statSync(candidate, { throwIfNoEntry: false });
  const found = source.startsWith('@theme/')
    ? existingFile(path.join(siteDir, 'src', 'theme', source.slice('@theme/'.length)), stat)
    : siteModuleFile(siteDir, path.join(siteDir, file), source, stat);
  return found && SCRIPT_MODULE.test(found) ? found : undefined;
}
