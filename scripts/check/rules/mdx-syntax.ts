/**
 * Rule `mdx-syntax`: pages (and the partials they render, and the Markdown pages of src/pages) that Docusaurus compiles as MDX must
 * parse as MDX; the MDX parse itself is a fact of the page record (extract/mdx-parse.ts). Also
 * what stops any page being read as intended: NUL bytes, bytes that are not UTF-8, and front
 * matter that never closes.
 */
import type { Mdx1Compat, MdxFacts, MdxSyntaxError, Site, YamlError } from '../../content/model/site.ts';
import { formatOf } from '../../content/model/markdown-format.ts';
import { cutInFrontMatter } from '../../content/model/blog-routes.ts';
import { contentPageViews } from '../../content/model/content-views.ts';
import { severityIn, type Problem, type Severity } from '../problem.ts';
import { partialSeverities, type SiteIndex } from '../site-index.ts';

/** What a writer does about a truncate marker quoted in a post's front matter (model/blog-routes.ts, cutInFrontMatter). */
export const MARKER_IN_FRONT_MATTER_HINT = 'take the marker\'s text out of the front matter: the blog cuts the file at its first match, in a code span too';

const PLAIN_MARKDOWN = 'or, if the page is plain Markdown, add `mdx: {format: md}` to its front matter';

export function checkMdxSyntax(site: Site, index: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  const format = site.settings.markdownFormat;
  const compat = site.settings.mdx1Compat;
  // The Markdown pages of src/pages and the blog posts too: their plugins compile them with the same pipeline.
  for (const page of [...site.pages, ...contentPageViews(site)]) {
    if (!page.mdx) continue;
    const severity = severityIn(page);
    const compiledAsMdx = formatOf(page.file, page.frontMatter.data, format) === 'mdx';
    problems.push(...mdxSyntaxProblems(page.file, withoutReportedFrontMatter(page.mdx, page.frontMatter.yamlError), compiledAsMdx, severity));
    if (compiledAsMdx && page.mdx.exported) problems.push(...exportProblems(page.file, page.mdx, severity, DOCUSAURUS_EXPORTS));
    if (compiledAsMdx && compat) problems.push(...withoutMdx1Problems(page.file, page.mdx, compat, severity));
  }
  // The blog compiles a post's text before its marker alone for its list pages (an unlisted post is on none).
  for (const post of site.blogPosts ?? []) {
    const error = post.listMdx?.syntaxError;
    if (!error || post.unlisted) continue;
    const [message, hint] = describe(error);
    const inFrontMatter = cutInFrontMatter(post);
    problems.push({
      file: post.file, line: error.line, column: error.column, severity: severityIn(post), rule: 'mdx-syntax',
      message: inFrontMatter
        ? `the blog's list pages compile this post up to its first truncate marker, which is in its front matter (line ${post.truncatedAt}): what stands before it is read as MDX, and there ${message}`
        : `the blog's list pages compile this post up to its truncate marker (line ${post.truncatedAt}) on its own, and there ${message}`,
      hint: inFrontMatter ? MARKER_IN_FRONT_MATTER_HINT : `${hint}; or move the marker out of the element or expression it cuts`,
    });
  }
  // A partial is compiled as MDX whenever a page renders it: an error if a published page does.
  const severityOf = site.partials.length > 0 ? partialSeverities(site, index) : new Map<string, Severity>();
  for (const partial of site.partials) {
    if (!partial.mdx) continue;
    const compiledAsMdx = formatOf(partial.file, {}, format) === 'mdx';
    problems.push(...mdxSyntaxProblems(partial.file, withoutReportedFrontMatter(partial.mdx, partial.frontMatterError), compiledAsMdx, severityOf.get(partial.file) ?? 'warning'));
    if (compiledAsMdx) problems.push(...exportProblems(partial.file, partial.mdx, severityOf.get(partial.file) ?? 'warning', new Set()));
    if (compiledAsMdx && compat) problems.push(...withoutMdx1Problems(partial.file, partial.mdx, compat, severityOf.get(partial.file) ?? 'warning'));
  }
  return problems;
}

/** Why MDX 1's syntax is off, in the config's words. */
const COMPAT_OFF = 'the config turns markdown.mdx1Compat';

/**
 * HTML comments and `{#id}` heading ids where the site turns off the MDX 1 compatibility that
 * reads them (`markdown.mdx1Compat`, or `future.v4`): MDX stops at each, and so does the build.
 */
function withoutMdx1Problems(file: string, mdx: MdxFacts, compat: Mdx1Compat, severity: Severity): Problem[] {
  const at = (position: { line: number; column: number }) => ({ file, line: position.line, column: position.column, severity, rule: 'mdx-syntax' as const });
  return [
    ...(compat.comments ? [] : mdx.htmlComments ?? []).map((position) => ({
      ...at(position),
      message: `an HTML comment is no MDX here: ${COMPAT_OFF}.comments off (or future.v4 does), so MDX reads "<!" as a tag it cannot name, and the build stops`,
      hint: 'write the comment as MDX does, {/* … */}, or set markdown.mdx1Compat.comments: true',
    })),
    ...(compat.headingIds ? [] : mdx.headingIdBraces ?? []).map((position) => ({
      ...at(position),
      message: `"{#…}" is no heading id here: ${COMPAT_OFF}.headingIds off (or future.v4 does), so MDX reads it as a JavaScript expression it cannot parse, and the build stops`,
      hint: 'write the id as an MDX comment, ## Title {/* #my-id */}, or set markdown.mdx1Compat.headingIds: true',
    })),
  ];
}

/**
 * Names Docusaurus's MDX loader exports from every doc page it compiles (each built alone in
 * tests/site/agreement.test.ts): a page exporting one too does not parse ("Duplicate export").
 * `toc` is not one of them: a page may export its own.
 */
const DOCUSAURUS_EXPORTS: ReadonlySet<string> = new Set(['frontMatter', 'contentTitle', 'metadata', 'assets']);

/**
 * Exports the compiled page cannot hold: a name exported twice (each ESM block parses alone, the
 * page as one module does not), or one of `reserved`, which Docusaurus exports itself.
 */
function exportProblems(file: string, mdx: MdxFacts, severity: Severity, reserved: ReadonlySet<string>): Problem[] {
  if (!mdx.exported || mdx.syntaxError) return [];
  const problems: Problem[] = [];
  const first = new Map<string, { line: number }>();
  for (const exported of mdx.exported) {
    const at = { file, line: exported.line, column: exported.column, severity, rule: 'mdx-syntax' as const };
    if (reserved.has(exported.name)) {
      problems.push({ ...at, message: `the page exports "${exported.name}", a name Docusaurus exports from every page itself: the compiled page does not parse`, hint: `give the export another name, such as ${exported.name}Data` });
      continue;
    }
    const earlier = first.get(exported.name);
    if (earlier) problems.push({ ...at, message: `"${exported.name}" is exported a second time (first on line ${earlier.line}): the compiled page does not parse`, hint: 'export each name once: rename or remove one of them' });
    else first.set(exported.name, exported);
  }
  return problems;
}

/**
 * A block that never closes, before text that is not YAML, is the front-matter rule's error
 * already (Docusaurus reads the page as YAML to its end and stops): no warning about it here.
 */
function withoutReportedFrontMatter(mdx: MdxFacts, frontMatterError: YamlError | undefined): MdxFacts {
  return frontMatterError?.ranInto === 'end-of-page' ? { ...mdx, unclosedFrontMatterAt: undefined } : mdx;
}

/** The problems of one file; `compiledAsMdx`: whether Docusaurus reads it as MDX. */
export function mdxSyntaxProblems(file: string, mdx: MdxFacts, compiledAsMdx: boolean, severity: Severity): Problem[] {
  const problem = (at: { line: number; column: number }, severity: Severity, message: string, hint: string): Problem =>
    ({ file, line: at.line, column: at.column, severity, rule: 'mdx-syntax', message, hint });
  if (mdx.binaryAt) {
    return [problem(mdx.binaryAt, severity, 'the file holds NUL bytes: it is binary, not a Markdown page', 'replace it with the page\'s text, or move the binary file out of the docs folder')];
  }
  const problems: Problem[] = [];
  if (mdx.replacementCharAt) {
    // The record is made from the decoded text: a byte that is no UTF-8 and a "\uFFFD" written in look the same there.
    problems.push(problem(mdx.replacementCharAt, 'warning', 'readers will see the replacement character "\uFFFD" here: the file is not valid UTF-8 at this place, or the character itself was written in (text lost in an earlier conversion)', 'save the file as UTF-8, and write the character that was meant'));
  }
  if (mdx.unclosedFrontMatterAt) {
    problems.push(problem(mdx.unclosedFrontMatterAt, 'warning', 'the front matter opened by "---" is never closed: Docusaurus reads it as page text', 'add a line "---" after the last front matter field'));
  }
  if (compiledAsMdx && mdx.syntaxError) problems.push(problem(mdx.syntaxError, severity, ...describe(mdx.syntaxError)));
  return problems;
}

/** Message and hint for a syntax error, by kind. */
export function describe(error: MdxSyntaxError): [message: string, hint: string] {
  switch (error.kind) {
    case 'lt-before-digit':
      return ['MDX reads "<" before a digit as the start of a tag', `write "\\<" or "&lt;" (e.g. \\<1024), or put it in a code span; ${PLAIN_MARKDOWN}`];
    case 'autolink':
      return ['MDX does not read <…> autolinks: "<" starts a tag', 'write the link as [text](url)'];
    case 'void-tag':
      return [`<${error.tag}> is not closed: MDX needs every tag closed`, `close it: <${error.tag} />, or <${error.tag} …attributes… />`];
    case 'unclosed-tag':
      return [`<${error.tag}> is never closed`, `close it with </${error.tag}>, in the same paragraph or as a block of its own; ${PLAIN_MARKDOWN}`];
    case 'unclosed-expression':
      return ['a "{" is never closed by "}": MDX reads what follows as JavaScript', 'close it with "}" (a comment is {/* … */}), or write "\\{" for a literal brace'];
    case 'expression':
      return [`the JavaScript in {…} does not parse (${error.reason})`, `fix the expression, or write "\\{" for a literal brace; ${PLAIN_MARKDOWN}`];
    case 'esm':
      return [`a line starting with "import" or "export" is read as JavaScript and does not parse (${error.reason})`, 'fix the statement, or reword the line so that it does not start with import or export'];
    default:
      return [`MDX cannot compile this page: ${error.reason}`, `fix the syntax at this place; ${PLAIN_MARKDOWN}`];
  }
}
