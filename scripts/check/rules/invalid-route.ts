/**
 * Rule `invalid-route`: a page whose address Docusaurus cannot publish (model/routes.ts
 * publishableSlug). Its docs plugin stops the build at a slug with `?` or `#`, or one starting
 * with `//`; a `%` that starts no escape (`%20`) passes the plugin and stops the static render,
 * of that page and of every page whose sidebar links to it. The slug comes from the `slug` front
 * matter, or the `id` front matter, or the file and folder names: the problem is shown there.
 */
import type { Page, Site } from '../../content/model/site.ts';
import { severityIn, type Problem } from '../problem.ts';

export function checkInvalidRoutes(site: Site): Problem[] {
  const problems: Problem[] = [];
  for (const page of site.pages) {
    if (page.unpublishableSlug !== undefined) problems.push(invalidRouteProblem(page, page.unpublishableSlug));
  }
  return problems;
}

function invalidRouteProblem(page: Page, slug: string): Problem {
  const { data, keyLines } = page.frontMatter;
  const from = typeof data.slug === 'string' && keyLines.slug ? 'slug' : data.id !== undefined && keyLines.id ? 'id' : undefined;
  const source = from === 'slug' ? 'the slug' : from === 'id' ? 'the id' : 'the file or folder name';
  const percent = !/[?#]/.test(slug) && !slug.startsWith('//');
  return {
    file: page.file, line: from ? keyLines[from] : 1, column: 1, severity: severityIn(page), rule: 'invalid-route',
    message: percent
      ? `the page's address "${slug}" holds a % that starts no escape (%XX): the build stops when it renders the page`
      : `Docusaurus cannot publish the page at "${slug}": ? and # start a query and a fragment, and // a host name; the build stops`,
    hint: percent
      ? `remove the % from ${source}, or write "percent"`
      : `remove them from ${source}, or set a slug of letters, digits, dashes and slashes, such as slug: /faq/tls`,
  };
}
