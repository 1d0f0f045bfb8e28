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

// diff73's M6: `<H2 id="w1">` built with the anchor w1 and no other.
test('a prop given the theme\'s Heading or Link as their id is collected, as one given collectAnchor is', () => {
  const heading = "import Heading from '@theme/Heading';\n";
  const link = "import Link from '@docusaurus/Link';\n";
  assert.deepEqual(propOf(`${heading}export default function H2({ id, children }) { return <Heading as="h2" id={id}>{children}</Heading>; }`), { prop: 'id' });
  assert.deepEqual(propOf(`${link}export default (props) => <Link to="/" id={props.target}>x</Link>;`), { prop: 'target' });
  assert.deepEqual(propOf(`${heading}export default function H({ id = 'top' }) { return <Heading as="h3" id={id} />; }`), { prop: 'id', fallback: 'top' });
  // Collected with the hook too: the same prop, or unknown.
  assert.deepEqual(propOf(`${heading}export default function E({ anchor }) { useBrokenLinks().collectAnchor(anchor); return <Heading as="h2" id={anchor} />; }`), { prop: 'anchor' });
  assert.equal(propOf(`${heading}export default function E({ anchor, id }) { useBrokenLinks().collectAnchor(anchor); return <Heading as="h2" id={id} />; }`), undefined);
  // Not the prop itself, or not the theme's: unknown, or nothing to read.
  assert.equal(propOf(`${heading}export default function H({ id }) { return <Heading as="h2" id={id.toLowerCase()} />; }`), undefined);
  assert.equal(propOf(`${heading}export default function H({ id }) { return <Heading as="h1" id={id} />; }`), undefined, 'an h1 collects nothing: no prop');
  assert.equal(propOf("import Heading from './Heading';\nexport default function H({ id }) { return <Heading as=\"h2\" id={id} />; }"), undefined, "the site's own Heading is its module's");
  assert.equal(propOf(`${heading}export default function H({ items }) { return items.map(({ id }) => <Heading key={id} as="h2" id={id} />); }`), undefined, "a callback's parameter is no prop");
});
