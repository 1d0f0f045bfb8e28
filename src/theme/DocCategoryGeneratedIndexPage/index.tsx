/** Wraps generated category pages so they get the same cross-version canonical link as docs. */
import type { ReactNode } from 'react';
import DocCategoryGeneratedIndexPage from '@theme-original/DocCategoryGeneratedIndexPage';
import type { Props } from '@theme/DocCategoryGeneratedIndexPage';
import VersionCanonical from '../VersionCanonical';

export default function DocCategoryGeneratedIndexPageWrapper(props: Props): ReactNode {
  const { slug, permalink } = props.categoryGeneratedIndex;
  return (
    <>
      <DocCategoryGeneratedIndexPage {...props} />
      {/* After the page, so it replaces the theme's default canonical link. */}
      <VersionCanonical docId={slug} permalink={permalink} />
    </>
  );
}
