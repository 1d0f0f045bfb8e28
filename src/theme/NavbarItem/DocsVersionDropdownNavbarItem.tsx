/**
 * The version dropdown. In a build of every version it is the theme's own. In a unit build the
 * docs plugin knows only the unit's version, so the list comes from elsewhere: the server renders
 * the versions known when the unit was built, and the browser replaces them with the site's
 * VERSIONS_FILE, written when units are stitched, so a unit built before a newer version existed
 * still lists it. Choosing another version is a full page load (cross-unit-navigation.ts).
 */
import { useEffect, useState, type ReactNode } from 'react';
import OriginalDropdown from '@theme-original/NavbarItem/DocsVersionDropdownNavbarItem';
import type { Props } from '@theme/NavbarItem/DocsVersionDropdownNavbarItem';
import DropdownNavbarItem from '@theme/NavbarItem/DropdownNavbarItem';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useLocation } from '@docusaurus/router';
import { useActiveDocContext } from '@docusaurus/plugin-content-docs/client';
import { siteRoute, versionSwitchTarget, VERSIONS_FILE, type UnitData, type UnitVersion, type VersionsFileEntry } from '../VersionUnits/unit-routes';

let versionsFile: Promise<VersionsFileEntry[] | undefined> | undefined;

/** The stitched site's versions file, fetched once per page load. */
function loadVersionsFile(baseUrl: string): Promise<VersionsFileEntry[] | undefined> {
  versionsFile ??= fetch(`${baseUrl}${VERSIONS_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<VersionsFileEntry[]>) : undefined))
    .catch(() => undefined);
  return versionsFile;
}

function UnitVersionDropdown({ unit, mobile, dropdownItemsBefore, dropdownItemsAfter, ...props }: Props & { unit: UnitData }): ReactNode {
  const { baseUrl } = useDocusaurusContext().siteConfig;
  const { pathname, search, hash } = useLocation();
  const [versions, setVersions] = useState<(UnitVersion & Partial<VersionsFileEntry>)[]>(unit.versions);
  useEffect(() => {
    let current = true;
    void loadVersionsFile(baseUrl).then((loaded) => {
      if (current && loaded && loaded.length > 0) setVersions(loaded);
    });
    return () => {
      current = false;
    };
  }, [baseUrl]);
  const onDoc = useActiveDocContext(undefined).activeDoc !== undefined;
  const route = siteRoute(pathname, baseUrl) ?? '/';
  const own = versions.find((version) => version.name === unit.unit) ?? { name: unit.unit, label: unit.unit, prefix: unit.prefix, archived: false, mainRoute: '/' };
  const items = [
    ...(dropdownItemsBefore ?? []),
    ...versions.map((version) => ({
      label: version.label,
      to: `${versionSwitchTarget(route, onDoc, own, version)}${search}${hash}`,
      isActive: () => version.name === unit.unit,
    })),
    ...(dropdownItemsAfter ?? []),
  ];
  return <DropdownNavbarItem {...props} mobile={mobile} label={mobile ? 'Versions' : own.label} items={items} />;
}

export default function DocsVersionDropdownNavbarItem(props: Props): ReactNode {
  const unit = useDocusaurusContext().siteConfig.customFields?.faqUnit as UnitData | undefined;
  return unit ? <UnitVersionDropdown {...props} unit={unit} /> : <OriginalDropdown {...props} />;
}
