/**
 * JavaScript in MDX read without the whole MDX parser, by the same code the parser reads it
 * with: acorn with JSX and the options micromark-extension-mdxjs gives it, through
 * micromark-util-events-to-acorn (which decides what an empty expression is, what may follow
 * an expression, and where each node is). mdx-simple.ts reads a page's plainest parts with it;
 * tests/unit/mdx-simple.test.ts holds the answers to the parser's. Loaded on first need.
 */
import { Parser } from 'acorn';
import acornJsx from 'acorn-jsx';
import { eventsToAcorn } from 'micromark-util-events-to-acorn';
import type {} from 'micromark-extension-mdxjs-esm'; // its token types
import type { DeferredReads, MdxExport, MdxFacts, MdxFreeName, ModuleImport } from '../model/site.ts';
import { topLevelHookCalls } from './mdx-hooks.ts';
import { isBlankLine } from './page-lines.ts';
import { freeNamesOf, renderedNameOf, type RenderedName } from './mdx-names.ts';
import { esmBindings, importedNamesOf } from './mdx-imports.ts';
import { deferredOf, newDeferredLog } from './mdx-deferred.ts';
import { walkEstree } from './estree-walk.ts';

type Events = Parameters<typeof eventsToAcorn>[0];
type Point = NonNullable<Parameters<typeof eventsToAcorn>[1]['start']>;
type Estree = Parameters<typeof freeNamesOf>[0];

// micromark-extension-mdxjs's defaults, which remark-mdx keeps.
const acorn = Parser.extend(acornJsx());
const acornOptions = { ecmaVersion: 2024, sourceType: 'module' } as const;

/**
 * The `{…}` expression that starts at `at` on one line of text (line `lineNumber`): where it
 * ends, the names it needs, and whether it writes JSX (holdsJsx). micromark ends an expression
 * at the first `}` where acorn reads all before it as one expression (or nothing but comments),
 * whatever braces come before. When no `}` on the line does, the expression goes on to later
 * lines, or is an error: undefined, for the parser to say. A line with a tab or a carriage return is not read here: micromark
 * counts a tab's columns to the next tab stop and ends a line at a carriage return, so the
 * places would differ.
 */
export function expressionAt(line: string, at: number, lineNumber: number): ({ end: number; names: MdxFreeName[]; jsx: boolean } & RenderedName) | undefined {
  if (line.includes('\t') || line.includes('\r')) return undefined;
  const start = { line: lineNumber, column: at + 2, offset: at + 1 } as Point;
  for (let close = line.indexOf('}', at + 1); close !== -1; close = line.indexOf('}', close + 1)) {
    const source = line.slice(at + 1, close);
    const result = eventsToAcorn(eventsOf('mdxTextExpressionChunk', source, start), {
      acorn, acornOptions, tokenTypes: ['mdxTextExpressionChunk'], start, expression: true, allowEmpty: true,
    });
    if (result.error) continue; // micromark goes on to the next `}`
    return { end: close + 1, names: result.estree ? freeNamesOf(result.estree as Estree) : [], jsx: holdsJsx(result.estree), ...renderedNameOf(result.estree) };
  }
  return undefined;
}

/**
 * The `{…}` expression that starts a line of its own at the block level (`lines[from]`, with
 * nothing but spaces before the `{`) and goes on over later lines, up to `to`: the line it ends
 * on, the names it needs, and whether it writes JSX. As micromark reads one: each later line
 * loses up to two spaces of indentation, and after the `}` that ends it only spaces may follow
 * (anything else makes it text, which reads differently). Undefined where this is not surely what the parser reads.
 */
export function flowExpressionAt(lines: string[], from: number, to: number, lineNumber: number): ({ endLine: number; names: MdxFreeName[]; jsx: boolean } & RenderedName) | undefined {
  const events: Events = [];
  const afterBrace = { line: lineNumber, column: lines[from].indexOf('{') + 2, offset: 0 } as Point;
  let previous: Point | undefined; // where the last line's text ended: its line ending starts there
  for (let index = from; index < to; index++) {
    const line = lines[index];
    if (line.includes('\t') || line.includes('\r')) return undefined;
    const skip = index === from ? line.indexOf('{') + 1 : Math.min(2, /^ */.exec(line)![0].length);
    const text = line.slice(skip);
    const start = { line: lineNumber + index - from, column: skip + 1, offset: 0 } as Point;
    if (previous) events.push(...eventsOf('lineEnding', '\n', previous));
    for (let close = text.indexOf('}'); close !== -1; close = text.indexOf('}', close + 1)) {
      const chunk = close > 0 ? eventsOf('mdxFlowExpressionChunk', text.slice(0, close), start) : [];
      const result = eventsToAcorn([...events, ...chunk], { acorn, acornOptions, tokenTypes: ['mdxFlowExpressionChunk'], start: afterBrace, expression: true, allowEmpty: true });
      if (result.error) continue;
      if (!isBlankLine(text.slice(close + 1))) return undefined; // only spaces and tabs may follow
      return { endLine: index, names: result.estree ? freeNamesOf(result.estree as Estree) : [], jsx: holdsJsx(result.estree), ...renderedNameOf(result.estree) };
    }
    if (text !== '') events.push(...eventsOf('mdxFlowExpressionChunk', text, start));
    previous = { line: start.line, column: skip + text.length + 1, offset: 0 } as Point;
  }
  return undefined;
}

/**
 * The `{…}` value of a JSX attribute that starts at `lines[from][at]` and may go on over later
 * lines, up to `to`: where it ends (the line, and the index after its `}` there), the names it
 * needs, its tree, and whether it writes JSX. Read as micromark-extension-mdx-jsx reads one in a
 * tag at the block level: like an expression over lines (each later line loses up to two spaces
 * of indentation), except that an empty one is an error. Undefined where this is not surely what the parser reads.
 * `component`: the tag's, which its functions are given to (mdx-names.ts, passedFunctions).
 */
export function attributeExpressionAt(lines: string[], from: number, at: number, to: number, lineNumber: number, component: string): { endLine: number; end: number; names: MdxFreeName[]; estree: unknown; jsx: boolean } | undefined {
  const events: Events = [];
  const afterBrace = { line: lineNumber, column: at + 2, offset: 0 } as Point;
  let previous: Point | undefined;
  for (let index = from; index < to; index++) {
    const line = lines[index];
    if (line.includes('\t') || line.includes('\r')) return undefined;
    const skip = index === from ? at + 1 : Math.min(2, /^ */.exec(line)![0].length);
    const text = line.slice(skip);
    const start = { line: lineNumber + index - from, column: skip + 1, offset: 0 } as Point;
    if (previous) events.push(...eventsOf('lineEnding', '\n', previous));
    for (let close = text.indexOf('}'); close !== -1; close = text.indexOf('}', close + 1)) {
      const chunk = close > 0 ? eventsOf('mdxFlowExpressionChunk', text.slice(0, close), start) : [];
      let result: ReturnType<typeof eventsToAcorn>;
      try {
        result = eventsToAcorn([...events, ...chunk], { acorn, acornOptions, tokenTypes: ['mdxFlowExpressionChunk'], start: afterBrace, expression: true, allowEmpty: false });
      } catch {
        return undefined; // an empty value, which the parser reports
      }
      if (result.error || !result.estree) continue;
      return { endLine: index, end: skip + close + 1, names: freeNamesOf(result.estree as Estree, { passedTo: component }), estree: result.estree, jsx: holdsJsx(result.estree) };
    }
    if (text !== '') events.push(...eventsOf('mdxFlowExpressionChunk', text, start));
    previous = { line: start.line, column: skip + text.length + 1, offset: 0 } as Point;
  }
  return undefined;
}

/**
 * Whether an expression writes JSX (`{<Next />}`, `{xs.map(() => <Two />)}`): what that renders
 * is the parser's to say (mdx-parse.ts, expressionComponents).
 */
function holdsJsx(estree: unknown): boolean {
  let found = false;
  walkEstree(estree, (node) => {
    if (node.type === 'JSXElement' || node.type === 'JSXFragment') found = true;
    return !found;
  });
  return found;
}

/** The events micromark would give eventsToAcorn for one chunk of text of `type` at `start`. */
function eventsOf(type: string, text: string, start: Point): Events {
  const end = { ...start, column: start.column + text.length, offset: start.offset + text.length };
  const token = { type, start, end };
  const context = { sliceStream: () => [text] };
  return [['enter', token, context], ['exit', token, context]] as unknown as Events;
}

/** What an ESM block holds, as the parse of the page gives it. */
export interface EsmFacts {
  imports: ModuleImport[];
  exported: MdxExport[];
  bound: string[];
  freeNames: MdxFreeName[];
  /** The local names its imports bind: ESM after it may not bind them again. */
  importedNames: string[];
  /** Names its code reads that its top level binds (its own imports, or those of `defined`). */
  readBound: string[];
  /** Hooks it calls outside every function (mdx-hooks.ts). */
  hooks: NonNullable<MdxFacts['topLevelHooks']>;
  /** Where it reads the names it binds, and what only its functions read (mdx-deferred.ts). */
  deferred?: DeferredReads;
}

// The statements micromark-extension-mdxjs-esm accepts.
const ESM_STATEMENTS = new Set(['ExportAllDeclaration', 'ExportDefaultDeclaration', 'ExportNamedDeclaration', 'ImportDeclaration']);

/**
 * The ESM block of `lines` (each starting in column 1, none blank; the first on line
 * `lineNumber`), read as micromark-extension-mdxjs-esm reads one that ends at a blank line or
 * the end of the text: after `var` declarations of the names earlier imports bind (`defined`),
 * so that binding one again is an error. Undefined when acorn fails (an error, or a block that
 * goes on past the blank line) or a statement is not an import or export: the parser's to say.
 * Lines with a tab or a carriage return are not read here, as their places would differ.
 */
export function esmFacts(lines: string[], lineNumber: number, defined: readonly string[]): EsmFacts | undefined {
  if (lines.some((line) => line.includes('\t') || line.includes('\r'))) return undefined;
  const prefix = defined.length > 0 ? `var ${defined.join(',')}\n` : '';
  const events: Events = [];
  let offset = 0;
  lines.forEach((line, index) => {
    if (index > 0) events.push(...eventsOf('lineEnding', '\n', { line: lineNumber + index - 1, column: lines[index - 1].length + 1, offset: offset - 1 } as Point));
    events.push(...eventsOf('mdxjsEsmData', line, { line: lineNumber + index, column: 1, offset } as Point));
    offset += line.length + 1;
  });
  const result = eventsToAcorn(events, { acorn, acornOptions: { ...acornOptions, locations: true }, tokenTypes: ['mdxjsEsmData'], prefix });
  if (result.error || !result.estree) return undefined;
  const program = result.estree as unknown as Estree & { body: Array<{ type: string }> };
  if (prefix) program.body.shift();
  if (!program.body.every((statement) => ESM_STATEMENTS.has(statement.type))) return undefined;
  const { imports, bound, exported } = esmBindings(program);
  const readBound = new Set<string>();
  const deferred = newDeferredLog();
  const freeNames = freeNamesOf(program, { topLevel: readBound, deferred, esm: true });
  return { imports, bound, exported, freeNames, importedNames: program.body.flatMap(importedNamesOf), readBound: [...readBound], hooks: topLevelHookCalls(program as never), ...deferredOf(deferred) };
}
