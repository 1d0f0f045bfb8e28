/**
 * Which names a page gives a module's default export (`import Tabs from '@theme/Tabs'`): the
 * rules that know a Docusaurus component by its module read it through here.
 */
import type { MdxFacts } from './site.ts';

/** The local names the page binds to `source`'s default export, in every import of it; none when it imports none. */
export function defaultImportsOf(mdx: Pick<MdxFacts, 'imports'>, source: string): string[] {
  return mdx.imports.flatMap((found) => (found.source === source ? (found.names ?? []).filter(({ imported }) => imported === 'default').map(({ local }) => local) : []));
}

/** Whether the page names `source`'s default export exactly `name` (a rule that reads elements by that name). */
export const importsDefaultAs = (mdx: Pick<MdxFacts, 'imports'>, source: string, name: string): boolean => defaultImportsOf(mdx, source).includes(name);
