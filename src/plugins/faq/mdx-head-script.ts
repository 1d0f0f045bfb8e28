/**
 * An MDX `<Head><script type="application/ld+json">{"…"}</script></Head>` node. The script's
 * text is a JS string expression, so MDX needs its estree; `Head` is capitalised because
 * Docusaurus's own head plugin (which renames `<head>`) has already run.
 */
import type { RootContent } from 'mdast';

export function headScriptNode(type: string, text: string): RootContent {
  const literal = { type: 'Literal', value: text, raw: JSON.stringify(text) };
  const expression = {
    type: 'mdxFlowExpression',
    value: JSON.stringify(text),
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        comments: [],
        body: [{ type: 'ExpressionStatement', expression: literal }],
      },
    },
  };
  const script = {
    type: 'mdxJsxFlowElement',
    name: 'script',
    attributes: [{ type: 'mdxJsxAttribute', name: 'type', value: type }],
    children: [expression],
  };
  // mdast's own types do not list MDX nodes unless mdast-util-mdx is loaded for its types.
  return { type: 'mdxJsxFlowElement', name: 'Head', attributes: [], children: [script] } as unknown as RootContent;
}
