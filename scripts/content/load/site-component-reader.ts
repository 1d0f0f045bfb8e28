/**
 * What the site's own components make of each page, named on its record as it is read, before
 * the model: the names it renders the theme's Tabs by (tabs-wrappers.ts), and the spans of its
 * elements of components that never render their children (childless-spans.ts). Each module of
 * the site's is read once, for both.
 */
import type { PageRecord } from '../model/site.ts';
import { moduleReader, type ModuleOptions } from './parse-module.ts';
import { tabsWrapperReader } from './tabs-wrappers.ts';
import { childlessSpanReader } from './childless-spans.ts';

export function siteComponentReader(siteDir: string, options: ModuleOptions = {}): (file: string, record: PageRecord) => PageRecord {
  const programOf = moduleReader(options);
  const withTabsWrappers = tabsWrapperReader(siteDir, programOf);
  const withChildlessSpans = childlessSpanReader(siteDir, programOf);
  return (file, record) => withChildlessSpans(file, withTabsWrappers(file, record));
}
