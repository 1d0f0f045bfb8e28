/**
 * Whether Docusaurus can read a link's URL. Its link and image transforms (mdx-loader's
 * transformLinks and transformImage) read every Markdown link, image and GFM autolink with
 * `new URL(url, 'unspecified://')` (@docusaurus/utils parseLocalURLPath) and stop the build when
 * that throws: `http://HOST:PORT/` (a port that is not a number) or `https://e.com>` does.
 */
export function docusaurusReadsUrl(url: string): boolean {
  if (url === '') return true; // never parsed: an empty link goes to onBrokenMarkdownLinks
  try {
    new URL(url, 'unspecified://');
    return true;
  } catch {
    return false;
  }
}
