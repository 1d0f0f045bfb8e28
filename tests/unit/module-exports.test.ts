/**
 * What a module exports, and where an export comes from through the site's modules
 * (extract/module-exports.ts): the one walk that the anchors a component collects and the links
 * the site's code renders both follow.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as acorn from 'acorn';
import jsx from 'acorn-jsx';
import { exportOrigin, moduleExportsOf } from '../../scripts/content/extract/module-exports.ts';
import type { EstreeNode } from '../../scripts/content/extract/estree-walk.ts';
import { moduleFiles } from '../helpers/module-files.ts';

const parse = (text: string) => acorn.Parser.extend(jsx()).parse(text, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as EstreeNode;

/** exportOrigin over modules held in memory (tests/helpers/module-files.ts). */
function originIn(files: Record<string, string>) {
  const { programOf, siteModuleOf } = moduleFiles(files);
  const exportsOf = (file: string) => {
    const module = programOf(file);
    return module && moduleExportsOf(module.program);
  };
  return (file: string, name: string) => exportOrigin(file, name, exportsOf, siteModuleOf);
}

test('a module\'s exports: declared, listed, re-exported, the default in each form, `export *`; its aliases and imports', () => {
  const exports = moduleExportsOf(parse([
    "import Link from '@docusaurus/Link';",
    "import * as all from './all';",
    'export const A = () => null, B = A;',
    'export function F() {}',
    "export { default as Hero, Side } from './hero';",
    'const Safe = memo(Home);',
    'export { Safe as Guarded };',
    "export * from './more';",
    "export * as ns from './ns';",
    'export default memo(Link);',
  ].join('\n')));
  assert.deepEqual([...exports.exported], [
    ['A', { name: 'A', certain: true }], ['B', { name: 'B', certain: true }], ['F', { name: 'F', certain: true }],
    ['Hero', { name: 'default', certain: true, source: './hero' }], ['Side', { name: 'Side', certain: true, source: './hero' }],
    ['Guarded', { name: 'Safe', certain: true }], ['default', { name: 'Link', certain: false }],
  ]);
  assert.deepEqual(exports.exportsAllFrom, ['./more']);
  assert.deepEqual([...exports.aliases], [['B', { name: 'A', certain: true }], ['Safe', { name: 'Home', certain: false }]]);
  assert.deepEqual([...exports.imports], [['Link', { source: '@docusaurus/Link', imported: 'default' }], ['all', { source: './all', imported: '*' }]]);
  assert.equal(moduleExportsOf(parse('export default () => null;')).exported.get('default')?.name, '*default*');
});

test('an export followed through barrels, an import exported again under an alias, and one `export *`, to its module; a package where the chain leaves the site; `memo` makes it uncertain', () => {
  const origin = originIn({
    '/site/index.js': "export { default as Export } from './Export';\nexport * from './links';\nimport Plain from './Plain';\nconst Same = Plain;\nexport { Same };\n",
    '/site/Export.js': 'export default function Export() { return null; }\n',
    '/site/Plain.js': 'export default function Plain() { return null; }\n',
    '/site/links.js': "import Link from '@docusaurus/Link';\nconst MyLink_default = Link;\nexport { MyLink_default as MyLink };\nexport { default as Wrapped } from './wrapped';\n",
    '/site/wrapped.js': "import Link from '@docusaurus/Link';\nexport default memo(Link);\n",
  });
  assert.deepEqual(origin('/site/index.js', 'Export'), { file: '/site/Export.js', name: 'default', certain: true });
  assert.deepEqual(origin('/site/index.js', 'Same'), { file: '/site/Plain.js', name: 'default', certain: true });
  assert.deepEqual(origin('/site/index.js', 'MyLink'), { file: '/site/links.js', name: 'MyLink', certain: true, leaves: { source: '@docusaurus/Link', name: 'default' } });
  assert.deepEqual(origin('/site/index.js', 'Wrapped'), { file: '/site/wrapped.js', name: 'default', certain: false, leaves: { source: '@docusaurus/Link', name: 'default' } });
  // Not there, or in a module that is not: the chain ends where it is.
  assert.deepEqual(origin('/site/index.js', 'Nothing'), { file: '/site/links.js', name: 'Nothing', certain: true });
  assert.deepEqual(origin('/site/none.js', 'default'), { file: '/site/none.js', name: 'default', certain: true });
});
