/**
 * Rule `mdx-render`: JSX in pages (and the partials they render) compiled as MDX that parses but
 * that React or the theme refuses when Docusaurus renders the page, so the build stops late, at
 * static generation:
 * - `style` or `dangerouslySetInnerHTML` written as text, void elements given children, and a
 *   `<head>` (or a `<Head>` from `@docusaurus/Head`) holding what Docusaurus's Head cannot render
 *   (extract/react-refusals.ts): HTML copied into a page as it is written for a browser;
 * - `{name}` rendering an object: the page's own `export const name = {…}`, `frontMatter`,
 *   `props`, or `toc` once the page has a heading (React renders text, numbers, elements and
 *   lists of them, never an object); and an object made in braces (`{{port: 443}}`, `{/x+/}`,
 *   `{new Date()}`) outside any component's element;
 * - a chain of reads from a value known without running the page (`{frontMatter.a.b}`, the
 *   page's own export of data, imported JSON) that reads from undefined or renders an object;
 * - a theme component without the prop it cannot render without (THEME_COMPONENT_PROPS), and a
 *   `<CodeBlock>` around text given a language that is no text;
 * - `<Translate>` (from `@docusaurus/Translate`) given anything but one plain text, or nothing
 *   and no `id`, and `<Interpolate>` (from `@docusaurus/Interpolate`) given anything but one
 *   plain text (extract/mdx-translate.ts);
 * - a hook (`useBaseUrl(…)`) called as the page's module loads, outside any component;
 * - `<Tabs>` and `<TabItem>` (from `@theme/Tabs` and `@theme/TabItem`) used in a way the theme
 *   refuses (extract/mdx-tabs.ts): a child that is no `<TabItem value>`, two tabs with one value,
 *   a `defaultValue` no tab has, no tab at all, a `<TabItem>` outside a `<Tabs>`;
 * - `<DocCardList />` without `items` on a page that shows no sidebar: it lists the cards of the
 *   page's sidebar, and throws when there is none.
 */
import path from 'node:path';
import type { Heading, MdxFacts, MdxRenderRefusal, Page, PartialPage, Position, ResolvedImport, Site, TabsFinding } from '../../content/model/site.ts';
import { formatOf, isInAny, unrenderedSpansIn } from '../../content/model/markdown-format.ts';
import { defaultImportsOf, importsDefaultAs } from '../../content/model/default-imports.ts';
import { generatesDoc } from '../../content/model/generated-categories.ts';
import { contentPageViews } from '../../content/model/content-views.ts';
import { anchorSeverityIn, severityIn, type Problem, type Severity } from '../problem.ts';
import { partialSeverities, type SiteIndex } from '../site-index.ts';
import { leftOutWords } from './links.ts';
import { holdsObject } from '../../content/extract/static-value.ts';
import { VOID_ELEMENTS } from '../../content/extract/react-refusals.ts';

export function checkMdxRender(site: Site, index: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  const format = site.settings.markdownFormat;
  // Nearly every page has no finding: its format is worked out only for those that have one.
  const hasFindings = (mdx: MdxFacts | undefined) => mdx?.renderRefusals !== undefined || mdx?.tabs !== undefined || mdx?.renderedNames !== undefined || mdx?.componentProps !== undefined || mdx?.memberElements !== undefined || mdx?.topLevelHooks !== undefined || mdx?.exported !== undefined;
  // What the rules know of `@theme/…` components is the classic theme's: a module the site or
  // another theme replaces is judged as any module of the site's own.
  const replaced = new Set(site.mdx?.replacedThemeModules ?? []);
  const judged = <T extends { mdx?: MdxFacts }>(item: T): T => (replaced.size === 0 || !item.mdx ? item : { ...item, mdx: { ...item.mdx, imports: item.mdx.imports.filter(({ source }) => !replaced.has(source)) } });
  for (const page of site.pages) {
    if (hasFindings(page.mdx) && formatOf(page.file, page.frontMatter.data, format) === 'mdx') {
      const view = judged(page);
      problems.push(...renderProblems(view.file, view.mdx, severityIn(view), view.extract.headings), ...routeExportProblems(view.file, view.mdx, severityIn(view)), ...renderedReadProblems(view, site), ...elementTypeProblems(view, site), ...sidebarlessCardListProblems(site, view));
    }
    problems.push(...tocProblems(page, index, site.settings.onBrokenAnchors));
  }
  // What the Markdown pages of src/pages and the blog posts render refuses to render there too (they show no docs sidebar to judge).
  for (const page of contentPageViews(site).map(judged)) {
    if (hasFindings(page.mdx) && formatOf(page.file, page.frontMatter.data, format) === 'mdx') problems.push(...renderProblems(page.file, page.mdx, severityIn(page), page.extract.headings), ...routeExportProblems(page.file, page.mdx, severityIn(page)), ...renderedReadProblems(page, site), ...elementTypeProblems(page, site));
    // Their tables of contents link to their headings as a doc's do (diff75's M1).
    problems.push(...tocProblems(page, index, site.settings.onBrokenAnchors));
  }
  const partials = site.partials.filter(({ mdx }) => hasFindings(mdx)).map(judged);
  if (partials.length === 0) return problems;
  // A partial is rendered in every page that imports it: an error if a published page does.
  const severityOf = partialSeverities(site, index);
  for (const partial of partials) {
    const severity = severityOf.get(partial.file);
    if (severity && formatOf(partial.file, {}, format) === 'mdx') problems.push(...renderProblems(partial.file, partial.mdx, severity, partial.extract.headings), ...partialReadProblems(partial, severity));
  }
  problems.push(...partialPropsProblems(site, severityOf, partials.filter((partial) => formatOf(partial.file, {}, format) === 'mdx')));
  return problems;
}

/**
 * A partial's own front matter, read as `{frontMatter.version.latest}`: in a partial that has
 * none it is an empty object, not the front matter of the page that renders it.
 */
function partialReadProblems(partial: PartialPage, severity: Severity): Problem[] {
  const mdx = partial.mdx!;
  const reads = mdx.renderedNames?.filter(({ name, path, call }) => name === 'frontMatter' && (path || call));
  if (mdx.syntaxError || !reads || reads.length === 0 || partial.frontMatterLine !== undefined || partial.frontMatterError || mdx.bound.includes('frontMatter')) return [];
  return readProblems(partial.file, severity, reads, () => ({ value: {}, what: "the partial's own front matter (it has none: a partial's frontMatter is not the page's)" }), renderedWhere(mdx));
}

/**
 * A partial's reads of its props (`{props.agent.port}`), at each element that renders it
 * (`<Ports agent={…} />`): the props are the element's, so a key the element does not give is
 * undefined, and a read of it stops the build when the page renders. What a given prop holds
 * is not judged (only running the page knows), nor is an element that spreads props, one a
 * `<Tabs lazy>` leaves out, or one inside a component that may not render it. One problem per
 * read, at the partial, naming the first element that gives it nothing.
 */
function partialPropsProblems(site: Site, severityOf: Map<string, Severity>, partials: PartialPage[]): Problem[] {
  const readsOf = new Map(partials.flatMap((partial) => {
    const reads = partial.mdx?.syntaxError || partial.mdx?.bound.includes('props') ? [] : (partial.mdx?.renderedNames ?? []).filter(({ name, path }) => name === 'props' && path && path[0] !== 'children');
    return reads.length > 0 ? [[partial.file, { reads, rendered: renderedWhere(partial.mdx!) }] as const] : [];
  }));
  if (readsOf.size === 0) return [];
  const problems: Problem[] = [];
  const reported = new Set<object>();
  const importers: Array<{ file: string; imports: readonly ResolvedImport[]; mdx?: MdxFacts; severity: Severity | undefined }> = [
    ...[...site.pages, ...contentPageViews(site)].map((page) => ({ ...page, severity: severityIn(page) as Severity })),
    ...site.partials.map((partial) => ({ ...partial, severity: severityOf.get(partial.file) })),
  ];
  for (const importer of importers) {
    const mdx = importer.mdx;
    if (!importer.severity || !mdx || mdx.syntaxError || !mdx.componentProps) continue;
    for (const imported of importer.imports) {
      const partial = imported.exists ? readsOf.get(imported.file) : undefined;
      if (!partial) continue;
      const { reads, rendered } = partial;
      const names = defaultImportsOf(mdx, imported.source);
      const rendersAt = renderedWhere(mdx);
      for (const element of mdx.componentProps) {
        if (!names.includes(element.name) || element.props.includes('...') || !rendersAt(element)) continue;
        const props = Object.fromEntries(element.props.map((prop) => [prop, NOT_KNOWN]));
        const what = `the props <${element.name}> gives it at ${importer.file}:${element.line}:${element.column}`;
        for (const read of reads) {
          if (reported.has(read)) continue;
          const [problem] = readProblems(imported.file, importer.severity, [read], () => ({ value: props, what }), rendered);
          if (!problem) continue;
          reported.add(read);
          problems.push({ ...problem, hint: `give the prop where the partial is rendered (<${element.name} ${String(read.path![0])}={…} />), or read it with ?. ({props.${String(read.path![0])}?.…})` });
        }
      }
    }
  }
  return problems;
}

/** The links of a page's tables of contents to headings the build leaves out: its own, and those of the partials it renders. */
function tocProblems(page: Page, index: SiteIndex, onBrokenAnchors: Site['settings']['onBrokenAnchors']): Problem[] {
  const own = page.mdx?.lazyHiddenTabs || page.mdx?.childlessSpans ? unrenderedTocProblems(page, onBrokenAnchors) : [];
  return page.imports.length > 0 ? [...own, ...hiddenPartialTocProblems(page, index, onBrokenAnchors), ...shownPartialTocProblems(page, index, onBrokenAnchors)] : own;
}

/**
 * The headings a partial the page renders leaves out itself (in its own lazy tab, or inside a
 * component of the site's that never renders its children): the page's table of contents
 * lists every heading of the partial, so the build stops on the page (diff75's M2). Shown at the
 * heading, naming the page.
 */
function shownPartialTocProblems(page: Page, index: SiteIndex, onBrokenAnchors: Site['settings']['onBrokenAnchors']): Problem[] {
  const partials = index.partialsOf(page).filter(({ extract }) => extract.headings.some(({ unrendered }) => unrendered));
  if (partials.length === 0) return [];
  const hidden = index.hiddenPartialsOf(page);
  const tables = tocLinks(page);
  const severity = anchorSeverityIn(page, onBrokenAnchors);
  const listed = (what: string) => `${what.replace("the page's ", 'the ')} of ${page.file}, which renders this partial,`;
  return partials.filter(({ file }) => !hidden.has(file)).flatMap(({ file, extract }) => unrenderedHeadingProblems(file, extract.headings, tables, severity, listed));
}

/**
 * Headings the build leaves out (model/markdown-format.ts: in a tab `<Tabs lazy>` does not show,
 * or inside a component of the site's that never renders its children) which a table of contents
 * of the page lists: it links to each, and the built page has no such anchor, so the build's
 * anchor check stops it, on the page alone (diff73's p14, diff74's M1).
 */
function unrenderedTocProblems(page: Page, onBrokenAnchors: Site['settings']['onBrokenAnchors']): Problem[] {
  return unrenderedHeadingProblems(page.file, page.extract.headings, tocLinks(page), anchorSeverityIn(page, onBrokenAnchors), (what) => what);
}

/** Each heading of `file` the build leaves out that one of `tables` links to (tocLinks says which levels), reported at the heading; `listed` words the table. */
function unrenderedHeadingProblems(file: string, headings: readonly Heading[], tables: ReturnType<typeof tocLinks>, severity: Severity, listed: (what: string) => string): Problem[] {
  if (tables.length === 0) return [];
  return headings.flatMap(({ unrendered, hiddenBy, depth, id, line, column }): Problem[] => {
    const table = unrendered ? tables.find(({ min, max }) => depth >= min && depth <= max) : undefined;
    if (!table) return [];
    const { where, hint } = leftOutWords(hiddenBy);
    return [{
      file, line, column, severity, rule: 'broken-anchor',
      message: `this heading is ${where}, and ${listed(table.what)} links to "#${id}": the build finds no such anchor`,
      hint: `${hint}; or ${table.otherwise}`,
    }];
  });
}

/**
 * The tables of contents a page renders, with the heading levels each links to:
 * - the theme's, beside the page: h2 and h3, or the levels the front matter's
 *   toc_min_heading_level and toc_max_heading_level say; none with hide_table_of_contents;
 * - each `<TOCInline toc={toc} />` (from `@theme/TOCInline`) outside a tab the build leaves
 *   out: h2 and h3, whatever the front matter says. One given other props (its own levels) is
 *   not weighed: what it links to is known only when it renders.
 * (The theme config's own levels are not read: Docusaurus's defaults are taken.)
 */
function tocLinks(page: Page): Array<{ min: number; max: number; what: string; otherwise: string }> {
  const tables: Array<{ min: number; max: number; what: string; otherwise: string }> = [];
  const data = page.frontMatter.data;
  if (data.hide_table_of_contents !== true) {
    const min = typeof data.toc_min_heading_level === 'number' ? data.toc_min_heading_level : 2;
    const max = typeof data.toc_max_heading_level === 'number' ? data.toc_max_heading_level : Math.max(3, min);
    tables.push({ min, max, what: 'the page\'s table of contents', otherwise: 'keep the heading out of the table of contents (hide_table_of_contents: true)' });
  }
  const inline = page.mdx ? defaultImportsOf(page.mdx, '@theme/TOCInline') : [];
  const hidden = inline.length > 0 ? unrenderedSpansIn(page.mdx!) : [];
  const rendersInline = inline.length > 0 && page.mdx!.componentProps?.some(({ name, props, line, column }) => inline.includes(name) && props.length === 1 && props[0] === 'toc' && !isInAny({ line, column }, hidden));
  if (rendersInline) tables.push({ min: 2, max: 3, what: 'the page\'s <TOCInline>', otherwise: 'move the heading out of the levels <TOCInline> lists (minHeadingLevel, maxHeadingLevel)' });
  return tables;
}

/**
 * The same for the headings of a partial the page renders only in such a tab
 * (model/hidden-partials.ts): a table of contents lists a rendered partial's headings, so the
 * build stops on the page. Shown at the element that renders the partial there, once per heading.
 */
function hiddenPartialTocProblems(page: Page, index: SiteIndex, onBrokenAnchors: Site['settings']['onBrokenAnchors']): Problem[] {
  const hidden = index.hiddenPartialsOf(page);
  const tables = hidden.size > 0 ? tocLinks(page) : [];
  if (tables.length === 0) return [];
  const severity = anchorSeverityIn(page, onBrokenAnchors);
  return index.partialsOf(page).flatMap(({ file, extract }) => {
    const at = hidden.get(file);
    if (!at) return [];
    return extract.headings.flatMap(({ unrendered, depth, id }): Problem[] => {
      const table = unrendered ? undefined : tables.find(({ min, max }) => depth >= min && depth <= max);
      return table ? [{
        file: at.file, line: at.line, column: at.column, severity, rule: 'broken-anchor',
        message: `${file}, rendered here ${leftOutWords(at.by).where}, has the heading "#${id}", which ${table.what} links to: the build finds no such anchor`,
        hint: `${leftOutWords(at.by).hint}; or ${table.otherwise}`,
      }] : [];
    });
  });
}

/**
 * Partials that render themselves, directly or through others: the compiled modules import each
 * other in a circle, and rendering stops ("Cannot access … before initialization"). Shown at each
 * import that closes such a circle.
 */
export function checkPartialCycles(site: Site, index: SiteIndex): Problem[] {
  if (!site.partials.some(({ imports }) => imports.length > 0)) return [];
  const importsOf = new Map<string, string[]>(site.partials.map(({ file, imports }) => [file, imports.flatMap((imported) => (imported.exists && imported.file ? [imported.file] : []))]));
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (file === to) return true;
      if (seen.has(file)) continue;
      seen.add(file);
      stack.push(...(importsOf.get(file) ?? []));
    }
    return false;
  };
  const severityOf = partialSeverities(site, index);
  const problems: Problem[] = [];
  for (const partial of site.partials) {
    const severity = severityOf.get(partial.file);
    if (!severity) continue; // rendered by no page: never compiled
    for (const imported of partial.imports) {
      if (!imported.exists || !imported.file || !reaches(imported.file, partial.file)) continue;
      // A page that imports itself is in the partials too: it is imported.
      const kind = imported.file === partial.file && !path.posix.basename(partial.file).startsWith('_') ? 'page' : 'partial';
      problems.push({
        file: partial.file, line: imported.line, column: imported.column, severity, rule: 'mdx-render',
        message: imported.file === partial.file
          ? `the ${kind} imports itself: rendering stops ("Cannot access … before initialization")`
          : `this import closes a circle: ${imported.file} renders ${partial.file} again, and rendering stops ("Cannot access … before initialization")`,
        hint: `a ${kind} cannot render itself, directly or through another partial: remove one of the imports`,
      });
    }
  }
  return problems;
}

/**
 * Names a function keeps for itself: `name` and `length` cannot be set, and reading or setting
 * `caller` or `arguments` of a strict function throws.
 */
const FUNCTION_OWN_NAMES = new Set(['name', 'length', 'caller', 'arguments']);

/**
 * A page's exports under those names. Docusaurus's client (ComponentCreator) copies each named
 * export of a page's module onto its default export, the MDX content's function, and such a copy
 * throws: the page fails to render, and the build stops (diff73's p17 built `name`, `length`
 * and `caller`). A partial is no page's module: its exports are not copied.
 */
function routeExportProblems(file: string, mdx: MdxFacts | undefined, severity: Severity): Problem[] {
  return (mdx?.exported ?? []).filter(({ name }) => FUNCTION_OWN_NAMES.has(name)).map(({ name, line, column }) => ({
    file, line, column, severity, rule: 'mdx-render',
    message: `the page exports "${name}": Docusaurus copies a page's exports onto its content, a function whose "${name}" cannot be set, and the page fails to render`,
    hint: `give the export another name, and the names that read it too: \`export const ${name === 'name' ? 'userName' : `${name}Value`} = …\``,
  }));
}

function renderProblems(file: string, mdx: MdxFacts | undefined, severity: Severity, headings: Heading[]): Problem[] {
  if (!mdx || mdx.syntaxError || (!mdx.renderRefusals && !mdx.tabs && !mdx.renderedNames && !mdx.componentProps && !mdx.topLevelHooks)) return [];
  // A `<Head>` is Docusaurus's Head only under that name from @docusaurus/Head; another is its author's to judge.
  const docusaurusHead = importsDefaultAs(mdx, '@docusaurus/Head', 'Head');
  // `{new Date()}` on a page that defines its own Date is that Date's to judge.
  const refusals = (mdx.renderRefusals ?? []).filter((refusal) => (!refusal.inHead || docusaurusHead) && (!refusal.madeBy || !mdx.bound.includes(refusal.madeBy)) && renderedWhere(mdx)(refusal));
  const problems: Problem[] = refusals.map((refusal) => ({ file, line: refusal.line, column: refusal.column, severity, rule: 'mdx-render', ...describe(refusal) }));
  problems.push(...renderedObjectProblems(file, mdx, severity, headings), ...missingPropProblems(file, mdx, severity), ...codeLanguageProblems(file, mdx, severity), ...translateProblems(file, mdx, severity), ...interpolateProblems(file, mdx, severity));
  for (const { name, line, column } of mdx.topLevelHooks ?? []) {
    problems.push({
      file, line, column, severity, rule: 'mdx-render',
      message: `${name}(…) is called as the page loads, outside any component: React has no component to give it, and the build stops`,
      hint: `call it where the page renders it, as in <img src={${name}('…')} />, or inside a component the page exports`,
    });
  }
  // The theme's components, under the names the page imports them by; another Tabs is its author's to judge.
  const imports = (source: string, name: string) => mdx.imports.some((imported) => imported.source === source) && mdx.bound.includes(name);
  for (const finding of mdx.tabs ?? []) {
    if (!(finding.kind === 'item-outside' ? imports('@theme/TabItem', 'TabItem') : imports('@theme/Tabs', 'Tabs'))) continue;
    problems.push({ file, line: finding.line, column: finding.column, severity, rule: 'mdx-render', ...describeTabs(finding) });
  }
  return problems;
}

/**
 * The theme's components that render their children as they are given (Docusaurus 3.10's
 * classic theme), so an object among them stops the build as it would outside any component:
 * each was built so (tests/site/agreement.test.ts). Any other component decides what its
 * children are, and is left alone.
 */
const RENDERS_CHILDREN = ['@theme/CodeBlock', '@theme/Admonition', '@theme/Details', '@theme/TabItem', '@docusaurus/Link'];

/** Whether the component the page names `within` is one of RENDERS_CHILDREN. */
const rendersChildren = (mdx: MdxFacts, within: string): boolean => RENDERS_CHILDREN.some((source) => importsDefaultAs(mdx, source, within));

/**
 * Whether what stands at a place of the page is rendered in the build: not inside a component
 * that may take it as data (only the theme's that render their children are sure to render it),
 * nor in a tab `<Tabs lazy>` leaves out.
 */
function renderedWhere(mdx: MdxFacts): (at: Position & { within?: string }) => boolean {
  let hidden: ReturnType<typeof unrenderedSpansIn> | undefined;
  return (at) => (!at.within || rendersChildren(mdx, at.within)) && !isInAny(at, (hidden ??= unrenderedSpansIn(mdx)));
}

/**
 * Theme components (the classic theme's, as Docusaurus 3.10 writes them) that read a prop
 * without checking it is there, and so stop the render without it: each was built without
 * its prop, and failed (tests/site/agreement.test.ts).
 */
const THEME_COMPONENT_PROPS: Record<string, { prop: string; hint: string }> = {
  '@theme/TOCInline': { prop: 'toc', hint: 'pass the page\'s own table of contents: <TOCInline toc={toc} />' },
  '@theme/ThemedImage': { prop: 'sources', hint: 'give an image per color mode: sources={{light: \'/img/x-light.png\', dark: \'/img/x-dark.png\'}}' },
  '@theme/DocCard': { prop: 'item', hint: 'give it a sidebar item to show (item={…}), or use <DocCardList /> for a category\'s cards' },
  '@theme/Heading': { prop: 'as', hint: 'say which heading it is: <Heading as="h2" id="…">, or write the heading in Markdown (## …)' },
};

/** Theme components used without a prop they need; a spread (`{...props}`) may give it, and is trusted. */
function missingPropProblems(file: string, mdx: MdxFacts, severity: Severity): Problem[] {
  if (!mdx.componentProps) return [];
  const sources = new Map<string, string>(); // local name → theme module, for default imports of the table's modules
  for (const { source, names } of mdx.imports) {
    if (!(source in THEME_COMPONENT_PROPS)) continue;
    for (const { imported, local } of names ?? []) if (imported === 'default') sources.set(local, source);
  }
  if (sources.size === 0) return [];
  return mdx.componentProps.flatMap(({ name, props, line, column }) => {
    const source = sources.get(name);
    if (!source || props.includes('...')) return [];
    const { prop, hint } = THEME_COMPONENT_PROPS[source];
    if (props.includes(prop)) return [];
    return [{ file, line, column, severity, rule: 'mdx-render' as const, message: `<${name}> without its \`${prop}\` prop: ${source} reads it to render, and the build stops`, hint }];
  });
}

/**
 * `<CodeBlock language={42}>` (from @theme/CodeBlock) around text: the theme lower-cases the
 * language to pick its highlighting, and a number or a boolean has no toLowerCase
 * (extract/mdx-code-language.ts).
 */
function codeLanguageProblems(file: string, mdx: MdxFacts, severity: Severity): Problem[] {
  const blocks = mdx.componentProps?.filter(({ languageNotText }) => languageNotText) ?? [];
  const locals = blocks.length > 0 ? defaultImportsOf(mdx, '@theme/CodeBlock') : [];
  return blocks.filter(({ name }) => locals.includes(name)).map(({ name, languageNotText, line, column }) => ({
    file, line, column, severity, rule: 'mdx-render' as const,
    message: `<${name}> is given ${languageNotText} as its language, which must be text: the theme lower-cases the language of a code block around text, and the build stops ("language?.toLowerCase is not a function")`,
    hint: `name the language as text: <${name} language="yaml">, or leave the prop out for plain text`,
  }));
}

/**
 * `<DocCardList />` without `items` (imported from @theme/DocCardList) on a page that shows no
 * sidebar: it lists the cards of the page's sidebar category, and Docusaurus's
 * useCurrentSidebarSiblings throws when the page has no sidebar. A spread may give `items`.
 */
function sidebarlessCardListProblems(site: Site, page: Page): Problem[] {
  const mdx = page.mdx!;
  if (!mdx.componentProps) return [];
  const locals = defaultImportsOf(mdx, '@theme/DocCardList');
  const lists = mdx.componentProps.filter(({ name, props }) => locals.includes(name) && !props.includes('items') && !props.includes('...'));
  if (lists.length === 0 || showsSidebar(site, page)) return [];
  const why = page.frontMatter.data.displayed_sidebar === null ? 'its front matter says `displayed_sidebar: null`' : 'no sidebar of its version lists it';
  return lists.map(({ name, line, column }) => ({
    file: page.file, line, column, severity: severityIn(page), rule: 'mdx-render' as const,
    message: `<${name} /> without items shows the cards of the page's sidebar, and this page shows none (${why}): the build stops ("cant find current sidebar in context")`,
    hint: `give it the cards to show (<${name} items={[…]} />), or put the page in a sidebar`,
  }));
}

/**
 * Whether the page shows a sidebar, as the docs plugin decides: the one `displayed_sidebar`
 * names (none for `null`), else the first that holds it, as a doc or in a generated folder. An
 * unknown outline, or one Docusaurus stops on first, is taken to show one.
 */
function showsSidebar(site: Site, page: Page): boolean {
  const data = page.frontMatter.data;
  if ('displayed_sidebar' in data) return data.displayed_sidebar !== null;
  const sidebars = site.versions.find(({ name }) => name === page.version)?.sidebars;
  if (!sidebars || sidebars.invalid || sidebars.unreadable) return true;
  return sidebars.docIds.some(({ id }) => id === page.id) || sidebars.autogeneratedDirs.some((dir) => generatesDoc(dir, page.source));
}

/**
 * `<Translate>` elements, under the name Translate imported from @docusaurus/Translate, that its
 * component throws on as the page renders: children other than one text, or none without an id.
 * A spread (`{...props}`) may give an id, and is trusted.
 */
function translateProblems(file: string, mdx: MdxFacts, severity: Severity): Problem[] {
  if (!mdx.componentProps || !importsDefaultAs(mdx, '@docusaurus/Translate', 'Translate')) return [];
  return mdx.componentProps.flatMap(({ name, props, children, line, column }): Problem[] => {
    if (name !== 'Translate' || children === undefined) return [];
    if (children === 'elements') {
      return [{
        file, line, column, severity, rule: 'mdx-render',
        message: '<Translate> holds more than one plain text (markup, {expressions}, or a paragraph when it stands on lines of its own): Docusaurus\'s Translate only takes a string, and the build stops',
        hint: 'write the message as plain text on one line, <Translate>Save the key</Translate>; put placeholders in a string, <Translate values={{port}}>{\'Open port {port}\'}</Translate>, and markup outside it',
      }];
    }
    if (children === 'none' && !props.includes('id') && !props.includes('...')) {
      return [{
        file, line, column, severity, rule: 'mdx-render',
        message: '<Translate> without a message or an id: Docusaurus\'s Translate has nothing to show, and the build stops',
        hint: 'give it its message as text, <Translate>Save the key</Translate>, or an id from the site\'s translations, <Translate id="faq.save" />',
      }];
    }
    return [];
  });
}

/**
 * `<Interpolate>` elements, under the name Interpolate imported from @docusaurus/Interpolate,
 * that its component throws on as the page renders: children other than one text, or none.
 */
function interpolateProblems(file: string, mdx: MdxFacts, severity: Severity): Problem[] {
  if (!mdx.componentProps || !importsDefaultAs(mdx, '@docusaurus/Interpolate', 'Interpolate')) return [];
  return mdx.componentProps.flatMap(({ name, children, line, column }): Problem[] => {
    if (name !== 'Interpolate' || (children !== 'elements' && children !== 'none')) return [];
    return [{
      file, line, column, severity, rule: 'mdx-render',
      message: children === 'none'
        ? '<Interpolate> without a message: Docusaurus\'s Interpolate only takes a string, and the build stops'
        : '<Interpolate> holds more than one plain text (markup, {expressions}, or a paragraph when it stands on lines of its own): Docusaurus\'s Interpolate only takes a string, and the build stops',
      hint: 'write the message as plain text on one line, with its placeholders in a string: <Interpolate values={{port}}>{\'Open port {port}\'}</Interpolate>',
    }];
  });
}

/**
 * `{name}` where name is an object: one the page exports written out (`export const o = {…}`),
 * `frontMatter`, which Docusaurus's MDX loader gives every page, `props`, which MDX gives its
 * content, or `toc`, Docusaurus's table of contents, once the page has a heading below its
 * title. React stops the render ("Objects are not valid as a React child").
 */
function renderedObjectProblems(file: string, mdx: MdxFacts, severity: Severity, headings: Heading[]): Problem[] {
  if (!mdx.renderedNames) return [];
  const bare = mdx.renderedNames.filter(({ path, call }) => !path && !call);
  const objects = new Set((mdx.exported ?? []).filter(({ object }) => object).map(({ name }) => name));
  if (!mdx.bound.includes('frontMatter')) objects.add('frontMatter');
  // What MDX gives the page's content as it renders: an object, even when empty.
  if (!mdx.bound.includes('props')) objects.add('props');
  // Docusaurus's own export (its remark plugin toc): a list of objects once a heading below the title has text.
  if (!mdx.bound.includes('toc') && tocOf(headings).length > 0) objects.add('toc');
  const rendered = renderedWhere(mdx);
  return bare.filter((read) => objects.has(read.name) && rendered(read)).map(({ name, line, column }) => ({
    file, line, column, severity, rule: 'mdx-render' as const,
    message: `{${name}} renders ${RENDERED_OBJECTS[name]?.what ?? `an object (the page's export ${name} is one, or holds one)`}, and React stops the build when it renders the page: objects are not valid as a React child`,
    hint: RENDERED_OBJECTS[name]?.hint ?? `render one of its values: {${name}.<key>}, with the key you mean`,
  }));
}

/**
 * `{frontMatter.a.b}`, `{toc[0].value}`, `{props.x.y}`, `{ports.api.tcp}`: reads React renders
 * as they are, from values known without running the page: the front matter as written, the
 * table of contents (the headings below the title, on a page that imports nothing: an imported
 * Markdown file adds its own), the props MDX gives a page's content (none), the page's own
 * `export const` of data written out, and the JSON files it imports (and `{ports}` itself, for
 * those: a page's export is renderedObjectProblems'). A read from undefined stops the render
 * ("Cannot read properties of undefined"), and so does an object rendered ("Objects are not
 * valid as a React child").
 */
function renderedReadProblems(page: Page, site: Site): Problem[] {
  const mdx = page.mdx!;
  const data = site.mdx?.importedData?.[page.file] ?? {};
  const reads = mdx.renderedNames?.filter(({ name, path, call }) => path || call || Object.hasOwn(data, name) || BUILTIN_NAMESPACES.has(name));
  if (mdx.syntaxError || !reads || reads.length === 0) return [];
  return readProblems(page.file, severityIn(page), reads, knownValues(page, site, { builtins: true }), renderedWhere(mdx));
}

/**
 * What a known value (`known`) says of each read: a read of null or undefined or a call of no
 * function stops the build wherever it is (children are computed before any component decides
 * what to render); an object stops it only where it is rendered (`rendered`).
 */
function readProblems(file: string, severity: Severity, reads: NonNullable<MdxFacts['renderedNames']>, known: (name: string) => { value: unknown; what: string; builtin?: true } | undefined, rendered: (read: Position & { within?: string }) => boolean): Problem[] {
  return reads.flatMap(({ name, path = [], optional, call, line, column, within }): Problem[] => {
    const source = known(name);
    if (!source) return [];
    const chain = `${name}${path.map((key, i) => (typeof key === 'number' ? `${optional?.[i] ? '?.' : ''}[${key}]` : `${optional?.[i] ? '?.' : '.'}${key}`)).join('')}`;
    const written = call ? `${chain}(…)` : chain;
    const at = { file, line, column, severity, rule: 'mdx-render' as const };
    const read = readAlong(source.value, name, path, optional);
    if (!read) return []; // a `?.` met null or undefined: the read stops there, and renders nothing
    if ('stop' in read) return [{ ...at, message: `{${written}} ${readStopped(read.stop, source.what)}`, hint: `read it with ?. ({${read.stop.at}?.${read.stop.key}}), or read a key that is there` }];
    const { value } = read;
    if (call) {
      if (typeof value === 'function') return [];
      return [{
        ...at,
        message: `{${written}} calls ${chain}, which is ${describeValue(value)} in ${source.what}, not a function: the build stops when it renders the page ("${chain} is not a function")`,
        hint: path.length > 0 ? `call a function ${chain.slice(0, chain.lastIndexOf('.'))} has, or render a value: {${chain}}` : `render the value: {${chain}}`,
      }];
    }
    if (!holdsObject(value) || !rendered({ line, column, within })) return [];
    if (source.builtin && path.length === 0) {
      return [{ ...at, message: `{${name}} renders ${source.what}, and React stops the build when it renders the page: objects are not valid as a React child`, hint: name === 'JSON' ? 'render what one of its functions gives, as in {JSON.stringify(…)}, or leave it out' : `render one of its values or what one of its functions gives ({${name}.…}), or leave it out` }];
    }
    return [{
      ...at,
      message: `{${written}} renders an object from ${source.what}, and React stops the build when it renders the page: objects are not valid as a React child`,
      hint: `render one of its values, {${written}.<key>}, or leave it out`,
    }];
  });
}

/** JavaScript's objects that are no functions, the same in every engine: rendered bare, each is an object. */
const BUILTIN_NAMESPACES: ReadonlySet<string> = new Set(['JSON', 'Math', 'Intl', 'Reflect', 'Atomics']);

/**
 * The values of the names a page reads that are known without running it: the JSON files it
 * imports, its own `export const` of data written out, and what MDX and Docusaurus give every
 * page (frontMatter, props, toc), unless the page binds those names itself; with `builtins`, also
 * JavaScript's own namespace objects (JSON, Math…), as an expression reads them.
 */
function knownValues(page: Page, site: Site, { builtins = false } = {}): (name: string) => { value: unknown; what: string; builtin?: true } | undefined {
  const mdx = page.mdx!;
  const data = site.mdx?.importedData?.[page.file] ?? {};
  return (name) => {
    if (Object.hasOwn(data, name)) return { value: data[name], what: `${mdx.imports.find(({ names }) => names?.some(({ local }) => local === name))?.source ?? 'the JSON file'}, which the page imports as ${name}` };
    const exported = mdx.exported?.find((entry) => entry.name === name && entry.value !== undefined);
    if (exported) return { value: exported.value, what: `the value the page exports as ${name} (line ${exported.line})` };
    if (mdx.bound.includes(name)) return undefined;
    if (name === 'frontMatter') return { value: page.frontMatter.data, what: 'the front matter' };
    if (name === 'props') return { value: {}, what: 'the props MDX gives the page (none)' };
    if (name === 'toc' && mdx.imports.length === 0) {
      const toc = tocOf(page.extract.headings);
      return { value: toc, what: `the table of contents (${toc.length === 1 ? '1 heading' : `${toc.length} headings`})` };
    }
    // The same objects in the build's Node.js and in a browser: this process's own are theirs.
    // Not for elements: MDX takes `<Math.x>` from the page's components, not from the globals.
    if (builtins && BUILTIN_NAMESPACES.has(name)) return { value: (globalThis as Record<string, unknown>)[name], what: `JavaScript's ${name} object`, builtin: true };
    return undefined;
  };
}

/**
 * `<Port />` and `<parts.Note />`, where the page knows what the name holds (knownValues).
 * - A member element (`<parts.Note />`) is tested by MDX itself before anything renders: the
 *   page's content function begins with `if (!parts.Note)`, and with one such test per name
 *   along the way (`parts`, then `parts.Note`), for every element written in the page's own
 *   text, wherever it sits (memberElementMissing), and in its expressions outside functions
 *   (`{false && <parts.Note />}`, MdxFacts.memberElements). That stops the build even in a tab
 *   `<Tabs lazy>` leaves out, inside a component that never renders its children, or in a
 *   branch that never runs.
 * - What passes that test is React's to render, where it renders: a function (a component) or a
 *   tag name; anything else stops the build ("Element type is invalid": a number, an object, a
 *   list; "Invalid tag": text that is no tag name, such as `'2.9'`). An element inside another
 *   component is that component's to render, unless it is one of the theme's that render their
 *   children as they are; a tab `<Tabs lazy>` leaves out is never rendered.
 */
function elementTypeProblems(page: Page, site: Site): Problem[] {
  const mdx = page.mdx!;
  if (mdx.syntaxError || (!mdx.componentProps && !mdx.memberElements)) return [];
  const known = knownValues(page, site);
  const rendered = renderedWhere(mdx);
  const problems: Problem[] = [];
  for (const element of mdx.componentProps ?? []) {
    const [head, ...path] = element.name.split('.');
    const source = known(head);
    if (!source) continue;
    const at = { file: page.file, line: element.line, column: element.column, severity: severityIn(page), rule: 'mdx-render' as const };
    const missing = path.length > 0 ? memberElementMissing(source.value, head, path) : undefined;
    if (missing) {
      problems.push(memberProblem(at, element.name, missing, source.what));
      continue;
    }
    if (!rendered(element)) continue;
    // Every name along the way holds something (MDX's test passed), so the reads cannot stop.
    const found = invalidElementType(element.name, path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], source.value), source.what);
    if (found) problems.push({ ...at, ...found });
  }
  // Member elements in expressions (`{false && <ports.console />}`): MDX tests them too, and only that can stop the build there.
  for (const { name: member, line, column } of mdx.memberElements ?? []) {
    const [head, ...path] = member.split('.');
    const source = known(head);
    const missing = source && memberElementMissing(source.value, head, path);
    if (missing) problems.push(memberProblem({ file: page.file, line, column, severity: severityIn(page), rule: 'mdx-render' }, member, missing, source.what));
  }
  return problems;
}

/** The problem of a member element whose test MDX fails (memberElementMissing). */
function memberProblem(at: Omit<Problem, 'message' | 'hint'>, element: string, { name, value, component }: NonNullable<ReturnType<typeof memberElementMissing>>, what: string): Problem {
  const said = `Expected ${component ? 'component' : 'object'} \`${name}\` to be defined`;
  return { ...at, message: `<${element}> names nothing: ${name} is ${describeValue(value)} in ${what}, and MDX stops the build when it renders the page, wherever the element is ("${said}")`, hint: 'name a component the page imports or exports' };
}

/**
 * MDX's test of a member element's names (its recma-jsx-rewrite): for `<a.b.c />` it checks
 * `!a`, `!a.b`, then `!a.b.c`, and stops at the first that holds, as an object for the names on
 * the way and as a component for the last. The first such name and its (falsy) value, or
 * undefined when every one holds something.
 */
function memberElementMissing(value: unknown, head: string, path: string[]): { name: string; value: unknown; component: boolean } | undefined {
  let name = head;
  for (let i = 0; i <= path.length; i++) {
    if (i > 0) {
      value = (value as Record<string, unknown>)[path[i - 1]];
      name += `.${path[i - 1]}`;
    }
    if (!value) return { name, value, component: i === path.length };
  }
  return undefined;
}

/** Where a chain of reads stopped: the key it read of null or undefined, and the chain before that key as written. */
interface ReadStop {
  key: string | number;
  at: string;
  value: null | undefined;
}

/**
 * Read `path` from `value` as JavaScript does: `{ value }` at the end; `{ stop }` where a key is
 * read of null or undefined (the render stops); undefined where a `?.` meets one (the chain
 * gives undefined, and nothing stops).
 */
function readAlong(value: unknown, name: string, path: Array<string | number>, optional?: boolean[]): { value: unknown } | { stop: ReadStop } | undefined {
  let at = name;
  for (const [i, key] of path.entries()) {
    if (value === NOT_KNOWN) return undefined;
    if (value === undefined || value === null) return optional?.[i] ? undefined : { stop: { key, at, value } };
    value = (value as Record<string | number, unknown>)[key];
    at += typeof key === 'number' ? `[${key}]` : `.${key}`;
  }
  return value === NOT_KNOWN ? undefined : { value };
}

/** A value given that only running the page knows (a prop in braces): a read that reaches it is not judged. */
const NOT_KNOWN = Symbol('not known');

/** A read of a key of null or undefined, in words: what stops the build. */
const readStopped = ({ key, at, value }: ReadStop, what: string) =>
  `reads "${key}" of ${String(value)}: ${at} is ${String(value)} in ${what}, and the build stops when it renders the page ("Cannot read properties of ${String(value)}")`;

/** A value in words, as a message names it: `undefined`, `the number 443`, `a list`, `an object`. */
function describeValue(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"` : `the ${typeof value} ${String(value)}`;
}

/** What React (or MDX, for undefined) says of an element of `value`, or undefined when it renders one. */
function invalidElementType(name: string, value: unknown, what: string): { message: string; hint: string } | undefined {
  const hint = `to show the value, write {${name}}; to render a component, import it or export a function`;
  if (typeof value === 'function') return undefined;
  if (typeof value === 'string') {
    // React's own test of a tag name (react-dom's server renderer), on what it would render as an element.
    return /^[a-zA-Z][a-zA-Z:_.\-\d]*$/.test(value) ? undefined : { message: `<${name}> renders an element named "${value}", ${what}, which is no tag name: React stops the build when it renders the page ("Invalid tag")`, hint };
  }
  return { message: `<${name}> is ${describeValue(value)} in ${what}, not a component: React stops the build when it renders the page ("Element type is invalid")`, hint };
}

/** The page's own `toc` export, as Docusaurus's remark plugin makes it: every heading below the title that has text. */
const tocOf = (headings: Heading[]) => headings.filter(({ depth, text }) => depth >= 2 && text !== '').map(({ text, id, depth }) => ({ value: text, id, level: depth }));

/** Names MDX and Docusaurus give every page, which hold objects. */
const RENDERED_OBJECTS: Record<string, { what: string; hint: string }> = {
  frontMatter: { what: 'the front matter, an object', hint: 'render one of its values: {frontMatter.title}' },
  props: { what: 'the props MDX gives the page, an object', hint: 'render one of its values, {props.name}, or leave it out' },
  toc: { what: 'the page\'s table of contents, a list of objects ({value, id, level})', hint: 'show it with the theme\'s component: import TOCInline from \'@theme/TOCInline\', then <TOCInline toc={toc} />' },
};

function describeTabs(finding: TabsFinding): { message: string; hint: string } {
  const stops = 'the theme stops the build when it renders the page';
  switch (finding.kind) {
    case 'bad-child':
      return finding.child === 'TabItem'
        ? { message: `a <TabItem> without a value: ${stops}`, hint: 'give each <TabItem> a value="…" of its own' }
        : { message: `<Tabs> holds <${finding.child}> directly, and takes only <TabItem value="…"> children: ${stops}`, hint: 'put it inside a <TabItem>, or before the <Tabs>' };
    case 'duplicate-value':
      return { message: `a second <TabItem> with the value "${finding.value}" in this <Tabs>: ${stops}`, hint: 'give each <TabItem> a value of its own' };
    case 'unknown-default':
      return { message: `<Tabs defaultValue="${finding.value}">, and no <TabItem> has that value (${finding.values.join(', ')}): ${stops}`, hint: 'use one of the values, or defaultValue={null} for no tab shown first' };
    case 'no-items':
      return { message: `a <Tabs> without a <TabItem>: ${stops}`, hint: 'add <TabItem value="…"> children, or remove the <Tabs>' };
    case 'query-without-group':
      return { message: `<Tabs queryString> without a groupId, which would name the URL's search parameter: ${stops}`, hint: 'add groupId="…" (tabs with one groupId switch together), or name the parameter: queryString="os"' };
    default:
      return { message: `a <TabItem> outside a <Tabs>: ${stops}`, hint: 'put it inside <Tabs> … </Tabs>' };
  }
}

function describe({ kind, tag, inBraces, inHead }: MdxRenderRefusal): { message: string; hint: string } {
  const head = inHead ? '<Head>' : '<head>';
  switch (kind) {
    case 'text-style':
      return {
        message: `<${tag} style=${inBraces ? '{\'…\'}' : '"…"'}>: MDX is JSX, where style is an object, not text; React stops the build when it renders the page`,
        hint: 'write it as an object, with names in camelCase: style={{color: \'red\', marginTop: \'1em\'}}',
      };
    case 'text-inner-html':
      return {
        message: `<${tag} dangerouslySetInnerHTML=${inBraces ? '{\'…\'}' : '"…"'}>: React takes only {{__html: …}} there, and stops the build when it renders the page`,
        hint: 'write the content as Markdown or as JSX children instead',
      };
    case 'head-text-only':
      return {
        message: `<${tag}> in the page's ${head} holds more than text (content over lines, or an element): Docusaurus's Head stops the build when it renders the page`,
        hint: `write it on one line, as text: <${tag}>…</${tag}>`,
      };
    case 'value-inner-html':
      return {
        message: `<${tag} dangerouslySetInnerHTML={…}>: React reads a <${tag}>'s content as its value, refuses an inner HTML there, and stops the build when it renders the page`,
        hint: `give the text as its defaultValue="…", or as the only thing between <${tag}> and </${tag}>`,
      };
    case 'inner-html-children':
      return {
        message: VOID_ELEMENTS.has(tag)
          ? `<${tag} dangerouslySetInnerHTML={…}>: <${tag}> is an element that holds nothing, so React refuses an inner HTML there, and stops the build when it renders the page`
          : `<${tag} dangerouslySetInnerHTML={…}> has content too: React takes content or an inner HTML, not both, and stops the build when it renders the page`,
        hint: VOID_ELEMENTS.has(tag) ? `leave the inner HTML out: <${tag} /> holds nothing` : `keep one: close the element where it opens (<${tag} dangerouslySetInnerHTML={{__html: …}} />), or leave the inner HTML out`,
      };
    case 'inner-html-shape':
      return {
        message: `<${tag} dangerouslySetInnerHTML={{…}}> has no __html key: React takes only {{__html: …}} there, and stops the build when it renders the page`,
        hint: `name the key __html: dangerouslySetInnerHTML={{__html: '<b>…</b>'}}`,
      };
    case 'value-beside-children':
      return {
        message: `<${tag}> has a value or defaultValue and content too: React takes one or the other, and stops the build when it renders the page`,
        hint: `keep one: the value, with the element closed where it opens (<${tag} defaultValue="…" />), or the content without a value`,
      };
    case 'value-children':
      return {
        message: `<${tag}> holds more than one thing (text beside an element or an expression, or paragraphs): React reads its content as one text value, and stops the build when it renders the page`,
        hint: `write its content as one plain text on the line, <${tag}>text</${tag}>, or as defaultValue={\`…\`} for text over lines`,
      };
    case 'rendered-object':
      return {
        message: `{${tag}} renders an object, and React stops the build when it renders the page: objects are not valid as a React child`,
        hint: 'render text or a number instead (one of its values, or String(…)), or write the data as a list or table in Markdown',
      };
    case 'head-child':
      return {
        message: `the page's ${head} holds ${tag === 'p' ? 'text' : `<${tag}>`}, and Docusaurus's Head renders only base, link, meta, noscript, script, style and title there: the build stops when it renders the page`,
        hint: `move it out of the ${head}, into the page`,
      };
    default:
      return {
        message: `<${tag}> holds content, and React stops the build when it renders the page: <${tag}> is an element that holds nothing`,
        hint: `close it where it opens, as <${tag} />, and put the content after it${tag === 'img' ? ', e.g. as a caption in <figure>' : ''}`,
      };
  }
}
