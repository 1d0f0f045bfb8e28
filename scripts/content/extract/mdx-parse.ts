/**
 * The MDX parse of a text, as Docusaurus's mdx-loader parses a page compiled as MDX: its
 * preprocessor, then remark-parse with the syntax extensions of its pipeline in the same order
 * (remark-mdx as @mdx-js/mdx adds it, then remark-frontmatter, remark-directive, remark-gfm and
 * remark-comment for mdx1Compat.comments). Only the parse runs, not the transforms: syntax
 * errors come from the parse (micromark and mdast-util-mdx-jsx), and names from its estree.
 * Loaded lazily (see mdx-facts.ts): the stack takes a while to load.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkComment from '@slorber/remark-comment';
import type { Root } from 'mdast';
import type { MdxErrorKind, MdxFacts, MdxFreeName, MdxRenderRefusal, MdxSyntaxError } from '../model/site.ts';
import { BROWSER_ONLY, componentOf, freeNamesOf, renderedAs, renderedNameOf } from './mdx-names.ts';
import { esmBindings, importedNamesOf, usedImportsOf } from './mdx-imports.ts';
import { HEAD_ELEMENTS, OBJECT_PROPS, TEXT_HEAD_ELEMENTS, VALUE_ELEMENTS, VOID_ELEMENTS } from './react-refusals.ts';
import { requiredModulesOf } from './mdx-requires.ts';
import { walkEstree, type EstreeNode } from './estree-walk.ts';
import { writtenTexts } from './static-value.ts';
import { certainLinkOf, componentsRenderedBy, type RenderedComponent } from './jsx-render-links.ts';
import { lazyHiddenTabsOf, tabsFindingsOf } from './mdx-tabs.ts';
import { topLevelHookCalls } from './mdx-hooks.ts';
import { deferredOf, newDeferredLog, withoutBound } from './mdx-deferred.ts';
import { unraveledChildren } from './mdx-unravel.ts';
import { TAKES_ONE_TEXT, translateChildrenOf } from './mdx-translate.ts';
import { nonTextLanguageOf } from './mdx-code-language.ts';
import { markdownInHtmlOf } from './mdx-html-links.ts';
import { scriptSpanOf } from './mdx-script-spans.ts';
import { withExtensions, type SiteSyntax } from './site-syntax.ts';

/**
 * The parser, with a site's own syntax when it has some, in mdx-loader's order: its
 * `beforeDefaultRemarkPlugins` after remark-mdx (which @mdx-js/mdx adds first) and before
 * Docusaurus's plugins, its `remarkPlugins` after them.
 */
function processorWith(syntax?: SiteSyntax): Processor {
  const made = unified().use(remarkParse).use(remarkMdx);
  if (syntax) made.use(withExtensions(syntax.before));
  made.use(remarkFrontmatter).use(remarkDirective).use(remarkGfm).use(remarkComment);
  if (syntax) made.use(withExtensions(syntax.after));
  return made as unknown as Processor;
}

const processor = processorWith();
const siteProcessors = new WeakMap<SiteSyntax, Processor>();
function processorFor(syntax: SiteSyntax | undefined): Processor {
  if (!syntax) return processor;
  const made = siteProcessors.get(syntax) ?? processorWith(syntax);
  siteProcessors.set(syntax, made);
  return made;
}

type Parsed = Pick<MdxFacts, 'syntaxError' | 'freeNames' | 'imports' | 'bound' | 'usedImports' | 'renderRefusals' | 'tabs' | 'lazyHiddenTabs' | 'exported' | 'jsxLinks' | 'maybeJsxLinks' | 'cardLinks' | 'markdownInHtml' | 'headingsInHtml' | 'renderedNames' | 'componentProps' | 'expressionComponents' | 'componentIds' | 'topLevelHooks' | 'scriptSpans' | 'memberElements' | 'deferred'>;

/** What a caller may ask of a parse besides the facts. */
export interface ParseDetails {
  /** Identifiers of the link definitions at the top level (not inside a list, quote, directive or element). */
  definitions?: string[];
  /** Local names the text's imports bind (what the ESM parser declares for the ESM after them). */
  importedNames?: string[];
  /** Set when asked (as false): whether the text holds ESM, the only part that names earlier imports bind can change. */
  holdsEsm?: boolean;
}

/** The syntax tree of a text already preprocessed as mdx-loader does; throws the parser's syntax error. */
export function mdxTreeOf(source: string, syntax?: SiteSyntax): Root {
  return processorFor(syntax).parse(source) as Root;
}

/** The parse of a text already preprocessed as mdx-loader does (see mdx-preprocess.ts). */
export function parseMdxSource(source: string, details: ParseDetails = {}, syntax?: SiteSyntax): Parsed {
  let tree: Root;
  try {
    tree = mdxTreeOf(source, syntax);
  } catch (error) {
    return { syntaxError: syntaxErrorOf(error, source), freeNames: [], imports: [], bound: [] };
  }
  for (const node of tree.children) {
    if (node.type === 'definition') details.definitions?.push(node.identifier);
    const estree = node.type === 'mdxjsEsm' ? (node.data?.estree as { body: any[] } | undefined) : undefined;
    for (const statement of estree?.body ?? []) details.importedNames?.push(...importedNamesOf(statement));
  }
  if (details.holdsEsm !== undefined) details.holdsEsm = holdsEsm(tree);
  return { ...namesOf(tree, source), ...markdownInHtmlOf(tree, source) };
}

/** The names a tree uses that nothing in it binds: of a tree the site's own plugins changed (load/site-transforms.ts). */
export const freeNamesOfTree = (tree: Root, source: string): MdxFreeName[] => namesOf(tree, source).freeNames;

const holdsEsm = (node: { type: string; children?: unknown[] }): boolean => node.type === 'mdxjsEsm' || (node.children?.some((child) => holdsEsm(child as typeof node)) ?? false);

// ---- Names -------------------------------------------------------------------------------

type Point = { line: number; column: number; offset?: number };
type AnyNode = { type: string; name?: string | null; position?: { start: Point; end?: Point }; data?: { estree?: unknown }; attributes?: AnyNode[]; value?: unknown; children?: AnyNode[] };

function namesOf(tree: Root, source: string): Parsed {
  const used: MdxFreeName[] = [];
  const imports: MdxFacts['imports'] = [];
  const bound = new Set<string>();
  const refusals: MdxRenderRefusal[] = [];
  const exported: NonNullable<MdxFacts['exported']> = [];
  const jsxLinks: NonNullable<MdxFacts['jsxLinks']> = [];
  const maybeJsxLinks: NonNullable<MdxFacts['maybeJsxLinks']> = [];
  // A <Link> written in JSX the page renders surely (at its own level) or maybe.
  const addLinks = (elements: RenderedComponent[], surely: boolean) => {
    for (const { name, certain, node: element } of elements) if (name === 'Link') (surely && certain ? jsxLinks : maybeJsxLinks).push(...writtenLinkAt(element));
  };
  const cardLinks: NonNullable<MdxFacts['cardLinks']> = [];
  const topLevel = new Set<string>(); // names an ESM block reads that it binds itself
  const rendered: NonNullable<MdxFacts['renderedNames']> = [];
  const components: NonNullable<MdxFacts['componentProps']> = [];
  const expressionComponents: NonNullable<MdxFacts['expressionComponents']> = [];
  const componentIds: NonNullable<MdxFacts['componentIds']> = [];
  const hooks: NonNullable<MdxFacts['topLevelHooks']> = [];
  const deferred = newDeferredLog();
  const scriptSpans: NonNullable<MdxFacts['scriptSpans']> = [];
  const scriptSpan = (at: AnyNode['position']) => {
    const span = scriptSpanOf(source, at?.start, at?.end);
    if (span) scriptSpans.push(span);
  };
  // `inBrowserOnly`: the node is inside a <BrowserOnly>, whose function the build never calls (mdx-names.ts).
  // `within`: the innermost component whose element holds the node; it may take its children as data rather than render them.
  const visit = (node: AnyNode, inBrowserOnly = false, within?: string) => {
    const estree = node.data?.estree as any;
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') scriptSpan(node.position);
    if (node.type === 'mdxjsEsm' && estree) {
      const esm = esmBindings(estree);
      imports.push(...esm.imports, ...requiredModulesOf(estree));
      exported.push(...esm.exported);
      esm.bound.forEach((name) => bound.add(name));
      used.push(...freeNamesOf(estree, { topLevel, deferred, esm: true }));
      hooks.push(...topLevelHookCalls(estree));
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && estree) {
      used.push(...freeNamesOf(estree, { deferred, handler: inBrowserOnly }));
      imports.push(...requiredModulesOf(estree));
      const rendering = renderedNameOf(estree);
      const start = node.position?.start ?? { line: 1, column: 1 };
      if (rendering.bare) rendered.push({ ...renderedAs(rendering), line: start.line, column: start.column, ...(within ? { within } : {}) });
      if (rendering.object) refusals.push({ kind: 'rendered-object', tag: writtenExpression(source, node.position), line: start.line, column: start.column, ...rendering.object, ...(within ? { within } : {}) });
      if (!inBrowserOnly) {
        const elements = componentsRenderedBy(expressionOf(estree));
        expressionComponents.push(...elements.map((found) => placedComponent(found, within)));
        // A <Link> the page surely renders, as one written as an element of its own is (linkTargetsOf).
        addLinks(elements, !within);
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const component = node.name ? componentOf(node.name) : undefined;
      const start = node.position?.start ?? { line: 1, column: 1 };
      if (component) {
        used.push({ name: component, usage: 'component', line: start.line, column: start.column });
        const props = (node.attributes ?? []).map((attribute) => (attribute.type === 'mdxJsxAttribute' ? String(attribute.name) : '...'));
        const languageNotText = nonTextLanguageOf(node as never);
        const texts = writtenTexts(writtenAttributesOf(node));
        components.push({ name: node.name!, props, line: start.line, column: start.column, ...(TAKES_ONE_TEXT.has(node.name!) ? { children: translateChildrenOf(node) } : {}), ...(languageNotText ? { languageNotText } : {}), ...(within ? { within } : {}), ...(texts ? { texts } : {}) });
        const id = writtenAttribute(node, 'id');
        if (id !== undefined) {
          const as = writtenAttribute(node, 'as');
          componentIds.push({ name: node.name!, id, ...(as === undefined ? {} : { as }), line: start.line, column: start.column });
        }
        // `<Head>` (from @docusaurus/Head, which the rule makes sure of) is the same Head as `<head>`.
        if (node.name === 'Head' && node.type === 'mdxJsxFlowElement') refusals.push(...headRefusalsOf(node).map((refusal) => ({ ...refusal, inHead: 'Head' as const })));
      }
      else if (node.name) {
        refusals.push(...renderRefusalsOf(node, node.name, start));
        // `<details>` is the theme's Details (MDXComponents), which collects its id as an anchor.
        const id = node.name === 'details' ? writtenAttribute(node, 'id') : undefined;
        if (id !== undefined) componentIds.push({ name: node.name, id, line: start.line, column: start.column });
      }
      if (node.name === 'Link') jsxLinks.push(...linkTargetsOf(node, start));
      if (component) cardLinks.push(...cardHrefsOf(node));
      for (const attribute of node.attributes ?? []) {
        scriptSpan(attribute.position);
        const expression = (attribute.type === 'mdxJsxExpressionAttribute' ? attribute : (attribute.value as AnyNode | undefined))?.data?.estree;
        if (expression) {
          // An HTML element's event handler never runs in the build (mdx-names.ts); a component may
          // call a function it is given as it renders, or only on an event: the check cannot tell.
          const handler = !component && attribute.type === 'mdxJsxAttribute' && /^on[A-Z]/.test(String(attribute.name));
          const passedTo = component && attribute.type === 'mdxJsxAttribute' ? node.name : undefined;
          used.push(...freeNamesOf(expression as any, { deferred, handler, ...(passedTo ? { passedTo } : {}) }));
          // JSX given to a component renders if that component renders the prop; in an HTML element's attribute, never.
          // <BrowserOnly>'s fallback is what the build renders in its place: as surely as the element.
          const fallback = node.name === BROWSER_ONLY && attribute.type === 'mdxJsxAttribute' && attribute.name === 'fallback';
          if (component && !inBrowserOnly) {
            const elements = componentsRenderedBy(expressionOf(expression));
            expressionComponents.push(...elements.map((found) => placedComponent(found, fallback ? within : node.name!)));
            addLinks(elements, fallback && !within);
          }
          imports.push(...requiredModulesOf(expression as any));
        }
      }
    }
    const element = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    const childrenInBrowserOnly = inBrowserOnly || (element && node.name === BROWSER_ONLY);
    // A fragment (`<>`) renders its children where it is, as an HTML element does.
    const childrenWithin = element && node.name && componentOf(node.name) !== undefined ? node.name : within;
    node.children?.forEach((child) => visit(child, childrenInBrowserOnly, childrenWithin));
  };
  visit(tree as AnyNode);
  // Before the names the page binds are left out: those are the ones MDX's test may find empty.
  const memberElements = used.flatMap(({ member, within, line, column }) => (member && !within ? [{ name: member, line, column }] : []));
  const freeNames = withoutBound(used, bound, deferred);
  const tabs = tabsFindingsOf(tree as never);
  // Only a page that writes `lazy` in some tag can have tabs the build leaves out.
  const lazyHiddenTabs = /\slazy\b/.test(source) ? lazyHiddenTabsOf(tree as never) : [];
  const usedImports = usedImportsOf(imports, [...topLevel, ...used.map(({ name }) => name)]);
  return { freeNames, imports, bound: [...bound].sort(), ...(usedImports ? { usedImports } : {}), ...(refusals.length > 0 ? { renderRefusals: refusals } : {}), ...(tabs.length > 0 ? { tabs } : {}), ...(lazyHiddenTabs.length > 0 ? { lazyHiddenTabs } : {}), ...(exported.length > 0 ? { exported } : {}), ...(jsxLinks.length > 0 ? { jsxLinks } : {}), ...(maybeJsxLinks.length > 0 ? { maybeJsxLinks } : {}), ...(cardLinks.length > 0 ? { cardLinks } : {}), ...(rendered.length > 0 ? { renderedNames: rendered } : {}), ...(components.length > 0 ? { componentProps: components } : {}), ...(expressionComponents.length > 0 ? { expressionComponents } : {}), ...(componentIds.length > 0 ? { componentIds } : {}), ...(hooks.length > 0 ? { topLevelHooks: hooks } : {}), ...(scriptSpans.length > 0 ? { scriptSpans } : {}), ...(memberElements.length > 0 ? { memberElements } : {}), ...deferredOf(deferred) };
}

/** The expression an expression's or a prop's estree holds (for a spread, the object): undefined for a comment. */
const expressionOf = (estree: unknown) => (estree as { body?: Array<{ expression?: EstreeNode }> } | undefined)?.body?.[0]?.expression;

/**
 * A component an expression's JSX renders, at its place in the page (MDX puts the JSX in the
 * page's as written; estree columns count from 0): certain only at the page's own level, as
 * `within` a component that component decides.
 */
function placedComponent({ name, node, certain }: RenderedComponent, within: string | undefined): NonNullable<MdxFacts['expressionComponents']>[number] {
  return { name, line: node.loc!.start.line, column: node.loc!.start.column + 1, ...(certain && !within ? { certain: true as const } : {}), ...(within ? { within } : {}) };
}

/** The target a `<Link>` written in an expression hands the build's check, at the page's place, as a list of none or one. */
function writtenLinkAt(element: EstreeNode): NonNullable<MdxFacts['jsxLinks']> {
  const link = certainLinkOf(element);
  return link ? [{ url: link.url, line: link.line, column: link.column + 1 }] : [];
}

/** An expression's text between its braces, on one line and shortened, to name it in a message. */
function writtenExpression(source: string, at: AnyNode['position']): string {
  const text = source.slice((at?.start.offset ?? 0) + 1, (at?.end?.offset ?? 1) - 1).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** An attribute's value when it is written out as text (one in braces is known only when the page runs). */
/** An element's named attributes in the order written, each with its text, the estree of its value in braces, or null (a name alone). */
function writtenAttributesOf(node: AnyNode): Array<[string, string | null | { estree: unknown }]> {
  return (node.attributes ?? []).flatMap((attribute): Array<[string, string | null | { estree: unknown }]> => {
    if (attribute.type !== 'mdxJsxAttribute') return [];
    const { value } = attribute;
    return [[String(attribute.name), typeof value === 'string' ? value : value === null || value === undefined ? null : { estree: (value as AnyNode).data?.estree }]];
  });
}

function writtenAttribute(node: AnyNode, name: string): string | undefined {
  const attribute = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/**
 * The address a <Link> collects, where the page writes it: Link goes to `to`, or to `href` when
 * `to` is missing or empty (a prop written twice is its last one). One in braces is known only
 * when the page runs, and so is an address after a `to` in braces.
 */
function linkTargetsOf(node: AnyNode, start: { line: number; column: number }): NonNullable<MdxFacts['jsxLinks']> {
  const prop = (name: string) => node.attributes?.filter((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name).at(-1);
  // `data-noBrokenLinkCheck` set to anything true leaves the address out of the build's check.
  const unchecked = prop('data-noBrokenLinkCheck');
  if (unchecked && truthOf(unchecked.value) !== false) return [];
  const to = prop('to');
  const toTruth = to ? truthOf(to.value) : false;
  if (toTruth === undefined || (toTruth && typeof to!.value !== 'string')) return [];
  const target = toTruth ? to : prop('href');
  if (!target || typeof target.value !== 'string') return [];
  // Link collects no address that opens in another target (a new tab): the build never checks it.
  // A same-page anchor it collects all the same; a target in braces is known only when the page runs.
  const opens = prop('target');
  if (opens && opens.value !== '_self' && opens.value !== '' && !target.value.startsWith('#')) return [];
  const at = target.position?.start ?? start;
  return [{ url: target.value, line: at.line, column: at.column }];
}

/**
 * The hrefs written as text in a component's `item` or `items` prop, wherever they sit in the
 * object or list written there (`item={{type: 'link', href: '/x'}}`, `items={[{…}, {…}]}`): the
 * theme's DocCard links each card to its item's href. Which component it is, the rule asks of
 * the page's imports (rules/links.ts).
 */
function cardHrefsOf(node: AnyNode): NonNullable<MdxFacts['cardLinks']> {
  const found: NonNullable<MdxFacts['cardLinks']> = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.name !== 'item' && attribute.name !== 'items')) continue;
    walkEstree((attribute.value as AnyNode | undefined)?.data?.estree, (expression) => {
      if (expression.type !== 'Property' || expression.computed) return;
      const key = expression.key?.type === 'Identifier' ? expression.key.name : expression.key?.value;
      const value = expression.value;
      if (key !== 'href' || value?.type !== 'Literal' || typeof value.value !== 'string') return;
      const at = value.loc?.start ?? { line: 1, column: 0 };
      found.push({ url: value.value, line: at.line, column: at.column + 1, component: node.name! });
    });
  }
  return found;
}

/** Whether a prop's value is true to JavaScript: written alone, as text, or as a literal in braces; undefined when only running the page tells. */
function truthOf(value: unknown): boolean | undefined {
  if (value === null || value === undefined) return true; // `<Link data-noBrokenLinkCheck>`
  if (typeof value === 'string') return value !== '';
  const body = ((value as AnyNode).data?.estree as { body?: Array<{ type: string; expression?: { type: string; value?: unknown } }> } | undefined)?.body;
  const expression = body?.length === 1 && body[0].type === 'ExpressionStatement' ? body[0].expression : undefined;
  return expression?.type === 'Literal' ? Boolean(expression.value) : undefined;
}

/** What React refuses in an HTML element of the page (a component decides for itself). */
function renderRefusalsOf(node: AnyNode, tag: string, start: { line: number; column: number }): MdxRenderRefusal[] {
  const refusals: MdxRenderRefusal[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !OBJECT_PROPS.has(attribute.name)) continue;
    // A value in braces is JavaScript, whose type is known only when the page runs, unless it is text written out.
    const inBraces = attribute.value !== null && typeof attribute.value !== 'string';
    if (inBraces && !isTextLiteral((attribute.value as AnyNode).data?.estree)) continue;
    const at = attribute.position?.start ?? start;
    refusals.push({ kind: attribute.name === 'style' ? 'text-style' : 'text-inner-html', tag, line: at.line, column: at.column, ...(inBraces ? { inBraces: true as const } : {}) });
  }
  if (VOID_ELEMENTS.has(tag) && (node.children?.length ?? 0) > 0) refusals.push({ kind: 'void-children', tag, line: start.line, column: start.column });
  if (tag === 'head' && node.type === 'mdxJsxFlowElement') refusals.push(...headRefusalsOf(node));
  if (VALUE_ELEMENTS.has(tag) && refusals.length === 0) refusals.push(...valueElementRefusalsOf(node, tag, start));
  // A `<head>` is Head's, which takes none of its props to React.
  else if (refusals.length === 0 && tag !== 'head') refusals.push(...innerHtmlRefusalsOf(node, tag, start));
  return refusals;
}

/**
 * What React refuses in an element given an inner HTML in braces: content beside it (or any
 * at all on a void element), and an object written out without an `__html` key.
 */
function innerHtmlRefusalsOf(node: AnyNode, tag: string, start: { line: number; column: number }): MdxRenderRefusal[] {
  const innerHtml = (node.attributes ?? []).filter((found) => found.type === 'mdxJsxAttribute' && found.name === 'dangerouslySetInnerHTML').at(-1);
  if (!isSet(innerHtml)) return [];
  const at = { tag, line: start.line, column: start.column };
  const children = childrenAsGiven(node);
  if (VOID_ELEMENTS.has(tag) || (children.length > 0 && !mayBeNoChild(children))) return [{ kind: 'inner-html-children', ...at }];
  const estree = (innerHtml!.value as AnyNode).data?.estree as { body?: Array<{ expression?: { type: string; properties?: Array<{ type: string; computed?: boolean; key?: { type: string; name?: string; value?: unknown } }> } }> } | undefined;
  const object = estree?.body?.length === 1 ? estree.body[0].expression : undefined;
  if (object?.type !== 'ObjectExpression') return [];
  const hasHtml = object.properties!.some(({ type, computed, key }) => type !== 'Property' || computed || (key?.type === 'Identifier' ? key.name : key?.value) === '__html');
  return hasHtml ? [] : [{ kind: 'inner-html-shape', ...at }];
}

/** An element's children as the compiler hands them to React: a comment is none, and white space between the blocks of an element over lines is dropped. */
const childrenAsGiven = (node: AnyNode) =>
  (node.type === 'mdxJsxFlowElement' ? unraveledChildren(node) : node.children ?? [])
    .filter((child) => !isComment(child) && !(node.type === 'mdxJsxFlowElement' && child.type === 'text' && /^[\t\r\n ]*$/.test(String(child.value))));

/** One expression alone may give null, which is no child: unless it is written out, only JavaScript running knows. */
const mayBeNoChild = (children: AnyNode[]) =>
  children.length === 1 && (children[0].type === 'mdxTextExpression' || children[0].type === 'mdxFlowExpression') && !isWrittenOut(children[0].data?.estree);

/**
 * What React refuses in an element whose content is its value (`<textarea>`), in the order it
 * looks: an inner HTML, then children beside a value, then more than one child (childrenAsGiven).
 */
function valueElementRefusalsOf(node: AnyNode, tag: string, start: { line: number; column: number }): MdxRenderRefusal[] {
  // A prop written twice is the last one written.
  const attribute = (name: string) => (node.attributes ?? []).filter((found) => found.type === 'mdxJsxAttribute' && found.name === name).at(-1);
  const at = { tag, line: start.line, column: start.column };
  if (isSet(attribute('dangerouslySetInnerHTML'))) return [{ kind: 'value-inner-html', ...at }];
  const children = childrenAsGiven(node);
  if (children.length === 0) return [];
  const unsure = mayBeNoChild(children);
  if (!unsure && (isSet(attribute('value')) || isSet(attribute('defaultValue')))) return [{ kind: 'value-beside-children', ...at }];
  return children.length > 1 ? [{ kind: 'value-children', ...at }] : [];
}

/** Whether a prop is surely given (not null nor undefined): bare, quoted, or written out in braces. */
function isSet(attribute: AnyNode | undefined): boolean {
  if (!attribute) return false;
  return attribute.value === null || typeof attribute.value === 'string' || isWrittenOut((attribute.value as AnyNode).data?.estree);
}

/** Whether an expression is a value written out, surely not null nor undefined: a string, a number, an object, a list, a function, JSX. */
function isWrittenOut(estree: unknown): boolean {
  const body = (estree as { body?: Array<{ expression?: { type: string; value?: unknown } }> } | undefined)?.body;
  const expression = body?.length === 1 ? body[0].expression : undefined;
  if (!expression) return false;
  if (expression.type === 'Literal') return expression.value !== null;
  return WRITTEN_OUT.has(expression.type);
}

const WRITTEN_OUT = new Set(['TemplateLiteral', 'ObjectExpression', 'ArrayExpression', 'ArrowFunctionExpression', 'FunctionExpression', 'JSXElement', 'JSXFragment']);

/** A comment in braces: an expression of nothing, which the compiler leaves out. */
const isComment = (node: AnyNode) => (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && ((node.data?.estree as { body?: unknown[] } | undefined)?.body?.length ?? 0) === 0;

/** Whether an attribute's expression is text written out: a quoted string or a template. */
function isTextLiteral(estree: unknown): boolean {
  const body = (estree as { body?: Array<{ type: string; expression?: { type: string; value?: unknown } }> } | undefined)?.body;
  const expression = body?.length === 1 && body[0].type === 'ExpressionStatement' ? body[0].expression : undefined;
  return (expression?.type === 'Literal' && typeof expression.value === 'string') || expression?.type === 'TemplateLiteral';
}

/** What a `<head>` holds that Docusaurus's Head cannot render: an element not in HEAD_ELEMENTS, a component, text. */
function headRefusalsOf(head: AnyNode): MdxRenderRefusal[] {
  const refusals: MdxRenderRefusal[] = [];
  for (const child of unraveledChildren(head)) {
    const start = child.position?.start ?? { line: 1, column: 1 };
    if (child.type === 'mdxFlowExpression') {
      if (((child.data?.estree as { body?: unknown[] } | undefined)?.body?.length ?? 0) === 0) continue; // a comment renders nothing
      return []; // JavaScript: what it renders is known when the page runs
    }
    const isElement = child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement';
    if (isElement && child.name && TEXT_HEAD_ELEMENTS.has(child.name)) {
      // Text, or JavaScript that may give text: fine; a paragraph (content over lines) or an element is not.
      const holdsMore = (child.children ?? []).some((inner) => inner.type !== 'text' && inner.type !== 'mdxTextExpression' && inner.type !== 'mdxFlowExpression');
      if (holdsMore) refusals.push({ kind: 'head-text-only', tag: child.name, line: start.line, column: start.column });
      continue;
    }
    if (isElement && (!child.name || HEAD_ELEMENTS.has(child.name))) continue; // a fragment is fine too
    refusals.push({ kind: 'head-child', tag: isElement ? child.name! : child.type === 'paragraph' ? 'p' : child.type, line: start.line, column: start.column });
  }
  return refusals;
}

// ---- Syntax errors -----------------------------------------------------------------------


/**
 * Where the error is. An unclosed tag is reported at the block it fails to close in (for a
 * block at the top, nowhere: the whole document); its message names the tag's own place,
 * which is where the writer has to act.
 */
export function errorPosition(message: { line?: number; column?: number; place?: { start?: { line: number; column: number } } }, reason: string) {
  const tag = /^Expected a closing tag for `<[^`]*>` \((\d+):(\d+)-/.exec(reason);
  if (tag) return { line: Number(tag[1]), column: Number(tag[2]) };
  const start = message.place && 'start' in message.place ? message.place.start : (message.place as { line: number; column: number } | undefined);
  return { line: message.line ?? start?.line ?? 1, column: message.column ?? start?.column ?? 1 };
}

/** The parser's error as a fact: where, the parser's words, and what kind of mistake the text shows there. */
function syntaxErrorOf(error: unknown, source: string): MdxSyntaxError {
  const message = error as { reason?: string; message?: string; line?: number; column?: number; place?: { start?: { line: number; column: number } }; source?: string };
  const reason = String(message.reason ?? message.message ?? error).split('\n')[0];
  const { line, column } = errorPosition(message, reason);
  const at = { line, column, reason };
  const lineText = source.split('\n')[line - 1] ?? '';
  // The `<` that opened the tag the parser stopped in, on this line.
  const lt = lineText.lastIndexOf('<', column - 1);
  const fromLt = lt >= 0 ? lineText.slice(lt) : '';
  const tagName = /^Expected a closing tag for `<([^\s>`]+)/.exec(reason)?.[1] ?? /^Expected the closing tag `<\/([^\s>`]+)/.exec(reason)?.[1];
  const kind = ((): MdxErrorKind => {
    if (tagName) return VOID_ELEMENTS.has(tagName.toLowerCase()) ? 'void-tag' : 'unclosed-tag';
    if (/^<\d/.test(fromLt) || /^Unexpected character `\d`/.test(reason)) return 'lt-before-digit';
    if (/^<[a-z][a-z\d+.-]*:/i.test(fromLt) || /^<[^\s<>@]+@[^\s<>@]+>/.test(fromLt)) return 'autolink';
    if (/closing brace|Unexpected end of file in expression|Unexpected end of file in comment/i.test(reason)) return 'unclosed-expression';
    if (message.source === 'micromark-extension-mdxjs-esm' || /import\/exports?/.test(reason)) return 'esm';
    if (message.source === 'micromark-extension-mdx-expression' || /acorn/i.test(reason)) return 'expression';
    return 'other';
  })();
  return tagName ? { ...at, kind, tag: tagName } : { ...at, kind };
}
