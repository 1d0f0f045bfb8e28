/**
 * Front matter values that JSON cannot hold as they are. YAML reads `2023-01-01` as a date,
 * `.nan` and `.inf` as numbers JSON has no words for, `-0.0` as minus zero and `!!binary` as bytes;
 * JSON turns them into a text, null, 0 and an object. Page records go through JSON (between
 * threads and in the check cache), and a record must read the same after: `title: 2023-01-01`
 * is a date, which the site's rule refuses as a title, and `slug: 2024-05-06` a date, which
 * Docusaurus turns into a long text and an address, on the first run as on every later one.
 * So a record lists those values with their paths, and they are put back after JSON.
 */
export type JsonSpecial = [path: Array<string | number>, kind: 'date' | 'number' | 'binary', text: string];

/** Every value in `value` that JSON would change, with its path. */
export function jsonSpecialsIn(value: unknown, path: Array<string | number> = [], found: JsonSpecial[] = []): JsonSpecial[] {
  if (value instanceof Date) found.push([path, 'date', String(value.getTime())]);
  else if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) found.push([path, 'number', Object.is(value, -0) ? '-0' : String(value)]);
  else if (value instanceof Uint8Array) found.push([path, 'binary', Buffer.from(value).toString('base64')]);
  else if (Array.isArray(value)) value.forEach((item, index) => jsonSpecialsIn(item, [...path, index], found));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) jsonSpecialsIn(item, [...path, key], found);
  return found;
}

/** Put the values JSON changed back in `data` (which came out of JSON). */
export function restoreJsonSpecials(data: Record<string, unknown>, specials: JsonSpecial[]): void {
  for (const [path, kind, text] of specials) {
    // js-yaml 4 (Docusaurus's) reads `!!binary` as a plain Uint8Array.
    const restored = kind === 'date' ? new Date(Number(text)) : kind === 'number' ? (text === '-0' ? -0 : Number(text)) : new Uint8Array(Buffer.from(text, 'base64'));
    let holder: Record<string | number, unknown> = data;
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
    holder[path.at(-1)!] = restored;
  }
}
