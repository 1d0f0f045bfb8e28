/**
 * Front matter of the plainest kind read without js-yaml: one `key: value` per line, each value a
 * word-like text, a whole number or a quoted text without escapes. That is most pages'
 * (`title: Hardening the cluster`, `sidebar_position: 3`), and js-yaml took about 25 µs each
 * before V8 warmed up: a tenth of a second of a cold check of 10,000 pages. Anything else, and
 * anything this reading is unsure of, is undefined, for js-yaml to read.
 *
 * The reading is js-yaml 4's (YAML 1.2, core schema) for these lines: a plain text that starts
 * with a letter and holds no `:`, `#`, brackets or braces is that text, trimmed, unless it is a
 * word the core schema reads as a boolean or null; digits without a leading zero are an
 * integer; a quoted text without quotes or backslashes inside is its inside. A key that
 * repeats is js-yaml's to refuse. tests/unit/front-matter-docusaurus.test.ts holds the check's
 * reading to Docusaurus's own.
 */

const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// Characters js-yaml prints in any text beyond ASCII: no controls, surrogates (a pair is left to
// js-yaml), byte order mark or non-characters.
const WIDE = String.raw`\u00A0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD`;
const PLAIN_TEXT = new RegExp(String.raw`^[A-Za-z][A-Za-z0-9 .,()'&/+=_\-${WIDE}]*$`);
const WHOLE_NUMBER = /^(?:0|[1-9][0-9]{0,14})$/;
// Printable ASCII but the quote and the backslash, and the wide characters above.
const QUOTED = new RegExp(String.raw`^(?:"[ !#-\[\]-~${WIDE}]*"|'[ -&(-~${WIDE}]*')$`);
/** Plain words YAML 1.2's core schema reads as something else than text. */
const NOT_TEXT = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);

export function plainYamlMapping(matter: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  let keys = 0;
  for (const line of matter.split('\n')) {
    if (line === '') continue;
    const colon = line.indexOf(': ');
    if (colon <= 0) return undefined;
    const key = line.slice(0, colon);
    if (!KEY.test(key) || key === '__proto__' || Object.hasOwn(data, key)) return undefined;
    // Spaces around a value are not part of it; a tab is js-yaml's to weigh.
    if (line.includes('\t')) return undefined;
    const written = line.slice(colon + 2).replace(/^ +| +$/g, '');
    let value: unknown;
    if (WHOLE_NUMBER.test(written)) value = Number(written);
    else if (QUOTED.test(written)) value = written.slice(1, -1);
    else if (PLAIN_TEXT.test(written) && !NOT_TEXT.has(written)) value = written;
    else return undefined;
    data[key] = value;
    keys++;
  }
  return keys > 0 ? data : undefined;
}
