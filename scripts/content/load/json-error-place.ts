/** Where JSON.parse stopped in `text`, from the offset its message gives, as a 1-based line and column (1:1 when it gives none). */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } {
  const offset = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
