/**
 * Rule `invalid-route`: a page whose address Docusaurus cannot publish (model/routes.ts
 * publishableSlug). Its docs plugin stops the build at a slug with `?` or `#`, one starting with
 * `//`, or one with a `.` or `..` part or a `\`, which a URL reads otherwise; a `%` that starts no
 * escape (`%20`) passes the plugin and stops the static render, of that page and of every page
 * whose sidebar links to it. The slug comes from the `slug` front matter, or the `id` front
 * matter, or the file and folder names: the problem is shown there. A blog post at such an
 * address is published, but the blog's list pages link to it there, and the build stops the
 * same. (A post's file that the blog cannot build from: rules/blog-post-files.ts.)
 */
import type { Page, Site } from '../../content/model/site.ts';
import { severityIn, type Problem } from '../problem.ts';
import { publishableSlug } from '../../content/model/routes.ts';

export function checkInvalidRoutes(site: Site): Problem[] {
  const problems: Problem[] = [];
  for (const page of site.pages) {
    if (page.unpublishableSlug !== undefined) problems.push(invalidRouteProblem(page, page.unpublishableSlug));
  }
  // The blog publishes a post at any slug, but its list pages link to the post there, and the
  // build's link check (or its static render, for a bad %) stops at such an address.
  for (const post of site.blogPosts ?? []) {
    if (post.draft || publishableSlug(post.route)) continue;
    const { keyLines } = post.frontMatter;
    const reason = reasonOf(post.route, keyLines.slug ? 'the slug' : 'the file or folder name');
    problems.push({
      file: post.file, line: keyLines.slug ?? 1, column: 1, severity: 'error', rule: 'invalid-route',
      message: `${reason.message.replace(/^Docusaurus cannot publish the page at "([^"]*)"/, 'the blog\'s list pages link to this post at "$1"').replace(/^the page's address/, 'the post\'s address')}`,
      hint: reason.hint,
    });
  }
  return problems;
}

function invalidRouteProblem(page: Page, slug: string): Problem {
  const { data, keyLines } = page.frontMatter;
  const from = typeof data.slug === 'string' && keyLines.slug ? 'slug' : data.id !== undefined && keyLines.id ? 'id' : undefined;
  const source = from === 'slug' ? 'the slug' : from === 'id' ? 'the id' : 'the file or folder name';
  const reason = reasonOf(slug, source);
  // A slug would not help a file name with a `?`: the bundler cannot load the file (rule page-file).
  const hint = !from && page.file.includes('?') ? 'rename the file or folder without the ?' : reason.hint;
  return { file: page.file, line: from ? keyLines[from] : 1, column: 1, severity: severityIn(page), rule: 'invalid-route', message: reason.message, hint };
}

/** Why Docusaurus refuses the address, in a writer's words: the URL it makes of it differs from the address (model/routes.ts). */
function reasonOf(slug: string, source: string): { message: string; hint: string } {
  const plainSlug = 'or set a slug of letters, digits, dashes and slashes, such as slug: /faq/tls';
  if (/[?#]/.test(slug) || slug.startsWith('//')) {
    return {
      message: `Docusaurus cannot publish the page at "${slug}": ? and # start a query and a fragment, and // a host name; the build stops`,
      hint: `remove them from ${source}, ${plainSlug}`,
    };
  }
  if (/(?:^|\/)\.\.?(?:\/|$)/.test(slug) || slug.includes('\\')) {
    return {
      message: `Docusaurus cannot publish the page at "${slug}": a URL resolves a "." or ".." part of a path away, and reads a \\ as /, so the address is not the page's; the build stops`,
      hint: `write the address as it is meant, without them, in ${source}, ${plainSlug}`,
    };
  }
  return {
    message: `the page's address "${slug}" holds a % that starts no escape (%XX): the build stops when it renders the page`,
    hint: `remove the % from ${source}, or write "percent"`,
  };
}
