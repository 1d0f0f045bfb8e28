/**
 * Which of the classic theme's components a site replaces (swizzles, in `src/theme/`), among those
 * whose output the check relies on: the navbar and footer, whose links every page renders
 * (load/layout-links.ts), the docs sidebars, whose link items the pages that show them render,
 * and the pages the theme renders on its own, whose anchors are known
 * (a generated index, the tags pages: load/version-routes.ts). A replacement that wraps the
 * theme's own (imports `@theme-original/…`) still renders it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from './walk.ts';

export interface ThemeAsRendered {
  /** Whether the theme's own components of these names render (none is replaced, or each only wraps the theme's own). */
  renders(...components: string[]): boolean;
  /** Whether the component (the theme's, or the site's replacement) looks its id up with `hook`. */
  looksUp(component: string, hook: string): boolean;
  /** Whether the site's Heading gives h1 headings their ids: the theme's drops them (`if (As === 'h1' || !id)`); a copy without that test keeps them. */
  keepsH1Ids(): boolean;
  /** Whether the theme's own components under these roots render, their parts included (`BlogPostItem/Content`): none is replaced but by a wrapper. */
  rendersWhole(...roots: string[]): boolean;
}

// The components read: a replacement of any other changes nothing the check relies on.
const COMPONENTS_READ = /^(?:Heading|Navbar|NavbarItem|Logo|Footer|DocCategoryGeneratedIndexPage|DocCardList|DocCard|DocTagsListPage|TagsListByLetter|DocTagDocListPage|DocRoot|DocSidebar|DocSidebarItems|DocSidebarItem|BlogListPage|BlogTagsPostsPage|Blog\/Pages\/BlogAuthorsPostsPage|BlogPostItems|BlogPostItem)(?:\/|$)/;

/** The site's replacements of those components, for the settings' cache key: their names and texts. */
export function themeComponentsFingerprint(siteDir: string): string {
  return [...replacedComponents(siteDir)].flat().join('\0');
}

/** How the site renders what the check relies on: with the theme's components, or some of its own. */
export function themeAsRendered(siteDir: string): ThemeAsRendered {
  const replaced = replacedComponents(siteDir);
  const wraps = (component: string) => replaced.get(component)!.includes(`@theme-original/${component}`);
  return {
    renders: (...components) => components.every((component) => !replaced.has(component) || wraps(component)),
    looksUp: (component, hook) => !replaced.has(component) || wraps(component) || new RegExp(`\\b${hook}\\s*\\(`).test(replaced.get(component)!),
    keepsH1Ids: () => replaced.has('Heading') && !wraps('Heading') && !/['"]h1['"]/.test(withoutComments(replaced.get('Heading')!)),
    rendersWhole: (...roots) => [...replaced.keys()].every((component) => wraps(component) || !roots.some((root) => component === root || component.startsWith(`${root}/`))),
  };
}

/** Code without its comments (a test commented out is none); strings that hold comment marks are rare in a component. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}

/** The components read that the site replaces, with their texts. */
function replacedComponents(siteDir: string): Map<string, string> {
  const themeDir = path.join(siteDir, 'src', 'theme');
  const replaced = new Map<string, string>();
  for (const file of listFiles(themeDir)) {
    const component = themeComponentOf(file);
    if (component !== undefined && COMPONENTS_READ.test(component)) replaced.set(component, fs.readFileSync(path.join(themeDir, file), 'utf8'));
  }
  return replaced;
}

/** Whether the site replaces the theme's component of that name (`SiteMetadata`: src/theme/SiteMetadata.js, or its folder's index). */
export function replacesComponent(siteDir: string, name: string): boolean {
  return listFiles(path.join(siteDir, 'src', 'theme', path.dirname(name))).some((file) => themeComponentOf(path.posix.join(path.dirname(name), file)) === name);
}

/** The component a file of src/theme replaces (`NavbarItem/DocNavbarItem.tsx`: `NavbarItem/DocNavbarItem`); undefined for a file that is no script. */
export function themeComponentOf(file: string): string | undefined {
  const name = file.replace(/\.[jt]sx?$/, '');
  if (name === file) return undefined;
  return name.endsWith('/index') ? name.slice(0, -'/index'.length) : name;
}
