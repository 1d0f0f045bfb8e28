/**
 * The `<Link>`s each React page of src/pages renders, wherever they are written: in the page's
 * own module, or in a component of the site's that it renders, however deep
 * (extract/jsx-render-links.ts reads each module). A link is rendered for certain when every
 * step from the page's default export to it is; otherwise it may be. Components of packages and
 * of the theme are not entered: their links are the theme's concern.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CodeLinkUse } from '../model/site.ts';
import type { ModuleProgram } from './parse-module.ts';
import { importsOf, moduleRenders, type ModuleRenders } from '../extract/jsx-render-links.ts';

export interface CodeLinkOptions {
  /** A module's program, read once per check; undefined when it does not parse. */
  programOf(file: string): ModuleProgram | undefined;
  /** The site's own script module `source` names from `importer` (both absolute); undefined for a package's or the theme's. */
  siteModuleOf(importer: string, source: string): string | undefined;
  /** Records that the check read `file` (the stored report depends on it). */
  read(file: string): void;
}

/** What may hold a `<Link>` or lead to one: a module that names neither Link nor any import is not parsed. */
const MAY_RENDER_LINKS = /@docusaurus\/Link|\bimport\b/;

/** The theme's Layout renders its children on every page (theme-classic's Layout); a copy in src/theme is read as any component. */
const TRANSPARENT_MODULES = new Set(['@theme/Layout']);

/** Per React page (site-relative), the links it renders; pages rendering none are left out. */
export function codeLinksOf(siteDir: string, reactPages: readonly string[], options: CodeLinkOptions): Record<string, CodeLinkUse[]> {
  const renders = moduleRendersReader(siteDir, options);
  const byPage: Record<string, CodeLinkUse[]> = {};
  for (const page of reactPages) {
    const links = pageLinks(path.join(siteDir, page), renders, options.siteModuleOf, siteDir);
    if (links.length > 0) byPage[page] = links;
  }
  return byPage;
}

function moduleRendersReader(siteDir: string, { programOf, siteModuleOf, read }: CodeLinkOptions): (file: string) => ModuleRenders | undefined {
  const known = new Map<string, ModuleRenders | undefined>();
  return (file) => {
    if (known.has(file)) return known.get(file);
    read(file);
    let renders: ModuleRenders | undefined;
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      // unread: nothing is known of it
    }
    const module = MAY_RENDER_LINKS.test(text) ? programOf(file) : undefined;
    if (module) {
      const transparent = new Set([...importsOf(module.program)].filter(([, { source, imported }]) => imported === 'default' && TRANSPARENT_MODULES.has(source) && siteModuleOf(file, source) === undefined).map(([name]) => name));
      renders = moduleRenders(module.program, { placeOf: module.placeOf, transparent });
    }
    known.set(file, renders);
    return renders;
  };
}

/** The links the page at `page` (absolute) renders, each once: certain where some way to it is. */
function pageLinks(page: string, rendersOf: (file: string) => ModuleRenders | undefined, siteModuleOf: CodeLinkOptions['siteModuleOf'], siteDir: string): CodeLinkUse[] {
  const found = new Map<string, CodeLinkUse>();
  const visited = new Map<string, boolean>();
  const pending: Array<{ file: string; exportName: string; certain: boolean }> = [{ file: page, exportName: 'default', certain: true }];
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
  const targetsOf = (file: string, renders: ModuleRenders, used: string, certain: boolean): Array<{ file: string; exportName: string; certain: boolean }> => {
    if (renders.components.has(used)) return [{ file, exportName: `\0${used}`, certain }];
    const imported = renders.imports.get(used);
    const module = imported && imported.imported !== '*' ? siteModuleOf(file, imported.source) : undefined;
    return module ? [{ file: module, exportName: imported!.imported, certain }] : [];
  };
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { file, exportName, certain } = next;
    // `\0Name`: a component by its name in the module; otherwise an export's name ('' is the module's loose code).
    if (exportName.startsWith('\0')) {
      queueComponent(file, exportName.slice(1), certain);
      continue;
    }
    if (exportName === '') {
      queueComponent(file, '', certain);
      continue;
    }
    const target = rendersOf(file)?.exported.get(exportName);
    if (target) queueComponent(file, target.name, certain && target.certain);
  }
  return [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
