/**
 * The check's copy of mdx-loader's preprocessor (extract/mdx-preprocess.ts) against Docusaurus's
 * own functions: the copy exists because loading @docusaurus/utils costs every thread of a cold
 * check about a tenth of a second (106 ms here), so it must give the very same text on every page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { admonitionTitleToDirectiveLabel, escapeMarkdownHeadingIds, unwrapMdxCodeBlocks } from '@docusaurus/utils';
import { DefaultAdmonitionOptions } from '@docusaurus/mdx-loader/lib/remark/admonitions/index.js';
import { preprocessMdx } from '../../scripts/content/extract/mdx-preprocess.ts';
import { assertProperty, propertyTest } from '../helpers/property.ts';

const KEYWORDS = DefaultAdmonitionOptions.keywords;

/** What mdx-loader does before MDX, with Docusaurus 3's defaults (mdx1Compat on, the default admonitions). */
const docusaurusPreprocess = (text: string) => admonitionTitleToDirectiveLabel(escapeMarkdownHeadingIds(unwrapMdxCodeBlocks(text)), KEYWORDS);

test('gives the text Docusaurus gives on admonitions, heading ids and mdx-code-block fences', () => {
  const pages = [
    ':::note Title\ntext\n:::\n',
    ':::tip[Already]\n:::\n> :::warning In a quote\n>> :::info Deeper\n  :::caution Indented\n\t:::danger Tabbed\n',
    '::::important Four colons\n:::note\nno title\n::::\n:::notes Not a keyword\n:::note  Two spaces\n',
    'text :::note not at the start\n:::note Title\r\nCRLF\r\n:::\r\n',
    ':::note Title\u2028:::tip Other\n',
    '## Heading {#id}\n### Escaped \\{#kept}\n#Not a heading {#x}\n',
    '```mdx-code-block\n<Tabs>\n```\n\n````mdx-code-block\n:::note Inside\n````\n',
    ':::note last line without a line feed',
    // Every keyword Docusaurus knows, so that one it adds is noticed here.
    KEYWORDS.map((keyword) => `:::${keyword} Title of ${keyword}\n:::`).join('\n'),
  ];
  for (const page of pages) assert.equal(preprocessMdx(page), docusaurusPreprocess(page), JSON.stringify(page));
});

const piece = fc.constantFrom(
  ':::', '::::', ':::note', ':::tip', ':::notes', ':::note[x]', ' ', '  ', '\t', '> ', '>', 'Title', 'a b', '\n', '\r\n', '\r', '\u2028',
  '#', '## ', '{#id}', '\\{#', '```', '````', ' mdx-code-block', 'mdx-code-block', '<Tabs>', 'x',
);
const page = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

propertyTest('gives the text Docusaurus gives on fuzzed pages', { runs: 3000, timeoutMs: 60_000 }, (run) => {
  assertProperty(fc.property(page, (text) => assert.equal(preprocessMdx(text), docusaurusPreprocess(text))), run);
});
