/**
 * How a page uses Docusaurus's `<Tabs>` and `<TabItem>`, as far as the theme refuses it when it
 * renders the page (theme-common's tabsUtils): every child of `<Tabs>` must be an element with
 * a `value` (a paragraph, a code block or a heading directly inside it is refused), values must
 * differ, a written `defaultValue` must be one of them, a `<Tabs>` needs a child, and a
 * `<TabItem>` needs a `<Tabs>` around it. A `values` prop written as a list takes the children's
 * place for the values. `queryString` on its own needs a `groupId`. The facts name the elements
 * as the page writes them (`Tabs`, `TabItem`); the mdx-render rule judges them only where the
 * page imports those names from `@theme/Tabs` and `@theme/TabItem`. Read from the MDX parse (mdx-parse.ts); the tags-alone
 * reader (mdx-simple.ts) answers only for `<Tabs>` it can see are fine.
 */
import type { TabsFinding, TextSpan } from '../model/site.ts';
import { unraveledChildren } from './mdx-unravel.ts';
import { componentOf } from './mdx-names.ts';

type Node = {
  type: string;
  name?: string | null;
  position?: { start: { line: number; column: number }; end?: { line: number; column: number } };
  attributes?: Array<{ type: string; name?: string; value?: unknown; position?: { start: { line: number; column: number } } }>;
  children?: Node[];
  data?: { estree?: { body?: unknown[] } };
};

const isElement = (node: Node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const startOf = (node: Node) => {
  const start = node.position?.start ?? { line: 1, column: 1 };
  return { line: start.line, column: start.column };
};

/** Findings of a parsed text's tabs, in the order of the text. */
export function tabsFindingsOf(tree: Node): TabsFinding[] {
  const findings: TabsFinding[] = [];
  // `inside`: within a <Tabs>, or within another component, which may render a <Tabs> around it.
  const visit = (node: Node, inside: boolean) => {
    if (isElement(node) && node.name === 'TabItem' && !inside) findings.push({ kind: 'item-outside', ...startOf(node) });
    const isTabs = isElement(node) && node.name === 'Tabs';
    if (isTabs && node.type === 'mdxJsxFlowElement') findings.push(...tabsElementFindings(node));
    const isComponent = isElement(node) && typeof node.name === 'string' && componentOf(node.name) !== undefined;
    for (const child of node.children ?? []) visit(child, inside || isComponent);
  };
  visit(tree, false);
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** What the theme refuses in one `<Tabs>` at the block level. */
function tabsElementFindings(tabs: Node): TabsFinding[] {
  const attribute = (name: string) => tabs.attributes?.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
  if (tabs.attributes?.some((item) => item.type !== 'mdxJsxAttribute')) return []; // spread props: not the page's to say
  const group = attribute('groupId');
  // `queryString` alone (or {true}) names the search parameter after the groupId, and there is none.
  const queryString = attribute('queryString');
  const withoutGroup: TabsFinding[] = queryString && isTrue(queryString.value) && (!group || group.value === '') ? [{ kind: 'query-without-group', ...startOf(tabs) }] : [];
  const valuesProp = attribute('values');
  if (valuesProp) return [...withoutGroup, ...listedValuesFindings(tabs, valuesProp.value, attribute('defaultValue')?.value)];
  return [...withoutGroup, ...childrenFindings(tabs, attribute('defaultValue')?.value)];
}

/** An attribute that is true: written alone (`queryString`), or `{true}`. */
function isTrue(value: unknown): boolean {
  return value === null || value === undefined || literalOf(value) === true;
}

/** The value of an attribute's `{…}` when it is a literal (`{true}`, `{['a']}` is not one); undefined otherwise. */
function literalOf(value: unknown): unknown {
  const expression = expressionOf(value);
  return expression?.type === 'Literal' ? expression.value : undefined;
}

type Expression = { type: string; value?: unknown; elements?: Array<Expression | null>; properties?: Array<{ type: string; key?: Expression & { name?: string }; value?: Expression; computed?: boolean }>; expressions?: Expression[]; quasis?: Array<{ value?: { cooked?: string | null } }> };

function expressionOf(value: unknown): Expression | undefined {
  const body = (value as { data?: { estree?: { body?: Array<{ type: string; expression?: Expression }> } } } | null)?.data?.estree?.body;
  return body?.length === 1 && body[0].type === 'ExpressionStatement' ? body[0].expression : undefined;
}

/**
 * The values a `values={[{label: 'A', value: 'a'}, …]}` prop lists, as the theme reads them:
 * each item's `value` written as text; 'unknown' when some item's value is computed (then
 * nothing can be said); undefined when the prop is not a list written out. `program`: the
 * prop's expression, as acorn gives it.
 */
export function listedTabValues(program: unknown): string[] | 'unknown' | undefined {
  const list = expressionOf({ data: { estree: program } });
  if (list?.type !== 'ArrayExpression') return undefined;
  const values: string[] = [];
  for (const element of list.elements ?? []) {
    const property = element?.type === 'ObjectExpression' ? element.properties?.find((item) => item.type === 'Property' && !item.computed && (item.key?.name ?? item.key?.value) === 'value') : undefined;
    if (property?.value?.type !== 'Literal' || typeof property.value.value !== 'string') return 'unknown';
    values.push(property.value.value);
  }
  return values;
}

/** `<Tabs values={…}>` with the values written out: duplicates, none, and a defaultValue not among them. */
function listedValuesFindings(tabs: Node, written: unknown, defaultValue: unknown): TabsFinding[] {
  const values = listedTabValues((written as { data?: { estree?: unknown } } | null)?.data?.estree);
  if (values === undefined || values === 'unknown') return [];
  const findings: TabsFinding[] = [];
  const duplicate = values.find((value, i) => values.indexOf(value) !== i);
  if (duplicate !== undefined) findings.push({ kind: 'duplicate-value', value: duplicate, ...startOf(tabs) });
  if (values.length === 0) findings.push({ kind: 'no-items', ...startOf(tabs) });
  else if (typeof defaultValue === 'string' && defaultValue !== '' && !values.includes(defaultValue)) findings.push({ kind: 'unknown-default', value: defaultValue, values, ...startOf(tabs) });
  return findings;
}

/** The children's values: each child a <TabItem value="…">, values that differ, the defaultValue among them. */
function childrenFindings(tabs: Node, defaultValue: unknown): TabsFinding[] {
  const findings: TabsFinding[] = [];
  const values = new Set<string>();
  let known = true; // every child's value is written as text
  let items = 0;
  for (const child of unraveledChildren(tabs)) {
    if (child.type === 'mdxFlowExpression') {
      if ((child.data?.estree?.body?.length ?? 0) === 0) continue; // a comment renders nothing
      return []; // JavaScript: what it renders is known when the page runs
    }
    if (!isElement(child)) {
      findings.push({ kind: 'bad-child', child: childName(child), line: startOf(child).line, column: 1 });
      continue;
    }
    const value = child.attributes?.find((item) => item.type === 'mdxJsxAttribute' && item.name === 'value');
    if (!value) {
      findings.push({ kind: 'bad-child', child: child.name ?? 'fragment', line: startOf(child).line, column: startOf(child).column });
      continue;
    }
    items++;
    if (typeof value.value !== 'string') {
      known = false;
      continue;
    }
    if (values.has(value.value)) findings.push({ kind: 'duplicate-value', value: value.value, ...startOf(child) });
    values.add(value.value);
  }
  if (items === 0 && findings.length === 0) findings.push({ kind: 'no-items', ...startOf(tabs) });
  if (known && items > 0 && typeof defaultValue === 'string' && defaultValue !== '' && !values.has(defaultValue)) {
    findings.push({ kind: 'unknown-default', value: defaultValue, values: [...values], ...startOf(tabs) });
  }
  return findings;
}

/** How the theme names a child that is no element: the HTML element Markdown makes of it. */
function childName(node: Node): string {
  switch (node.type) {
    case 'paragraph': return 'p';
    case 'code': return 'pre';
    case 'heading': return 'h2';
    case 'list': return 'ul';
    case 'blockquote': return 'blockquote';
    case 'table': return 'table';
    case 'thematicBreak': return 'hr';
    case 'containerDirective': return 'Admonition';
    default: return node.type;
  }
}

/**
 * The tabs a `<Tabs lazy>` leaves out of the built page: the theme's TabItem renders nothing but
 * the selected tab when `lazy` is true, and the build renders each page once, with the tab
 * selected first (a written `defaultValue`, else the first `<TabItem default>`, else the first
 * tab). So what those tabs hold (headings, `<Link>`s) the build's link check never sees. Spans of
 * the text, in order; none for a `<Tabs>` whose `lazy`, `defaultValue`, values or children are
 * known only when the page runs. Each span names its element: whether the page imports it from
 * `@theme/Tabs` (as `Tabs`, or `MyTabs`) is the model's to say, which sees the page's imports.
 */
export function lazyHiddenTabsOf(tree: Node): Array<TextSpan & { tabs: string }> {
  const spans: Array<TextSpan & { tabs: string }> = [];
  const visit = (node: Node) => {
    if (isElement(node) && node.type === 'mdxJsxFlowElement' && /^[A-Z]/.test(node.name ?? '')) spans.push(...hiddenTabs(node).map((span) => ({ ...span, tabs: node.name! })));
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return spans;
}

function hiddenTabs(tabs: Node): TextSpan[] {
  if (tabs.attributes?.some((item) => item.type !== 'mdxJsxAttribute')) return []; // spread props
  const attribute = (node: Node, name: string) => node.attributes?.filter((item) => item.name === name).at(-1);
  const lazy = attribute(tabs, 'lazy');
  if (!lazy || truthOf(lazy.value) !== true) return [];
  const items: Array<{ value: string; isDefault: boolean | undefined; node: Node }> = [];
  for (const child of unraveledChildren(tabs)) {
    if (child.type === 'mdxFlowExpression' && (child.data?.estree?.body?.length ?? 0) === 0) continue; // a comment
    const value = isElement(child) ? attribute(child, 'value') : undefined;
    if (!value || typeof value.value !== 'string' || child.attributes?.some((item) => item.type !== 'mdxJsxAttribute')) return [];
    const isDefault = attribute(child, 'default');
    items.push({ value: value.value, isDefault: isDefault ? truthOf(isDefault.value) : false, node: child });
  }
  if (items.length === 0) return [];
  const defaultValue = attribute(tabs, 'defaultValue');
  const written = defaultValue ? truthOf(defaultValue.value) : false;
  const writtenText = defaultValue ? textOf(defaultValue.value) : undefined;
  if (written === undefined || (written && writtenText === undefined)) return [];
  let selected: string;
  if (written) selected = writtenText!;
  else {
    const firstDefault = items.findIndex(({ isDefault }) => isDefault !== false);
    if (firstDefault >= 0 && items[firstDefault].isDefault === undefined) return [];
    selected = items[firstDefault >= 0 ? firstDefault : 0].value;
  }
  return items.filter(({ value }) => value !== selected).flatMap(({ node }) => {
    const { start, end } = node.position ?? {};
    return start && end ? [{ line: start.line, column: start.column, endLine: end.line, endColumn: end.column }] : [];
  });
}

/** A prop's text: written as text, or as a string in braces (`defaultValue={"b"}`, ``{`b`}``). */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const expression = value === null || value === undefined ? undefined : expressionOf(value);
  if (expression?.type === 'Literal' && typeof expression.value === 'string') return expression.value;
  // A template literal with nothing interpolated is its text.
  return expression?.type === 'TemplateLiteral' && expression.expressions?.length === 0 ? expression.quasis?.[0]?.value?.cooked ?? undefined : undefined;
}

/** Whether a prop is true to JavaScript: written alone, as text, or as a literal in braces; undefined when only the running page knows. */
function truthOf(value: unknown): boolean | undefined {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value !== '';
  const expression = expressionOf(value);
  if (expression?.type === 'Literal') return Boolean(expression.value);
  const text = textOf(value);
  return text === undefined ? undefined : text !== '';
}
