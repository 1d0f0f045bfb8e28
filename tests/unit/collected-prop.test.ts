/**
 * Which prop a component hands to `useBrokenLinks().collectAnchor` (extract/collected-prop.ts):
 * the forms read, and those left unknown because the value is not the prop a page writes.
 * diff70's p09 built `ApiItem` (a local value) and `ExportDefault` (a default): both passed the
 * build, and the check called the links to them broken.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as acorn from 'acorn';
import jsx from 'acorn-jsx';
import { collectedPropOf } from '../../scripts/content/extract/collected-prop.ts';
import type { EstreeNode } from '../../scripts/content/extract/estree-walk.ts';

const HOOK = "import useBrokenLinks from '@docusaurus/useBrokenLinks';\n";

function propOf(code: string) {
  const program = acorn.Parser.extend(jsx()).parse(HOOK + code, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as EstreeNode;
  return collectedPropOf(program);
}

test('a prop destructured from the parameters, or read from them, is the one collected', () => {
  assert.deepEqual(propOf('export default function Export({ anchor, children }) {\n  useBrokenLinks().collectAnchor(anchor);\n  return <span id={anchor}>{children}</span>;\n}'), { prop: 'anchor' });
  assert.deepEqual(propOf('export default (props) => {\n  const links = useBrokenLinks();\n  links.collectAnchor(props.name);\n  return null;\n};'), { prop: 'name' });
  // Renamed while destructured: the page writes the key.
  assert.deepEqual(propOf('export default function E({ id: anchorId }) { useBrokenLinks().collectAnchor(anchorId); return null; }'), { prop: 'id' });
});

test('a literal default is what an element without the prop collects', () => {
  assert.deepEqual(propOf("export default function ExportDefault({ anchor = 'default-anchor', children }) {\n  useBrokenLinks().collectAnchor(anchor);\n  return <div id={anchor}>{children}</div>;\n}"), { prop: 'anchor', fallback: 'default-anchor' });
  // A default the check cannot read leaves it unknown.
  assert.equal(propOf('export default function E({ anchor = makeId() }) { useBrokenLinks().collectAnchor(anchor); return null; }'), undefined);
});

test('a value the page does not write is unknown: a local derived from a prop, a reassigned prop, a call outside a component', () => {
  assert.equal(propOf('export default function ApiItem({ name }) {\n  const id = name.toLowerCase();\n  useBrokenLinks().collectAnchor(id);\n  return <section id={id} />;\n}'), undefined);
  assert.equal(propOf('export default function A({ anchor }) { anchor = anchor.trim(); useBrokenLinks().collectAnchor(anchor); return null; }'), undefined);
  assert.equal(propOf('export default function A(props) { props = { name: "x" }; useBrokenLinks().collectAnchor(props.name); return null; }'), undefined);
  assert.equal(propOf("useBrokenLinks().collectAnchor('top');"), undefined);
  assert.equal(propOf('export default function A({ anchor }) { useBrokenLinks().collectAnchor(`${anchor}-x`); return null; }'), undefined);
  // Inside a callback of the component's: the callback's own parameter is not a prop.
  assert.equal(propOf('export default function A({ names }) { const c = useBrokenLinks(); names.forEach((name) => c.collectAnchor(name)); return null; }'), undefined);
  assert.equal(propOf('export default function A({ items }) { const c = useBrokenLinks(); items.forEach(({ anchor }) => c.collectAnchor(anchor)); return null; }'), undefined);
  // memo and forwardRef hand back the component they are given.
  assert.deepEqual(propOf("import { forwardRef, memo } from 'react';\nexport const A = memo(forwardRef(({ anchor }, ref) => { useBrokenLinks().collectAnchor(anchor); return <span ref={ref} />; }));"), { prop: 'anchor' });
});

test('two calls must collect the same prop, or the answer is unknown', () => {
  assert.deepEqual(propOf('export function A({ anchor }) { useBrokenLinks().collectAnchor(anchor); return null; }\nexport function B({ anchor }) { useBrokenLinks().collectAnchor(anchor); return null; }'), { prop: 'anchor' });
  assert.equal(propOf('export function A({ anchor }) { useBrokenLinks().collectAnchor(anchor); return null; }\nexport function B({ id }) { useBrokenLinks().collectAnchor(id); return null; }'), undefined);
  assert.equal(propOf('export default () => null;'), undefined);
});
