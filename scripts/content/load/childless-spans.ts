/**
 * Where a page writes inside the element of a component of the site's that never renders its
 * children (extract/ignores-children.ts), named on the page's record as it is read
 * (MdxFacts.childlessSpans): nothing there reaches the built page. Its headings are no anchors,
 * though the page's table of contents lists them; its links and ids are never collected; only
 * what mdx-loader resolves as it compiles (files, images) still counts. diff73's p25, diff70's
 * F13 and diff74's F2, M1 and M2 built them.
 *
 * The page's own default export, a layout (`export default function Layout() {…}`), renders the
 * page's content as its children: one that never renders them leaves out the whole content.
 *
 * Only a page with an element of a component it imports from the site's own code costs a module
 * read, and only one whose component ignores its children, and which closes its element
 * (`</Card>`), or one with a default export, is read again and parsed for the spans.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PageRecord, TextSpan } from '../model/site.ts';
import { childrenVerdicts } from './childless-components.ts';
import type { ModuleProgram } from './parse-module.ts';
import { siteModuleFile } from './module-resolver.ts';
import { siteScriptOf } from './tabs-wrappers.ts';
import { elementSpansOf } from '../extract/element-spans.ts';
import { ignoresChildren } from '../extract/ignores-children.ts';
import { exportedFunction } from '../extract/exported-function.ts';
import type { EstreeNode } from '../extract/estree-walk.ts';
import { preprocessMdx } from '../extract/mdx-preprocess.ts';

/** A reader that gives each record the spans of its elements of components that never render their children; each component judged once. */
export function childlessSpanReader(siteDir: string, programOf: (file: string) => ModuleProgram | undefined): (file: string, record: PageRecord) => PageRecord {
  const stat = (candidate: string) => fs.statSync(candidate, { throwIfNoEntry: false });
  // Most pages import the same few components (`@theme/Tabs` on every page with tabs): each looked up once per folder.
  const scripts = new Map<string, string | undefined>();
  const scriptOf = (file: string, source: string) => {
    const key = source.startsWith('.') ? `${path.posix.dirname(file)}\0${source}` : source;
    if (!scripts.has(key)) scripts.set(key, siteScriptOf(siteDir, file, source));
    return scripts.get(key);
  };
  const ignoresItsChildren = childrenVerdicts(
    scriptOf,
    (importer, source) => siteModuleFile(siteDir, importer, source, stat),
    programOf,
  );
  return (file, record) => {
    const { mdx } = record;
    if (!mdx) return record;
    const childless = mdx.componentProps && mdx.imports.length > 0 ? [...new Set(mdx.componentProps.map(({ name }) => name))].filter((name) => ignoresItsChildren(file, mdx, name)) : [];
    const layout = mdx.exported?.some(({ name }) => name === 'default') === true;
    if (childless.length === 0 && !layout) return record;
    const text = readOrUndefined(path.join(siteDir, file));
    const closed = childless.filter((name) => text?.includes(`</${name}`));
    if (text === undefined || (closed.length === 0 && !layout)) return record;
    let tree: EsmTree;
    try {
      tree = mdxTreeOf()(preprocessMdx(text)) as never;
    } catch {
      return record; // a page MDX cannot read: the mdx-syntax rule reports it
    }
    const spans = [...(layout ? layoutSpan(tree, text) : []), ...elementSpansOf(tree, new Set(closed)).map(({ name, ...span }) => ({ ...span, component: name }))];
    return spans.length > 0 ? { ...record, mdx: { ...mdx, childlessSpans: spans } } : record;
  };
}

type EsmTree = { type: string; children?: Array<{ type: string; data?: { estree?: { body: EstreeNode[] } } }> };

/**
 * The whole page, when its own ESM's default export is a layout that never renders its children:
 * MDX renders the page's content as that layout's children, so none of it reaches the built
 * page, though its table of contents does (diff73's p23).
 */
function layoutSpan(tree: EsmTree, text: string): Array<TextSpan & { component: string; layout: true }> {
  const body = (tree.children ?? []).flatMap((node) => (node.type === 'mdxjsEsm' ? node.data?.estree?.body ?? [] : []));
  const program = { type: 'Program', sourceType: 'module', body } as unknown as EstreeNode;
  if (!ignoresChildren(program, 'default')) return [];
  const name = (exportedFunction(program, 'default') as { id?: { name?: string } } | undefined)?.id?.name ?? 'MDXLayout';
  return [{ line: 1, column: 1, endLine: text.split('\n').length + 1, endColumn: 1, component: name, layout: true }];
}

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

// The unified/micromark MDX stack takes a while to load: only for a page that needs it (as extract/mdx-facts.ts).
const mdxTreeOf = () => (require('../extract/mdx-parse.ts') as typeof import('../extract/mdx-parse.ts')).mdxTreeOf;
