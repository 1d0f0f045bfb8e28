/**
 * Rule `page-file`: a page whose file Docusaurus lists but cannot build. A page reached through
 * a symbolic link (a linked file, a file in a linked folder, or in a docs folder that is a link)
 * is listed by the docs plugin, whose glob follows links, and then fails at static generation
 * ("Cannot read properties of undefined (reading 'id')", facebook/docusaurus#10751): the bundler
 * knows the page by its real path, the plugin by the link's. So it is with Rspack and with
 * Webpack, built from a clean cache (a warm Webpack cache made before the link can hide it). A
 * link to nothing is no page. Built in tests/site/agreement.test.ts.
 *
 * So is a page whose file or folder name holds a `?`, even at an address a slug makes plain:
 * the bundler reads the `?` in the page's module path as the start of a query.
 *
 * So is a React page of src/pages that is an ES module without a default export
 * (load/react-page-exports.ts): a helper kept among the pages, most often.
 *
 * And so are pages (and blog posts) Docusaurus asks git to date while the site is outside any git work tree
 * (load/docs-last-update.ts): one error for them all, where the config turns the option on,
 * since every page fails the same way and one setting or one checkout mends them all.
 */
import type { Site } from '../../content/model/site.ts';
import { severityIn, type Problem } from '../problem.ts';

export function checkPageFiles(site: Site): Problem[] {
  const linked = new Set(site.linkedPages ?? []);
  const undatable = site.undatableDocs ? [undatableDocsProblem(site.undatableDocs)] : [];
  return [...undatable, ...(site.mdx?.reactPagesWithoutDefault ?? []).map(reactPageWithoutDefaultProblem), ...site.pages.flatMap((page): Problem[] => {
    const at = { file: page.file, line: 1, column: 1, severity: severityIn(page), rule: 'page-file' as const };
    if (linked.has(page.file)) {
      return [{
        ...at,
        message: 'this page is a symbolic link, or in a folder that is one: Docusaurus lists it, and its static render fails ("Cannot read properties of undefined (reading \'id\')"); the build stops',
        hint: 'copy the page into the docs folder instead of linking it',
      }];
    }
    // Without a slug, the address holds the `?` too: rule invalid-route says so.
    if (page.file.includes('?') && page.unpublishableSlug === undefined) {
      return [{
        ...at,
        message: 'the page\'s file or folder name holds a "?", where the bundler starts a query: it cannot load the page ("Cannot find module"), and the build stops',
        hint: 'rename the file or folder without the ?',
      }];
    }
    return [];
  })];
}

function undatableDocsProblem({ pages, first, option, file, line, column }: NonNullable<Site['undatableDocs']>): Problem {
  const which = pages === 1 ? `the page ${first} has no last_update ${option === 'showLastUpdateTime' ? 'date' : 'author'} in its` : `${pages} pages (the first: ${first}) have no last_update ${option === 'showLastUpdateTime' ? 'date' : 'author'} in their`;
  return {
    file: file || first, line, column, severity: 'error', rule: 'page-file',
    message: `${option} is on, and ${which} front matter, so Docusaurus asks git for it; the site is outside any git work tree, so git refuses, and the build stops`,
    hint: `build from a git checkout (a clone, not a copy of the files), or turn ${option} off, or set future.experimental_vcs: false, or give each page last_update: { date: 2024-05-28, author: Jane Doe }`,
  };
}

/** A script of src/pages that exports no component: the build makes it a page, and cannot render it. */
function reactPageWithoutDefaultProblem(file: string): Problem {
  return {
    file, line: 1, column: 1, severity: 'error', rule: 'page-file',
    message: 'every script of src/pages is a page, and this one has no default export: its static render stops the build ("The page component … doesn\'t have a default export")',
    hint: 'default-export the page\'s component; a helper that is no page goes outside src/pages, or gets a name starting with _ (_helpers.js)',
  };
}

