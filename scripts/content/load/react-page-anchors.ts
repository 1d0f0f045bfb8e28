/**
 * The anchors a React page of src/pages gives the build's link check. Docusaurus counts only the
 * ids its components hand to `useBrokenLinks().collectAnchor`: `@theme/Heading` (not an h1),
 * `@docusaurus/Link` given an `id`, and the MDX components a page's Markdown renders
 * (`<details>`, `<li>`). A plain `<h2 id="demo">` renders, but the link check does not see it:
 * a link to `/landing#demo` is a broken anchor (the helper's diff65 built it on trpc's site).
 *
 * A page's anchors are known when its code, and every module of the site's it reaches, imports
 * only what renders no such component (React, class-name helpers, Docusaurus's Head, context and
 * URL helpers, the theme's Layout; stylesheets, images and data), names none of them, and gives
 * the classic theme's Heading and Link only ids written as literals: those ids, each counted
 * whether it renders or not (extract/jsx-render-links.ts, anchorIdsOf). A page that imports
 * anything else (another theme component, a package's component, Markdown, the site's own
 * Heading) may collect anchors the check cannot read, and its anchors stay unjudged.
 */
import fs from 'node:fs';
import { ASSET_FILE, importCandidates, SCRIPT_MODULE } from './imports-behind.ts';

/** Imports that render nothing that collects an anchor (Link and Heading are read apart: their ids are). */
const RENDERS_NO_ANCHOR = new Set([
  'react', 'react-dom', 'clsx', 'classnames',
  '@docusaurus/Head', '@docusaurus/useDocusaurusContext', '@docusaurus/useBaseUrl', '@docusaurus/BrowserOnly',
  '@docusaurus/Translate', '@docusaurus/router', '@docusaurus/ExecutionEnvironment', '@docusaurus/useIsBrowser',
  '@docusaurus/isInternalUrl', '@docusaurus/Interpolate', '@theme/Layout',
]);

/** The components whose literal ids the check reads (anchorIdsOf). */
const LINK_MODULE = '@docusaurus/Link';
const HEADING_MODULE = '@theme/Heading';

/** A module that names a collector itself, or calls the collecting hook. */
const NAMES_COLLECTOR = /\b(?:useBrokenLinks|collectAnchor|MDXContent|MDXComponents)\b/;

/** Modules webpack bundles that no import names (`require.context('../components', …)`): what they render is not read. */
const LOADS_UNNAMED = /\brequire\.context\s*\(/;

/** The theme's components that collect an id as an anchor (a heading's, a `<details>`'s, a list item's). */
const COLLECTING_THEME = /^@theme(?:-original|-init)?\/(?:Heading|Details|MDXComponents)(?:\/|$)|^@docusaurus\/theme-common(?:\/|$)/;

/** The site's own module an import names (relative, `@site/`, a component of src/theme), absolute; undefined for anything else. */
export type SiteModuleOf = (importer: string, source: string) => string | undefined;

export interface AnchorReading {
  /** The ids a module gives Link and Heading (anchorIdsOf); undefined when it cannot be read or parsed. */
  idsOf(file: string): string[] | undefined;
  /** Whether `@theme/Heading`, imported by `file`, is the classic theme's (not the site's src/theme/Heading, nor another theme's). */
  headingIsClassic(file: string): boolean;
  /**
   * A package's component (not the theme's collecting ones above) is taken to collect none, as
   * for a component an MDX page renders (collected-anchors.ts, anchorsByCodeOf); otherwise only the
   * imports known to render none are.
   */
  trustPackages?: boolean;
}

/**
 * The anchors the React page `file` (absolute) can collect: a superset, sorted, [] for none;
 * undefined when they cannot be known.
 */
export function collectedAnchorsOf(file: string, siteModuleOf: SiteModuleOf, { idsOf, headingIsClassic, trustPackages = false }: AnchorReading): string[] | undefined {
  const anchors = new Set<string>();
  const seen = new Set<string>();
  const pending = [file];
  for (let module = pending.pop(); module !== undefined; module = pending.pop()) {
    if (seen.has(module)) continue;
    seen.add(module);
    let text: string;
    try {
      text = fs.readFileSync(module, 'utf8');
    } catch {
      return undefined; // unread: nothing is known of it
    }
    if (NAMES_COLLECTOR.test(text) || LOADS_UNNAMED.test(text)) return undefined;
    let givesIds = false;
    for (const { source } of importCandidates(text)) {
      if (ASSET_FILE.test(source)) continue; // data, stylesheets and images render nothing (Markdown is no asset: it renders headings)
      // Before the site's own modules: a Heading of src/theme collects what it likes.
      if (source === HEADING_MODULE && !headingIsClassic(module)) return undefined;
      // The site's own module first: a Layout of src/theme is the site's code, not the theme's.
      const own = siteModuleOf(module, source);
      if (own !== undefined && SCRIPT_MODULE.test(own)) {
        pending.push(own);
        continue;
      }
      if (source === LINK_MODULE || source === HEADING_MODULE) givesIds = true;
      else if (trustPackages ? COLLECTING_THEME.test(source) : !RENDERS_NO_ANCHOR.has(source)) return undefined;
    }
    if (givesIds) {
      const ids = idsOf(module);
      if (ids === undefined) return undefined;
      for (const id of ids) anchors.add(id);
    }
  }
  return [...anchors].sort();
}
