/**
 * The anchors the site's own code adds to its pages, which the check reads without running it:
 * the ids its components give the theme's Heading and Link, and the props they hand to
 * `collectAnchor` (an API reference's `<Export anchor="HashableObj">`), for MDX pages, React
 * pages and the theme components the site replaces.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ThemeAnchors, MarkdownFormat, MdxFacts, TextSpan } from '../model/site.ts';
import { formatOf, isInAny, unrenderedSpansIn } from '../model/markdown-format.ts';
import { collectedAnchorsOf, type AnchorReading, type SiteModuleOf } from './react-page-anchors.ts';
import { collectedPropOf, type CollectedProp } from '../extract/collected-prop.ts';
import { globalComponentsOf, type GlobalComponents } from './global-components.ts';
import { declaringModule } from './reexports.ts';
import { anchorIdsOf } from '../extract/jsx-render-links.ts';
import { SCRIPT_MODULE } from './imports-behind.ts';
import type { DocusaurusPackages } from './docusaurus-packages.ts';
import type { ModuleProgram } from './parse-module.ts';
import { siteRelative, type Probe } from './file-probe.ts';
import { firstFile, MARKDOWN_MODULE, siteModuleOfIn, type ModuleResolver } from './module-resolver.ts';
import type { MdxSource } from './mdx-environment.ts';

/**
 * Per React page whose collected anchors the check knows (load/react-page-anchors.ts), those
 * anchors. Every page renders the app's components: the ones the site replaces (`everyPage`,
 * absolute) add their ids to each page's, and when one of them may collect an anchor the check
 * cannot read, no page is judged.
 */
export function reactPageAnchorsOf(siteDir: string, reactPages: readonly string[], everyPage: readonly string[], { siteModuleOf, ...reading }: SiteAnchorReading): Record<string, string[]> {
  const everywhere = new Set<string>();
  for (const file of everyPage) {
    const ids = collectedAnchorsOf(file, siteModuleOf, reading);
    if (ids === undefined) return {};
    for (const id of ids) everywhere.add(id);
  }
  const found: Record<string, string[]> = {};
  for (const page of reactPages) {
    const ids = collectedAnchorsOf(path.join(siteDir, page), siteModuleOf, reading);
    if (ids !== undefined) found[page] = [...new Set([...everywhere, ...ids])].sort();
  }
  return found;
}

/**
 * The ids the theme's components the site replaces (absolute) give Heading and Link, by the
 * pages that render them; undefined when one of the app's (`everyPage`) cannot be read. The
 * others the build bundles render on the pages of their kind: a `Doc…` part (DocItem/Footer) on
 * the docs, a `Blog…` part on the blog's pages, any other anywhere; they count where they can be
 * read (one anchor too many fails no link). A copy that wraps the theme's own
 * (`@theme-original/Footer`) is taken to add none of its own, as for a component a page imports.
 */
export function themeAnchorsOf(siteDir: string, { everyPage, bundled }: { everyPage: readonly string[]; bundled: readonly string[] }, { siteModuleOf, ...reading }: SiteAnchorReading): ThemeAnchors | undefined {
  const found: ThemeAnchors = { every: [], docs: [], blog: [] };
  const idsOf = (file: string) => collectedAnchorsOf(file, siteModuleOf, { ...reading, trustPackages: true });
  for (const file of everyPage) {
    const ids = idsOf(file);
    if (ids === undefined) return undefined;
    found.every.push(...ids);
  }
  const themeDir = path.join(siteDir, 'src', 'theme') + path.sep;
  for (const file of bundled) {
    if (everyPage.includes(file)) continue;
    const component = file.startsWith(themeDir) ? file.slice(themeDir.length) : '';
    found[component.startsWith('Doc') ? 'docs' : component.startsWith('Blog') ? 'blog' : 'every'].push(...(idsOf(file) ?? []));
  }
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  return { every: sorted(found.every), docs: sorted(found.docs), blog: sorted(found.blog) };
}

/**
 * What react-page-anchors.ts needs to read the anchors the site's modules collect, and the prop
 * a component hands to `collectAnchor` (extract/collected-prop.ts).
 */
export type SiteAnchorReading = AnchorReading & {
  siteModuleOf: SiteModuleOf;
  collectedPropOf(file: string): CollectedProp | undefined;
  /**
   * The literal ids a module gives Link and Heading, each id in braces left out (anchorIdsOf,
   * `propIds`): asked only once collectedPropOf has read every such id as the one prop.
   */
  idsBesidesPropOf(file: string): string[] | undefined;
  programOf(file: string): ModuleProgram | undefined;
};

/**
 * How the site's modules are read for the anchors they collect: each module parsed once, with
 * the check's reader; `@theme/Heading` is the classic theme's when it resolves into its package.
 */
export function anchorReadingOf(siteDir: string, resolver: () => ModuleResolver, programOf: (file: string) => ModuleProgram | undefined): SiteAnchorReading {
  const ids = new Map<string, string[] | undefined>();
  return {
    siteModuleOf: siteModuleOfIn(siteDir, resolver),
    programOf,
    collectedPropOf(file) {
      const module = programOf(file);
      return module && collectedPropOf(module.program);
    },
    idsBesidesPropOf(file) {
      const module = programOf(file);
      return module && anchorIdsOf(module.program, { propIds: true });
    },
    idsOf(file) {
      if (!ids.has(file)) {
        const module = programOf(file);
        ids.set(file, module && anchorIdsOf(module.program));
      }
      return ids.get(file);
    },
    headingIsClassic: (file) => CLASSIC_HEADING.test(resolver().fileOf(siteRelative(siteDir, file), '@theme/Heading') ?? ''),
  };
}

/** The classic theme's Heading, wherever the package manager puts the package. */
const CLASSIC_HEADING = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]theme[\\/]Heading[\\/]index\.js$/;

/**
 * The anchors code of the site's adds to its files, which the check does not run:
 * - `collected`: a component a file imports collects one of its props as an anchor
 *   (`useBrokenLinks().collectAnchor(anchor)`, an API reference's `<Export anchor="HashableObj">`):
 *   the values the file writes out for that prop are its anchors too;
 * - `open`: the files whose anchors the check does not all know. They import a component that
 *   renders a Markdown file (react-native-website's `_turbo-native-modules-components.jsx` imports
 *   `turbo-native-modules-ios.md`: its headings are the page's anchors), or that collects what
 *   the check cannot read (another expression, a prop given no text). Every file compiled as
 *   MDX is, where the site replaces one of the theme's MDX components with one that collects
 *   anchors itself (Humanizer's `MDXComponents/A` takes an `<a name>` for one).
 * Links to an open file's anchors are not judged.
 */
export function anchorsByCodeOf(siteDir: string, sources: MdxSource[], resolver: () => ModuleResolver, probe: Probe, packages: () => DocusaurusPackages, markdownFormat: MarkdownFormat, { siteModuleOf, ...reading }: SiteAnchorReading): { open: string[]; collected: Record<string, string[]> } {
  // The MDX components render what MDX compiles: a page read as CommonMark keeps its HTML as HTML (a build shows it).
  if (mdxComponentsCollectAnchors(siteDir, probe, packages)) {
    return { open: sources.filter(({ file, frontMatter }) => formatOf(file, frontMatter?.data ?? {}, markdownFormat) === 'mdx').map(({ file }) => file), collected: {} };
  }
  const codeOf = new Map<string, ModuleAnchors>();
  const anchorsOfModule = (moduleFile: string): ModuleAnchors => {
    if (!SCRIPT_MODULE.test(moduleFile)) return 'unknown'; // a barrel that passes on Markdown's content
    let anchors = codeOf.get(moduleFile);
    if (anchors === undefined) codeOf.set(moduleFile, (anchors = moduleAnchorsOf(moduleFile, siteModuleOf, reading)));
    return anchors;
  };
  const global = globalComponentsIn(siteDir, probe, siteModuleOf, reading.programOf);
  const open: string[] = [];
  const collected: Record<string, string[]> = {};
  for (const { file, mdx, frontMatter } of sources) {
    // A page read as CommonMark renders no component: its `<Export anchor="x" />` is HTML (diff71's p17).
    if (formatOf(file, frontMatter?.data ?? {}, markdownFormat) !== 'mdx') continue;
    const collecting: Array<{ local: string } & CollectedProp> = [];
    const written: string[] = []; // ids the modules it imports give Heading and Link
    let esmReads: Set<string> | undefined;
    const readByEsm = (local: string) => (esmReads ??= new Set((mdx?.exported ?? []).flatMap(({ reads }) => reads ?? []))).has(local);
    let aliases: Map<string, string[]> | undefined;
    const aliasesOf = (local: string) => (aliases ??= exportedAliases(mdx)).get(local) ?? [];
    // What one module adds for the components a page takes from it; true when that is unknown.
    const takeFrom = (anchors: ModuleAnchors, locals: readonly string[]) => {
      if (anchors === 'none') return false;
      if (anchors === 'unknown') return true;
      // Counted whether the page renders the component or not: one anchor too many fails no link.
      if (anchors.ids) written.push(...anchors.ids);
      // Each component the file takes from that module is taken to collect the prop.
      if ('prop' in anchors) for (const local of locals) collecting.push({ local, prop: anchors.prop, ...(anchors.fallback === undefined ? {} : { fallback: anchors.fallback }) });
      return false;
    };
    const unknownImport = (mdx?.imports ?? []).some(({ source, names }) => {
      // The site's own modules: relative, from @site/, or a component of its src/theme (`@theme/ApiExport`). Partials are followed apart.
      if (!/^(?:\.|@site\/|@theme\/)/.test(source) || MARKDOWN_MODULE.test(source)) return false;
      const moduleFile = resolver().fileOf(file, source);
      if (moduleFile === undefined || !SCRIPT_MODULE.test(moduleFile) || moduleFile.split(path.sep).includes('node_modules')) return false; // the site's own code, in its folder or beside it (path: '../docs')
      if (!names?.length) return takeFrom(anchorsOfModule(moduleFile), []);
      // Each name from the module that declares it: a barrel (`export { default as Export } from '../Export'`) collects nothing itself.
      // A name the page's ESM passes on under another (`export const Api = Export`) renders the same component (diff71's p07).
      return names.some(({ imported, local }) => {
        const anchors = anchorsOfModule(imported === '*' ? moduleFile : declaringModule(moduleFile, imported, reading.programOf, siteModuleOf).file);
        // A component the page's own ESM renders or passes on (`export const Api = (p) => <Export {...p} />`): with props unseen (diff73's p20, p22).
        if (anchors !== 'none' && readByEsm(local)) return true;
        return takeFrom(anchors, [local, ...aliasesOf(local)]);
      });
    });
    // The components the site's MDXComponents gives the page, used with no import.
    const unknownGlobal = global !== undefined && !unknownImport && [...new Set((mdx?.freeNames ?? []).filter(({ usage }) => usage === 'component').map(({ name }) => name))].some((name) => {
      const source = global.byName.get(name) ?? (global.othersUnknown ? 'unknown' : 'none');
      return source === 'none' || source === 'unknown' ? source === 'unknown' : takeFrom(anchorsOfModule(declaringModule(source.file, source.name, reading.programOf, siteModuleOf).file), [name, ...aliasesOf(name)]);
    });
    // A page whose own ESM declares components that may collect anchors (diff70's p19 built
    // both): what they collect is not read. Only its export blocks count: a page that exports
    // `Highlight` and writes `<Link>` in its text, as Docusaurus's own docs show, is judged (diff71's p07).
    if (unknownImport || unknownGlobal || mdx?.exported?.some(({ mayCollectAnchors }) => mayCollectAnchors)) {
      open.push(file);
      continue;
    }
    const values = collecting.length === 0 ? [] : propValuesOf(mdx, collecting, mdx ? unrenderedSpansIn(mdx) : []);
    if (values === undefined) open.push(file);
    else if (values.length + written.length > 0) collected[file] = [...values, ...written];
  }
  return { open, collected };
}

/**
 * What a script module of the site's adds to the anchors of a page that renders it: the values
 * the page gives one of its props (`prop`), or the ids its code writes for the theme's Heading
 * and Link (`ids`, react-page-anchors.ts).
 */
type ModuleAnchors = 'none' | 'unknown' | (CollectedProp & { ids?: string[] }) | { ids: string[] };

function moduleAnchorsOf(file: string, siteModuleOf: SiteModuleOf, { collectedPropOf, idsBesidesPropOf, ...reading }: Omit<SiteAnchorReading, 'siteModuleOf'>): ModuleAnchors {
  const code = readOrEmpty(file);
  if (MARKDOWN_IMPORT.test(code)) return 'unknown';
  // No call of its own: still, it (or a component of the site's it renders) may render the
  // theme's Heading with an id, a Link given one, or a Details (diff69 built both).
  const callsCollect = COLLECTS_ANCHOR.test(code);
  if (!callsCollect) {
    const ids = collectedAnchorsOf(file, siteModuleOf, { ...reading, trustPackages: true });
    if (ids !== undefined) return ids.length === 0 ? 'none' : { ids };
  }
  // The prop it collects, or gives Heading or Link as their id, and the literal ids it gives
  // them (diff71's p15 built one with both). One that only gives Heading or Link its prop
  // (diff73's M6) is read as the first kind is, with what the site's components it renders collect.
  const prop = collectedPropOf(file);
  const ids = prop && (callsCollect ? idsBesidesPropOf(file) : collectedAnchorsOf(file, siteModuleOf, { ...reading, trustPackages: true, idsOf: (module) => (module === file ? idsBesidesPropOf(file) : reading.idsOf(module)) }));
  if (prop === undefined || ids === undefined) return 'unknown';
  return ids.length > 0 ? { ...prop, ids } : prop;
}

/**
 * Per name a page's ESM gives a component under others (`export const Api = Export`, then
 * `export const Api2 = Api`), those other names: each renders the same component.
 */
function exportedAliases(mdx: MdxFacts | undefined): Map<string, string[]> {
  const direct = (mdx?.exported ?? []).flatMap(({ name, aliasOf }) => (aliasOf === undefined ? [] : [[name, aliasOf] as const]));
  const found = new Map<string, string[]>();
  for (const [alias] of direct) {
    // Follow the alias down to the name it ends at; each name on the way is renamed by it.
    const seen = new Set([alias]);
    for (let of = direct.find(([name]) => name === alias)?.[1]; of !== undefined && !seen.has(of); of = direct.find(([name]) => name === of)?.[1]) {
      seen.add(of);
      found.set(of, [...(found.get(of) ?? []), alias]);
    }
  }
  return found;
}

/**
 * The values a page gives the collected prop on the elements it renders of the components named
 * (`<Export anchor="HashableObj">`, from the parse: one in a code block or a comment is none),
 * or their fallback where an element gives none; undefined when one is given anything but a
 * text, or a spread, or when the page writes one inside an expression or a prop
 * (`{ok && <Export anchor="A" />}`), whose props the parse does not keep.
 */
function propValuesOf(mdx: MdxFacts | undefined, collecting: Array<{ local: string } & CollectedProp>, unrendered: readonly TextSpan[]): string[] | undefined {
  const values: string[] = [];
  for (const { local, prop, fallback } of collecting) {
    if (mdx?.expressionComponents?.some(({ name }) => name === local)) return undefined;
    for (const { name, props, texts, within, ...place } of mdx?.componentProps ?? []) {
      // One in a tab <Tabs lazy> leaves out never renders, and collects nothing (diff73's p24);
      // nor does one inside a component that never renders its children (diff73's p25).
      if (name !== local || isInAny(place, unrendered)) continue;
      if (props.includes('...')) return undefined;
      const text = texts && Object.hasOwn(texts, prop) ? texts[prop] : undefined;
      // The build takes `#HashMap` as the anchor HashMap (it drops one leading `#`).
      if (text !== undefined) values.push(text.replace(/^#/, ''));
      else if (props.includes(prop)) return undefined;
      else if (fallback !== undefined) values.push(fallback.replace(/^#/, ''));
    }
  }
  return values;
}

/** The components the site's own `src/theme/MDXComponents` adds to every MDX page (load/global-components.ts); undefined without one. */
function globalComponentsIn(siteDir: string, probe: Probe, siteModuleOf: SiteModuleOf, programOf: (file: string) => ModuleProgram | undefined): GlobalComponents | undefined {
  const file = firstFile(path.join(siteDir, 'src', 'theme'), ['MDXComponents', 'MDXComponents/index'], probe);
  if (file === undefined) return undefined;
  const module = programOf(file);
  return module ? globalComponentsOf(file, module.program, siteModuleOf) : { byName: new Map(), othersUnknown: true };
}

/** Whether the site replaces one of the classic theme's MDX components (src/theme/MDXComponents/A…) with one that collects anchors itself. */
function mdxComponentsCollectAnchors(siteDir: string, probe: Probe, packages: () => DocusaurusPackages): boolean {
  const dir = path.join(siteDir, 'src', 'theme', 'MDXComponents');
  if (!probe(dir)?.isDirectory()) return false;
  const classic = packages().themeDirs.find((themeDir) => path.basename(themeDir) === 'theme-classic');
  let names: string[];
  try {
    names = classic ? [...new Set(fs.readdirSync(path.join(classic, 'lib', 'theme', 'MDXComponents')).map((name) => name.replace(/(?:\.d\.ts|\.js)$/, '')))].filter((name) => name !== 'index') : [];
  } catch {
    names = [];
  }
  return names.some((name) => {
    const file = firstFile(dir, [name, `${name}/index`], probe);
    return file !== undefined && COLLECTS_ANCHOR.test(readOrEmpty(file));
  });
}

const COLLECTS_ANCHOR = /\bcollectAnchor\s*\(/;

// `from './x.md'`, `import('./x.mdx')`, `require('./x.md')`: the module loads a Markdown file.
const MARKDOWN_IMPORT = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*["'][^"'\n]+\.mdx?["']/;

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
