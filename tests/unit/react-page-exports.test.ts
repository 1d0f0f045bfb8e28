/**
 * A script of src/pages is a page, rendered with its module's default export
 * (load/react-page-exports.ts): an ES module without one stops the build's static render.
 * diff68 built a helper module kept there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';

const placed = async (files: Record<string, string>) =>
  (await problemsWith(files)).filter((p) => p.rule === 'page-file').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`);

test('a helper module among the pages (named exports, no default): an error at the file', async () => {
  assert.deepEqual(await placed({ 'src/pages/helpers.js': 'export const helper = (x) => x * 2;\n' }), [
    'src/pages/helpers.js:1:1 error: every script of src/pages is a page, and this one has no default export: its static render stops the build ("The page component … doesn\'t have a default export")',
  ]);
  assert.equal((await placed({ 'src/pages/tools.tsx': "import React from 'react';\nexport const Tool = (): JSX.Element => <b>tool</b>;\n" })).length, 1, 'the same in TypeScript');
});

test('pages the build renders, and files that are no pages: nothing', async () => {
  assert.deepEqual(await placed({
    'src/pages/landing.js': "import React from 'react';\n\nexport default function Landing() {\n  return <main>Landing</main>;\n}\n",
    'src/pages/named.js': "import React from 'react';\n\nfunction Named() {\n  return <main />;\n}\n\nexport { Named as default };\n",
    'src/pages/legacy.js': "const React = require('react');\n\nmodule.exports = function Legacy() {\n  return React.createElement('main');\n};\n",
    'src/pages/_helpers.js': 'export const helper = (x) => x * 2;\n',
    'src/pages/typed.tsx': "import React from 'react';\n\nexport type Props = { title: string };\n\nexport default function Typed(props: Props): JSX.Element {\n  return <main>{props.title}</main>;\n}\n",
  }), []);
});
