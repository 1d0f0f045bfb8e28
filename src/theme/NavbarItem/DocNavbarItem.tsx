/**
 * Navbar links to docs ("Security FAQ", "Security"). The theme's own version marks a link
 * active whenever the current page shares its sidebar; this site has one sidebar, so every
 * docs link was active (aria-current="page") on every page. Here a link is active on its own
 * page and, for a section landing page (a path ending in /), on the pages inside that section.
 */
import type { ReactNode } from 'react';
import { useLocation } from '@docusaurus/router';
import { useLayoutDoc } from '@docusaurus/plugin-content-docs/client';
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import type { Props } from '@theme/NavbarItem/DocNavbarItem';
import { isInSection } from './is-in-section';

export default function DocNavbarItem({ docId, label, docsPluginId, ...props }: Props): ReactNode {
  const { pathname } = useLocation();
  const doc = useLayoutDoc(docId, docsPluginId);
  const active = doc ? isInSection(pathname, doc.path) : false;
  // Draft and unlisted docs stay out of the navbar, as in the theme.
  if (doc === null || (doc.unlisted && !active)) return null;
  return <DefaultNavbarItem exact {...props} isActive={() => active} label={label ?? doc.id} to={doc.path} />;
}
