/**
 * Which components never render what a page writes inside them (extract/ignores-children.ts): a
 * yes must be sure, since what such a component holds then counts for nothing (diff73's p25).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as acorn from 'acorn';
import jsx from 'acorn-jsx';
import { ignoresChildren } from '../../scripts/content/extract/ignores-children.ts';
import type { EstreeNode } from '../../scripts/content/extract/estree-walk.ts';
import { checkWith } from '../helpers/check-fixture.ts';

const ignores = (code: string, name = 'default') => ignoresChildren(acorn.Parser.extend(jsx()).parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as EstreeNode, name);

test('a function component that never reads its children ignores them', () => {
  assert.equal(ignores('export default function Hidden() { return null; }'), true);
  assert.equal(ignores('export default function Card({ title, href }) { return <a href={href}>{title}</a>; }'), true);
  assert.equal(ignores('const Badge = (props) => <span className={props.kind}>{props.label}</span>;\nexport default Badge;'), true);
  assert.equal(ignores('export const Note = ({ text }) => <p>{text}</p>;', 'Note'), true);
});

test('a component that reads its children, or may, renders them', () => {
  assert.equal(ignores('export default function Box({ children }) { return <div>{children}</div>; }'), false);
  assert.equal(ignores('export default (props) => <div>{props.children}</div>;'), false);
  assert.equal(ignores("export default ({ 'children': inner }) => <div>{inner}</div>;"), false);
  // The props passed on whole, or what is left of them, or read by a computed key.
  assert.equal(ignores('export default (props) => <section {...props} />;'), false);
  assert.equal(ignores('export default ({ title, ...rest }) => <section {...rest} />;'), false);
  assert.equal(ignores("export default (props) => <div>{props['child' + 'ren']}</div>;"), false);
  assert.equal(ignores('export default function Box() { return <div>{arguments[0].children}</div>; }'), false);
  // Not a plain function here: a class, a wrapped function, an export of another module.
  assert.equal(ignores("import React from 'react';\nexport default class Box extends React.Component { render() { return null; } }"), false);
  assert.equal(ignores("import { memo } from 'react';\nexport default memo(function Box() { return null; });"), false);
  assert.equal(ignores("export { default } from './Hidden';"), false);
});

test('a <Link> inside a component of the site\'s that never renders its children is never checked, in a page or a partial; inside one that renders them, or the theme\'s, it is', async () => {
  const page = (holder: string, source: string) => `# Links\n\nimport Link from '@docusaurus/Link';\nimport ${holder} from '${source}';\n\n<${holder} title="More">\n  <Link to="/nowhere">Gone</Link>\n</${holder}>\n`;
  const lines = async (files: Record<string, string>) => (await checkWith(files)).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`);
  const hidden = "import React from 'react';\n\nexport default function Card({ title }) {\n  return <h3>{title}</h3>;\n}\n";
  const shown = "import React from 'react';\n\nexport default function Card({ title, children }) {\n  return <section><h3>{title}</h3>{children}</section>;\n}\n";
  assert.deepEqual(await lines({ 'docs/links.mdx': page('Card', '@site/src/components/Card'), 'src/components/Card.js': hidden }), []);
  assert.deepEqual(await lines({ 'docs/links.mdx': "# Links\n\nimport Part from './_part.mdx';\n\n<Part />\n", 'docs/_part.mdx': page('Card', '@site/src/components/Card').replace('# Links\n\n', ''), 'src/components/Card.js': hidden }), []);
  assert.deepEqual(await lines({ 'docs/links.mdx': page('Card', '@site/src/components/Card'), 'src/components/Card.js': shown }), ['docs/links.mdx:7:9 broken-link']);
  assert.deepEqual(await lines({ 'docs/links.mdx': page('Details', '@theme/Details') }), ['docs/links.mdx:7:9 broken-link']);
});
