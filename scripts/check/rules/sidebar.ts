/**
 * Rule `sidebar`: a version's sidebars file must load, its items must be what Docusaurus's own
 * validator accepts (model/sidebars-schema.ts), and each doc id it names (a doc, ref or
 * string item, a category's doc link) must be a doc of that version: Docusaurus stops the build at any other
 * ("These sidebar document ids do not exist"), and pages are renamed and moved more often than
 * sidebars are read. A draft is no doc of a published build, but Docusaurus leaves a sidebar
 * item naming one out without a word: a warning, so that the page is not missed once published.
 */
import type { Page, SidebarsOutline, Site, Version } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import { joinUrl, routeKey } from '../../content/model/routes.ts';
import { duplicateRoutesOutcome, GENERATED_INDEX_CLASH, madeMoreThanOnce } from './duplicate-route.ts';

export function checkSidebarDocIds(site: Site): Problem[] {
  const problems: Problem[] = [];
  for (const version of site.versions) {
    const sidebars = version.sidebars;
    if (sidebars?.file && sidebars.unreadable) {
      problems.push({
        file: sidebars.file, line: sidebars.unreadable.line, column: sidebars.unreadable.column, severity: 'error', rule: 'sidebar',
        message: `the sidebars file cannot be read: ${sidebars.unreadable.message}; the build stops`,
        hint: sidebars.file.endsWith('.json') ? 'fix the JSON: quotes, commas and brackets' : 'fix the file so that it loads; Node names the place: node -e "require(\'./sidebars.js\')"',
      });
      continue;
    }
    if (sidebars?.file && sidebars.invalid) {
      // Docusaurus stops here, before it looks for the ids.
      const { message, hint, line, column } = sidebars.invalid;
      problems.push({ file: sidebars.file, line, column, severity: 'error', rule: 'sidebar', message, hint });
      continue;
    }
    if (!sidebars?.file) continue;
    problems.push(...emptyGeneratedCategories(site, version, sidebars.file, sidebars.generatedOnly ?? []));
    problems.push(...indexSlugClashes(site, version, sidebars.file, sidebars.indexSlugs ?? []));
    if (sidebars.docIds.length === 0) continue;
    const pages = new Map<string, Page>();
    for (const page of site.pages) if (page.version === version.name && (!pages.has(page.id) || pages.get(page.id)!.draft)) pages.set(page.id, page);
    for (const { id, line, column } of sidebars.docIds) {
      const page = pages.get(id);
      if (page && !page.draft) continue;
      const at = { file: sidebars.file, line, column, rule: 'sidebar' as const };
      problems.push(page
        ? { ...at, severity: 'warning', message: `the sidebars name "${id}", a draft (${page.file}): Docusaurus leaves the item out of the published sidebar`, hint: 'publish the page with draft: false, or remove the item until it is' }
        : { ...at, severity: 'error', message: `the sidebars name the doc id "${id}", and version ${versionName(version)} has no such doc: the build stops`, hint: idHint(id, [...pages.keys()]) });
    }
  }
  return problems;
}

/**
 * Categories whose items all generate from folders that hold no published page (drafts are left
 * out of a build): Docusaurus finds them empty after generating, and stops the build ("has
 * neither any subitem nor a link").
 */
function emptyGeneratedCategories(site: Site, version: Version, file: string, categories: NonNullable<SidebarsOutline['generatedOnly']>): Problem[] {
  if (categories.length === 0) return [];
  const published = site.pages.filter((page) => page.version === version.name && !page.draft).map((page) => page.source);
  const holdsPage = (dirName: string) => dirName === '.' || published.some((source) => source.startsWith(`${dirName.replace(/\/+$/, '')}/`));
  return categories.filter(({ dirNames }) => !dirNames.some(holdsPage)).map(({ label, dirNames, line, column }) => ({
    file, line, column, severity: 'error' as const, rule: 'sidebar' as const,
    message: `the category "${label}" generates its items from ${dirNames.map((dirName) => `"${dirName}"`).join(', ')}, where version ${versionName(version)} has no published page: Docusaurus finds it empty, and the build stops`,
    hint: 'publish a page there (draft: false), give the category a link, or leave it out until its pages are published',
  }));
}

/**
 * A category's generated index at a slug that another page Docusaurus makes has too: another
 * category's index (a category copied with its link), or a tags page. Docusaurus makes both, and
 * stops with "Duplicate routes found!" where `onDuplicateRoutes` is `throw` (a warning
 * otherwise). A doc at that address is reported at the doc (rules/duplicate-route.ts), and a
 * category file's slug at the file (rules/category-file.ts).
 */
function indexSlugClashes(site: Site, version: Version, file: string, indexSlugs: NonNullable<SidebarsOutline['indexSlugs']>): Problem[] {
  if (indexSlugs.length === 0) return [];
  const { stops, docusaurusSays } = duplicateRoutesOutcome(site);
  return indexSlugs.filter(({ slug }) => madeMoreThanOnce(site, routeKey(joinUrl(version.path, slug)))).map(({ label, slug, line, column }) => ({
    file, line, column, severity: stops ? 'error' as const : 'warning' as const, rule: 'sidebar' as const,
    message: `the category "${label}" has its index page at "${slug}", which ${GENERATED_INDEX_CLASH}; ${docusaurusSays}`,
    hint: 'give each generated index its own slug, such as slug: \'/install-guides\'',
  }));
}

export const versionName = (version: Version) => (version.name === 'current' ? 'current (docs/)' : version.name);

/** A hint with the closest id: one with the same name (a page moved), else one whose name starts the other's (renamed). */
export function idHint(id: string, ids: string[]): string {
  const nameOf = (docId: string) => docId.split('/').at(-1)!.toLowerCase();
  const name = nameOf(id);
  const moved = ids.find((candidate) => nameOf(candidate) === name);
  const renamed = (candidate: string) => Math.min(name.length, nameOf(candidate).length) >= 4 && (name.startsWith(nameOf(candidate)) || nameOf(candidate).startsWith(name));
  const close = moved ?? ids.find(renamed);
  const idsAre = 'a doc id is the file\'s path in the docs folder without the extension and number prefixes, or its `id` front matter';
  return close ? `did you mean "${close}"? ${idsAre[0].toUpperCase()}${idsAre.slice(1)}` : idsAre;
}
