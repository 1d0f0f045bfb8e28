/**
 * Rule `canonical`: a `<head>` canonical link must be an absolute https URL, and one on the site's
 * own URL must name a published route (a draft or a typo would send search engines to a 404).
 */
import type { Site } from '../../content/model/site.ts';
import type { Problem } from '../problem.ts';
import type { SiteIndex } from '../site-index.ts';

export function checkCanonicals(site: Site, index: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  const siteOrigin = originOf(site.settings.url);
  for (const page of site.pages) {
    for (const canonical of page.extract.canonicals) {
      const at = { file: page.file, line: canonical.line, column: canonical.column, severity: 'error' as const, rule: 'canonical' as const };
      let url: URL;
      try {
        url = new URL(canonical.href);
      } catch {
        problems.push({ ...at, message: `canonical link "${canonical.href}" is not an absolute URL`, hint: `write the full address, e.g. ${site.settings.url || 'https://example.com'}${page.route}` });
        continue;
      }
      if (url.protocol !== 'https:') {
        problems.push({ ...at, message: `canonical link "${canonical.href}" is not https`, hint: 'search engines should be sent to the https address' });
        continue;
      }
      if (siteOrigin === undefined || url.origin !== siteOrigin) continue;
      const { baseUrl } = site.settings;
      if (!url.pathname.startsWith(baseUrl) && `${url.pathname}/` !== baseUrl) {
        problems.push({ ...at, message: `canonical link "${canonical.href}" is outside this site's base URL ${baseUrl}`, hint: 'point it at a page of this site' });
        continue;
      }
      const route = `/${url.pathname.slice(baseUrl.length)}`;
      const target = index.routeTarget(route);
      if (!target) {
        problems.push({ ...at, message: `canonical link "${canonical.href}" names no page of this site`, hint: 'point it at a published page; Latest URLs have no version in them' });
      } else if (target.kind === 'page' && target.page.draft) {
        problems.push({ ...at, message: `canonical link "${canonical.href}" names a draft page, which is not published`, hint: 'point it at a published page' });
      }
    }
  }
  return problems;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
