import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWith } from '../helpers/check-fixture.ts';

const LINK_PAGE = (body: string) => ['---', 'title: Links', '---', '', "import Link from '@docusaurus/Link';", '', body, ''].join('\n');
const said = (problems: Array<{ file: string; line: number; column: number; severity: string; rule: string; message: string }>) =>
  problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}: ${p.message}`);

// Checked against Docusaurus 3.10.2: Link collects an address only when it opens in the same
// target, so the new tab's link builds and the same-frame one stops the build.
test('a <Link> that opens in a new tab is not checked as an address; one to a same-page anchor, or with target="_self", is', async () => {
  const { problems } = await checkWith({
    'docs/links.mdx': LINK_PAGE([
      '<Link to="/elsewhere" target="_blank">new tab</Link>',
      '',
      '<Link to="#nowhere" target="_blank">anchor</Link>',
      '',
      '<Link to="/nowhere" target="_self">same frame</Link>',
    ].join('\n')),
  });
  assert.deepEqual(said(problems), [
    'docs/links.mdx:9:7 error broken-anchor: no heading "#nowhere" in docs/links.mdx',
    'docs/links.mdx:11:7 error broken-link: no page at "/nowhere"',
  ]);
});
