/**
 * Rule `mdx-render`: JSX in pages (and the partials they render) compiled as MDX that parses but
 * that React refuses when Docusaurus renders the page, so the build stops late, at static
 * generation (extract/react-refusals.ts): `style` or `dangerouslySetInnerHTML` written as text,
 * and void elements given children. HTML copied into a page as it is written for a browser.
 */
import type { MdxFacts, MdxRenderRefusal, Site } from '../../content/model/site.ts';
import { formatOf } from '../../content/model/markdown-format.ts';
import { severityIn, type Problem, type Severity } from '../problem.ts';
import type { SiteIndex } from '../site-index.ts';

export function checkMdxRender(site: Site, index: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  const format = site.settings.markdownFormat;
  for (const page of site.pages) {
    if (formatOf(page.file, page.frontMatter.data, format) === 'mdx') problems.push(...renderProblems(page.file, page.mdx, severityIn(page)));
  }
  // A partial is rendered in every page that imports it: an error if a published page does.
  const severityOf = new Map<string, Severity>();
  for (const page of site.pages) {
    for (const partial of index.partialsOf(page)) if (severityOf.get(partial.file) !== 'error') severityOf.set(partial.file, severityIn(page));
  }
  for (const partial of site.partials) {
    const severity = severityOf.get(partial.file);
    if (severity && formatOf(partial.file, {}, format) === 'mdx') problems.push(...renderProblems(partial.file, partial.mdx, severity));
  }
  return problems;
}

function renderProblems(file: string, mdx: MdxFacts | undefined, severity: Severity): Problem[] {
  if (!mdx?.renderRefusals || mdx.syntaxError) return [];
  return mdx.renderRefusals.map((refusal) => ({ file, line: refusal.line, column: refusal.column, severity, rule: 'mdx-render', ...describe(refusal) }));
}

function describe({ kind, tag }: MdxRenderRefusal): { message: string; hint: string } {
  switch (kind) {
    case 'text-style':
      return {
        message: `<${tag} style="…">: MDX is JSX, where style is an object, not text; React stops the build when it renders the page`,
        hint: 'write it as an object, with names in camelCase: style={{color: \'red\', marginTop: \'1em\'}}',
      };
    case 'text-inner-html':
      return {
        message: `<${tag} dangerouslySetInnerHTML="…">: React takes only {{__html: …}} there, and stops the build when it renders the page`,
        hint: 'write the content as Markdown or as JSX children instead',
      };
    default:
      return {
        message: `<${tag}> holds content, and React stops the build when it renders the page: <${tag}> is an element that holds nothing`,
        hint: `close it where it opens (<${tag} />) and put the content after it${tag === 'img' ? ', e.g. as a caption in <figure>' : ''}`,
      };
  }
}
