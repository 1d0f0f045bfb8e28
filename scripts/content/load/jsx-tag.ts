/** Reading a JSX tag written in a module's or a page's text, without parsing it. */

/**
 * The attributes' text of the element whose name ends at `from`: up to the `>` that closes its
 * tag, past any `>` inside an attribute's quotes or braces (`when={a > b}`, `title="a > b"`).
 */
export function attributesFrom(text: string, from: number): string {
  let depth = 0;
  let quote: string | undefined;
  for (let at = from; at < text.length; at++) {
    const character = text[at];
    if (quote) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'" || (character === '`' && depth > 0)) {
      quote = character;
    } else if (character === '{') {
      depth++;
    } else if (character === '}') {
      depth = Math.max(0, depth - 1);
    } else if (character === '>' && depth === 0) {
      return text.slice(from, at);
    }
  }
  return text.slice(from);
}
