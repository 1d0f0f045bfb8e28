/**
 * Rule `mdx-undefined`, imports of names their modules do not export: read from the module
 * itself (the site's component files, theme components), an error where the page renders the
 * name and a warning where it does not. (tests/site/agreement.test.ts builds both with Docusaurus.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';

const page = (body: string) => `---\ntitle: Page\n---\n\n${body}`;
const NOTE = 'export function Note({ children }) {\n  return <aside>{children}</aside>;\n}\n';
/** `file:line:col severity` of a described problem. */
const placed = (line: string) => line.split(': ')[0];
const described = (problems: Awaited<ReturnType<typeof problemsWith>>) =>
  problems.filter((p) => p.rule === 'mdx-undefined').map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message} (${p.hint})`);

test('a named import of a theme component whose component is its default export: an error where the page renders it', async () => {
  const problems = await problemsWith({ 'docs/page.md': page("import {CodeBlock} from '@theme/CodeBlock';\n\n<CodeBlock language=\"bash\">ls</CodeBlock>\n") });
  assert.deepEqual(described(problems), [
    "docs/page.md:5:1 error: import {CodeBlock} from '@theme/CodeBlock': the module exports no \"CodeBlock\", so CodeBlock is undefined where the page renders it, and the build stops (the component is its default export: write import CodeBlock from '@theme/CodeBlock';)",
  ]);
});

test('the same import unused, or used only inside an export: a warning, and an error', async () => {
  const unused = await problemsWith({ 'docs/page.md': page("import {CodeBlock} from '@theme/CodeBlock';\n\nText.\n") });
  assert.deepEqual(described(unused).map(placed), ['docs/page.md:5:1 warning']);
  const inExport = await problemsWith({ 'docs/page.md': page("import {CodeBlock} from '@theme/CodeBlock';\nexport const Shell = () => <CodeBlock>ls</CodeBlock>;\n\n<Shell />\n") });
  assert.deepEqual(described(inExport).map(placed), ['docs/page.md:5:1 error']);
  const otherBlock = await problemsWith({ 'docs/page.md': page("import {CodeBlock} from '@theme/CodeBlock';\n\nText.\n\n## More\n\n{CodeBlock.name}\n") });
  assert.deepEqual(described(otherBlock).map(placed), ['docs/page.md:5:1 error'], 'read in an expression further down');
});

test('a default import of a site component with named exports only, and the named import that works', async () => {
  const wrong = await problemsWith({ 'src/components/Note.js': NOTE, 'docs/page.md': page("import Note from '@site/src/components/Note';\n\n<Note>Careful.</Note>\n") });
  assert.deepEqual(described(wrong), [
    "docs/page.md:5:1 error: import Note from '@site/src/components/Note': the module has no default export, so Note is undefined where the page renders it, and the build stops (write import {Note} from '@site/src/components/Note';)",
  ]);
  const right = await problemsWith({ 'src/components/Note.js': NOTE, 'docs/page.md': page("import {Note} from '@site/src/components/Note';\nimport CodeBlock from '@theme/CodeBlock';\nimport Tabs from '@theme/Tabs';\nimport * as all from '@site/src/components/Note';\n\n<Note><CodeBlock>{all.Note.name}</CodeBlock></Note>\n\n<Tabs />\n") });
  assert.deepEqual(described(right), []);
});

test('modules whose exports cannot all be named are taken on trust: export *, TypeScript read through esbuild, CommonJS', async () => {
  const problems = await problemsWith({
    'src/components/All.js': "export * from './Note';\n",
    'src/components/Note.js': NOTE,
    'src/components/Typed.tsx': 'export const Typed = ({ n }: { n: number }) => <b>{n}</b>;\n',
    'src/components/Old.js': 'module.exports = { Old: () => null };\n',
    'docs/page.md': page("import {Nope} from '@site/src/components/All';\nimport {Old} from '@site/src/components/Old';\nimport Typed from '@site/src/components/Typed';\n\n<Nope /> <Old /> <Typed n={1} />\n"),
  });
  assert.deepEqual(described(problems).map(placed), ['docs/page.md:7:1 error'], 'only the TypeScript file\'s missing default is known');
});

test('a partial importing a name its module lacks: an error in the partial, where a published page renders it', async () => {
  const problems = await problemsWith({
    'docs/_shell.mdx': "import {CodeBlock} from '@theme/CodeBlock';\n\n<CodeBlock>ls</CodeBlock>\n",
    'docs/page.md': page("import Shell from './_shell.mdx';\n\n<Shell />\n"),
  });
  assert.deepEqual(described(problems).map(placed), ['docs/_shell.mdx:1:1 error']);
});
