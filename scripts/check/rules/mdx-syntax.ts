/**
 * Rule `mdx-syntax`: pages (and the partials they render) that Docusaurus compiles as MDX must
 * parse as MDX; the MDX parse itself is a fact of the page record (extract/mdx-parse.ts). Also
 * what stops any page being read as intended: NUL bytes, bytes that are not UTF-8, and front
 * matter that never closes.
 */
import type { MdxFacts, MdxSyntaxError, Site, YamlError } from '../../content/model/site.ts';
import { formatOf } from '../../content/model/markdown-format.ts';
import { severityIn, type Problem, type Severity } from '../problem.ts';
import type { SiteIndex } from '../site-index.ts';

const PLAIN_MARKDOWN = 'or, if the page is plain Markdown, add `mdx: {format: md}` to its front matter';

export function checkMdxSyntax(site: Site, index: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  const format = site.settings.markdownFormat;
  for (const page of site.pages) {
    if (!page.mdx) continue;
    const severity = severityIn(page);
    problems.push(...mdxSyntaxProblems(page.file, withoutReportedFrontMatter(page.mdx, page.frontMatter.yamlError), formatOf(page.file, page.frontMatter.data, format) === 'mdx', severity));
  }
  // A partial is compiled as MDX whenever a page renders it: an error if a published page does.
  const severityOf = new Map<string, Severity>();
  for (const page of site.pages) {
    for (const partial of index.partialsOf(page)) if (severityOf.get(partial.file) !== 'error') severityOf.set(partial.file, severityIn(page));
  }
  for (const partial of site.partials) {
    if (!partial.mdx) continue;
    problems.push(...mdxSyntaxProblems(partial.file, withoutReportedFrontMatter(partial.mdx, partial.frontMatterError), formatOf(partial.file, {}, format) === 'mdx', severityOf.get(partial.file) ?? 'warning'));
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
    problems.push(problem(mdx.replacementCharAt, 'warning', 'the file is not valid UTF-8 here: readers will see the replacement character "\uFFFD" in its place', 'save the file as UTF-8'));
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
