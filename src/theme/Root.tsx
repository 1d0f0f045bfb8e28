/**
 * In a unit build (see src/units/unit-routes.ts), the docs plugin knows only the unit's own
 * version. Two contexts are adjusted here, for everything below the root:
 * - global data: in an older unit, the Latest version (its docs, from the content model) is added
 *   as the last version and the unit's own version is no longer "last", so canonical links, the
 *   archived banner's "latest version" link and the search bar (which looks for an older
 *   version's index under its own path) behave as in a build of every version;
 * - broken links: Docusaurus's own link check cannot see other units' routes, so links into them
 *   are not handed to it, nor links of pages that stitching leaves out. Links inside the unit are checked as before; the writers' check
 *   (`npm run check`) has already checked every link of every version.
 */
import { useMemo, type ReactNode } from 'react';
import { Context as DocusaurusContext } from '@docusaurus/core/lib/client/docusaurusContext';
import { BrokenLinksProvider, useBrokenLinksContext } from '@docusaurus/core/lib/client/BrokenLinksContext';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useLocation } from '@docusaurus/router';
import type { GlobalData } from '@docusaurus/types';
import { isOwnRoute, siteRoute, type UnitData } from './VersionUnits/unit-routes';

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

interface DocsGlobalVersion {
  name: string;
  label: string;
  isLast: boolean;
  path: string;
  mainDocId: string;
  docs: { id: string; path: string; sidebar?: string; unlisted?: boolean }[];
  draftIds: string[];
  sidebars: Record<string, unknown>;
}

/** Global data of an older unit with the Latest version added as the last one. */
export function withLatestVersion(globalData: GlobalData, unit: UnitData): GlobalData {
  const docs = globalData[DOCS_PLUGIN]?.default as { versions: DocsGlobalVersion[] } | undefined;
  if (!docs || !unit.latest) return globalData;
  const latest: DocsGlobalVersion = {
    name: 'current',
    label: unit.latest.label,
    isLast: true,
    path: unit.latest.path,
    mainDocId: unit.latest.mainDocId,
    docs: unit.latest.docs,
    draftIds: [],
    sidebars: {},
  };
  const versions = [latest, ...docs.versions.map((version) => ({ ...version, isLast: false }))];
  return { ...globalData, [DOCS_PLUGIN]: { ...globalData[DOCS_PLUGIN], default: { ...docs, versions } } };
}

function UnitRoot({ unit, children }: { unit: UnitData; children: ReactNode }): ReactNode {
  const context = useDocusaurusContext();
  const brokenLinks = useBrokenLinksContext();
  const { baseUrl } = context.siteConfig;
  const page = siteRoute(useLocation().pathname, baseUrl);
  // Pages of an older unit outside its prefix (its 404 and search pages) are left out when
  // units are stitched: their links are not checked.
  const pageKept = page !== undefined && isOwnRoute(page, unit);
  const patchedContext = useMemo(() => ({ ...context, globalData: withLatestVersion(context.globalData, unit) }), [context, unit]);
  const unitLinks = useMemo(
    () => ({
      collectAnchor: brokenLinks.collectAnchor,
      collectLink: (link: string | undefined) => {
        // Only absolute paths can lead into another unit; anchors and the rest stay checked.
        const route = link?.startsWith('/') ? siteRoute(link, baseUrl) : undefined;
        if (!pageKept || (route !== undefined && !isOwnRoute(route, unit))) return;
        brokenLinks.collectLink(link);
      },
    }),
    [brokenLinks, baseUrl, unit, pageKept],
  );
  return (
    <DocusaurusContext.Provider value={patchedContext}>
      <BrokenLinksProvider brokenLinks={unitLinks}>{children}</BrokenLinksProvider>
    </DocusaurusContext.Provider>
  );
}

export default function Root({ children }: { children: ReactNode }): ReactNode {
  const unit = useDocusaurusContext().siteConfig.customFields?.faqUnit as UnitData | undefined;
  return unit ? <UnitRoot unit={unit}>{children}</UnitRoot> : <>{children}</>;
}
