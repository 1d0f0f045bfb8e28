/** Extract every page's links and headings. (Parallel and cached versions come next.) */
import type { PageExtract } from './model.ts';
import { extractReference } from './extract-reference.ts';

export interface ExtractOptions {
  /** Use the parse cache under node_modules/.cache (default true). */
  cache?: boolean;
}

export async function extractPages(contents: string[], _options: ExtractOptions = {}): Promise<PageExtract[]> {
  return contents.map(extractReference);
}
