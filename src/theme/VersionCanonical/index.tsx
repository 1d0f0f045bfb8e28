/**
 * The canonical link of a docs page, across versions (see canonical-path.ts). It replaces the
 * theme's default (the page's own URL); a page's own MDX <head> block still wins, because the
 * page content mounts after the metadata and react-helmet keeps the last canonical link.
 */
import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useDocsVersion, useLatestVersion } from '@docusaurus/plugin-content-docs/client';
import { canonicalPath } from './canonical-path';

export interface Props {
  /** Unversioned doc id; for generated category pages, their slug (as in the global data). */
  docId: string;
  /** This page's own permalink, base URL included. */
  permalink: string;
}

export default function VersionCanonical({ docId, permalink }: Props): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const { pluginId } = useDocsVersion();
  const latest = useLatestVersion(pluginId);
  const path = canonicalPath(docId, permalink, latest.docs);
  return (
    <Head>
      <link rel="canonical" href={`${siteConfig.url}${path}`} />
    </Head>
  );
}
