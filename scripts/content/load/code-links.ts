/**
 * The `<Link>`s each page renders from code, wherever they are written: a React page of src/pages
 * in its own module, an MDX page in a component of the site's it renders as an element
 * (`<Next />`) or from JSX in an expression or a prop (`{<Next />}`), or that its own ESM
 * exports (`export const Old = () => …`), and each in the site's components those render,
 * however deep; and what every page renders of the site's copies of
 * the theme's components (`src/theme/Footer`)
 * (extract/jsx-render-links.ts reads each module). A link is rendered for certain when every
 * step from the page to it is; otherwise it may be. Components of packages and
 * of the theme are not entered: their links are the theme's concern.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EVERY_PAGE, type CodeLinkUse, type MdxFacts } from '../model/site.ts';
import type { ModuleProgram } from './parse-module.ts';
import { LINK_MODULE, moduleRenders, type ModuleRenders } from '../extract/jsx-render-links.ts';
import { exportOrigin, importsOf } from '../extract/module-exports.ts';
import type { EstreeNode } from '../extract/estree-walk.ts';
import { preprocessMdx } from '../extract/mdx-preprocess.ts';
import { themeComponentOf } from './theme-components.ts';

export interface CodeLinkOptions {
  /** A module's program, read once per check; undefined when it does not parse. */
  programOf(file: string): ModuleProgram | undefined;
  /** The site's own script module `source` names from `importer` (both absolute); undefined for a package's or the theme's. */
  siteModuleOf(importer: string, source: string): string | undefined;
  /** Records that the check read `file` (the stored report depends on it). */
  read(file: string): void;
}

/** What may hold a `<Link>` or lead to one: a module that names neither Link nor any import or re-export is not parsed. */
const MAY_RENDER_LINKS = /@docusaurus\/Link|\bimport\b|\bfrom\s*['"]/;

/** The theme's Layout renders its children on every page (theme-classic's Layout); a copy in src/theme is read as any component. */
const TRANSPARENT_MODULES = new Set(['@theme/Layout']);

/** A page and where its rendering starts: a module's export, rendered for certain or maybe. */
export interface CodePageEntry {
  /** The page, site-relative. */
  page: string;
  starts: RenderStart[];
  /** What a blog's list pages show of the post `page`: its text above the truncate marker (codeLinksOf's `listed`). */
  listed?: true;
}

interface RenderStart {
  /** The module, absolute. */
  file: string;
  /** An export's name; `\0Name`, a component by its name in the module; `''`, the module's code outside its components. */
  exportName: string;
  certain: boolean;
}

/** A React page's rendering starts at its module's default export, for certain. */
export const reactPageEntry = (siteDir: string, page: string): CodePageEntry => ({ page, starts: [{ file: path.join(siteDir, page), exportName: 'default', certain: true }] });

/**
 * An MDX page's starts at each component of the site's it renders (imported from a script module
 * of the site's, or exported by its own ESM): as an element of its own (`<Next />`), or from JSX
 * in an expression or a prop (`{<Next />}`, `<Box footer={<Next />} />`). For certain at the page's
 * own level; maybe inside another component's element or prop (which decides whether it renders),
 * or behind a condition, a `.map` or a function. `before`: only what is written above that line
 * (a blog post's truncate marker: its list pages compile the text up to there).
 */
export function mdxPageEntry(siteDir: string, page: string, mdx: Pick<MdxFacts, 'imports' | 'componentProps' | 'expressionComponents' | 'exported'>, siteModuleOf: CodeLinkOptions['siteModuleOf'], { before = Infinity }: { before?: number } = {}): CodePageEntry | undefined {
  const rendered = renderedComponentsOf(mdx).filter(({ line }) => line < before);
  if (rendered.length === 0 || (mdx.imports.length === 0 && !mdx.exported)) return undefined;
  const importer = path.join(siteDir, page);
  const imported = new Map(mdx.imports.flatMap(({ source, names }) => (names ?? []).map(({ imported: name, local }) => [local, { source, name }] as const)));
  const exported = new Set((mdx.exported ?? []).map(({ name }) => name));
  const starts = rendered.flatMap(({ name, certain }): RenderStart[] => {
    // A component the page's own ESM exports (`export const Old = () => …`): the page read as a module.
    if (exported.has(name)) return [{ file: importer, exportName: name, certain }];
    const from = imported.get(name);
    const file = from && from.name !== '*' ? siteModuleOf(importer, from.source) : undefined;
    return file && !isMarkdownContent(file, from!.name) ? [{ file, exportName: from!.name, certain }] : [];
  });
  return starts.length > 0 ? { page, starts } : undefined;
}

/** The components an MDX page renders, as elements of its own and from JSX in its expressions and props, each with whether it renders for certain. */
const renderedComponentsOf = (mdx: Pick<MdxFacts, 'componentProps' | 'expressionComponents'>): Array<{ name: string; line: number; certain: boolean }> => [
  ...(mdx.componentProps ?? []).map(({ name, line, within }) => ({ name, line, certain: within === undefined })),
  ...(mdx.expressionComponents ?? []).map(({ name, line, certain }) => ({ name, line, certain: certain === true })),
];

/**
 * Components the theme renders on every page: theme-classic's Layout renders the Navbar, and the
 * Footer but where a page asks for none (`noFooter`: no doc does), and Root wraps the app. The
 * site's copy of one renders for certain where its page does.
 */
const EVERY_PAGE_COMPONENTS = new Set(['Root', 'Layout', 'Navbar', 'Footer']);

/**
 * What every page renders of the site's copies of the theme's components (`src/theme/Footer`):
 * for certain, those above when the app's own components reach them (`everyPage`); maybe, any
 * other copy the build bundles (a DocItem part, a navbar item: the theme decides where).
 */
export function themeEntry(siteDir: string, { everyPage, bundled }: { everyPage: readonly string[]; bundled: readonly string[] }): CodePageEntry | undefined {
  const themeDir = path.join(siteDir, 'src', 'theme');
  const componentOf = (file: string) => themeComponentOf(path.relative(themeDir, file).split(path.sep).join('/'));
  const reached = new Set(everyPage);
  const starts = [...new Set([...everyPage, ...bundled])]
    .filter((file) => file.startsWith(themeDir + path.sep))
    .map((file): RenderStart => ({ file, exportName: 'default', certain: reached.has(file) && EVERY_PAGE_COMPONENTS.has(componentOf(file) ?? '') }));
  return starts.length > 0 ? { page: EVERY_PAGE, starts } : undefined;
}

/**
 * Per page (site-relative, or EVERY_PAGE), the links it renders (`byPage`), and per blog post with
 * a truncate marker, those its list pages render (`listed`, from the entries marked so); pages
 * rendering none are left out. One reader serves both: no module is read twice.
 */
export function codeLinksOf(siteDir: string, entries: readonly CodePageEntry[], options: CodeLinkOptions): { byPage: Record<string, CodeLinkUse[]>; listed: Record<string, CodeLinkUse[]> } {
  const renders = moduleRendersReader(siteDir, options);
  const byPage: Record<string, CodeLinkUse[]> = {};
  const listed: Record<string, CodeLinkUse[]> = {};
  for (const { page, starts, listed: isListed } of entries) {
    const links = pageLinks(starts, renders, options.siteModuleOf, siteDir);
    if (links.length > 0) (isListed ? listed : byPage)[page] = links;
  }
  return { byPage, listed };
}

function moduleRendersReader(siteDir: string, { programOf, siteModuleOf, read }: CodeLinkOptions): (file: string) => ModuleRenders | undefined {
  const known = new Map<string, ModuleRenders | undefined>();
  const rendersOf = (file: string): ModuleRenders | undefined => {
    if (known.has(file)) return known.get(file);
    read(file);
    let renders: ModuleRenders | undefined;
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      // unread: nothing is known of it
    }
    const module = !MAY_RENDER_LINKS.test(text) ? undefined : MDX_PAGE.test(file) ? mdxPageModule(text) : programOf(file);
    // Known as unread while it is read: a module its imports lead back to is not read again.
    known.set(file, undefined);
    if (module) {
      const imports = [...importsOf(module.program)];
      const transparent = new Set(imports.filter(([, { source, imported }]) => imported === 'default' && TRANSPARENT_MODULES.has(source) && siteModuleOf(file, source) === undefined).map(([name]) => name));
      const links = new Set(imports.filter(([, { source, imported }]) => isLinkReexport(siteModuleOf(file, source), imported)).map(([name]) => name));
      renders = moduleRenders(module.program, { placeOf: module.placeOf, transparent, links });
    }
    known.set(file, renders);
    return renders;
  };
  return rendersOf;

  /**
   * Whether `module`'s export `name` is `@docusaurus/Link`, passed on: re-exported (`export {
   * default } from '@docusaurus/Link'`) or imported and exported (`export default Link`, which
   * esbuild writes `var MyLink_default = Link`), through the site's modules too.
   */
  function isLinkReexport(module: string | undefined, name: string): boolean {
    if (module === undefined) return false;
    const { certain, leaves } = exportOrigin(module, name, rendersOf, siteModuleOf);
    return certain && leaves?.source === LINK_MODULE && leaves.name === 'default';
  }
}

const MDX_PAGE = /\.mdx?$/;

/**
 * A Markdown file's default export, its content: what it renders is a partial's (rules/code-links.ts,
 * partialsRendering), not code's. Its named exports are its ESM's, read as a module.
 */
const isMarkdownContent = (file: string, exportName: string) => exportName === 'default' && MDX_PAGE.test(file);

/**
 * An MDX page's ESM, read as one module (`export const Old = () => <Link … />`), from MDX's own
 * parse of the page, as the page's other facts are (places are the page's lines); undefined
 * when it does not parse. Read only for a page that renders a component it exports.
 */
function mdxPageModule(text: string): ModuleProgram | undefined {
  const { mdxTreeOf } = require('../extract/mdx-parse.ts') as typeof import('../extract/mdx-parse.ts');
  let tree: ReturnType<typeof mdxTreeOf>;
  try {
    tree = mdxTreeOf(preprocessMdx(text));
  } catch {
    return undefined;
  }
  const body = tree.children.flatMap((node) => (node.type === 'mdxjsEsm' ? ((node.data?.estree as EstreeNode | undefined)?.body ?? []) : []));
  return { program: { type: 'Program', sourceType: 'module', body }, placeOf: (node) => ({ line: node.loc!.start.line, column: node.loc!.start.column }) };
}

/** The links a page renders from `starts`, each once: certain where some way to it is. */
function pageLinks(starts: readonly RenderStart[], rendersOf: (file: string) => ModuleRenders | undefined, siteModuleOf: CodeLinkOptions['siteModuleOf'], siteDir: string): CodeLinkUse[] {
  const found = new Map<string, CodeLinkUse>();
  const visited = new Map<string, boolean>();
  const pending: RenderStart[] = [...starts];
  const queueComponent = (file: string, name: string, certain: boolean) => {
    const key = `${file}\0${name}`;
    // Seen as certain: nothing more to learn; seen as maybe: only certainty adds.
    if (visited.get(key) === true || (visited.has(key) && !certain)) return;
    visited.set(key, certain);
    const renders = rendersOf(file);
    const component = renders?.components.get(name);
    if (!renders || !component) return;
    const add = (links: typeof component.certainLinks, sure: boolean) => {
      for (const link of links) {
        const use: CodeLinkUse = { file: path.relative(siteDir, file).split(path.sep).join('/'), ...link, column: link.column + 1, certain: sure };
        const key = `${use.file}:${use.line}:${use.column}`;
        if (!found.get(key)?.certain) found.set(key, use);
      }
    };
    add(component.certainLinks, certain);
    add(component.maybeLinks, false);
    for (const { name: used } of component.certainUses) pending.push(...targetsOf(file, renders, used, certain));
    for (const { name: used } of component.maybeUses) pending.push(...targetsOf(file, renders, used, false));
    // The module's code outside its components (a list of cards, say) may render wherever the module does.
    if (name !== '') pending.push({ file, exportName: '', certain: false });
  };
  // What a name of the module renders: its own component, what it gives another name (an alias), or an import's export.
  const targetsOf = (file: string, renders: ModuleRenders, used: string, certain: boolean, depth = 0): RenderStart[] => {
    const targets: RenderStart[] = [];
    if (renders.components.has(used)) targets.push({ file, exportName: `\0${used}`, certain });
    const alias = renders.aliases.get(used);
    if (alias && depth < 8) targets.push(...targetsOf(file, renders, alias.name, certain && alias.certain, depth + 1));
    const imported = renders.imports.get(used);
    const module = imported && imported.imported !== '*' ? siteModuleOf(file, imported.source) : undefined;
    if (module && !isMarkdownContent(module, imported!.imported)) targets.push({ file: module, exportName: imported!.imported, certain });
    // `<C.Hero />` of `import * as C from './parts'`: that module's export Hero.
    const [namespace, member] = used.split('.');
    const whole = member === undefined ? undefined : renders.imports.get(namespace);
    const namespaceModule = whole?.imported === '*' ? siteModuleOf(file, whole.source) : undefined;
    if (namespaceModule) targets.push({ file: namespaceModule, exportName: member, certain });
    return targets;
  };
  // What a module's export renders: a name of its own, or a re-export's, or one `export *` passes on.
  const exportTargets = (file: string, exportName: string, certain: boolean): RenderStart[] => {
    const renders = rendersOf(file);
    if (!renders) return [];
    const target = renders.exported.get(exportName);
    if (target?.source !== undefined) {
      const module = siteModuleOf(file, target.source);
      return module ? [{ file: module, exportName: target.name, certain: certain && target.certain }] : [];
    }
    if (target) return targetsOf(file, renders, target.name, certain && target.certain);
    // `export *` passes on every export but the default.
    if (exportName === 'default') return [];
    return renders.exportsAllFrom.flatMap((source) => {
      const module = siteModuleOf(file, source);
      return module ? [{ file: module, exportName, certain }] : [];
    });
  };
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { file, exportName, certain } = next;
    if (exportName.startsWith('\0')) {
      queueComponent(file, exportName.slice(1), certain);
      continue;
    }
    if (exportName === '') {
      queueComponent(file, '', certain);
      continue;
    }
    const key = `${file}\0export ${exportName}`;
    if (visited.get(key) === true || (visited.has(key) && !certain)) continue;
    visited.set(key, certain);
    pending.push(...exportTargets(file, exportName, certain));
  }
  return [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
