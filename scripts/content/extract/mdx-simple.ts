/**
 * The MDX facts of a segment whose only MDX is simple JSX tags, found without the parser. Most
 * segments that reach the MDX parser on real pages hold nothing but `<br />`, `<strong>…</strong>`,
 * `<a href="…">…</a>` or `<Vars name="…" />`: for those the answer is known from the tags alone.
 * No syntax error, no import, and a free name for each component tag.
 *
 * It answers only where that is surely what the parser says, and otherwise gives undefined (the
 * parser then runs). A line with a tag answers only when:
 * - every `<` on it starts a complete tag of a plain form: a name of ASCII letters and digits,
 *   attributes with quoted values that hold no `<`, `>`, `{`, `}`, `|`, `\` or line break;
 * - its tags are balanced on the line (each element closes on the line where it opens), so no
 *   element spans lines, paragraphs or containers;
 * - it holds no backtick, bracket, backslash or `{`, so no code span, link, escape or
 *   expression can change what a `<` is; and where an element has children, no `*`, `_` or `~`
 *   outside the tags, whose emphasis could cross the element's bounds.
 * The segment must hold no import or export line nor directive container, and fenced code in
 * column 0 is skipped as code. tests/unit/mdx-simple.test.ts holds it to the parser.
 */
import type { MdxFacts, MdxFreeName } from '../model/site.ts';
import { componentOf } from './mdx-names.ts';

type Facts = Pick<MdxFacts, 'freeNames' | 'imports' | 'bound'>;

const ATTRIBUTE = String.raw`\s+[A-Za-z_][\w-]*(?:=(?:"[^"<>{}|\\\n]*"|'[^'<>{}|\\\n]*'))?`;
/** One tag at the start of the text: `<name attrs>`, `<name attrs />` or `</name>`. */
const TAG = new RegExp(String.raw`^<(?:([A-Za-z][A-Za-z0-9]*)((?:${ATTRIBUTE})*)\s*(\/?)>|\/([A-Za-z][A-Za-z0-9]*)>)`);
const ESM = /^(?:import|export)\b/m;
/** A directive container's fence: its end also ends a code fence inside it, which is not followed here. */
const DIRECTIVE = /^[ \t]*:{3,}/m;
const UNSURE = /[`[\]\\{]|<!/;
const EMPHASIS = /[*_~]/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;

/** Facts of `text` (a segment; its first line is line 1), or undefined when the parser must say. */
export function simpleSegmentFacts(text: string): Facts | undefined {
  if (ESM.test(text) || DIRECTIVE.test(text) || text.includes('{')) return undefined;
  const freeNames: MdxFreeName[] = [];
  const lines = text.split('\n');
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (fence) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(line);
      if (closing && closing[1][0] === fence[0] && closing[1].length >= fence.length) fence = undefined;
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      if (opening[1][0] === '`' && opening[2].includes('`')) return undefined;
      fence = opening[1];
      continue;
    }
    if (!line.includes('<')) continue;
    if (UNSURE.test(line)) return undefined;
    const names = tagsOn(line, index + 1);
    if (!names) return undefined;
    freeNames.push(...names);
  }
  return { freeNames, imports: [], bound: [] };
}

/** The component names the tags of one line use, or undefined when the line is not plain. */
function tagsOn(line: string, lineNumber: number): MdxFreeName[] | undefined {
  const names: MdxFreeName[] = [];
  const open: string[] = [];
  let children = false;
  let text = ''; // the line outside its tags
  let textFrom = 0;
  for (let at = line.indexOf('<'); at !== -1; at = line.indexOf('<', at + 1)) {
    const tag = TAG.exec(line.slice(at));
    if (!tag) return undefined;
    const [whole, name, , selfClosing, closing] = tag;
    if (closing !== undefined) {
      if (open.pop() !== closing) return undefined;
    } else {
      const component = componentOf(name);
      if (component) names.push({ name: component, usage: 'component', line: lineNumber, column: at + 1 });
      if (selfClosing !== '/') {
        open.push(name);
        children = true;
      }
    }
    text += line.slice(textFrom, at);
    textFrom = at + whole.length;
    at += whole.length - 1;
  }
  text += line.slice(textFrom);
  if (open.length > 0 || (children && EMPHASIS.test(text))) return undefined;
  return names;
}
