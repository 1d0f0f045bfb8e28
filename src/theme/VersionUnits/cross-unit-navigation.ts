/**
 * Client module of unit builds. A unit's client router knows only its own routes, so a
 * client-side navigation into another unit (the version dropdown, a link to another version, the
 * logo, the search page) would render the router's 404. Such a navigation becomes a full page
 * load instead: `onRouteUpdate` runs before the router renders the new route, and `replace` keeps
 * the history entry that the router has just pushed, so Back still works.
 */
import type { ClientModule } from '@docusaurus/types';
import siteConfig from '@generated/docusaurus.config';
import { isOwnRoute, siteRoute, type UnitData } from './unit-routes';

const unit = siteConfig.customFields?.faqUnit as UnitData | undefined;

const module: ClientModule = {
  onRouteUpdate({ location, previousLocation }) {
    if (!unit || !previousLocation || location.pathname === previousLocation.pathname) return undefined;
    const route = siteRoute(location.pathname, siteConfig.baseUrl);
    if (route === undefined || isOwnRoute(route, unit)) return undefined;
    window.location.replace(`${location.pathname}${location.search}${location.hash}`);
    return undefined;
  },
};

export default module;
