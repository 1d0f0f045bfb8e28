/** What an import's module specifier names, as webpack reads it. Pure. */
import type { ModuleImport } from './site.ts';

/**
 * The module an import names. Webpack's inline loaders (`!!raw-loader!./x.yaml`) come first, up
 * to the last `!`: loaders are dependencies that installing the site provides, not a page's mistake.
 */
export const resourceOf = (source: string): string => source.slice(source.lastIndexOf('!') + 1);

/** The package a bare import names (`@mui/material/Button` gives `@mui/material`); undefined for paths and aliases. */
export function packageNameOf(source: string): string | undefined {
  const bare = resourceOf(source);
  if (/^[./]|^@(?:site|theme|theme-original|theme-init|generated)\//.test(bare)) return undefined;
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The hint for an import of a package the site's package.json names and its install lacks: the install, not the import, wants mending. */
export const INSTALL_HINT = "install the site's dependencies with npm ci; the import itself may be right";

/** A path naming a Markdown file (`x.md`, `x.mdx`): a page or a partial, to a link or an import. */
export const MARKDOWN_FILE = /\.mdx?$/i;

/**
 * What an import takes from a Markdown module beside its default export (the page itself): the
 * names, or `*` for all of them (a namespace import, a re-export); undefined for nothing more.
 */
export function markdownExportsTaken({ source, names, kind }: ModuleImport): string[] | undefined {
  if (kind !== undefined || !MARKDOWN_FILE.test(resourceOf(source).split(/[?#]/)[0])) return undefined;
  const taken = names === undefined ? ['*'] : names.map(({ imported }) => imported).filter((imported) => imported !== 'default');
  return taken.length > 0 ? taken : undefined;
}
