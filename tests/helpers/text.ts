/** Text helpers shared by the built-HTML tests. */
import type { CheerioAPI } from 'cheerio';

/** A node of a cheerio document (its type package, domhandler, is not a direct dependency). */
export type HtmlElement = Parameters<CheerioAPI['contains']>[0];

export const normalise = (text: string): string => text.replace(/[\s\u200b]+/g, ' ').trim();

/** A heading's own text: without the # link and the copy-link button that sit inside it. */
export function headingText($: CheerioAPI, heading: HtmlElement): string {
  const clone = $(heading).clone();
  clone.find('a.hash-link, button').remove();
  return normalise(clone.text());
}

/** The JSON-LD objects of a page, parsed (a parse error fails the calling test). */
export function jsonLdBlocks($: CheerioAPI): Record<string, unknown>[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((script) => JSON.parse($(script).text()) as Record<string, unknown>);
}
