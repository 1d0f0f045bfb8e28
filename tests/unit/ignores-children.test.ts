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
