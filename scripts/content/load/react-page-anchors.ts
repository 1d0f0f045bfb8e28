/**
 * Whether a React page of src/pages gives the build's link check any anchor. Docusaurus counts
 * only the ids its components hand to `useBrokenLinks().collectAnchor`: `@theme/Heading` (not
 * an h1), `@docusaurus/Link` given an `id`, and the MDX components a page's Markdown renders
 * (`<details>`, `<li>`). A plain `<h2 id="demo">` renders, but the link check does not see it:
 * a link to `/landing#demo` is a broken anchor (the helper's diff65 built it on trpc's site).
 *
 * A page collects nothing when its code, and every module of the site's it reaches, imports only
 * what renders no such component (React, class-name helpers, Docusaurus's Head, context and
 * URL helpers, the theme's Layout; stylesheets, images and data) and names none of them. A page
 * that imports anything else (another theme component, a package's component, Markdown) may
 * collect anchors, and its anchors stay unjudged.
 */
import fs from 'node:fs';
import { ASSET_FILE, importCandidates, SCRIPT_MODULE } from './imports-behind.ts';
import { attributesFrom } from './jsx-tag.ts';

/** Imports that render nothing that collects an anchor (`@docusaurus/Link` is judged apart: with an id it does). */
const RENDERS_NO_ANCHOR = new Set([
  'react', 'react-dom', 'clsx', 'classnames',
  '@docusaurus/Head', '@docusaurus/useDocusaurusContext', '@docusaurus/useBaseUrl', '@docusaurus/BrowserOnly',
  '@docusaurus/Translate', '@docusaurus/router', '@docusaurus/ExecutionEnvironment', '@docusaurus/useIsBrowser',
  '@docusaurus/isInternalUrl', '@docusaurus/Interpolate', '@theme/Layout',
]);

/** A module that names a collector itself, or calls the collecting hook. */
const NAMES_COLLECTOR = /\b(?:useBrokenLinks|collectAnchor|Heading|MDXContent|MDXComponents)\b/;

/** The name a module gives `@docusaurus/Link`'s default export. */
const LINK_IMPORT = /\bimport\s+([A-Za-z_$][\w$]*)\s+from\s*['"]@docusaurus\/Link['"]/;

/**
 * Whether a module may hand `@docusaurus/Link` an id: a `<Link>` with an `id` or spread props
 * (`{...props}` may carry one), or the component used any other way than as a JSX tag (passed
 * along, given to createElement), or imported under no name this can follow.
 */
function linkMayHaveId(text: string): boolean {
  const imported = LINK_IMPORT.exec(text);
  if (!imported) return true;
  const name = imported[1];
  const inImport = (at: number) => at >= imported.index && at < imported.index + imported[0].length;
  for (const use of text.matchAll(new RegExp(`(<\\/?)?\\b${name.replace(/\$/g, '\\$')}\\b`, 'g'))) {
    if (inImport(use.index) || use[1] === '</') continue; // the import itself, a closing tag
    if (use[1] !== '<') return true;
    if (/\bid\s*=|\{\s*\.\.\./.test(attributesFrom(text, use.index + use[0].length))) return true;
  }
  return false;
}

/** The theme's components that collect an id as an anchor (a heading's, a `<details>`'s, a list item's). */
const COLLECTING_THEME = /^@theme\/(?:Heading|Details|MDXComponents)(?:\/|$)|^@docusaurus\/theme-common(?:\/|$)/;

/**
 * Whether the React page `file` (absolute) can collect no anchor. `siteModuleOf` gives the site's
 * own module an import names (relative, `@site/`, a component of src/theme), absolute, and
 * undefined for anything else. `trustPackages`: a package's component (not the theme's
 * collecting ones above) is taken to collect none, as for a component an MDX page renders
 * (mdx-environment.ts, anchorsByCodeOf); otherwise only the imports known to render none are.
 */
export function collectsNoAnchors(file: string, siteModuleOf: (importer: string, source: string) => string | undefined, { trustPackages = false }: { trustPackages?: boolean } = {}): boolean {
  const seen = new Set<string>();
  const pending = [file];
  for (let module = pending.pop(); module !== undefined; module = pending.pop()) {
    if (seen.has(module)) continue;
    seen.add(module);
    let text: string;
    try {
      text = fs.readFileSync(module, 'utf8');
    } catch {
      return false; // unread: nothing is known of it
    }
    if (NAMES_COLLECTOR.test(text)) return false;
    for (const { source } of importCandidates(text)) {
      if (ASSET_FILE.test(source)) continue; // data, stylesheets and images render nothing (Markdown is no asset: it renders headings)
      // The site's own module first: a Layout of src/theme is the site's code, not the theme's.
      const own = siteModuleOf(module, source);
      if (own !== undefined && SCRIPT_MODULE.test(own)) {
        pending.push(own);
        continue;
      }
      if (source === '@docusaurus/Link' ? linkMayHaveId(text) : trustPackages ? COLLECTING_THEME.test(source) : !RENDERS_NO_ANCHOR.has(source)) return false;
    }
  }
  return true;
}
