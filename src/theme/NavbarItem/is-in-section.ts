/** True when `pathname` is the doc at `docPath`, or inside it when that doc is a section index. */
export function isInSection(pathname: string, docPath: string): boolean {
  const trimmed = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);
  if (trimmed(pathname) === trimmed(docPath)) return true;
  return docPath.endsWith('/') && pathname.startsWith(docPath);
}
