/**
 * The names a site's `@theme/MDXComponents` provides, read from its swizzled file in each form
 * sites write it (JavaScript with JSX, TypeScript, a spread of the theme's map, a named object
 * exported later), and from the classic theme's own file when there is none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadMdxEnvironment } from '../../scripts/content/load/mdx-environment.ts';
import { OUTPUT_DIR } from '../helpers/paths.ts';

/** The components list of a site whose swizzled MDXComponents is `source` at `file` (none when undefined). */
function componentsOf(file: string | undefined, source = '', others: Record<string, string> = {}) {
  // Inside the project, so that the classic theme resolves from the site's folder.
  const siteDir = path.join(OUTPUT_DIR, 'mdx-components');
  fs.rmSync(siteDir, { recursive: true, force: true });
  fs.mkdirSync(siteDir, { recursive: true });
  fs.writeFileSync(path.join(siteDir, 'package.json'), '{}\n');
  for (const [name, text] of Object.entries({ ...others, ...(file ? { [file]: source } : {}) })) {
    fs.mkdirSync(path.dirname(path.join(siteDir, name)), { recursive: true });
    fs.writeFileSync(path.join(siteDir, name), text);
  }
  // A page that uses a component it does not import: the list is read for it.
  const mdx = { parsed: true, freeNames: [{ name: 'Tabs', usage: 'component' as const, line: 3, column: 1 }], imports: [], bound: [] };
  return loadMdxEnvironment(siteDir, [{ file: 'docs/a.mdx', mdx, imports: [] }], new Set()).components!;
}

const THEME_NAMES = componentsOf(undefined);

test('without a swizzled file, the classic theme\'s own map is read', () => {
  assert.match(THEME_NAMES.source, /^node_modules\/@docusaurus\/theme-classic\/lib\/theme\/MDXComponents\/index\.js$/);
  assert.ok(THEME_NAMES.complete);
  for (const name of ['Head', 'details', 'code', 'a', 'pre', 'img', 'h1', 'admonition', 'mermaid']) assert.ok(THEME_NAMES.names.includes(name), name);
  assert.ok(!THEME_NAMES.names.includes('Tabs'));
});

test('a swizzled folder in JavaScript with JSX, as real sites write it, names each key', () => {
  const list = componentsOf('src/theme/MDXComponents/index.js', [
    "import React from 'react';",
    "import Head from '@docusaurus/Head';",
    "import Tabs from '@theme/Tabs';",
    "import Vars from '@site/Vars';",
    'const MDXComponents = {',
    '  Head,',
    '  h1: (props) => <MDXHeading as="h1" {...props} />,',
    "  'data-x': () => <></>,",
    '  Tabs,',
    '  Vars,',
    '};',
    'export default MDXComponents;',
  ].join('\n'));
  assert.deepEqual(list, { names: ['Head', 'Tabs', 'Vars', 'data-x', 'h1'], complete: true, source: 'src/theme/MDXComponents/index.js' });
});

test('a spread of the theme\'s map adds its names; TypeScript is read too', () => {
  const list = componentsOf('src/theme/MDXComponents.tsx', [
    "import MDXComponents from '@theme-original/MDXComponents';",
    "import type { ComponentProps } from 'react';",
    'const Highlight = ({ children }: ComponentProps<"span">): JSX.Element => <span>{children}</span>;',
    'export default { ...MDXComponents, Highlight };',
  ].join('\n'));
  assert.equal(list.source, 'src/theme/MDXComponents.tsx');
  assert.ok(list.complete);
  assert.deepEqual(list.names, [...new Set([...THEME_NAMES.names, 'Highlight'])].sort());
});

test('what the reader cannot name makes the list incomplete, and a file it cannot read names nothing', () => {
  const computed = componentsOf('src/theme/MDXComponents.jsx', "const key = 'X';\nexport default { [key]: () => <b />, Y: 1 };\n");
  assert.deepEqual(computed, { names: ['Y'], complete: false, source: 'src/theme/MDXComponents.jsx' });
  const unknownSpread = componentsOf('src/theme/MDXComponents.js', "import other from './other';\nexport default { ...other, Z: 1 };\n");
  assert.deepEqual(unknownSpread, { names: ['Z'], complete: false, source: 'src/theme/MDXComponents.js' });
  const broken = componentsOf('src/theme/MDXComponents.js', 'export default { A: <b> };\n');
  assert.deepEqual(broken, { names: [], complete: false, source: 'src/theme/MDXComponents.js' });
});

test('a spread of a namespace import of the site\'s own module adds what that module exports; one whose exports cannot be read makes the list incomplete', () => {
  const map = "import MDXComponents from '@theme-original/MDXComponents';\nimport * as icons from '../icons';\n\nexport default { ...MDXComponents, ...icons };\n";
  const icons = 'export function JSIcon() { return null; }\nexport const ReactIcon = () => null;\nexport { JSIcon as ScriptIcon };\n';
  const list = componentsOf('src/theme/MDXComponents.js', map, { 'src/icons/index.tsx': icons });
  assert.ok(list.complete);
  assert.deepEqual(list.names, [...new Set([...THEME_NAMES.names, 'JSIcon', 'ReactIcon', 'ScriptIcon'])].sort());
  const open = componentsOf('src/theme/MDXComponents.js', map, { 'src/icons/index.js': "export * from './all';\n" });
  assert.equal(open.complete, false);
  const missing = componentsOf('src/theme/MDXComponents.js', map);
  assert.equal(missing.complete, false);
});
