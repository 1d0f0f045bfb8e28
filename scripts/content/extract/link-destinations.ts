/**
 * The link destinations of one line: after each `](`, up to the `)` that closes it. What is in
 * a destination is an address, read as it is: a `<`, `{` or backtick there opens no tag,
 * expression or code span. Only plain destinations are found: one that starts with `<`, holds
 * a space (and so maybe a title, which may hold a `)`), or does not close on its line makes
 * the answer undefined, for the caller to leave the line to the parser.
 */

/** Start (at the `(`) and end (after the `)`) of each destination. */
export type Destination = [start: number, end: number];

export function destinationsOf(line: string): Destination[] | undefined {
  const found: Destination[] = [];
  for (let at = line.indexOf(']('); at >= 0; at = line.indexOf('](', at)) {
    const start = at + 1;
    const end = closingParen(line, start + 1);
    if (end < 0) return undefined;
    const address = line.slice(start + 1, end);
    if (address.startsWith('<') || /\s/.test(address)) return undefined;
    found.push([start, end + 1]);
    at = end + 1;
  }
  return found;
}

/** The `)` that closes a destination starting at `from` (parentheses in it balance; `\)` is text), or -1. */
function closingParen(line: string, from: number): number {
  let depth = 0;
  for (let i = from; i < line.length; i++) {
    const char = line[i];
    if (char === '\\') i++;
    else if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
