/**
 * The value of a JavaScript expression written out as data, read from its estree without running
 * it: objects, lists, text, numbers, booleans and null, nested as deep as they go. Anything the
 * page computes (a name, a call, a spread, a computed key, a template with `${…}`) makes the
 * whole value unknown: the check then judges nothing from it. The values are JSON, so records
 * can store them.
 */
import type { StaticValue } from '../model/site.ts';

/** `{ value }` when the expression is data written out; undefined when the page computes it. */
export function staticValueOf(node: any): { value: StaticValue } | undefined {
  const value = valueOf(node, 0);
  return value === UNKNOWN ? undefined : { value };
}

/**
 * The props of an element given a text, by name, from its attributes in the order written (a
 * name with its value: a text, or the estree of a value in braces; null for a name alone). A
 * value in braces counts when it is text written out (`{'HashMap'}`); the last one written of a
 * name wins, as in JSX. Undefined when none.
 */
export function writtenTexts(attributes: Iterable<[name: string, value: string | null | { estree: unknown }]>): Record<string, string> | undefined {
  const texts = new Map<string, string>();
  for (const [name, value] of attributes) {
    const text = typeof value === 'string' ? value : value === null ? undefined : staticValueOf(expressionOf(value.estree))?.value;
    if (typeof text === 'string') texts.set(name, text);
    else texts.delete(name);
  }
  // fromEntries defines each key as the object's own, `__proto__` too.
  return texts.size > 0 ? Object.fromEntries(texts) : undefined;
}

/** The one expression a program of a value in braces holds, or undefined. */
function expressionOf(estree: unknown): unknown {
  const body = (estree as { body?: Array<{ type: string; expression?: unknown }> } | undefined)?.body;
  return body?.length === 1 && body[0].type === 'ExpressionStatement' ? body[0].expression : undefined;
}

/** Whether React refuses to render a value: an object, or a list holding one (it renders text, numbers and lists of them). */
export const holdsObject = (value: unknown): boolean =>
  Array.isArray(value) ? value.some(holdsObject) : value !== null && typeof value === 'object';

const UNKNOWN = Symbol('unknown');
// Deeper than any data a page writes by hand; past it the value is taken as unknown.
const MAX_DEPTH = 32;

function valueOf(node: any, depth: number): StaticValue | typeof UNKNOWN {
  if (!node || depth > MAX_DEPTH) return UNKNOWN;
  switch (node.type) {
    case 'Literal':
      // A regular expression or a bigint is no JSON value.
      return node.regex || node.bigint !== undefined || (typeof node.value === 'number' && !Number.isFinite(node.value)) ? UNKNOWN : node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((quasi: any) => quasi.value.cooked).join('') : UNKNOWN;
    case 'UnaryExpression':
      return node.operator === '-' && node.argument?.type === 'Literal' && typeof node.argument.value === 'number' ? -node.argument.value : UNKNOWN;
    case 'ArrayExpression': {
      const items: StaticValue[] = [];
      for (const element of node.elements) {
        const item = element === null ? UNKNOWN : valueOf(element, depth + 1); // a hole is undefined
        if (item === UNKNOWN) return UNKNOWN;
        items.push(item);
      }
      return items;
    }
    case 'ObjectExpression': {
      const object: Record<string, StaticValue> = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init' || property.method) return UNKNOWN;
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
        // `__proto__: …` sets the prototype, not a key.
        if (key === undefined || key === '__proto__') return UNKNOWN;
        const item = valueOf(property.value, depth + 1);
        if (item === UNKNOWN) return UNKNOWN;
        object[key] = item;
      }
      return object;
    }
    default:
      return UNKNOWN;
  }
}
