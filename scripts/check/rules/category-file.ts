/**
 * Rule `category-file`: the `_category_` files of the docs folders, which Docusaurus reads for
 * every version (label, position, link of a sidebar category), must parse and hold what its docs
 * plugin accepts (model/category-schema.ts); one that does not stops the build. A folder with more
 * than one is a warning, as it is in Docusaurus, which reads one of them.
 */
import path from 'node:path';
import type { CategoryFile, Page, Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import { categoryFailure } from '../../content/model/category-schema.ts';
import { joinUrl, publishableSlug, routeKey } from '../../content/model/routes.ts';
import { duplicateRoutesOutcome, GENERATED_INDEX_CLASH, madeMoreThanOnce } from './duplicate-route.ts';
import { appendTo } from '../../content/model/append-to.ts';

const FIELDS_HINT = 'a category file may set label, position (a number), collapsed and collapsible (true or false), className, customProps, and link ({type: generated-index} or {type: doc, id: …})';

export function checkCategoryFiles(site: Site): Problem[] {
  const byFolder = new Map<string, CategoryFile[]>();
  for (const category of site.categoryFiles ?? []) {
    const folder = path.posix.dirname(category.file);
    appendTo(byFolder, folder, category);
  }
  const docs = publishedDocs(site);
  const problems: Problem[] = [];
  for (const categories of byFolder.values()) {
    if (categories.length > 1) {
      for (const { file } of categories) {
        problems.push({
          file, line: 1, column: 1, severity: 'warning', rule: 'category-file',
          message: `this folder has ${categories.length} category files: Docusaurus reads one of them, and which one is not defined`,
          hint: 'keep one _category_ file per folder',
        });
      }
      continue;
    }
    const problem = categoryProblem(categories[0]) ?? docLinkProblem(categories[0], site, docs) ?? indexSlugProblem(categories[0], site) ?? indexClashProblem(categories[0], site);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The published docs of each version, by id and by folder; made only when a category links a doc. */
interface PublishedDocs {
  has(version: string, id: string): boolean;
  inFolder(version: string, folder: string): Page[];
}

function publishedDocs(site: Site): PublishedDocs {
  let made: { ids: Set<string>; folders: Map<string, Page[]> } | undefined;
  const index = () => {
    if (made) return made;
    made = { ids: new Set(), folders: new Map() };
    for (const page of site.pages) {
      if (page.draft) continue;
      made.ids.add(`${page.version}\0${page.id}`);
      const key = `${page.version}\0${path.posix.dirname(page.source)}`;
      appendTo(made.folders, key, page);
    }
    return made;
  };
  return {
    has: (version, id) => index().ids.has(`${version}\0${id}`),
    inFolder: (version, folder) => index().folders.get(`${version}\0${folder}`) ?? [],
  };
}

/**
 * A category's `link: {type: doc, id}`, where Docusaurus's sidebar generator resolves it: a doc
 * of the category's own folder whose id ends with it, else a doc with that whole id; with
 * neither, the build stops ("Can't find any doc with ID"). A draft is no doc in a published
 * build. Only categories a sidebar generates resolve it (model/generated-categories.ts).
 */
function docLinkProblem({ file, version, data, keyLines, inSidebar }: CategoryFile, site: Site, docs: PublishedDocs): Problem | undefined {
  if (!inSidebar) return undefined;
  const link = (data as { link?: { type?: unknown; id?: unknown } } | undefined)?.link;
  if (link?.type !== 'doc' || typeof link.id !== 'string') return undefined;
  const id = link.id;
  const layout = site.versions.find(({ name }) => name === version)!;
  const inFolder = docs.inFolder(version, path.posix.dirname(file.slice(layout.dir.length + 1)));
  if (inFolder.some((page) => page.id.split('/').at(-1) === id) || docs.has(version, id)) return undefined;
  return {
    file, line: keyLines.link ?? 1, column: 1, severity: 'error', rule: 'category-file',
    message: `the category's link names no published doc: no doc of version ${version} has the id "${id}"`,
    hint: inFolder.length > 0
      ? `name a doc by its id, or a page of this folder by the end of its id (e.g. "${inFolder[0].id.split('/').at(-1)}")`
      : 'name a doc by its id: its path in the docs folder without the extension, or its id front matter',
  };
}

/**
 * A generated index page's `slug` that no page can be published at (model/routes.ts
 * publishableSlug): Docusaurus makes the route, then the sidebar's link to it breaks (`?`, `#`)
 * or the render of every page of that sidebar stops (`%`). Only a category a sidebar makes has one.
 * The slug is judged as Docusaurus publishes it, joined to the version's path (`guide/overview`
 * in the latest docs is `/guide/overview`).
 */
function indexSlugProblem({ file, version, data, keyLines, inSidebar }: CategoryFile, site: Site): Problem | undefined {
  const link = (data as { link?: { type?: unknown; slug?: unknown } } | undefined)?.link;
  if (!inSidebar || link?.type !== 'generated-index' || typeof link.slug !== 'string') return undefined;
  const versionPath = site.versions.find(({ name }) => name === version)?.path ?? '/';
  if (publishableSlug(joinUrl(versionPath, link.slug))) return undefined;
  return {
    file, line: keyLines.link ?? 1, column: 1, severity: 'error', rule: 'category-file',
    message: `the category's index page cannot be published at "${link.slug}": ? and # start a query and a fragment, // a host name, and a % must start an escape; the build stops`,
    hint: 'write the slug with letters, digits, dashes and slashes, such as slug: /install-guides',
  };
}

/**
 * A generated index page's own `slug` that another page Docusaurus makes has too: another
 * category's index (a category file copied with its slug), or a tags page. Docusaurus makes both
 * routes, and stops with "Duplicate routes found!" where `onDuplicateRoutes` is `throw` (a
 * warning otherwise). A doc at that address is reported at the doc (duplicate-route).
 */
function indexClashProblem({ file, version, data, keyLines, inSidebar }: CategoryFile, site: Site): Problem | undefined {
  const link = (data as { link?: { type?: unknown; slug?: unknown } } | undefined)?.link;
  if (!inSidebar || link?.type !== 'generated-index' || typeof link.slug !== 'string') return undefined;
  if (!madeMoreThanOnce(site, routeKey(joinUrl(site.versions.find(({ name }) => name === version)?.path ?? '/', link.slug)))) return undefined;
  const { stops, docusaurusSays } = duplicateRoutesOutcome(site);
  return {
    file, line: keyLines.link ?? 1, column: 1, severity: stops ? 'error' : 'warning', rule: 'category-file',
    message: `the category's index page at "${link.slug}" ${GENERATED_INDEX_CLASH}; ${docusaurusSays}`,
    hint: 'give each generated index its own slug, such as slug: /install-guides',
  };
}

function categoryProblem({ file, data, yamlError, keyLines }: CategoryFile): Problem | undefined {
  if (yamlError) {
    return {
      file, line: yamlError.line, column: yamlError.column, severity: 'error', rule: 'category-file',
      message: `the category file is not valid YAML: ${yamlError.reason}`,
      hint: 'Docusaurus reads every category file as YAML, a .json one too: check quoting, commas and indentation',
    };
  }
  const failure = categoryFailure(data);
  if (!failure) return undefined;
  const key = typeof failure.path[0] === 'string' ? failure.path[0] : undefined;
  return {
    file, line: (key !== undefined ? keyLines[key] : undefined) ?? 1, column: 1, severity: 'error', rule: 'category-file',
    message: `Docusaurus refuses the category file: ${failure.message}`,
    hint: FIELDS_HINT,
  };
}
