/**
 * The site's TypeScript modules stripped early by esbuild's asynchronous service
 * (load/module-transforms.ts): an early answer is the synchronous API's answer, and it is taken
 * only for the text and loader it was made from.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { transformSync } from 'esbuild';
import { earlyTransformOf, moduleTransformsSettled, startModuleTransforms, stripOptions } from '../../scripts/content/load/module-transforms.ts';
import { readModule } from '../../scripts/content/load/parse-module.ts';
import { writeSiteFile } from '../helpers/paths.ts';

function siteWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'module-transforms-'));
  for (const [file, text] of Object.entries(files)) writeSiteFile(dir, file, text);
  return dir;
}

/** The top-level `const` declaring `name` (esbuild moves exports to one list at the end). */
const declarationOf = (program: any, name: string) =>
  program.body.find((node: any) => node.type === 'VariableDeclaration' && node.declarations.some(({ id }: any) => id.name === name));

const BADGE = `import type { ReactNode } from 'react';\nimport Link from '@docusaurus/Link';\n\ninterface Props { to: string; children: ReactNode }\n\nexport default function Badge({ to, children }: Props): ReactNode {\n  return <Link to={to}>{children}</Link>;\n}\n`;

test('a TypeScript module of src/ is stripped early exactly as the synchronous API strips it', async () => {
  const dir = siteWith({ 'src/components/Badge.tsx': BADGE, 'src/theme/Heading/ids.ts': 'export const slug = (text: string): string => text.toLowerCase();\n' });
  startModuleTransforms(dir);
  await moduleTransformsSettled();
  for (const [file, loader] of [['src/components/Badge.tsx', 'tsx'], ['src/theme/Heading/ids.ts', 'ts']] as const) {
    const absolute = path.join(dir, file);
    const source = fs.readFileSync(absolute, 'utf8');
    const early = earlyTransformOf(absolute, source, loader);
    assert.ok(early, `${file} has an early answer`);
    const { code, map } = transformSync(source, stripOptions(absolute, loader));
    assert.deepEqual({ code: early.code, map: early.map }, { code, map });
  }
});

test('an early answer is taken only for the text and the loader it was made from', async () => {
  const dir = siteWith({ 'src/components/Badge.tsx': BADGE });
  const file = path.join(dir, 'src/components/Badge.tsx');
  startModuleTransforms(dir);
  await moduleTransformsSettled();
  assert.ok(earlyTransformOf(file, BADGE, 'tsx'));
  assert.equal(earlyTransformOf(file, BADGE, 'jsx'), undefined, 'another loader');
  assert.equal(earlyTransformOf(file, `${BADGE}export const edited = 1;\n`, 'tsx'), undefined, 'another text');
  // Edited after its stripping: readModule reads the file as it is now.
  fs.writeFileSync(file, `${BADGE}export const edited: number = 1;\n`);
  const module = readModule(file);
  const edited = declarationOf(module.program, 'edited');
  assert.ok(edited, 'the declaration added after the early stripping is read');
  // …and placed where it is written (its `const`, after `export `), through the new text's own source map.
  assert.deepEqual(module.placeOf(edited), { line: 9, column: 7 });
});

test('declarations, node_modules and JavaScript are left alone; a module esbuild refuses fails where it is read', async () => {
  const dir = siteWith({
    'src/types.d.ts': 'declare const x: number;\n',
    'src/node_modules/pkg/index.ts': 'export const a: number = 1;\n',
    'src/components/Plain.js': 'export default () => null;\n',
    'src/components/Broken.tsx': 'export default function (: {\n',
    'src/components/Fine.ts': 'export const fine: boolean = true;\n',
  });
  startModuleTransforms(dir);
  await moduleTransformsSettled();
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
  assert.equal(earlyTransformOf(path.join(dir, 'src/types.d.ts'), read('src/types.d.ts'), 'ts'), undefined);
  assert.equal(earlyTransformOf(path.join(dir, 'src/node_modules/pkg/index.ts'), read('src/node_modules/pkg/index.ts'), 'ts'), undefined);
  assert.equal(earlyTransformOf(path.join(dir, 'src/components/Plain.js'), read('src/components/Plain.js'), 'jsx'), undefined);
  assert.equal(earlyTransformOf(path.join(dir, 'src/components/Broken.tsx'), read('src/components/Broken.tsx'), 'tsx'), undefined);
  assert.ok(earlyTransformOf(path.join(dir, 'src/components/Fine.ts'), read('src/components/Fine.ts'), 'ts'), 'the others are still stripped');
  assert.throws(() => readModule(path.join(dir, 'src/components/Broken.tsx')), /Expected|Unexpected/);
});

test('a src/ of more than 256 TypeScript modules is left to the synchronous API', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i <= 256; i++) files[`src/components/C${i}.ts`] = `export const c${i}: number = ${i};\n`;
  const dir = siteWith(files);
  startModuleTransforms(dir);
  await moduleTransformsSettled();
  const file = path.join(dir, 'src/components/C0.ts');
  assert.equal(earlyTransformOf(file, files['src/components/C0.ts'], 'ts'), undefined);
  const module = readModule(file);
  assert.deepEqual(module.placeOf(declarationOf(module.program, 'c0')!), { line: 1, column: 7 }, 'read as before');
});
