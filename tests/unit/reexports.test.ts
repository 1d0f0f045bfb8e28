/**
 * The module that declares what an import takes, through the site's barrels (load/reexports.ts):
 * what a component collects as anchors is read there (diff71's p15 imported `{ Export }` from an
 * index that passes it on, and the page was left unjudged).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { declaringModule } from '../../scripts/content/load/reexports.ts';
import { moduleFiles } from '../helpers/module-files.ts';

/** declaringModule over modules held in memory (tests/helpers/module-files.ts). */
function modules(files: Record<string, string>) {
  const { programOf, siteModuleOf } = moduleFiles(files);
  return (file: string, name: string) => declaringModule(file, name, programOf, siteModuleOf);
}

test('a name passed on by `export { default as X } from`, by an import exported again, or by one `export *`, is declared where it comes from', () => {
  const declaring = modules({
    '/site/api/index.js': "export { default as Export } from '../Export';\nexport { Sec as Section } from '../Sec';\nexport * from './more';\nimport Plain from '../Plain';\nexport { Plain };\n",
    '/site/api/more.js': "export { default as More } from '../More';\n",
    '/site/Export.js': 'export default function Export() { return null; }\n',
    '/site/Sec.js': 'export function Sec() { return null; }\n',
    '/site/More.js': 'export default function More() { return null; }\n',
    '/site/Plain.js': 'export default function Plain() { return null; }\n',
  });
  assert.deepEqual(declaring('/site/api/index.js', 'Export'), { file: '/site/Export.js', name: 'default' });
  assert.deepEqual(declaring('/site/api/index.js', 'Section'), { file: '/site/Sec.js', name: 'Sec' });
  assert.deepEqual(declaring('/site/api/index.js', 'More'), { file: '/site/More.js', name: 'default' });
  assert.deepEqual(declaring('/site/api/index.js', 'Plain'), { file: '/site/Plain.js', name: 'default' });
});

test('a module that declares the name, a package, two `export *` that may hold it, or a loop: the chain stops there', () => {
  const declaring = modules({
    '/site/own.js': "export const Own = () => null;\nexport default function Main() { return null; }\n",
    '/site/pkg.js': "export { default as Tabs } from '@theme/Tabs';\n",
    '/site/stars.js': "export * from './a';\nexport * from './b';\n",
    '/site/a.js': 'export const X = 1;\n',
    '/site/b.js': 'export const Y = 1;\n',
    '/site/loop1.js': "export { L } from './loop2';\n",
    '/site/loop2.js': "export { L } from './loop1';\n",
  });
  assert.deepEqual(declaring('/site/own.js', 'Own'), { file: '/site/own.js', name: 'Own' });
  assert.deepEqual(declaring('/site/own.js', 'default'), { file: '/site/own.js', name: 'default' });
  assert.deepEqual(declaring('/site/pkg.js', 'Tabs'), { file: '/site/pkg.js', name: 'Tabs' });
  assert.deepEqual(declaring('/site/stars.js', 'X'), { file: '/site/stars.js', name: 'X' });
  assert.equal(['/site/loop1.js', '/site/loop2.js'].includes(declaring('/site/loop1.js', 'L').file), true);
});
