/** The "Edit this page" link of a built page and the repository file it opens. */
import type { BuiltPage } from './built-pages.ts';

/** docs/… or versioned_docs/version-…/…: the part of the edit URL that names the file. */
const SOURCE_PATH = /(?:^|\/)((?:docs|versioned_docs\/version-[^/]+)\/.+\.mdx?)$/;

export function editLink(page: BuiltPage): string | undefined {
  return page.$('a.theme-edit-this-page').attr('href');
}

export function editedFile(page: BuiltPage): string | undefined {
  const href = editLink(page);
  if (!href) return undefined;
  return SOURCE_PATH.exec(new URL(href).pathname)?.[1];
}
