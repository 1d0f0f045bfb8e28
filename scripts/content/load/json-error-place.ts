import { positionAt } from '../model/text-position.ts';

/** Where JSON.parse stopped in `text`, from the offset its message gives, as a 1-based line and column (1:1 when it gives none). */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } {
  return positionAt(text, Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0));
}
