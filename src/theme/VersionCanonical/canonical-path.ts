/**
 * Which URL a versioned page names as canonical: the Latest version's page for the same doc id
 * when there is one (so search engines send readers to maintained docs), else the page itself.
 */
export interface LatestDoc {
  id: string;
  path: string;
  unlisted?: boolean;
}

export function canonicalPath(docId: string, ownPath: string, latestDocs: readonly LatestDoc[]): string {
  const latest = latestDocs.find((doc) => doc.id === docId);
  // An unlisted page is noindex: pointing search engines at it would hide both pages.
  return latest && !latest.unlisted ? latest.path : ownPath;
}
