/**
 * The MDX facts of a text. Most pages hold no MDX syntax at all: MDX can only fail, or use a
 * name, where the text has a `<`, a `{`, or a line starting with `import`/`export` (the only
 * ways into JSX, expressions and ESM; tests/unit/mdx-differential.test.ts checks this against
 * Docusaurus's compiler). Those texts skip the parser, whose stack is loaded only when a text
 * needs it.
 */
import type { MdxFacts, Position } from '../model/site.ts';

const MAY_HOLD_MDX = /[<{]|^[ \t]*(?:import|export)\b/m;
const FRONT_MATTER_OPENING = /^---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSING = /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export const mayHoldMdx = (text: string): boolean => MAY_HOLD_MDX.test(text);

export function mdxFactsOf(text: string): MdxFacts {
  const facts: MdxFacts = { parsed: false, freeNames: [], imports: [], bound: [] };
  const nul = text.indexOf('\0');
  if (nul >= 0) return { ...facts, binaryAt: positionAt(text, nul) }; // not a text: parsing it only yields noise
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) facts.replacementCharAt = positionAt(text, replacement);
  if (FRONT_MATTER_OPENING.test(text) && !FRONT_MATTER_CLOSING.test(text.slice(3))) facts.unclosedFrontMatterAt = { line: 1, column: 1 };
  if (!mayHoldMdx(text)) return facts;
  return { ...facts, ...loadParser()(text), parsed: true };
}

/** 1-based line and column of an offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// The unified/micromark MDX stack and acorn take a while to load: only when a text needs them.
let parser: typeof import('./mdx-parse.ts').parseMdx | undefined;
function loadParser() {
  parser ??= (require('./mdx-parse.ts') as typeof import('./mdx-parse.ts')).parseMdx;
  return parser;
}
