/**
 * Which partials a page renders only in tabs that `<Tabs lazy>` leaves out of the build
 * (model/hidden-partials.ts): only where that is sure, and through other partials too. The
 * agreement builds (tests/site/agreement.test.ts) show what the build does with them; this holds
 * the cases a build would take long to show one by one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hiddenPartialsOf, type PartialImporter } from '../../scripts/content/model/hidden-partials.ts';
import type { MdxFacts, PartialPage, ResolvedImport, TextSpan } from '../../scripts/content/model/site.ts';

const TABS_IMPORT = { source: '@theme/Tabs', line: 1, column: 1, names: [{ imported: 'default', local: 'Tabs' }] };
/** The tab the build leaves out: lines 10 to 20. */
const HIDDEN_TAB: TextSpan & { tabs: string } = { line: 10, column: 1, endLine: 20, endColumn: 1, tabs: 'Tabs' };

const importOf = (source: string, file: string): ResolvedImport => ({ source, file, exists: true, line: 2, column: 1 });

/** MDX facts of a file that imports `partials` (source → local name) and renders their elements at `elements` (name → lines). */
function mdxOf(partials: Record<string, string>, elements: Record<string, number[]>, options: { lazy?: boolean; rendered?: string[] } = {}): MdxFacts {
  return {
    parsed: true, freeNames: [], bound: [],
    imports: [...(options.lazy === false ? [] : [TABS_IMPORT]), ...Object.entries(partials).map(([source, local]) => ({ source, line: 2, column: 1, names: [{ imported: 'default', local }] }))],
    ...(options.lazy === false ? {} : { lazyHiddenTabs: [HIDDEN_TAB] }),
    componentProps: Object.entries(elements).flatMap(([name, lines]) => lines.map((line) => ({ name, props: [], line, column: 1 }))),
    ...(options.rendered ? { renderedNames: options.rendered.map((name) => ({ name, line: 30, column: 1 })) } : {}),
  };
}

function partial(file: string, imports: ResolvedImport[] = [], mdx?: MdxFacts): PartialPage {
  return { file, version: 'current', extract: { links: [], headings: [], htmlIds: [], canonicals: [] }, imports, ...(mdx ? { mdx } : {}) };
}

const page = (imports: ResolvedImport[], mdx: MdxFacts): PartialImporter => ({ file: 'docs/page.mdx', imports, mdx });
const everyFileMdx = () => true;
const hiddenFiles = (found: Map<string, { file: string; line: number }>) => Object.fromEntries([...found].map(([file, at]) => [file, `${at.file}:${at.line}`]));

test('a partial whose every element is in the left-out tab is hidden, at its first element', () => {
  const steps = partial('docs/_steps.mdx');
  const found = hiddenPartialsOf(page([importOf('./_steps.mdx', steps.file)], mdxOf({ './_steps.mdx': 'Steps' }, { Steps: [12, 15] })), [steps], everyFileMdx);
  assert.deepEqual(hiddenFiles(found), { 'docs/_steps.mdx': 'docs/page.mdx:12' });
});

test('a partial rendered anywhere else, or in a way only the page\'s code shows, counts as rendered', () => {
  const steps = partial('docs/_steps.mdx');
  const imports = [importOf('./_steps.mdx', steps.file)];
  const cases: Record<string, MdxFacts> = {
    'an element outside the tab too': mdxOf({ './_steps.mdx': 'Steps' }, { Steps: [12, 25] }),
    'rendered as {Steps}': mdxOf({ './_steps.mdx': 'Steps' }, { Steps: [12] }, { rendered: ['Steps'] }),
    'imported and never written as an element': mdxOf({ './_steps.mdx': 'Steps' }, {}),
    'no lazy tab': mdxOf({ './_steps.mdx': 'Steps' }, { Steps: [12] }, { lazy: false }),
  };
  for (const [what, mdx] of Object.entries(cases)) assert.deepEqual(hiddenFiles(hiddenPartialsOf(page(imports, mdx), [steps], everyFileMdx)), {}, what);
});

test('a page read as CommonMark leaves nothing out: its tags are no components', () => {
  const steps = partial('docs/_steps.mdx');
  const found = hiddenPartialsOf(page([importOf('./_steps.mdx', steps.file)], mdxOf({ './_steps.mdx': 'Steps' }, { Steps: [12] })), [steps], (file) => file.file !== 'docs/page.mdx');
  assert.deepEqual(hiddenFiles(found), {});
});

test('what a hidden partial renders is hidden by the same element, unless the page renders it by another path', () => {
  const more = partial('docs/_more.mdx');
  const steps = partial('docs/_steps.mdx', [importOf('./_more.mdx', more.file)], mdxOf({ './_more.mdx': 'More' }, { More: [3] }, { lazy: false }));
  const hiddenOnly = hiddenPartialsOf(page([importOf('./_steps.mdx', steps.file)], mdxOf({ './_steps.mdx': 'Steps' }, { Steps: [12] })), [steps, more], everyFileMdx);
  assert.deepEqual(hiddenFiles(hiddenOnly), { 'docs/_steps.mdx': 'docs/page.mdx:12', 'docs/_more.mdx': 'docs/page.mdx:12' });
  // The page renders _more.mdx itself too, outside the tab.
  const alsoShown = hiddenPartialsOf(page([importOf('./_steps.mdx', steps.file), importOf('./_more.mdx', more.file)], mdxOf({ './_steps.mdx': 'Steps', './_more.mdx': 'More' }, { Steps: [12], More: [25] })), [steps, more], everyFileMdx);
  assert.deepEqual(hiddenFiles(alsoShown), { 'docs/_steps.mdx': 'docs/page.mdx:12' });
});

test('a partial the page shows may itself leave another out, in its own lazy tab: shown at the partial\'s element', () => {
  const more = partial('docs/_more.mdx');
  const steps = partial('docs/_steps.mdx', [importOf('./_more.mdx', more.file)], mdxOf({ './_more.mdx': 'More' }, { More: [11] }));
  const found = hiddenPartialsOf(page([importOf('./_steps.mdx', steps.file)], mdxOf({ './_steps.mdx': 'Steps' }, { Steps: [5] }, { lazy: false })), [steps, more], everyFileMdx);
  assert.deepEqual(hiddenFiles(found), { 'docs/_more.mdx': 'docs/_steps.mdx:11' });
});

test('JSX in an expression renders the partial too: `{<Steps />}` outside the tab shows it, one inside keeps it hidden', () => {
  const steps = partial('docs/_steps.mdx');
  const withExpression = (line: number): MdxFacts => ({ ...mdxOf({ './_steps.mdx': 'Steps' }, { Steps: [12] }), expressionComponents: [{ name: 'Steps', line, column: 2, certain: true }] });
  assert.deepEqual(hiddenFiles(hiddenPartialsOf(page([importOf('./_steps.mdx', steps.file)], withExpression(25)), [steps], everyFileMdx)), {});
  assert.deepEqual(hiddenFiles(hiddenPartialsOf(page([importOf('./_steps.mdx', steps.file)], withExpression(14)), [steps], everyFileMdx)), { 'docs/_steps.mdx': 'docs/page.mdx:12' });
});
