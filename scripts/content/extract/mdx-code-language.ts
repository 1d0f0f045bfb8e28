/**
 * A `language` prop written as something other than text, on an element whose children are
 * text: `<CodeBlock language={42}>…</CodeBlock>`, or `<CodeBlock language>` (true). The classic
 * theme's CodeBlock renders text children with its string content, which lower-cases the
 * language (theme-common's codeBlockUtils, `language?.toLowerCase()`), and the build stops: a
 * number or a boolean has no toLowerCase. Text, null and an expression the page computes are
 * fine or unknown; element children go to another component that never reads the language.
 * Which element is the theme's CodeBlock is the rule's to say (rules/mdx-render.ts).
 */
import { staticValueOf } from './static-value.ts';
import { isEmptyExpression } from './mdx-translate.ts';

type Node = { type: string; name?: string | null; value?: unknown; data?: { estree?: any }; children?: Node[]; attributes?: Node[] };

/** What the element's `language` is given, in words ("the number 42", "true"), when it is no text and its children are. */
export function nonTextLanguageOf(element: Node): string | undefined {
  const attribute = element.attributes?.find((item) => item.type === 'mdxJsxAttribute' && item.name === 'language');
  if (!attribute) return undefined;
  const given = attribute.value === null || attribute.value === undefined ? 'true' : describeNonText(attribute.value as Node);
  return given !== undefined && hasTextChildren(element) ? given : undefined;
}

function describeNonText(value: Node): string | undefined {
  if (typeof value !== 'object' || value.type !== 'mdxJsxAttributeValueExpression') return undefined; // text
  const expression = onlyExpression(value);
  if (expression?.type === 'JSXElement' || expression?.type === 'JSXFragment') return 'an element';
  const known = staticValueOf(expression);
  if (!known || known.value === null || typeof known.value === 'string') return undefined;
  if (typeof known.value === 'number') return `the number ${known.value}`;
  if (typeof known.value === 'boolean') return String(known.value);
  return Array.isArray(known.value) ? 'a list' : 'an object';
}

/** Whether React hands the element one string: text and expressions that are text, at least one (MDX's children: extract/mdx-translate.ts). */
function hasTextChildren(element: Node): boolean {
  const children = (element.children ?? []).filter((child) => !isEmptyExpression(child));
  return children.length > 0 && children.every((child) => {
    if (child.type === 'text') return true;
    if (child.type !== 'mdxTextExpression' && child.type !== 'mdxFlowExpression') return false;
    const expression = onlyExpression(child);
    return expression?.type === 'TemplateLiteral' || (expression?.type === 'Literal' && typeof expression.value === 'string');
  });
}

function onlyExpression(node: Node): any {
  const body = node.data?.estree?.body;
  return body?.length === 1 && body[0].type === 'ExpressionStatement' ? body[0].expression : undefined;
}
