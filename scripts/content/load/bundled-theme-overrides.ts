/**
 * The site's own theme components (src/theme) that the build bundles. Webpack bundles a module
 * when a bundled module imports it, and the theme's components import one another by `@theme/…`
 * names, which a file of src/theme by the same name takes over. So a replaced component is
 * bundled when the theme's tree reaches its name from a component every build renders: the
 * app's (Root, Layout, the 404 page…) and the routes' of the content the site has (a doc, a blog
 * post, a Markdown page of src/pages). An import such a file cannot take stops the build,
 * whatever links to it. A file nothing reaches (a blog component on a site without a blog) is
 * not bundled, and what it imports is nothing to the build.
 *
 * The tree is read with the import pattern of load/imports-behind.ts, which may also find an
 * import in a comment: a theme file's comment can only add a component to those walked.
 *
 * A walk stops once it has reached every script of src/theme (`ownFiles`): it can add no file
 * of the site's after that, and the rest of the theme's tree (a hundred files and more of the
 * classic theme's, each read and its imports resolved) is left unread.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ASSET_FILE, importCandidates, SCRIPT_MODULE } from './imports-behind.ts';
import { MARKDOWN_FILE } from '../model/module-specifiers.ts';

const FOLLOWED = /^(?:\.|@theme(?:-original|-init)?\/|@site\/)/;

/**
 * Rendered by every build: Docusaurus's app and its 404 route (its client imports them by these
 * names), and what the classic theme's own client module imports for every page.
 */
const APP_COMPONENTS = ['Root', 'SiteMetadata', 'ThemeProvider', 'Layout', 'Error', 'Loading', 'NotFound', 'prism-include-languages'];

/**
 * The route components of the content a site has (the docs and blog plugins' defaults, the pages
 * plugin's Markdown page): the generated routes file imports the component of every route there
 * is, and only those.
 */
export const CONTENT_COMPONENTS = {
  docs: ['DocsRoot', 'DocVersionRoot', 'DocRoot', 'DocItem'],
  generatedIndexes: ['DocCategoryGeneratedIndexPage'],
  docTags: ['DocTagsListPage', 'DocTagDocListPage'],
  blogList: ['BlogListPage'],
  blogPosts: ['BlogPostPage'],
  blogArchive: ['BlogArchivePage'],
  blogTags: ['BlogTagsListPage', 'BlogTagsPostsPage'],
  blogAuthors: ['Blog/Pages/BlogAuthorsListPage', 'Blog/Pages/BlogAuthorsPostsPage'],
  markdownPages: ['MDXPage'],
} as const;

/** The files of `src/theme` the build bundles, absolute: all of them, and those the app's components reach, which every page renders. */
export interface ThemeOverrides {
  bundled: string[];
  everyPage: string[];
}

/**
 * The files of `src/theme` the build bundles, in the order reached. `fileOf` is the file webpack
 * takes for an import (the site's replacement of a theme component first); `content` names the
 * modules of the route components of what the site has (CONTENT_COMPONENTS, as `@theme/DocItem`,
 * or what the config renders those routes with: load/route-components.ts). The app's components
 * are walked first, so what they reach is known apart.
 */
export function bundledThemeOverrides(siteDir: string, content: readonly string[], fileOf: (importer: string, source: string) => string | undefined, ownFiles?: ReadonlySet<string>): ThemeOverrides {
  const ownTheme = path.join(siteDir, 'src', 'theme') + path.sep;
  const reached = new Set<string>();
  const pending: string[] = [];
  let ownReached = 0;
  const visit = (file: string | undefined) => {
    if (file !== undefined && SCRIPT_MODULE.test(file) && !reached.has(file)) {
      reached.add(file);
      pending.push(file);
      if (ownFiles?.has(file)) ownReached += 1;
    }
  };
  const everyOwnReached = () => ownFiles !== undefined && ownReached === ownFiles.size;
  // The roots resolve as a module of the site would import them.
  const fromSite = path.join(siteDir, 'docusaurus.config.js');
  const roots = new Set<string>();
  const walkFrom = (modules: readonly string[]) => {
    for (const module of modules) {
      const root = fileOf(fromSite, module);
      if (root !== undefined) roots.add(root);
      visit(root);
    }
    for (let file = pending.pop(); file !== undefined && !everyOwnReached(); file = pending.pop()) {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      // Only what can lead to a theme component: packages, stylesheets and images are not followed.
      for (const { source } of importCandidates(text)) if (FOLLOWED.test(source) && !ASSET_FILE.test(source) && !MARKDOWN_FILE.test(source)) visit(fileOf(file, source));
    }
    pending.length = 0; // left by a walk that stopped early: it can reach no file of the site's
    // The site's files: those of src/theme, and a route component of its own elsewhere (`@site/src/ApiItem.js`).
    return [...reached].filter((file) => (file.startsWith(ownTheme) || (roots.has(file) && file.startsWith(siteDir + path.sep))) && !file.split(path.sep).includes('node_modules'));
  };
  const everyPage = walkFrom(APP_COMPONENTS.map((component) => `@theme/${component}`));
  return { bundled: walkFrom(content), everyPage };
}
