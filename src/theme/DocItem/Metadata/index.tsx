/** Wraps the doc page metadata to add the cross-version canonical link. */
import type { ReactNode } from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import VersionCanonical from '../../VersionCanonical';
import { useDoc } from '@docusaurus/plugin-content-docs/client';

export default function MetadataWrapper(): ReactNode {
  const { metadata } = useDoc();
  return (
    <>
      <Metadata />
      <VersionCanonical docId={metadata.id} permalink={metadata.permalink} />
    </>
  );
}
