/**
 * GFM autolink literals (`www.…`, `http://…`, `https://…` in text) whose URL Docusaurus cannot
 * read (model/url-parse.ts): the build stops on them. Where a literal starts and ends depends on
 * what surrounds it (code, links, HTML, JSX), so the answer comes from a parse of the page with
 * GFM, as each of Docusaurus's two formats reads it. That parse is rare: a quick scan first
 * tries every place a literal could start and every place GFM could end it; only when one of
 * those readings cannot be read is the page parsed.
 */
import type { LiteralUrl, MdxFacts } from '../model/site.ts';
import { docusaurusReadsUrl } from '../model/url-parse.ts';
import { linesOutsideCode } from './mdx-prefilter.ts';
import { codeSpansOf, URL_LITERAL_START, URL_LITERAL_STARTS } from './code-spans.ts';
import { hasLoneCR, isBlankLine } from './page-lines.ts';

export type { LiteralUrl };

/** Literals Docusaurus cannot read, for each format. */
export type LiteralUrls = NonNullable<MdxFacts['unreadableUrls']>;

/** Where a literal may start; it runs at most to a space or `<`. */
const RUN = /[^\s<]*/y;
/** What cannot start the domain after `http://`: space or punctuation other than `-`, `.` and `_`. */
const NO_DOMAIN = /[\s\p{P}\p{S}](?<![-._])/u;
/** What GFM drops from a literal's end: trailing punctuation, `&name;`, and `]` before `(` or `[`. */
const TRAIL_CHARS = new Set(['!', '"', "'", ')', '*', ',', '.', ':', ';', '?', '_', '~']);

/**
 * Whether some literal the text may hold could be one Docusaurus cannot read: each place a
 * literal could start (outside front matter and fenced code), read as GFM would read it there.
 */
export function mayHoldUnreadableLiteral(page: string): boolean {
  if (!URL_LITERAL_START.test(page)) return false;
  // Most pages have none anywhere: only then is the text without front matter and fenced code
  // (which hold no literals) worth making.
  if (!hasUnreadableReading(page)) return false;
  const lines = linesOutsideCode(page);
  return hasUnreadableReading(lines.join('\n')) && hasUnreadableReadingOutsideCodeSpans(lines, page);
}

/** Whether some place in `text` may start a literal whose reading Docusaurus cannot read. */
export function hasUnreadableReading(text: string): boolean {
  // Every start counts on its own: a literal may start inside what looks like a longer one.
  for (const { index: start, 0: opening } of text.matchAll(URL_LITERAL_STARTS)) {
    if (unreadableFrom(text, start, opening)) return true;
  }
  return false;
}

/** Whether the literal GFM would read from `start` (where `opening` begins) is one Docusaurus cannot read. */
function unreadableFrom(text: string, start: number, opening: string): boolean {
  RUN.lastIndex = start;
  const candidate = RUN.exec(text)![0];
  const www = /^www\./i.test(opening);
  // After `http://`, a domain starts with a character that is not punctuation (but may be
  // `-`, `.` or `_`); `www` is a domain's start already.
  if (!www && NO_DOMAIN.test(candidate[opening.length] ?? ' ')) return false;
  const scheme = www ? 'http://' : '';
  return !docusaurusReadsUrl(scheme + literalIn(candidate, opening.length));
}

/**
 * The same, line by line, leaving out the starts inside a code span: writers quote a placeholder
 * address in code (`` `https://HOST:PORT` ``), and code holds no literal. A line's own code spans
 * (code-spans.ts) are the parser's where nothing can take a backtick before a code span does:
 * every line of its stretch without a blank line can be read alone (no backtick pairs with
 * another line's), and none holds a `<`, `>`, `{` or `}` (a tag's attribute or an expression,
 * which in MDX may run over blank lines, may hold a backtick and leave its partner to start a
 * span elsewhere). Anywhere else, and on a page with a lone CR (where lines end otherwise), a
 * start counts as before.
 */
function hasUnreadableReadingOutsideCodeSpans(lines: string[], page: string): boolean {
  if (hasLoneCR(page)) return true;
  const plain = new Map<number, boolean>();
  const readAlone = (index: number) => plain.get(index) ?? plain.set(index, !/[<>{}]/.test(lines[index]) && codeSpansOf(lines[index]) !== undefined).get(index)!;
  return lines.some((line, index) => {
    if (!hasUnreadableReading(line)) return false;
    const spans = codeSpansOf(line);
    if (!spans || !readAlone(index)) return true;
    for (let before = index - 1; before >= 0 && !isBlankLine(lines[before]); before--) if (!readAlone(before)) return true;
    for (let after = index + 1; after < lines.length && !isBlankLine(lines[after]); after++) if (!readAlone(after)) return true;
    for (const { index: start, 0: opening } of line.matchAll(URL_LITERAL_STARTS)) {
      const inCode = spans.some(([from, to]) => start > from && start < to);
      if (!inCode && unreadableFrom(line, start, opening)) return true;
    }
    return false;
  });
}

/**
 * The literal GFM reads from the start of `candidate` (a run without spaces or `<`): it ends at
 * the first place where the rest is trailing punctuation, except at a `)` that closes a `(` of
 * the literal, which stays.
 */
function literalIn(candidate: string, openingLength: number): string {
  let parens = 0;
  for (let end = openingLength + 1; end < candidate.length; end++) {
    const char = candidate[end];
    if (char === ')' && parens > 0) parens--;
    else if (trailFrom(candidate, end)) return candidate.slice(0, end);
    if (char === '(') parens++;
  }
  return candidate;
}

/** Whether GFM's trail check at `at` succeeds: the literal may end there (micromark-extension-gfm-autolink-literal's trail). */
function trailFrom(candidate: string, at: number): boolean {
  for (let i = at; ; ) {
    if (i === candidate.length) return true; // then a space, `<` or the end
    const char = candidate[i];
    if (TRAIL_CHARS.has(char)) i++;
    else if (char === '&') {
      const entity = /^&[A-Za-z]+;/.exec(candidate.slice(i));
      if (!entity) return false;
      i += entity[0].length;
    } else if (char === ']') {
      if (candidate[i + 1] === '(' || candidate[i + 1] === '[') return true;
      i++;
    } else return false;
  }
}

/**
 * The unreadable literals of a text as each format reads it (the parsers load on first need).
 * A text that does not parse as MDX has none in the MDX reading: its syntax error comes first.
 */
export function unreadableLiteralUrls(text: string, parsesAsMdx: boolean): LiteralUrls | undefined {
  if (!mayHoldUnreadableLiteral(text)) return undefined;
  const parse = require('./url-literals-parse.ts') as typeof import('./url-literals-parse.ts');
  return { md: parse.unreadableLiterals(text, 'md'), mdx: parsesAsMdx ? parse.unreadableLiterals(text, 'mdx') : [] };
}
