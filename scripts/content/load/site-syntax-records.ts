/**
 * Records read with a site's own syntax (extract/site-syntax.ts). Pages are first read as
 * without it, by the threads and fast paths every site uses, before the settings are known; a
 * site whose remark plugins add syntax then has each page that holds some read again, with the
 * plugins' extensions, on this thread. Either record is cached under the page's hash and the
 * syntax's key, so a warm run neither reads the page again nor loads the plugins.
 */
import type { PageRecord } from '../model/site.ts';
import type { CheckCache } from './check-cache.ts';
import { readPageFile, type PageFile } from './page-records.ts';
import { recordOf } from '../extract/page-record.ts';
import { holdsSiteSyntax, type SiteSyntax } from '../extract/site-syntax.ts';
import { contentHash } from './content-hash.ts';

/** The cache key of a text's record read with a syntax. */
export const siteSyntaxHash = (hash: string, syntaxKey: string) => `${hash}+${contentHash(syntaxKey).slice(0, 12)}`;

/**
 * `records` (of `files`, read as without the syntax, their hashes in the cache's file table) as
 * read with it. `loadSyntax` loads the plugins, only when some page is not in the cache.
 */
export async function withSiteSyntax(files: PageFile[], records: PageRecord[], cache: CheckCache, syntaxKey: string, loadSyntax: () => Promise<SiteSyntax | undefined>): Promise<PageRecord[]> {
  const read: PageRecord[] = [];
  let loading: Promise<SiteSyntax | undefined> | undefined;
  for (const [index, page] of files.entries()) {
    const hash = cache.fileHash(page.file, page.size!, page.mtimeMs!)!;
    const key = siteSyntaxHash(hash, syntaxKey);
    const known = cache.record(key);
    if (known) {
      read.push(known);
      continue;
    }
    const syntax = await (loading ??= loadSyntax());
    // A config that no longer loads: the settings' own load reports it; nothing is cached meanwhile.
    if (!syntax) {
      read.push(records[index]);
      continue;
    }
    // Read again: the text, not its record, tells whether it holds the syntax. A page changed
    // since its first read is read as it is now, and cached under the hash it has now.
    const { content, hash: now } = readPageFile(page.absolutePath);
    const record = holdsSiteSyntax(content, syntax) ? recordOf(content, syntax) : now === hash ? records[index] : recordOf(content);
    cache.addRecords([siteSyntaxHash(now, syntaxKey)], [record]);
    read.push(record);
  }
  return read;
}
