/**
 * Whether Docusaurus can read a link's URL. Its link and image transforms (mdx-loader's
 * transformLinks and transformImage) read every Markdown link, image and GFM autolink with
 * `new URL(url, 'unspecified://')` (@docusaurus/utils parseLocalURLPath) and stop the build when
 * that throws: `http://HOST:PORT/` (a port that is not a number) or `https://e.com>` does.
 */
export function docusaurusReadsUrl(url: string): boolean {
  if (url === '') return true; // never parsed: an empty link goes to onBrokenMarkdownLinks
  // Only a scheme or an authority (`//host`) can fail to parse; a path, query or fragment is
  // escaped, never refused. Without `:` or `//` (tabs and newlines are dropped, so they could
  // join two slashes) neither is there. Most links are like that, and `new URL` is the check's
  // dearest step per link.
  if (!url.includes(':') && !url.includes('//') && !/[\t\n\r]/.test(url)) return true;
  try {
    new URL(url, 'unspecified://');
    return true;
  } catch {
    return false;
  }
}
