/**
 * `<CodeBlock language={42}>` around text: the classic theme lower-cases the language, and the
 * build stops (extract/mdx-code-language.ts, rules/mdx-render.ts). Built with Docusaurus 3.10
 * by an audit, and in tests/site/agreement.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsWith } from '../helpers/check-fixture.ts';
import { parseMdxSource } from '../../scripts/content/extract/mdx-parse.ts';

const lines = async (text: string) => (await problemsWith({ 'docs/page.mdx': text })).map((p) => `${p.line}:${p.column} ${p.rule}: ${p.message}`);
const IMPORT = "import CodeBlock from '@theme/CodeBlock';\n\n";

test('a number, true or an object as the language of a CodeBlock around text is shown at the element', async () => {
  assert.deepEqual(await lines(`${IMPORT}<CodeBlock language={42}>{\`kubectl get pods\`}</CodeBlock>\n\n<CodeBlock language>text</CodeBlock>\n\n<CodeBlock language={{name: 'yaml'}}>\n  {'a: 1'}\n</CodeBlock>\n`), [
    '3:1 mdx-render: <CodeBlock> is given the number 42 as its language, which must be text: the theme lower-cases the language of a code block around text, and the build stops ("language?.toLowerCase is not a function")',
    '5:1 mdx-render: <CodeBlock> is given true as its language, which must be text: the theme lower-cases the language of a code block around text, and the build stops ("language?.toLowerCase is not a function")',
    '7:1 mdx-render: <CodeBlock> is given an object as its language, which must be text: the theme lower-cases the language of a code block around text, and the build stops ("language?.toLowerCase is not a function")',
  ]);
});

test('text, null or a computed language, element children, no children and another component build', async () => {
  assert.deepEqual(await lines(`${IMPORT}export const lang = 'yaml';\nexport const Other = ({children}) => children;\n\n<CodeBlock language="yaml">{\`a: 1\`}</CodeBlock>\n\n<CodeBlock language={null}>text</CodeBlock>\n\n<CodeBlock language={lang}>text</CodeBlock>\n\n<CodeBlock language={42}><b>bold</b></CodeBlock>\n\n<CodeBlock language={42}>\ntext on lines of its own is a paragraph\n</CodeBlock>\n\n<CodeBlock language={42} />\n\n<Other language={42}>text</Other>\n`), []);
});

test('the fact is kept where the children are text, whatever the element; the rule asks which is the theme\'s CodeBlock', async () => {
  assert.equal(parseMdxSource('<Code language={true}>{"x"} {`y`}</Code>\n').componentProps?.[0].languageNotText, 'true');
  assert.equal(parseMdxSource('<Code language={[1]}>x</Code>\n').componentProps?.[0].languageNotText, 'a list');
  assert.equal(parseMdxSource('<Code language={<b />}>x</Code>\n').componentProps?.[0].languageNotText, 'an element');
  assert.equal(parseMdxSource('<Code language={42}>{x}</Code>\n').componentProps?.[0].languageNotText, undefined);
  assert.deepEqual(await lines(`import Code from '@theme/CodeBlock';\n\n<Code language={42}>x</Code>\n`), [
    '3:1 mdx-render: <Code> is given the number 42 as its language, which must be text: the theme lower-cases the language of a code block around text, and the build stops ("language?.toLowerCase is not a function")',
  ]);
});
