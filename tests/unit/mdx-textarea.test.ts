/**
 * `<textarea>`: React reads its content as its value, and stops rendering at more than one child,
 * at content beside a value, and at an inner HTML (extract/react-refusals.ts). Held here to
 * Docusaurus's compiler and React's server renderer, on the shapes writers use and fuzzed ones.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mdxFactsOf } from '../../scripts/content/extract/mdx-facts.ts';
import { renderMdx } from '../helpers/mdx-compile.ts';
import { assertAsyncProperty, propertyTest } from '../helpers/property.ts';

const refusals = (text: string) => (mdxFactsOf(text).renderRefusals ?? []).filter(({ kind }) => kind.startsWith('value-')).map(({ kind, line }) => `${kind}@${line}`);

test('the shapes writers use: one text is its value; more, or content beside a value, stops the render', async () => {
  const cases: Array<[string, string[]]> = [
    ['<textarea>kubectl get pods</textarea>\n', []],
    ['<textarea defaultValue="a" />\n', []],
    ['<textarea>\n  line one\n  line two\n</textarea>\n', []],
    ['<textarea value="a" readOnly>b</textarea>\n', ['value-beside-children@1']],
    ['Before.\n\n<textarea>some <b>bold</b> text</textarea>\n', ['value-children@3']],
    ['<textarea>\nline one\n\nline two\n</textarea>\n', ['value-children@1']],
    ['<textarea dangerouslySetInnerHTML={{__html: "x"}} />\n', ['value-inner-html@1']],
    ['<textarea value={null}>b</textarea>\n', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(refusals(text), expected, text);
    assert.equal((await renderMdx(text)).ok, expected.length === 0, `React on ${JSON.stringify(text)}`);
  }
});

const attributes = fc.array(fc.constantFrom(' value="a"', ' defaultValue="a"', ' value', ' value={undefined}', ' value={null}', ' defaultValue={`x`}', ' value={1}', ' readOnly', ' rows="3"', ' dangerouslySetInnerHTML={{__html: "x"}}', ' dangerouslySetInnerHTML={null}'), { maxLength: 2 })
  .map((list) => [...new Set(list)].join(''));
const inlinePiece = fc.constantFrom('text', ' ', 'a b', '<b>x</b>', '{"s"}', '{null}', '{/* c */}', '*em*', '`code`', '&amp;', '<br />');
const flowLine = fc.constantFrom('line', '', '', '<b>x</b>', '{"s"}', '{/* c */}', '- item', '  indented', '# Heading', '<i>y</i> <b>x</b>');
const content = fc.oneof(
  fc.array(inlinePiece, { maxLength: 4 }).map((pieces) => pieces.join('')),
  fc.array(flowLine, { minLength: 1, maxLength: 4 }).map((lines) => `\n${lines.join('\n')}\n`),
);
const page = fc.tuple(attributes, content, fc.constantFrom('', 'Before ', '- '), fc.boolean()).map(([attrs, inner, before, selfClosing]) =>
  selfClosing && inner === '' ? `${before}<textarea${attrs} />\n` : `${before}<textarea${attrs}>${inner}</textarea>\n`);

propertyTest('fuzzed textareas: the check refuses exactly what React refuses', { runs: 300, timeoutMs: 300_000 }, async (run) => {
  const seen = { rendered: 0, refused: 0 };
  await assertAsyncProperty(fc.asyncProperty(page, async (text) => {
    const answer = await renderMdx(text);
    if (!answer.ok && answer.stage === 'compile') {
      assert.ok(mdxFactsOf(text).syntaxError, `the compiler refuses ${JSON.stringify(text)}: ${answer.reason}`);
      return;
    }
    assert.equal(refusals(text).length > 0, !answer.ok, `${JSON.stringify(text)}: React says ${answer.ok ? 'ok' : answer.reason}`);
    seen[answer.ok ? 'rendered' : 'refused']++;
  }), run);
  assert.ok(seen.rendered >= run.numRuns / 10 && seen.refused >= run.numRuns / 10, `both outcomes tried: ${JSON.stringify(seen)}`);
});
